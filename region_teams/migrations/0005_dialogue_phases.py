"""The five phases of a strategic region dialogue: defaults administrators may edit."""

from django.db import migrations

PHASES = [
    (
        1,
        "Omvärldsbevakning och underlag",
        "Regional och nationell omvärldsbevakning; länsansvariga tar vid behov fram regionala "
        "underlag.",
    ),
    (
        2,
        "Förberedelse och ställningstagande",
        "Myndighetens nationella syn i sakfrågorna sammanställs och värderas; vilka nationella "
        "myndigheter som ska bjudas in bestäms.",
    ),
    (
        3,
        "Dialog",
        "Den strategiska dialogen med länets regionalt utvecklingsansvariga aktör.",
    ),
    (
        4,
        "Återkoppling",
        "Återkoppling till regionen, teamet och berörda avdelningar efter dialogen.",
    ),
    (
        5,
        "Uppföljning av insatser",
        "Uppföljning av de insatser som initierats med anledning av dialogen.",
    ),
]


def create_phases(apps, schema_editor):
    """Create the phases that are missing; an administrator's own titles are kept."""
    phase_model = apps.get_model("region_teams", "DialoguePhase")
    for number, title, description in PHASES:
        phase_model.objects.get_or_create(
            number=number, defaults={"title": title, "description": description}
        )


class Migration(migrations.Migration):
    dependencies = [("region_teams", "0004_staff_area_dialogues")]

    operations = [migrations.RunPython(create_phases, migrations.RunPython.noop)]
