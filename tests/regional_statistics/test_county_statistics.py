"""County pages show each published dataset for the county against Riket."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.region_teams import RegionTeamIndexPageFactory
from tests.factories.regional_statistics import (
    DatasetFactory,
    StatisticsPageFactory,
    link,
    rows_for,
)

pytestmark = pytest.mark.django_db

GOTLAND = "/strategiskt-regionarbete/lan/gotland/"


@pytest.fixture
def index(home_page):
    return RegionTeamIndexPageFactory(parent=home_page)


def published(**fields):
    dataset = DatasetFactory(**fields)
    dataset.save_revision().publish()
    return dataset


def test_county_page_charts_each_dataset_against_riket(client, index, home_page):
    dataset = published(name="Testserie befolkning", unit="antal personer")
    link(StatisticsPageFactory(parent=home_page), dataset)
    html = client.get(GOTLAND).content.decode()
    section = html[html.index('id="statistics-heading"') :]
    assert "Statistik för Gotland" in html
    assert "Testserie befolkning" in section
    assert 'data-label="Gotland 2023: 8\u202f030,5 antal personer"' in section
    assert 'data-label="Riket 2023: 30,5 antal personer"' in section
    assert "Blekinge" not in section.split("</section>")[0]
    assert "Visa värdena som tabell" in section
    assert f'href="/statistik/?lan=gotland&amp;lan=riket#dataserie-{dataset.pk}"' in section


def test_without_national_values_the_county_page_says_so(client, index):
    published(name="Utan riket", rows=rows_for(national=False))
    html = client.get(GOTLAND).content.decode()
    assert "Dataserien har inga värden för riket" in html
    assert 'data-label="Riket' not in html


def test_drafts_are_not_shown_and_no_datasets_means_no_section(client, index):
    DatasetFactory(name="Bara ett utkast", live=False)
    html = client.get(GOTLAND).content.decode()
    assert "Bara ett utkast" not in html
    assert 'id="statistics-heading"' not in html


def test_county_page_queries_do_not_grow_with_datasets(client, index, django_assert_num_queries):
    published()
    client.get(GOTLAND)
    with CaptureQueriesContext(connection) as first:
        client.get(GOTLAND)
    for _ in range(3):
        published()
    with django_assert_num_queries(len(first.captured_queries)):
        assert client.get(GOTLAND).status_code == 200
