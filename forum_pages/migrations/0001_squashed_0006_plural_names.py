"""The forum app's history up to its plural names in one step for new installs (replaces 0001-0006)."""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
import wagtail.fields
from django.conf import settings
from django.db import migrations, models



def backfill_review_dates(apps, schema_editor):
    from core.review_dates import backfill_review_dates

    backfill_review_dates(apps, "forum_pages")


class Migration(migrations.Migration):

    replaces = [('forum_pages', '0001_initial'), ('forum_pages', '0002_initial'), ('forum_pages', '0003_help_texts'), ('forum_pages', '0004_meeting_briefings'), ('forum_pages', '0005_review_dates_member_drafts'), ('forum_pages', '0006_plural_names')]

    initial = True

    dependencies = [
        ('region_teams', '0001_initial'),
        ('region_teams', '0003_help_texts'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='StrategyThemePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('region_teams.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.', verbose_name='innehåll')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'tema',
                'verbose_name_plural': 'teman',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='ForumMeetingPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('forum', models.CharField(choices=[('politicians', 'Politikerforum'), ('officials', 'Tjänstemannaforum')], help_text='Politikerforum för nominerade politiker, tjänstemannaforum för tjänstemän.', max_length=20, verbose_name='forum')),
                ('starts_at', models.DateTimeField(help_text='Datum och tid (svensk tid).', verbose_name='börjar')),
                ('ends_at', models.DateTimeField(help_text='Datum och tid (svensk tid).', verbose_name='slutar')),
                ('location', models.CharField(blank=True, help_text='Adress eller lokal. Lämna tomt om mötet är digitalt.', max_length=200, verbose_name='plats')),
                ('is_digital', models.BooleanField(default=False, help_text='Markera om mötet hålls digitalt.', verbose_name='digitalt möte')),
                ('agenda', wagtail.fields.RichTextField(blank=True, help_text='Mötets punkter, gärna som punktlista.', verbose_name='dagordning')),
                ('outcome', wagtail.fields.RichTextField(blank=True, help_text='Fylls i efter mötet.', verbose_name='resultat och sammanfattning')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('counties', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Lämna tomt om mötet gäller alla 21 län.', related_name='meetings', to='region_teams.county', verbose_name='berörda län')),
                ('theme', models.ForeignKey(blank=True, help_text='Prioriteringen i den nationella strategin som mötet bygger på.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='meetings', to='forum_pages.strategythemepage', verbose_name='tema')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'forummöte',
                'verbose_name_plural': 'forummöten',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='ForumMeetingDocument',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('title', models.CharField(blank=True, help_text='Lämna tomt för dokumentets egen titel.', max_length=200, verbose_name='rubrik')),
                ('document', models.ForeignKey(help_text='Välj eller ladda upp underlaget i dokumentbiblioteket.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document', verbose_name='dokument')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='documents', to='forum_pages.forummeetingpage')),
            ],
            options={
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='ForumMeetingParticipant',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('group', models.CharField(choices=[('government', 'Regeringen'), ('agency', 'Myndighet')], default='agency', help_text='Regeringen (statsråd, statssekreterare) eller en statlig myndighet.', max_length=20, verbose_name='företräder')),
                ('name', models.CharField(help_text='Personens namn, eller rollen.', max_length=120, verbose_name='namn')),
                ('role', models.CharField(help_text='T.ex. generaldirektör, Tillväxtverket, eller statssekreterare.', max_length=200, verbose_name='roll och organisation')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='participants', to='forum_pages.forummeetingpage')),
            ],
            options={
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='ForumMeetingBriefing',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('starts_at', models.DateTimeField(help_text='Datum och tid för informationsmötet (svensk tid).', verbose_name='börjar')),
                ('duration', models.PositiveSmallIntegerField(default=45, help_text='Informationsmötena är oftast 30–45 minuter.', validators=[django.core.validators.MinValueValidator(10), django.core.validators.MaxValueValidator(240)], verbose_name='längd i minuter')),
                ('ends_at', models.DateTimeField(editable=False, verbose_name='slutar')),
                ('join_url', models.URLField(blank=True, help_text='Länken för att ansluta. Lämna tomt om den skickas ut senare.', verbose_name='länk till videomötet')),
                ('join_instructions', models.CharField(blank=True, help_text='T.ex. hur man anmäler sig eller får länken. Visas på mötets sida.', max_length=300, verbose_name='så ansluter du')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='briefings', to='forum_pages.forummeetingpage')),
            ],
            options={
                'verbose_name': 'informationsmöte',
                'verbose_name_plural': 'informationsmöten',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='ForumIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.StreamField([('rich_text', 0), ('heading', 3), ('image', 7), ('document_list', 11), ('contact_card', 14), ('call_to_action', 19), ('quote', 22)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Text'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik'}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Nivå 2'), ('h3', 'Nivå 3')], 'label': 'nivå'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'bild'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Beskriv bilden för den som inte ser den. Lämna tomt om bilden är dekorativ.', 'label': 'alternativtext', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'bildtext', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'rubrik', 'required': False}), 9: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'dokument'}), 10: ('wagtail.blocks.ListBlock', (9,), {'label': 'dokument'}), 11: ('wagtail.blocks.StructBlock', [[('heading', 8), ('documents', 10)]], {}), 12: ('wagtail.snippets.blocks.SnippetChooserBlock', ('region_teams.Contact',), {'label': 'kontaktperson'}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'T.ex. Kansli.', 'label': 'roll', 'required': False}), 14: ('wagtail.blocks.StructBlock', [[('contact', 12), ('role', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'text'}), 16: ('wagtail.blocks.PageChooserBlock', (), {'label': 'sida', 'required': False}), 17: ('wagtail.blocks.URLBlock', (), {'label': 'extern länk', 'required': False}), 18: ('wagtail.blocks.TextBlock', (), {'label': 'beskrivning', 'required': False}), 19: ('wagtail.blocks.StructBlock', [[('text', 15), ('page', 16), ('url', 17), ('description', 18)]], {}), 20: ('wagtail.blocks.TextBlock', (), {'label': 'citat'}), 21: ('wagtail.blocks.CharBlock', (), {'label': 'vem som säger det', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('quote', 20), ('attribution', 21)]], {})}, help_text='Sidans innehåll: text, rubriker, bilder, dokument, kontakter, citat.', verbose_name='innehåll')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'forumets startsida',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='ForumMember',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='Ledamotens för- och efternamn.', max_length=120, verbose_name='namn')),
                ('title', models.CharField(blank=True, help_text='T.ex. regionråd eller regionutvecklingsdirektör.', max_length=160, verbose_name='titel')),
                ('party', models.CharField(blank=True, help_text='Endast för politiker, t.ex. (S) eller (M).', max_length=80, verbose_name='parti')),
                ('forum', models.CharField(choices=[('politicians', 'Politikerforum'), ('officials', 'Tjänstemannaforum')], help_text='Politikerforum eller tjänstemannaforum.', max_length=20, verbose_name='forum')),
                ('political_side', models.CharField(blank=True, choices=[('majority', 'Majoritet'), ('opposition', 'Opposition')], help_text='Krävs för politiker: majoritet eller opposition.', max_length=20, verbose_name='politisk sida')),
                ('term_start', models.DateField(help_text='Första dagen som ledamot.', verbose_name='ledamot från')),
                ('term_end', models.DateField(blank=True, help_text='Tomt = tills vidare.', null=True, verbose_name='ledamot till')),
                ('county', models.ForeignKey(help_text='Regionen (länet) som har utsett ledamoten.', on_delete=django.db.models.deletion.PROTECT, related_name='forum_members', to='region_teams.county', verbose_name='region (län)')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
            ],
            options={
                'verbose_name': 'ledamot',
                'verbose_name_plural': 'ledamöter',
                'ordering': ['county__name', 'forum', 'political_side', 'name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='ReportIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.RichTextField(blank=True, help_text='Sidans löptext under ingressen.', verbose_name='brödtext')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'rapportarkiv',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='ReportPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('year', models.PositiveSmallIntegerField(help_text='Året rapporten avser eller gavs ut.', verbose_name='år')),
                ('kind', models.CharField(choices=[('follow_up', 'Uppföljning'), ('trends', 'Tillstånd och trender'), ('strategy', 'Strategi'), ('other', 'Övrigt')], default='other', help_text='Används i rapportarkivets filter.', max_length=20, verbose_name='typ')),
                ('external_url', models.URLField(blank=True, help_text='Om rapporten finns på en annan webbplats.', verbose_name='extern länk')),
                ('summary', wagtail.fields.RichTextField(blank=True, help_text='Rapportens viktigaste slutsatser.', verbose_name='sammanfattning')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('counties', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Län som rapporten handlar om särskilt.', related_name='reports', to='region_teams.county', verbose_name='län')),
                ('document', models.ForeignKey(blank=True, help_text='Rapporten som PDF i dokumentbiblioteket.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document', verbose_name='rapport (PDF)')),
                ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Prioriteringar i den nationella strategin som rapporten rör.', related_name='reports', to='forum_pages.strategythemepage', verbose_name='teman')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'rapport',
                'verbose_name_plural': 'rapporter',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='StrategyThemeIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.RichTextField(blank=True, help_text='Sidans löptext under ingressen.', verbose_name='brödtext')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('last_reviewed', models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad')),
                ('review_due', models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast')),
            ],
            options={
                'verbose_name': 'startsida för teman',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.RunPython(
            code=backfill_review_dates,
            reverse_code=migrations.RunPython.noop,
        ),
        migrations.AlterModelOptions(
            name='forumindexpage',
            options={'verbose_name': 'forumets startsida', 'verbose_name_plural': 'forumsidor'},
        ),
        migrations.AlterModelOptions(
            name='reportindexpage',
            options={'verbose_name': 'rapportarkiv', 'verbose_name_plural': 'rapportarkiv'},
        ),
        migrations.AlterModelOptions(
            name='strategythemeindexpage',
            options={'verbose_name': 'startsida för teman', 'verbose_name_plural': 'temaöversikter'},
        ),
    ]
