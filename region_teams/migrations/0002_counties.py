"""The 21 counties: reference data every installation needs, not demo content."""

from django.db import migrations

# (name, official name, letter code, number code, slug, development organisation, team)
COUNTIES = [
    ("Norrbotten", "Norrbottens län", "BD", "25", "norrbotten", "Region Norrbotten", "norr"),
    ("Västerbotten", "Västerbottens län", "AC", "24", "vasterbotten", "Region Västerbotten", "norr"),
    ("Jämtland", "Jämtlands län", "Z", "23", "jamtland", "Region Jämtland Härjedalen", "norr"),
    ("Västernorrland", "Västernorrlands län", "Y", "22", "vasternorrland", "Region Västernorrland", "norr"),
    ("Dalarna", "Dalarnas län", "W", "20", "dalarna", "Region Dalarna", "norr"),
    ("Gävleborg", "Gävleborgs län", "X", "21", "gavleborg", "Region Gävleborg", "norr"),
    ("Värmland", "Värmlands län", "S", "17", "varmland", "Region Värmland", "norr"),
    ("Västmanland", "Västmanlands län", "U", "19", "vastmanland", "Region Västmanland", "mellan"),
    ("Uppsala", "Uppsala län", "C", "03", "uppsala", "Region Uppsala", "mellan"),
    ("Stockholm", "Stockholms län", "AB", "01", "stockholm", "Region Stockholm", "mellan"),
    ("Örebro", "Örebro län", "T", "18", "orebro", "Region Örebro län", "mellan"),
    ("Sörmland", "Södermanlands län", "D", "04", "sormland", "Region Sörmland", "mellan"),
    ("Östergötland", "Östergötlands län", "E", "05", "ostergotland", "Region Östergötland", "mellan"),
    ("Gotland", "Gotlands län", "I", "09", "gotland", "Region Gotland", "mellan"),
    ("Västra Götaland", "Västra Götalands län", "O", "14", "vastra-gotaland", "Västra Götalandsregionen", "sodra"),
    ("Jönköping", "Jönköpings län", "F", "06", "jonkoping", "Region Jönköpings län", "sodra"),
    ("Halland", "Hallands län", "N", "13", "halland", "Region Halland", "sodra"),
    ("Kronoberg", "Kronobergs län", "G", "07", "kronoberg", "Region Kronoberg", "sodra"),
    ("Skåne", "Skåne län", "M", "12", "skane", "Region Skåne", "sodra"),
    ("Blekinge", "Blekinge län", "K", "10", "blekinge", "Region Blekinge", "sodra"),
    ("Kalmar", "Kalmar län", "H", "08", "kalmar", "Region Kalmar län", "sodra"),
]


def create_counties(apps, schema_editor):
    county_model = apps.get_model("region_teams", "County")
    for name, official, letters, number, slug, organisation, team in COUNTIES:
        county_model.objects.update_or_create(
            letter_code=letters,
            defaults={
                "name": name,
                "official_name": official,
                "number_code": number,
                "slug": slug,
                "development_organisation": organisation,
                "team": team,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("region_teams", "0001_initial")]

    operations = [migrations.RunPython(create_counties, migrations.RunPython.noop)]
