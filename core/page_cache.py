"""Whole responses for anonymous visitors from the shared cache, until content changes.

Content changes only when an editor publishes (or when a meeting starts or ends), so a page
rendered for one visitor without a session serves the next ones too. The key carries the
content version (core.cache), which every publish, unpublish, move, restriction and snippet
change bumps, so the next request after a publish renders afresh; nothing needs purging. An
entry lives at most PAGE_CACHE_TIMEOUT seconds and never past the next time content changes by
itself (core.cache.next_content_change).

Never cached: requests with a session cookie (logged-in editors and staff) or other than
GET/HEAD, the admin and previews, and any response that is not a 200, streams, sets a cookie (a
form's CSRF token: subscription, accessibility and login forms), or says Cache-Control private,
no-cache or no-store (restricted pages and their files, the search box's suggestions).

Place it after WhiteNoise and before SessionMiddleware: it answers before a session is loaded,
and what it stores carries the headers the inner middleware set (CSP included).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_cache_control

from core.cache import content_version, next_content_change

UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
MIN_TIMEOUT = 1  # seconds; an entry that would expire sooner is not stored


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return shareable(response, lifetime())
        response = self.get_response(request)
        timeout = storable_for(response)
        if timeout:
            cache.set(key, response, timeout)
            response["X-Page-Cache"] = "miss"
            shareable(response, timeout)
        return response


def shareable(response, seconds):
    """Let a shared front cache keep the page as long as this cache would (s-maxage), but
    never a browser: its copy could not be purged on publish."""
    patch_cache_control(response, s_maxage=max(seconds, 0))
    return response


def is_cacheable_request(request):
    return (
        getattr(settings, "PAGE_CACHE", True)
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    )


def cache_key(request):
    address = f"{request.method}:{request.get_host()}:{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"portal:page:{content_version()}:{digest}"


def storable_for(response):
    """Seconds the response may be kept, or 0 when it must not be."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return 0
    directives = {
        part.split("=")[0].strip().lower() for part in response.get("Cache-Control", "").split(",")
    }
    if directives & UNCACHEABLE_DIRECTIVES:
        return 0
    timeout = lifetime()
    return timeout if timeout >= MIN_TIMEOUT else 0


def lifetime():
    """Seconds until a cached page may be out of date by itself: the timeout, or sooner when a
    meeting starts or ends ("Nästa möte", upcoming or held)."""
    timeout = settings.PAGE_CACHE_TIMEOUT
    change = next_content_change()
    if change is not None:
        timeout = min(timeout, int((change - timezone.now()).total_seconds()))
    return timeout
