"""A Whoosh search backend on modelsearch's backend interface: Whoosh indexes and ranks, the ORM
decides what a request may see.

Enable it with::

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.whoosh",
            "PATH": SEARCH_INDEX_DIR,  # optional; settings.SEARCH_INDEX_DIR is the default
            "WRITE_TIMEOUT": 10,  # optional; seconds a save waits for another writer's lock
        }
    }

One Whoosh index per indexed model root (``wagtailcore_page``, each snippet model …), in its
own directory under PATH, with Whoosh's own codec, merge policy and BM25F scoring. Fields:
``t__all`` every SearchField's text (so a plain search asks one field), ``t_<field>`` each
SearchField (related fields as ``t_<relation>__<field>``), ``a_<field>`` AutocompleteFields as
edge n-grams, ``spell`` the unstemmed words "Menade du …?" suggests from, ``pk`` and ``ct`` (the
object's model and its concrete parents). No filter fields: the ORM filters, orders and facets.
"""

import json
import logging
import os
import shutil
import threading
import time
from collections import OrderedDict
from functools import cache
from itertools import islice, pairwise
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connections
from django.db.models import Count, F, Lookup, Manager, Q
from django.db.models.expressions import RawSQL
from modelsearch.backends.base import (
    BaseIndex,
    BaseSearchBackend,
    BaseSearchQueryCompiler,
    BaseSearchResults,
    FilterFieldError,
    get_model_root,
)
from modelsearch.index import AutocompleteField, RelatedFields, SearchField, get_indexed_models
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import SimpleAnalyzer, Token, Tokenizer
from whoosh.fields import ID, KEYWORD, NGRAMWORDS, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.writing import CLEAR

from search import analysis

logger = logging.getLogger(__name__)

SCHEMA_VERSION = "10"  # bump when documents change shape; an older index is emptied on open
SCHEMA_VERSION_FILE = "schema-version"
TITLE_BOOST = 2.0
NGRAM_MIN, NGRAM_MAX = 2, 15
MAX_QUERY_TERMS = 64  # a 10,000-character query is cut to its first 64 distinct terms
PK_CHUNK = 500  # primary keys per SQL query when checking ranked hits against the queryset
WRITE_ATTEMPTS = 10  # waits for the write lock of a save that found it taken, then it is dropped
RETRY_TIMEOUT = 30  # seconds of each of those waits (a rebuild holds the lock for its whole run)
REBUILD_MEMORY_MB = 1024  # of postings a rebuild keeps in memory before it sorts on disk
MAX_REBUILD_PROCESSES = 4  # a rebuild's default: one Whoosh sub-writer per CPU, at most this many
SPELLING_CHARS = 500  # of each text: mistyped words are in titles and intros, not deep in bodies

ALL_TEXT, TEXT_PREFIX, AUTOCOMPLETE_PREFIX, SPELLING = "t__all", "t_", "a_", "spell"
FIELD_SEPARATOR = "\x1e"  # between the texts of the catch-all field: no word pair spans two
PAIR_SEPARATOR = " "
INT_TYPES = {"AutoField", "BigAutoField", "SmallAutoField", "IntegerField", "BigIntegerField"}
UNREADABLE_INDEX = (whoosh_index.IndexError, EOFError, OSError, ValueError)
_searchers = threading.local()  # {index path: searcher} and its keys, one per thread


class SwedishTokenizer(Tokenizer):
    """search.analysis as a Whoosh analyser: stems and, when indexing, compound parts.

    With `pairs`, indexing also yields each two neighbouring words as one term ("regionalt
    tillväxtarbet"), as Whoosh's BiWordFilter does: a phrase is then found by looking up its
    pairs instead of comparing the positions of every document holding its words."""

    def __init__(self, pairs=False):
        self.pairs = pairs

    def __call__(self, value, positions=False, mode="", start_pos=0, **kwargs):
        token = Token(positions=positions, mode=mode, **kwargs)
        for text in value.split(FIELD_SEPARATOR):
            if mode == "index":
                terms = analysis.index_words(text)
                if self.pairs:
                    terms += word_pairs(terms)
            else:
                terms = [(word, n) for n, word in enumerate(analysis.query_words(text))]
            for token.text, position in terms:
                token.stopped, token.boost, token.pos = False, 1.0, start_pos + position
                yield token


def word_pairs(terms):
    """[(pair term, position)] of each term at a position with each term at the next one
    (a compound's part stands beside its word, so "forum region" pairs as the positions do)."""
    at = {}
    for term, position in terms:
        at.setdefault(position, []).append(term)
    return [
        (pair_term(first, second), position)
        for position, firsts in at.items()
        for first in firsts
        for second in at.get(position + 1, ())
    ]


def pair_term(first, second):
    return f"{first}{PAIR_SEPARATOR}{second}"  # no word holds a space: no word looks like a pair


def build_schema():
    schema = Schema(
        pk=ID(unique=True, sortable=True),  # a column: reading it costs less than stored fields
        ct=KEYWORD(lowercase=False, scorable=False),
        spell=TEXT(analyzer=SimpleAnalyzer(), phrase=False),
        # no positions: the postings every search and count reads stay small (phrases: pairs)
        t__all=TEXT(analyzer=SwedishTokenizer(pairs=True), phrase=False),
    )
    schema.add(TEXT_PREFIX + "*", TEXT(analyzer=SwedishTokenizer(), phrase=True), glob=True)
    ngrams = NGRAMWORDS(minsize=NGRAM_MIN, maxsize=NGRAM_MAX, at="start")
    schema.add(AUTOCOMPLETE_PREFIX + "*", ngrams, glob=True)
    return schema


def model_labels(model):
    """The labels an object of `model` is filed under: its own and each concrete parent's."""
    return [model._meta.label_lower] + [p._meta.label_lower for p in model._meta.get_parent_list()]


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


def related_objects(field, instance):
    related = field.get_value(instance)
    if isinstance(related, Manager):
        related = related.all()
    elif callable(related):
        related = related()
    if related is None:
        return []
    return related if hasattr(related, "__iter__") else [related]


def document(obj):
    """The Whoosh document of a model instance."""
    texts, autocompletes = {}, {}

    def collect(instance, search_fields, prefix):
        for field in search_fields:
            if isinstance(field, RelatedFields):
                for sub in related_objects(field, instance):
                    collect(sub, field.fields, prefix + field.field_name + "__")
            elif isinstance(field, (SearchField, AutocompleteField)):
                text = analysis.plain_text(field.get_value(instance)).replace(FIELD_SEPARATOR, " ")
                into = texts if isinstance(field, SearchField) else autocompletes
                if text:
                    into.setdefault(prefix + field.field_name, []).append(text)

    collect(obj, obj.get_search_fields(), "")
    doc = {"pk": str(obj.pk), "ct": " ".join(model_labels(obj.__class__))}
    doc.update({TEXT_PREFIX + name: "\n".join(v) for name, v in texts.items()})
    doc.update({AUTOCOMPLETE_PREFIX + name: " ".join(v) for name, v in autocompletes.items()})
    every_text = [doc[TEXT_PREFIX + name] for name in texts]
    doc[ALL_TEXT] = FIELD_SEPARATOR.join(every_text)
    doc[SPELLING] = "\n".join(text[:SPELLING_CHARS] for text in every_text)
    return doc


class WhooshIndex(BaseIndex):
    """The Whoosh index of one model root, in PATH/<app_label>_<model_name>/."""

    def __init__(self, backend, model):
        super().__init__(backend)
        self.model = model
        self.name = model._meta.label_lower.replace(".", "_")
        self.path = Path(backend.path) / self.name
        self.rebuild_writer = None  # while update_index rebuilds this index
        self.rebuild_added = 0

    def __repr__(self):
        return f"<WhooshIndex {self.name}>"

    def get_key(self):
        return self.name

    def schema_version(self):
        try:
            return (self.path / SCHEMA_VERSION_FILE).read_text().strip()
        except OSError:
            return None

    def open(self, create=True):
        """The Whoosh index, created when missing (None if missing and not `create`). An index
        of an older schema is emptied: `manage.py update_index` fills it again."""
        # Checked before Whoosh reads the index: an older schema may name classes that no
        # longer exist, and reading its table of contents would fail.
        version = self.schema_version()
        if version is not None and version != SCHEMA_VERSION:
            logger.warning("%s has an older schema: emptied, run manage.py update_index", self)
            shutil.rmtree(self.path, ignore_errors=True)
        elif whoosh_index.exists_in(self.path):
            return whoosh_index.open_dir(self.path)
        if not create:
            return None
        self.path.mkdir(parents=True, exist_ok=True)
        lock = FileStorage(str(self.path)).lock("CREATELOCK")  # two processes' first saves
        lock.acquire(blocking=True)
        try:
            if not whoosh_index.exists_in(self.path):
                (self.path / SCHEMA_VERSION_FILE).write_text(SCHEMA_VERSION)
                whoosh_index.create_in(self.path, build_schema())
        finally:
            lock.release()
        return whoosh_index.open_dir(self.path)

    def add_model(self, model):
        self.open()

    def refresh(self):
        pass  # every search checks that its searcher is on the latest commit

    def reset(self):
        forget_searcher(self.path)
        shutil.rmtree(self.path, ignore_errors=True)
        self.open()

    def add_item(self, obj):
        self.add_items(obj.__class__, [obj])

    def add_items(self, model, items):
        items = list(items)
        if self.rebuild_writer is not None:
            self.add_rebuilding(model, items)
        elif items:
            PendingWrites.of(self).write([("update", document(obj)) for obj in items], self.backend)

    def add_rebuilding(self, model, items):
        """Adds to the rebuild's writer; an object of a more specific indexed model
        (multi-table inheritance) is left to that model's turn."""
        skip = self.pks_of_subclasses(model, [obj.pk for obj in items])
        try:
            for obj in items:
                if obj.pk not in skip:
                    self.rebuild_writer.add_document(**document(obj))
                    self.rebuild_added += 1
        except Exception:  # the rebuild fails: the index stays as it was, and unlocked
            self.rebuild_writer.cancel()
            self.rebuild_writer = None
            raise

    @staticmethod
    def pks_of_subclasses(model, pks):
        found = set()
        for sub in get_indexed_models():
            if sub is not model and issubclass(sub, model) and not sub._meta.abstract:
                found.update(
                    sub.get_indexed_objects().filter(pk__in=pks).values_list("pk", flat=True)
                )
        return found

    def delete_item(self, item):
        if self.open(create=False) is not None:
            PendingWrites.of(self).write([("delete", str(item.pk))], self.backend)

    def searcher(self):
        """This thread's searcher on the latest commit (None without an index). A new commit
        gets a new searcher: Whoosh 2.7.5's refresh() reuses the readers of segments by id,
        with their old deletions, and keeps segments that the commit merged away."""
        by_path = _searchers.__dict__.setdefault("by_path", {})
        searcher = by_path.get(self.path)
        if searcher is not None and self.schema_version() == SCHEMA_VERSION:
            try:
                if searcher.up_to_date():
                    return searcher
            except UNREADABLE_INDEX:  # emptied since: open it anew
                pass
        forget_searcher(self.path)
        ix = self.open(create=False)
        if ix is None:
            return None
        by_path[self.path] = ix.searcher()
        return by_path[self.path]

    def search(self, model, query, limit=None, scored=True):
        """{pk: score} of the best `limit` (None: all) documents of `model` (or a subclass)
        matching the Whoosh query, best first; all of them unordered when not `scored`."""
        searcher = self.searcher()
        if searcher is None or query is wq.NullQuery or not searcher.doc_count_all():
            return {}
        only = None if model is self.model else wq.Term("ct", model._meta.label_lower)
        keys = self.keys(searcher)
        if not scored:  # the matches' numbers straight from the matcher: no collector, no scores
            query = query if only is None else wq.And([query, only])
            return dict.fromkeys(keys[docnum] for docnum in searcher.docs_for_query(query))
        hits = searcher.search(query, limit=limit, filter=only, sortedby=None)
        return {keys[docnum]: score for docnum, score in hits.items()}

    def keys(self, searcher):
        """[primary key] by document number, read once per searcher (a search of thousands of
        hits then finds their keys in a list, not each in the index's column)."""
        by_path = _searchers.__dict__.setdefault("keys_by_path", {})
        read_by, keys = by_path.get(self.path, (None, None))
        if read_by is not searcher:
            to_python = self.model._meta.pk.to_python
            keys = [to_python(key) for key in searcher.reader().column_reader("pk")]
            by_path[self.path] = searcher, keys
        return keys

    def spelling_suggestions(self, word, limit=3):
        """Indexed words close to `word` (edit distance ≤ 2), most frequent first."""
        searcher = self.searcher()
        if searcher is None or not word:
            return []
        corrector = searcher.corrector(SPELLING)
        return [w for w in corrector.suggest(word, limit=limit + 1, maxdist=2) if w != word][:limit]


def forget_searcher(path):
    _searchers.__dict__.get("keys_by_path", {}).pop(path, None)
    searcher = _searchers.__dict__.get("by_path", {}).pop(path, None)
    if searcher is not None:
        searcher.close()


class PendingWrites:
    """The saves and deletes of one index in this process, in the order they were made.

    A write waits up to WRITE_TIMEOUT for the index's write lock (another process's save, or a
    rebuild). Past that it is queued, and one thread applies the queue in one commit once it
    gets the lock. It tries WRITE_ATTEMPTS times in a row (a wait for the lock, or a failed
    open or commit and a pause) before it logs an error and drops the queue (`manage.py
    update_index` then brings the index up to date). Writes made while others
    wait join the queue, so a newer save is never overtaken by an older one."""

    by_path = {}
    guard = threading.Lock()

    def __init__(self, index):
        self.index = index
        self.lock = threading.Lock()
        self.pending = []
        self.thread = None

    @classmethod
    def of(cls, index):
        with cls.guard:
            return cls.by_path.setdefault(index.path, cls(index))

    def write(self, operations, backend):
        """Applies `operations` now, or queues them if the lock is not free within the
        `backend`'s WRITE_TIMEOUT (the backend that saves, not the one that made the queue)."""
        with self.lock:
            if not self.pending and self.thread is None:
                try:
                    writer = self.index.open().writer(timeout=backend.write_timeout)
                except LockError:
                    writer = None
                if writer is not None:
                    apply(writer, operations)
                    return
            self.pending.extend(operations)
            if self.thread is None:
                self.thread = threading.Thread(target=self.drain, name=f"{self.index} writes")
                self.thread.start()

    def wait(self, timeout=None):
        """Until what was queued is applied (tests, and commands that exit)."""
        thread = self.thread
        if thread is not None:
            thread.join(timeout)

    def drain(self):
        attempts = 0
        while True:
            with self.lock:
                if self.pending and attempts == WRITE_ATTEMPTS:
                    logger.error("%s: %d index updates dropped", self.index, len(self.pending))
                    self.pending = []
                if not self.pending:
                    self.thread = None
                    return
            attempts = 0 if self.apply_pending() else attempts + 1

    def apply_pending(self):
        """One attempt at the queue, True if it was applied. What fails stays queued, ahead of
        newer writes; an error other than a lock held elsewhere waits RETRY_TIMEOUT."""
        try:
            writer = self.index.open().writer(timeout=RETRY_TIMEOUT)
        except LockError:
            return False
        except Exception:
            logger.exception("%s: the index cannot be opened for queued updates", self.index)
            time.sleep(RETRY_TIMEOUT)
            return False
        with self.lock:  # writes made from now on queue behind these
            operations, self.pending = self.pending, []
        try:
            apply(writer, operations)
        except Exception:
            logger.exception("%s: queued index updates failed", self.index)
            with self.lock:
                self.pending[:0] = operations
            time.sleep(RETRY_TIMEOUT)
            return False
        return True


def apply(writer, operations):
    """Applies [("update", document) | ("delete", pk)] in one commit, or cancels on an error.
    Only each object's last operation: Whoosh's update_document does not replace a document
    added earlier by the same writer."""
    latest = {}
    for kind, value in operations:
        pk = value["pk"] if kind == "update" else value
        latest.pop(pk, None)
        latest[pk] = kind, value
    try:
        for kind, value in latest.values():
            if kind == "update":
                writer.update_document(**value)
            else:
                writer.delete_by_term("pk", value)
    except Exception:
        writer.cancel()
        raise
    writer.commit()  # Whoosh's default merge policy merges the small segments


class WhooshRebuilder:
    """Lets `update_index` add every object through one writer, which replaces the index's
    documents when it commits (Whoosh's CLEAR merge): until then searches find the old ones.
    The writer holds the write lock, so saves made meanwhile wait (PendingWrites) and are
    applied on top of the new documents."""

    def __init__(self, index):
        self.index = index

    def start(self):
        index = self.index
        try:
            ix = index.open()
            ix.doc_count()
        except UNREADABLE_INDEX:
            logger.exception("%s could not be read: emptied, to be rebuilt", index)
            index.reset()
            ix = index.open()
        timeout = max(index.backend.write_timeout, 60)
        index.rebuild_writer = ix.writer(
            timeout=timeout,
            limitmb=index.backend.rebuild_memory_mb,
            procs=index.backend.rebuild_processes,  # Whoosh's MpWriter when more than one
            multisegment=True,  # a segment per process, merged by later commits' merge policy
        )
        index.rebuild_added = 0
        return index

    def finish(self):
        index = self.index
        writer, index.rebuild_writer = index.rebuild_writer, None
        writer.commit(mergetype=CLEAR)  # with no objects (or --schema-only): an empty index
        indexed = index.open().doc_count()
        if indexed < index.rebuild_added:
            raise CommandError(
                f"{index}: {indexed} of {index.rebuild_added} objects were indexed. "
                "Run update_index again."
            )


class WhooshSearchQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    HANDLES_ORDER_BY_EXPRESSIONS = True  # ordering is done by the ORM
    field_class = SearchField
    prefix = TEXT_PREFIX
    catch_all = ALL_TEXT

    def weighted_fields(self):
        """[(Whoosh field, boost)] to search for the queryset's model, limited to `fields`:
        the catch-all field, and each boosted field again for its boost."""
        weights = declared_fields(self.queryset.model, self.field_class)
        if self.fields:
            selected = {name: w for name, w in weights.items() if name in self.fields}
            # autocomplete on a field declared only as SearchField: search its n-grams anyway
            weights = selected or dict.fromkeys(self.fields, 1.0)
        elif self.catch_all and weights:
            boosted = [(self.prefix + name, w) for name, w in weights.items() if w > 1]
            return [(self.catch_all, 1.0), *boosted]
        return [(self.prefix + name, boost) for name, boost in weights.items()]

    def words(self, text):
        return analysis.query_words(text.replace("\x00", " "))[:MAX_QUERY_TERMS]

    def term_query(self, fields, word, boost):
        return wq.Or([wq.Term(name, word, boost=weight * boost) for name, weight in fields])

    def phrase_query(self, fields, text, boost):
        words = self.words(text)
        if len(words) < 2:
            return combine([self.term_query(fields, w, boost) for w in words], "and")
        return wq.Or([self.field_phrase(name, words, weight * boost) for name, weight in fields])

    def field_phrase(self, name, words, boost):
        """The phrase in one field. The catch-all field keeps no positions: there, its word
        pairs, and for three words or more, only where every pair is, the phrase by position
        in one of the text fields."""
        if name != ALL_TEXT:
            return wq.Phrase(name, words, boost=boost)
        if len(words) == 2:
            return wq.Term(name, pair_term(*words), boost=boost)
        pairs = [wq.Term(name, pair_term(a, b)) for a, b in pairwise(words)]
        fields = declared_fields(self.queryset.model, SearchField)
        in_a_field = wq.Or([wq.Phrase(TEXT_PREFIX + field, words) for field in fields])
        return wq.And([*pairs, in_a_field], boost=boost)

    def match_fields(self):
        """The fields whose matches are all the matches: the catch-all field holds every text,
        so the boosted fields searched beside it add to scores, not to the documents found."""
        fields = self.weighted_fields()
        return fields[:1] if fields and fields[0][0] == self.catch_all else fields

    def fuzzy_query(self, fields, query, boost):
        # unaccent: "ecole" finds "école"; each accent counts as one edit, the first letter too
        prefix = 0 if getattr(query, "unaccent", False) else 1
        terms = [
            wq.Or(
                [
                    wq.FuzzyTerm(name, word, boost=w * boost, maxdist=1 if len(word) <= 5 else 2,
                                 prefixlength=prefix)
                    for name, w in fields
                ]
            )
            for word in self.words(query.query_string)
        ]  # fmt: skip
        return combine(terms, query.operator)

    def build(self, query, fields=None, boost=1.0):
        """The Whoosh query for a modelsearch query."""
        fields = fields if fields is not None else self.weighted_fields()
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, Boost):
            return self.build(query.subquery, fields, boost * query.boost)
        if isinstance(query, Not):
            return wq.Not(self.build(query.subquery, fields, boost))
        if isinstance(query, (And, Or)):
            subqueries = [self.build(q, fields, boost) for q in query.subqueries]
            return wq.And(subqueries) if isinstance(query, And) else wq.Or(subqueries)
        if not fields:
            return wq.NullQuery
        if isinstance(query, PlainText):
            words = self.words(query.query_string)
            terms = [self.term_query(fields, w, boost * query.boost) for w in words]
            return combine(terms, query.operator)
        if isinstance(query, Phrase):
            return self.phrase_query(fields, query.query_string, boost)
        if isinstance(query, Fuzzy):
            return self.fuzzy_query(fields, query, boost)
        raise NotImplementedError(
            f"`{query.__class__.__name__}` is not supported by the Whoosh search backend."
        )


def combine(queries, operator):
    if not queries:
        return wq.NullQuery
    if len(queries) == 1:
        return queries[0]
    return wq.And(queries) if operator == "and" else wq.Or(queries)


class WhooshAutocompleteQueryCompiler(WhooshSearchQueryCompiler):
    DEFAULT_OPERATOR = "and"
    catch_all = None  # few fields are autocompleted (Page: its title)
    field_class = AutocompleteField
    prefix = AUTOCOMPLETE_PREFIX

    def words(self, text):
        words = analysis.WORD.findall(text.replace("\x00", " ").lower())
        return list(dict.fromkeys(words))[:MAX_QUERY_TERMS]

    def term_query(self, fields, word, boost):
        if len(word) < NGRAM_MIN:
            return wq.Or([wq.Prefix(name, word, boost=w * boost) for name, w in fields])
        return wq.Or([wq.Term(name, word[:NGRAM_MAX], boost=w * boost) for name, w in fields])

    def phrase_query(self, fields, text, boost):
        return combine([self.term_query(fields, w, boost) for w in self.words(text)], "and")

    def fuzzy_query(self, fields, query, boost):
        terms = [self.term_query(fields, w, boost) for w in self.words(query.query_string)]
        return combine(terms, query.operator)


class WhooshSearchResults(BaseSearchResults):
    """Whoosh finds and ranks, the ORM decides: every result and count is checked against the
    queryset (``.live()``, ``.public()``, restrictions …), so a stale index entry can never
    show a page the queryset excludes."""

    supports_facet = True

    def shared(self, key, compute):
        # Kept on the query compiler, which the slices and count() of one search share: a
        # results page and its count cost one Whoosh search each, not one per call.
        answers = self.query_compiler.__dict__.setdefault("whoosh_answers", {})
        if key not in answers:
            answers[key] = compute()
        return answers[key]

    def kind(self):
        """("all" | "none" | "hits" | "not", the Whoosh query)."""
        query = self.query_compiler.query
        if isinstance(query, MatchAll):
            return "all", None
        if isinstance(query, Not) and isinstance(query.subquery, MatchAll):
            return "none", None
        kind = "hits"
        if isinstance(query, Not):
            kind, query = "not", query.subquery
        return kind, self.query_compiler.build(query)

    def match_query(self):
        """The Whoosh query that finds the same documents on fewer fields, for counts and
        filters, where no score is needed."""
        query = self.query_compiler.query
        query = query.subquery if isinstance(query, Not) else query
        return self.query_compiler.build(query, self.query_compiler.match_fields())

    def whoosh(self, limit=None, scored=True):
        if scored:
            _, query = self.shared("kind", self.kind)
        else:
            query = self.shared("match", self.match_query)
        model = self.query_compiler.queryset.model
        index = self.backend.get_index_for_model(model)
        key = (limit, scored)
        return self.shared(key, lambda: index.search(model, query, limit=limit, scored=scored))

    def matching_pks(self):
        """Every match's key: from a ranking already asked for that holds them all, if any."""
        answers = self.query_compiler.__dict__.get("whoosh_answers", {})
        for key, found in answers.items():
            if isinstance(key, tuple) and (key[0] is None or len(found) < key[0]):
                return list(found)
        return list(self.whoosh(scored=False))

    def filtered_queryset(self):
        """The queryset narrowed by the search (not sliced), or None when ranking by score."""
        queryset = self.query_compiler.queryset
        kind, _ = self.shared("kind", self.kind)
        if kind == "none":
            return queryset.none()
        if kind == "hits":
            if self.query_compiler.order_by_relevance:
                return None
            queryset = queryset.filter(pk_in(queryset, self.matching_pks()))
        elif kind == "not":
            queryset = queryset.exclude(pk_in(queryset, self.matching_pks()))
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # the same order on every page of results
        return queryset

    def visible(self, pks, fields):
        """(pk, *fields) of the `pks` that the queryset holds, in their order."""
        queryset = self.query_compiler.queryset
        for start in range(0, len(pks), PK_CHUNK):
            chunk = pks[start : start + PK_CHUNK]
            found = {
                row[0]: row for row in queryset.filter(pk__in=chunk).values_list("pk", *fields)
            }
            yield from (found[pk] for pk in chunk if pk in found)

    def ranked(self, fields=()):
        """(visible rows (pk, *fields) best first, up to self.stop when there are that many;
        scores). Asks Whoosh for just as many as the page shows, then four times as many while
        the queryset turns too many of the best down (drafts, restricted sections): the fewer
        Whoosh ranks, the more of the matches its block-quality skipping leaves unscored."""
        limit = self.stop
        while True:
            scores = self.whoosh(limit)
            visible = list(islice(self.visible(list(scores), fields), self.stop))
            if limit is None or len(visible) >= self.stop or len(scores) < limit:
                return visible, scores
            limit *= 4

    def _do_search(self):
        queryset = self.filtered_queryset()
        if queryset is not None:
            results = list(queryset[self.start : self.stop])
            kind, _ = self.shared("kind", self.kind)
            scores = self.whoosh() if self._score_field and kind == "hits" else {}
        else:
            visible, scores = self.ranked()
            pks = [pk for (pk,) in visible[self.start : self.stop]]
            objects = self.query_compiler.queryset.filter(pk__in=pks).in_bulk()
            results = [objects[pk] for pk in pks if pk in objects]
        if self._score_field:
            for obj in results:
                setattr(obj, self._score_field, scores.get(obj.pk))
        return results

    def ranked_values(self, *fields):
        """[(pk, *fields)] of these results in their order, without building model instances
        (the search page needs only the ids and types of its hits)."""
        queryset = self.filtered_queryset()
        if queryset is not None:
            return list(queryset[self.start : self.stop].values_list("pk", *fields))
        visible, _ = self.ranked(fields)
        return visible[self.start : self.stop]

    def matching_queryset(self):
        queryset = self.filtered_queryset()
        if queryset is None:
            queryset = self.query_compiler.queryset
            queryset = queryset.filter(pk_in(queryset, self.matching_pks()))
        return queryset

    def _do_count(self):
        count = max(self.matching_queryset().count() - self.start, 0)
        return min(count, self.stop - self.start) if self.stop is not None else count

    def facet(self, field_name):
        model = self.query_compiler.queryset.model
        filterable = {f.get_attname(model) for f in model.get_filterable_search_fields()}
        if field_name not in filterable:
            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to '
                f"{self.query_compiler.queryset.model.__name__}.search_fields.",
                field_name=field_name,
            )
        rows = (
            self.matching_queryset()
            .order_by()
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return OrderedDict((row[field_name], row["count"]) for row in rows)


class InArray(Lookup):
    """`column = ANY(%s::<column type>[])` with one array literal: PostgreSQL hashes it and scans
    the table once, where `IN (SELECT unnest(…))` probes the index once per key, and psycopg
    quotes one string faster than thousands of integers."""

    prepare_rhs = False  # the keys go as one literal, not through the column's get_prep_value

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        db_type = self.lhs.output_field.db_type(connection)
        return f"{lhs} = ANY(%s::{db_type}[])", [*params, "{" + ",".join(map(str, self.rhs)) + "}"]


def pk_in(queryset, pks):
    """The condition `pk in pks` for filter() and exclude(): for many integer keys one parameter
    that the database unpacks (SQLite refuses more than 32,766 placeholders)."""
    field = queryset.model._meta.pk
    while field.is_relation:  # a child page's key is its parent's
        field = field.target_field
    if len(pks) <= PK_CHUNK or field.get_internal_type() not in INT_TYPES:
        return Q(pk__in=pks)
    vendor = connections[queryset.db].vendor
    if vendor == "sqlite":
        return Q(pk__in=RawSQL("SELECT value FROM json_each(%s)", [json.dumps(pks)]))
    if vendor == "postgresql":
        return InArray(F("pk"), [int(pk) for pk in pks])
    return Q(pk__in=pks)


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
        self.rebuild_memory_mb = int(params.get("REBUILD_MEMORY_MB", REBUILD_MEMORY_MB))
        processes = params.get("REBUILD_PROCESSES", min(MAX_REBUILD_PROCESSES, os.cpu_count() or 1))
        self.rebuild_processes = int(processes)

    def get_index_for_model(self, model):
        return self.index_class(self, get_model_root(model))

    def spelling_suggestions(self, model, word, limit=3):
        """Words of the index of `model` close to `word`. They may come from any indexed object,
        so callers must check that a suggestion finds something the reader may see."""
        return self.get_index_for_model(model).spelling_suggestions(word.lower(), limit)


SearchBackend = WhooshSearchBackend
