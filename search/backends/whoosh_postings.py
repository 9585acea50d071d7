"""Scores the common Whoosh queries straight from their posting lists.

Whoosh's matchers score one document at a time through a tree of Python objects: about 5 µs a
match for two words looked up in two fields, most of a cold search. The queries the search page
asks are words combined by OR and AND (and phrases of them). For those, reading each word's
posting blocks and adding up BM25F scores in a dict costs a fraction of that, and a phrase's
positions are decoded only for the documents that have all its words.

Scores are Whoosh's own: the same BM25F formula, idf, average field length, document field
lengths and boosts, added up as Whoosh's Or and And add them up (in another order, so the last
bit may differ), and a Not inside an And adds 1, as Whoosh's inverse matcher does. Any other
query (fuzzy, prefix, Every, a sloppy phrase …) is handed to Whoosh, and its scores are combined
the same way. Used only with Whoosh's BM25F weighting
without per-field parameters, which is what the backend's searchers use.
"""

from itertools import accumulate
from pickle import loads

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher
from whoosh.formats import Positions
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length, length_to_byte

LENGTH_OF_BYTE = [byte_to_length(byte) for byte in range(256)]
DOT = ord(".")
CACHED_POSITIONS = 100_000  # distinct encoded position lists: up to ~25 MB
_positions = {}  # {Positions value: its positions}
_followers = {}  # {Positions value: frozenset of the positions after them}


class StaleSegment(Exception):
    """A file of a segment was deleted (merged away by a later commit) before this searcher
    opened it: the searcher must be reopened on the current commit."""


class PostingsScorer:
    """Scores whoosh queries on one searcher (one commit of an index): {docnum: score}."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.leaves = [(searcher.reader(), 0)]
        if not searcher.is_atomic():
            self.leaves = [(sub.reader(), offset) for sub, offset in searcher.leaf_searchers()]
        self._lengths = {}  # {(leaf number, field): each document's field length byte}
        self._deleted = None
        weighting = searcher.weighting
        self.usable = type(weighting) is BM25F and not weighting._field_B

    def scores(self, query, scored=True):
        """{docnum: score} of every document matching `query` (scores 0 when not `scored`)."""
        if not self.searcher.doc_count():
            return {}
        if not self.usable:
            return self.by_whoosh(query, scored)
        return self.evaluate(query, scored)

    def evaluate(self, query, scored):
        if isinstance(query, wq.Term):
            return self.term(query, scored)
        if isinstance(query, type(wq.NullQuery)):
            return {}
        if self.plain_or(query):
            return self.union([self.evaluate(sub, scored) for sub in query.subqueries])
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

    @staticmethod
    def union(results):
        if not results:
            return {}
        total = dict(results[0])
        for result in results[1:]:
            for docnum, score in result.items():
                total[docnum] = total[docnum] + score if docnum in total else score
        return total

    def intersection(self, positive, negative, scored):
        results = []
        for sub in positive:
            result = self.evaluate(sub, scored)
            if not result:
                return {}
            results.append(result)
        first, *others = results
        total = {}
        for docnum, score in first.items():
            for other in others:
                if docnum not in other:
                    break
                score += other[docnum]
            else:
                total[docnum] = score
        for sub in negative:
            for docnum in self.evaluate(sub, scored=False):
                total.pop(docnum, None)
        if negative and scored:
            total = {docnum: score + len(negative) for docnum, score in total.items()}
        return total

    def by_whoosh(self, query, scored):
        if not scored:
            found = dict.fromkeys(self.searcher.docs_for_query(query), 0)
        else:
            found = dict(self.searcher.search(query, limit=None).items())
        # Whoosh's inverse matcher (a Not inside an Or) can yield a deleted document.
        for docnum in self.deleted().intersection(found):
            del found[docnum]
        return found

    def deleted(self):
        """The deleted documents of every segment, as docnums of the searcher."""
        if self._deleted is None:
            self._deleted = {
                offset + docnum
                for reader, offset in self.leaves
                for docnum in getattr(reader, "deleted_docs_set", ())
            }
        return self._deleted

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
        text = self.term_bytes(query.fieldname, query.text)
        if text is None:
            return {}
        result = {}
        for leaf, (reader, offset) in enumerate(self.leaves):
            ids, weights, _ = postings(reader, query.fieldname, text, values=False)
            if not ids:
                continue
            docnums = map(offset.__add__, ids) if offset else ids
            if scored:
                lengths = self.lengths(leaf, reader, query.fieldname)
                scores = self.term_scores(query.fieldname, text, query.boost, ids, weights, lengths)
                part = dict(zip(docnums, scores, strict=True))
            else:
                part = dict.fromkeys(docnums, 0)
            result.update(without_deleted(part, reader.deleted_docs_set, offset))
        return result

    def term_scores(self, fieldname, text, boost, ids, weights, lengths):
        """The scores of the postings (ids, weights), given each document's field length byte:
        what Whoosh's BM25FScorer (or, for a field without lengths, WeightScorer) and its boost
        wrapper compute. BM25 depends only on the weight and the length byte, so each pair is
        computed once (bit for bit Whoosh's formula) and looked up per posting."""
        searcher = self.searcher
        if not searcher.schema[fieldname].scorable:
            return [weight * boost for weight in weights]
        weighting = searcher.weighting
        idf = searcher.idf(fieldname, text)
        avgfl = searcher.avg_field_length(fieldname) or 1
        b, k1 = weighting.B, weighting.K1
        by_length = {
            tf: [
                # whoosh.scoring.bm25(idf, tf, fl, avgfl, B, K1), then the boost
                idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * length / avgfl))) * boost
                for length in LENGTH_OF_BYTE
            ]
            for tf in set(weights)
        }
        return [by_length[tf][lengths[docnum]] for docnum, tf in zip(ids, weights, strict=True)]

    def lengths(self, leaf, reader, fieldname):
        """Each document's field length byte in one segment; None for a field without lengths
        (not scorable: `ct`), which is scored by weight alone."""
        if not self.searcher.schema[fieldname].scorable:
            return None
        key = leaf, fieldname
        if key not in self._lengths:
            self._lengths[key] = field_length_bytes(reader, fieldname)
        return self._lengths[key]

    # --- phrases --------------------------------------------------------------------------

    def phrase(self, query, scored):
        """Documents with the words at consecutive positions, scored as Whoosh scores a
        phrase: the sum of its words' scores (as an And of them), times its boost."""
        fieldname = query.fieldname
        schema = self.searcher.schema
        if fieldname not in schema or not isinstance(schema[fieldname].format, Positions):
            return self.by_whoosh(query, scored)
        texts = [self.term_bytes(fieldname, word) for word in query.words]
        if any(text is None for text in texts):
            return {}
        result = {}
        for leaf, (reader, offset) in enumerate(self.leaves):
            lists = [postings(reader, fieldname, text) for text in texts]
            found = [d for d in phrase_matches(lists) if d not in reader.deleted_docs_set]
            if not found:
                continue
            if not scored:
                result.update(dict.fromkeys((docnum + offset for docnum in found), 0))
                continue
            lengths = self.lengths(leaf, reader, fieldname)
            total = dict.fromkeys(found, 0.0)
            for text, (ids, weights, _) in zip(texts, lists, strict=True):
                kept = [i for i, docnum in enumerate(ids) if docnum in total]
                kept_ids, kept_weights = [ids[i] for i in kept], [weights[i] for i in kept]
                scores = self.term_scores(fieldname, text, 1.0, kept_ids, kept_weights, lengths)
                for docnum, score in zip(kept_ids, scores, strict=True):
                    total[docnum] += score
            for docnum, score in total.items():
                result[docnum + offset] = score * query.boost
        return result


def phrase_matches(lists):
    """The docnums in which the words of `lists` ([(ids, weights, values)], in phrase order)
    follow each other. Positions are decoded only where all the words occur."""
    (first_ids, _, first_values), *rest = lists
    others = [dict(zip(ids, values, strict=True)) for ids, _, values in rest]
    if len(others) == 1:
        return pair_matches(first_ids, first_values, others[0])
    found = []
    for docnum, value in zip(first_ids, first_values, strict=True):
        if not all(docnum in other for other in others):
            continue
        starts = set(positions(value))
        for step, other in enumerate(others, 1):
            starts &= {p - step for p in positions(other[docnum])}
            if not starts:
                break
        else:
            found.append(docnum)
    return found


def pair_matches(first_ids, first_values, second):
    """phrase_matches() of two words (most phrases): a set lookup per document, on memoised
    decodings (the same bytes recur in every document that has a word at that position)."""
    found = []
    for docnum, value in zip(first_ids, first_values, strict=True):
        other = second.get(docnum)
        if other is None:
            continue
        followers = _followers.get(value) or decode(value, followers=True)
        if not followers.isdisjoint(_positions.get(other) or decode(other)):
            found.append(docnum)
    return found


def positions(value):
    """The positions in a Positions value, as whoosh.formats.Positions decodes them."""
    return _positions.get(value) or decode(value)


def decode(value, followers=False):
    """Decodes and memoises a Positions value: its positions, or (`followers`) the set of the
    positions just after them."""
    if len(_positions) >= CACHED_POSITIONS:
        _positions.clear()
        _followers.clear()
    decoded = _positions.get(value)
    if decoded is None:
        data = value if value[-1] == DOT else value + b"."
        deltas = loads(data[_INT_SIZE:])  # noqa: S301 (the index's own data, as Whoosh reads it)
        decoded = _positions[value] = tuple(accumulate(deltas))
    if followers:
        after = _followers[value] = frozenset(position + 1 for position in decoded)
        return after
    return decoded


def postings(reader, fieldname, text, values=True):
    """(docnums, weights, values) of a term in one segment, deleted documents included, read a
    block at a time."""
    if (fieldname, text) not in reader:
        return (), (), ()
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: callers leave them out
        matcher = matcher.child
    with_values = values
    ids, weights, values = [], [], []
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            matcher._read_ids()
            matcher._read_weights()
            ids.extend(matcher._ids)
            weights.extend(matcher._weights)
            if with_values:
                matcher._read_values()
                values.extend(matcher._values)
            matcher._next_block()
    else:  # postings inlined in the term's entry
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            values.append(matcher.value() if with_values else None)
            matcher.next()
    return ids, weights, values


def without_deleted(result, deleted, offset):
    """`result` ({docnum + offset: score}) without the segment's deleted documents."""
    if len(deleted) < len(result):
        for docnum in deleted:
            result.pop(docnum + offset, None)
        return result
    return {docnum: score for docnum, score in result.items() if docnum - offset not in deleted}


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
