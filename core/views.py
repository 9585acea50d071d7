"""Serving page routes that are files, such as /forum/moten.ics or /statistik/data.csv."""

from wagtail.views import serve


def serve_file_route(request, path):
    """Hand /forum/moten.ics to Wagtail as the route `moten.ics/` of the page at /forum/.

    Wagtail's own URL pattern takes only slash-ended paths without dots, so file names need this
    pattern. Serving through Wagtail keeps its rules: drafts are not found, and page privacy
    (`before_serve_page`) applies as it does to the page itself.
    """
    return serve(request, f"{path}/")
