"""The statistics page: chosen counties and years give the same numbers in the chart,
the table and the CSV download; bad choices give 400; queries do not grow with the data."""

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError

from region_teams.models import Team
from regional_statistics.models import ChartKind, StatisticsPage
from tests.factories.home import StandardPageFactory
from tests.factories.region_teams import RegionTeamIndexPageFactory
from tests.factories.regional_statistics import DatasetFactory, StatisticsPageFactory, link

pytestmark = pytest.mark.django_db

URL = "/statistik/"


class TableReader(HTMLParser):
    """The text of every cell of the first table with class statistics-table, row by row."""

    def __init__(self):
        super().__init__()
        self.rows, self.row, self.cell, self.depth = [], None, None, 0

    def handle_starttag(self, tag, attrs):
        if tag == "table" and "statistics-table" in dict(attrs).get("class", ""):
            self.depth += 1
        elif self.depth and tag == "tr":
            self.row = []
        elif self.depth and tag in ("th", "td"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "table" and self.depth:
            self.depth = 0
            self.rows.append(None)  # marks the end of a table
        elif self.depth and tag in ("th", "td") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif self.depth and tag == "tr":
            self.rows.append(self.row)

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def first_table(html):
    reader = TableReader()
    reader.feed(html)
    return reader.rows[: reader.rows.index(None)]


@pytest.fixture
def dataset(db):
    dataset = DatasetFactory(name="Testserie befolkning", unit="antal personer")
    dataset.save_revision().publish()
    return dataset


@pytest.fixture
def page(home_page, dataset):
    return link(StatisticsPageFactory(parent=home_page), dataset)


def test_default_shows_riket_and_all_21_counties_and_every_year(client, page):
    response = client.get(URL)
    assert response.status_code == 200
    table = first_table(response.content.decode())
    assert table[0] == ["Region", "2020", "2021", "2022", "2023"]
    assert [row[0] for row in table[1:]][:3] == ["Riket", "Blekinge", "Dalarna"]
    assert len(table) == 1 + 22


def test_a_team_page_preselects_the_teams_seven_counties(client, page):
    page.default_team = Team.MIDDLE
    page.save_revision().publish()
    table = first_table(client.get(URL).content.decode())
    assert [row[0] for row in table[1:]] == [
        "Riket",
        "Gotland",
        "Stockholm",
        "Sörmland",
        "Uppsala",
        "Västmanland",
        "Örebro",
        "Östergötland",
    ]


def test_chosen_counties_and_years_show_in_table_and_chart(client, page):
    response = client.get(URL, {"lan": ["gotland", "stockholm"], "fran": 2021, "till": 2022})
    html = response.content.decode()
    # Stockholm (code 01) is place 1 in code order, Gotland (09) place 8: see sample_value.
    assert first_table(html) == [
        ["Region", "2021", "2022"],
        ["Gotland", "8\u202f010,5", "8\u202f020,5"],
        ["Stockholm", "1\u202f010,5", "1\u202f020,5"],
    ]
    svg = html[html.index('<svg class="chart__svg"') : html.index("</svg>")]
    assert 'data-label="Gotland 2022: 8\u202f020,5 antal personer"' in svg
    assert 'data-label="Stockholm 2021: 1\u202f010,5 antal personer"' in svg
    assert "Riket" not in svg and "2020" not in svg.split("<desc")[1].split("</desc>")[0]
    assert svg.count('class="chart__series') == 2
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    # the boxes the reader ticked stay ticked
    assert re.search(r'<input[^>]*value="gotland"[^>]*checked', html)
    assert not re.search(r'<input[^>]*value="blekinge"[^>]*checked', html)


def test_bar_chart_compares_the_last_chosen_year(client, page, dataset):
    dataset.chart_kind = ChartKind.BAR
    dataset.save_revision().publish()
    html = client.get(URL, {"lan": ["gotland", "riket"], "till": 2022}).content.decode()
    svg = html[html.index('<svg class="chart__svg"') : html.index("</svg>")]
    assert "år 2022" in svg
    assert svg.count('class="chart__bar"') == 2
    # highest first: Gotland (8 020,5) above Riket (20,5), which is hatched, not only coloured
    assert svg.index("Gotland 2022") < svg.index("Riket 2022")
    assert 'fill="url(#diagram-' in svg


def test_csv_download_is_the_table_shown(client, page):
    query = {"lan": ["riket", "gotland", "stockholm"], "fran": 2020, "till": 2022}
    html = client.get(URL, query).content.decode()
    csv_link = re.search(r'href="([^"]*data\.csv[^"]*)"', html).group(1).replace("&amp;", "&")
    assert csv_link.startswith("/statistik/data.csv?")

    response = client.get(csv_link)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="testserie-befolkning-2020-2022.csv"'
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    table = first_table(html)
    # Same cells; the page groups thousands with a narrow space, the file does not.
    assert rows == [[cell.replace("\u202f", "") for cell in row] for row in table]
    assert rows[1] == ["Riket", "0,5", "10,5", "20,5"]


def test_missing_values_are_shown_as_scb_does(client, page, dataset):
    row = dataset.rows.get(county__name="Gotland", year=2021)
    row.value = None
    row.save()
    html = client.get(URL, {"lan": "gotland"}).content.decode()
    assert '<abbr title="uppgift saknas">..</abbr>' in html
    text = client.get("/statistik/data.csv", {"lan": "gotland"}).content.decode()
    assert "Gotland;8000,5;..;8020,5;8030,5" in text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"lan": "atlantis"}, "Det finns inget län som heter &#x27;atlantis&#x27;."),
        ({"fran": "1700"}, "Statistiken har inga värden för år &#x27;1700&#x27;."),
        ({"fran": "tjugo"}, "Statistiken har inga värden för år &#x27;tjugo&#x27;."),
        ({"fran": "2023", "till": "2021"}, "Till-året (2021) är före från-året (2023)."),
        ({"dataset": "999"}, "Dataserien &#x27;999&#x27; finns inte på sidan."),
    ],
)
def test_bad_choices_answer_400_with_a_swedish_message(client, page, query, message):
    response = client.get(URL, query)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Sidans förval visas nedan." in html
    assert len(first_table(html)) == 1 + 22  # the default selection is still shown

    download = client.get("/statistik/data.csv", query)
    assert download.status_code == 400
    assert download["Content-Type"].startswith("text/plain")


def test_several_datasets_each_with_table_and_download_and_a_choice(client, page, dataset):
    second = DatasetFactory(name="Testserie sysselsättning", decimals=0)
    second.save_revision().publish()
    draft = DatasetFactory(name="Testserie utkast", live=False)
    page = link(page, dataset, second, draft)
    html = client.get(URL).content.decode()
    assert html.index("Testserie befolkning") < html.index("Testserie sysselsättning")
    assert "Testserie utkast" not in html
    assert html.count("data.csv?") == 2

    only_second = client.get(URL, {"dataset": second.pk}).content.decode()
    assert '<h2 id="dataserie-' + str(second.pk) in only_second
    assert '<h2 id="dataserie-' + str(dataset.pk) not in only_second
    rows = client.get("/statistik/data.csv", {"dataset": second.pk, "lan": "gotland"})
    # 8000,5 with no decimals rounds half up
    assert "Gotland;8001;8011;8021;8031" in rows.content.decode()


def test_a_draft_change_to_a_dataset_is_not_public(client, page, dataset):
    dataset.name = "Ny rubrik som väntar"
    dataset.save_revision()
    assert "Ny rubrik som väntar" not in client.get(URL).content.decode()


def test_queries_do_not_grow_with_counties_years_or_datasets(
    client, page, dataset, django_assert_max_num_queries
):
    client.get(URL)  # warm the caches (site root, restricted paths)
    with django_assert_max_num_queries(12):
        client.get(URL, {"lan": "gotland"})
    more = [DatasetFactory() for _ in range(3)]
    for extra in more:
        extra.save_revision().publish()
    link(page, dataset, *more)
    client.get(URL)
    with django_assert_max_num_queries(12):
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/statistik/data.csv").status_code == 200


def test_statistics_page_goes_under_the_home_page_only(home_page):
    assert StatisticsPage.can_create_at(home_page)
    assert not StatisticsPage.can_create_at(StandardPageFactory(parent=home_page))
    assert not StatisticsPage.can_create_at(RegionTeamIndexPageFactory(parent=home_page))


def test_a_page_without_datasets_says_so(client, home_page):
    StatisticsPageFactory(parent=home_page)
    response = client.get(URL)
    assert response.status_code == 200
    assert "Det finns ingen publicerad statistik på sidan ännu." in response.content.decode()
    assert client.get("/statistik/data.csv").status_code == 404


def test_unique_dataset_per_page_is_enforced(page, dataset):
    from regional_statistics.models import StatisticsPageDataset

    duplicate = StatisticsPageDataset(page=page, dataset=dataset)
    with pytest.raises(ValidationError):
        duplicate.full_clean()
