"""Demo content for the statistics: one dataset that is plainly example data, and `/statistik/`.

The values are made up on purpose and look it: round numbers on a straight line (each county
100 plus 10 per place in the county list, plus 5 a year; Riket 200 plus 5 a year), so nobody can
take them for official statistics. Called from home.demo_loader; creates only what is missing.
"""

from functools import partial

from home import demo_content
from region_teams.models import County
from regional_statistics.models import (
    ChartKind,
    Dataset,
    DatasetRow,
    StatisticsPage,
    StatisticsPageDataset,
)

DATASET_NAME = "Exempeldata – påhittat utvecklingsindex"
PAGE_SLUG = "statistik"
PAGE_TITLE = "Statistik om regional utveckling"
YEARS = range(2015, 2025)
DATASET = {
    "name": DATASET_NAME,
    "unit": "indexpoäng",
    "decimals": 0,
    "source": "Exempeldata, inte officiell statistik",
    "licence": "CC0 1.0",
    "description": (
        "Exempeldata för att visa hur statistiksidan fungerar. Siffrorna är påhittade runda tal "
        "och är inte officiell statistik – använd dem inte. Riktig statistik importeras från "
        "SCB:s statistikdatabas som en CSV-fil i redigeringsgränssnittet."
    ),
    "chart_kind": ChartKind.LINE,
}
PAGE_INTRO = (
    "Välj län och år och jämför utvecklingen i diagram och tabell, eller ladda ned siffrorna. "
    "Just nu visas exempeldata."
)
PAGE_BODY = (
    "<p>Diagrammen visar samma siffror som tabellerna under dem. Utan JavaScript är diagrammen "
    "bilder; med JavaScript kan du visa och dölja län och se varje värde med mus eller "
    "tangentbord.</p>"
)


def example_rows():
    rows = [DatasetRow(county=None, year=year, value=200 + 5 * (year - YEARS[0])) for year in YEARS]
    for place, county in enumerate(County.objects.order_by("number_code")):
        rows += [
            DatasetRow(county=county, year=year, value=100 + 10 * place + 5 * (year - YEARS[0]))
            for year in YEARS
        ]
    return rows


def load_statistics(loader):
    """The example dataset (published, with a first revision) and the statistics page."""
    dataset = Dataset.objects.filter(name=DATASET_NAME).first()
    loader.note("dataserier", dataset is None)
    if dataset is None:
        dataset = Dataset(**DATASET, rows=example_rows())
        dataset.save()
        dataset.save_revision().publish()
    loader.page(loader.home, StatisticsPage, PAGE_SLUG, partial(page_fields, loader, dataset))


def page_fields(loader, dataset):
    return {
        "title": PAGE_TITLE,
        "intro": PAGE_INTRO,
        "body": PAGE_BODY,
        "content_owner": loader.contacts[demo_content.INGRID_ARLTOFT_HENRIKSSON],
        "show_in_menus": True,
        "dataset_links": [StatisticsPageDataset(dataset=dataset)],
    }
