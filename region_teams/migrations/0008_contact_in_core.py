"""Content owners point at core.Contact, the same table as before: state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('region_teams', '0007_plural_names'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='contact',
                    name='user',
                ),
                migrations.AlterField(
                    model_name='staffareapage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
                migrations.AlterField(
                    model_name='followupaction',
                    name='owner',
                    field=models.ForeignKey(blank=True, help_text='Personen på Tillväxtverket som ansvarar för insatsen.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='follow_up_actions', to='core.contact', verbose_name='ansvarig'),
                ),
                migrations.AlterField(
                    model_name='regionteampage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
                migrations.AlterField(
                    model_name='regionteampage',
                    name='lead',
                    field=models.ForeignKey(blank=True, help_text='Planerar, leder och koordinerar teamets strategiska regiondialoger.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='uppdragsansvarig'),
                ),
                migrations.AlterField(
                    model_name='countyresponsibility',
                    name='contact',
                    field=models.ForeignKey(help_text='Personen på Tillväxtverket.', on_delete=django.db.models.deletion.CASCADE, related_name='responsibilities', to='core.contact', verbose_name='person'),
                ),
                migrations.AlterField(
                    model_name='regiondialoguepage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
                migrations.AlterField(
                    model_name='regionteamindexpage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
            ],
        ),
    ]
