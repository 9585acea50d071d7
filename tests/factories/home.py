import factory
import wagtail_factories

from home.models import FormField, FormPage, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Regionportalen"
    slug = "home"
    intro = "Tillväxtverket arbetar med att främja utvecklingskraft i alla delar av landet."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standardsida {n}")
    intro = "En sida med text."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "Samarbeta i Östersjöregionen", "level": "h2"}),
            ("rich_text", "<p>Rädda havsmiljön, länka samman regionen och öka välståndet.</p>"),
            ("quote", {"quote": "Vi lyssnar på regionerna.", "attribution": "Tillväxtverket"}),
        ]
    )


class FormPageFactory(wagtail_factories.PageFactory):
    """A form page; pass `form_fields=[FormField(...), ...]` for its fields."""

    class Meta:
        model = FormPage

    title = factory.Sequence(lambda n: f"Formulär {n}")
    intro = "Skriv till oss."
    form_heading = "Skriv till oss"
    thank_you_text = "<p>Tack för ditt meddelande.</p>"
    form_fields = factory.LazyFunction(
        lambda: [FormField(label="Meddelande", field_type="multiline", required=True)]
    )
