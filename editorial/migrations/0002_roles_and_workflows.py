"""The portal's groups with their permissions, and the three workflows.

Idempotent: it only adds what is missing (editorial.setup), except the content owners' publish
permission of the foundation, which the owner approval step replaces. The same setup runs again
after every migrate, for sections and permissions that appear later.
"""

from django.db import migrations

from editorial import setup
from editorial import roles


def create_roles_and_workflows(apps, schema_editor):
    setup.ensure_permissions_exist(apps)
    roles.revoke_page_permissions()
    setup.ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("home", "0005_form_page_accessibility_page"),
        ("forum_pages", "0004_meeting_briefings"),
        ("region_teams", "0005_dialogue_phases"),
    ]

    operations = [migrations.RunPython(create_roles_and_workflows, migrations.RunPython.noop)]
