"""Search speed: full reindex, one page's reindex and query latency, per backend and site size.

Usage: make bench-search   (or: .venv/bin/python bench/search.py [--sizes 10000 100000]
       [--backends whoosh database] [--queries-repeat 5] [--database-url URL] [--keep])

Loads the demo content into a throw-away database (a temporary SQLite file, or Django's test
database `test_<name>` next to the database of `--database-url` / `$DATABASE_URL`, created and
dropped by the run), then adds generated pages up to each size with bulk inserts (no signals, so
nothing is indexed while generating): Swedish titles, intros and bodies assembled with a seeded
`random` from the sentences and words of the seed texts and the demo content, mostly
StandardPage with a StreamField body, plus ArticlePage, ReportPage and ForumMeetingPage. For
each backend it then measures:

- full reindex: `manage.py update_index` (`call_command`, output silenced), seconds;
- one page's reindex: `backend.add(page)`, the indexing an editor's publish costs, median ms of
  20 pages;
- query latency: 20 fixed Swedish queries run as a results page runs them (`Page.objects
  .live().public().search(q)`, the first 10 results materialised plus `.count()`), each once to
  warm up and then `--queries-repeat` times cold and warm: cold with the Whoosh backend's
  per-commit answer cache emptied first (the first reader to ask after a publish), warm asked
  again (a popular query); p50 and p95 ms of wall time. The target is judged on cold queries;
- the Whoosh index's size on disk.

It prints a Markdown table for bench/RESULTS.md. Targets (2 cores): p95 <= 30 ms at 10,000 pages and
<= 100 ms at 100,000; full reindex of 10,000 pages <= 15 s.
"""

import argparse
import gc
import io
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20240605
WHOOSH = "search.backends.whoosh"
SINGLE_SAVES = 20

# (query string as typed, operator). Quotes make a phrase, as wagtail's parse_query_string does.
QUERIES = [
    ("regionerna", None),
    ("regionen", None),
    ("kompetensförsörjningen", None),
    ("kompetensförsörjning", None),
    ("länen", None),
    ("län", None),
    ("Sörmland", None),
    ("Västerbotten", None),
    ("Gotland", None),
    ("strategisk regiondialog", None),
    ("hållbar tillväxt", None),
    ("regionalt tillväxtarbete", None),
    ('"hållbar regional tillväxt"', None),
    ('"forum för regionerna"', None),
    ("landsbygd attraktionskraft", "and"),
    ("politikerforum tjänstemannaforum", "and"),
    ("Tillväxtverket", None),
    ("uppföljning rapport 2019", None),
    ("kompetensförsörjnig", None),  # a typo
    ("regionarbetet i Norr och Södra", None),
]

TARGETS = {10_000: {"p95": 30.0, "reindex": 15.0}, 100_000: {"p95": 100.0}}

# The share of generated pages per page type (the rest are StandardPage).
MIX = {"article": 0.15, "report": 0.10, "meeting": 0.05}
SECTIONS = 20  # StandardPages are spread over this many sections under the home page


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--backends", nargs="+", choices=["whoosh", "database"], default=["whoosh", "database"]
    )
    parser.add_argument("--queries-repeat", type=int, default=5)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL"),
        help="run in Django's test database beside this one (default: $DATABASE_URL, else a "
        "temporary SQLite file)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the database and the index, print where"
    )
    parser.add_argument(
        "--query-budget",
        type=float,
        default=300.0,
        help="seconds the queries may take per backend and size: the repeats stop when it is "
        "spent; a query still running then is cancelled and the backend reported as too slow "
        "(default: 300)",
    )
    parser.add_argument(
        "--whoosh-backend",
        nargs="+",
        default=[WHOOSH],
        help="dotted path(s) of the Whoosh backend: give a changed copy too to compare them on "
        "the same pages",
    )
    parser.add_argument("--verbose", action="store_true", help="print each query's latency")
    return parser.parse_args()


def backend_config(name, index_dir):
    """The search settings of backend `name`: "database" or a Whoosh backend's dotted path."""
    if name != "database":
        return {"default": {"BACKEND": name, "PATH": str(index_dir)}}
    return {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "swedish"}}


def setup_django(workdir, database_url, keep):
    """Django on a throw-away database; returns a function that drops it (if not kept)."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["SEARCH_INDEX_DIR"] = str(workdir / "index")
    os.environ["DB_CONN_MAX_AGE"] = "0"
    if database_url and not database_url.startswith("sqlite"):
        os.environ["DATABASE_URL"] = database_url
        import django

        django.setup()
        from django.db import connection

        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        if keep:
            return lambda: print(f"kept database {connection.settings_dict['NAME']}")
        original = database_url.rsplit("/", 1)[1].split("?")[0]
        return lambda: connection.creation.destroy_test_db(original, verbosity=0)
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return lambda: None


# --- text generation -----------------------------------------------------------------------


def source_texts():
    """The Swedish seed texts and every string of the demo content."""
    from demo import content as demo_content

    texts = [path.read_text() for path in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]

    def walk(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for name in sorted(vars(demo_content)):
        if not name.startswith("_"):
            walk(getattr(demo_content, name))
    return texts


class TextMaker:
    """Sentences and words drawn deterministically from the source texts."""

    def __init__(self, texts, counties, rng):
        self.rng = rng
        self.counties = counties
        plain = [unescape(re.sub(r"<[^>]+>", " ", text)) for text in texts]
        sentences = set()
        words = {}
        for text in plain:
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                sentence = " ".join(sentence.split()).strip(" -–•")
                if len(sentence.split()) >= 5 and not re.search(r"https?:|@|/", sentence):
                    sentences.add(sentence)
                for word in re.findall(r"[A-Za-zÅÄÖåäöÉé]{2,}", sentence):
                    words[word.lower()] = words.get(word.lower(), 0) + 1
        self.sentences = sorted(sentences)
        self.words = sorted(words)
        total, cumulative = 0, []
        for word in self.words:
            total += words[word]
            cumulative.append(total)
        self.cumulative = cumulative
        self.domain = [
            "regionerna",
            "regionen",
            "regionernas",
            "länet",
            "länen",
            "kompetensförsörjning",
            "kompetensförsörjningen",
            "hållbar tillväxt",
            "attraktionskraft",
            "landsbygd",
            "strategisk regiondialog",
            "regionalt tillväxtarbete",
            "politikerforum",
            "tjänstemannaforum",
            "uppföljning",
        ]

    def sentence(self):
        if self.rng.random() < 0.2:
            return self.rng.choice(self.sentences)
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=self.rng.randint(8, 16))
        for n, word in enumerate(words):
            if self.rng.random() < 0.25:  # a Swedish compound: the long tail of rare words
                words[n] = word + self.rng.choice(self.words)
        if self.rng.random() < 0.1:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(self.domain))
        if self.rng.random() < 0.1:
            words.append(f"i {self.rng.choice(self.counties)}")
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences=(2, 5)):
        return " ".join(self.sentence() for _ in range(self.rng.randint(*sentences)))

    def title(self):
        words = self.rng.choice(self.sentences).rstrip(".!?").split()
        start = self.rng.randrange(max(1, len(words) - 3))
        title = " ".join(words[start : start + self.rng.randint(3, 7)])
        if self.rng.random() < 0.3:
            title += f" – {self.rng.choice(self.counties)}"
        return title[:1].upper() + title[1:]

    def body(self):
        blocks = []
        for _ in range(self.rng.randint(2, 4)):
            if self.rng.random() < 0.5:
                heading = {"text": self.title(), "level": "h2"}
                blocks.append({"type": "heading", "value": heading})
            blocks.append({"type": "rich_text", "value": f"<p>{self.paragraph()}</p>"})
        return blocks

    def rich_text(self):
        return "".join(f"<p>{self.paragraph()}</p>" for _ in range(self.rng.randint(1, 3)))


# --- the site ------------------------------------------------------------------------------


def load_demo():
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())


def add_pages(count, maker, rng):
    """Add `count` generated live pages to the demo site with bulk inserts."""
    import datetime

    from django.utils import timezone

    from forum_pages.choices import ForumKind, ReportKind
    from forum_pages.models import (
        ForumIndexPage,
        ForumMeetingPage,
        ReportIndexPage,
        ReportPage,
        StrategyThemePage,
    )
    from home.models import HomePage, StandardPage
    from news.models import ArticleKind, ArticlePage, NewsIndexPage
    from tests.factories.bulk import bulk_create_children

    home = HomePage.objects.get()
    sections = list(StandardPage.objects.child_of(home).filter(slug__startswith="bench-"))
    for n in range(len(sections), SECTIONS):
        rows = [{"title": f"Avsnitt {n + 1}", "slug": f"bench-{n + 1}", "intro": maker.paragraph()}]
        sections += bulk_create_children(home, StandardPage, rows)
    themes = list(StrategyThemePage.objects.values_list("pk", flat=True)) or [None]
    now = timezone.now()

    def common():
        return {"title": maker.title(), "intro": maker.paragraph((1, 2))}

    def article():
        day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
        kind = rng.choice(ArticleKind.values)
        return {**common(), "date": day, "kind": kind, "body": maker.body()}

    def report():
        kind = rng.choice(ReportKind.values)
        year = rng.randint(2000, 2025)
        return {**common(), "year": year, "kind": kind, "summary": maker.rich_text()}

    def meeting():
        starts = now + datetime.timedelta(days=rng.randint(-2000, 400), hours=rng.randint(0, 8))
        return {
            **common(),
            "forum": rng.choice(ForumKind.values),
            "starts_at": starts,
            "ends_at": starts + datetime.timedelta(hours=4),
            "location": rng.choice(maker.counties),
            "theme_id": rng.choice(themes),
            "agenda": maker.rich_text(),
            "outcome": maker.rich_text(),
        }

    def standard():
        return {**common(), "body": maker.body()}

    plan = {
        (NewsIndexPage.objects.get(), ArticlePage, article): int(count * MIX["article"]),
        (ReportIndexPage.objects.get(), ReportPage, report): int(count * MIX["report"]),
        (ForumIndexPage.objects.get(), ForumMeetingPage, meeting): int(count * MIX["meeting"]),
    }
    standard_count = count - sum(plan.values())
    for n, section in enumerate(sections):
        share = standard_count // SECTIONS + (1 if n < standard_count % SECTIONS else 0)
        plan[(section, StandardPage, standard)] = share
    for (parent, model, make), total in plan.items():
        for start in range(0, total, 5000):
            rows = [make() for _ in range(min(5000, total - start))]
            bulk_create_children(parent, model, rows)


# --- measurements --------------------------------------------------------------------------


def directory_mb(path):
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_query(text, operator):
    from wagtail.models import Page
    from wagtail.search.utils import parse_query_string

    _, query = parse_query_string(text, operator=operator)
    results = Page.objects.live().public().search(query)
    first = list(results[:10])
    return first, results.count()


def measure_backend(name, index_dir, args):
    from django.core.management import call_command
    from django.test import override_settings
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    config = backend_config(name, index_dir)
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        started, started_cpu = time.perf_counter(), time.process_time()
        call_command("update_index", verbosity=0, stdout=io.StringIO())
        reindex = time.perf_counter() - started
        reindex_cpu = time.process_time() - started_cpu

        backend = get_search_backend()
        pks = Page.objects.filter(depth__gt=3).order_by("pk").values_list("pk", flat=True)
        step = max(1, len(pks) // SINGLE_SAVES)
        pages = [Page.objects.get(pk=pk).specific for pk in list(pks)[::step][:SINGLE_SAVES]]
        saves = []
        for page in pages:
            started = time.perf_counter()
            backend.add(page)
            saves.append((time.perf_counter() - started) * 1000)

        gc.collect()
        gc.freeze()  # as portal/wsgi.py does once the application is loaded
        queries = time_queries(args.queries_repeat, args.query_budget)
    if args.verbose:
        for text, times in queries.get("per_query", {}).items():
            hits = queries["hits"][text]
            cold, warm = (statistics.median(times[t]) for t in ("cold", "warm"))
            print(f"  {name:8} {text:40} {hits:>7} hits {cold:8.1f} ms cold {warm:8.1f} ms warm")
    return {
        "reindex": reindex,
        "reindex_cpu": reindex_cpu,
        "save": statistics.median(saves),
        "index_mb": directory_mb(index_dir) if name != "database" else None,
        **queries,
    }


def forget_answers():
    """Make the next query cold: no answer the Whoosh backend kept for it on this commit."""
    from search.backends import whoosh

    whoosh.forget_answers()


def rounds_of(queries):
    for text, operator in queries:
        yield text, operator, "cold"
        yield text, operator, "warm"


def time_queries(repeat, budget):
    """Run QUERIES once to warm up, then `repeat` rounds while `budget` seconds last; in each
    round every query runs cold (its cached Whoosh answer forgotten: the first reader to ask it
    on this commit; the searcher stays open: reopening it and reading its keys costs, once per
    commit and thread, a few ms per segment and ~5 ms per 10,000 pages) and then warm (asked
    again). Only complete rounds count; with none, the warm-up round's times stand."""
    from django.db import DatabaseError

    ends = time.perf_counter() + budget
    hits, rounds = {}, []
    while len(rounds) <= repeat and time.perf_counter() < ends:
        timings = []
        for text, operator, temperature in rounds_of(QUERIES):
            if temperature == "cold":
                forget_answers()
            started, started_cpu = time.perf_counter(), time.process_time()
            try:
                with deadline(ends - started):
                    hits[text] = run_query(text, operator)[1]
            except DatabaseError:  # cancelled at the end of the budget
                break
            wall = (time.perf_counter() - started) * 1000
            cpu = (time.process_time() - started_cpu) * 1000
            timings.append((text, temperature, wall, cpu))
        if len(timings) < 2 * len(QUERIES):
            break
        rounds.append(timings)
    if not rounds:
        return {"partial": f"{len(hits)} of {len(QUERIES)} queries", "hits": hits, "rounds": 0}
    timed = [timing for timings in (rounds[1:] or rounds) for timing in timings]
    per_query = {}
    for text, temperature, wall, _cpu in timed:
        per_query.setdefault(text, {}).setdefault(temperature, []).append(wall)
    result = {"partial": None, "hits": hits, "per_query": per_query, "rounds": len(rounds) - 1}
    for temperature in ("cold", "warm"):
        walls = [wall for _t, temp, wall, _c in timed if temp == temperature]
        cpus = [cpu for _t, temp, _w, cpu in timed if temp == temperature]
        result[temperature] = {
            "p50": percentile(walls, 0.50),
            "p95": percentile(walls, 0.95),
            "cpu_p95": percentile(cpus, 0.95),
        }
    return result


@contextmanager
def deadline(seconds):
    """Cancel the database query still running after `seconds` (it raises a DatabaseError)."""
    from django.db import connection

    connection.ensure_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = %s", [max(1, int(seconds * 1000))])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET statement_timeout = 0")
    elif connection.vendor == "sqlite":
        timer = threading.Timer(max(0.001, seconds), connection.connection.interrupt)
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
    else:
        yield


def verdict(size, result):
    target = TARGETS.get(size)
    if not target:
        return "no target"
    if result["partial"]:
        return "**no**"
    met = result["cold"]["p95"] <= target["p95"] and result["reindex"] <= target.get("reindex", 1e9)
    return "yes" if met else "**no**"


def main():
    args = parse_args()
    sizes = sorted(set(args.sizes))
    workdir = Path(tempfile.mkdtemp(prefix="regionportalen-bench-"))
    load_before = os.getloadavg()
    drop = setup_django(workdir, args.database_url, args.keep)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # still drop the database
    try:
        from django.db import connection
        from wagtail.models import Page

        from region_teams.models import County

        started = time.perf_counter()
        load_demo()
        demo_seconds = time.perf_counter() - started
        rng = random.Random(SEED)  # noqa: S311 - reproducible text, not secrets
        maker = TextMaker(source_texts(), list(County.objects.values_list("name", flat=True)), rng)
        rows, generated = [], 0
        print(f"# database: {connection.vendor}; demo content loaded in {demo_seconds:.1f} s")
        for size in sizes:
            started = time.perf_counter()
            add_pages(size - generated, maker, rng)
            generated = size
            seconds = time.perf_counter() - started
            total = Page.objects.count()
            print(f"# {size} generated pages ({total} in all) written in {seconds:.1f} s")
            names = [
                path
                for name in args.backends
                for path in (args.whoosh_backend if name == "whoosh" else [name])
            ]
            for name in names:
                result = measure_backend(name, workdir / "index", args)
                rows.append((name, size, total, result))
                row = table_row(name, size, result, connection, args)
                print(f"# {row} (load {os.getloadavg()[0]:.1f})", flush=True)
        print_table(rows, connection, load_before, args)
    finally:
        drop()
        if args.keep:
            print(f"kept {workdir}")
        else:
            import shutil

            shutil.rmtree(workdir, ignore_errors=True)


def table_row(name, size, r, connection, args):
    label = f"database ({connection.vendor})" if name == "database" else "Whoosh"
    if name not in ("database", WHOOSH):
        label += f" (`{name}`)"
    index_mb = f"{r['index_mb']:.0f}" if r["index_mb"] is not None else "–"
    if r["partial"]:
        latency = f"budget spent: {r['partial']} in {args.query_budget:.0f} s | –"
    else:
        cold, warm = r["cold"], r["warm"]
        latency = (
            f"{cold['p50']:.0f} / {cold['p95']:.0f} ({cold['cpu_p95']:.0f}) "
            f"| {warm['p50']:.0f} / {warm['p95']:.0f}"
        )
        if not r["rounds"]:
            latency += " warm-up only"
    return (
        f"| {label} | {size:,} | {r['reindex']:.1f} ({r['reindex_cpu']:.1f}) "
        f"| {r['save']:.1f} | {latency} | {index_mb} | {verdict(size, r)} |"
    )


def print_table(rows, connection, load_before, args):
    print()
    print(
        "| backend | pages | full reindex s (CPU s) | one page's reindex ms "
        "| cold query p50 / p95 ms (CPU p95) | warm query p50 / p95 ms | index MB | target met |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, size, _total, result in rows:
        print(table_row(name, size, result, connection, args))
    load_after = os.getloadavg()
    print()
    print(
        f"{os.cpu_count()} CPUs; load average {load_before[0]:.2f} before, {load_after[0]:.2f} "
        f"after; {len(QUERIES)} queries x {args.queries_repeat}, each cold then warm (fewer if "
        "over the budget); the target is judged on cold queries; "
        f"pages = generated pages (the demo's {rows[0][2] - rows[0][1]} come on top). "
        "CPU = this process only (not a PostgreSQL server's)."
    )


if __name__ == "__main__":
    main()
