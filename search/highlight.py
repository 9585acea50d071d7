"""Highlighted titles and excerpts for search results, the same for every search backend.

The page's text is analysed as the Swedish index analyses it (search.analysis), so the words
marked are the ones that matched: a search for "regionerna" marks "Regionen" and "regionernas",
and one for "forum" marks "Politikerforum".
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from modelsearch.index import SearchField

from search.analysis import last_part, plain_text, query_words, stem, tokens

EXCERPT_CHARS = 240  # of one passage
SURROUND = EXCERPT_CHARS // 3  # characters of context before and after a first match
EXCERPT_PASSAGES = 2
EXCERPT_WORDS = 40  # of the intro, when no passage matches
SEPARATOR = " … "


def stems(terms):
    return {word for term in terms for word in query_words(term)}


def matches(text, terms):
    """[(start, end, term)] of the words of `text` that a search for `terms` found."""
    found = []
    for _, start, end, word in tokens(text):
        word_stem = stem(word)
        term = word_stem if word_stem in terms else last_part(word_stem)
        if term in terms:
            found.append((start, end, term))
    return found


def marked(text, spans, classes):
    """`text` HTML-escaped, with each (start, end, term) span in a <mark>."""
    parts, done = [], 0
    for start, end, term in spans:
        number = classes.setdefault(term, len(classes))
        parts.append(escape(text[done:start]))
        word = escape(text[start:end])
        parts.append(f'<mark class="search-hit search-hit--{number}">{word}</mark>')
        done = end
    parts.append(escape(text[done:]))
    return "".join(parts)


def passages(text, spans):
    """[(start, end, spans)]: windows of up to EXCERPT_CHARS characters, each from a little
    before a match to as many of the next matches as fit."""
    found, index = [], 0
    while index < len(spans):
        start = max(0, spans[index][0] - SURROUND)
        start = text.rfind(" ", 0, start) + 1 if start else 0  # at a word's start
        end = min(len(text), start + EXCERPT_CHARS)
        inside = [span for span in spans[index:] if span[1] <= end] or [spans[index]]
        end = max(end, inside[-1][1])
        if end < len(text):
            end = max(text.rfind(" ", inside[-1][1], end), inside[-1][1])
        found.append((start, end, inside))
        index += len(inside)
    return found


def best_passages(text, spans):
    """The EXCERPT_PASSAGES passages with the most distinct matched words, in text order."""
    ranked = sorted(passages(text, spans), key=lambda p: -len({term for *_, term in p[2]}))
    return sorted(ranked[:EXCERPT_PASSAGES])


def highlighted_title(page, terms):
    return mark_safe(marked(page.title, matches(page.title, terms), {}))  # noqa: S308 - escaped by marked()


def excerpt(page, terms):
    """Up to two passages of the page's text around the matches, or the start of its intro."""
    text = searchable_text(page)
    spans = matches(text, terms)
    if spans:
        classes = {}
        shown = []
        for start, end, inside in best_passages(text, spans):
            shifted = [(s - start, e - start, term) for s, e, term in inside]
            shown.append(marked(text[start:end], shifted, classes).strip())
        return mark_safe(SEPARATOR.join(shown))  # noqa: S308 - escaped by marked()
    intro = getattr(page, "intro", "") or page.search_description
    return escape(Truncator(intro).words(EXCERPT_WORDS))


def searchable_text(page):
    """The text of the page's search fields other than the title, as the index holds it."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            parts.append(plain_text(field.get_value(page)))
    return " ".join(" ".join(part.split()) for part in parts if part)


def highlight_results(pages, terms):
    """Each page with `highlighted_title` and `excerpt` set for the results template."""
    terms = stems(terms)
    for page in pages:
        page.highlighted_title = highlighted_title(page, terms)
        page.excerpt = excerpt(page, terms)
    return pages
