"""One version number for all published content, bumped on every publish and snippet change.

Cached fragments (the main menu, the home page's listings) put it in their keys, so a publish
makes them all stale at once without anyone listing which keys exist.
"""

import time

from django.core.cache import cache
from wagtail.models import PageViewRestriction

CONTENT_VERSION_KEY = "portal:content-version"
# A safety net for caches that are local to one process (LocMemCache): a publish in one worker
# bumps the version only in that worker's cache, so entries also expire on their own.
FRAGMENT_TIMEOUT = 10 * 60


def content_version():
    """The current version; starts from the clock so a lost key never reuses old entries."""
    return cache.get_or_set(CONTENT_VERSION_KEY, time.time_ns, timeout=None)


def bump_content_version():
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, time.time_ns(), timeout=None)


# Callables that return when published content next changes by itself (a meeting starts or
# ends: "Nästa möte" moves on), or None. Sections register theirs; core knows none of them.
CONTENT_CHANGES = []


def register_content_change(source):
    """Registers `source() -> aware datetime | None` (usable as a decorator)."""
    CONTENT_CHANGES.append(source)
    return source


def next_content_change():
    """The earliest time any registered source names, cached under the content version."""
    key = f"portal:next-content-change:{content_version()}"
    found = cache.get(key, "unknown")
    if found == "unknown":
        times = [when for source in CONTENT_CHANGES if (when := source()) is not None]
        found = min(times) if times else None
        cache.set(key, found, timeout=FRAGMENT_TIMEOUT)
    return found


def restricted_paths():
    """Tree paths of every page with a view restriction: what `.public()` must leave out.

    Cached under the content version, which any change to a restriction bumps (core.signals).
    """
    key = f"portal:restricted-paths:{content_version()}"
    paths = cache.get(key)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(key, paths, timeout=FRAGMENT_TIMEOUT)
    return paths


def content_version_context(request):
    """Context processor: `content_version` for `{% cache %}` keys in templates.

    A preview shows an editor's unsaved draft, so it gets a version of its own that no cached
    fragment has.
    """
    if getattr(request, "is_preview", False):
        return {"content_version": f"preview-{time.time_ns()}", "fragment_timeout": 1}
    return {"content_version": content_version(), "fragment_timeout": FRAGMENT_TIMEOUT}
