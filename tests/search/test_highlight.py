"""search.highlight: titles and excerpts with the matched words marked, HTML-escaped."""

from types import SimpleNamespace

from search import highlight


def page_with(title):
    return SimpleNamespace(title=title, intro="", search_description="")


def test_the_title_marks_word_forms_and_compound_parts_and_escapes_the_rest():
    page = page_with("Politikerforum & <regionerna>")
    html = highlight.highlighted_title(page, highlight.stems(["forum", "region"]))
    assert html == (
        '<mark class="search-hit search-hit--0">Politikerforum</mark> &amp; '
        '&lt;<mark class="search-hit search-hit--1">regionerna</mark>&gt;'
    )


def test_an_excerpt_is_at_most_two_passages_around_the_matches(monkeypatch):
    filler = "Annan text här. " * 40
    text = f"Om Gävleborg. {filler}Mer om Gävleborg. {filler}Sist Gävleborg och <b>län</b>."
    page = page_with("Rubrik")
    monkeypatch.setattr(highlight, "searchable_text", lambda page: text)
    html = highlight.excerpt(page, highlight.stems(["gävleborg", "län"]))
    assert html.count(highlight.SEPARATOR) == 1
    assert html.endswith('<mark class="search-hit search-hit--1">län</mark>&lt;/b&gt;.')
    assert "<b>" not in html
    assert len(html) < 2 * (highlight.EXCERPT_CHARS + 200)


def test_without_a_match_the_excerpt_is_the_start_of_the_intro(monkeypatch):
    page = page_with("Rubrik")
    page.intro = "Ett <kort> intro"
    monkeypatch.setattr(highlight, "searchable_text", lambda page: "inget som matchar")
    assert highlight.excerpt(page, highlight.stems(["gävleborg"])) == "Ett &lt;kort&gt; intro"
