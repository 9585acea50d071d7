"""The demo site's content for `load_demo_content`, in Swedish, as plain data.

The texts come from Tillväxtverket's public pages about the forum, the coordination and
follow-up work and the strategic regional work, with web-page debris removed. Anything those
pages do not say (meeting dates, members, county leads, documents, statistics) is example data
and says so.

Bodies are written in a small vocabulary (`heading`, `text`, `contact_card`, `link`,
`document_list`) that names contacts, pages and documents by natural key; the builder turns them
into StreamField data once those objects exist.
"""

import datetime

from editorial import roles


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def text(html):
    return ("rich_text", html)


def contact_card(name, role=""):
    return ("contact_card", {"contact": name, "role": role})


def link(label, slug, description=""):
    """A call to action pointing at the page with this slug directly under the home page."""
    return ("call_to_action", {"text": label, "page": slug, "description": description})


def document_list(title, document_titles):
    return ("document_list", {"heading": title, "documents": document_titles})


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# Names used in more than one place ---------------------------------------------------------

ANNA_EBENMARK = "Anna Ebenmark"
ULRIKA_ABERG = "Ulrika Åberg"
JOSEFINE_MAJEWSKI = "Josefine Majewski"
LARS_WIKSTROM = "Lars Wikström"
GUNILLA_NORDLOF = "Gunilla Nordlöf"
MONIKA_KVAL = "Monika Kväl"
INGRID_ARLTOFT_HENRIKSSON = "Ingrid Arltoft Henriksson"
ANNA_ELDESTRAND = "Anna Eldestrand"
DANIEL_FAHLANDER = "Daniel Fahlander"

FORUM_UNIT = "Forum för hållbar regional tillväxt och attraktionskraft"
FORUM_EMAIL = "forum@tillvaxtverket.se"
FORUM_PHONE = "08-681 77 39"
REGIONAL_GROWTH_UNIT = "Enheten för regionalt tillväxtarbete"
EXAMPLE_PDF_TEXT = "Exempeldokument – demodata för Regionportalen"

THEMES = [
    ("innovation-och-foretagande", "Innovation och företagande"),
    ("attraktiva-miljoer-och-tillganglighet", "Attraktiva miljöer och tillgänglighet"),
    ("kompetensforsorjning", "Kompetensförsörjning"),
    ("internationellt-samarbete", "Internationellt samarbete"),
]
THEME_TITLES = dict(THEMES)

# Site settings (the agency's contact details) -----------------------------------------------

PORTAL_SETTINGS = {
    "organisation": "Tillväxtverket",
    "unit": FORUM_UNIT,
    "postal_address": "Box 3034\n831 03 Östersund",
    "email": FORUM_EMAIL,
    "phone": FORUM_PHONE,
    "footer_text": (
        "<p>Regionportalen samlar Regeringens forum för regionerna och Tillväxtverkets "
        "strategiska regionarbete. Det här är en demowebbplats: möten, ledamöter och "
        "länsansvariga är exempeldata.</p>"
    ),
}

# People (the agency's addresses follow fornamn.efternamn@, so e-mail stays empty) -----------

CONTACTS = [
    {"name": ULRIKA_ABERG, "title": "Kansli", "unit": FORUM_UNIT, "phone": FORUM_PHONE},
    {
        "name": ANNA_EBENMARK,
        "title": "Uppdragsansvarig, kansliet för forum",
        "unit": REGIONAL_GROWTH_UNIT,
    },
    {
        "name": JOSEFINE_MAJEWSKI,
        "title": "Kansliet för forum; uppdragsansvarig södra",
        "unit": REGIONAL_GROWTH_UNIT,
    },
    {"name": LARS_WIKSTROM, "title": "Avdelningschef"},
    {"name": GUNILLA_NORDLOF, "title": "Generaldirektör"},
    {"name": MONIKA_KVAL, "title": "Uppdragsansvarig norr (tf) och mellan"},
    {
        "name": INGRID_ARLTOFT_HENRIKSSON,
        "title": "Innehållsansvarig, strategiskt regionarbete",
    },
    {"name": ANNA_ELDESTRAND, "unit": "Avdelningen Företag"},
    {"name": DANIEL_FAHLANDER, "title": "Kontaktperson, strategiskt regionarbete"},
]

EXAMPLE_TITLE = "Exempelperson (demodata)"
EXAMPLE_CONTACTS = [
    {"name": f"Exempelperson {suffix}", "title": EXAMPLE_TITLE}
    for suffix in ("Norr", "Mellan", "Södra", "Sakfrågor A", "Sakfrågor B")
]

# (county, contact, role, subject)
COUNTY_RESPONSIBILITIES = [
    ("Jämtland", "Exempelperson Norr", "county_lead", ""),
    ("Västernorrland", "Exempelperson Norr", "county_lead", ""),
    ("Uppsala", "Exempelperson Mellan", "county_lead", ""),
    ("Gotland", "Exempelperson Mellan", "county_lead", ""),
    ("Kronoberg", "Exempelperson Södra", "county_lead", ""),
    ("Blekinge", "Exempelperson Södra", "county_lead", ""),
    ("Norrbotten", "Exempelperson Sakfrågor A", "subject_lead", "Kompetensförsörjning"),
    ("Stockholm", "Exempelperson Sakfrågor A", "subject_lead", "Kompetensförsörjning"),
    ("Skåne", "Exempelperson Sakfrågor B", "subject_lead", "Innovation och företagande"),
]

# Each region names a majority and an opposition politician and one official.
MEMBER_TERM_START = datetime.date(2023, 1, 1)
MAJORITY = ("politicians", "majority", "Exempel: regionråd")
OPPOSITION = ("politicians", "opposition", "Exempel: oppositionsråd")
OFFICIAL = ("officials", "", "Exempel: regionutvecklingsdirektör")
FORUM_MEMBERS = [
    # (county, name, (forum, political side, title))
    ("Norrbotten", "Exempel Politiker A", MAJORITY),
    ("Norrbotten", "Exempel Politiker B", OPPOSITION),
    ("Norrbotten", "Exempel Tjänsteperson A", OFFICIAL),
    ("Stockholm", "Exempel Politiker C", MAJORITY),
    ("Stockholm", "Exempel Politiker D", OPPOSITION),
    ("Stockholm", "Exempel Tjänsteperson B", OFFICIAL),
    ("Skåne", "Exempel Politiker E", MAJORITY),
    ("Skåne", "Exempel Politiker F", OPPOSITION),
    ("Skåne", "Exempel Tjänsteperson C", OFFICIAL),
]

# Home page -----------------------------------------------------------------------------------

HOME = {
    "title": "Regionportalen",
    "owner": ANNA_EBENMARK,
    "intro": (
        "Tillväxtverket arbetar med att främja utvecklingskraft i alla delar av landet. Vi vill "
        "verka för att utnyttja den tillväxtpotential som finns i allt från glesbygd till "
        "storstäder. Företag ska kunna växa och utvecklas oavsett var de finns."
    ),
    "body": [
        heading("Regeringens forum för regionerna"),
        text(
            "<p>Vi samlar politiker och tjänstemän från regionerna för att diskutera frågor som "
            "är strategiskt viktiga för den regionala utvecklingen i hela landet. Tillväxtverket "
            "är kansli för forumet som heter Regeringens forum för regionerna.</p>"
        ),
        link("Om forumet och mötena", "forum"),
        heading("Vi lyssnar på regionerna"),
        text(
            "<p>Vi lyssnar på regionerna för att kunna möta varje regions unika behov. Vi kallar "
            "det strategiskt regionarbete.</p>"
        ),
        link("Strategiskt regionarbete", "strategiskt-regionarbete"),
        heading("Vi stödjer myndigheter"),
        text(
            "<p>Vi höjer statliga myndigheters kunskap om regionalt tillväxtarbete och "
            "tillväxtpolitik.</p>"
        ),
        link("Samordning och uppföljning", "samordning-och-uppfoljning"),
    ],
}

# The forum -----------------------------------------------------------------------------------

OM_KANSLIET = (
    "<p>Tillväxtverket är kansli för forum vilket bland annat innebär ansvar för "
    "kunskapsspridning och samordning mellan grupper och nätverk. Kansliet ligger på enheten för "
    "regionalt tillväxtarbete och består av Anna Ebenmark (uppdragsansvarig) samt Josefine "
    "Majewski.</p>"
)

FORUM = {
    "slug": "forum",
    "title": "Regeringens forum för regionerna",
    "owner": ANNA_EBENMARK,
    "intro": (
        "Regeringen inrättade i juli 2015 ett forum för hållbar regional tillväxt och "
        "attraktionskraft. Forumet är regeringens mötesplats med politiker och tjänstemän från "
        "alla 21 regioner."
    ),
    "body": [
        text(
            "<p>Målet med forumet är att göra det regionala tillväxtarbetet mer effektivt och "
            "resultatinriktat. Forumet möjliggör detta genom att ge tillfälle till ökad dialog, "
            "samverkan, lärande och kunskapsspridning mellan företrädare för regionerna, "
            "regeringen och berörda statliga myndigheter.</p>"
            "<p>Forumet möts åtta gånger per år under perioden 2015–2020, fyra möten för "
            "nominerade politiker och fyra för utvalda tjänstemän.</p>"
        ),
        heading("Forum för politiker och tjänstemän"),
        text(
            "<p>Forumet samlar regionala företrädare på både politisk nivå och "
            "tjänstemannanivå (regionutvecklingsdirektörer). Dessutom involveras relevanta "
            "statliga myndigheter som har betydelse för det regionala tillväxtarbetet. Även "
            "företrädare för regeringen deltar, det vill säga statssekreterare och statsråd.</p>"
            "<p>De regionala organisationerna utser högst två politiker till politikerforumet, "
            "en från den politiska majoriteten och en från oppositionen. Till "
            "tjänstemannaforumen utser de en ledamot.</p>"
        ),
        heading("Forumet ska bidra till att uppfylla den nationella strategin"),
        text(
            "<p>Varje möte har ett tema som bygger på regeringens prioriteringar i den "
            "nationella strategin för hållbar regional tillväxt och attraktionskraft för "
            "2015–2020:</p>" + bullets(*THEME_TITLES.values())
        ),
        heading("Kansliet"),
        text(
            "<p>Tillväxtverket har ett kansli för forumet som ansvarar för:</p>"
            + bullets(
                "Underlag inför mötena och organisera detsamma",
                "Säkerställa samordning mellan berörda arbetsgrupper, nätverk och andra "
                "relevanta aktörer och arbetet inom forumet",
                "Sprida kunskap från arbetet i forumet och relevanta arbetsgrupper, både externt "
                "och till ledamöterna i forumet",
            )
        ),
        heading("Om kansliet", "h3"),
        text(OM_KANSLIET),
        heading("Kontakt"),
        text(
            f"<p>{FORUM_UNIT}<br/>Tillväxtverket<br/>Box 3034<br/>831 03 Östersund<br/>"
            f'E-post: <a href="mailto:{FORUM_EMAIL}">{FORUM_EMAIL}</a></p>'
        ),
        contact_card(ULRIKA_ABERG, "Kansli"),
        contact_card(ANNA_EBENMARK, "Uppdragsansvarig, kansliet"),
    ],
}

# The national strategy's four priorities ----------------------------------------------------

THEME_INDEX = {
    "slug": "teman",
    "title": "Nationell strategi 2015–2020",
    "owner": ANNA_EBENMARK,
    "intro": (
        "Varje möte i forumet har ett tema som bygger på regeringens prioriteringar i den "
        "nationella strategin för hållbar regional tillväxt och attraktionskraft för 2015–2020."
    ),
    "body": (
        "<p>Forumet ska bidra till att uppfylla den nationella strategin. Strategin är också "
        "utgångspunkten för Tillväxtverkets årliga uppföljning av det regionala "
        "tillväxtarbetet.</p>"
    ),
}
THEME_INTRO = (
    "En av de fyra prioriteringarna i den nationella strategin för hållbar regional tillväxt och "
    "attraktionskraft 2015–2020. Här samlas forumets möten och rapporter med detta tema."
)

# Forum meetings: example data -----------------------------------------------------------------

# Each round has one theme: the officials meet two weeks before the politicians. Days count from
# the day the demo was first loaded; two rounds lie behind it and two ahead.
MEETING_ROUNDS = [
    {"theme": "innovation-och-foretagande", "days": -165, "documents": True},
    {"theme": "kompetensforsorjning", "days": -60, "digital": "officials"},
    {"theme": "attraktiva-miljoer-och-tillganglighet", "days": 45},
    {"theme": "internationellt-samarbete", "days": 140},
]
MEETING_FORUMS = {
    "politicians": {
        "label": "Politikerforum",
        "slug": "politikerforum",
        "days_before_round": 0,
        "times": (datetime.time(10, 0), datetime.time(15, 0)),
        "location": "Stockholm, Rosenbad",
        "participants": [
            ("agency", GUNILLA_NORDLOF, "generaldirektör, Tillväxtverket"),
            ("government", "Statssekreterare", "Regeringskansliet"),
        ],
    },
    "officials": {
        "label": "Tjänstemannaforum",
        "slug": "tjanstemannaforum",
        "days_before_round": 14,
        "times": (datetime.time(9, 30), datetime.time(15, 30)),
        "location": "Stockholm",
        "participants": [("agency", LARS_WIKSTROM, "avdelningschef, Tillväxtverket")],
    },
}
MEETING_DOCUMENT = "Exempelunderlag inför forummöte (demodata)"

# Video briefings after the forum (the agency's page: "korta videomöten på 30–45 minuter ... Nästa
# tillfälle är 24 maj, kl 09.00"): example data, one after each round's politicians' forum.
MEETING_BRIEFING = {
    "forum": "politicians",
    "days_after": 7,
    "time": datetime.time(9, 0),
    "duration": 45,
    "join_instructions": (
        "Exempeldata: anmäl dig till forum@tillvaxtverket.se så skickar kansliet länken till "
        "videomötet."
    ),
}


def meeting_intro(forum_label, theme):
    return (
        f"Exempeldata: datum, plats och innehåll är påhittade för att visa hur ett "
        f"{forum_label.lower()} med temat {theme.lower()} presenteras."
    )


def meeting_agenda(theme):
    return (
        bullets(
            "Välkommen och inledning",
            f"Temat {theme.lower()}: inspel från regionerna",
            "Aktuellt från regeringen och berörda statliga myndigheter",
            "Kansliet informerar om arbetsgrupper och nätverk",
            "Avslutning och nästa möte",
        )
        .replace("<ul>", "<ol>")
        .replace("</ul>", "</ol>")
    )


def meeting_outcome(theme):
    return (
        f"<p>Exempeldata: ledamöterna diskuterade temat {theme.lower()}. Forumet är inget "
        "beslutsforum i formell mening, men det som lyfts fungerar som inspel till pågående "
        "arbete inom det regionala tillväxtarbetet, pågående utredningar och kommande "
        "utredningar.</p><p>Kansliet sprider kunskap från mötet, bland annat genom korta "
        "videomöten på 30–45 minuter.</p>"
    )


# The strategic regional work -----------------------------------------------------------------

REGION_INDEX = {
    "slug": "strategiskt-regionarbete",
    "title": "Strategiskt regionarbete",
    "owner": INGRID_ARLTOFT_HENRIKSSON,
    "intro": (
        "Det strategiska regionarbetet organiseras i tre myndighetsövergripande team som ansvarar "
        "för sju län vardera."
    ),
    "body": (
        "<h2>Hur ska arbetet organiseras och genomföras?</h2>"
        "<p>De uppdragsansvariga på enheterna Regionalt tillväxtarbetet och Regional "
        "näringslivsutveckling, under avdelningen Regioner, ansvarar för att planera, koordinera "
        "och genomföra de strategiska regiondialogerna. För att kunna genomföra den insatsen är "
        "man beroende av den verksamhet som genomförs inom andra enheter eftersom det "
        "strategiska regionarbetet handlar om att kunna samla hela myndighetens erbjudande, för "
        "att möta regioners och i vissa fall kommuners behov på ett strategiskt sätt.</p>"
        "<p>Arbetet organiseras i tre myndighetsövergripande team som ansvarar för sju län "
        "vardera. I varje team finns tre huvudsakliga funktioner:</p>"
        "<ol><li>Uppdragsansvarig</li><li>Länsansvariga</li><li>Ansvariga för sakfrågor</li></ol>"
        "<h2>Varför strategiskt regionarbete?</h2>"
        "<p>Tillväxtverket ska i alla delar av landet främja hållbar näringslivsutveckling och "
        "hållbar regional tillväxt samt genomföra strukturfondsprogram. I arbetet ingår bland "
        "annat att stödja och genomföra insatser som främjar ett aktivt och regionalt "
        "tillväxtarbete i länen och att utveckla och förbättra förutsättningarna för dialog. "
        "Tillväxtverket ska även främja samarbete och lärande mellan olika relevanta aktörer på "
        "nationell, regional och lokal nivå.</p>"
        "<p>Genom att kraftsamla hela myndighetens arbete både inom den regionala "
        "tillväxtpolitiken och näringspolitiken och att använda våra verktyg kan vi göra "
        "skillnad och öka vår förmåga att möta regionala utmaningar och stärka den regionala "
        "näringslivsutvecklingen.</p>"
        "<h2>Vad är strategiskt regionarbete?</h2>"
        "<p>Det strategiska regionarbetet, som utvecklats och drivits på Tillväxtverket sedan "
        "2015, växlas nu upp ytterligare. Det är en egeninitierad insats som berör och "
        "involverar hela myndighetens verksamhet.</p>"
        "<p>Arbetet syftar till att öka regionalt utvecklingsansvarigas förutsättningar och "
        "förmåga att främja näringslivets förnyelseförmåga och företagens utveckling i stort. "
        "Genom strategiska dialoger ska Tillväxtverket stödja regioner att prioritera och göra "
        "vägval som leder till ett effektivare genomförande av det regionala tillväxtarbetet. "
        "Tillsammans med vårt nationella perspektiv tillför vi myndighetens samlade kunskap i "
        "genomförandet av den regionala tillväxtpolitiken och näringspolitiken.</p>"
        "<p>I det strategiska regionarbetet ingår att i samtliga län:</p>"
        + bullets(
            "Genomföra strategiska regiondialoger med regionalt utvecklingsansvarig aktör",
            "Vid behov bjuda in relevanta nationella myndigheter att delta i dialogerna",
            "Bedriva löpande omvärldsbevakning på nationell och regional nivå.",
            "Där vi anser det relevant, genomföra operativa insatser inom verksamheten sakfrågor.",
            "Där vi anser det relevant i nära samverkan med regionalt utvecklingsansvarig aktör "
            "finansiera särskilda strategiskt viktiga satsningar. I sammanhanget ska "
            "Tillväxtverket inta en aktiv och stödjande roll",
        )
    ),
}

TEAM_BODY = (
    "<p>I teamet finns tre huvudsakliga funktioner: uppdragsansvarig, länsansvariga och "
    "ansvariga för sakfrågor.</p>"
)
TEAMS = [
    {
        "slug": "norr",
        "title": "Norr",
        "team": "norr",
        "lead": MONIKA_KVAL,
        "lead_is_acting": True,
        "intro": (
            "Team Norr ansvarar för Norrbotten, Västerbotten, Jämtland, Västernorrland, Dalarna, "
            "Gävleborg och Värmland."
        ),
    },
    {
        "slug": "mellan",
        "title": "Mellan",
        "team": "mellan",
        "lead": MONIKA_KVAL,
        "lead_is_acting": False,
        "intro": (
            "Team Mellan ansvarar för Västmanland, Uppsala, Stockholm, Örebro, Sörmland, "
            "Östergötland och Gotland."
        ),
    },
    {
        "slug": "sodra",
        "title": "Södra",
        "team": "sodra",
        "lead": JOSEFINE_MAJEWSKI,
        "lead_is_acting": False,
        "intro": (
            "Team Södra ansvarar för Västra Götaland, Jönköping, Halland, Kronoberg, Skåne, "
            "Blekinge och Kalmar."
        ),
    },
]

ROLE_DESCRIPTIONS = {
    "lead": {
        "summary": (
            "De uppdragsansvariga på enheterna Regionalt tillväxtarbetet och Regional "
            "näringslivsutveckling, under avdelningen Regioner, ansvarar för att planera, "
            "koordinera och genomföra de strategiska regiondialogerna."
        ),
        "duties": [
            "Planera, leda, koordinera och tillsammans med relevant verksamhet genomföra de "
            "strategiska dialogerna i respektive län.",
            "Ansvara för att ta fram nationella underlag i sakfrågor från avdelningen Regioner.",
            "Sammanställa myndighetens nationella underlag i sakfrågorna.",
            "Inför de strategiska regiondialogerna, värdera och ta ställning till, ur ett "
            "nationellt perspektiv, om hur det regionala tillväxtarbetet och de regionala "
            "tillväxtprocesserna behöver utvecklas för att bidra till att skapa en långsiktigt "
            "attraktiv miljö för näringslivets utveckling.",
            "Vara kontaktperson för att bistå vid större varsel och omställningar i "
            "näringslivet, om myndigheten anser att det nödvändigt.",
            "Ansvara för att återkoppla till teamet och att följa upp eventuella insatser som "
            "initierats med anledning av dialogen.",
        ],
    },
    "county_lead": {
        "summary": "",
        "duties": [
            "Ansvara för den regionala omvärldsbevakningen",
            "Delta i regionala nätverk",
            "Vid behov, ta fram regionala underlag",
            "Delta i planering och vid behov, i genomförandet av de strategiska regiondialogerna",
            "Ha löpande kontakt med respektive län inom enhetens verksamhetsområde.",
        ],
    },
    "subject_lead": {
        "summary": "",
        "duties": [
            "Ansvara för att ta fram nationella underlag med bäring på avdelningarna Företag, "
            "Förenkling, Förvaltning och Kunskapsutvecklings verksamheter.",
            "Delta i förberedelsearbetet av de strategiska regiondialogerna att ta ställning i "
            "aktuella sakfrågor för aktuellt län.",
            "Ansvara för återkoppling till avdelningens verksamhet samt för att rätt enhet har "
            "kontakt med respektive län för att hantera sakfrågorna vidare, efter en strategisk "
            "dialog.",
            "Ansvara för att återkoppla löpande, till den region som funktionen ansvarar för, om "
            "genomförande och resultat av insatser som genomförts utifrån de strategiska "
            "regiondialogerna.",
        ],
    },
}

# Reports -------------------------------------------------------------------------------------

REPORT_INDEX = {
    "slug": "rapporter",
    "title": "Rapporter",
    "owner": ANNA_EBENMARK,
    "intro": "Rapporter om regionalt tillväxtarbete.",
    "body": (
        "<p>Tillväxtverket följer årligen upp det regionala tillväxtarbetet, på uppdrag av "
        "regeringen.</p><p>Fler rapporter från Tillväxtverket hittar du på sidan Publikationer "
        "på tillvaxtverket.se.</p>"
    ),
}
EXAMPLE_TAGS = "<p>Exempeldata: kopplingen till teman och län visar hur rapporter kan märkas.</p>"
REPORTS = [
    {
        "slug": "regionalt-tillvaxtarbete-2017",
        "title": (
            "Regionalt tillväxtarbete 2017 – Sammanställning av redovisningar om hållbart "
            "regionalt tillväxtarbete"
        ),
        "year": 2017,
        "kind": "follow_up",
        "intro": "Sammanställning av redovisningar om hållbart regionalt tillväxtarbete.",
        "summary": (
            "<p>Tillväxtverket följer årligen upp det regionala tillväxtarbetet, på uppdrag av "
            "regeringen. Vi synliggör på så vis regionernas arbete och utgör en del av "
            "regeringens styrning av politikområdet och redovisning till riksdagen.</p>"
            "<p>Exempeldata: PDF-filen är ett exempeldokument, inte den riktiga rapporten.</p>"
            + EXAMPLE_TAGS
        ),
        "document": "Regionalt tillväxtarbete 2017 (exempeldokument)",
        "themes": [slug for slug, _ in THEMES],
        "counties": [],
    },
    {
        "slug": "tillstand-och-trender-2018",
        "title": "Tillstånd och trender för regional tillväxt 2018",
        "year": 2018,
        "kind": "trends",
        "intro": "Tillstånd och trender för regional tillväxt.",
        "summary": EXAMPLE_TAGS,
        "document": None,
        "themes": ["innovation-och-foretagande", "kompetensforsorjning"],
        "counties": ["Norrbotten", "Västerbotten", "Jämtland"],
    },
    {
        "slug": "politik-for-utvecklingskraft-i-hela-sverige",
        "title": "Politik för utvecklingskraft i hela Sverige",
        "year": 2019,
        "kind": "strategy",
        "intro": (
            "Politik för utvecklingskraft i hela Sverige. Exempeldata: utgivningsåret 2019 är ett "
            "antagande."
        ),
        "summary": EXAMPLE_TAGS,
        "document": None,
        "themes": ["attraktiva-miljoer-och-tillganglighet"],
        "counties": [],
    },
]

# News: two interviews ------------------------------------------------------------------------

NEWS_INDEX = {
    "slug": "aktuellt",
    "title": "Aktuellt",
    "owner": ANNA_EBENMARK,
    "intro": "Nyheter och intervjuer om forumet och det strategiska regionarbetet.",
}

ARTICLES = [
    {
        "slug": "3-fragor-om-forum-inom-regional-tillvaxt",
        "title": "3 frågor om forum inom regional tillväxt",
        "date": datetime.date(2019, 5, 10),
        "owner": ANNA_EBENMARK,
        "intro": (
            "Hej Anna Ebenmark, som arbetar med Forum för hållbar regional tillväxt och "
            "attraktionskraft som myndigheten är kansli för."
        ),
        "body": [
            heading("Vad är det?"),
            text(
                "<p>– Forum samlar regionalt utvecklingsansvariga och regeringsföreträdare. "
                "Genom forum vill regeringen föra en kontinuerlig dialog om långsiktiga och "
                "strategiska frågor av betydelse för hållbar regional tillväxt och "
                "attraktionskraft.</p>"
            ),
            heading("På vilket sätt berör forum mig?"),
            text(
                "<p>– Målet med forum är att bidra till att det regionala tillväxtarbetet blir "
                "mer effektivt och resultatinriktat genom dessa ökade möjligheter till dialog, "
                "samverkan, lärande och kunskapsspridning. Det mesta som sägs och diskuteras där "
                "kan vara intressant för dig i slutändan. Det är inga beslutsforum i formell "
                "mening, men det som lyfts där fungerar som inspel till pågående arbete inom det "
                "regionala tillväxtarbetet, pågående utredningar och kommande utredningar.</p>"
                "<p>– Från Tillväxtverket deltar avdelningschef Lars Wikström på det som benämns "
                "tjänstemannaforum och generaldirektör Gunilla Nordlöf på politikerforum. "
                "Därutöver utgör vi kansli som bland annat innebär att ta fram underlag och "
                "samordna vissa nätverk och arbetsgrupper som knyts till forum.</p>"
            ),
            heading("Hur kan jag ta del av insikter och kunskap från forumen?"),
            text(
                "<p>– Om du är chef, sakkunnig eller berörs av området är du välkommen att ta "
                "del av information från senaste Tjänstemannaforum och Politikerforum via korta "
                "videomöten på 30–45 minuter. Nästa tillfälle är 24 maj, kl 09.00. Du kan också "
                "prenumerera på information. Mejla till "
                f'<a href="mailto:{FORUM_EMAIL}">{FORUM_EMAIL}</a> om du är intresserad!</p>'
            ),
            heading("Om kansliet"),
            text(OM_KANSLIET),
            contact_card(ANNA_EBENMARK, "Uppdragsansvarig, kansliet"),
        ],
    },
    {
        "slug": "vi-vassar-det-strategiska-regionarbetet",
        "title": "Vi vässar det strategiska regionarbetet",
        "date": datetime.date(2019, 11, 15),
        "owner": INGRID_ARLTOFT_HENRIKSSON,
        "intro": "Tillväxtverket har vässat arbetssättet inom det strategiska regionarbetet.",
        "body": [
            text(
                "<p>I sammanhanget är Tillväxtverkets samlade kunskap om respektive län centralt "
                "för att stärka regionernas arbete att främja näringslivets utveckling. Under "
                "2019 testades ett nytt arbetssätt inom det strategiska regionarbetet. "
                "Arbetssättet består av en process i fem olika faser.</p>"
                "<p>Anna Eldestrand arbetar på avdelningen Företag och är en av flera som aktivt "
                "deltar i det strategiska regionarbetet. Arbetet drivs av avdelningen "
                "Regioner.</p>"
            ),
            heading("Hej Anna, ett nytt arbetssätt låter spännande, vad är det nya?"),
            text(
                "<p>Jag upplever att det nu är enklare att förstå hur hela myndigheten kan bidra "
                "och tillsammans utveckla det strategiska regionarbetet. Det nya arbetssättet "
                "testas nu, och ambitionen är att på ett mer systematiskt sätt kunna lyfta "
                "kunskap och strategiska inspel från vår avdelning (Företag), om hur regionerna "
                "kan utveckla arbetet inom våra sakområden. Det nya arbetssättet ska också ge oss "
                "ökad förståelse om regionernas särskilda utmaningar och möjligheter, vilket är "
                "viktigt för att vi ska kunna utforma anpassade och effektiva insatser runt om i "
                "landet.</p>"
            ),
            heading("Kan du redan nu se några resultat från det nya arbetssättet?"),
            text(
                "<p>Det är för tidigt att se några tydliga resultat, men det handlar om att "
                "myndigheten skapar en struktur som synliggör och utvecklar vår avdelnings "
                "samlade kunskap om respektive län. Alla avdelningens insatser finns i ett "
                "regionalt sammanhang, därför är det angeläget att vi tydligare är delaktiga i "
                "det strategiska regionarbetet.</p>"
            ),
            heading("Har du något medskick i det fortsatta arbetet?"),
            text(
                "<p>Det strategiska regionarbetet är en process som berör hela myndigheten. "
                "Därför är det bra att arbetssättet fortsatt vidareutvecklas och tydliggörs, för "
                "att kunna fånga upp det som är strategiskt viktigt att lyfta i de regionala "
                "dialogerna.</p>"
                "<p>Det är naturligtvis extra viktigt att utveckla formerna för återkoppling från "
                "de strategiska dialogerna. Vi i sakverksamheterna ska ta med oss resultaten från "
                "dialogerna när vi genomför våra insatser.</p>"
            ),
            heading("Mer information"),
            text(
                "<p>För mer information om det strategiska regionarbetet se Team Strategiskt "
                "regionarbete på Sharepoint eller kontakta Josefine Majewski, Monika Kväl eller "
                "Daniel Fahlander.</p>"
            ),
            contact_card(JOSEFINE_MAJEWSKI, "Uppdragsansvarig södra"),
            contact_card(MONIKA_KVAL, "Uppdragsansvarig norr (tf) och mellan"),
            contact_card(DANIEL_FAHLANDER, "Strategiskt regionarbete"),
        ],
    },
]

# Standard pages under the home page, in the order they are created ----------------------------

STANDARD_PAGES = [
    {
        "slug": "ostersjostrategin",
        "title": "Samarbeta i Östersjöregionen",
        "owner": ANNA_EBENMARK,
        "show_in_menus": False,
        "intro": (
            "Vi samordnar Sveriges arbete med att uppfylla de tre målen inom EU:s strategi för "
            "Östersjöregionen: rädda havsmiljön, länka samman regionen och öka välståndet."
        ),
        "body": [
            heading("Strategins tre mål"),
            text(bullets("Rädda havsmiljön", "Länka samman regionen", "Öka välståndet")),
        ],
    },
    {
        "slug": "uppfoljning",
        "title": "Uppföljning av det regionala tillväxtarbetet",
        "owner": ANNA_EBENMARK,
        "show_in_menus": False,
        "intro": (
            "Tillväxtverket följer årligen upp det regionala tillväxtarbetet, på uppdrag av "
            "regeringen."
        ),
        "body": [
            text(
                "<p>Vi synliggör på så vis regionernas arbete och utgör en del av regeringens "
                "styrning av politikområdet och redovisning till riksdagen.</p>"
                "<p>Uppföljningsarbetets utgångspunkt är En nationell strategi för hållbar "
                "regional tillväxt och attraktionskraft 2015–2020. Uppföljningen består av:</p>"
                + bullets(
                    "ekonomisk uppföljning av politikområdets olika anslag",
                    "uppföljning av regional projektverksamhet",
                    "uppföljning av verksamheten inom de EU-program som myndigheten förvaltar",
                )
            ),
            heading("Statistik om regional utveckling"),
            text(
                "<p>Tillväxtverket har statistik om regional utveckling där du exempelvis kan "
                "välja län och år för jämförelse i interaktiva diagram. Här finns även resultat "
                "från olika undersökningar som genomförts.</p>"
            ),
            link("Rapporter om regionalt tillväxtarbete", "rapporter"),
        ],
    },
    {
        "slug": "om-webbplatsen",
        "title": "Om webbplatsen",
        "owner": ANNA_EBENMARK,
        "show_in_menus": False,
        "intro": (
            "Regionportalen är en demoportal byggd på Wagtail, med innehåll från Tillväxtverkets "
            "publika sidor."
        ),
        "body": [
            text(
                "<p>Portalen visar hur Regeringens forum för regionerna och det strategiska "
                "regionarbetet kan presenteras på webben. Den är byggd med Wagtail, ett "
                "publiceringssystem med öppen källkod.</p>"
                "<p>Texterna kommer från Tillväxtverkets publika sidor om forumet, om samordning "
                "och uppföljning och om det strategiska regionarbetet. Det som inte finns i de "
                "texterna, till exempel mötesdatum, ledamöter, länsansvariga och dokument, är "
                "exempeldata och är markerat som det.</p>"
            ),
        ],
    },
    {
        "slug": "personuppgifter",
        "title": "Behandling av personuppgifter",
        "owner": ANNA_EBENMARK,
        "show_in_menus": False,
        "intro": "Så behandlar vi din e-postadress när du kontaktar oss.",
        "body": [
            text(
                "<p>Om du fyller i din e-postadress sparas den hos Tillväxtverket, och det är vi "
                "som ansvarar för denna uppgift. Vi sparar e-postadressen endast för att kunna "
                "svara dig om du har en fråga. Läs mer om hur vi behandlar personuppgifter på "
                '<a href="https://tillvaxtverket.se/personuppgifter">'
                "tillvaxtverket.se/personuppgifter</a>.</p>"
            ),
        ],
    },
    {
        "slug": "samordning-och-uppfoljning",
        "title": "Samordning och uppföljning",
        "owner": ANNA_EBENMARK,
        "show_in_menus": True,
        "intro": HOME["intro"],
        "body": [
            text(
                "<p>Olika platser – regioner, tätorter, landsbygd – har olika förutsättningar för "
                "utveckling. Det som skiljer sig åt är exempelvis befolkningsstruktur, "
                "utbildningsnivå, näringslivets sammansättning och tillgången till "
                "naturresurser.</p>"
                "<p>Vi stöttar regionala aktörer i deras tillväxtarbete och ser till att "
                "nationella och regionala aktörer samarbetar väl. Vi har en central roll i att "
                "samordna och skapa forum för dialog.</p>"
            ),
            heading("Vi lyssnar på regionerna"),
            text(
                "<p>Vi lyssnar på regionerna för att kunna möta varje regions unika behov. Vi "
                "kallar det strategiskt regionarbete.</p>"
            ),
            link("Strategiskt regionarbete", "strategiskt-regionarbete"),
            heading("Vi stödjer myndigheter"),
            text(
                "<p>Vi höjer statliga myndigheters kunskap om regionalt tillväxtarbete och "
                "tillväxtpolitik.</p>"
            ),
            heading("Regeringens forum för regionerna"),
            text(
                "<p>Vi samlar politiker och tjänstemän från regionerna för att diskutera frågor "
                "som är strategiskt viktiga för den regionala utvecklingen i hela landet. "
                "Tillväxtverket är kansli för forumet som heter Regeringens forum för "
                "regionerna.</p>"
            ),
            link("Regeringens forum för regionerna", "forum"),
            heading("Samarbeta i Östersjöregionen"),
            text(
                "<p>Vi samordnar Sveriges arbete med att uppfylla de tre målen inom EU:s strategi "
                "för Östersjöregionen: rädda havsmiljön, länka samman regionen och öka "
                "välståndet.</p>"
            ),
            link("Samarbeta i Östersjöregionen", "ostersjostrategin"),
            heading("Vi följer upp det regionala tillväxtarbetet"),
            text(
                "<p>Tillväxtverket följer årligen upp det regionala tillväxtarbetet, på uppdrag "
                "av regeringen. Vi synliggör på så vis regionernas arbete och utgör en del av "
                "regeringens styrning av politikområdet och redovisning till riksdagen.</p>"
            ),
            link("Uppföljning av det regionala tillväxtarbetet", "uppfoljning"),
            heading("Rapporter om regionalt tillväxtarbete"),
            text(bullets(*(report["title"] for report in REPORTS))),
            link("Alla rapporter", "rapporter"),
            heading("Statistik om regional utveckling"),
            text(
                "<p>Tillväxtverket har statistik om regional utveckling där du exempelvis kan "
                "välja län och år för jämförelse i interaktiva diagram. Här finns även resultat "
                "från olika undersökningar som genomförts.</p>"
            ),
        ],
    },
]

# Demo accounts (the password is set only when an account is created) --------------------------

DEMO_PASSWORD = "demo1234"  # noqa: S105 - demo accounts only, printed as such

DEMO_USERS = [
    # (username, first name, last name, group, superuser)
    ("admin", "Demo", "Webbadministratör", roles.WEB_ADMIN, True),
    ("redaktor", "Demo", "Redaktör", roles.EDITOR, False),
    ("kansli", "Demo", "Kansli", roles.SECRETARIAT, False),
    ("innehallsansvarig", "Demo", "Innehållsansvarig", roles.CONTENT_OWNER, False),
    ("medarbetare", "Demo", "Medarbetare", roles.STAFF, False),
]
# Every page owner needs an account for the approval workflow: the forum's, themes' and reports'
# owner approves as `admin`; `innehallsansvarig` owns the regional work's pages.
DEMO_USER_CONTACTS = {"innehallsansvarig": INGRID_ARLTOFT_HENRIKSSON, "admin": ANNA_EBENMARK}


# Staff area: strategic region dialogues ------------------------------------------------------

STAFF_AREA = {
    "slug": "for-medarbetare",
    "title": "För medarbetare",
    "owner": INGRID_ARLTOFT_HENRIKSSON,
    "show_in_menus": False,
    "intro": (
        "Internt område för det strategiska regionarbetet: regiondialogerna med länen och "
        "uppföljningen av de insatser som kommits överens om. Sidorna syns bara för inloggade "
        "medarbetare."
    ),
    "body": (
        "<p>Arbetssättet består av en process i fem faser, från omvärldsbevakning till "
        "uppföljning av insatser. Dialogerna nedan är <strong>exempeldata</strong> som visar "
        "hur dialoger, deltagare, sakfrågor, insatser och återkoppling dokumenteras.</p>"
    ),
}
# The staff's own files: in the collection only the staff groups may see (docs/operations.md,
# "Private files"), shown on a page in the staff area.
STAFF_COLLECTION = "Personal"
STAFF_DOCUMENT = "Mall för dialogprotokoll (exempel, internt)"
STAFF_IMAGE = "Processens fem faser (exempelbild, intern)"
STAFF_FILES_PAGE = {
    "slug": "interna-underlag",
    "title": "Interna underlag",
    "owner": INGRID_ARLTOFT_HENRIKSSON,
    "show_in_menus": False,
    "intro": "Mallar och bilder för regiondialogerna, bara för medarbetare.",
    "body": [
        text(
            "<p>Filerna på den här sidan ligger i samlingen Personal och visas bara för "
            "inloggade medarbetare.</p>"
        ),
        document_list("Mallar", [STAFF_DOCUMENT]),
        (
            "image",
            {
                "image": STAFF_IMAGE,
                "alt_text": "Processens fem faser, från omvärldsbevakning till uppföljning.",
                "caption": "Exempelbild.",
            },
        ),
    ],
}
EXAMPLE_DIALOGUE_NOTE = "Exempeldata: en påhittad dialog som visar hur området används."

# Each dialogue: "days" is counted from the day the demo is loaded; actions' "due" likewise.
# Participant kinds: agency (Tillväxtverket), region, invited_agency (inbjuden myndighet).
DIALOGUES = [
    {
        "slug": "dialog-gotland",
        "title": "Strategisk regiondialog med Region Gotland (exempel)",
        "county": "Gotland",
        "days": -40,
        "phase": 4,
        "participants": [
            (MONIKA_KVAL, "Tillväxtverket", "agency"),
            ("Exempelperson Mellan", "Tillväxtverket", "agency"),
            ("Exempel: regionutvecklingsdirektör", "Region Gotland", "region"),
            ("Exempel: handläggare", "Trafikverket", "invited_agency"),
        ],
        "issues": [
            (
                "Kompetensförsörjning",
                "Svårt att rekrytera till vård och besöksnäring; behov av regionalt "
                "kompetensråd med näringslivet.",
            ),
            (
                "Attraktiva miljöer och tillgänglighet",
                "Färjetrafikens betydelse för företagens tillgänglighet året runt.",
            ),
        ],
        "actions": [
            (
                "Sammanställa nationellt underlag om kompetensförsörjning för öregioner.",
                "Exempelperson Mellan",
                20,
                "ongoing",
            ),
            (
                "Förmedla kontakt med Trafikverket om tillgänglighetsanalys.",
                MONIKA_KVAL,
                -5,
                "planned",
            ),
            ("Skicka minnesanteckningar till regionen.", MONIKA_KVAL, -30, "done"),
        ],
        "feedback": (
            "<p>Minnesanteckningar och en sammanfattning av myndighetens ställningstaganden "
            "skickades till Region Gotland två veckor efter dialogen. Avdelningen Företag har "
            "fått återkoppling om sakfrågan kompetensförsörjning.</p>"
        ),
    },
    {
        "slug": "dialog-norrbotten",
        "title": "Strategisk regiondialog med Region Norrbotten (exempel)",
        "county": "Norrbotten",
        "days": 30,
        "phase": 2,
        "participants": [
            (MONIKA_KVAL, "Tillväxtverket", "agency"),
            ("Exempelperson Sakfrågor A", "Tillväxtverket", "agency"),
            ("Exempel: regional utvecklingschef", "Region Norrbotten", "region"),
            ("Exempel: handläggare", "Energimyndigheten", "invited_agency"),
        ],
        "issues": [
            (
                "Innovation och företagande",
                "Den gröna industriomställningen och leverantörsföretagens möjligheter.",
            ),
        ],
        "actions": [
            (
                "Ta fram regionalt underlag om etableringarna i länet inför dialogen.",
                "Exempelperson Norr",
                14,
                "ongoing",
            ),
            (
                "Bjuda in Energimyndigheten och stämma av dagordningen.",
                MONIKA_KVAL,
                7,
                "planned",
            ),
        ],
        "feedback": "",
    },
    {
        "slug": "dialog-skane",
        "title": "Strategisk regiondialog med Region Skåne (exempel)",
        "county": "Skåne",
        "days": -120,
        "phase": 5,
        "participants": [
            (JOSEFINE_MAJEWSKI, "Tillväxtverket", "agency"),
            ("Exempelperson Sakfrågor B", "Tillväxtverket", "agency"),
            ("Exempel: regiondirektör", "Region Skåne", "region"),
            ("Exempel: handläggare", "Vinnova", "invited_agency"),
        ],
        "issues": [
            (
                "Innovation och företagande",
                "Samordning av innovationsstöd mellan region och nationella aktörer.",
            ),
            ("Internationellt samarbete", "Skånes roll i Öresundssamarbetet."),
        ],
        "actions": [
            (
                "Följa upp samordningen av innovationsstöd med Vinnova och regionen.",
                JOSEFINE_MAJEWSKI,
                45,
                "ongoing",
            ),
            (
                "Återrapportera resultatet till avdelningen Företag.",
                "Exempelperson Sakfrågor B",
                -60,
                "done",
            ),
        ],
        "feedback": (
            "<p>Regionen fick en skriftlig återkoppling med de insatser som kommits överens om. "
            "Uppföljning sker vid nästa dialog.</p>"
        ),
    },
]


# Accessibility statement (DIGG's recommended structure) with a form for reporting problems ---

ACCESSIBILITY_STATEMENT = {
    "slug": "tillganglighet",
    "title": "Tillgänglighet för Regionportalen",
    "owner": ANNA_EBENMARK,
    "show_in_menus": False,
    "intro": (
        "Tillväxtverket står bakom den här webbplatsen. Vi vill att så många som möjligt ska "
        "kunna använda den. Här beskriver vi hur Regionportalen uppfyller lagen om "
        "tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du "
        "kan rapportera brister till oss så att vi kan åtgärda dem."
    ),
    "body": [
        heading("Hur tillgänglig är webbplatsen?"),
        text(
            "<p>Vi är medvetna om att delar av webbplatsen inte är helt tillgängliga. Se "
            "avsnittet om innehåll som inte är tillgängligt nedan.</p>"
        ),
        heading("Vad kan du göra om du inte kan använda delar av webbplatsen?"),
        text(
            "<p>Om du behöver innehåll från Regionportalen som inte är tillgängligt för dig, men "
            "som är undantaget från lagens tillämpningsområde enligt beskrivning nedan, kan du "
            "meddela oss via formuläret längst ned på sidan, e-post "
            '<a href="mailto:forum@tillvaxtverket.se">forum@tillvaxtverket.se</a> eller telefon '
            "08-681 77 39. Vi svarar inom fem arbetsdagar.</p>"
        ),
        heading("Rapportera brister i webbplatsens tillgänglighet"),
        text(
            "<p>Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du "
            "upptäcker problem som inte är beskrivna på den här sidan, eller om du anser att vi "
            "inte uppfyller lagens krav, meddela oss via formuläret nedan så att vi får veta att "
            "problemet finns.</p>"
        ),
        heading("Tillsyn"),
        text(
            "<p>Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn för lagen om "
            "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar "
            "dina synpunkter kan du "
            '<a href="https://www.digg.se/tdosanmalan">kontakta Digg och påtala det</a>.</p>'
        ),
        heading("Teknisk information om webbplatsens tillgänglighet"),
        text(
            "<p>Den här webbplatsen är delvis förenlig med lagen om tillgänglighet till digital "
            "offentlig service, på grund av de brister som beskrivs nedan.</p>"
        ),
        heading("Innehåll som inte är tillgängligt", "h3"),
        text(
            "<p>Äldre rapporter och underlag i pdf-format uppfyller inte alltid kraven, till "
            "exempel saknar vissa dokument rubrikstruktur eller alternativtexter. Vi skickar "
            "dokumenten i tillgängligt format om du ber om det.</p>"
        ),
        heading("Hur vi testat webbplatsen"),
        text(
            "<p>Vi testar webbplatsen automatiskt med verktyget axe i en riktig webbläsare vid "
            "varje ändring, mot WCAG 2.1 nivå AA, och gör manuella kontroller av "
            "tangentbordsnavigering och fokusmarkering. Exempeldata: redogörelsen är en del av "
            "demoinnehållet och ska uppdateras med datum för senaste bedömningen.</p>"
        ),
    ],
    "form_heading": "Rapportera brister i tillgängligheten",
    "thank_you_text": (
        "<p>Tack för att du hjälper oss att göra webbplatsen bättre. Vi läser alla "
        "meddelanden och svarar inom fem arbetsdagar om du har lämnat en e-postadress.</p>"
    ),
    # (label, field type, required, help text)
    "fields": [
        ("Sidans adress", "singleline", False, "Adressen till sidan där problemet finns."),
        ("Beskriv problemet", "multiline", True, "Vad som inte fungerade och hur du märkte det."),
        ("Din e-postadress", "email", False, "Om du vill ha svar. Vi sparar den bara för svaret."),
    ],
}

# Search promotions (admin → Inställningar → Premierade sökresultat): query → why the forum's page.
SEARCH_PROMOTIONS = [
    ("forum", "Allt om forumet: kommande möten, teman och vilka som deltar."),
    ("möten", "Forumets kommande och genomförda möten."),
]

# Subscriptions: the page at /prenumerera/ -----------------------------------------------------

SUBSCRIPTION_PAGE = {
    "slug": "prenumerera",
    "title": "Prenumerera på utskick",
    "owner": ANNA_EBENMARK,
    "show_in_menus": False,
    "intro": (
        "Få ett mejl när forumet har ett nytt möte, när en rapport publiceras eller när kansliet "
        "bjuder in till ett informationsmöte. Du väljer själv vad du vill ha."
    ),
    "body": (
        "<p>Du får högst ett mejl per nytt möte, rapport eller informationsmöte, även om det "
        "passar flera av dina val. Varje mejl har en länk där du ändrar dina val och en där du "
        "avslutar prenumerationen. Du behöver inget konto.</p>"
    ),
}

# Statistics: one dataset that is plainly example data, and /statistik/ -----------------------

# The values are made up on purpose and look it: round numbers on a straight line (each county
# 100 plus 10 per place in the county list, plus 5 a year; Riket 200 plus 5 a year), so nobody
# can take them for official statistics.
STATISTICS_YEARS = range(2015, 2025)
DATASET = {
    "name": "Exempeldata – påhittat utvecklingsindex",
    "unit": "indexpoäng",
    "decimals": 0,
    "source": "Exempeldata, inte officiell statistik",
    "licence": "CC0 1.0",
    "description": (
        "Exempeldata för att visa hur statistiksidan fungerar. Siffrorna är påhittade runda tal "
        "och är inte officiell statistik – använd dem inte. Riktig statistik importeras från "
        "SCB:s statistikdatabas som en CSV-fil i redigeringsgränssnittet."
    ),
    "chart_kind": "line",
}
STATISTICS_PAGE = {
    "slug": "statistik",
    "title": "Statistik om regional utveckling",
    "owner": INGRID_ARLTOFT_HENRIKSSON,
    "show_in_menus": True,
    "intro": (
        "Välj län och år och jämför utvecklingen i diagram och tabell, eller ladda ned "
        "siffrorna. Just nu visas exempeldata."
    ),
    "body": (
        "<p>Diagrammen visar samma siffror som tabellerna under dem. Utan JavaScript är "
        "diagrammen bilder; med JavaScript kan du visa och dölja län och se varje värde med mus "
        "eller tangentbord.</p>"
    ),
}


def example_value(place, year):
    """Riket (place None) 200, county number `place` (0-based) 100 + 10 × place; +5 a year."""
    start = 200 if place is None else 100 + 10 * place
    return start + 5 * (year - STATISTICS_YEARS[0])
