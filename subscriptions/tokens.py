"""Signed links: the subscriber's random key, signed with a salt per purpose.

The confirmation link expires (CONFIRM_MAX_AGE, matching the purge of unconfirmed addresses);
the links to change topics and to unsubscribe do not, since every mail carries them. A link for
one purpose never works for another (the salt), and none contains the e-mail address.
"""

import datetime
import uuid

from django.core import signing

CONFIRM_MAX_AGE = datetime.timedelta(days=7)
CONFIRM = "subscriptions.confirm"
MANAGE = "subscriptions.manage"
UNSUBSCRIBE = "subscriptions.unsubscribe"


def signer(purpose):
    if purpose == CONFIRM:
        return signing.TimestampSigner(salt=purpose)
    return signing.Signer(salt=purpose)


class BadToken(Exception):
    def __init__(self, expired=False):
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


KEY_LENGTH = 32  # uuid hex
SIGNATURE_LENGTH = 43  # urlsafe base64 of a SHA-256 HMAC, unpadded


def make_token(subscriber, purpose):
    """`<key><timestamp?><signature>`: Django's signed value without its ':' separators (the
    parts have fixed lengths), so the token is a plain URL path segment."""
    signed = signer(purpose).sign(subscriber.key.hex)
    return signed.replace(":", "")


def read_token(token, purpose):
    """The subscriber key the token carries; BadToken if tampered with or expired."""
    key, middle, signature = (
        token[:KEY_LENGTH],
        token[KEY_LENGTH:-SIGNATURE_LENGTH],
        token[-SIGNATURE_LENGTH:],
    )
    signed = ":".join(part for part in (key, middle, signature) if part)
    try:
        if purpose == CONFIRM:
            value = signer(purpose).unsign(signed, max_age=CONFIRM_MAX_AGE)
        else:
            value = signer(purpose).unsign(signed)
        return uuid.UUID(hex=value)
    except signing.SignatureExpired as error:
        raise BadToken(expired=True) from error
    except (signing.BadSignature, ValueError) as error:
        raise BadToken() from error
