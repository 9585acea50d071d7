"""Scores the common Whoosh queries straight from their posting lists, as arrays.

Whoosh's matchers score one document at a time through a tree of Python objects: about 5 µs a
match for two words looked up in two fields, most of a cold search. The queries the search page
asks are words combined by OR and AND (and phrases of them). For those, each word's posting
blocks are read as arrays (FlatBlockCodec, whoosh_blocks.py) and scored with numpy over all the
searcher's documents at once; a phrase compares its words' positions as sorted arrays of
(document, position) keys.

Scores are Whoosh's own: the same BM25F formula, operation for operation, with the same idf,
average field length, document field lengths and boosts, added up as Whoosh's Or and And add
them up (in another order, so the last bit may differ), and a Not adds 1, as Whoosh's inverse
matcher does (without the deleted documents that it can yield). Any other query (fuzzy, prefix,
Every, a sloppy phrase …) is handed to Whoosh, and its scores are combined the same way. Used
only with Whoosh's BM25F weighting without per-field parameters, which is what the backend's
searchers use.

A field indexed as WindowedText (whoosh_blocks.py: every unboosted field, to spare a rebuild
four postings in ten) has no postings of its own: a word of it is looked up in the catch-all
field and kept where its positions fall inside the document's window of the field, which
gives the field's own weight (the count of those positions); its field lengths are the field's
own, and its idf counts the documents so found. For terms, phrases and their AND/OR/NOT the
answers are those of the field's own postings (tested on random sites and queries, with
segments of both kinds). Fuzzy, prefix and wildcard queries on such a field find each matching
word of either field and score as the OR of them as terms of the field (Whoosh's own scoring
of such queries varies by segment); in a query handed to Whoosh, its terms, phrases and fuzzy
queries are answered here first (Answered), and positional queries (Sequence, spans, sloppy
phrases), which the backend never asks, find only documents with postings of their own.
"""

import threading
from collections import OrderedDict
from copy import copy
from functools import cached_property, reduce
from math import log

import numpy as np
from whoosh import matching
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query.spans import SpanQuery
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.backends.whoosh_blocks import WINDOW_TERM, FlatLeafMatcher, FlatPositions

LENGTH_OF_BYTE = np.array([byte_to_length(byte) for byte in range(256)], dtype=np.float64)
# Queries that read positions through Whoosh's matchers, which Answered does not give
POSITIONAL = (wq.Phrase, wq.Sequence, wq.Ordered, SpanQuery)
DOCUMENT_SHIFT = 32  # a position key: document << DOCUMENT_SHIFT | position
CACHED_SEGMENT_ARRAYS = 256  # segment_array(): keys and field lengths of ~40 segments
_segment_arrays = OrderedDict()  # {(segment_identity(), name): array}
_segment_arrays_lock = threading.Lock()


class StaleSegment(Exception):
    """A file of a segment was deleted (merged away by a later commit) before this searcher
    opened it: the searcher must be reopened on the current commit."""


class Matches:
    """The documents matching a query and their scores, over all of a searcher's documents:
    `found` (bool) and `scores` (float64, 0 where not found), one entry per docnum."""

    __slots__ = ("found", "scores")

    def __init__(self, found, scores):
        self.found, self.scores = found, scores

    @classmethod
    def none(cls, size):
        return cls(np.zeros(size, bool), np.zeros(size))

    @classmethod
    def of(cls, size, docnums, scores):
        matches = cls.none(size)
        matches.found[docnums] = True
        matches.scores[docnums] = scores
        return matches

    def found_scores(self):
        """(docnums in order, their scores): what a CommitSearcher keeps."""
        docnums = np.flatnonzero(self.found)
        return Scored(docnums, self.scores[docnums])


class Scored:
    """A query's matches as two arrays: docnums (ascending) and their scores."""

    __slots__ = ("docnums", "scores")

    def __init__(self, docnums, scores):
        self.docnums, self.scores = docnums, scores

    def __len__(self):
        return len(self.docnums)

    def as_dict(self):
        return dict(zip(self.docnums.tolist(), self.scores.tolist(), strict=True))


class PostingsScorer:
    """Scores whoosh queries on one searcher (one commit of an index)."""

    def __init__(self, searcher, catch_all=None):
        self.searcher = searcher
        self.catch_all = catch_all  # the field whose postings WindowedText fields search in
        self._windowed = {}  # {field name: whether a segment has windows of it}
        self.leaves = [(searcher.reader(), 0)]
        if not searcher.is_atomic():
            self.leaves = [(sub.reader(), offset) for sub, offset in searcher.leaf_searchers()]
        self.size = searcher.doc_count_all()
        self._identities = {}  # {leaf number: segment_identity()}
        weighting = searcher.weighting
        self.usable = type(weighting) is BM25F and not weighting._field_B

    def scores(self, query, scored=True):
        """Scored: every document matching `query` (scores 0 when not `scored`)."""
        if not self.searcher.doc_count():
            return Matches.none(0).found_scores()
        if not self.usable:
            return self.by_whoosh(query, scored).found_scores()
        return self.evaluate(query, scored).found_scores()

    def evaluate(self, query, scored):
        """Matches of `query`."""
        if isinstance(query, wq.Term):
            return self.term(query, scored)
        if isinstance(query, type(wq.NullQuery)):
            return Matches.none(self.size)
        if type(query) is wq.Not:
            return self.inverse(query)
        if self.plain_or(query):
            return self.union(self.evaluate(sub, scored) for sub in query.subqueries)
        if type(query) is wq.And and query.boost == 1:
            positive = [sub for sub in query.subqueries if not isinstance(sub, wq.Not)]
            negative = [sub.query for sub in query.subqueries if isinstance(sub, wq.Not)]
            if positive:
                return self.intersection(positive, negative, scored)
            return self.intersection(query.subqueries, [], scored)  # only Nots: each adds 1
        if type(query) is wq.Phrase and len(query.words) < 2:
            return self.short_phrase(query, scored)
        if type(query) is wq.Phrase and query.slop == 1:
            return self.phrase(query, scored)
        if isinstance(query, wq.MultiTerm) and self.is_windowed(query.field()):
            return self.expanded(query, scored)
        return self.by_whoosh(query, scored)

    @staticmethod
    def plain_or(query):
        return type(query) is wq.Or and (query.boost, query.minmatch, query.scale) == (1, 0, None)

    def short_phrase(self, query, scored):
        """A phrase of one word is that word (times the phrase's boost); of none, nothing."""
        if not query.words:
            return Matches.none(self.size)
        return self.term(wq.Term(query.fieldname, query.words[0], boost=query.boost), scored)

    def inverse(self, query):
        """The documents not matching query.query, each scoring 1 (Whoosh's InverseMatcher)."""
        matches = self.evaluate(query.query, scored=False)
        matches.found = ~matches.found
        matches.scores = matches.found.astype(np.float64)
        return self.without_deleted(matches)

    def union(self, results):
        """Matches of any of `results`, added up as they come: a 64-word query holds two
        documents-long arrays at a time, not 128."""
        total = None
        for result in results:
            if total is None:
                total = result  # each result is a new object: added to in place
            else:
                total.found |= result.found
                total.scores += result.scores  # 0 where not found
        return Matches.none(self.size) if total is None else total

    def intersection(self, positive, negative, scored):
        total = None
        for sub in positive:
            result = self.evaluate(sub, scored)
            if total is None:
                total = result  # a new object: added to in place
            else:
                total.found &= result.found
                total.scores += result.scores
            if not total.found.any():
                return Matches.none(self.size)
        for sub in negative:
            total.found &= ~self.evaluate(sub, scored=False).found
        total.scores[~total.found] = 0
        if negative and scored:
            total.scores[total.found] += len(negative)
        return total

    def by_whoosh(self, query, scored):
        query = self.with_windowed_answered(query, scored)
        if not scored:
            docnums = np.fromiter(self.searcher.docs_for_query(query), np.int64)
            scores = 0.0
        else:
            found = list(self.searcher.search(query, limit=None).items())
            docnums = np.fromiter((docnum for docnum, _ in found), np.int64, len(found))
            scores = np.fromiter((score for _, score in found), np.float64, len(found))
        matches = Matches.of(self.size, docnums, scores)
        # Whoosh's inverse matcher (a Not inside an Or) can yield a deleted document.
        return self.without_deleted(matches)

    def without_deleted(self, matches):
        if self.deleted is not None:
            matches.found &= ~self.deleted
            matches.scores[self.deleted] = 0
        return matches

    @cached_property
    def deleted(self):
        """The deleted documents of every segment (bool per docnum), None without any."""
        docnums = [
            offset + docnum
            for reader, offset in self.leaves
            for docnum in getattr(reader, "deleted_docs_set", ())
        ]
        return Matches.of(self.size, docnums, 0).found if docnums else None

    # --- terms ----------------------------------------------------------------------------

    def term_bytes(self, fieldname, text):
        schema = self.searcher.schema
        if fieldname not in schema:
            return None
        try:
            return schema[fieldname].to_bytes(text)
        except ValueError:
            return None

    def term(self, query, scored):
        matches = Matches.none(self.size)
        text = self.term_bytes(query.fieldname, query.text)
        if text is None:
            return matches
        found = self.term_postings(query.fieldname, text)
        idf = self.idf(query.fieldname, text, found) if scored else None
        for leaf, parts in enumerate(found):
            for ids, weights in parts:
                if not len(ids):
                    continue
                docnums = ids.astype(np.int64) + self.leaves[leaf][1]
                matches.found[docnums] = True
                if scored:
                    lengths = self.lengths(leaf, self.leaves[leaf][0], query.fieldname)
                    matches.scores[docnums] = self.term_scores(
                        query.fieldname, idf, query.boost, weights, lengths, ids
                    )
        return self.without_deleted(matches)

    def term_postings(self, fieldname, text, positions=False):
        """postings() of a term, per segment: [the field's own] or, in a segment with
        windows of the field, [its own, the catch-all's inside the windows]."""
        found, windowed = [], self.is_windowed(fieldname)
        for leaf, (reader, _) in enumerate(self.leaves):
            parts = [postings(reader, fieldname, text, positions)]
            if windowed and self.windows(leaf, fieldname) is not None:
                parts.append(self.windowed_postings(leaf, fieldname, text, positions))
            found.append(parts)
        return found

    def idf(self, fieldname, text, found):
        """Whoosh's idf; for a field with windows, with the documents found in them counted
        as the field's (Whoosh counts deleted documents too, as `found` does)."""
        if not self.is_windowed(fieldname):
            return self.searcher.idf(fieldname, text)
        frequency = sum(len(part[0]) for parts in found for part in parts)
        return log(self.searcher.doc_count_all() / (frequency + 1)) + 1  # whoosh.scoring.IDF

    def term_scores(self, fieldname, idf, boost, weights, lengths, ids):
        """The scores of the postings (`ids` of a segment, their `weights`): what Whoosh's
        BM25FScorer (or, for a field without lengths, WeightScorer) and its boost wrapper
        compute, with the same operations in the same order, on float64 arrays."""
        searcher = self.searcher
        tf = weights.astype(np.float64) if isinstance(weights, np.ndarray) else weights
        if not searcher.schema[fieldname].scorable:
            return np.broadcast_to(tf * boost, ids.shape)
        weighting = searcher.weighting
        avgfl = searcher.avg_field_length(fieldname) or 1
        b, k1 = weighting.B, weighting.K1
        length = LENGTH_OF_BYTE[lengths[ids]]
        # whoosh.scoring.bm25(idf, tf, fl, avgfl, B, K1), then the boost
        return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * length / avgfl))) * boost

    # --- fields searched in their windows of the catch-all field (WindowedText) ----------

    def is_windowed(self, fieldname):
        if fieldname not in self._windowed:
            self._windowed[fieldname] = any(
                self.windows(leaf, fieldname) is not None for leaf in range(len(self.leaves))
            )
        return self._windowed[fieldname]

    def windows(self, leaf, fieldname):
        """(ids, firsts, ends): the documents of a segment whose `fieldname` is searched in the
        catch-all field, and the positions it takes there; None if there are none."""
        reader = self.leaves[leaf][0]
        if not self.catch_all or fieldname == self.catch_all:
            return None
        window = self.term_bytes(fieldname, WINDOW_TERM)
        if window is None or (fieldname, window) not in reader:
            return None

        def read():
            ids, _, _, bounds = postings(reader, fieldname, window, positions=True)
            return ids, bounds[0::2], bounds[1::2]  # each posting has two positions

        return self.leaf_array(leaf, ("windows", fieldname), read)

    def windowed_postings(self, leaf, fieldname, text, positions=False):
        """postings() of `text` in the catch-all field of one segment, kept to each
        document's window of `fieldname`: its weight there is the count of its positions
        inside (the catch-all's field boost is 1, as the fields' is)."""
        window_ids, firsts, ends = self.windows(leaf, fieldname)
        reader = self.leaves[leaf][0]
        ids, _, counts, where = postings(reader, self.catch_all, text, positions=True)
        if not len(ids) or not len(window_ids):
            return (ids[:0], 1.0, counts[:0], where[:0]) if positions else (ids[:0], 1.0)
        slot = np.minimum(np.searchsorted(window_ids, ids), len(window_ids) - 1)
        has_window = window_ids[slot] == ids
        slot_of = np.repeat(slot, counts)
        inside = np.repeat(has_window, counts)
        inside &= (where >= firsts[slot_of]) & (where < ends[slot_of])
        owner = np.repeat(np.arange(len(ids)), counts)
        count = np.bincount(owner[inside], minlength=len(ids))
        kept = count > 0
        weights = count[kept].astype(np.float32)
        if positions:
            return ids[kept], weights, count[kept].astype(np.uint32), where[inside]
        return ids[kept], weights

    def expanded(self, query, scored):
        """A fuzzy, prefix or wildcard query on a field with windows: its words are looked
        up among the field's own and the catch-all's, each searched as a Term of the field
        (added up as Or adds up), so documents indexed either way are found."""
        fieldname, words = query.field(), set()
        in_catch_all = copy(query)
        in_catch_all.fieldname = self.catch_all
        for reader, _ in self.leaves:
            words.update(query._btexts(reader))
            words.update(in_catch_all._btexts(reader))
        texts = {word.decode() if isinstance(word, bytes) else word for word in words}
        terms = [
            wq.Term(fieldname, text, boost=query.boost) for text in sorted(texts - {WINDOW_TERM})
        ]
        return self.union(self.term(term, scored) for term in terms)

    def with_windowed_answered(self, query, scored):
        """`query` for Whoosh, with each of its terms, phrases and fuzzy, prefix or wildcard
        queries on a field with windows (which Whoosh would look for only among the field's
        own postings) answered here; unchanged if it has none. Positional queries (a sloppy
        phrase, a Sequence, span queries: none of which the backend asks) are left to Whoosh,
        which then finds only the documents with postings of their own."""
        leaves = [leaf.field() for leaf in query.leaves()]
        if not self.usable or not any(field and self.is_windowed(field) for field in leaves):
            return query
        if isinstance(query, wq.Term):  # as a term, for Or's coordination (its `scale`)
            term = (query.fieldname, self.term_bytes(query.fieldname, query.text))
            return Answered(self, self.evaluate(query, scored), term)
        if isinstance(query, wq.MultiTerm) or (type(query) is wq.Phrase and query.slop == 1):
            return Answered(self, self.evaluate(query, scored))
        if isinstance(query, POSITIONAL):
            return query
        changed = copy(query)  # keeping its other attributes (Or's scale, minmatch …)
        for name in ("subqueries", "a", "b", "child", "query"):
            value = getattr(query, name, None)
            if isinstance(value, wq.Query):
                setattr(changed, name, self.with_windowed_answered(value, scored))
            elif name == "subqueries" and value:
                answered = [self.with_windowed_answered(sub, scored) for sub in value]
                setattr(changed, name, type(value)(answered))
        return changed

    def lengths(self, leaf, reader, fieldname):
        """Each document's field length byte in one segment (uint8), None for a field without
        lengths (not scorable: `ct`), which is scored by weight alone."""
        if not self.searcher.schema[fieldname].scorable:
            return None
        return self.leaf_array(
            leaf,
            ("lengths", fieldname),
            lambda: np.frombuffer(field_length_bytes(reader, fieldname), np.uint8),
        )

    def leaf_array(self, leaf, name, compute):
        """compute() for the leaf-th segment, kept across commits (segment_array); the
        segment's identity is looked up once per searcher."""
        if leaf not in self._identities:
            reader = self.leaves[leaf][0]
            segment = reader.segment() if hasattr(reader, "segment") else None
            self._identities[leaf] = segment and segment_identity(reader.storage(), segment)
        return segment_array(self._identities[leaf], name, compute)

    # --- phrases --------------------------------------------------------------------------

    def phrase(self, query, scored):
        """Documents with the words at consecutive positions, scored as Whoosh scores a
        phrase: the sum of its words' scores (as an And of them), times its boost."""
        fieldname = query.fieldname
        schema = self.searcher.schema
        if fieldname not in schema or not isinstance(schema[fieldname].format, FlatPositions):
            return self.by_whoosh(query, scored)
        texts = [self.term_bytes(fieldname, word) for word in query.words]
        matches = Matches.none(self.size)
        if any(text is None for text in texts):
            return matches
        words = [self.term_postings(fieldname, text, positions=True) for text in texts]
        if scored:
            idfs = [self.idf(fieldname, t, f) for t, f in zip(texts, words, strict=True)]
        for leaf, (reader, offset) in enumerate(self.leaves):
            # each part (own postings, windows) on its own: a document is in one of them
            for lists in zip(*(found[leaf] for found in words), strict=True):
                found = phrase_documents(lists)
                if not len(found):
                    continue
                docnums = found.astype(np.int64) + offset
                matches.found[docnums] = True
                if scored:
                    lengths = self.lengths(leaf, reader, fieldname)
                    total = np.zeros(len(found))
                    for idf, (ids, weights, _, _) in zip(idfs, lists, strict=True):
                        kept = np.isin(ids, found, assume_unique=True)
                        kept_weights = weights[kept] if isinstance(weights, np.ndarray) else weights
                        total += self.term_scores(
                            fieldname, idf, 1.0, kept_weights, lengths, ids[kept]
                        )
                    matches.scores[docnums] = total * query.boost
        return self.without_deleted(matches)


class Answered(wq.Query):
    """A part of a query that a PostingsScorer has answered (its Matches over the scorer's
    searcher), for Whoosh to combine with the parts it answers itself."""

    def __init__(self, scorer, matches, term=None):
        self.scorer, self.matches, self.term, self.boost = scorer, matches, term, 1.0
        self.offsets = {id(reader): offset for reader, offset in scorer.leaves}

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    def estimate_size(self, ixreader):
        return int(self.matches.found.sum())

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        offset, size = self.offsets[id(reader)], reader.doc_count_all()
        found = np.flatnonzero(self.matches.found[offset : offset + size])
        if not len(found):
            return matching.NullMatcher()
        scores = self.matches.scores[found + offset]
        return matching.ListMatcher(found.tolist(), weights=scores.tolist(), term=self.term)


def phrase_documents(lists):
    """The documents (ascending) in which the words of `lists` ([(ids, weights, counts,
    positions)], in phrase order) follow each other: the starts of the first word's positions
    where the second word is one position later, the third two, …, as sorted keys."""
    candidates = reduce(
        lambda found, ids: np.intersect1d(found, ids, assume_unique=True),
        (ids for ids, _, _, _ in lists),
    )
    if not len(candidates):
        return candidates
    starts = None
    for step, (ids, _, counts, positions) in enumerate(lists):
        keys = position_keys(ids, counts, positions, candidates, step)
        if not np.all(keys[1:] > keys[:-1]):  # a position twice (not from Whoosh's formats)
            keys = np.unique(keys)
        starts = keys if starts is None else np.intersect1d(starts, keys, assume_unique=True)
        if not len(starts):
            return candidates[:0]
    return np.unique(starts >> DOCUMENT_SHIFT).astype(np.uint32)


def position_keys(ids, counts, positions, candidates, step):
    """document << DOCUMENT_SHIFT | (position - step) for each position of the `candidates`'
    postings at or after `step` (sorted: postings and their positions are in order): the
    phrase's start, if this word is its step-th."""
    kept = np.repeat(np.isin(ids, candidates, assume_unique=True), counts) & (positions >= step)
    keys = np.repeat(ids, counts)[kept].astype(np.int64) << DOCUMENT_SHIFT
    return keys | (positions[kept].astype(np.int64) - step)


def postings(reader, fieldname, text, positions=False):
    """(ids, weights) of a term in one segment, deleted documents included: ids uint32, weights
    float32 or one float for all; with `positions`, also each posting's count of positions and
    all their positions (uint32)."""
    empty = np.zeros(0, np.uint32)
    if (fieldname, text) not in reader:
        return (empty, 1.0, empty, empty) if positions else (empty, 1.0)
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: callers leave them out
        matcher = matcher.child
        matcher.reset()  # the filter has moved it past deleted documents at the start
    if isinstance(matcher, FlatLeafMatcher):
        blocks = []
        while matcher.is_active():
            block = [matcher.block_ids(), matcher.block_weights()]
            if positions:
                block.extend(matcher.block_positions())
            blocks.append(block)
            matcher._next_block()
        if blocks:
            return joined(blocks)
    return postings_one_by_one(matcher, positions)


def joined(blocks):
    """A term's blocks as one array each (a weight common to all blocks stays one float)."""
    ids, weights, *rest = zip(*blocks, strict=True)
    if all(isinstance(w, float) for w in weights) and len(set(weights)) == 1:
        weights = weights[0]
    else:
        sizes = [len(block_ids) for block_ids in ids]
        weights = np.concatenate(
            [np.full(size, w, np.float32) if isinstance(w, float) else w
             for w, size in zip(weights, sizes, strict=True)]
        )  # fmt: skip
    return (np.concatenate(ids), weights, *map(np.concatenate, rest))


def postings_one_by_one(matcher, positions):
    """postings() of a matcher of another kind (postings inlined in the term's entry)."""
    ids, weights, counts, flat = [], [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if positions:
            found = matcher.value_as("positions")
            counts.append(len(found))
            flat.extend(found)
        matcher.next()
    arrays = [np.array(ids, np.uint32), np.array(weights, np.float32)]
    if positions:
        arrays += [np.array(counts, np.uint32), np.array(flat, np.uint32)]
    return tuple(arrays)


def segment_array(identity, name, compute):
    """compute(), kept per segment (its segment_identity(); None: not kept) across commits:
    a segment's files never change (its deletions are read from each commit), so after a
    publish only the new segment's keys and field lengths are read, not every segment's (80 ms
    at 100,000 pages)."""
    if identity is None:
        return compute()
    key = (identity, name)
    with _segment_arrays_lock:
        if key in _segment_arrays:
            _segment_arrays.move_to_end(key)
            return _segment_arrays[key]
    value = compute()
    with _segment_arrays_lock:
        _segment_arrays[key] = value
        while len(_segment_arrays) > CACHED_SEGMENT_ARRAYS:
            _segment_arrays.popitem(last=False)
    return value


def segment_identity(storage, segment):
    """What tells a segment from any other: its index's folder and its id, and, as Whoosh
    draws ids from `random` (which a seeded test repeats in an emptied folder), its size and
    its terms file's size and time."""
    terms = segment.make_filename(".trm")
    try:
        written = storage.file_modified(terms), storage.file_length(terms)
    except OSError as error:  # merged away since this searcher opened it
        raise StaleSegment(terms) from error
    folder = getattr(storage, "folder", id(storage))
    return folder, segment.segment_id(), segment.doc_count_all(), written


def field_length_bytes(reader, fieldname):
    """Each document's length of `fieldname` in a segment, as the byte Whoosh stores it
    (whoosh.util.numeric.length_to_byte), read in one go instead of a lookup per match."""
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    try:
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) if perdoc else None
    except OSError as error:  # deleted between the check and the opening
        raise StaleSegment(fieldname) from error
    if column is None and perdoc and reader.field_length(fieldname):
        raise StaleSegment(fieldname)  # the segment has lengths of the field, but no file
    if column is None or not hasattr(column, "_basepos"):
        lengths = (reader.doc_field_length(docnum, fieldname, 0) for docnum in range(count))
        return bytes(length_to_byte(length) for length in lengths)
    stored = min(column._count, count)
    raw = column._dbfile.get(column._basepos, stored) if stored else b""
    return bytes(raw) + bytes(count - stored)
