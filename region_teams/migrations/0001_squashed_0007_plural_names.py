"""The region_teams app's history up to its plural names in one step for new installs (replaces 0001-0007)."""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


COUNTIES = [
    ("Norrbotten", "Norrbottens län", "BD", "25", "norrbotten", "Region Norrbotten", "norr"),
    ("Västerbotten", "Västerbottens län", "AC", "24", "vasterbotten", "Region Västerbotten", "norr"),
    ("Jämtland", "Jämtlands län", "Z", "23", "jamtland", "Region Jämtland Härjedalen", "norr"),
    ("Västernorrland", "Västernorrlands län", "Y", "22", "vasternorrland", "Region Västernorrland", "norr"),
    ("Dalarna", "Dalarnas län", "W", "20", "dalarna", "Region Dalarna", "norr"),
    ("Gävleborg", "Gävleborgs län", "X", "21", "gavleborg", "Region Gävleborg", "norr"),
    ("Värmland", "Värmlands län", "S", "17", "varmland", "Region Värmland", "norr"),
    ("Västmanland", "Västmanlands län", "U", "19", "vastmanland", "Region Västmanland", "mellan"),
    ("Uppsala", "Uppsala län", "C", "03", "uppsala", "Region Uppsala", "mellan"),
    ("Stockholm", "Stockholms län", "AB", "01", "stockholm", "Region Stockholm", "mellan"),
    ("Örebro", "Örebro län", "T", "18", "orebro", "Region Örebro län", "mellan"),
    ("Sörmland", "Södermanlands län", "D", "04", "sormland", "Region Sörmland", "mellan"),
    ("Östergötland", "Östergötlands län", "E", "05", "ostergotland", "Region Östergötland", "mellan"),
    ("Gotland", "Gotlands län", "I", "09", "gotland", "Region Gotland", "mellan"),
    ("Västra Götaland", "Västra Götalands län", "O", "14", "vastra-gotaland", "Västra Götalandsregionen", "sodra"),
    ("Jönköping", "Jönköpings län", "F", "06", "jonkoping", "Region Jönköpings län", "sodra"),
    ("Halland", "Hallands län", "N", "13", "halland", "Region Halland", "sodra"),
    ("Kronoberg", "Kronobergs län", "G", "07", "kronoberg", "Region Kronoberg", "sodra"),
    ("Skåne", "Skåne län", "M", "12", "skane", "Region Skåne", "sodra"),
    ("Blekinge", "Blekinge län", "K", "10", "blekinge", "Region Blekinge", "sodra"),
    ("Kalmar", "Kalmar län", "H", "08", "kalmar", "Region Kalmar län", "sodra"),
]


PHASES = [
    (
        1,
        "Omvärldsbevakning och underlag",
        "Regional och nationell omvärldsbevakning; länsansvariga tar vid behov fram regionala "
        "underlag.",
    ),
    (
        2,
        "Förberedelse och ställningstagande",
        "Myndighetens nationella syn i sakfrågorna sammanställs och värderas; vilka nationella "
        "myndigheter som ska bjudas in bestäms.",
    ),
    (
        3,
        "Dialog",
        "Den strategiska dialogen med länets regionalt utvecklingsansvariga aktör.",
    ),
    (
        4,
        "Återkoppling",
        "Återkoppling till regionen, teamet och berörda avdelningar efter dialogen.",
    ),
    (
        5,
        "Uppföljning av insatser",
        "Uppföljning av de insatser som initierats med anledning av dialogen.",
    ),
]


def create_counties(apps, schema_editor):
    county_model = apps.get_model("region_teams", "County")
    for name, official, letters, number, slug, organisation, team in COUNTIES:
        county_model.objects.update_or_create(
            letter_code=letters,
            defaults={
                "name": name,
                "official_name": official,
                "number_code": number,
                "slug": slug,
                "development_organisation": organisation,
                "team": team,
            },
        )


def create_phases(apps, schema_editor):
    """Create the phases that are missing; an administrator's own titles are kept."""
    phase_model = apps.get_model("region_teams", "DialoguePhase")
    for number, title, description in PHASES:
        phase_model.objects.get_or_create(
            number=number, defaults={"title": title, "description": description}
        )


def backfill_review_dates(apps, schema_editor):
    from core.review_dates import backfill_review_dates

    backfill_review_dates(apps, "region_teams")


class Migration(migrations.Migration):

    replaces = [('region_teams', '0001_initial'), ('region_teams', '0002_counties'), ('region_teams', '0003_help_texts'), ('region_teams', '0004_staff_area_dialogues'), ('region_teams', '0005_dialogue_phases'), ('region_teams', '0006_review_dates_responsibility_drafts'), ('region_teams', '0007_plural_names')]

    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='County',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(help_text='T.ex. Norrbotten.', max_length=60, unique=True, verbose_name='namn')),
                ('official_name', models.CharField(help_text='T.ex. Norrbottens län.', max_length=80, verbose_name='officiellt namn')),
                ('letter_code', models.CharField(help_text='Länsbokstäver, t.ex. BD.', max_length=2, unique=True, verbose_name='länsbokstav')),
                ('number_code', models.CharField(help_text='Tvåsiffrig länskod från SCB, t.ex. 25.', max_length=2, unique=True, verbose_name='länskod')),
                ('slug', models.SlugField(blank=True, max_length=60, unique=True, verbose_name='webbadress')),
                ('development_organisation', models.CharField(help_text='T.ex. Region Norrbotten.', max_length=120, verbose_name='regionalt utvecklingsansvarig aktör')),
                ('team', models.CharField(choices=[('norr', 'Norr'), ('mellan', 'Mellan'), ('sodra', 'Södra')], help_text='Teamet som ansvarar för länet.', max_length=10, verbose_name='team')),
            ],
            options={
                'verbose_name': 'län',
                'verbose_name_plural': 'län',
                'ordering': ['name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='RoleDescription',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('lead', 'Uppdragsansvarig'), ('county_lead', 'Länsansvarig'), ('subject_lead', 'Ansvarig för sakfrågor')], max_length=20, unique=True, verbose_name='roll')),
                ('summary', models.TextField(blank=True, verbose_name='sammanfattning')),
                ('duties', models.TextField(help_text='En uppgift per rad; visas som punktlista på teamsidorna.', verbose_name='i funktionen ingår att')),
            ],
            options={
                'verbose_name': 'rollbeskrivning',
                'verbose_name_plural': 'rollbeskrivningar',
                'ordering': ['role'],
            },
        ),
        migrations.CreateModel(
            name='Contact',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=120, verbose_name='namn')),
                ('title', models.CharField(blank=True, help_text='T.ex. avdelningschef.', max_length=120, verbose_name='titel')),
                ('unit', models.CharField(blank=True, help_text='Avdelning eller enhet på Tillväxtverket.', max_length=160, verbose_name='enhet')),
                ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-post')),
                ('phone', models.CharField(blank=True, max_length=40, verbose_name='telefon')),
                ('is_public', models.BooleanField(default=True, help_text='Avmarkera för att dölja personen på den publika webbplatsen.', verbose_name='visas publikt')),
                ('user', models.OneToOneField(blank=True, help_text='Kopplar personen till ett konto i redigeringsgränssnittet (för godkännanden).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='contact', to=settings.AUTH_USER_MODEL, verbose_name='användarkonto')),
            ],
            options={
                'verbose_name': 'kontaktperson',
                'verbose_name_plural': 'kontaktpersoner',
                'ordering': ['name'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='RegionTeamIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.RichTextField(blank=True, verbose_name='brödtext')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
            ],
            options={
                'verbose_name': 'startsida strategiskt regionarbete',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
        ),
        migrations.CreateModel(
            name='RegionTeamPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('team', models.CharField(choices=[('norr', 'Norr'), ('mellan', 'Mellan'), ('sodra', 'Södra')], help_text='Vilket team sidan beskriver.', max_length=10, verbose_name='team')),
                ('lead_is_acting', models.BooleanField(default=False, help_text='Markera om uppdragsansvarig är tf.', verbose_name='tillförordnad (tf)')),
                ('body', wagtail.fields.RichTextField(blank=True, verbose_name='brödtext')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('lead', models.ForeignKey(blank=True, help_text='Planerar, leder och koordinerar teamets strategiska regiondialoger.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='uppdragsansvarig')),
            ],
            options={
                'verbose_name': 'team',
                'verbose_name_plural': 'team',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='CountyResponsibility',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('role', models.CharField(choices=[('county_lead', 'Länsansvarig'), ('subject_lead', 'Ansvarig för sakfrågor')], default='county_lead', max_length=20, verbose_name='roll')),
                ('subject', models.CharField(blank=True, help_text='Krävs för ansvariga för sakfrågor, t.ex. Kompetensförsörjning.', max_length=120, verbose_name='sakområde')),
                ('contact', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='responsibilities', to='region_teams.contact', verbose_name='person')),
                ('county', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='responsibilities', to='region_teams.county', verbose_name='län')),
            ],
            options={
                'verbose_name': 'länsansvar',
                'verbose_name_plural': 'länsansvar',
                'ordering': ['county__name', 'role', 'contact__name'],
                'constraints': [models.UniqueConstraint(fields=('county', 'contact', 'role', 'subject'), name='unique_county_responsibility')],
            },
        ),
        migrations.RunPython(
            code=create_counties,
            reverse_code=migrations.RunPython.noop,
        ),
        migrations.AlterField(
            model_name='contact',
            name='email',
            field=models.EmailField(blank=True, help_text='Visas publikt om personen visas.', max_length=254, verbose_name='e-post'),
        ),
        migrations.AlterField(
            model_name='contact',
            name='name',
            field=models.CharField(help_text='För- och efternamn.', max_length=120, verbose_name='namn'),
        ),
        migrations.AlterField(
            model_name='contact',
            name='phone',
            field=models.CharField(blank=True, help_text='T.ex. 08-681 77 39.', max_length=40, verbose_name='telefon'),
        ),
        migrations.AlterField(
            model_name='county',
            name='slug',
            field=models.SlugField(blank=True, help_text='Del av länssidans adress; skapas av namnet om fältet lämnas tomt.', max_length=60, unique=True, verbose_name='webbadress'),
        ),
        migrations.AlterField(
            model_name='countyresponsibility',
            name='contact',
            field=models.ForeignKey(help_text='Personen på Tillväxtverket.', on_delete=django.db.models.deletion.CASCADE, related_name='responsibilities', to='region_teams.contact', verbose_name='person'),
        ),
        migrations.AlterField(
            model_name='countyresponsibility',
            name='county',
            field=models.ForeignKey(help_text='Länet som personen ansvarar för.', on_delete=django.db.models.deletion.CASCADE, related_name='responsibilities', to='region_teams.county', verbose_name='län'),
        ),
        migrations.AlterField(
            model_name='countyresponsibility',
            name='role',
            field=models.CharField(choices=[('county_lead', 'Länsansvarig'), ('subject_lead', 'Ansvarig för sakfrågor')], default='county_lead', help_text='Länsansvarig, eller ansvarig för sakfrågor (ange då sakområde).', max_length=20, verbose_name='roll'),
        ),
        migrations.AlterField(
            model_name='regionteamindexpage',
            name='body',
            field=wagtail.fields.RichTextField(blank=True, help_text='Sidans löptext under ingressen.', verbose_name='brödtext'),
        ),
        migrations.AlterField(
            model_name='regionteampage',
            name='body',
            field=wagtail.fields.RichTextField(blank=True, help_text='Sidans löptext under ingressen.', verbose_name='brödtext'),
        ),
        migrations.AlterField(
            model_name='roledescription',
            name='role',
            field=models.CharField(choices=[('lead', 'Uppdragsansvarig'), ('county_lead', 'Länsansvarig'), ('subject_lead', 'Ansvarig för sakfrågor')], help_text='Rollen som beskrivs; varje roll beskrivs en gång.', max_length=20, unique=True, verbose_name='roll'),
        ),
        migrations.AlterField(
            model_name='roledescription',
            name='summary',
            field=models.TextField(blank=True, help_text='Vem som har rollen och vad den ansvarar för.', verbose_name='sammanfattning'),
        ),
        migrations.CreateModel(
            name='DialoguePhase',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.PositiveSmallIntegerField(help_text='Fasens nummer, 1–5, i den ordning faserna genomförs.', unique=True, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(5)], verbose_name='fas')),
                ('title', models.CharField(help_text='T.ex. Omvärldsbevakning och underlag.', max_length=120, verbose_name='rubrik')),
                ('description', models.TextField(blank=True, help_text='Vad som görs i fasen och vem som gör det.', verbose_name='beskrivning')),
            ],
            options={
                'verbose_name': 'dialogfas',
                'verbose_name_plural': 'dialogfaser',
                'ordering': ['number'],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='RegionDialoguePage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('date', models.DateField(help_text='Dagen då dialogmötet hålls eller hölls.', verbose_name='datum')),
                ('feedback', wagtail.fields.RichTextField(blank=True, help_text='Vad som återkopplats till regionen, teamet och berörda avdelningar.', verbose_name='återkoppling')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
                ('county', models.ForeignKey(help_text='Länet vars regionalt utvecklingsansvariga aktör dialogen förs med.', on_delete=django.db.models.deletion.PROTECT, related_name='dialogues', to='region_teams.county', verbose_name='län')),
                ('current_phase', models.ForeignKey(blank=True, help_text='Den fas av processen som dialogen befinner sig i nu.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.dialoguephase', verbose_name='aktuell fas')),
            ],
            options={
                'verbose_name': 'strategisk regiondialog',
                'verbose_name_plural': 'strategiska regiondialoger',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.CreateModel(
            name='FollowUpAction',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('description', models.TextField(help_text='Vad som ska göras, i en eller två meningar.', verbose_name='insats')),
                ('due_date', models.DateField(help_text='Datum då insatsen ska vara klar.', verbose_name='klart senast')),
                ('status', models.CharField(choices=[('planned', 'Planerad'), ('ongoing', 'Pågår'), ('done', 'Klar')], default='planned', help_text='Planerad, pågår eller klar. Klara insatser visas inte i översikten.', max_length=10, verbose_name='status')),
                ('owner', models.ForeignKey(blank=True, help_text='Personen på Tillväxtverket som ansvarar för insatsen.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='follow_up_actions', to='region_teams.contact', verbose_name='ansvarig')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='actions', to='region_teams.regiondialoguepage')),
            ],
            options={
                'verbose_name': 'insats',
                'verbose_name_plural': 'insatser',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='DialogueParticipant',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('name', models.CharField(help_text='Personens namn, eller myndighetens namn om okänt.', max_length=160, verbose_name='namn')),
                ('organisation', models.CharField(help_text='T.ex. Region Gotland eller Trafikverket.', max_length=160, verbose_name='organisation')),
                ('kind', models.CharField(choices=[('agency', 'Tillväxtverket'), ('region', 'Regionen'), ('invited_agency', 'Inbjuden nationell myndighet')], default='agency', help_text='Välj Inbjuden nationell myndighet för myndigheter som bjudits in.', max_length=20, verbose_name='deltar som')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='participants', to='region_teams.regiondialoguepage')),
            ],
            options={
                'verbose_name': 'deltagare',
                'verbose_name_plural': 'deltagare',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='DialogueIssue',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('subject', models.CharField(help_text='T.ex. Kompetensförsörjning.', max_length=120, verbose_name='sakområde')),
                ('description', models.TextField(help_text='Kort sammanfattning.', verbose_name='frågor som togs upp')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='subject_issues', to='region_teams.regiondialoguepage')),
            ],
            options={
                'verbose_name': 'sakfråga',
                'verbose_name_plural': 'sakfrågor',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='StaffAreaPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='En eller två meningar som sammanfattar sidan. Visas i listor och sökresultat.', verbose_name='ingress')),
                ('body', wagtail.fields.RichTextField(blank=True, help_text='Text överst på sidan för medarbetare.', verbose_name='brödtext')),
                ('content_owner', models.ForeignKey(blank=True, help_text='Personen som ansvarar för sidans innehåll. Visas längst ned på sidan.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='region_teams.contact', verbose_name='innehållsansvarig')),
            ],
            options={
                'verbose_name': 'område för medarbetare',
                'verbose_name_plural': 'områden för medarbetare',
            },
            bases=('wagtailcore.page',),
        ),
        migrations.RunPython(
            code=create_phases,
            reverse_code=migrations.RunPython.noop,
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='expire_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='expired',
            field=models.BooleanField(default=False, editable=False, verbose_name='expired'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='first_published_at',
            field=models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='go_live_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='go live date/time'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='has_unpublished_changes',
            field=models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='last_published_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='last published at'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='latest_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='live',
            field=models.BooleanField(default=True, editable=False, verbose_name='live'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='live_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='locked',
            field=models.BooleanField(default=False, editable=False, verbose_name='locked'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='locked_at',
            field=models.DateTimeField(editable=False, null=True, verbose_name='locked at'),
        ),
        migrations.AddField(
            model_name='countyresponsibility',
            name='locked_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by'),
        ),
        migrations.AddField(
            model_name='regiondialoguepage',
            name='last_reviewed',
            field=models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad'),
        ),
        migrations.AddField(
            model_name='regiondialoguepage',
            name='review_due',
            field=models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast'),
        ),
        migrations.AddField(
            model_name='regionteamindexpage',
            name='last_reviewed',
            field=models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad'),
        ),
        migrations.AddField(
            model_name='regionteamindexpage',
            name='review_due',
            field=models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast'),
        ),
        migrations.AddField(
            model_name='regionteampage',
            name='last_reviewed',
            field=models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad'),
        ),
        migrations.AddField(
            model_name='regionteampage',
            name='review_due',
            field=models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast'),
        ),
        migrations.AddField(
            model_name='staffareapage',
            name='last_reviewed',
            field=models.DateField(blank=True, editable=False, help_text='Sätts när sidan publiceras; visas publikt som Senast granskad.', null=True, verbose_name='senast granskad'),
        ),
        migrations.AddField(
            model_name='staffareapage',
            name='review_due',
            field=models.DateField(blank=True, help_text='När innehållsansvarig senast ska granska sidan. Lämnas tomt eller passerat sätts datumet till tolv månader efter publiceringen.', null=True, verbose_name='granskas senast'),
        ),
        migrations.RunPython(
            code=backfill_review_dates,
            reverse_code=migrations.RunPython.noop,
        ),
        migrations.AlterModelOptions(
            name='regionteamindexpage',
            options={'verbose_name': 'startsida strategiskt regionarbete', 'verbose_name_plural': 'översikter över regionarbetet'},
        ),
    ]
