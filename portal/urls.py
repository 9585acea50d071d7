from csp.decorators import csp_replace
from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from api.urls import api_router
from core.private_files import serve_document, serve_image
from core.views import serve_file_route
from search import views as search_views
from subscriptions import views as subscription_views

# The admin's own policy (settings.ADMIN_CONTENT_SECURITY_POLICY). A preview keeps the public
# policy: Wagtail renders it through the middleware for the page's own URL.
admin_urlpatterns = decorate_urlpatterns(
    wagtailadmin_urls.urlpatterns, csp_replace(settings.ADMIN_CONTENT_SECURITY_POLICY)
)

urlpatterns = [
    path("admin/", include(admin_urlpatterns)),
    # Wagtail's own document view, marked Cache-Control private for restricted collections;
    # the pattern shadows the one of wagtaildocs_urls, whose name documents' URLs reverse.
    path("dokument/<int:document_id>/<path:document_filename>", serve_document),
    path("dokument/", include(wagtaildocs_urls)),
    path("bilder/<int:image_id>/<str:filter_spec>/", serve_image, name="private_image"),
    path("api/v2/", api_router.urls),
    path("sok/", search_views.search, name="search"),
    path("sok/forslag/", search_views.autocomplete, name="search_autocomplete"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # One-click unsubscribe (RFC 8058): POST without a CSRF token, see subscriptions.views.
    re_path(
        r"^(?P<path>(?:[\w\-]+/)*avsluta/[\w\-]+/)$",
        subscription_views.serve_route,
        name="subscription_unsubscribe",
    ),
    # Files served by pages' routes, e.g. /forum/moten.ics, /statistik/data.csv (see
    # core.views).
    re_path(r"^(?P<path>(?:[\w\-]+/)+[\w\-]+\.(?:ics|csv))$", serve_file_route, name="page_file"),
    path("", include(wagtail_urls)),
]
