import factory
from factory.django import DjangoModelFactory
from wagtail.contrib.search_promotions.models import Query, SearchPromotion


class SearchPromotionFactory(DjangoModelFactory):
    """An editor's pick for a search; pass `query_string` and the promoted `page`."""

    class Meta:
        model = SearchPromotion

    class Params:
        query_string = "forum"

    # Query.get normalises the words as the search page does, so the pick is found.
    query = factory.LazyAttribute(lambda o: Query.get(o.query_string))
    description = "Rekommenderad sida."
    sort_order = 0
