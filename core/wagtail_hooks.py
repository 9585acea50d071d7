"""Signed-in readers outside a restriction's groups get a 403 page (see core.access).

Both hooks run before Wagtail's own restriction checks (`order=-1`), which would send them to
the login page. Anonymous visitors and password restrictions fall through to Wagtail's checks;
for anonymous visitors the hooks do not look the restrictions up, which costs queries.
"""

from wagtail import hooks

from core.access import forbid_signed_in_reader, refused_by


@hooks.register("before_serve_page", order=-1)
def forbid_restricted_page(page, request, serve_args, serve_kwargs):
    if request.user.is_authenticated:
        return forbid_signed_in_reader(request, refused_by(request, page.get_view_restrictions()))
    return None


@hooks.register("before_serve_document", order=-1)
def forbid_private_document(document, request):
    if request.user.is_authenticated:
        restrictions = document.collection.get_view_restrictions()
        return forbid_signed_in_reader(request, refused_by(request, restrictions))
    return None
