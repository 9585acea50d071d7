"""What a reader typed, turned into a search query any Wagtail search backend understands.

Words and "quoted phrases" only: every other character (brackets, wildcards, operators, control
characters, emoji) is dropped, so no input can reach a backend's own query syntax. Each word, or
run of words that is a synonym (search.models.SearchSynonym), becomes one alternative group; all
groups must match, and `loosened()` lets any of them match when that finds nothing.

A synonym that holds a one-word synonym of its group as one of its words ("region sörmland"
beside "sörmland") is shown and highlighted but not searched: every page it finds, the one word
finds too, on any backend, and each alternative costs the backend lookups.
"""

import re
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, Phrase, PlainText

from search.analysis import is_kept
from search.models import synonym_groups

MAX_QUERY_LENGTH = 200
MAX_GROUPS = 12
LONGEST_SYNONYM = 4  # words
WORD = re.compile(r"\w+(?:[-']\w+)*")
PHRASE = re.compile(r'"([^"]*)"')
WHOLE_WORD = re.compile(r"\w+")  # no hyphen, apostrophe or dot: one token on every backend


def words_of(text):
    return [word.lower() for word in WORD.findall(text)]


@dataclass
class SearchQuery:
    text: str  # the cleaned text, as shown back to the reader
    groups: list = field(default_factory=list)  # [[alternative terms]], a group per word/phrase

    @classmethod
    def parse(cls, raw):
        raw = raw[: MAX_QUERY_LENGTH * 2]
        phrases = [words_of(p) for p in PHRASE.findall(raw)]
        words = words_of(PHRASE.sub(" ", raw))
        groups = [[" ".join(p)] for p in phrases if p] + expand_synonyms(words)
        groups = groups[:MAX_GROUPS]
        text = " ".join(f'"{g[0]}"' if " " in g[0] and len(g) == 1 else g[0] for g in groups)
        return cls(text=text[:MAX_QUERY_LENGTH], groups=groups)

    def __bool__(self):
        return bool(self.groups)

    @property
    def terms(self):
        """Every term and synonym, for highlighting."""
        return [term for group in self.groups for term in group]

    def strict(self):
        return self._combine(And)

    def loosened(self):
        return self._combine(Or)

    def _combine(self, operator):
        parts = [alternatives_query(searched_terms(group)) for group in self.groups]
        return parts[0] if len(parts) == 1 else operator(parts)

    def replaced(self, corrections):
        """This query with words replaced ({word: correction}), for "Menade du …?"."""
        text = " ".join(corrections.get(word, word) for word in self.text.split())
        return SearchQuery.parse(text)


def term_query(term):
    return Phrase(term) if " " in term else PlainText(term)


def alternatives_query(terms):
    return Or([term_query(t) for t in terms]) if len(terms) > 1 else term_query(terms[0])


def searched_terms(group):
    """The group's terms less those that hold one of its one-word terms as a word. A one-word
    term is a single word that is not a stop word: "e-tjänster" or "i norr" are not one word
    on every backend."""
    single = {term for term in group if WHOLE_WORD.fullmatch(term) and is_kept(term)}
    return [term for term in group if len(term.split()) < 2 or not single & set(term.split())]


def expand_synonyms(words):
    """[[word or synonym run, synonyms …]] with the longest synonym run at each position."""
    synonyms = synonym_groups()
    groups, position = [], 0
    while position < len(words):
        for length in range(min(LONGEST_SYNONYM, len(words) - position), 0, -1):
            run = " ".join(words[position : position + length])
            if length == 1 or run in synonyms:
                groups.append(synonyms.get(run, [run]))
                position += length
                break
    return groups
