"""Highlighted titles and excerpts for search results, the same for every search backend.

The page's searchable text is analysed with the index's Swedish analyser, so the words marked are
the ones that matched: a search for "regionerna" marks "Regionen" and "regionernas".
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from modelsearch.index import SearchField
from whoosh.highlight import ContextFragmenter, HtmlFormatter, WholeFragmenter, highlight

from search.backends.whoosh import SWEDISH, SWEDISH_HIGHLIGHT, prepare_text

EXCERPT_CHARS = 240
EXCERPT_WORDS = 40


def stems(terms):
    return {token.text for term in terms for token in SWEDISH(term, mode="query")}


def marked(text, terms, fragmenter, top=1):
    formatter = HtmlFormatter(
        tagname="mark", classname="search-hit", termclass="search-hit--", between=" … "
    )
    return highlight(text, terms, SWEDISH_HIGHLIGHT, fragmenter, formatter, top=top)


def highlighted_title(page, terms):
    return mark_safe(marked(page.title, terms, WholeFragmenter()) or escape(page.title))  # noqa: S308 - escaped by the formatter


def excerpt(page, terms):
    """Up to two passages of the page's text around the matches, or the start of its intro."""
    text = searchable_text(page)
    fragmenter = ContextFragmenter(maxchars=EXCERPT_CHARS, surround=EXCERPT_CHARS // 3)
    passages = marked(text, terms, fragmenter, top=2) if text else ""
    if passages:
        return mark_safe(passages)  # noqa: S308 - the formatter escapes the page's text
    intro = getattr(page, "intro", "") or page.search_description
    return escape(Truncator(intro).words(EXCERPT_WORDS))


def searchable_text(page):
    """The text of the page's search fields other than the title, as the index holds it."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, SearchField) and field.field_name != "title":
            parts.append(prepare_text(field.get_value(page)))
    return "\n".join(part for part in parts if part)


def highlight_results(pages, terms):
    """Each page with `highlighted_title` and `excerpt` set for the results template."""
    terms = stems(terms)
    for page in pages:
        page.highlighted_title = highlighted_title(page, terms)
        page.excerpt = excerpt(page, terms)
    return pages
