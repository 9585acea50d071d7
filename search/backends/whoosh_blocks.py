"""Whoosh's W3 codec with posting blocks that read as arrays, and a faster way to write them.

Whoosh's W3 codec pickles each block of postings: delta-coded document numbers, weights and
one pickled bytes object of positions per posting. Unpickling them was most of a search's time
at 100,000 pages (25–55 ms for a word on nine pages in ten, ~110 ms for a phrase's three words),
spent building Python objects that the scorer then walks one by one.

This codec writes the same blocks (the same header, block length and pickled block info, so
Whoosh skips and reads them as before) with the data laid out as machine arrays:

    ids      n × uint32   the documents, not delta-coded
    weights  1 byte kind: ALL_ONE (nothing follows), SAME (one float32) or EACH (n × float32)
    values   a format without values: nothing; fixed-size values: n of them, concatenated;
             other values: (n + 1) × uint32 end offsets (the first 0), then the values

and FlatPositions encodes a posting's positions as its count (as Whoosh's Positions does) then
its positions as uint32, instead of a pickle of deltas. The scorer (whoosh_postings.py) reads a
block with numpy.frombuffer, without a Python object per posting; Whoosh's own matchers (fuzzy
and prefix queries, merges) get the tuples and bytes they expect from FlatLeafMatcher.

A field's text given as WindowedText gets no postings but one, under WINDOW_TERM: the
positions its words take in the catch-all field (see PostingsScorer), and their count as its
field length. Those single postings are copied by merges like any other, so the windows need
no storage of their own.

Writing: blocks of 1,024 postings instead of 128; posting lists shorter than INLINE_LIMIT kept
in the term's entry (Whoosh's inlining, which its W3 writer can no longer do); a term's postings
written in one call instead of three per posting; and FlatPositions takes a text's words and
positions straight from SharedAnalysis (whoosh.py) instead of a Token per word.

Arrays are in the machine's byte order: an index lives on one machine's disk (README, "Search").
"""

from array import array
from collections import defaultdict
from itertools import accumulate, groupby
from operator import itemgetter
from pickle import dumps
from struct import Struct

import numpy as np
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
)
from whoosh.formats import Positions
from whoosh.system import _INT_SIZE, pack_uint
from whoosh.util.numeric import length_to_byte

BLOCK_POSTINGS = 1024  # Whoosh's 128 cost a block header and a read per 128 postings
# Posting lists shorter than this are kept in the term's entry (its row in the terms table), not
# in blocks of their own: 74 % of the terms of the benchmark's 10,000 pages have one posting and
# 97 % fewer than 8, and a block for each was a fifth of a rebuild's writing.
INLINE_LIMIT = 8
ALL_ONE, SAME, EACH = b"\x00", b"\x01", b"\x02"
UINT32 = np.dtype(np.uint32)
# FlatPositions.encode's parts for up to 63 positions, prepared
COUNTS = [pack_uint(count) for count in range(64)]
POSITIONS = [Struct(f"={count}I") for count in range(64)]
FLOAT32 = np.dtype(np.float32)


class WindowedText(str):
    """A field's text that is searched through the catch-all field's postings, inside the
    positions it takes there (its window), instead of through postings of its own: the field
    gets one posting, under WINDOW_TERM, whose positions are the window's start and end, and
    whose frequency is the text's number of words (the field length BM25 needs)."""

    __slots__ = ()


WINDOW_TERM = "\x00"  # no analyser makes a word of it; queries lose their NUL characters


class FlatPositions(Positions):
    """Whoosh's Positions format, with each posting's positions as a uint32 array: encoding
    and decoding cost no pickle, and a block's positions read as one array."""

    def word_values(self, value, analyzer, **kwargs):
        index_words = getattr(analyzer, "index_words", None)  # SharedAnalysis (whoosh.py)
        if index_words is None or kwargs.get("mode") != "index" or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        window = analyzer.window_of(value) if isinstance(value, WindowedText) else None
        if window is not None:
            count = len(index_words(value))
            yield WINDOW_TERM, count, count * self.field_boost, self.encode(window)
            return
        # What Positions.word_values yields, from the analyser's (word, position) list
        positions = defaultdict(list)
        for word, position in index_words(value):
            positions[word].append(position)
        boost = self.field_boost
        for word, found in positions.items():
            yield word, len(found), len(found) * boost, self.encode(found)

    def encode(self, poslist):
        count = len(poslist)
        if count >= len(COUNTS):
            return pack_uint(count) + array("I", poslist).tobytes()
        return COUNTS[count] + POSITIONS[count].pack(*poslist)  # a third faster than an array

    def decode_positions(self, valuestring):
        return array("I", valuestring[_INT_SIZE:]).tolist()


class FlatBlockCodec(W3Codec):
    """W3Codec writing and reading FlatPostingsWriter's blocks (term vectors, which the
    backend does not store, keep Whoosh's own)."""

    def __init__(self):
        super().__init__(blocklimit=BLOCK_POSTINGS, compression=0, inlinelimit=INLINE_LIMIT)
        self.length_stats = False  # Whoosh's top-k skipping, which PostingsScorer does not use

    def field_writer(self, storage, segment):
        return FlatFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        if byteids:  # term vectors, in Whoosh's own format (whose inlining is broken)
            return W3PostingsWriter(dbfile, self._blocklimit, byteids=True, compression=0)
        return FlatPostingsWriter(
            dbfile, blocklimit=self._blocklimit, compression=0, inlinelimit=self._inlinelimit
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term, scorer)
        offset, length = terminfo.extent()
        return FlatLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


TERM = itemgetter(0, 1)  # of a pooled posting: (field name, term bytes, docnum, weight, value)


class FlatFieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        """Writes the pool's sorted postings a term at a time (Whoosh's FieldWriter makes
        three calls per posting, checks its order and looks up its length: a fifth of a
        rebuild). Without field lengths per block: the codec keeps no length statistics."""
        fieldname = None
        for (name, btext), postings in groupby(items, TERM):
            if name != fieldname:
                if fieldname is not None:
                    self.finish_field()
                fieldname = name
                self.start_field(fieldname, schema[fieldname])
            self.start_term(btext)
            self._postwriter.add_term_postings(postings)
            self.finish_term()
        if fieldname is not None:
            self.finish_field()


class FlatPostingsWriter(W3PostingsWriter):
    def add_term_postings(self, postings):
        """add_posting() for each of a term's pooled postings, without its type checks."""
        limit = self._blocklimit
        for _, _, docnum, weight, value in postings:
            if docnum < 0:  # a spelling word, which Whoosh also skips
                continue
            if len(self._ids) >= limit:
                self._write_block()
            self._ids.append(docnum)
            self._weights.append(weight)
            if value:
                self._values.append(value)

    def max_weight(self):
        return max(self._maxweight, max(self._weights, default=0))  # add_term_postings' too

    def finish_postings(self):
        """Whoosh's, with its inlining of short posting lists into the term's entry working
        (W3PostingsWriter calls a `set_inline` that W3TermInfo does not have)."""
        if self.written() or len(self) >= self._inlinelimit:
            return super().finish_postings()
        terminfo, self._terminfo = self._terminfo, None
        terminfo.add_block(self)
        # A format without values (Existence) gets b"" each: Whoosh's ListMatcher would give
        # "" instead, which a merge refuses.
        values = self._values or [b""] * len(self)
        terminfo.set_inlined(self._ids, self._weights, values)
        return terminfo

    def _write_block(self, last=False):
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._maxweight = self.max_weight()
        self._terminfo.add_block(self)
        ids = self._ids
        databytes = b"".join((ids.tobytes(), self._weight_bytes(), self._value_bytes()))
        # Whoosh's block info: postings, last id, max weight, compression, min/max length byte
        info = (len(ids), ids[-1], self._maxweight, 0, length_to_byte(self._minlength),
                length_to_byte(self._maxlength))  # fmt: skip
        infobytes = dumps(info, 2)
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()

    def _weight_bytes(self):
        weights = self._weights
        first = weights[0]
        if weights.count(first) < len(weights):
            return EACH + weights.tobytes()
        return ALL_ONE if first == 1.0 else SAME + weights[:1].tobytes()

    def _value_bytes(self):
        size = self._format.fixed_value_size()
        if size == 0 or not self._values:
            return b""
        if size is not None and size > 0:
            return b"".join(self._values)
        ends = array("I", accumulate(map(len, self._values), initial=0))
        return ends.tobytes() + b"".join(self._values)


class FlatLeafMatcher(W3LeafMatcher):
    """Reads FlatPostingsWriter's blocks: as Whoosh's matchers do (a posting at a time), or as
    arrays (block_ids, block_weights, block_positions) for PostingsScorer."""

    def _read_data(self):
        self._data = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)

    def _data_bytes(self):
        if self._data is None:
            self._read_data()
        return self._data

    def block_ids(self):
        """The block's documents (segment docnums), uint32."""
        return np.frombuffer(self._data_bytes(), UINT32, self._blocklength)

    def block_weights(self):
        """The block's weights as float32, or a float when every posting has the same."""
        data, start = self._data_bytes(), 4 * self._blocklength
        kind = data[start : start + 1]
        if kind == EACH:
            return np.frombuffer(data, FLOAT32, self._blocklength, start + 1)
        if kind == SAME:
            return float(np.frombuffer(data, FLOAT32, 1, start + 1)[0])
        return 1.0

    def _values_start(self):
        start = 4 * self._blocklength
        kind = self._data_bytes()[start : start + 1]
        return start + 1 + (4 * self._blocklength if kind == EACH else 4 if kind == SAME else 0)

    def _value_ends(self):
        """(each variable-size value's end offset, the first being 0; where the values start)."""
        start = self._values_start()
        ends = np.frombuffer(self._data_bytes(), UINT32, self._blocklength + 1, start)
        return ends, start + 4 * (self._blocklength + 1)

    def block_positions(self):
        """(each posting's number of positions, all their positions in posting order), uint32:
        for a FlatPositions field."""
        ends, base = self._value_ends()
        words = np.frombuffer(self._data_bytes(), UINT32, int(ends[-1]) // 4, base)
        firsts = ends[:-1] // 4  # each value's first word: its count (big-endian), not a position
        keep = np.ones(len(words), bool)
        keep[firsts] = False
        return np.diff(ends) // 4 - 1, words[keep]

    def _read_ids(self):
        self._ids = self.block_ids().tolist()

    def _read_weights(self):
        weights = self.block_weights()
        if isinstance(weights, float):
            self._weights = array("f", [weights]) * self._blocklength
        else:
            self._weights = array("f", weights.tobytes())

    def _read_values(self):
        size, count = self._fixedsize, self._blocklength
        if size == 0:
            self._values = (None,) * count
            return
        data, start = self._data_bytes(), self._values_start()
        if size is not None and size > 0:
            self._values = tuple(
                data[i : i + size] for i in range(start, start + size * count, size)
            )
            return
        ends, base = self._value_ends()
        ends = ends.tolist()
        self._values = tuple(
            data[base + begin : base + end] for begin, end in zip(ends, ends[1:], strict=False)
        )
