"""The home app's history up to its plural names in one step for new installs (replaces 0001-0007)."""

import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.forms.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models



def backfill_review_dates(apps, schema_editor):
    from core.review_dates import backfill_review_dates

    backfill_review_dates(apps, "home")


class Migration(migrations.Migration):

    replaces = [('home', '0001_initial'), ('home', '0002_initial'), ('home', '0003_portal_settings_footer_pages'), ('home', '0004_help_texts'), ('home', '0005_form_page_accessibility_page'), ('home', '0006_review_dates'), ('home', '0007_plural_names')]

    initial = True

    dependencies = [
        ('region_teams', '0001_initial'),
        ('region_teams', '0004_staff_area_dialogues'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailcore', '__first__'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='PortalSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('organisation', models.CharField(default='Tillväxtverket', help_text='Visas i sidfoten.', max_length=160, verbose_name='organisation')),
                ('unit', models.CharField(blank=True, help_text='T.ex. Forum för hållbar regional tillväxt och attraktionskraft.', max_length=160, verbose_name='funktion')),
                ('postal_address', models.TextField(blank=True, help_text='En rad per adressrad, t.ex. Box 3034.', verbose_name='postadress')),
                ('email', models.EmailField(blank=True, help_text='Funktionsadress i sidfoten.', max_length=254, verbose_name='e-post')),
                ('phone', models.CharField(blank=True, help_text='T.ex. 08-681 77 39.', max_length=40, verbose_name='telefon')),
                ('footer_text', wagtail.fields.RichTextField(blank=True, help_text='Kort text om webbplatsen som visas i sidfoten.', verbose_name='text i sidfoten')),
                ('about_page', models.ForeignKey(blank=True, help_text='Sidan om webbplatsen som sidfoten länkar till.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='om webbplatsen')),
                ('privacy_page', models.ForeignKey(blank=True, help_text='Sidan om personuppgifter som sidfoten länkar till.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='behandling av personuppgifter')),
                ('accessibility_page', models.ForeignKey(blank=True, help_text='Sidan med tillgänglighetsredogörelsen som sidfoten länkar till.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='tillgänglighetsredogörelse')),
            ],
            options={
                'verbose_name': 'portalinställningar',
            },
        ),
        migrations.CreateModel(
            name='FormPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('to_address', models.CharField(blank=True, help_text='Optional - form submissions will be emailed to these addresses. Separate multiple addresses by comma.', max_length=255, validators=[wagtail.contrib.forms.models.validate_to_address], verbose_name='to address')),
                ('from_address', models.EmailField(blank=True, max_length=255, verbose_name='from address')),
                ('subject', models.CharField(blank=True, max_length=255, verbose_name='subject')),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('region_teams.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Text före formuläret.', verbose_name='innehåll')),
                ('form_heading', models.CharField(blank=True, help_text='T.ex. Rapportera brister i tillgängligheten.', max_length=120, verbose_name='rubrik för formuläret')),
                ('thank_you_text', wagtail.fields.RichTextField(blank=True, help_text='Visas när formuläret har skickats.', verbose_name='tack-text')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'formulärsida',
                'verbose_name_plural': 'formulärsidor',
            },
            bases=(wagtail.contrib.forms.models.FormMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='FormField',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('clean_name', models.CharField(blank=True, default='', help_text='Safe name of the form field, the label converted to ascii_snake_case', max_length=255, verbose_name='name')),
                ('label', models.CharField(help_text='The label of the form field', max_length=255, verbose_name='label')),
                ('field_type', models.CharField(choices=[('singleline', 'Single line text'), ('multiline', 'Multi-line text'), ('email', 'Email'), ('number', 'Number'), ('url', 'URL'), ('checkbox', 'Checkbox'), ('checkboxes', 'Checkboxes'), ('dropdown', 'Drop down'), ('multiselect', 'Multiple select'), ('radio', 'Radio buttons'), ('date', 'Date'), ('datetime', 'Date/time'), ('hidden', 'Hidden field')], max_length=16, verbose_name='field type')),
                ('required', models.BooleanField(default=True, verbose_name='required')),
                ('choices', models.TextField(blank=True, help_text='Comma or new line separated list of choices. Only applicable in checkboxes, radio and dropdown.', verbose_name='choices')),
                ('default_value', models.TextField(blank=True, help_text='Default value. Comma or new line separated values supported for checkboxes.', verbose_name='default value')),
                ('help_text', models.CharField(blank=True, max_length=255, verbose_name='help text')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='form_fields', to='home.formpage')),
            ],
            options={
                'verbose_name': 'formulärfält',
                'verbose_name_plural': 'formulärfält',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='HomePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('region_teams.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.', verbose_name='innehåll')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'startsida',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='StandardPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('region_teams.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.', verbose_name='innehåll')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'standardsida',
                'verbose_name_plural': 'standardsidor',
            },
            bases=('wagtailcore.page',),
        ),
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
                'constraints': [models.UniqueConstraint(fields=('user', 'sent_on'), name='one_review_digest_a_day')],
            },
        ),
        migrations.RunPython(
            code=backfill_review_dates,
            reverse_code=migrations.RunPython.noop,
        ),
        migrations.AlterModelOptions(
            name='homepage',
            options={'verbose_name': 'startsida', 'verbose_name_plural': 'startsidor'},
        ),
    ]
