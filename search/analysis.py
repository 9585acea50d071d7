"""Swedish text analysis for the site search: words, lowercase, stop words, Snowball stems and
the last part of compound words.

Plain functions on strings, with no search engine behind them: the Whoosh backend wraps them in
its analyser, the highlighter marks what they match, and other backends' settings can reuse
COMPOUND_PARTS and STOP_WORDS.

Swedish writes compounds as one word ("Politikerforum", "Östersjöregionen"). When indexing, a
stem that ends with the stem of one of COMPOUND_PARTS (give or take a short ending), with at
least MIN_REST letters before it, also yields that part at the same position, so "forum" finds
"Politikerforum" (as Elasticsearch's dictionary decompounder does). Only the last part: it names
what the compound is (a Politikerforum is a forum, Regionportalen is not a region). Queries are
not split: "politikerforum" finds only that word.
"""

import re
from functools import lru_cache

import snowballstemmer

COMPOUND_PARTS = (
    "forum", "region", "strategi", "dialog", "utveckling", "tillväxt", "kompetens",
    "försörjning", "arbete", "rapport", "politik", "program", "samverkan", "uppföljning",
    "statistik", "innovation", "landsbygd", "kommun", "möte", "företag",
)  # fmt: skip
STOP_WORD_TEXT = """
    alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din
    dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne
    hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min
    mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina
    sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför
    varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt
    över"""
STOP_WORDS = frozenset(STOP_WORD_TEXT.split())  # Whoosh's (and Snowball's) Swedish list
WORD = re.compile(r"\w+(?:\.?\w+)*")
MIN_WORD_LENGTH = 2  # shorter words are dropped, as stop words are
MIN_REST = 3  # letters before a compound part
MAX_ENDING = 3  # letters after a compound part that the stemmer left: -et, -ets, -en, -er …
CACHED_WORDS = 100_000

_stemmer = snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=CACHED_WORDS)
def stem(word):
    """The Snowball stem of a lowercased word."""
    return _stemmer.stemWord(word)


PART_STEMS = tuple(sorted({stem(part) for part in COMPOUND_PARTS}, key=len, reverse=True))


@lru_cache(maxsize=CACHED_WORDS)
def last_part(word_stem):
    """The compound part `word_stem` ends with, or None (the stem of a part alone: None)."""
    for ending in range(MAX_ENDING + 1):
        head = word_stem[: len(word_stem) - ending]
        for part in PART_STEMS:
            if head.endswith(part) and len(head) - len(part) >= MIN_REST:
                return part
    return None


def is_kept(word):
    return len(word) >= MIN_WORD_LENGTH and word not in STOP_WORDS


def tokens(text):
    """[(position, start, end, lowercased word)] of every word kept (stop words dropped), the
    positions counting kept words only, so a phrase skips stop words as it is indexed."""
    found, position = [], 0
    for match in WORD.finditer(text):
        word = match.group().lower()
        if is_kept(word):
            found.append((position, match.start(), match.end(), word))
            position += 1
    return found


def index_words(text):
    """[(term, position)] as the index holds `text`: each word's stem, and its compound part
    at the same position."""
    terms = []
    for position, _, _, word in tokens(text):
        word_stem = stem(word)
        terms.append((word_stem, position))
        part = last_part(word_stem)
        if part:
            terms.append((part, position))
    return terms


def query_words(text):
    """The distinct stems of a query's words, in order (compounds are not split)."""
    return list(dict.fromkeys(stem(word) for _, _, _, word in tokens(text)))


def plain_text(value):
    """A search field's value (text, a list of texts, a StreamField's content …) as one text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(plain_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(plain_text(item) for item in value.values())
    return str(value)
