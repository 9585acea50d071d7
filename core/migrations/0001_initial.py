"""Contact moves here from region_teams: state only, the table region_teams_contact stays."""

import django.db.models.deletion
import modelsearch.index
from django.conf import settings
from django.db import migrations, models


def rename_content_type(apps, schema_editor):
    """Keep the model's content type (and with it permissions granted on it): same row, new app."""
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label='region_teams', model='contact').update(app_label='core')


def restore_content_type(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label='core', model='contact').update(app_label='region_teams')


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('region_teams', '0007_plural_names'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Contact',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text='För- och efternamn.', max_length=120, verbose_name='namn')),
                        ('title', models.CharField(blank=True, help_text='T.ex. avdelningschef.', max_length=120, verbose_name='titel')),
                        ('unit', models.CharField(blank=True, help_text='Avdelning eller enhet på Tillväxtverket.', max_length=160, verbose_name='enhet')),
                        ('email', models.EmailField(blank=True, help_text='Visas publikt om personen visas.', max_length=254, verbose_name='e-post')),
                        ('phone', models.CharField(blank=True, help_text='T.ex. 08-681 77 39.', max_length=40, verbose_name='telefon')),
                        ('is_public', models.BooleanField(default=True, help_text='Avmarkera för att dölja personen på den publika webbplatsen.', verbose_name='visas publikt')),
                        ('user', models.OneToOneField(blank=True, help_text='Kopplar personen till ett konto i redigeringsgränssnittet (för godkännanden).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='contact', to=settings.AUTH_USER_MODEL, verbose_name='användarkonto')),
                    ],
                    options={
                        'verbose_name': 'kontaktperson',
                        'verbose_name_plural': 'kontaktpersoner',
                        'db_table': 'region_teams_contact',
                        'ordering': ['name'],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.RunPython(rename_content_type, restore_content_type),
    ]
