"""The Elasticsearch/OpenSearch backend's index settings analyse Swedish as the Whoosh backend
does (no server here: the settings handed to Wagtail's backend are checked)."""

from django.conf import settings

from search.analysis import COMPOUND_PARTS


def analysis():
    return settings.SEARCH_BACKENDS["elasticsearch"]["INDEX_SETTINGS"]["settings"]["analysis"]


def test_the_default_analyser_is_the_swedish_chain():
    default = analysis()["analyzer"]["default"]
    assert default["type"] == "custom"
    assert default["filter"] == [
        "lowercase",
        "swedish_stop",
        "swedish_decompounder",
        "swedish_stemmer",
    ]
    filters = analysis()["filter"]
    assert filters["swedish_stop"] == {"type": "stop", "stopwords": "_swedish_"}
    assert filters["swedish_stemmer"] == {"type": "stemmer", "language": "swedish"}


def test_the_decompounder_knows_every_compound_part():
    decompounder = analysis()["filter"]["swedish_decompounder"]
    assert decompounder["type"] == "dictionary_decompounder"
    assert set(decompounder["word_list"]) == set(COMPOUND_PARTS)
    assert {"forum", "region", "strategi"} <= set(decompounder["word_list"])
    assert min(len(part) for part in COMPOUND_PARTS) >= decompounder["min_subword_size"]
