"""Search speed per backend and site size: full reindex and the search page's latency.

Usage: make bench-search   (or: .venv/bin/python bench/search.py [--sizes 10000 100000]
       [--backends whoosh database] [--repeat 10] [--database-url URL] [--keep] [--no-write])

For each size it builds one site in a throw-away database beside `--database-url` (Django's
`test_<name>`; default $DATABASE_URL, else a temporary SQLite file): the demo content plus
generated live pages written with bulk inserts (nothing is indexed while they are written),
Swedish text drawn with a seeded `random` from the demo content's sentences and words. Then,
for each backend, only through its public interface:

- full reindex: `manage.py update_index`, seconds;
- query latency: the backend query a results page runs (the parsed query on the live, public
  pages: the first ten hits and the count), where the targets apply;
- search page latency: GET /sok/?q=... with Django's test client, so the whole view is timed
  (the query, facets over up to 1,000 hits, highlighting, the template);
  each query once to warm up, then `--repeat` times; p50 and p95 of all timings, in ms.

It prints a Markdown table and writes it, with the command, under "## Search" in
bench/RESULTS.md. Targets at 10,000 pages: query p95 <= 30 ms (Whoosh), <= 100 ms (PostgreSQL),
full reindex <= 30 s (Whoosh).
"""

import argparse
import io
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20240605
RESULTS = ROOT / "bench" / "RESULTS.md"
RARE_COMPOUND = "besöksnäringsstrategin"  # put in about one page in a thousand
QUERIES = {
    "one word": "regionerna",
    "two words": "hållbar tillväxt",
    "synonym": "Sörmland",
    "phrase": '"regionalt tillväxtarbete"',
    "rare compound": RARE_COMPOUND,
    "no hit": "zeppelinarmatur",
}
TARGETS = {  # at 10,000 pages: (query p95 ms, full reindex s)
    ("whoosh", 10_000): (30.0, 30.0),
    ("database (postgresql)", 10_000): (100.0, None),
}
BACKENDS = {
    "whoosh": {"BACKEND": "search.backends.whoosh"},
    "database": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "swedish"},
}
MIX = {"article": 0.15, "report": 0.10, "meeting": 0.05}  # the rest: StandardPage
SECTIONS = 20  # StandardPages are spread over this many sections under the home page
DOMAIN = [
    "regionerna",
    "regionen",
    "länen",
    "kompetensförsörjning",
    "hållbar tillväxt",
    "regionalt tillväxtarbete",
    "landsbygd",
    "Södermanland",
    "attraktionskraft",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--backends", nargs="+", choices=list(BACKENDS), default=list(BACKENDS))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    parser.add_argument("--keep", action="store_true", help="keep the last database and index")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    return parser.parse_args()


def setup_django(database_url):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def create_database():
    """Django's test database beside the configured one; returns the configured one's name."""
    from django.db import connection

    original = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return original


def drop_database(original):
    from django.db import connection

    connection.creation.destroy_test_db(original, verbosity=0)


class TextMaker:
    """Swedish sentences drawn deterministically from the demo content's words and sentences."""

    def __init__(self, rng, counties):
        from demo import content as demo_content

        texts = []

        def walk(value):
            if isinstance(value, str):
                texts.append(unescape(re.sub(r"<[^>]+>", " ", value)))
            elif isinstance(value, dict | list | tuple):
                for item in value.values() if isinstance(value, dict) else value:
                    walk(item)

        walk([value for name, value in vars(demo_content).items() if name.isupper()])
        text = " ".join(texts)
        self.sentences = sorted(
            {s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5}
        )
        self.words = sorted({w.lower() for w in re.findall(r"[A-Za-zÅÄÖåäöé]{3,}", text)})
        self.rng, self.counties = rng, counties

    def sentence(self):
        if self.rng.random() < 0.3:
            return self.rng.choice(self.sentences)
        words = self.rng.choices(self.words, k=self.rng.randint(8, 16))
        if self.rng.random() < 0.2:
            words.insert(1, self.rng.choice(DOMAIN))
        if self.rng.random() < 0.001:
            words.append(RARE_COMPOUND)
        if self.rng.random() < 0.1:
            words.append(f"i {self.rng.choice(self.counties)}")
        return " ".join(words).capitalize() + "."

    def paragraph(self, low=2, high=5):
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def title(self):
        words = self.rng.choice(self.sentences).rstrip(".!?").split()
        start = self.rng.randrange(max(1, len(words) - 3))
        return " ".join(words[start : start + self.rng.randint(3, 7)]).capitalize()

    def body(self):
        return [
            {"type": "rich_text", "value": f"<p>{self.paragraph()}</p>"}
            for _ in range(self.rng.randint(1, 3))
        ]


def add_pages(count, maker, rng):
    """Add `count` generated live pages under the demo site's sections, with bulk inserts."""
    import datetime

    from django.utils import timezone

    from forum_pages.choices import ForumKind
    from forum_pages.models import ForumIndexPage, ForumMeetingPage, ReportIndexPage, ReportPage
    from home.models import HomePage, StandardPage
    from news.models import ArticlePage, NewsIndexPage
    from tests.factories.bulk import bulk_create_children

    home = HomePage.objects.get()
    sections = list(StandardPage.objects.child_of(home).filter(slug__startswith="bench-"))
    for n in range(len(sections), SECTIONS):
        row = {"title": f"Avsnitt {n + 1}", "slug": f"bench-{n + 1}", "intro": maker.sentence()}
        sections += bulk_create_children(home, StandardPage, [row])
    now = timezone.now()

    def common():
        return {"title": maker.title(), "intro": maker.paragraph(1, 2)}

    def article():
        day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
        return {**common(), "date": day, "body": maker.body()}

    def report():
        return {**common(), "year": rng.randint(2000, 2025), "summary": maker.paragraph()}

    def meeting():
        starts = now + datetime.timedelta(days=rng.randint(-2000, 400))
        ends = starts + datetime.timedelta(hours=4)
        forum, location = rng.choice(ForumKind.values), rng.choice(maker.counties)
        times = {"starts_at": starts, "ends_at": ends, "forum": forum, "location": location}
        return {**common(), **times, "agenda": maker.paragraph()}

    plan = [
        (NewsIndexPage.objects.get(), ArticlePage, article, int(count * MIX["article"])),
        (ReportIndexPage.objects.get(), ReportPage, report, int(count * MIX["report"])),
        (ForumIndexPage.objects.get(), ForumMeetingPage, meeting, int(count * MIX["meeting"])),
    ]
    rest = count - sum(total for *_, total in plan)
    for n, section in enumerate(sections):
        share = rest // SECTIONS + (1 if n < rest % SECTIONS else 0)
        plan.append((section, StandardPage, lambda: {**common(), "body": maker.body()}, share))
    for parent, model, make, total in plan:
        for start in range(0, total, 5000):
            bulk_create_children(parent, model, [make() for _ in range(min(5000, total - start))])


def analyse():
    """Fresh planner statistics after a bulk write, as PostgreSQL's autovacuum soon gathers."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(name, index_dir, repeat):
    """Reindex seconds, {query label: [ms]} of the backend query and of the search page, and
    {query label: hits}, for backend `name` on the current database."""
    from django.core.management import call_command
    from django.test import Client, override_settings

    config = {**BACKENDS[name], "PATH": str(index_dir)} if name == "whoosh" else BACKENDS[name]
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}):
        started = time.perf_counter()
        call_command("update_index", verbosity=0, stdout=io.StringIO())
        reindex = time.perf_counter() - started
        if name == "database":
            analyse()
        client, queries, pages, hits = Client(), {}, {}, {}
        for label, text in QUERIES.items():
            hits[label] = backend_query(text)  # warm-up
            response = client.get("/sok/", {"q": text})
            assert response.status_code == 200, (label, response.status_code)
            queries[label] = timed(lambda text=text: backend_query(text), repeat)
            pages[label] = timed(lambda text=text: client.get("/sok/", {"q": text}), repeat)
    return reindex, queries, pages, hits


def backend_query(text):
    """A results page's query: the parsed query (synonyms expanded) on the live, public pages,
    its first ten hits and the count. Returns the count."""
    from wagtail.models import Page

    from search.query import SearchQuery

    results = Page.objects.live().public().search(SearchQuery.parse(text).strict())
    list(results[:10])
    return results.count()


def timed(call, repeat):
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def row_of(label, size, reindex, queries, pages):
    p50, p95 = percentiles(queries)
    page50, page95 = percentiles(pages)
    slowest = max(queries, key=lambda query: statistics.median(queries[query]))
    target = TARGETS.get((label, size))
    if target:
        met = p95 <= target[0] and (target[1] is None or reindex <= target[1])
        verdict = f"{'yes' if met else '**no**'} (p95 ≤ {target[0]:.0f} ms" + (
            f", reindex ≤ {target[1]:.0f} s)" if target[1] else ")"
        )
    else:
        verdict = "no target"
    return (
        f"| {label} | {size:,} | {reindex:.1f} | {p50:.0f} / {p95:.0f} "
        f"| {page50:.0f} / {page95:.0f} "
        f"| {slowest} ({statistics.median(queries[slowest]):.0f}) | {verdict} |"
    )


def percentiles(timings):
    samples = [ms for values in timings.values() for ms in values]
    return percentile(samples, 0.5), percentile(samples, 0.95)


def write_results(table, command):
    section = f"## Search\n\n```\n{command}\n```\n\n{table}\n\n"
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\n"
    pattern = re.compile(r"^## Search\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    RESULTS.write_text(text)


def main():
    args = parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="regionportalen-bench-"))
    database_url = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
    setup_django(database_url)
    from django.core.management import call_command
    from django.db import connection

    from region_teams.models import County

    rows = []
    for number, size in enumerate(sorted(set(args.sizes))):
        original = create_database()
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        rng = random.Random(SEED)  # noqa: S311 - reproducible text, not secrets
        started = time.perf_counter()
        add_pages(size, TextMaker(rng, list(County.objects.values_list("name", flat=True))), rng)
        analyse()
        print(f"# {size:,} pages written in {time.perf_counter() - started:.0f} s", flush=True)
        for name in args.backends:
            label = f"database ({connection.vendor})" if name == "database" else name
            reindex, queries, pages, hits = measure(name, workdir / f"index-{size}", args.repeat)
            rows.append(row_of(label, size, reindex, queries, pages))
            print(f"# {rows[-1]}  hits: {hits}", flush=True)
        if not (args.keep and number == len(args.sizes) - 1):
            drop_database(original)
    header = (
        "| backend | pages | full reindex s | query p50 / p95 ms | search page p50 / p95 ms "
        "| slowest query (median ms) | target met |\n|---|---:|---:|---:|---:|---|---|"
    )
    queries = ", ".join(f"{label} `{text}`" for label, text in QUERIES.items())
    note = (
        f"\n\nEach query {args.repeat} times after a warm-up: {queries}. *Query*: the backend "
        "query a results page runs (synonyms expanded, live public pages, the first ten hits and "
        "the count); *search page*: GET /sok/?q= through the test client (the query plus "
        "facets over up to 1,000 hits, highlighting, promotions, the template). "
        f"{os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f} at the end. Pages: generated pages, the demo's on top."
    )
    table = "\n".join([header, *rows]) + note
    print("\n" + table)
    if not args.no_write:
        command = " ".join(["nice .venv/bin/python bench/search.py", *sys.argv[1:]])
        write_results(table, command)
    if args.keep:
        print(f"kept the database {connection.settings_dict['NAME']} and {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
