"""StreamField blocks shared by every page type that has a body."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="rubrik")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Nivå 2"), ("h3", "Nivå 3")],
        default="h2",
        label="nivå",
        search_index=False,  # "Nivå 2" is layout, not content: every page would match "nivå"
    )

    class Meta:
        icon = "title"
        label = "Rubrik"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="bild")
    alt_text = blocks.CharBlock(
        label="alternativtext",
        required=False,
        help_text="Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.",
    )
    caption = blocks.CharBlock(label="bildtext", required=False)

    class Meta:
        icon = "image"
        label = "Bild"
        template = "blocks/image_block.html"


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="rubrik", required=False)
    documents = blocks.ListBlock(DocumentChooserBlock(label="dokument"), label="dokument")

    class Meta:
        icon = "doc-full"
        label = "Dokumentlista"
        template = "blocks/document_list_block.html"


class ContactCardBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("core.Contact", label="kontaktperson")
    role = blocks.CharBlock(label="roll", required=False, help_text="T.ex. Kansli.")

    class Meta:
        icon = "user"
        label = "Kontaktkort"
        template = "blocks/contact_card_block.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="text")
    page = blocks.PageChooserBlock(label="sida", required=False)
    url = blocks.URLBlock(label="extern länk", required=False)
    description = blocks.TextBlock(label="beskrivning", required=False)

    class Meta:
        icon = "link"
        label = "Uppmaning"
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        result = super().clean(value)
        if bool(result.get("page")) == bool(result.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ["Välj antingen en sida eller en extern länk."]}
            )
        return result


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="citat")
    attribution = blocks.CharBlock(label="vem som säger det", required=False)

    class Meta:
        icon = "openquote"
        label = "Citat"
        template = "blocks/quote_block.html"


class BodyBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(label="Text", icon="pilcrow")
    heading = HeadingBlock()
    image = ImageBlock()
    document_list = DocumentListBlock()
    contact_card = ContactCardBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()
