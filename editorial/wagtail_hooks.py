"""Admin hooks of the editorial workflow, of periodic review and of blocked logins (registration
only; the rules live in submission.py, review.py and login.py)."""

from axes.models import AccessAttempt
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import policy_registry, register_permission_policy

from editorial import archive
from editorial.concurrent_edits import PortalPageViewSet
from editorial.login import BlockedLoginViewSet, LiftOnlyPermissionPolicy
from editorial.submission import check_submission
from editorial.views import REPORT_PERMISSIONS, MyReviewsPanel, ReviewReportView


@hooks.register("before_edit_page")
def check_edit_submission(request, page):
    check_submission(request, page, parent=page.get_parent())


@hooks.register("before_create_page")
def check_create_submission(request, parent_page, page_class):
    check_submission(request, None, parent=parent_page)


@hooks.register("before_delete_page")
def keep_published_pages(request, page):
    """Only an archivist deletes what was ever published, and its revisions are exported first."""
    return guard_deletion(request, Page.objects.descendant_of(page, inclusive=True), page)


@hooks.register("before_bulk_action")
def keep_published_pages_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not isinstance(objects[0], Page):
        return None
    pages = Page.objects.none()
    for page in objects:
        pages |= Page.objects.descendant_of(page, inclusive=True)
    return guard_deletion(request, pages, objects[0])


def guard_deletion(request, pages, page):
    if not archive.ever_published(pages):
        return None
    if not archive.is_archivist(request.user):
        messages.error(request, archive.REFUSED)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    if request.method == "POST":
        archive.export_revisions(archive.page_revisions(pages), f"radering-sida-{page.pk}")
    return None


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(Page)
        return policy.user_has_any_permission(request.user, REPORT_PERMISSIONS)


@hooks.register("construct_homepage_panels")
def add_my_reviews_panel(request, panels):
    panels.append(MyReviewsPanel(request))


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("reports/granskning/", ReviewReportView.as_view(), name="review_report"),
        path(
            "reports/granskning/results/",
            ReviewReportView.as_view(results_only=True),
            name="review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        "Sidor att granska",
        reverse("review_report"),
        name="review-report",
        icon_name="calendar-alt",
        order=750,
    )


register_permission_policy(AccessAttempt, LiftOnlyPermissionPolicy(AccessAttempt))


@hooks.register("register_admin_viewset")
def register_blocked_logins():
    return BlockedLoginViewSet()


@hooks.register("register_admin_viewset")
def register_page_views():
    return PortalPageViewSet()
