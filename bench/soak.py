"""Soak test: gunicorn with production settings on PostgreSQL under load, publishing meanwhile.

Usage: make soak   (or: .venv/bin/python bench/soak.py [--duration 600] [--connections 8]
                    [--database-url postgres://postgres@127.0.0.1:5432/regionportalen_soak])
(Re)creates the scratch database, loads the demo content, indexes it and collects the static files
under var/soak/, then starts gunicorn (2 workers, portal.settings.production with a dummy
SECRET_KEY) on a free port of 127.0.0.1. Eight threads request the main pages in turn for
DURATION seconds while a `manage.py shell` publishes a new revision of a page about every ten
seconds. Samples each worker's resident memory (VmRSS) at the start, every minute and at the end.
Prints requests, errors (statuses other than 2xx/3xx and connection errors), requests per second,
latency and memory per worker; exit status 1 on any error.
"""

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/regionportalen_soak"
FIXED_PAGES = [
    "/",
    "/forum/",
    "/rapporter/",
    "/strategiskt-regionarbete/",
    "/strategiskt-regionarbete/lan/gotland/",
    "/sok/?q=regionerna",
    "/aktuellt/flode/",
]
PUBLISHER = """
import sys, time
from wagtail.models import Page
page = Page.objects.get(url_path="/home/forum/").specific
deadline = time.monotonic() + {duration}
count = 0
while time.monotonic() + {interval} < deadline:
    time.sleep({interval})
    count += 1
    page.search_description = f"Forumets startsida, version {{count}} av soak-testet."
    page.save_revision(log_action=True).publish()
    print(f"published {{count}}", flush=True)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url, port):
    var = ROOT / "var" / "soak"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "soak-test-dummy-key-not-for-production",  # noqa: S105
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "VAR_DIR": str(var),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }


def recreate_database(database_url):
    name = urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(server_url(database_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(database_url):
    name = urlsplit(database_url).path.lstrip("/")
    with psycopg.connect(server_url(database_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_url(database_url):
    """The same server's maintenance database, to create and drop the scratch one from."""
    url = urlsplit(database_url)
    return f"{url.scheme}://{url.netloc}/postgres"


def prepare(env):
    for command in (
        ["migrate", "--no-input", "--verbosity", "0"],
        ["load_demo_content", "--verbosity", "0"],
        ["update_index", "--verbosity", "0"],
        ["collectstatic", "--no-input", "--verbosity", "0"],
    ):
        subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)  # noqa: S603


def start_gunicorn(env, port):
    log = open(ROOT / "var" / "soak" / "gunicorn.log", "w")  # noqa: SIM115 (lives with the server)
    return subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "gunicorn", "portal.wsgi", "--workers", "2"]
        + ["--bind", f"127.0.0.1:{port}", "--error-logfile", "-"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def get(port, path, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until_serving(port, server):
    for _ in range(120):
        if server.poll() is not None:
            raise SystemExit("gunicorn exited; see var/soak/gunicorn.log")
        try:
            if get(port, "/")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer within a minute")


def first_page_path(port, page_type):
    """The path of one live page of the type, from the public API."""
    import json

    status, body = get(port, f"/api/v2/pages/?type={page_type}&limit=1&fields=html_url")
    if status != 200:
        raise SystemExit(f"the API answered {status} for {page_type}")
    return urlsplit(json.loads(body)["items"][0]["meta"]["html_url"]).path


def worker_pids(master_pid):
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master_pid:
                pids.append(int(entry.name))
    return sorted(pids)


def rss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


class Load:
    """Threads that request the pages in turn until told to stop, counting what came back."""

    def __init__(self, port, pages):
        self.port = port
        self.pages = pages
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.statuses = Counter()
        self.errors = Counter()
        self.latencies = []

    def run(self, offset):
        index = offset
        while not self.stop.is_set():
            path = self.pages[index % len(self.pages)]
            index += 1
            started = time.monotonic()
            try:
                status, _ = get(self.port, path)
            except (OSError, http.client.HTTPException) as error:
                with self.lock:
                    self.errors[f"{path}: {type(error).__name__}"] += 1
                continue
            with self.lock:
                self.latencies.append(time.monotonic() - started)
                self.statuses[status] += 1
                if not 200 <= status < 400:
                    self.errors[f"{path}: HTTP {status}"] += 1


def sample(label, pids, samples):
    row = {pid: rss_kib(pid) for pid in pids}
    samples.append((label, row))
    shown = "  ".join(
        f"{pid}: {kib / 1024:.1f} MiB" if kib else f"{pid}: gone" for pid, kib in row.items()
    )
    print(f"  RSS {label:>6}  {shown}", flush=True)


def soak(args, env, port, server):
    pages = [
        *FIXED_PAGES,
        first_page_path(port, "forum_pages.ForumMeetingPage"),
        first_page_path(port, "forum_pages.ReportPage"),
    ]
    for path in pages:  # warm every worker's caches once before the first sample
        get(port, path)
    pids = worker_pids(server.pid)
    samples = []
    sample("start", pids, samples)
    publisher = subprocess.Popen(  # noqa: S603
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            PUBLISHER.format(duration=args.duration, interval=args.publish_interval),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    load = Load(port, pages)
    threads = [threading.Thread(target=load.run, args=(i,)) for i in range(args.connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    minute = 1
    while (elapsed := time.monotonic() - started) < args.duration:
        time.sleep(min(1, args.duration - elapsed))
        if time.monotonic() - started >= 60 * minute and minute * 60 < args.duration:
            sample(f"{minute} min", pids, samples)
            minute += 1
    load.stop.set()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    sample("end", pids, samples)
    lines = publisher.communicate(timeout=120)[0].splitlines()
    publishes = sum(1 for line in lines if line.startswith("published "))
    return pages, load, elapsed, samples, publishes, publisher.returncode


def report(pages, load, elapsed, samples, publishes, publisher_status, connections):
    requests = sum(load.statuses.values()) + sum(load.errors.values())
    errors = sum(load.errors.values())
    latencies = sorted(load.latencies)
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else 0
    print(f"pages: {' '.join(pages)}")
    print(
        f"{connections} connections for {elapsed:.0f} s: {requests} requests, "
        f"{requests / elapsed:.1f} req/s, errors {errors}"
    )
    print(f"statuses: {dict(sorted(load.statuses.items()))}")
    print(
        f"latency ms: p50 {statistics.median(latencies) * 1000:.0f}, p95 {p95 * 1000:.0f}, "
        f"max {latencies[-1] * 1000:.0f}"
        if latencies
        else "latency: no responses"
    )
    print(f"publishes: {publishes} (publisher exit status {publisher_status})")
    first, last = samples[0][1], samples[-1][1]
    for pid in first:
        start, end = first[pid], last.get(pid)
        end_text = f"{end / 1024:.1f} MiB" if end else "gone"
        print(f"worker {pid}: RSS start {start / 1024:.1f} MiB, end {end_text}")
    for error, count in load.errors.most_common():
        print(f"  {count} × {error}")
    worker_gone = any(last.get(pid) is None for pid in first)
    return errors or publisher_status or worker_gone


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=600)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--publish-interval", type=float, default=10)
    parser.add_argument("--database-url", default=DEFAULT_DATABASE)
    parser.add_argument("--keep-database", action="store_true")
    args = parser.parse_args()
    port = free_port()
    env = environment(args.database_url, port)
    (ROOT / "var" / "soak").mkdir(parents=True, exist_ok=True)
    print("preparing the database, the index and the static files", flush=True)
    recreate_database(args.database_url)
    prepare(env)
    server = start_gunicorn(env, port)
    try:
        wait_until_serving(port, server)
        print(f"gunicorn on 127.0.0.1:{port}; load for {args.duration:.0f} s", flush=True)
        failed = report(*soak(args, env, port, server), args.connections)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
    if not args.keep_database:
        drop_database(args.database_url)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
