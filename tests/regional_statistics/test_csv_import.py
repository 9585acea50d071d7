"""Importing a dataset from a CSV file on its admin form: good files in the shapes SCB
exports, broken files listed line by line with nothing saved, revisions, and who may import."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from editorial import roles
from region_teams.models import County
from regional_statistics import csv_import
from regional_statistics.models import Dataset, DatasetRow
from tests.factories.regional_statistics import DatasetFactory

pytestmark = pytest.mark.django_db

SCB_EXPORT = (
    '"region","år","Folkmängd"\n'
    '"00 Riket","2022","10521556"\n'
    '"01 Stockholms län","2022","2454821"\n'
    '"09 Gotlands län","2022","61001"\n'
    '"04 Södermanlands län","2022",".."\n'
)


def read(text, encoding="utf-8"):
    return csv_import.read_csv(text.encode(encoding), list(County.objects.all()))


def values(result):
    return {(row.county_code, row.year): row.value for row in result.rows}


def test_reads_scb_export_with_codes_names_and_missing_values():
    result = read(SCB_EXPORT)
    assert result.errors == []
    assert values(result) == {
        ("00", 2022): Decimal("10521556"),
        ("01", 2022): Decimal("2454821"),
        ("09", 2022): Decimal("61001"),
        ("04", 2022): None,
    }


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("\ufeffregion;år;värde\r\nStockholm;2021;1234,5\r\nRiket;2021;9 876,25\r\n", "utf-8"),
        ("region;år;värde\nStockholms län;2021;1234,5\nHela riket;2021;9876,25\n", "cp1252"),
        ("region,år,värde\n01,2021,1234.5\n00,2021,9876.25\n", "utf-8"),
        ("region\tår\tvärde\n1 Stockholm\t2021\t1234,5\n00 Riket\t2021\t9876,25\n", "utf-8"),
    ],
    ids=["semicolon-bom-decimal-comma", "cp1252", "comma-decimal-point", "tab-short-code"],
)
def test_separators_encodings_and_decimal_marks(text, encoding):
    result = read(text, encoding)
    assert result.errors == []
    assert values(result) == {("01", 2021): Decimal("1234.5"), ("00", 2021): Decimal("9876.25")}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Sörmland", "04"),
        ("Södermanland", "04"),
        ("Södermanlands län", "04"),
        ("Jämtland Härjedalen", "23"),
        ("Region Jämtland Härjedalen", "23"),
        ("Jämtlands län", "23"),
        ("Västra Götalandsregionen", "14"),
        ("VASTRA GOTALANDS LAN", "14"),
        ("Region Örebro län", "18"),
        ("Skåne", "12"),
        ("Skåne län", "12"),
        ("25 Norrbottens län", "25"),
    ],
)
def test_county_names_as_scb_and_the_regions_write_them(name, code):
    result = read(f"region;år;värde\n{name};2020;1\n")
    assert result.errors == []
    assert result.rows[0].county_code == code


def test_wide_format_with_a_column_per_year_is_read_too():
    result = read("Region;2020;2021\nGotland;1,5;..\nRiket;2;3\n")
    assert result.errors == []
    assert values(result) == {
        ("09", 2020): Decimal("1.5"),
        ("09", 2021): None,
        ("00", 2020): Decimal("2"),
        ("00", 2021): Decimal("3"),
    }


def test_every_error_is_listed_with_its_line_number():
    result = read(
        "region;år;värde\n"
        "Stockholm;2020;1\n"
        "\n"
        "Xyz;2020;2\n"
        "Gotland;20x0;3\n"
        "Uppsala;2020;tre\n"
        "Halland;2020;\n"
        "Stockholms län;2020;4\n"
        "Kalmar;2020\n"
    )
    assert result.rows == []
    assert result.errors == [
        "Rad 4: okänt län 'Xyz'.",
        "Rad 5: '20x0' är inte ett årtal (1900–2100).",
        "Rad 6: värdet 'tre' är inte ett tal (högst 4 decimaler).",
        "Rad 7: värde saknas (skriv .. om uppgiften saknas i källan).",
        "Rad 9: 2 kolumner, men rubrikraden har 3.",
        "Rad 8: Stockholm 2020 finns redan på rad 2.",
    ]


@pytest.mark.parametrize(
    "text",
    ["län;värde\nGotland;3\n", "region;år;värde;kommentar\nGotland;2020;3;x\n", "a;b;c\n1;2;3\n"],
)
def test_wrong_columns_are_refused_on_the_header_line(text):
    result = read(text)
    assert result.rows == []
    assert len(result.errors) == 1
    assert result.errors[0].startswith("Rad 1: Filen ska ha kolumnerna region, år och värde")


@pytest.mark.parametrize("text", ["", "\n\n  \n", "region;år;värde\n"])
def test_empty_files_are_refused(text):
    result = read(text)
    assert result.rows == []
    assert len(result.errors) == 1


def test_a_long_error_list_is_shortened_for_display_but_counted():
    lines = "".join(f"Xyz;{2000 + n % 100};1\n" for n in range(150))
    result = read("region;år;värde\n" + lines)
    assert len(result.errors) == 150
    messages = result.error_messages
    assert len(messages) == csv_import.MAX_LISTED_ERRORS + 1
    assert messages[-1].startswith("… och 50 fel till.")


# The admin form ------------------------------------------------------------------------------


def admin_url(view, *args):
    return reverse(f"wagtailsnippets_regional_statistics_dataset:{view}", args=args)


def upload(content, name="statistik.csv"):
    if isinstance(content, str):
        content = content.encode("utf-8")
    return SimpleUploadedFile(name, content, content_type="text/csv")


def dataset_form(csv_file=None, **changes):
    fields = {
        "name": "Folkmängd",
        "unit": "antal personer",
        "decimals": "0",
        "description": "Folkmängd den 31 december.",
        "source": "SCB, Befolkningsstatistik",
        "source_url": "",
        "licence": "CC0 1.0",
        "chart_kind": "line",
        **changes,
    }
    if csv_file is not None:
        fields["csv_file"] = csv_file
    return fields


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.se", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(client, home_page):
    client.force_login(user_in(roles.EDITOR, "redaktor"))
    return client


def test_an_editor_creates_a_dataset_from_an_upload_as_a_draft_with_a_revision(editor_client):
    response = editor_client.post(admin_url("add"), dataset_form(upload(SCB_EXPORT)))
    assert response.status_code == 302
    dataset = Dataset.objects.get(name="Folkmängd")
    assert not dataset.live  # Kansli reviews and publishes
    assert dataset.rows.count() == 4
    revision = dataset.latest_revision
    assert revision is not None
    assert len(revision.content["rows"]) == 4
    assert {row.value for row in revision.as_object().rows.all()} == {
        Decimal("10521556"),
        Decimal("2454821"),
        Decimal("61001"),
        None,
    }


def test_a_new_dataset_needs_a_file(editor_client):
    response = editor_client.post(admin_url("add"), dataset_form())
    assert response.status_code == 200
    assert "Ladda upp en CSV-fil med värdena." in response.content.decode()
    assert not Dataset.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("region;värde\nGotland;3\n", "Rad 1: Filen ska ha kolumnerna region, år och värde"),
        ("region;år;värde\nGotland;2020;3\nAtlantis;2020;4\n", "Rad 3: okänt län &#x27;Atlantis"),
        ("region;år;värde\nGotland;2020;3,4,5\n", "Rad 2: värdet &#x27;3,4,5&#x27; är inte"),
        ("", "Filen är tom."),
    ],
    ids=["wrong-columns", "unknown-county", "bad-number", "empty"],
)
def test_a_broken_file_shows_line_numbered_errors_and_saves_nothing(
    editor_client, content, message
):
    response = editor_client.post(admin_url("add"), dataset_form(upload(content)))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Dataset.objects.exists()
    assert not DatasetRow.objects.exists()


def test_a_10_mb_file_is_a_form_error_not_a_server_error(editor_client):
    line = "01 Stockholms län;2020;1234,5\n"
    big = ("region;år;värde\n" + line * (10 * 1024 * 1024 // len(line) + 1)).encode()
    big = big[: 10 * 1024 * 1024]
    response = editor_client.post(admin_url("add"), dataset_form(upload(big)))
    assert response.status_code == 200
    assert "Filen är för stor (10,0 MB). Den får vara högst 5 MB." in response.content.decode()
    assert not Dataset.objects.exists()


def test_a_reimport_is_a_new_revision_and_a_broken_one_keeps_the_old_values(admin_client):
    dataset = DatasetFactory(name="Sysselsättning")
    dataset.save_revision().publish()
    url = admin_url("edit", dataset.pk)
    fields = dataset_form(name="Sysselsättning", decimals="1")

    broken = upload("region;år;värde\nGotland;2020;x\n")
    response = admin_client.post(url, {**fields, "csv_file": broken, "action-publish": "on"})
    assert response.status_code == 200
    assert "Rad 2: värdet" in response.content.decode()
    assert dataset.revisions.count() == 1
    assert dataset.rows.count() == 22 * 4

    good = upload("region;år;värde\nGotland;2020;7,5\nRiket;2020;8\n")
    response = admin_client.post(url, {**fields, "csv_file": good, "action-publish": "on"})
    assert response.status_code == 302
    assert dataset.revisions.count() == 2
    assert sorted(dataset.rows.values_list("value", flat=True)) == [Decimal("7.5"), Decimal("8")]

    # Compare shows the changed values; history keeps the old ones for revert.
    first, second = dataset.revisions.order_by("created_at")
    compare = admin_client.get(admin_url("revisions_compare", dataset.pk, first.pk, second.pk))
    assert compare.status_code == 200
    assert "Gotland 2020" in compare.content.decode()
    assert len(first.as_object().rows.all()) == 22 * 4


def test_saving_without_a_new_file_keeps_the_values(admin_client):
    dataset = DatasetFactory(name="Sysselsättning")
    dataset.save_revision().publish()
    fields = dataset_form(name="Sysselsättning", unit="procent", **{"action-publish": "on"})
    response = admin_client.post(admin_url("edit", dataset.pk), fields)
    assert response.status_code == 302
    dataset.refresh_from_db()
    assert dataset.unit == "procent"
    assert dataset.rows.count() == 22 * 4


def test_the_form_offers_a_template_file(editor_client):
    page = editor_client.get(admin_url("add")).content.decode()
    assert "files/statistik-mall.csv" in page
    assert 'enctype="multipart/form-data"' in page


def test_kansli_publishes_an_editor_may_not(client, home_page):
    dataset = DatasetFactory(live=False)
    client.force_login(user_in(roles.SECRETARIAT, "kansli"))
    fields = dataset_form(name=dataset.name, **{"action-publish": "on"})
    assert client.post(admin_url("edit", dataset.pk), fields).status_code == 302
    dataset.refresh_from_db()
    assert dataset.live

    client.force_login(user_in(roles.EDITOR, "redaktor"))
    assert client.post(admin_url("delete", dataset.pk)).status_code in (302, 403)
    assert Dataset.objects.filter(pk=dataset.pk).exists()


@pytest.mark.parametrize("group", [roles.CONTENT_OWNER, roles.STAFF])
def test_roles_without_rights_cannot_import(client, home_page, group):
    client.force_login(user_in(group, "utan-rattigheter"))
    response = client.post(admin_url("add"), dataset_form(upload(SCB_EXPORT)))
    assert response.status_code in (302, 403)
    assert not Dataset.objects.exists()
