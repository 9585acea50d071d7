"""The README and docs/ name files that exist, and keep to what a newcomer needs."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "bench" / "RESULTS.md"]
# A path in backticks: at least one slash, made of path characters, optionally ending in "/"
PATH = re.compile(r"`((?:\.?[\w.-]+/)+[\w.-]*)`")
NOT_FILES = ("/srv/", "/usr/", "var/", "backup/", "/etc/", "modelsearch/")  # not ours


def named_paths(text):
    for match in PATH.finditer(text):
        path = match.group(1)
        if "<" in path or path.startswith(NOT_FILES) or "://" in path:
            continue
        # A route such as `skickat/` is not a file: check only names with an extension or
        # under one of the repository's own folders.
        if "." not in path.rsplit("/", 1)[-1] and not (ROOT / path.split("/")[0]).is_dir():
            continue
        yield path


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_named_path_exists(doc):
    missing = [path for path in named_paths(doc.read_text()) if not (ROOT / path).exists()]
    assert not missing, f"{doc.name} names paths that do not exist: {missing}"


def test_readme_is_short_and_has_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert len(readme.splitlines()) <= 170
    assert "make run" in readme and "make test" in readme


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: str(path.relative_to(ROOT)))
def test_docs_speak_of_the_code_not_of_its_history(doc):
    text = doc.read_text()
    # Written so that the patterns do not match themselves.
    patterns = (
        "[Ii]ssue" + r" #\d",
        r"\bseed" + r" 0\d\d",
        "DOMAIN" + r"\.md",
        "this" + " session",
    )
    for pattern in patterns:
        assert not re.search(pattern, text), f"{doc.name} matches {pattern!r}"
