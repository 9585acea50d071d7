"""The endpoints: Wagtail's pages, images and documents endpoints, narrowed to what the public
site shows and filterable by theme and county, and endpoints for counties and forum members."""

from django.db.models import Prefetch
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from core.ids import is_database_id
from forum_pages.models import ForumMeetingPage, ForumMember, ReportPage
from region_teams.models import County, CountyResponsibility

# Page types with the relations the `theme` and `county` filters follow.
THEME_LOOKUPS = {ForumMeetingPage: "theme", ReportPage: "themes"}
COUNTY_LOOKUPS = {ForumMeetingPage: "counties", ReportPage: "counties"}
SEARCH_OPERATORS = ("and", "or")
# Far beyond any listing here, and far below the 64-bit OFFSET the databases take.
MAX_OFFSET = 1_000_000


def offset_number(value):
    """The offset as Wagtail reads it (int(), so '+1_000' too); 0 if Wagtail would refuse it."""
    try:
        return int(value)
    except ValueError:
        return 0


class CheckedSearchFilter(SearchFilter):
    """Wagtail's search filter, answering 400 for a `search_operator` the backend would reject
    with an exception."""

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if "search" in request.GET and operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().filter_queryset(request, queryset, view)


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination with an upper bound on `offset`, which the database would otherwise
    refuse with an error once it passes 64 bits."""

    def paginate_queryset(self, queryset, request, view=None):
        if offset_number(request.GET.get("offset", "0")) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class RelationFilter:
    """`?theme=<page id>` and `?county=<slug>` on meetings and reports (with `type=`)."""

    def filter_queryset(self, request, queryset, view):
        for parameter, lookups, field in (
            ("theme", THEME_LOOKUPS, "pk"),
            ("county", COUNTY_LOOKUPS, "slug"),
        ):
            value = request.GET.get(parameter)
            if value is None:
                continue
            lookup = lookups.get(queryset.model)
            if lookup is None:
                types = " or ".join(m._meta.label for m in lookups)
                raise BadRequestError(f"filtering by {parameter} needs type={types}")
            if field == "pk" and not is_database_id(value):
                raise BadRequestError(f"{parameter} must be a page id, not {value!r}")
            queryset = queryset.filter(**{f"{lookup}__{field}": value}).distinct()
        return queryset


def with_checked_search(filter_backends):
    return [CheckedSearchFilter if f is SearchFilter else f for f in filter_backends]


class PortalPagesAPIViewSet(PagesAPIViewSet):
    pagination_class = BoundedPagination
    filter_backends = [RelationFilter, *with_checked_search(PagesAPIViewSet.filter_backends)]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["theme", "county"])


def outside_restricted_collections(queryset):
    restricted = CollectionViewRestriction.objects.values_list("collection_id", flat=True)
    return queryset.exclude(collection__in=restricted)


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    """Images outside restricted collections (Wagtail's endpoint lists every image)."""

    pagination_class = BoundedPagination
    filter_backends = with_checked_search(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return outside_restricted_collections(super().get_queryset())


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    """Wagtail's documents endpoint, which already leaves out restricted collections."""

    pagination_class = BoundedPagination
    filter_backends = with_checked_search(DocumentsAPIViewSet.filter_backends)


class CountiesAPIViewSet(BaseAPIViewSet):
    """The 21 counties with their team and the published responsibilities of public people."""

    name = "lan"
    model = County
    pagination_class = BoundedPagination
    filter_backends = [FieldsFilter, OrderingFilter, CheckedSearchFilter]
    body_fields = [*BaseAPIViewSet.body_fields, "name", "slug", "team", "responsibilities"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "slug", "team"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name", "slug"]

    def get_queryset(self):
        public = CountyResponsibility.objects.public().select_related("contact")
        rows = Prefetch(
            "responsibilities",
            queryset=public.order_by("role", "pk"),
            to_attr="prefetched_responsibilities",
        )
        return County.objects.order_by("name").prefetch_related(rows)


class ForumMembersAPIViewSet(BaseAPIViewSet):
    """Published forum members (drafts and pending changes stay out)."""

    name = "forumledamoter"
    model = ForumMember
    pagination_class = BoundedPagination
    filter_backends = [FieldsFilter, OrderingFilter, CheckedSearchFilter]
    body_fields = [*BaseAPIViewSet.body_fields, "name", "party", "forum", "county"]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "name",
        "party",
        "forum",
        "political_side",
        "county",
    ]

    def get_queryset(self):
        return ForumMember.objects.live().select_related("county").order_by("pk")
