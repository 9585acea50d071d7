"""Anonymous pages with and without the page cache, beside a static file, under wrk.

Usage: make bench-cache   (or: .venv/bin/python bench/cache.py [--duration 10] [--connections 8])
Builds the demo site in a throw-away SQLite database under var/bench-cache/, collects the static
files, then starts gunicorn (2 workers, portal.settings.production with a dummy SECRET_KEY) on a
free port of 127.0.0.1, once with the page cache on and once with it off. wrk (Debian's package;
installed with apt-get when missing and run as root) requests each page for DURATION seconds at
CONNECTIONS connections. Prints requests/s, p50 and p99 latency and the ratio to the static
file's requests/s; then publishes a change and prints how long until a visitor sees it.
Target: every cached page at least 0.5 x the static file; publish to fresh page within 1 s.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKDIR = ROOT / "var" / "bench-cache"
PAGES = ["/", "/forum/", None, "/rapporter/", "/strategiskt-regionarbete/lan/gotland/"]
PUBLISH_AND_WATCH = """
import time, urllib.request
from forum_pages.models import ForumIndexPage
page = ForumIndexPage.objects.get()
url = "{base}" + page.url
urllib.request.urlopen(url).read()  # in the cache before the change
page.title = "Forum, version " + str(time.time_ns())
page.save_revision().publish()
published = time.monotonic()
while page.title not in urllib.request.urlopen(url).read().decode():
    time.sleep(0.01)
print(f"{{time.monotonic() - published:.3f}}")
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL")
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    ensure_wrk()
    prepare()
    results = {}
    for cached in (True, False):
        with Server(page_cache=cached) as server:
            urls = server.urls()
            results[cached] = {path: wrk(server.base + path, args) for path in urls}
            if cached:
                fresh = server.manage("shell", "-c", PUBLISH_AND_WATCH.format(base=server.base))
    report(results, float(fresh.strip().splitlines()[-1]), args)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("wrk is missing: apt-get install wrk")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def environment(page_cache=True, port=0):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-cache-dummy-key-not-for-production",  # noqa: S105
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{WORKDIR}/db.sqlite3",
        "VAR_DIR": str(WORKDIR),
        "PAGE_CACHE": "1" if page_cache else "0",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }


def manage(*command, env):
    result = subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def prepare():
    shutil.rmtree(WORKDIR, ignore_errors=True)
    WORKDIR.mkdir(parents=True)
    env = environment()
    manage("migrate", "--no-input", env=env)
    manage("load_demo_content", env=env)
    manage("collectstatic", "--no-input", env=env)
    # Served pages show the site's own address (127.0.0.1), not the demo's host name.
    manage(
        "shell",
        "-c",
        "from wagtail.models import Site; Site.objects.update(hostname='127.0.0.1', port=80)",
        env=env,
    )


class Server:
    def __init__(self, page_cache):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = environment(page_cache, self.port)

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "portal.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=self.env,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/").read()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def manage(self, *command):
        return manage(*command, env=self.env)

    def urls(self):
        html = urllib.request.urlopen(self.base + "/forum/").read().decode()
        meeting = re.search(r'href="(/forum/[a-z0-9-]+/)"', html).group(1)
        stylesheet = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)
        return [path or meeting for path in PAGES] + [stylesheet]


def wrk(url, args):
    output = subprocess.run(
        [
            "wrk",
            "--latency",
            "-t",
            "2",
            "-c",
            str(args.connections),
            "-d",
            f"{args.duration}s",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def milliseconds(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def report(results, fresh_seconds, args):
    cached, uncached = results[True], results[False]
    static = list(cached)[-1]
    static_rps = cached[static]["rps"]
    print(
        f"gunicorn 2 workers, wrk {args.connections} connections, {args.duration} s per URL, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"{'URL':44} {'cached req/s':>12} {'p50 ms':>7} {'p99 ms':>7} {'x static':>8} "
        f"{'uncached req/s':>14} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}"
    )
    for path in cached:
        hit, miss = cached[path], uncached[path]
        print(
            f"{path[:44]:44} {hit['rps']:12.0f} {hit['p50']:7.2f} {hit['p99']:7.2f} "
            f"{hit['rps'] / static_rps:8.2f} {miss['rps']:14.0f} {miss['p50']:7.2f} "
            f"{miss['p99']:7.2f} {hit['errors'] + miss['errors']:6d}"
        )
    print(f"publish -> fresh page: {fresh_seconds:.3f} s")
    pages_ok = all(cached[p]["rps"] >= 0.5 * static_rps for p in cached if p != static)
    print(
        f"target cached >= 0.5 x static: {'met' if pages_ok else 'missed'}; "
        f"publish -> fresh <= 1 s: {'met' if fresh_seconds <= 1 else 'missed'}"
    )


if __name__ == "__main__":
    main()
