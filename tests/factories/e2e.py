"""What the browser tests share: the database rows migrations create, and the axe rules checked."""

import importlib

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def restore_migrated_rows():
    """Put back the rows that migrations create and a transactional test's flush removed.

    The live server needs committed data, so these tests flush the database afterwards; Django's
    serialized rollback would restore the rows but does not reach the connection the tests use.
    """
    from django.apps import apps
    from wagtail.models import Collection, Locale, Page

    from editorial import setup as editorial

    counties = importlib.import_module("region_teams.migrations.0002_counties")
    phases = importlib.import_module("region_teams.migrations.0005_dialogue_phases")
    synonyms = importlib.import_module("search.migrations.0002_default_synonyms")
    Locale.objects.get_or_create(language_code="sv")
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root"))
    counties.create_counties(apps, None)
    phases.create_phases(apps, None)
    synonyms.create_synonyms(apps, None)
    editorial.ensure_editorial_setup(apps)  # groups and workflows (editorial 0002)
