"""'Menade du …?': a corrected query, offered only when it finds pages the reader may see.

Candidate words come from the search index (the Whoosh backend's unstemmed `spell` field) or, on
backends without one, from the titles of live public pages. The index holds words of every page,
restricted ones too, so a correction is offered only after a search with it has found a page the
reader may open; a word that exists only behind a login is never suggested to a visitor.
"""

import difflib

from django.core.cache import cache
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.cache import FRAGMENT_TIMEOUT, content_version
from search.query import words_of

MIN_WORD_LENGTH = 4


def did_you_mean(query, visible_pages):
    """The corrected SearchQuery, or None."""
    corrections = {}
    for group in query.groups:
        word = group[0]
        if len(group) > 1 or " " in word or len(word) < MIN_WORD_LENGTH or word.isdigit():
            continue
        candidates = candidate_words(word)
        if candidates:
            corrections[word] = candidates[0]
    if not corrections:
        return None
    corrected = query.replaced(corrections)
    if corrected and visible_pages.search(corrected.strict())[:1]:
        return corrected
    return None


def candidate_words(word):
    backend = get_search_backend()
    if hasattr(backend, "spelling_suggestions"):
        return backend.spelling_suggestions(Page, word)
    return difflib.get_close_matches(word, public_title_words(), n=3, cutoff=0.75)


def public_title_words():
    key = f"search:title-words:{content_version()}"
    words = cache.get(key)
    if words is None:
        titles = Page.objects.live().public().filter(depth__gt=1).values_list("title", flat=True)
        words = sorted({word for title in titles for word in words_of(title) if len(word) > 2})
        cache.set(key, words, timeout=FRAGMENT_TIMEOUT)
    return words
