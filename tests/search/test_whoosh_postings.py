"""PostingsScorer (search/backends/whoosh_postings.py) finds and scores what Whoosh does.

The index is written with the backend's own schema, codec and analysers, over several commits
(so several segments) and with deleted documents, and every query is asked of both."""

import random
import shutil

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as wq

from search.backends import whoosh as whoosh_backend
from search.backends.whoosh import (
    ALL_TEXT,
    CODEC,
    FIELD_SEPARATOR,
    SWEDISH,
    SWEDISH_CATCH_ALL,
    SWEDISH_FIELD,
    build_schema,
)
from search.backends.whoosh_blocks import WindowedText
from search.backends.whoosh_postings import PostingsScorer

WORDS = ["region", "län", "forum", "tillväxt", "hållbar", "dialog", "politikerforum", "norr"]


def stem(word):
    return next(SWEDISH(word, mode="query")).text


def stems(*words):
    return [stem(word) for word in words]


def document(pk, title, body):
    return {
        "pk": str(pk),
        "ct": "home.standardpage wagtailcore.page",
        "t_title": title,
        "t_body": body,
        ALL_TEXT: FIELD_SEPARATOR.join([title, body]),
    }


def windowed_document(pk, title, body):
    """document(), with the body searched in its window of the catch-all (as the backend
    indexes an unboosted field)."""
    return {**document(pk, title, body), "t_body": WindowedText(body)}


def write_index(path, batches, deleted=(), windowed=(), optimize=False):
    """An index of `batches` of (title, body), one commit (segment) each; the batches whose
    number is in `windowed` with windowed_document()s."""
    ix = whoosh_index.create_in(path, build_schema())
    pk = 0
    for number, batch in enumerate(batches):
        make = windowed_document if number in windowed else document
        writer = ix.writer(codec=CODEC, compound=False)
        for title, body in batch:
            pk += 1
            writer.add_document(**make(pk, title, body))
        writer.commit(merge=False)
    if deleted:
        writer = ix.writer(codec=CODEC, compound=False)
        for pk in deleted:
            writer.delete_by_term("pk", str(pk))
        writer.commit(merge=False)
    if optimize:
        ix.optimize()
    return ix


def whoosh_scores(searcher, query):
    return dict(searcher.search(query, limit=None).items())


def live_whoosh_scores(searcher, query):
    """whoosh_scores() without deleted documents, which Whoosh's Not can yield."""
    leaves = searcher.leaf_searchers() if not searcher.is_atomic() else [(searcher, 0)]
    deleted = {offset + doc for sub, offset in leaves for doc in sub.reader().deleted_docs_set}
    return {
        doc: score for doc, score in whoosh_scores(searcher, query).items() if doc not in deleted
    }


def assert_same(searcher, query):
    expected = whoosh_scores(searcher, query)
    scorer = PostingsScorer(searcher, catch_all=ALL_TEXT)  # as the backend makes it
    assert scorer.scores(query).as_dict() == pytest.approx(expected, rel=1e-9)
    assert set(scorer.scores(query, scored=False).as_dict()) == set(expected)
    return expected


SITE = [
    [
        ("Regionerna och länen", "Hållbar tillväxt i regionerna. Forum för regionerna."),
        ("Politikerforum", "Ett forum för politiker från varje region i norr."),
        ("Dialog i norr", "Strategisk dialog om hållbar regional tillväxt."),
    ],
    [
        ("Forum för regionerna", "Regeringens forum för regionerna samlas fyra gånger."),
        ("Tillväxt", "Tillväxt tillväxt tillväxt, hållbar hållbar."),
        ("Hållbar", "Tillväxt i länen. Hållbar"),  # the phrase spans the title and the body
    ],
    [("Län", "Länen i norr och söder"), ("Borttagen", "forum för regionerna")],
]

QUERIES = [
    wq.Term(ALL_TEXT, "region"),
    wq.Term(ALL_TEXT, "finns-inte"),
    wq.Term("t_nofield", "region"),
    wq.Or([wq.Term(ALL_TEXT, "forum"), wq.Term("t_title", "forum", boost=2.0)]),
    wq.Or([wq.Term(ALL_TEXT, "region"), wq.Term(ALL_TEXT, "tillväxt"), wq.Term(ALL_TEXT, "län")]),
    wq.And([wq.Term(ALL_TEXT, stem("hållbar")), wq.Term(ALL_TEXT, "tillväxt")]),
    wq.And([wq.Term(ALL_TEXT, "forum"), wq.Not(wq.Term(ALL_TEXT, stem("politiker")))]),
    wq.And([wq.Term(ALL_TEXT, "forum"), wq.Term(ALL_TEXT, "saknas")]),
    wq.Phrase(ALL_TEXT, ["forum", "region"]),
    wq.Phrase(ALL_TEXT, stems("hållbar", "regional", "tillväxt")),
    wq.Phrase(ALL_TEXT, ["tillväxt", "tillväxt"]),
    wq.Phrase(ALL_TEXT, stems("hållbar", "tillväxt"), boost=3.0),
    wq.Phrase(ALL_TEXT, ["forum"], boost=2.0),
    wq.Or([wq.Term(ALL_TEXT, "region"), wq.Term(ALL_TEXT, "norr")], scale=0.9),
    wq.Or([wq.Term(ALL_TEXT, "region"), wq.Term(ALL_TEXT, "norr")], minmatch=2, boost=2.0),
    wq.Sequence([wq.Term(ALL_TEXT, "norr"), wq.Term(ALL_TEXT, "tillväxt")], slop=3),
    wq.Or([wq.Phrase(ALL_TEXT, ["forum", "region"]), wq.Phrase("t_title", ["forum", "region"])]),
    wq.FuzzyTerm(ALL_TEXT, "regoin", maxdist=2),
    wq.Prefix(ALL_TEXT, "till"),
    wq.And([wq.Term(ALL_TEXT, "forum"), wq.Term("ct", "home.standardpage")]),
    wq.Every(),
]


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    """Blocks of 3 postings, lists of 1 inlined: the small sites here then read both kinds
    (with the codec's 1,024 and 8, nearly every list of a small site is inlined)."""
    monkeypatch.setattr(CODEC, "_blocklimit", 3)
    monkeypatch.setattr(CODEC, "_inlinelimit", 2)


@pytest.fixture
def searcher(tmp_path):
    ix = write_index(tmp_path, SITE, deleted=[8])
    with ix.searcher() as searcher:
        assert len(searcher.leaf_searchers()) == 3
        yield searcher


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_scores_are_whooshs(searcher, query):
    assert_same(searcher, query)


def test_deleted_documents_are_not_found(searcher):
    found = assert_same(searcher, wq.Phrase(ALL_TEXT, ["forum", "region"]))
    pks = searcher.reader().column_reader("pk")
    assert sorted(pks[docnum] for docnum in found) == ["1", "4"]


def test_a_phrase_does_not_span_two_fields(searcher):
    found = assert_same(searcher, wq.Phrase(ALL_TEXT, stems("hållbar", "tillväxt")))
    pks = searcher.reader().column_reader("pk")
    assert sorted(pks[docnum] for docnum in found) == ["1"]  # not 6: "Hållbar" / "Tillväxt …"


def test_compound_parts_take_part_in_phrases(searcher):
    pks = searcher.reader().column_reader("pk")
    found = assert_same(searcher, wq.Phrase(ALL_TEXT, ["forum", stem("politiker")]))
    assert [pks[docnum] for docnum in found] == ["2"]  # "Ett forum för politiker"
    found = assert_same(searcher, wq.Phrase(ALL_TEXT, ["forum", "forum"]))
    assert not found  # the title "Politikerforum", then the body "Ett forum …"


def test_an_empty_index_finds_nothing(tmp_path):
    ix = write_index(tmp_path, [[("Region", "region")]], deleted=[1])
    with ix.searcher() as searcher:
        assert PostingsScorer(searcher).scores(wq.Term(ALL_TEXT, "region")).as_dict() == {}


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
pages = st.tuples(texts, texts)
terms = st.builds(
    lambda field, word, boost: wq.Term(field, word, boost=boost),
    st.sampled_from([ALL_TEXT, "t_title", "t_body"]),
    st.sampled_from(stems(*WORDS)),
    st.sampled_from([1.0, 2.0, 0.5]),
)
phrases = st.builds(
    lambda field, words: wq.Phrase(field, words),
    st.sampled_from([ALL_TEXT, "t_body"]),
    st.lists(st.sampled_from([*stems(*WORDS), "forum"]), min_size=2, max_size=3),
)
keys = st.builds(
    lambda field, text: wq.Term(field, text),
    st.sampled_from(["pk", "ct"]),
    st.sampled_from(["1", "2", "7", "home.standardpage", "wagtailcore.page"]),
)  # Existence and unscored fields


def combined(children):
    """OR, AND and AND NOT of `children`."""
    return (
        st.builds(wq.Or, st.lists(children, min_size=1, max_size=3))
        | st.builds(wq.And, st.lists(children, min_size=1, max_size=3))
        | st.builds(lambda a, b: wq.And([a, wq.Not(b)]), children, children)
    )


queries = st.recursive(terms | phrases | keys, combined, max_leaves=6)


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    batches=st.lists(st.lists(pages, min_size=1, max_size=5), min_size=1, max_size=3),
    deleted=st.sets(st.integers(1, 15), max_size=3),
    query_list=st.lists(queries, min_size=1, max_size=4),
)
def test_any_query_on_any_site_is_scored_as_by_whoosh(
    tmp_path_factory, batches, deleted, query_list
):
    ix = write_index(tmp_path_factory.mktemp("ix"), batches, deleted)
    with ix.searcher() as searcher:
        for query in query_list:
            assert_same(searcher, query)


def test_shared_analysis_gives_each_field_its_own_tokens():
    title, body = "Politikerforum i norr", "Regionerna och länen. Hållbar tillväxt."

    def tokens(analyser, text):
        return [(t.text, t.pos) for t in analyser(text, mode="index", positions=True)]

    catch_all = tokens(SWEDISH_CATCH_ALL, FIELD_SEPARATOR.join([title, body]))
    kept = whoosh_backend._document.analysed
    assert set(kept) == {title, body}  # kept for the fields' own analysis
    windows = dict(whoosh_backend._document.windows)
    assert windows[title] == [(0, kept[title][-1][1] + 1)]
    (body_window,) = windows[body]
    body_positions = [position for _, position in catch_all[len(kept[title]) :]]
    assert body_window[0] <= min(body_positions) and max(body_positions) < body_window[1]
    assert tokens(SWEDISH_FIELD, body) == tokens(SWEDISH, body)  # replayed from the catch-all
    assert tokens(SWEDISH_FIELD, "något annat") == tokens(SWEDISH, "något annat")
    title_tokens, body_tokens = tokens(SWEDISH, title), tokens(SWEDISH, body)
    assert catch_all[: len(title_tokens)] == title_tokens
    gap = catch_all[len(title_tokens)][1] - title_tokens[-1][1]
    assert gap > 2  # no phrase spans the two texts
    assert [word for word, _ in catch_all[len(title_tokens) :]] == [w for w, _ in body_tokens]


def test_deleted_documents_never_come_back_through_a_not(searcher):
    deleted = {
        offset + docnum
        for sub, offset in searcher.leaf_searchers()
        for docnum in sub.reader().deleted_docs_set
    }
    assert deleted
    region, forum, dialog = (wq.Term(ALL_TEXT, word) for word in ("region", "forum", "dialog"))
    for query in [
        wq.Or([wq.Not(region), forum]),
        wq.And([wq.Or([wq.Not(region), forum]), wq.Not(dialog)]),
        wq.Or([wq.Not(wq.Term(ALL_TEXT, "norr")), wq.Not(forum)]),
    ]:
        for scored in (True, False):
            found = PostingsScorer(searcher).scores(query, scored=scored).as_dict()
            assert deleted.isdisjoint(found)


def test_long_posting_lists_are_read_block_after_block(tmp_path):
    site = [("Region", f"forum för regionerna nummer {n}") for n in range(2200)]
    site += [("Län", "regionerna och forum") for _ in range(400)]  # three blocks in all
    ix = write_index(tmp_path, [site], deleted=[5, 1500, 2599])
    with ix.searcher() as searcher:
        assert len(assert_same(searcher, wq.Term(ALL_TEXT, "region"))) == 2597
        assert len(assert_same(searcher, wq.Phrase(ALL_TEXT, ["forum", "region"]))) == 2198
        assert_same(searcher, wq.Or([wq.Term(ALL_TEXT, "forum"), wq.Term("t_title", "län")]))


def test_an_index_recreated_with_the_same_segment_ids_is_not_mistaken(tmp_path):
    """Whoosh draws segment ids from `random`; with it seeded alike (as hypothesis does), an
    emptied and refilled folder repeats them, and kept per-segment arrays must not be reused."""
    sites = [[("Region", "forum")], [("Län", "region region region och mycket mer text")]]
    for site in sites:
        shutil.rmtree(tmp_path)
        tmp_path.mkdir()
        random.seed(0)
        ix = write_index(tmp_path, [site])
        with ix.searcher() as searcher:
            assert assert_same(searcher, wq.Term(ALL_TEXT, "region"))


# --- fields searched in their windows of the catch-all (WindowedText) ----------------------

# Also NOT alone and inside OR (the scorer's inverse()), and a boosted OR, which goes to Whoosh
# with the windowed field's terms and phrases answered by the scorer first (Answered)
body_queries = st.recursive(
    terms | phrases,
    lambda children: (
        combined(children)
        | st.builds(lambda a, b: wq.Or([a, wq.Not(b)]), children, children)
        | st.builds(wq.Not, children)
        | st.builds(lambda subs: wq.Or(subs, boost=2.0), st.lists(children, min_size=2))
    ),
    max_leaves=5,
)


def pair_of_indexes(tmp_path_factory, batches, deleted, windowed, optimize):
    """The same site twice: with the body's own postings, and with the bodies of the
    `windowed` batches in their windows of the catch-all."""
    own = write_index(tmp_path_factory.mktemp("own"), batches, deleted, optimize=optimize)
    windowed = write_index(
        tmp_path_factory.mktemp("windowed"), batches, deleted, windowed, optimize=optimize
    )
    return own, windowed


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    batches=st.lists(st.lists(pages, min_size=1, max_size=5), min_size=1, max_size=3),
    deleted=st.sets(st.integers(1, 15), max_size=3),
    windowed=st.sets(st.integers(0, 2)),
    optimize=st.booleans(),
    query_list=st.lists(body_queries, min_size=1, max_size=4),
)
def test_a_field_searched_in_its_windows_finds_and_scores_as_its_own_postings(
    tmp_path_factory, batches, deleted, windowed, optimize, query_list
):
    """Whoosh's answer on the index with the field's own postings is the answer on the one
    with windows, segments of both kinds and merged ones (optimize) included."""
    own, windowed = pair_of_indexes(tmp_path_factory, batches, deleted, windowed, optimize)
    with own.searcher() as expected_searcher, windowed.searcher() as searcher:
        scorer = PostingsScorer(searcher, catch_all=ALL_TEXT)
        for query in query_list:
            expected = live_whoosh_scores(expected_searcher, query)
            assert scorer.scores(query).as_dict() == pytest.approx(expected, rel=1e-9)
            assert set(scorer.scores(query, scored=False).as_dict()) == set(expected)


@pytest.mark.parametrize(
    "query",
    [
        wq.FuzzyTerm("t_body", "regoin", maxdist=2),
        wq.FuzzyTerm("t_body", "regoin", maxdist=2, boost=2.0),
        wq.Prefix("t_body", "till"),
        wq.Prefix("t_body", "reg"),
        wq.Wildcard("t_body", "h*ll*"),
    ],
    ids=repr,
)
@pytest.mark.parametrize("windowed", [{0, 1, 2}, {1}], ids=["all windowed", "mixed"])
def test_fuzzy_and_prefix_queries_in_windows_are_their_words_terms(
    tmp_path_factory, query, windowed
):
    """The documents Whoosh finds with the field's own postings, each scored as the OR of
    the query's words as terms of the field (Whoosh's own scores of a multi-word query vary
    per segment: a flat 1 in a small one, BM25 without the boost for a single word)."""
    own, windowed_ix = pair_of_indexes(tmp_path_factory, SITE, [8], windowed, optimize=False)
    with own.searcher() as expected_searcher, windowed_ix.searcher() as searcher:
        words = {word for sub in own.reader().leaf_readers() for word in query._btexts(sub[0])}
        as_terms = wq.Or([wq.Term("t_body", word, boost=query.boost) for word in words])
        expected = whoosh_scores(expected_searcher, as_terms)
        assert expected and set(expected) == set(whoosh_scores(expected_searcher, query))
        scorer = PostingsScorer(searcher, catch_all=ALL_TEXT)
        assert scorer.scores(query).as_dict() == pytest.approx(expected, rel=1e-9)
        negated = wq.And([query, wq.Not(wq.Term("t_body", "norr"))])
        expected = whoosh_scores(expected_searcher, wq.And([as_terms, negated.subqueries[1]]))
        assert scorer.scores(negated).as_dict() == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    "query",
    [
        wq.Phrase("t_body", ["norr"], boost=2.0),
        wq.Or([wq.Term("t_body", "region"), wq.Term("t_title", "norr")], scale=0.9),
        wq.Or([wq.Term("t_body", "region"), wq.Term(ALL_TEXT, "norr")], minmatch=2, boost=2.0),
        wq.ConstantScoreQuery(wq.Term("t_body", "region"), score=3.0),
    ],
    ids=repr,
)
def test_queries_for_whoosh_keep_their_parameters_with_windowed_terms(tmp_path_factory, query):
    own, windowed_ix = pair_of_indexes(tmp_path_factory, SITE, [8], {0, 1, 2}, optimize=False)
    with own.searcher() as expected_searcher, windowed_ix.searcher() as searcher:
        expected = live_whoosh_scores(expected_searcher, query)
        scorer = PostingsScorer(searcher, catch_all=ALL_TEXT)
        assert scorer.scores(query).as_dict() == pytest.approx(expected, rel=1e-9)


def test_positional_queries_on_windowed_fields_are_left_to_whoosh(tmp_path_factory):
    """A Sequence or span query (which the backend never asks) finds what Whoosh finds in the
    field's own postings: nothing in the windowed segments, no error."""
    own, windowed_ix = pair_of_indexes(tmp_path_factory, SITE, [8], {1}, optimize=False)
    query = wq.Sequence([wq.Term("t_body", "forum"), wq.Term("t_body", "region")], slop=2)
    with own.searcher() as expected_searcher, windowed_ix.searcher() as searcher:
        assert set(whoosh_scores(expected_searcher, query)) == {0, 1, 3}
        found = PostingsScorer(searcher, catch_all=ALL_TEXT).scores(query).as_dict()
        assert set(found) == {0, 1}  # document 3 is in the windowed segment


def test_a_windowed_field_has_no_postings_but_its_window(tmp_path):
    ix = write_index(tmp_path, SITE, windowed={0, 1, 2})
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert [text for field, text in reader.all_terms() if field == "t_body"] == [b"\x00"]
        assert searcher.avg_field_length("t_body") > 0  # its lengths are kept
        scorer = PostingsScorer(searcher, catch_all=ALL_TEXT)
        assert not scorer.scores(wq.Phrase("t_body", [])).as_dict()  # Whoosh's own raises
        found = scorer.scores(wq.Term("t_body", "norr"))
        pks = searcher.reader().column_reader("pk")
        assert sorted(pks[docnum] for docnum in found.as_dict()) == ["2", "7"]  # not 3: title
