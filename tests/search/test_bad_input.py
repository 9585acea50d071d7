"""Whatever arrives in the address, the search page answers 200 or 400: never a 500."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

NASTY = st.sampled_from(
    [
        '"',
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "*",
        "?",
        "~",
        "^",
        ":",
        "-",
        "\x00",
        "\\",
        "'",
        "🙂",
        "å",
        "Ö",
        "%",
        "&",
        "<script>",
        "Östersjö",
        "\udcff",
        " ",
    ]
)
QUERY = st.one_of(
    st.text(max_size=200),
    st.lists(NASTY, max_size=40).map("".join),
    st.just("x" * 10_000),
)
PAGE_NUMBER = st.one_of(st.none(), st.integers(), st.text(max_size=20))
FACET = st.one_of(st.none(), st.text(max_size=30), st.integers(min_value=-(10**6), max_value=10**6))


@pytest.fixture
def searchable(search_backend, home_page):
    StandardPageFactory(parent=home_page, title="Samarbeta i Östersjöregionen", intro="Östersjö")
    return search_backend


def clean(value):
    # Django's test client encodes the address as UTF-8; a lone surrogate cannot be encoded.
    return None if value is None else str(value).encode("utf-8", "replace").decode("utf-8")


@hypothesis_settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=QUERY, sida=PAGE_NUMBER, ar=FACET, lan=FACET, typ=FACET)
def test_any_query_string_gives_200_or_400(client, searchable, q, sida, ar, lan, typ):
    params = {"q": q, "sida": sida, "ar": ar, "lan": lan, "typ": typ}
    params = {name: clean(value) for name, value in params.items() if value is not None}
    response = client.get("/sok/", params)
    assert response.status_code in (200, 400)
    suggestions = client.get("/sok/forslag/", {"q": params["q"]})
    assert suggestions.status_code == 200


@pytest.mark.parametrize(
    "raw",
    ["q=%ff%fe", "q=%00", "q=%C3", "q=a&sida=%ff", "ar=%ff", "q=" + "%F0%9F%99%82" * 3000],
)
def test_undecodable_bytes_in_the_address(client, searchable, raw):
    assert client.get("/sok/?" + raw).status_code in (200, 400)
