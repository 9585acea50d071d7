"""What a signed-in reader sees when a view restriction does not admit them.

Wagtail answers every refused login or group restriction by sending the visitor to the login
page. For a visitor who is not signed in that is right; a signed-in reader outside the
restriction's groups would only land on the login form again, with no word of why. They get a
403 page instead that says who they are signed in as and offers to sign in as someone else.
Password restrictions keep Wagtail's own password form.
"""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.models import BaseViewRestriction


def refused_by(request, restrictions):
    """The `restrictions` that do not admit this request."""
    return [r for r in restrictions if not r.accept_request(request)]


def forbid_signed_in_reader(request, refused_restrictions):
    """The 403 page when the reader is signed in and only login or group restrictions refuse
    them, else None."""
    if (
        request.user.is_authenticated
        and refused_restrictions
        and all(r.restriction_type != BaseViewRestriction.PASSWORD for r in refused_restrictions)
    ):
        return forbidden(request)
    return None


def forbidden(request):
    response = TemplateResponse(
        request,
        "403.html",
        {"username": request.user.get_username(), "next_url": request.get_full_path()},
        status=403,
    )
    add_never_cache_headers(response)
    return response
