import factory
import wagtail_factories

from home.models import FormPage, HomePage, StandardPage


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
    class Meta:
        model = FormPage

    title = factory.Sequence(lambda n: f"Formulär {n}")
    intro = "Rapportera brister i tillgängligheten."
    form_heading = "Rapportera brister"
