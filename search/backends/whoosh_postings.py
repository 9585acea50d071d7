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
from whoosh.util.numeric import byte_to_length

LENGTH_OF_BYTE = [byte_to_length(byte) for byte in range(256)]
DOT = ord(".")
CACHED_POSITIONS = 100_000  # distinct encoded position lists: up to ~15 MB
_positions = {}


class PostingsScorer:
    """Scores whoosh queries on one searcher (one commit of an index): {docnum: score}."""

    def __init__(self, searcher):
        self.searcher = searcher
        self.leaves = [(searcher.reader(), 0)]
        if not searcher.is_atomic():
            self.leaves = [(sub.reader(), offset) for sub, offset in searcher.leaf_searchers()]
        self._lengths = {}  # {(leaf number, field): [length of the field in each document]}
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
            return dict.fromkeys(self.searcher.docs_for_query(query), 0)
        return dict(self.searcher.search(query, limit=None).items())

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
        scorer = None
        result = {}
        for leaf, (reader, offset) in enumerate(self.leaves):
            ids, weights, _ = postings(reader, query.fieldname, text, values=False)
            if not ids:
                continue
            if not scored:
                result.update(dict.fromkeys((docnum + offset for docnum in ids), 0))
            else:
                scorer = scorer or self.term_scorer(query.fieldname, text, query.boost)
                lengths = self.lengths(leaf, reader, query.fieldname)
                result.update(scorer(ids, weights, lengths, offset))
        return result

    def term_scorer(self, fieldname, text, boost):
        """A function (ids, weights, field lengths, offset) -> [(docnum, score)], computing
        exactly what Whoosh's BM25FScorer (or WeightScorer) and boost wrapper compute."""
        searcher = self.searcher
        if not searcher.schema[fieldname].scorable:
            return lambda ids, weights, lengths, offset: [
                (docnum + offset, tf * boost) for docnum, tf in zip(ids, weights, strict=True)
            ]
        weighting = searcher.weighting
        idf = searcher.idf(fieldname, text)
        avgfl = searcher.avg_field_length(fieldname) or 1
        b, k1 = weighting.B, weighting.K1

        def bm25(ids, weights, lengths, offset):
            # whoosh.scoring.bm25(idf, tf, fl, avgfl, B, K1), times the boost as Whoosh's
            # wrapping matcher does
            return [
                (
                    docnum + offset,
                    idf
                    * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * lengths[docnum] / avgfl)))
                    * boost,
                )
                for docnum, tf in zip(ids, weights, strict=True)
            ]

        return bm25

    def lengths(self, leaf, reader, fieldname):
        key = leaf, fieldname
        if key not in self._lengths:
            self._lengths[key] = field_lengths(reader, fieldname)
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
            found = phrase_matches(lists)
            if not found:
                continue
            if not scored:
                result.update(dict.fromkeys((docnum + offset for docnum in found), 0))
                continue
            lengths = self.lengths(leaf, reader, fieldname)
            total = dict.fromkeys(found, 0.0)
            for text, (ids, weights, _) in zip(texts, lists, strict=True):
                score_of = self.term_scorer(fieldname, text, 1.0)
                kept = [i for i, docnum in enumerate(ids) if docnum in total]
                kept_ids, kept_weights = [ids[i] for i in kept], [weights[i] for i in kept]
                for docnum, score in score_of(kept_ids, kept_weights, lengths, 0):
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
    """phrase_matches() of two words (most phrases), each mostly once in a document."""
    found = []
    for docnum, value in zip(first_ids, first_values, strict=True):
        other = second.get(docnum)
        if other is None:
            continue
        a, b = positions(value), positions(other)
        if len(a) == 1 == len(b):
            if b[0] == a[0] + 1:
                found.append(docnum)
        elif not {p - 1 for p in b}.isdisjoint(a):
            found.append(docnum)
    return found


def positions(value):
    """The positions in a Positions value, as whoosh.formats.Positions decodes them, memoised:
    a site's values repeat (one word at position 12 is the same bytes in every document), and
    looking one up costs a tenth of unpickling it."""
    try:
        return _positions[value]
    except KeyError:
        if len(_positions) >= CACHED_POSITIONS:
            _positions.clear()
        data = value if value[-1] == DOT else value + b"."
        deltas = loads(data[_INT_SIZE:])  # noqa: S301 (the index's own data, as Whoosh reads it)
        decoded = _positions[value] = tuple(accumulate(deltas))
        return decoded


def postings(reader, fieldname, text, values=True):
    """(docnums, weights, values) of a term in one segment, deleted documents left out, read a
    block at a time."""
    if (fieldname, text) not in reader:
        return (), (), ()
    matcher = reader.postings(fieldname, text)
    deleted = frozenset()
    if isinstance(matcher, FilterMatcher):
        deleted, matcher = reader.deleted_docs_set, matcher.child
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
    if deleted:
        kept = [i for i, docnum in enumerate(ids) if docnum not in deleted]
        ids = [ids[i] for i in kept]
        weights = [weights[i] for i in kept]
        values = [values[i] for i in kept] if with_values else values
    return ids, weights, values


def field_lengths(reader, fieldname):
    """The length of `fieldname` in each document of a segment, as Whoosh stores it (one byte
    each), read in one go instead of a lookup per match."""
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN) if perdoc else None
    if column is None or not hasattr(column, "_basepos"):
        return [reader.doc_field_length(docnum, fieldname, 1) for docnum in range(count)]
    stored = min(column._count, count)
    raw = column._dbfile.get(column._basepos, stored) if stored else b""
    return [LENGTH_OF_BYTE[byte] for byte in raw] + [0] * (count - stored)
