"""Admin views for periodic review: the dashboard panel "Mina sidor att granska" and the report
"Sidor att granska" (filterable by owner and section, exportable as CSV or Excel)."""

import django_filters
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from core.models import Contact
from editorial.review import due_pages, is_overdue, owned_by

PANEL_LIMIT = 20
REPORT_PERMISSIONS = ["add", "change", "publish"]  # editors, secretariat, owners, administrators


def decorate(pages, today=None):
    """Give each page its owner, section and status for display: two queries for the whole
    list (owners, sections), none per page."""
    pages = list(pages)
    owners = Contact.objects.in_bulk(
        {page.content_owner_id for page in pages if page.content_owner_id}
    )
    section_paths = {page.path[: Page.steplen * 3] for page in pages}
    sections = {p.path: p for p in Page.objects.filter(path__in=section_paths, depth=3)}
    for page in pages:
        owner = owners.get(page.content_owner_id)
        section = sections.get(page.path[: Page.steplen * 3])
        page.owner_name = owner.name if owner else ""
        page.section_title = section.title if section else ""
        page.review_status = "Försenad" if is_overdue(page, today) else "Snart"
    return pages


class MyReviewsPanel(Component):
    """Dashboard panel: the logged-in owner's live pages due for review, overdue first."""

    name = "my_reviews"
    order = 110
    template_name = "editorial/admin/my_reviews_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        pages = owned_by(due_pages(), self.request.user)[:PANEL_LIMIT]
        return {"pages": decorate(pages), "request": self.request}


def section_choices(request):
    """The top-level sections (children of a site's home page) to filter the report by."""
    return Page.objects.filter(depth=3).order_by("path")


class ReviewReportFilterSet(WagtailFilterSet):
    owner = django_filters.ModelChoiceFilter(
        label="Innehållsansvarig",
        queryset=Contact.objects.order_by("name"),
        method="filter_owner",
        empty_label="Alla",
    )
    section = django_filters.ModelChoiceFilter(
        label="Avdelning på webbplatsen",
        queryset=section_choices,
        method="filter_section",
        empty_label="Alla",
    )

    class Meta:
        model = Page
        fields = []

    def filter_owner(self, queryset, name, value):
        return queryset.filter(content_owner_id=value.pk)

    def filter_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)


class ReviewReportView(ReportView):
    """Every live page due for review within 30 days or overdue, earliest date first."""

    page_title = "Sidor att granska"
    header_icon = "calendar-alt"
    index_url_name = "review_report"
    index_results_url_name = "review_report_results"
    filterset_class = ReviewReportFilterSet
    any_permission_required = REPORT_PERMISSIONS
    export_filename = "sidor-att-granska"
    list_export = [
        "title",
        "url_path",
        "section_title",
        "owner_name",
        "review_due",
        "last_reviewed",
        "review_status",
    ]
    export_headings = {
        "title": "Sida",
        "url_path": "Sökväg",
        "section_title": "Avdelning",
        "owner_name": "Innehållsansvarig",
        "review_due": "Granskas senast",
        "last_reviewed": "Senast granskad",
        "review_status": "Status",
    }
    columns = [
        TitleColumn("title", label="Sida", url_name="wagtailadmin_pages:edit"),
        Column("section_title", label="Avdelning"),
        Column("owner_name", label="Innehållsansvarig"),
        DateColumn("review_due", label="Granskas senast"),
        DateColumn("last_reviewed", label="Senast granskad"),
        Column("review_status", label="Status"),
    ]

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(Page)

    def get_queryset(self):
        return self.filter_queryset(due_pages())

    def get_filtered_queryset(self):
        return self.get_queryset()

    def decorate_paginated_queryset(self, object_list):
        return decorate(object_list, timezone.localdate())
