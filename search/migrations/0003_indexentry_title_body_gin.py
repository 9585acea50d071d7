"""A GIN index on the whole text of Wagtail's database search index, on PostgreSQL only.

Wagtail's database backend matches `(title || body) @@ query`. Its own GIN indexes cover `title`
and `body` one by one, so the combined vector has neither an index nor statistics: the planner
guesses one matching row and joins the pages in a nested loop, seconds at 10,000 pages. This
index on the same expression serves the match, and ANALYZE gives it statistics, so the planner
estimates the hits and hash-joins them (tens of milliseconds). Other databases are left alone.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )
    schema_editor.execute("ANALYZE wagtailsearch_indexentry")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_default_synonyms"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
