"""Admin hooks of the editorial workflow (registration only; the rules live in submission.py)."""

from wagtail import hooks

from editorial.submission import check_submission


@hooks.register("before_edit_page")
def check_edit_submission(request, page):
    check_submission(request, page, parent=page.get_parent())


@hooks.register("before_create_page")
def check_create_submission(request, parent_page, page_class):
    check_submission(request, None, parent=parent_page)
