"""Hostile GET parameters and POST forms against every public route of the demo site.

Usage: make fuzz   (or: .venv/bin/python bench/fuzz.py [--requests 10000] [--seed 1]
                    [--max-seconds 1200] [--database-url postgres://…])
Builds the demo content in a throw-away database (SQLite; with --database-url, Django's
`test_<name>` beside that database, dropped at the end; SEARCH_BACKEND picks the search
backend as for the portal), indexes it, then sends seeded random
requests through Django's test client in this process (DEBUG off, exceptions turned into 500
responses as in production): hostile values (empty, huge, unicode, NUL, invalid UTF-8, SQL and
HTML, negative and overflowing numbers, repeated parameters, wrong types) mixed with valid ones so
that the code behind a valid filter runs too. POST forms go both with and without the CSRF check.
Prints the statuses per route and every 5xx with its URL and exception; exit status 1 on any 5xx.
"""

import argparse
import logging
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOSTILE = [
    "",
    " ",
    "0",
    "-1",
    "1",
    "-0",
    "+1",
    "1.5",
    "1e309",
    "NaN",
    "inf",
    "0x1f",
    str(2**31),
    str(2**63),
    "9" * 40,
    "-" + "9" * 40,
    "²",  # str.isdigit() but not int()
    "١٢٣",  # Arabic-Indic digits: int() reads them
    "A" * 10_000,
    "å" * 3_000,
    "\x00",
    "a\x00b",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page;--",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "{{7*7}}{% debug %}",
    "%",
    "%%",
    "%s%n",
    "../../../../etc/passwd",
    "😀" * 50,
    "\u202eevil",
    "\ufeff",
    "   ",
    "\r\nSet-Cookie: x=1",
    "true",
    "null",
    "[]",
    "{}",
    "*",
    "?",
    "&",
    "=",
    "-",
    "__",
    "_",
    ",",
    ",,",
    "id",
    "-id",
    "random",
    "title,-title",
    '"',
    "\\",
    "AND OR NOT",
    '"unclosed phrase',
    "(((",
    "a:b",
    "*:*",
    "~1",
    "^",
]
RAW_BYTES = [b"\xff\xfe", b"\xc0\xaf", b"\xed\xa0\x80", b"caf\xe9", b"\x80" * 100]
UNKNOWN_PARAMETERS = ["x", "page", "sida", "utm_source", "format", "callback", "__proto__"]


@dataclass
class Route:
    name: str
    paths: list  # the concrete paths to choose from
    params: dict = field(default_factory=dict)  # name → valid values
    method: str = "GET"
    client: str = "anonymous"


def setup_django(workdir, database_url):
    """Settings, the database, the demo and its index. Returns the configured database's name
    when a throw-away one was created beside it (to drop it by), else None."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir}/fuzz.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    original = connection.settings_dict["NAME"] if database_url else None
    if original:  # migrates the new database
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    else:
        call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("update_index", verbosity=0)
    return original


def demo_facts():
    """Valid values from the demo content, so fuzzed requests also reach past the validation."""
    from wagtail.models import Page, Revision

    from forum_pages.models import ForumMeetingBriefing, ForumMeetingPage, StrategyThemePage
    from region_teams.models import County
    from regional_statistics.models import Dataset

    live = list(Page.objects.live().exclude(depth=1).specific())
    return {
        "pages": [p.url for p in live if p.url],
        "page_ids": [str(p.pk) for p in live],
        "revision_ids": [str(r) for r in Revision.objects.values_list("pk", flat=True)[:200]],
        "themes": [str(pk) for pk in StrategyThemePage.objects.values_list("pk", flat=True)],
        "counties": list(County.objects.values_list("slug", flat=True)),
        "datasets": [str(pk) for pk in Dataset.objects.values_list("pk", flat=True)],
        "meetings": [m.url for m in ForumMeetingPage.objects.live()],
        "briefings": [
            f"{b.page.url}informationsmote-{b.pk}.ics"
            for b in ForumMeetingBriefing.objects.select_related("page")
        ],
    }


def subscriber_tokens():
    """Real tokens of a confirmed subscriber, for each purpose, to mutate and to use as they are."""
    from django.utils import timezone

    from subscriptions import tokens
    from subscriptions.subscribers import Subscriber

    subscriber, _ = Subscriber.objects.get_or_create(
        email="fuzz@example.org", defaults={"confirmed_at": timezone.now(), "meetings": True}
    )
    return [
        tokens.make_token(subscriber, purpose)
        for purpose in (tokens.CONFIRM, tokens.MANAGE, tokens.UNSUBSCRIBE)
    ]


def accessibility_fields():
    from home.models import FormPage

    page = FormPage.objects.live().first()
    return page.url, {
        f.clean_name: ["ja", "Nej", "namn@exempel.se"] for f in page.get_form_fields()
    }


def routes(facts, token_pool):
    years = [str(y) for y in range(2010, 2031)]
    meetings, pages = facts["meetings"], facts["pages"]
    form_path, form_fields = accessibility_fields()
    topics = {
        "meetings": ["on", "1"],
        "reports": ["on"],
        "briefings": ["on"],
        "themes": facts["themes"],
        "counties": [str(i) for i in range(1, 25)],
    }
    api = {
        "limit": ["1", "20", "100", "101"],
        "offset": ["0", "5", "1000"],
        "fields": ["*", "title", "_,title", "-title", "body", "parent", "owner", "title(body)"],
        "order": ["title", "-title", "random", "id", "-first_published_at", "nonexistent"],
        "search": ["regionerna", "forum", "tillväxt"],
        "search_operator": ["and", "or", "xor"],
        "rich_text_format": ["html", "raw"],
    }
    page_api = {
        **api,
        "type": [
            "forum_pages.ReportPage",
            "forum_pages.ForumMeetingPage",
            "wagtailcore.Page",
            "auth.User",
            "nope.Nope",
            "forum_pages",
        ],
        "child_of": [*facts["page_ids"], "root"],
        "descendant_of": facts["page_ids"],
        "ancestor_of": facts["page_ids"],
        "translation_of": facts["page_ids"],
        "locale": ["sv", "en", "xx"],
        "site": ["testserver", "localhost:80"],
        "theme": facts["themes"],
        "county": facts["counties"],
        "html_path": pages,
    }
    api_ids = [f"/api/v2/pages/{pk}/" for pk in facts["page_ids"]]
    token_paths = [
        f"/prenumerera/{step}/{token}/"
        for step in ("bekrafta", "andra", "avsluta")
        for token in token_pool
    ]
    return [
        Route(
            "forum",
            ["/forum/"],
            {
                "forum": ["PF", "TF", "pf"],
                "theme": facts["themes"],
                "year": years,
                "sida": ["1", "2", "last"],
            },
        ),
        Route(
            "reports",
            ["/rapporter/"],
            {
                "year": years,
                "kind": ["rapport", "analys"],
                "theme": facts["themes"],
                "county": facts["counties"],
                "sida": ["1", "2", "last"],
            },
        ),
        Route("news", ["/aktuellt/"], {"sida": ["1", "2", "last"]}),
        Route("feeds", ["/aktuellt/flode/", "/rapporter/flode/"], {"sida": ["1"]}),
        Route(
            "statistics",
            ["/statistik/", "/statistik/data.csv"],
            {
                "lan": [*facts["counties"], "riket"],
                "fran": years,
                "till": years,
                "dataset": facts["datasets"],
            },
        ),
        Route(
            "search",
            ["/sok/"],
            {
                "q": [
                    "regionerna",
                    "forum möten",
                    '"regionalt tillväxtarbete"',
                    "Sörmland",
                    "zeppelinarmatur",
                ],
                "sida": ["1", "2", "last"],
                "typ": ["reportpage", "articlepage"],
                "tema": facts["themes"],
                "lan": facts["counties"],
                "ar": years,
            },
        ),
        Route("suggestions", ["/sok/forslag/"], {"q": ["re", "for", "tillv", "s"]}),
        Route("api-pages", ["/api/v2/pages/", "/api/v2/pages/find/", *api_ids[:5]], page_api),
        Route(
            "api-other",
            [
                "/api/v2/images/",
                "/api/v2/documents/",
                "/api/v2/lan/",
                "/api/v2/forumledamoter/",
                "/api/v2/lan/1/",
                "/api/v2/images/999999/",
            ],
            api,
        ),
        Route(
            "calendars",
            ["/forum/moten.ics", *[f"{m}kalender.ics" for m in meetings], *facts["briefings"]],
            {"x": ["1"]},
        ),
        Route("sitemap", ["/sitemap.xml", "/robots.txt"], {"p": ["1", "2"], "section": ["x"]}),
        Route(
            "region-work",
            [
                "/strategiskt-regionarbete/",
                "/strategiskt-regionarbete/lan/",
                "/strategiskt-regionarbete/lan/gotland/",
                "/strategiskt-regionarbete/norr/",
            ],
            {"sida": ["1"]},
        ),
        Route("pages", pages, {"sida": ["1"], "q": ["x"]}),
        Route("versions", [f"{p}versioner/" for p in pages[:15]], {"sida": ["1"]}),
        Route("version", [f"{p}versioner/{{id}}/" for p in pages[:15]], {}),
        Route(
            "staff",
            ["/for-medarbetare/"],
            {"sortera": ["due_date", "county", "owner", ""]},
            client="staff",
        ),
        Route("subscription-links", token_paths, {"sparat": ["1"]}),
        Route("subscription-links-post", token_paths, topics, method="POST"),
        Route(
            "subscribe-post",
            ["/prenumerera/"],
            {
                **topics,
                "email": ["namn@exempel.se", "a@b", "x@example.org"],
                "consent": ["on"],
                "website": ["", "http://spam"],
            },
            method="POST",
        ),
        Route("accessibility-post", [form_path], form_fields, method="POST"),
        Route(
            "unknown-paths",
            [
                "/{garbage}/",
                "/forum/{garbage}/",
                "/prenumerera/{garbage}/",
                "/strategiskt-regionarbete/lan/{garbage}/",
                "/api/v2/{garbage}/",
                "/{garbage}.ics",
                "/statistik/{garbage}.csv",
            ],
            {},
        ),
    ]


class Fuzzer:
    def __init__(self, rng, token_pool):
        self.rng = rng
        self.token_pool = token_pool

    def value(self, valid, hostility):
        """A valid value, a hostile one, random unicode, or raw bytes that are not UTF-8."""
        if valid and self.rng.random() > hostility:
            return self.rng.choice(valid)
        roll = self.rng.random()
        if roll < 0.75:
            return self.rng.choice(HOSTILE)
        if roll < 0.9:
            return self.random_text()
        return self.rng.choice(RAW_BYTES)

    def random_text(self):
        length = self.rng.choice([1, 2, 5, 20, 200])
        points = [self.rng.randrange(1, 0x2FFFF) for _ in range(length)]
        return "".join(chr(p) for p in points if not 0xD800 <= p <= 0xDFFF)

    def pairs(self, params):
        """[(name, value)]: a random subset of the route's parameters, some repeated, some
        unknown."""
        # Mostly valid requests with one odd value reach deeper than all-hostile ones.
        hostility = self.rng.choice([0.05, 0.2, 0.5, 1.0])
        # About three parameters at a time: with all of them one is nearly always refused.
        chance = min(0.55, 3 / max(len(params), 1))
        pairs = []
        for name, valid in params.items():
            if self.rng.random() < chance:
                repeats = self.rng.choice([1, 1, 1, 2, 3, 30])
                pairs += [(name, self.value(valid, hostility)) for _ in range(repeats)]
        if self.rng.random() < 0.1:
            pairs.append((self.rng.choice(UNKNOWN_PARAMETERS), self.value([], 1.0)))
        self.rng.shuffle(pairs)
        return pairs

    def path(self, route):
        path = self.rng.choice(route.paths)
        if "{id}" in path:
            path = path.replace("{id}", self.rng.choice(["1", "0", "99", str(2**63), "9" * 30]))
        if "{garbage}" in path:
            path = path.replace("{garbage}", self.path_segment())
        if route.name.startswith("subscription-links") and self.rng.random() < 0.7:
            path = self.mangle_token(path)
        return path

    def path_segment(self):
        return self.rng.choice(
            ["x", "a" * 300, "%00", "..", "%2e%2e", "åäö", "-", "_", "x.y", quote("😀"), "%ff"]
        )

    def mangle_token(self, path):
        """The token of a subscription link replaced by garbage or a tampered real token."""
        prefix, token = path.rstrip("/").rsplit("/", 1)
        real = self.rng.choice(self.token_pool)
        garbage = self.rng.choice(
            [
                "",
                "x",
                "0" * 32,
                "a" * 75,
                "a" * 81,
                "z" * 5000,
                real[:-1] + ("A" if real[-1] != "A" else "B"),
                real[:32] + "-" * (len(real) - 32),
                real[::-1],
                real + real,
                "%00" * 10,
                quote("åäö" * 30),
            ]
        )
        if not garbage:
            return prefix + "//"
        return f"{prefix}/{garbage}/"


def query_string(pairs):
    """Built by hand: Django's client would refuse or re-encode raw bytes that are not UTF-8."""
    return "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs)


def send(clients, route, fuzzer):
    """One request; (method, url, response)."""
    path = fuzzer.path(route)
    pairs = fuzzer.pairs(route.params)
    if route.method == "GET":
        url = f"{path}?{query_string(pairs)}" if pairs else path
        return "GET", url, clients[route.client].get(url)
    client = clients["csrf"] if fuzzer.rng.random() < 0.25 else clients["anonymous"]
    body = query_string(pairs)
    # A new address each time: otherwise the form's rate limit answers 429 before the form runs.
    address = (
        f"10.{fuzzer.rng.randrange(256)}.{fuzzer.rng.randrange(256)}.{fuzzer.rng.randrange(256)}"
    )
    response = client.post(
        path, body, content_type="application/x-www-form-urlencoded", REMOTE_ADDR=address
    )
    return "POST", f"{path} [{body[:300]}]", response


def make_clients():
    from django.contrib.auth import get_user_model
    from django.test import Client

    staff = Client(raise_request_exception=False)
    staff.force_login(get_user_model().objects.filter(is_superuser=True).first())
    return {
        "anonymous": Client(raise_request_exception=False),
        "csrf": Client(enforce_csrf_checks=True, raise_request_exception=False),
        "staff": staff,
    }


def describe(response):
    """The exception, where it was raised, and the portal's own frame that led there."""
    if not response.exc_info:
        return ""
    kind, error, tb = response.exc_info
    frames = traceback.extract_tb(tb)
    own = [f for f in frames if f.filename.startswith(str(ROOT)) and ".venv" not in f.filename]
    where = f"{frames[-1].filename}:{frames[-1].lineno}"
    if own:
        where += f" via {own[-1].filename.removeprefix(str(ROOT) + '/')}:{own[-1].lineno}"
    return f"{kind.__name__}: {str(error)[:200]} ({where})"


def run(args):
    from django.core import mail

    rng = random.Random(args.seed)  # noqa: S311 (reproducible, not secret)
    token_pool = subscriber_tokens()
    all_routes = routes(demo_facts(), token_pool)
    fuzzer = Fuzzer(rng, token_pool)
    clients = make_clients()
    statuses = defaultdict(Counter)
    failures = []
    started = time.monotonic()
    sent = 0
    while sent < args.requests and time.monotonic() - started < args.max_seconds:
        route = all_routes[sent % len(all_routes)]
        method, url, response = send(clients, route, fuzzer)
        statuses[route.name][response.status_code] += 1
        if response.status_code >= 500:
            failures.append((method, url, response.status_code, describe(response)))
        sent += 1
        if sent % 500 == 0:
            mail.outbox = []
            print(
                f"  {sent} requests, {len(failures)} 5xx, {time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )
    return sent, time.monotonic() - started, statuses, failures


def report(sent, elapsed, statuses, failures):
    print(f"{sent} requests in {elapsed:.0f} s ({sent / elapsed:.0f} req/s)")
    print(f"{'route':26} statuses")
    for name, counter in statuses.items():
        counts = "  ".join(f"{status}: {n}" for status, n in sorted(counter.items()))
        print(f"{name:26} {counts}")
    print(f"5xx: {len(failures)}")
    for method, url, status, error in failures:
        print(f"  {status} {method} {url[:400]!r}\n      {error}")
    distinct = Counter(error for *_, error in failures)
    for error, count in distinct.most_common():
        print(f"  {count} × {error}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-seconds", type=float, default=1200)
    parser.add_argument("--database-url", help="a PostgreSQL server to fuzz on instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        original_database = setup_django(workdir, args.database_url)
        # The 4xx warnings and 5xx tracebacks of django.request: the report lists them itself.
        logging.disable(logging.CRITICAL)
        try:
            sent, elapsed, statuses, failures = run(args)
        finally:
            if original_database:
                from django.db import connection

                connection.creation.destroy_test_db(original_database, verbosity=0)
    report(sent, elapsed, statuses, failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
