"""Index settings of the Elasticsearch/OpenSearch backend: a Swedish analyser that, like the
Whoosh backend's, lowercases, drops Swedish stop words, splits compounds on the same list of
parts ("Politikerforum" is found by "forum") and stems with Snowball.

Kept free of Django imports (search.analysis is plain Python): portal/settings/base.py builds
SEARCH_BACKENDS from it.
"""

from search.analysis import COMPOUND_PARTS

ANALYSER_FILTERS = ["lowercase", "swedish_stop", "swedish_decompounder", "swedish_stemmer"]


def index_settings(compound_parts=COMPOUND_PARTS):
    """INDEX_SETTINGS for Wagtail's Elasticsearch backend (merged into its own defaults): the
    index's default analyser, used for every searchable field, is the Swedish one."""
    return {
        "settings": {
            "analysis": {
                "filter": {
                    "swedish_stop": {"type": "stop", "stopwords": "_swedish_"},
                    "swedish_decompounder": {
                        "type": "dictionary_decompounder",
                        "word_list": list(compound_parts),
                        "min_subword_size": 4,
                        "only_longest_match": True,
                    },
                    "swedish_stemmer": {"type": "stemmer", "language": "swedish"},
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ANALYSER_FILTERS,
                    }
                },
            }
        }
    }
