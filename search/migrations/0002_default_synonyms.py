"""The synonyms a new portal starts with: county names and abbreviations of the regional work.

Administrators edit them under Inställningar → Synonymer i sökningen; this only adds missing rows.
"""

from django.db import migrations

DEFAULT_SYNONYMS = [
    ("sörmland, södermanland, södermanlands län, region sörmland", "Länets namn"),
    ("jämtland, jämtland härjedalen, jämtlands län, region jämtland härjedalen", "Länets namn"),
    ("västra götaland, västra götalandsregionen, vgr, västra götalands län", "Länets namn"),
    ("gotland, region gotland, gotlands län", "Länets namn"),
    ("norrbotten, norrbottens län, region norrbotten", "Länets namn"),
    ("skåne, skåne län, region skåne", "Länets namn"),
    ("rus, regional utvecklingsstrategi", "Förkortning"),
    ("rua, regionalt utvecklingsansvarig aktör", "Förkortning"),
    ("eu, europeiska unionen", "Förkortning"),
    ("scb, statistiska centralbyrån", "Förkortning"),
    ("tf, tillförordnad", "Förkortning"),
    ("srd, strategisk regiondialog, regiondialog", "Förkortning"),
]


def create_synonyms(apps, schema_editor):
    synonym = apps.get_model("search", "SearchSynonym")
    for terms, note in DEFAULT_SYNONYMS:
        synonym.objects.get_or_create(terms=terms, defaults={"note": note})


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms")]

    operations = [migrations.RunPython(create_synonyms, migrations.RunPython.noop)]
