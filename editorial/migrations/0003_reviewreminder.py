"""ReviewReminder moves here from home: state only, the table home_reviewreminder stays."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def rename_content_type(apps, schema_editor):
    """Keep the model's content type (and with it permissions granted on it): same row, new app."""
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label='home', model='reviewreminder').update(app_label='editorial')


def restore_content_type(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label='editorial', model='reviewreminder').update(app_label='home')


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0007_plural_names'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('editorial', '0002_roles_and_workflows'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ReviewReminder',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sent_on', models.DateField(verbose_name='skickad')),
                        ('page_count', models.PositiveIntegerField(default=0, verbose_name='antal sidor')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='review_reminders', to=settings.AUTH_USER_MODEL, verbose_name='mottagare')),
                    ],
                    options={
                        'verbose_name': 'granskningspåminnelse',
                        'verbose_name_plural': 'granskningspåminnelser',
                        'db_table': 'home_reviewreminder',
                        'constraints': [models.UniqueConstraint(fields=('user', 'sent_on'), name='one_review_digest_a_day')],
                    },
                ),
            ],
        ),
        migrations.RunPython(rename_content_type, restore_content_type),
    ]
