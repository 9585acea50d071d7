"""Limits on the subscription form, kept in Django's cache (shared in production: Redis or the
file cache, see portal/settings); nothing is written to the database and no IP address is kept.

Keys hold a keyed hash of the address, not the address, and expire with their window.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """REMOTE_ADDR, or the header a reverse proxy sets (SUBSCRIPTIONS_CLIENT_IP_HEADER); for a
    list such as X-Forwarded-For, the last entry, which is the one our own proxy added."""
    header = getattr(settings, "SUBSCRIPTIONS_CLIENT_IP_HEADER", "")
    value = request.META.get(header, "") if header else ""
    value = value.split(",")[-1].strip() if value else ""
    return value or request.META.get("REMOTE_ADDR", "")


def hit(scope, identity, limit, window):
    """Count one event for identity in the current window; False once over the limit."""
    digest = hmac.new(settings.SECRET_KEY.encode(), identity.encode(), hashlib.sha256)
    bucket = int(time.time() // window)
    key = f"subscriptions:{scope}:{digest.hexdigest()[:32]}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count <= limit


def form_allowed(request):
    limit, window = settings.SUBSCRIPTIONS_FORM_RATE
    return hit("form", client_ip(request), limit, window)


def mail_allowed(address):
    """At most a few mails an hour to one address from the form, whoever asks for them."""
    limit, window = settings.SUBSCRIPTIONS_MAILS_PER_ADDRESS
    return hit("address", address, limit, window)
