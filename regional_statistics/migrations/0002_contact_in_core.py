"""Content owners point at core.Contact, the same table as before: state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('regional_statistics', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='statisticspage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
            ],
        ),
    ]
