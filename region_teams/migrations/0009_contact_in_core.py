"""Contact now belongs to core: removed from this app's state only."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('forum_pages', '0007_contact_in_core'),
        ('home', '0008_contact_in_core'),
        ('news', '0006_contact_in_core'),
        ('region_teams', '0008_contact_in_core'),
        ('regional_statistics', '0002_contact_in_core'),
        ('subscriptions', '0002_contact_in_core'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='Contact',
                ),
            ],
        ),
    ]
