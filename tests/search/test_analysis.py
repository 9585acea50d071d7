"""search.analysis: the Swedish analysis every backend's highlights and the Whoosh index share."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh.lang import stemmer_for_language

from search import analysis

ROOT = Path(__file__).resolve().parents[2]


def project_words():
    """Every word of the project's Swedish templates and Python sources: a few thousand words."""
    text = " ".join(
        path.read_text(encoding="utf-8")
        for pattern in ("templates/**/*.html", "*/models*.py", "home/demo*.py", "*/models/*.py")
        for path in ROOT.glob(pattern)
    )
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text)}


def test_stems_as_whoosh_swedish_snowball_stemmer_does():
    whoosh_stem = stemmer_for_language("sv")
    words = project_words() | {"regionerna", "kompetensförsörjningen", "länen", "mötet"}
    assert len(words) > 1000
    assert [w for w in words if analysis.stem(w) != whoosh_stem(w)] == []


def test_index_words_add_the_last_compound_part_at_the_same_position():
    assert analysis.index_words("Politikerforum i Luleå") == [
        ("politikerforum", 0),
        ("forum", 0),
        ("luleå", 1),
    ]
    assert analysis.index_words("Regionportalen") == [("regionportal", 0)]  # no last part


def test_query_words_are_distinct_stems_without_stop_words_or_compound_parts():
    assert analysis.query_words("Regionerna och REGIONEN i politikerforum") == [
        "region",
        "politikerforum",
    ]


def test_exports_for_other_backends_settings():
    assert isinstance(analysis.COMPOUND_PARTS, tuple)
    assert all(isinstance(part, str) for part in analysis.COMPOUND_PARTS)
    assert {"och", "att", "för"} <= analysis.STOP_WORDS


@pytest.mark.parametrize("backend", ["database"])
def test_the_search_page_loads_neither_whoosh_nor_numpy_on_another_backend(backend):
    code = (
        "import sys, django; django.setup();"
        "import search.analysis, search.highlight, search.views;"
        "print(sorted(m for m in ('whoosh', 'numpy') if m in sys.modules))"
    )
    env = {"DJANGO_SETTINGS_MODULE": "portal.settings.test", "SEARCH_BACKEND": backend}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
