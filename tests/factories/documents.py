import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils.file import hash_filelike


def example_pdf(text):
    """A valid one-page PDF showing one line of text, written by hand (no PDF library needed)."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # WinAnsiEncoding is Windows-1252, which has the en dash and the Swedish letters.
    stream = b"BT /F1 16 Tf 72 770 Td (" + escaped.encode("cp1252") + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_offset = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(pdf)


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A one-page PDF in the root collection, with the size and hash the admin would store."""

    class Params:
        pdf_text = "Testdokument"
        filename = factory.LazyAttribute(lambda o: f"{slugify(o.title)}.pdf")

    title = factory.Sequence(lambda n: f"Dokument {n}")
    # The root collection, not the new root collection wagtail-factories would create each time.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(lambda o: ContentFile(example_pdf(o.pdf_text), name=o.filename))
    file_size = factory.LazyAttribute(lambda o: o.file.size)
    file_hash = factory.LazyAttribute(lambda o: hash_filelike(o.file))


def restricted_collection(name, groups):
    """A collection under the root that only members of `groups` may see (and superusers)."""
    collection = Collection.get_first_root_node().add_child(name=name)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(groups)
    return collection
