"""A Whoosh search backend for Wagtail 8, on the `modelsearch` backend interface.

Enable it with::

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": SEARCH_INDEX_DIR,  # optional; settings.SEARCH_INDEX_DIR is the default
            "WRITE_TIMEOUT": 10,  # optional; seconds to wait for another process's write lock
            "REBUILD_PROCESSES": 2,  # optional; processes for update_index (default: CPUs, ≤ 4)
        }
    }

Design:

- One Whoosh index per indexed model root (``wagtailcore_page``, each snippet model, …), each in
  its own directory under PATH. The schema is made of glob fields, so every subclass's
  ``search_fields`` fit in the root's index without schema changes:
  ``t__all`` every SearchField's text (Swedish analyser: Snowball stemmer, stop words,
  lowercase, å/ä/ö kept), each text in its own window of positions,
  ``t_<field>`` SearchField: a boosted one (the title) with postings of its own, which every
  search asks; any other with only its window and length (WindowedText, whoosh_blocks.py),
  as its words are looked up in ``t__all`` inside the window when ``fields=[…]`` asks for it,
  ``a_<field>`` AutocompleteField (edge n-grams), no FilterField (the ORM filters),
  ``pk`` (unique, column), ``ct`` (the object's model and its concrete parents) and
  ``spell`` (every text, lowercased but not stemmed: the words "Menade du …?" suggests from).
  Related fields are flattened to ``t_<relation>__<field>``.
- Boosts are applied at query time from the searched model's ``search_fields`` (so changing a
  boost needs no reindex); ``title`` gets TITLE_BOOST when it declares none.
- Searching asks the index only for matching primary keys and scores (PostingsScorer, in
  whoosh_postings.py, reads them from the posting lists); every filter of the queryset
  (``.live()``, ``.public()``, ``not_descendant_of`` …) is then applied by the ORM, exactly.
- Segments are plain files (no compound file, which Whoosh copies into memory on every open),
  with posting blocks as machine arrays (CODEC, whoosh_blocks.py).
- Saves and deletes wait up to WRITE_TIMEOUT for the write lock; past that they are queued and
  applied in order by a thread of the process (QueuedWrites), so a save never raises and no
  update is lost or overtaken by an older one. A rebuild (``manage.py update_index``) adds every
  batch through one writer, split over REBUILD_PROCESSES processes, one segment each, that
  replaces the index's documents when it commits: until then searches use the old ones.
"""

import json
import logging
import os
import pickle
import re
import shutil
import struct
import threading
import time
from collections import Counter, OrderedDict, defaultdict
from functools import cache
from itertools import islice
from pathlib import Path

import numpy as np
from django.conf import settings
from django.core.management.base import CommandError
from django.db import connections
from django.db.models import Count, Manager
from django.db.models.expressions import RawSQL
from django.utils.encoding import force_str
from modelsearch.backends.base import (
    BaseIndex,
    BaseSearchBackend,
    BaseSearchQueryCompiler,
    BaseSearchResults,
    FilterFieldError,
    get_model_root,
)
from modelsearch.index import (
    AutocompleteField,
    RelatedFields,
    SearchField,
    get_indexed_models,
)
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    SimpleAnalyzer,
    StemFilter,
    StopFilter,
    Token,
)
from whoosh.fields import ID, KEYWORD, NGRAMWORDS, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.lang import stemmer_for_language
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import SegmentReader
from whoosh.writing import CLEAR, SegmentWriter

from search.backends.whoosh_blocks import FlatBlockCodec, FlatPositions, WindowedText
from search.backends.whoosh_postings import PostingsScorer, StaleSegment

logger = logging.getLogger(__name__)

TITLE_BOOST = 2.0
NGRAM_MIN, NGRAM_MAX = 2, 15
MAX_QUERY_TERMS = 64  # a 10,000-character query is cut to its first 64 distinct terms
MAX_SEGMENTS = 6  # segments before single saves' segments are merged (merge_small_segments)
SMALL_SEGMENT = 1000  # documents
REBUILD_MEMORY_MB = 1024  # postings a rebuild sorts in memory before spilling runs to disk
REBUILD_BATCH = 200  # documents handed to a rebuild process at a time
PK_CHUNK = 500  # primary keys per SQL query when checking ranked hits against the queryset
MIN_TOP_K = 50  # best matches checked against the queryset for a results page, at least
CACHED_ANSWERS = 64  # answers kept per thread and index until the next commit
CACHED_ENTRIES = 300_000  # matches in those answers (~35 MB): a broad query's are ~100,000
CACHED_INDEXES = 8  # open searchers per thread (a site has one index per model root); each
# holds ~5 files open per segment
# What reading a damaged table of contents raises (a missing one: FileNotFoundError)
UNREADABLE_INDEX = (whoosh_index.IndexError, EOFError, pickle.UnpicklingError, struct.error)
OPEN_ATTEMPTS = 3  # a commit that merges segments away can race a search: reopen and retry
DRAIN_ATTEMPTS = 20  # opening an index to apply queued updates, 0.5 s apart, before giving up

TEXT_PREFIX = "t_"
SPELLING = "spell"
ALL_TEXT = TEXT_PREFIX + "_all"  # every SearchField's text; no model field can be named "_all"
FIELD_SEPARATOR = "\x1e"  # between the texts of the catch-all field
FIELD_GAP = 10  # positions between two texts in the catch-all field
SPELLING_CHARS = 500  # of each text, for the spelling vocabulary
SPELLING_DOCUMENTS = 3  # per word, in a rebuild (WhooshIndex._new_spellings)
SCHEMA_VERSION = "6"  # bump when documents change shape; an older index is emptied on open
SCHEMA_VERSION_FILE = "schema-version"
AUTOCOMPLETE_PREFIX = "a_"

TOC_FILE = re.compile(r"_MAIN_(\d+)\.toc")
# Posting blocks as machine arrays (whoosh_blocks.py), uncompressed: zlib cost a tenth of a
# rebuild and of every block read, and saved a third of the index's size.
CODEC = FlatBlockCodec()
# Every writer's: lock polling, our codec, segments as plain files
WRITER_OPTIONS = {"delay": 0.1, "codec": CODEC, "compound": False}
_searchers = threading.local()  # {index path: (toc identity, searcher)} per thread
_last_parts = {}  # CompoundPartFilter's memo: {its stems: {stemmed word: last part or None}}
# SharedAnalysis' memo of the document being indexed in this thread: its texts' tokens
# (`analysed`: {text: [(word, position)]}) and their windows in the catch-all field
# (`windows`: {text: [(first, past-last position)]})
_document = threading.local()
_index_words = {}  # swedish_index_words' memo: {word as written: (stem, part) or ()}
CACHED_INDEX_WORDS = 200_000


class CompoundPartFilter(Filter):
    """Swedish writes compounds as one word: "Politikerforum", "Östersjöregionen". When indexing
    (or, with always=True, highlighting), a stemmed word that ends with the stem of one of PARTS
    (give or take an ending), with at least MIN_REST letters before it, also yields that part at
    the same position, so "forum" finds "Politikerforum" (as Elasticsearch's dictionary
    decompounder does). Only the last part: it names what the compound is (a Politikerforum is a
    forum, Regionportalen is not a region). Queries are not split: "politikerforum" still finds
    only that word."""

    PARTS = (
        "forum", "region", "strategi", "dialog", "utveckling", "tillväxt", "kompetens",
        "försörjning", "arbete", "rapport", "politik", "program", "samverkan", "uppföljning",
        "statistik", "innovation", "landsbygd", "kommun", "möte", "företag",
    )  # fmt: skip
    MIN_REST = 3
    MAX_ENDING = 3  # letters after the part: -et, -ets, -en, -ens, -er, -na
    CACHED_WORDS = 100_000

    def __init__(self, always=False):
        self.always = always
        stem = stemmer_for_language("sv")
        self.stems = tuple(sorted({stem(part) for part in self.PARTS}, key=len, reverse=True))

    def __eq__(self, other):
        return isinstance(other, CompoundPartFilter) and self.always == other.always

    def last_part(self, word):
        # Memoised per process: a site has a few thousand distinct words, and trying every
        # part and ending was a third of a rebuild. (Module-level: the schema, this filter
        # included, is pickled into each commit's table of contents.)
        memo = _last_parts.setdefault(self.stems, {})  # per list of parts, should it change
        try:
            return memo[word]
        except KeyError:
            if len(memo) > self.CACHED_WORDS:
                memo.clear()
            part = memo[word] = self._last_part(word)
            return part

    def _last_part(self, word):
        # The stemmer leaves some endings on unknown compounds ("tjänstemannaforumet").
        for ending in range(self.MAX_ENDING + 1):
            stem = word[: len(word) - ending]
            if stem.endswith(self.stems):  # one C call for all the parts, mostly False
                for part in self.stems:
                    if len(stem) - len(part) >= self.MIN_REST and stem.endswith(part):
                        return part
        return None

    def __call__(self, tokens):
        for token in tokens:
            word = token.text
            yield token
            part = self.last_part(word) if self.always or token.mode == "index" else None
            if part:
                token.text = part
                yield token


def swedish(always_split=False):
    """The Swedish analyser: words, lowercase, Swedish stop words, Snowball, compound parts."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | StopFilter(lang="sv")
        | StemFilter(lang="sv")
        | CompoundPartFilter(always=always_split)
    )


class SharedAnalysis(Analyzer):
    """Analyses each text of a document once for the catch-all field and its own field.

    Whoosh indexes a document's fields in name order, so the catch-all field (``t__all``: its
    texts joined by FIELD_SEPARATOR) comes before ``t_body`` and the others. As catch-all, each
    text is analysed and its tokens kept (for this document only, in this thread) and laid out
    after the previous text's with a gap of FIELD_GAP positions, so no phrase spans two fields;
    each text's window (its first and past-last position there) is kept too. As a field's own
    analyser, the kept tokens of the same text are replayed, and a WindowedText's window is
    handed to FlatPositions. Any other use (queries, a text not kept) analyses as `analyzer`
    does. Halved the analysis of a rebuild."""

    def __init__(self, analyzer, catch_all=False):
        self.analyzer = analyzer
        self.catch_all = catch_all

    def __eq__(self, other):
        return isinstance(other, SharedAnalysis) and (self.analyzer, self.catch_all) == (
            other.analyzer,
            other.catch_all,
        )

    def __call__(self, value, mode="", **kwargs):
        if mode != "index" or not isinstance(value, str):
            return self.analyzer(value, mode=mode, **kwargs)
        return self.replay(self.index_words(value))

    def index_words(self, value):
        """[(word, position)] of a text being indexed (FlatPositions reads them directly)."""
        if self.catch_all:
            _document.analysed, _document.windows = {}, defaultdict(list)
            return list(self.layout(value.split(FIELD_SEPARATOR)))
        words = getattr(_document, "analysed", {}).get(value)
        return self.tokens_of(value) if words is None else words

    @staticmethod
    def window_of(text):
        """(first, past-last position) of `text` in the document's catch-all field, None if
        it is not there. Two fields with the same text each take one of its windows."""
        windows = getattr(_document, "windows", {}).get(text)
        return windows.pop(0) if windows else None

    def tokens_of(self, text):
        analysed = getattr(_document, "analysed", {})
        words = analysed.get(text)
        if words is None:
            if self.analyzer == SWEDISH:
                words = swedish_index_words(text)
            else:
                tokens = self.analyzer(text, mode="index", positions=True)
                words = [(token.text, token.pos) for token in tokens]
            analysed[text] = words
        return words

    def layout(self, texts):
        start = 0
        for text in texts:
            words = self.tokens_of(text)
            yield from ((word, start + pos) for word, pos in words)
            if words:
                end = start + words[-1][1] + 1
                _document.windows[text].append((start, end))
                start = end + FIELD_GAP

    @staticmethod
    def replay(words):
        token = Token(positions=True, boosts=True, mode="index")
        for token.text, token.pos in words:
            yield token


SWEDISH = swedish()


def swedish_index_words(text):
    """[(word, position)] of `text` as SWEDISH analyses it for indexing, word for word and
    position for position, without a Token passed through five generators per word: each
    distinct word's analysis is memoised. A third of a rebuild's analysis time."""
    tokenizer, _, stop, _, _ = SWEDISH.items
    words, position = [], None
    for index, match in enumerate(tokenizer.expression.finditer(text)):
        analysed = _index_words.get(match.group())
        if analysed is None:
            analysed = _index_words[match.group()] = analyse_word(match.group(), stop)
        if analysed:
            # StopFilter(renumber=True): the first kept word keeps its place, the next follow
            position = index if position is None else position + 1
            stem, part = analysed
            words.append((stem, position))
            if part:
                words.append((part, position))
    if len(_index_words) > CACHED_INDEX_WORDS:
        _index_words.clear()
    return words


def analyse_word(word, stop):
    """(stem, compound part or None) of a word as SWEDISH indexes it, () for a stop word."""
    _, _, _, stemmer, compounds = SWEDISH.items
    word = word.lower()
    if len(word) < stop.min or (stop.max is not None and len(word) > stop.max):
        return ()
    if word in stop.stops:
        return ()
    stem = word if word in stemmer.ignore else stemmer._stem(word)
    return stem, compounds.last_part(stem)


SWEDISH_FIELD = SharedAnalysis(SWEDISH)
SWEDISH_CATCH_ALL = SharedAnalysis(SWEDISH, catch_all=True)
SWEDISH_HIGHLIGHT = swedish(always_split=True)  # marks "Politikerforum" for "forum"
WORDS = SimpleAnalyzer()  # RegexTokenizer | LowercaseFilter, for autocomplete queries
WORD_PATTERN = WORDS.items[0].expression  # its tokenizer's: the words of the spelling field

INT_TYPES = {
    "AutoField",
    "BigAutoField",
    "SmallAutoField",
    "IntegerField",
    "BigIntegerField",
    "SmallIntegerField",
    "PositiveIntegerField",
    "PositiveBigIntegerField",
    "PositiveSmallIntegerField",
}


def build_schema():
    schema = Schema(
        pk=ID(unique=True, sortable=True),
        ct=KEYWORD(lowercase=False, scorable=False),
    )
    schema.add(SPELLING, TEXT(analyzer=WORDS, phrase=False))
    schema.add(ALL_TEXT, phrase_text(SWEDISH_CATCH_ALL))
    schema.add(TEXT_PREFIX + "*", phrase_text(SWEDISH_FIELD), glob=True)
    schema.add(
        AUTOCOMPLETE_PREFIX + "*",
        NGRAMWORDS(minsize=NGRAM_MIN, maxsize=NGRAM_MAX, at="start"),
        glob=True,
    )
    # No filter fields: filters, facets and orderings are applied by the ORM.
    return schema


def phrase_text(analyzer):
    """A TEXT field with positions, in FlatPositions' encoding."""
    field = TEXT(analyzer=analyzer, phrase=True)
    field.format = FlatPositions(field_boost=field.format.field_boost)
    return field


def model_labels(model):
    """The labels an object of `model` is filed under: its own and each concrete parent's."""
    return [model._meta.label_lower] + [p._meta.label_lower for p in model._meta.get_parent_list()]


def prepare_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(prepare_text(item) for item in value)
    if isinstance(value, dict):
        return "\n".join(prepare_text(item) for item in value.values())
    return force_str(value)


def merge_small_segments(writer, segments):
    """Whoosh merge policy for single saves: each save adds a small segment; once MAX_SEGMENTS
    have piled up, the small ones (up to SMALL_SEGMENT documents) are merged into one, and if
    there are too few of those, everything is. Every segment costs each search a little, and
    Whoosh's default (merging on every commit) rewrote a small index on every save."""
    if len(segments) < MAX_SEGMENTS:
        return segments
    small = [segment for segment in segments if segment.doc_count_all() <= SMALL_SEGMENT]
    merged = small if len(small) >= 2 else segments
    for segment in merged:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment not in merged]


def toc_identity(path):
    """What identifies the index's current commit: its newest table of contents file's name
    and contents, which name the segments by random ids (None: no index). An index emptied
    (reset) starts the numbering again, so the name alone would not do."""
    try:
        tocs = [name for name in os.listdir(path) if TOC_FILE.fullmatch(name)]
    except FileNotFoundError:
        return None
    if not tocs:
        return None
    newest = max(tocs, key=lambda name: int(TOC_FILE.fullmatch(name)[1]))
    try:
        return newest, (Path(path) / newest).read_bytes()
    except FileNotFoundError:  # replaced by a commit since the listing
        return toc_identity(path)


def chunked(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


@cache
def declared_fields(model, field_class):
    """{flattened field name: boost} of the `field_class` fields of `model` and its subclasses
    (a search on Page.objects searches every page type's fields), related fields included."""
    weights = {}

    def walk(search_fields, path):
        for field in search_fields:
            if isinstance(field, RelatedFields):
                walk(field.fields, path + field.field_name + "__")
            elif isinstance(field, field_class):
                boost = getattr(field, "boost", None)
                if not boost and field.field_name == "title" and not path:
                    boost = TITLE_BOOST
                name = path + field.field_name
                weights[name] = max(weights.get(name, 0.0), float(boost or 1.0))

    for indexed in [model, *get_indexed_models()]:
        if issubclass(indexed, model):
            walk(indexed.get_search_fields(), "")
    return weights


class WhooshIndex(BaseIndex):
    """The Whoosh index of one model root, in PATH/<app_label>_<model_name>/."""

    def __init__(self, backend, model):
        super().__init__(backend)
        self.model = model
        self.name = model._meta.label_lower.replace(".", "_")
        self.path = Path(backend.path) / self.name
        self.rebuilding = False
        self._rebuild_writer = None
        self.rebuild_added = 0
        self.rebuild_spellings = Counter()

    def __repr__(self):
        return f"<WhooshIndex {self.name}>"

    def get_key(self):
        return self.name

    def open(self, create=True):
        """The whoosh index, created (under a lock) when missing; None if missing and not create."""
        if whoosh_index.exists_in(self.path):
            if self.schema_version() == SCHEMA_VERSION:
                return whoosh_index.open_dir(self.path)
            logger.warning("%s has an older schema: emptied, run manage.py update_index", self)
            shutil.rmtree(self.path, ignore_errors=True)
        if not create:
            return None
        self.path.mkdir(parents=True, exist_ok=True)
        lock = FileStorage(str(self.path)).lock("CREATELOCK")
        lock.acquire(blocking=True)
        try:
            if not whoosh_index.exists_in(self.path):
                # first, so that no other process ever sees this index without its version
                (self.path / SCHEMA_VERSION_FILE).write_text(SCHEMA_VERSION)
                whoosh_index.create_in(self.path, build_schema())
        finally:
            lock.release()
        return whoosh_index.open_dir(self.path)

    def schema_version(self):
        try:
            return (self.path / SCHEMA_VERSION_FILE).read_text().strip()
        except OSError:
            return None

    def write(self, operations):
        """Applies [(writer method, kwargs)] in one commit, in order after any that wait."""
        QueuedWrites.of(self).write(operations, self.backend.write_timeout)

    def add_model(self, model):
        self.open()

    def refresh(self):
        pass  # each search opens a searcher on the latest commit

    def reset(self):
        shutil.rmtree(self.path, ignore_errors=True)
        self.open()

    def document(self, obj):
        model = obj.__class__
        texts, autocompletes = defaultdict(list), defaultdict(list)
        doc = {"pk": str(obj.pk), "ct": " ".join(model_labels(model))}

        def collect(instance, search_fields, prefix):
            for field in search_fields:
                if isinstance(field, SearchField):
                    text = prepare_text(field.get_value(instance))
                    if text:
                        texts[prefix + field.field_name].append(text)
                elif isinstance(field, AutocompleteField):
                    text = prepare_text(field.get_value(instance))
                    if text:
                        autocompletes[prefix + field.field_name].append(text)
                elif isinstance(field, RelatedFields):
                    related = field.get_value(instance)
                    if related is None:
                        continue
                    if isinstance(related, Manager):
                        related = related.all()
                    elif callable(related):
                        related = related()
                    if related is None:
                        continue
                    if not hasattr(related, "__iter__"):
                        related = [related]
                    for sub in related:
                        collect(sub, field.fields, prefix + field.field_name + "__")

        collect(obj, obj.get_search_fields(), "")
        boosts = declared_fields(model, SearchField)
        for name, values in texts.items():
            text = "\n".join(values).replace(FIELD_SEPARATOR, " ")
            # Only the boosted fields, which every search asks, have postings of their own;
            # the others are searched (with fields=[…]) inside their window of the catch-all.
            # Whoosh indexes fields in name order: a window exists only for a field after it.
            windowed = boosts.get(name, 1.0) <= 1 and TEXT_PREFIX + name > ALL_TEXT
            doc[TEXT_PREFIX + name] = WindowedText(text) if windowed else text
        every_text = [doc[TEXT_PREFIX + name] for name in texts]
        doc[ALL_TEXT] = FIELD_SEPARATOR.join(every_text)
        # Long bodies add many words but few that readers mistype and none that they miss
        # in titles and intros; the vocabulary stays half the index's size otherwise.
        doc[SPELLING] = "\n".join(text[:SPELLING_CHARS] for text in every_text)
        doc.update({AUTOCOMPLETE_PREFIX + name: " ".join(v) for name, v in autocompletes.items()})
        return doc

    def add_items(self, model, items):
        items = list(items)
        if not items:
            return
        if self.rebuilding:
            self._add_rebuilding(items)
            return
        self.write([("update_document", self.document(obj)) for obj in items])

    def _add_rebuilding(self, items):
        """Rebuild: every batch goes into one writer, committed (as one segment) by the rebuilder's
        finish(). An object also stored as a more specific indexed model (multi-table
        inheritance) is left to that model's pass."""
        model = items[0].__class__
        skip = self._pks_of_subclasses(model, [obj.pk for obj in items])
        try:
            for obj in items:
                if obj.pk not in skip:
                    doc = self.document(obj)
                    doc[SPELLING] = self._new_spellings(doc[SPELLING])
                    self._rebuild_writer.add_document(**doc)
                    self.rebuild_added += 1
        except Exception:  # the rebuild fails: the index stays as it was, and unlocked
            self._rebuild_writer.cancel()
            self.rebuilding = False
            raise

    def _new_spellings(self, text):
        """The words of `text` that fewer than SPELLING_DOCUMENTS documents of this rebuild
        have brought: "Menade du" needs each word in the vocabulary, and its frequency only to
        choose between two words as close, so each word's first few documents suffice. A
        fifth of a rebuild's time otherwise."""
        seen, words = self.rebuild_spellings, []
        for word in map(re.Match.group, WORD_PATTERN.finditer(text.lower())):
            count = seen.get(word, 0)  # not seen[word]: a Counter's __missing__ is Python
            if count < SPELLING_DOCUMENTS:
                seen[word] = count + 1
                words.append(word)
        return " ".join(words)

    def rebuild_writer(self, timeout):
        """One writer for a whole rebuild, holding the index's write lock until it commits.
        With several processes (REBUILD_PROCESSES), each analyses and writes a share of the
        documents into its own segment, which halves a rebuild on two cores; the segments are
        kept rather than merged at the end."""
        ix = self.open()
        processes = self.backend.rebuild_processes
        if processes > 1:
            return RebuildMpWriter(
                ix,
                procs=processes,
                multisegment=True,
                batchsize=REBUILD_BATCH,
                limitmb=REBUILD_MEMORY_MB // processes,
                timeout=timeout,
                **WRITER_OPTIONS,
            )
        return ix.writer(timeout=timeout, limitmb=REBUILD_MEMORY_MB, **WRITER_OPTIONS)

    @staticmethod
    def _pks_of_subclasses(model, pks):
        found = set()
        for sub in get_indexed_models():
            if sub is not model and issubclass(sub, model) and not sub._meta.abstract:
                found.update(sub._base_manager.filter(pk__in=pks).values_list("pk", flat=True))
        return found

    def delete_item(self, item):
        if self.open(create=False) is not None:
            self.write([("delete_by_term", {"fieldname": "pk", "text": str(item.pk)})])

    def current(self):
        """This thread's CommitSearcher on the latest commit, or None without an index."""
        by_path = _searchers.__dict__.setdefault("by_path", OrderedDict())
        cached = by_path.pop(self.path, None)
        identity = toc_identity(self.path)
        if cached and cached.identity == identity:
            by_path[self.path] = cached
            return cached
        if cached:
            cached.searcher.close()
        current = self._open_searcher(identity)
        if current is None:
            return None
        by_path[self.path] = current
        while len(by_path) > CACHED_INDEXES:  # e.g. tests' temporary indexes
            by_path.popitem(last=False)[1].searcher.close()
        return current

    def _open_searcher(self, identity):
        """A CommitSearcher on the latest commit, its keys read at once: a segment's files are
        opened when first read, and a commit that merges the segment away deletes them."""
        to_python = self.model._meta.pk.to_python  # subclasses share the root's keys
        for _ in range(OPEN_ATTEMPTS):
            ix = self.open(create=False) if identity is not None else None
            if ix is None:
                return None
            searcher = ix.searcher()
            current = CommitSearcher(identity, searcher, to_python)
            try:
                current.primary_keys()
                return current
            except (StaleSegment, OSError):
                searcher.close()
                identity = toc_identity(self.path)
        raise StaleSegment(f"{self} changed on every attempt to open it")

    def _forget_searcher(self):
        cached = _searchers.__dict__.get("by_path", {}).pop(self.path, None)
        if cached:
            cached.searcher.close()

    def _ask(self, key, compute, nothing):
        """`compute(current)`, kept as this commit's answer to `key`; on a commit that
        deleted a segment file before this searcher read it, asked again on the new one."""
        for _ in range(OPEN_ATTEMPTS):
            current = self.current()
            if current is None:
                return nothing
            try:
                return current.answer(key, lambda current=current: compute(current))
            except StaleSegment:
                self._forget_searcher()
        raise StaleSegment(f"{self} changed on every attempt to search it")

    def _of_model(self, model, query):
        # Every document of this index is of the root model: filtering on it only costs time.
        if model is self.model:
            return query
        return wq.And([query, wq.Term("ct", model._meta.label_lower)])

    def search(self, model, query, limit=None):
        """{pk: score} of the best `limit` (None: all) documents of `model` (or its subclasses)
        matching the whoosh query, best first."""
        query = self._of_model(model, query)
        key = ("ranked", repr(query), limit)
        return self._ask(key, lambda current: current.ranked(query, limit), {})

    def matching_pks(self, model, query):
        """The primary keys of every match, unordered: for counts, facets and other orderings.
        They come from the same scores as the ranking, so a results page and its count read
        each posting list once."""
        query = self._of_model(model, query)
        return self._ask(("matching", repr(query)), lambda current: current.matching(query), [])

    def spelling_suggestions(self, word, limit=3):
        """Indexed words close to `word` (edit distance ≤ 2), most frequent first."""
        current = self.current()
        if current is None or not word:
            return []
        corrector = current.searcher.corrector(SPELLING)
        return [w for w in corrector.suggest(word, limit=limit + 1, maxdist=2) if w != word][:limit]


class QueuedWrites:
    """A process's single saves and deletes of one index, applied in the order they were made.

    A write takes the index's write lock, waiting up to WRITE_TIMEOUT for another process's
    write (or a whole rebuild) to end; past that it is queued, and one thread per index applies
    everything queued, in order, in one commit as soon as it gets the lock. Writes made while
    others wait join the queue instead of overtaking it: with Whoosh's AsyncWriter (a thread per
    write, whichever got the lock first committing first), a page saved and then published
    during a rebuild could end up indexed as saved, not as published."""

    _by_path = {}
    _guard = threading.Lock()

    def __init__(self, index):
        self.index = index
        self.lock = threading.Lock()
        self.pending = []
        self.thread = None

    @classmethod
    def of(cls, index):
        with cls._guard:
            queue = cls._by_path.get(index.path)
            if queue is None:
                queue = cls._by_path[index.path] = cls(index)
            return queue

    def write(self, operations, timeout):
        with self.lock:
            if not self.pending and self.thread is None:
                writer = self._writer(timeout)
                if writer is not None:
                    apply(writer, operations)
                    return
            self.pending.extend(operations)
            if self.thread is None:
                self.thread = threading.Thread(target=self._drain, name=f"{self.index} writes")
                self.thread.start()  # not a daemon: a command's writes are applied before it exits

    def wait(self, timeout=None):
        """Until what was queued is applied (tests, and commands that exit)."""
        thread = self.thread
        if thread is not None:
            thread.join(timeout)

    def _writer(self, timeout):
        try:
            return self.index.open().writer(timeout=timeout, **WRITER_OPTIONS)
        except LockError:
            return None

    def _drain(self):
        try:
            self._drain_queue()
        except Exception:  # never leave a dead thread that later writes would queue behind
            logger.exception("%s: applying queued index updates failed", self.index)
            with self.lock:
                self.thread = None

    def _drain_queue(self):
        failures = 0
        while True:
            with self.lock:
                if not self.pending:
                    self.thread = None
                    return
            try:
                writer = self._writer(timeout=1.0)
            except Exception:  # e.g. a commit replaced the table of contents as it was read
                failures += 1
                if failures < DRAIN_ATTEMPTS:
                    time.sleep(0.5)
                    continue
                logger.exception("%s: queued index updates dropped", self.index)
                writer = None
            with self.lock:  # writes made from now on queue behind these
                operations, self.pending = self.pending, []
            if writer is not None:
                self._apply_logged(writer, operations)
            failures = 0

    def _apply_logged(self, writer, operations):
        """Applies queued operations; if one fails, the others one by one (an error is logged,
        as a save's own indexing error is, and costs only its own update)."""
        try:
            apply(writer, operations)
            return
        except Exception:
            if len(operations) == 1:
                logger.exception("%s: a queued index update failed", self.index)
                return
        for operation in operations:
            writer = None
            while writer is None:
                writer = self._writer(timeout=1.0)
            self._apply_logged(writer, [operation])


def apply(writer, operations):
    """Applies [(writer method, kwargs)] and commits, or cancels on an error. Only each
    document's last operation: Whoosh's update_document does not replace a document added
    earlier by the same writer, so a page saved twice would be there twice."""
    latest = {}
    for method, kwargs in operations:
        pk = kwargs["pk"] if method == "update_document" else kwargs["text"]
        latest.pop(pk, None)
        latest[pk] = method, kwargs
    try:
        for method, kwargs in latest.values():
            getattr(writer, method)(**kwargs)
    except Exception:
        writer.cancel()
        raise
    writer.commit(mergetype=merge_small_segments)


def forget_answers():
    """Empty this thread's answer caches (the benchmark's "cold" queries)."""
    for current in getattr(_searchers, "by_path", {}).values():
        current.forget_answers()


class CommitSearcher:
    """A searcher on one commit of an index, kept per thread, with the answers it gave.

    Opening a searcher costs milliseconds per segment, and a commit changes nothing for the
    queries asked before it, so both live until the next commit (or a rebuild) changes the
    table of contents. Answers are only Whoosh's matches and scores; what a reader may see is
    decided by the ORM on every request."""

    def __init__(self, identity, searcher, to_python):
        self.identity = identity
        self.searcher = searcher
        self.to_python = to_python  # of the index's primary keys, stored as text
        self.answers = OrderedDict()
        self.answered = 0  # matches in self.answers
        self._primary_keys = None
        self.postings = PostingsScorer(searcher, catch_all=ALL_TEXT)

    def answer(self, key, compute):
        """compute(), kept for this commit: the last CACHED_ANSWERS answers, fewer when they
        hold more than CACHED_ENTRIES matches (the newest is always kept)."""
        if key in self.answers:
            self.answers.move_to_end(key)
            return self.answers[key]
        value = self.answers[key] = compute()
        self.answered += len(value)
        while len(self.answers) > 1 and (
            len(self.answers) > CACHED_ANSWERS or self.answered > CACHED_ENTRIES
        ):
            self.answered -= len(self.answers.popitem(last=False)[1])
        return value

    def forget_answers(self):
        self.answers.clear()
        self.answered = 0

    def primary_keys(self):
        """Every document number's primary key, as an int64 array for integer keys (read
        from each segment's column once: a lookup per match cost a microsecond each)."""
        if self._primary_keys is None:
            if not self.searcher.doc_count_all():  # an empty (just reset or created) index
                return []
            parts = [
                self.postings.leaf_array(leaf, "pk", lambda r=reader: self.segment_keys(r))
                for leaf, (reader, _) in enumerate(self.postings.leaves)
            ]
            if all(isinstance(part, np.ndarray) for part in parts):
                self._primary_keys = np.concatenate(parts)
            else:
                self._primary_keys = [key for part in parts for key in part]
        return self._primary_keys

    def segment_keys(self, reader):
        keys = [self.to_python(value) for value in reader.column_reader("pk")]
        if len(keys) != reader.doc_count_all():  # the segment's key file was merged away
            raise StaleSegment("primary keys")
        if all(type(key) is int for key in keys):
            return np.array(keys, np.int64)
        return keys

    def scores(self, query):
        """Scored: every match's docnum and score (PostingsScorer: Whoosh's scores, in bulk)."""
        return self.answer(("scores", repr(query)), lambda: self.postings.scores(query))

    def ranked(self, query, limit):
        scored = self.scores(query)
        docnums, scores = scored.docnums, scored.scores
        if not len(docnums):  # an empty (just reset or created) index has no "pk" column either
            return {}
        if limit is not None and limit < len(scores):
            # The limit-th best score; only the few at or above it are sorted.
            threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
            best = scores >= threshold
            docnums, scores = docnums[best], scores[best]
        # best first; equal scores in document order, as Whoosh orders them
        order = np.lexsort((docnums, -scores))[:limit]
        pks = self.keys_of(docnums[order])
        return dict(zip(pks, scores[order].tolist(), strict=True))

    def matching(self, query):
        """The primary keys of every match, ascending when they are integers (SQLite finds a
        sorted list's rows faster)."""
        docnums = self.scores(query).docnums
        if not len(docnums):
            return []
        return self.keys_of(docnums, ascending=True)

    def keys_of(self, docnums, ascending=False):
        keys = self.primary_keys()
        if isinstance(keys, np.ndarray):
            found = keys[docnums]
            return (np.sort(found) if ascending else found).tolist()
        return [keys[docnum] for docnum in docnums.tolist()]


class RebuildMpWriter(MpWriter):
    """Whoosh's MpWriter with its indexing processes as daemons: if update_index fails half-way
    (an object whose text raises), they end with it instead of keeping it waiting for them
    forever."""

    def _new_task(self):
        args = (self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs)
        task = SubWriterTask(*args, self.multisegment)
        task.daemon = True
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self):
        for task in self.tasks:  # Whoosh's cancel() flags its copy of them, not the processes
            task.terminate()
        SegmentWriter.cancel(self)


class WhooshRebuilder:
    """Lets `update_index` add every object through one writer, which replaces the index's
    documents when it commits (Whoosh's CLEAR merge): until then searches find the old ones.
    The writer takes the write lock before any object is read, so saves made meanwhile wait
    (QueuedWrites) and are applied on top of the new documents, not lost under them."""

    def __init__(self, index):
        self.index = index

    def start(self):
        index = self.index
        self._open_or_reset()
        index._rebuild_writer = index.rebuild_writer(max(index.backend.write_timeout, 60))
        index.rebuilding = True
        index.rebuild_added = 0
        index.rebuild_spellings = Counter()
        return index

    def _open_or_reset(self):
        """Opens the index, or empties it if it cannot be read (update_index is how a broken
        index is repaired); a table of contents replaced while being read is read again."""
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self.index.open()
                return
            except FileNotFoundError:
                if attempt == OPEN_ATTEMPTS - 1:
                    raise
            except UNREADABLE_INDEX:
                logger.exception("%s could not be read: emptied, to be rebuilt", self.index)
                self.index.reset()
                return

    def finish(self):
        writer, self.index._rebuild_writer = self.index._rebuild_writer, None
        self.index.rebuilding = False
        writer.commit(mergetype=CLEAR)  # with no objects (or --schema-only): an empty index
        # Whoosh drops the share of an indexing process that died without a word.
        indexed = self.index.open().doc_count()
        if indexed < self.index.rebuild_added:
            raise CommandError(
                f"{self.index}: {indexed} of {self.index.rebuild_added} objects were indexed (an "
                "indexing process failed). Run update_index again; if it recurs, set the "
                "backend's REBUILD_PROCESSES to 1."
            )


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    HANDLES_ORDER_BY_EXPRESSIONS = True  # ordering is done by the ORM
    field_class = SearchField
    prefix = TEXT_PREFIX
    analyzer = SWEDISH

    catch_all = ALL_TEXT

    def weighted_fields(self):
        """[(whoosh field name, boost)] to search for the queryset's model, limited to `fields`.

        Without `fields`: the catch-all field, plus each boosted field again for its boost.
        One posting list per word instead of one per field made searches several times
        faster."""
        weights = declared_fields(self.queryset.model, self.field_class)
        if self.fields:
            selected = {name: w for name, w in weights.items() if name in self.fields}
            # autocomplete on a field declared only as SearchField: search its n-grams anyway
            weights = selected or dict.fromkeys(self.fields, 1.0)
        elif self.catch_all and weights:
            boosted = [(self.prefix + name, w) for name, w in weights.items() if w > 1]
            return [(self.catch_all, 1.0), *boosted]
        return [(self.prefix + name, boost) for name, boost in weights.items()]

    def tokens(self, text):
        seen = []
        for token in self.analyzer(text.replace("\x00", " "), mode="query"):
            if token.text not in seen:
                seen.append(token.text)
            if len(seen) >= MAX_QUERY_TERMS:
                break
        return seen

    def term_query(self, fields, token, boost):
        return wq.Or([wq.Term(name, token, boost=weight * boost) for name, weight in fields])

    def combine(self, queries, operator):
        if not queries:
            return wq.NullQuery
        if len(queries) == 1:
            return queries[0]
        return wq.And(queries) if operator == "and" else wq.Or(queries)

    def phrase_query(self, fields, text, boost):
        words = self.tokens(text)
        if len(words) < 2:
            return self.combine([self.term_query(fields, w, boost) for w in words], "and")
        return wq.Or([wq.Phrase(name, words, boost=weight * boost) for name, weight in fields])

    def fuzzy_query(self, fields, query, boost):
        terms = []
        # unaccent: "ecole" finds "école"; each accent counts as one edit, the first letter too
        prefix = 0 if getattr(query, "unaccent", False) else 1
        for word in self.tokens(query.query_string):
            maxdist = 1 if len(word) <= 5 else 2
            terms.append(
                wq.Or(
                    [
                        wq.FuzzyTerm(
                            name, word, boost=weight * boost, maxdist=maxdist, prefixlength=prefix
                        )
                        for name, weight in fields
                    ]
                )
            )
        return self.combine(terms, query.operator)

    def build(self, query, fields=None, boost=1.0):
        """The whoosh query for a modelsearch query."""
        fields = fields if fields is not None else self.weighted_fields()
        if not fields and not isinstance(query, (MatchAll, Not, And, Or, Boost)):
            return wq.NullQuery
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, PlainText):
            boost *= query.boost
            terms = [self.term_query(fields, t, boost) for t in self.tokens(query.query_string)]
            return self.combine(terms, query.operator)
        if isinstance(query, Phrase):
            return self.phrase_query(fields, query.query_string, boost)
        if isinstance(query, Fuzzy):
            return self.fuzzy_query(fields, query, boost)
        if isinstance(query, Boost):
            return self.build(query.subquery, fields, boost * query.boost)
        if isinstance(query, Not):
            return wq.Not(self.build(query.subquery, fields, boost))
        if isinstance(query, And):
            return wq.And([self.build(q, fields, boost) for q in query.subqueries])
        if isinstance(query, Or):
            return wq.Or([self.build(q, fields, boost) for q in query.subqueries])
        raise NotImplementedError(
            f"`{query.__class__.__name__}` is not supported by the Whoosh search backend."
        )


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    catch_all = None  # few fields are autocompleted (Page: its title)
    field_class = AutocompleteField
    prefix = AUTOCOMPLETE_PREFIX
    analyzer = WORDS

    def term_query(self, fields, token, boost):
        if len(token) < NGRAM_MIN:
            return wq.Or([wq.Prefix(name, token, boost=w * boost) for name, w in fields])
        token = token[:NGRAM_MAX]
        return wq.Or([wq.Term(name, token, boost=w * boost) for name, w in fields])

    def phrase_query(self, fields, text, boost):
        return self.combine([self.term_query(fields, t, boost) for t in self.tokens(text)], "and")

    def fuzzy_query(self, fields, query, boost):
        terms = [self.term_query(fields, t, boost) for t in self.tokens(query.query_string)]
        return self.combine(terms, query.operator)


class WhooshSearchResults(BaseSearchResults):
    """Whoosh finds and ranks, the ORM decides: every result and count is checked against the
    queryset (``.live()``, ``.public()``, restrictions …), so a stale index entry can never show
    a page the queryset excludes. Every match is scored once per commit (PostingsScorer); a
    results page checks the best few against the queryset, counts, facets and other orderings
    use all matches."""

    supports_facet = True

    def _kind(self):
        """("all" | "none" | "hits" | "not", the whoosh query)."""
        query = self.query_compiler.query
        if isinstance(query, MatchAll):
            return "all", None
        if isinstance(query, Not) and isinstance(query.subquery, MatchAll):
            return "none", None
        kind = "hits"
        if isinstance(query, Not):
            kind, query = "not", query.subquery
        return kind, self.query_compiler.build(query)

    def _shared(self, key, compute):
        # Kept on the query compiler, which the slices and count() of one search share: a
        # results page and its count cost one Whoosh search each, not one per call.
        cache = self.query_compiler.__dict__.setdefault("_whoosh_cache", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def _index(self):
        model = self.query_compiler.queryset.model
        return model, self.backend.get_index_for_model(model)

    def _matching_pks(self):
        _, query = self._shared("kind", self._kind)
        model, index = self._index()
        return self._shared("all", lambda: index.matching_pks(model, query))

    def _top(self, limit):
        _, query = self._shared("kind", self._kind)
        model, index = self._index()
        return self._shared(("top", limit), lambda: index.search(model, query, limit=limit))

    def _filtered_queryset(self):
        """The queryset narrowed by the search (not sliced), or None when ranking by score."""
        queryset = self.query_compiler.queryset
        kind, _ = self._shared("kind", self._kind)
        if kind == "none":
            return queryset.none()
        if kind == "hits":
            if self.query_compiler.order_by_relevance:
                return None
            queryset = queryset.filter(pk__in=pk_values(queryset, self._matching_pks()))
        elif kind == "not":
            queryset = queryset.exclude(pk__in=pk_values(queryset, self._matching_pks()))
        if not queryset.query.order_by:
            # keep results consistent across pages (wagtail/wagtail#3729)
            queryset = queryset.order_by("-pk")
        return queryset

    def _visible(self, pks, fields):
        """(pk, *fields) of the `pks` that the queryset holds, in their order."""
        queryset = self.query_compiler.queryset
        for chunk in chunked(pks, PK_CHUNK):
            rows = queryset.filter(pk__in=chunk).values_list("pk", *fields)
            found = {row[0]: row for row in rows}
            yield from (found[pk] for pk in chunk if pk in found)

    def _ranked(self, fields=()):
        """(visible rows (pk, *fields) best first, at least up to self.stop when there are that
        many; scores).
        Takes a few more of the best than needed, and four times as many while the queryset
        turns too many of them down (restricted sections, drafts)."""
        limit = None if self.stop is None else max(MIN_TOP_K, 2 * self.stop)
        while True:
            scores = self._top(limit)
            visible = list(islice(self._visible(scores, fields), self.stop))
            if limit is None or len(visible) >= self.stop or len(scores) < limit:
                return visible, scores
            limit *= 4

    def _do_search(self):
        queryset = self._filtered_queryset()
        if queryset is not None:
            results = list(queryset[self.start : self.stop])
            kind, _ = self._shared("kind", self._kind)
            scores = self._top(None) if self._score_field and kind == "hits" else {}
        else:
            visible, scores = self._ranked()
            pks = [pk for (pk,) in visible[self.start : self.stop]]
            objects = self.query_compiler.queryset.filter(pk__in=pks).in_bulk()
            results = [objects[pk] for pk in pks if pk in objects]
        if self._score_field:
            for obj in results:
                setattr(obj, self._score_field, scores.get(obj.pk))
        return results

    def ranked_values(self, *fields):
        """[(pk, *fields)] of these results in their order, without building model instances:
        the search page needs only the ids and types of up to 1,000 hits, and a Page instance
        costs ~0.1 ms to build."""
        queryset = self._filtered_queryset()
        if queryset is not None:
            return list(queryset[self.start : self.stop].values_list("pk", *fields))
        visible, _ = self._ranked(fields)
        return visible[self.start : self.stop]

    def _do_count(self):
        queryset = self._filtered_queryset()
        if queryset is not None:
            count = queryset.count()
        else:
            queryset = self.query_compiler.queryset
            count = queryset.filter(pk__in=pk_values(queryset, self._matching_pks())).count()
        count = max(count - self.start, 0)
        return min(count, self.stop - self.start) if self.stop is not None else count

    def facet(self, field_name):
        field = self.query_compiler._get_filterable_field(field_name)
        if field is None:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to '
                f"{self.query_compiler.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        queryset = self._filtered_queryset()
        if queryset is None:
            queryset = self.query_compiler.queryset
            queryset = queryset.filter(pk__in=pk_values(queryset, self._matching_pks()))
        rows = queryset.order_by().values(field_name).annotate(count=Count("pk")).order_by("-count")
        return OrderedDict((row[field_name], row["count"]) for row in rows)


def pk_values(queryset, pks):
    """`pks` for `pk__in`: as one JSON or array parameter that SQLite or PostgreSQL unpacks, for
    integer keys. Django writes a placeholder per key otherwise: compiling thousands cost more
    than the query, and SQLite refuses more than 32,766 of them."""
    field = queryset.model._meta.pk
    while field.is_relation:  # a child page's key is its parent's
        field = field.target_field
    if len(pks) <= PK_CHUNK or field.get_internal_type() not in INT_TYPES:
        return pks
    vendor = connections[queryset.db].vendor
    if vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(pks)])
    if vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [list(pks)])
    return pks


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshSearchQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    index_class = WhooshIndex
    rebuilder_class = WhooshRebuilder
    # A full disk or a broken index must not stop an editor from publishing; the error is logged
    # and `manage.py update_index` repairs the index.
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        params = {key.upper(): value for key, value in params.items()}
        self.path = Path(params.get("PATH") or settings.SEARCH_INDEX_DIR)
        self.write_timeout = float(params.get("WRITE_TIMEOUT", 10))
        default_processes = min(os.cpu_count() or 1, 4)
        self.rebuild_processes = max(1, int(params.get("REBUILD_PROCESSES", default_processes)))

    def get_index_for_model(self, model):
        return self.index_class(self, get_model_root(model))

    def spelling_suggestions(self, model, word, limit=3):
        """Words of the index of `model` close to `word`. They may come from any indexed object,
        so callers must check that a suggestion finds something the reader may see."""
        return self.get_index_for_model(model).spelling_suggestions(word.lower(), limit)


SearchBackend = WhooshSearchBackend
