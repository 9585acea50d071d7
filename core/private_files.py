"""Documents and images of collections with a view restriction (e.g. "Personal", for staff).

Wagtail's document serve view already refuses a private document to visitors the collection's
restriction does not accept; `serve_document` adds `Cache-Control: private` to what it serves,
so neither a shared cache nor the anonymous page cache keeps a copy.

Wagtail links images to their renditions under MEDIA_URL, which the web server hands out to
anyone. An image in a restricted collection is therefore never linked there: templates ask
`private_image_url` (core.templatetags.private_images) and get the address of `serve_image`,
which checks the restriction and renders the image in memory, so no copy of it is written
where the web server serves files from.

Renditions Wagtail does write (the admin's thumbnails, and any written while an image was
still public) are stored by `core.storage.RenditionStorage` under names with a random part, so
a rendition's address cannot be derived from the image's file name and a filter. When an image
turns private (moved into a restricted collection, or its collection restricted) its
renditions are deleted (core.signals), so an address handed out while it was public stops
working.
"""

import mimetypes

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import BaseViewRestriction

from core.access import forbid_signed_in_reader, refused_by

# The renditions templates ask for; any other filter would let a visitor make the server
# render arbitrary sizes.
PRIVATE_IMAGE_FILTERS = {"width-1000"}
# Browsers may keep a private file this long; shared caches never (private).
PRIVATE_MAX_AGE = 60 * 60


def is_private(collection):
    return collection.get_view_restrictions().exists()


def mark_private(response):
    patch_cache_control(response, private=True, max_age=PRIVATE_MAX_AGE)
    return response


@require_safe
def serve_document(request, document_id, document_filename):
    """Wagtail's document view (it enforces the collection's restriction), marked private when
    the document's collection is restricted."""
    response = wagtail_serve_document(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).first()
    if response.status_code == 200 and document and is_private(document.collection):
        mark_private(response)
    return response


def private_image_url(image, filter_spec):
    """The address of `serve_image` for an image in a restricted collection, else None."""
    if not is_private(image.collection):
        return None
    return reverse("private_image", args=[image.pk, filter_spec])


@require_safe
def serve_image(request, image_id, filter_spec):
    if filter_spec not in PRIVATE_IMAGE_FILTERS:
        raise Http404("Okänd bildstorlek.")
    image = get_object_or_404(get_image_model(), pk=image_id)
    restrictions = list(image.collection.get_view_restrictions())
    if not restrictions:
        return redirect(image.get_rendition(filter_spec).url, permanent=True)
    refused = refused_by(request, restrictions)
    if refused:
        return forbid_signed_in_reader(request, refused) or refusal(request, refused)
    rendered = image.generate_rendition_file(Filter(spec=filter_spec))
    content_type = mimetypes.guess_type(rendered.name)[0] or "application/octet-stream"
    response = HttpResponse(b"".join(rendered.chunks()), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return mark_private(response)


def refusal(request, refused_restrictions):
    """As Wagtail answers for a private page: log in first. A password restriction has no form
    for an image; the page that shows it asks for the password."""
    if all(r.restriction_type == BaseViewRestriction.PASSWORD for r in refused_restrictions):
        raise PermissionDenied
    login_url = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse(
        "wagtailcore_login"
    )
    return redirect_to_login(request.get_full_path(), login_url)


def delete_renditions(images):
    """Delete the renditions of the `images` queryset; Wagtail deletes their files once the
    transaction commits (through its file-deletion task)."""
    get_image_model().get_rendition_model().objects.filter(image__in=images).delete()
