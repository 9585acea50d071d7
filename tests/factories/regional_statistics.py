import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from region_teams.models import County
from regional_statistics.models import Dataset, DatasetRow, StatisticsPage, StatisticsPageDataset

YEARS = range(2020, 2024)


def sample_value(place, year):
    """Place 0 is Riket, then the counties by number code: 1000 per place, 10 per year, ,5."""
    return 1000 * place + 10 * (year - YEARS[0]) + 0.5


def rows_for(years=YEARS, national=True):
    """A value for every county (and Riket) and year, see sample_value."""
    rows = []
    if national:
        rows += [DatasetRow(county=None, year=year, value=sample_value(0, year)) for year in years]
    for place, county in enumerate(County.objects.order_by("number_code"), start=1):
        rows += [
            DatasetRow(county=county, year=year, value=sample_value(place, year)) for year in years
        ]
    return rows


class DatasetFactory(DjangoModelFactory):
    class Meta:
        model = Dataset

    name = factory.Sequence(lambda n: f"Testserie {n}")
    unit = "antal"
    decimals = 1
    source = "Testkälla, inte officiell statistik"
    description = "Påhittade värden för tester."
    rows = factory.LazyFunction(rows_for)


class StatisticsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StatisticsPage

    title = "Statistik om regional utveckling"
    slug = "statistik"
    intro = "Välj län och år."


def link(page, *datasets):
    """Show the datasets on the page, in this order, and publish the page."""
    page.dataset_links = [StatisticsPageDataset(dataset=dataset) for dataset in datasets]
    page.save_revision().publish()
    return StatisticsPage.objects.get(pk=page.pk)
