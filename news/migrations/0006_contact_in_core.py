"""Content owners point at core.Contact, the same table as before: state only."""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('news', '0005_plural_names'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='articlepage',
                    name='body',
                    field=wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('core.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.', verbose_name='innehåll'),
                ),
                migrations.AlterField(
                    model_name='articlepage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
                migrations.AlterField(
                    model_name='newsindexpage',
                    name='content_owner',
                    field=models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.contact', verbose_name='innehållsansvarig'),
                ),
            ],
        ),
    ]
