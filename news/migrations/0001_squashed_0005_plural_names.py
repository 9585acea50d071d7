"""The news app's history up to its plural names in one step for new installs (replaces 0001-0005)."""

import datetime
import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models



def backfill_review_dates(apps, schema_editor):
    from core.review_dates import backfill_review_dates

    backfill_review_dates(apps, "news")


class Migration(migrations.Migration):

    replaces = [('news', '0001_initial'), ('news', '0002_initial'), ('news', '0003_help_texts'), ('news', '0004_review_dates'), ('news', '0005_plural_names')]

    initial = True

    dependencies = [
        ('region_teams', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticlePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('date', models.DateField(default=datetime.date.today, help_text='Publiceringsdatum.', verbose_name='datum')),
                ('kind', models.CharField(choices=[('news', 'Nyhet'), ('interview', 'Intervju')], default='news', help_text='Nyhet eller intervju.', max_length=20, verbose_name='typ')),
                ('body', wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('region_teams.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.', verbose_name='innehåll')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'artikel',
                'verbose_name_plural': 'artiklar',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='NewsIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'nyhetsarkiv',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.RunPython(
            code=backfill_review_dates,
            reverse_code=migrations.RunPython.noop,
        ),
        migrations.AlterModelOptions(
            name='newsindexpage',
            options={'verbose_name': 'nyhetsarkiv', 'verbose_name_plural': 'nyhetsarkiv'},
        ),
    ]
