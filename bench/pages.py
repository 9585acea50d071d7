"""Per-page CPU time and SQL query count for the demo site's main pages.

Usage: make bench   (or: .venv/bin/python bench/pages.py [--repeat 30])
Builds the demo content in a throw-away SQLite database, then requests each page as an anonymous
visitor and prints median CPU milliseconds and the number of SQL queries. The brief's target is a
third of the Wagtail demo's 21–45 ms and 22–43 queries, i.e. about 7–15 ms and 7–14 queries.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = [
    "/",
    "/forum/",
    "/teman/",
    "/teman/kompetensforsorjning/",
    "/strategiskt-regionarbete/",
    "/strategiskt-regionarbete/norr/",
    "/strategiskt-regionarbete/lan/",
    "/strategiskt-regionarbete/lan/gotland/",
    "/rapporter/",
    "/rapporter/?year=2018",
    "/aktuellt/",
    "/ostersjostrategin/",
    "/sok/?q=regionerna",
]


def setup_django(workdir):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    query_count = len(queries)  # now: the next request clears the log that `queries` reads
    cpu = []
    for _ in range(repeat):
        started = time.process_time()
        client.get(url)
        cpu.append((time.process_time() - started) * 1000)
    return status, query_count, statistics.median(cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        setup_django(workdir)
        from django.test import Client

        client = Client()
        for page in PAGES:
            measure(client, page, 1)
        print(f"{'page':45} {'status':>6} {'queries':>8} {'cpu ms (median)':>16}")
        for page in PAGES:
            status, queries, cpu = measure(client, page, args.repeat)
            print(f"{page:45} {status:>6} {queries:>8} {cpu:>16.1f}")


if __name__ == "__main__":
    main()
