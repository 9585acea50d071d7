"""Scores the common Whoosh queries straight from their posting lists, as arrays.

Whoosh's matchers score one document at a time through a tree of Python objects: about 5 µs a
match for two words looked up in two fields, most of a cold search. The queries the search page
asks are words combined by OR and AND (and phrases of them). For those, each word's posting
blocks are read as arrays (FlatBlockCodec, whoosh_blocks.py) and scored with numpy over all the
searcher's documents at once; a phrase compares its words' positions as sorted arrays of
(document, position) keys.

Scores are Whoosh's own: the same BM25F formula, operation for operation, with the same idf,
average field length, document field lengths and boosts, added up as Whoosh's Or and And add
them up (in another order, so the last bit may differ), and a Not inside an And adds 1, as
Whoosh's inverse matcher does. Any other query (fuzzy, prefix, Every, a sloppy phrase …) is
handed to Whoosh, and its scores are combined the same way. Used only with Whoosh's BM25F
weighting without per-field parameters, which is what the backend's searchers use.
"""

import threading
from collections import OrderedDict
from functools import cached_property, reduce

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.backends.whoosh_blocks import FlatLeafMatcher, FlatPositions

LENGTH_OF_BYTE = np.array([byte_to_length(byte) for byte in range(256)], dtype=np.float64)
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

    def __init__(self, searcher):
        self.searcher = searcher
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
        if self.plain_or(query):
            return self.union(self.evaluate(sub, scored) for sub in query.subqueries)
        if type(query) is wq.And and query.boost == 1:
            positive = [sub for sub in query.subqueries if not isinstance(sub, wq.Not)]
            if positive:
                negative = [sub.query for sub in query.subqueries if isinstance(sub, wq.Not)]
                return self.intersection(positive, negative, scored)
        if type(query) is wq.Phrase and query.slop == 1 and len(query.words) > 1:
            return self.phrase(query, scored)
        return self.by_whoosh(query, scored)

    @staticmethod
    def plain_or(query):
        return (
            type(query) is wq.Or
            and (query.boost, query.minmatch, query.scale) == (1, 0, None)
            and not any(isinstance(sub, wq.Not) for sub in query.subqueries)
        )

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
        for leaf, (reader, offset) in enumerate(self.leaves):
            ids, weights = postings(reader, query.fieldname, text)
            if not len(ids):
                continue
            docnums = ids.astype(np.int64) + offset
            matches.found[docnums] = True
            if scored:
                lengths = self.lengths(leaf, reader, query.fieldname)
                matches.scores[docnums] = self.term_scores(
                    query.fieldname, text, query.boost, weights, lengths, ids
                )
        return self.without_deleted(matches)

    def term_scores(self, fieldname, text, boost, weights, lengths, ids):
        """The scores of the postings (`ids` of a segment, their `weights`): what Whoosh's
        BM25FScorer (or, for a field without lengths, WeightScorer) and its boost wrapper
        compute, with the same operations in the same order, on float64 arrays."""
        searcher = self.searcher
        tf = weights.astype(np.float64) if isinstance(weights, np.ndarray) else weights
        if not searcher.schema[fieldname].scorable:
            return np.broadcast_to(tf * boost, ids.shape)
        weighting = searcher.weighting
        idf = searcher.idf(fieldname, text)
        avgfl = searcher.avg_field_length(fieldname) or 1
        b, k1 = weighting.B, weighting.K1
        length = LENGTH_OF_BYTE[lengths[ids]]
        # whoosh.scoring.bm25(idf, tf, fl, avgfl, B, K1), then the boost
        return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * length / avgfl))) * boost

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
        for leaf, (reader, offset) in enumerate(self.leaves):
            lists = [postings(reader, fieldname, text, positions=True) for text in texts]
            found = phrase_documents(lists)
            if not len(found):
                continue
            docnums = found.astype(np.int64) + offset
            matches.found[docnums] = True
            if not scored:
                continue
            lengths = self.lengths(leaf, reader, fieldname)
            total = np.zeros(len(found))
            for text, (ids, weights, _, _) in zip(texts, lists, strict=True):
                kept = np.isin(ids, found, assume_unique=True)
                kept_weights = weights[kept] if isinstance(weights, np.ndarray) else weights
                total += self.term_scores(fieldname, text, 1.0, kept_weights, lengths, ids[kept])
            matches.scores[docnums] = total * query.boost
        return self.without_deleted(matches)


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
