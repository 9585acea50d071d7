"""FlatBlockCodec (search/backends/whoosh_blocks.py) keeps every posting as Whoosh wrote it.

The same documents are written with Whoosh's own W3 codec and with ours, over several
segments and blocks; Whoosh's readers must then see the same postings (documents, weights,
values, positions), its own searches must give the same answers, and the arrays the scorer
reads must say the same as Whoosh's matchers."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3Codec
from whoosh.formats import Positions

from search.backends import whoosh as whoosh_backend
from search.backends.whoosh import (
    ALL_TEXT,
    CODEC,
    FIELD_SEPARATOR,
    SWEDISH,
    SWEDISH_CATCH_ALL,
    SWEDISH_FIELD,
    build_schema,
    swedish_index_words,
)
from search.backends.whoosh_blocks import BLOCK_POSTINGS, FlatBlockCodec, FlatPositions
from search.backends.whoosh_postings import postings

WORDS = [
    "region",
    "län",
    "forum",
    "tillväxt",
    "hållbar",
    "dialog",
    "politikerforum",
    "norr",
    "söder",
]


def page(n):
    """A page whose words and their repetitions vary with n (weights, positions, lengths)."""
    title = f"{WORDS[n % 9]} {WORDS[n % 4]}"
    body = "region " + " ".join(WORDS[(n * k) % 9] for k in range(1, 2 + n % 7))
    return {
        "pk": str(n),
        "ct": "home.standardpage wagtailcore.page",
        "t_title": title,
        "t_body": body,
        ALL_TEXT: FIELD_SEPARATOR.join([title, body]),
        "a_title": title,
    }


def write(path, codec, batches, deleted):
    ix = whoosh_index.create_in(path, build_schema())
    for batch in batches:
        writer = ix.writer(codec=codec, compound=False)
        for n in batch:
            writer.add_document(**page(n))
        writer.commit(merge=False)
    writer = ix.writer(codec=codec, compound=False)
    for n in deleted:
        writer.delete_by_term("pk", str(n))
    writer.commit(merge=False)
    return ix


def postings_of(ix):
    """{(field, term): [(page, weight, value, positions or None)]} as Whoosh reads them (by
    page: a merge renumbers the documents)."""
    found = {}
    with ix.searcher() as searcher:
        reader = searcher.reader()
        pages = list(reader.column_reader("pk"))
        for fieldname, text in reader.all_terms():
            matcher = reader.postings(fieldname, text)
            has_positions = isinstance(reader.schema[fieldname].format, FlatPositions)
            rows = []
            while matcher.is_active():
                positions = matcher.value_as("positions") if has_positions else None
                # no value: None from a block, b"" from a list inlined in the term's entry
                value = matcher.value() or None
                rows.append((pages[matcher.id()], matcher.weight(), value, positions))
                matcher.next()
            if rows:  # a term only deleted documents had
                found[fieldname, text] = rows
    return found


BATCHES = [range(0, 1500), range(1500, 2600), range(2600, 2610)]  # blocks of 1,024 postings


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    ours = write(tmp_path_factory.mktemp("flat"), CODEC, BATCHES, deleted=[3, 1600, 2605])
    whooshs = write(tmp_path_factory.mktemp("w3"), W3Codec(), BATCHES, deleted=[3, 1600, 2605])
    return ours, whooshs


def test_whoosh_reads_the_postings_it_wrote(indexes):
    ours, whooshs = indexes
    expected = postings_of(whooshs)
    assert max(len(rows) for rows in expected.values()) > 2 * BLOCK_POSTINGS
    assert postings_of(ours) == expected


@pytest.mark.parametrize(
    "query",
    [
        wq.And([wq.Term(ALL_TEXT, "forum"), wq.Term(ALL_TEXT, "norr")]),
        wq.Or([wq.Term("t_title", "dialog", boost=2.0), wq.Term(ALL_TEXT, "län")]),
        wq.Phrase(ALL_TEXT, ["forum", "norr"]),
        wq.Phrase(ALL_TEXT, ["norr", "region"], slop=3),
        wq.And([wq.Term(ALL_TEXT, "region"), wq.Not(wq.Term("t_body", "söd"))]),
        wq.FuzzyTerm(ALL_TEXT, "regoin", maxdist=2),
        wq.Term("a_title", "fo"),
        wq.Term("ct", "home.standardpage"),
    ],
    ids=repr,
)
def test_whooshs_own_searches_answer_the_same(indexes, query):
    ours, whooshs = indexes
    with ours.searcher() as mine, whooshs.searcher() as theirs:
        expected = dict(theirs.search(query, limit=None).items())
        assert expected
        assert dict(mine.search(query, limit=None).items()) == expected
        for limit in (3, 10):  # Whoosh's top-k skips blocks by their maximum weights
            best = list(theirs.search(query, limit=limit).items())
            assert list(mine.search(query, limit=limit).items()) == best


def test_a_merge_keeps_every_posting(tmp_path, indexes):
    _, whooshs = indexes
    merged = write(tmp_path, CODEC, BATCHES, deleted=[3, 1600, 2605])
    merged.writer(codec=CODEC, compound=False).commit(optimize=True)  # as a rebuild's merges
    with merged.searcher() as searcher:
        assert searcher.is_atomic()
        assert isinstance(searcher.reader().codec(), FlatBlockCodec)
    assert postings_of(merged) == postings_of(whooshs)


def test_the_scorers_arrays_say_what_whoosh_reads_from_its_own_blocks(indexes):
    ours, whooshs = indexes
    expected = postings_of(whooshs)  # Whoosh's W3 codec, read by Whoosh
    longest = 0
    with ours.searcher() as searcher:
        for text in (b"region", b"forum", b"norr"):
            found = []
            for sub, _ in searcher.leaf_searchers():
                reader = sub.reader()
                pages = list(reader.column_reader("pk"))
                ids, weights, counts, positions = postings(reader, ALL_TEXT, text, positions=True)
                longest = max(longest, len(ids))
                weights = np.broadcast_to(weights, ids.shape).tolist()
                starts = [0, *np.cumsum(counts).tolist()]
                found += [
                    (pages[docnum], weight, positions[start:end].tolist())
                    for docnum, weight, start, end in zip(
                        ids.tolist(), weights, starts[:-1], starts[1:], strict=True
                    )
                    if not reader.is_deleted(docnum)
                ]
            rows = [(page, weight, where) for page, weight, _, where in expected[ALL_TEXT, text]]
            assert sorted(found) == sorted(rows)
    assert longest > BLOCK_POSTINGS  # read across blocks


@given(st.lists(st.integers(0, 2**32 - 1), max_size=50).map(sorted))
def test_positions_come_back_as_they_went_in(positions):
    format_ = FlatPositions()
    value = format_.encode(positions)
    assert format_.decode_positions(value) == positions
    assert format_.decode_frequency(value) == len(positions)


# --- indexing shortcuts: what they give must be what Whoosh's own path gives ----------------

swedish_texts = st.lists(
    st.sampled_from(
        [
            "Regionerna", "och", "i", "Politikerforum", "tjänstemannaforumet", "LÄNEN", "a",
            "Östersjöregionen", "2019", "3.5", "hållbar", "tillväxt", "*", "x*y", ".", " ",
            "\n", ",", "kompetensförsörjningen", "the", "İstanbul", "ß", "ﬁ", "—", "é",
        ]
    ),
    max_size=30,
).map(" ".join)  # fmt: skip


@given(swedish_texts)
def test_swedish_index_words_are_the_analysers_tokens(text):
    chain = [(t.text, t.pos) for t in SWEDISH(text, mode="index", positions=True)]
    assert swedish_index_words(text) == chain


@given(st.lists(swedish_texts, min_size=1, max_size=3))
def test_flat_positions_index_as_whooshs_positions_format(texts):
    format_ = FlatPositions()
    value = FIELD_SEPARATOR.join(texts)
    for analyser in (SWEDISH_CATCH_ALL, SWEDISH_FIELD):
        # Positions.word_values (through the analyser's tokens), with FlatPositions' encoding
        expected = list(Positions.word_values(format_, value, analyser, mode="index"))
        assert list(format_.word_values(value, analyser, mode="index")) == expected


def test_an_opened_index_takes_the_shortcut(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(
        whoosh_backend, "swedish_index_words", lambda text: calls.append(text) or []
    )
    ix = whoosh_index.create_in(tmp_path, build_schema())
    writer = whoosh_index.open_dir(tmp_path).writer(codec=CODEC)  # its schema unpickled
    writer.add_document(**page(1))
    writer.commit()
    assert page(1)["t_body"] in calls
    assert ix.refresh().doc_count() == 1
