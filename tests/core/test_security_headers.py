"""Security headers on every kind of response: public pages (cached or not), the API, a 404 and
the admin, whose Content-Security-Policy is its own."""

from html.parser import HTMLParser

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db

STRICT_PUBLIC_DIRECTIVES = {
    "default-src": {"'self'"},
    "script-src": {"'self'"},
    "style-src": {"'self'"},
    "object-src": {"'none'"},
    "base-uri": {"'self'"},
    "form-action": {"'self'"},
    "frame-ancestors": {"'self'"},
}


def policy(response):
    """The Content-Security-Policy header as {directive: {sources}}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


def assert_public_policy(response):
    directives = policy(response)
    for name, sources in STRICT_PUBLIC_DIRECTIVES.items():
        assert directives[name] == sources, name
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def assert_other_security_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_home_page_sends_the_public_policy_and_the_other_headers(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert_public_policy(response)
    assert_other_security_headers(response)


def test_a_page_from_the_cache_keeps_its_headers(settings, home_page):
    settings.PAGE_CACHE = True
    page = StandardPageFactory(parent=home_page, title="Om portalen", slug="om-portalen")
    page.save_revision().publish()

    first = Client().get(page.url)
    second = Client().get(page.url)

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert_public_policy(second)
    assert_other_security_headers(second)


def test_the_api_sends_the_public_policy(client, home_page):
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert_public_policy(response)
    assert_other_security_headers(response)


def test_a_404_sends_the_public_policy(client, home_page):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert_public_policy(response)
    assert_other_security_headers(response)


def test_the_admin_allows_its_inline_code(admin_client, home_page):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == {"'self'", "'unsafe-inline'"}
    assert directives["style-src"] == {"'self'", "'unsafe-inline'"}
    # What the admin does not replace stays as strict as on public pages.
    assert directives["object-src"] == {"'none'"}
    assert directives["frame-ancestors"] == {"'self'"}
    assert directives["base-uri"] == {"'self'"}
    assert directives["form-action"] == {"'self'"}
    assert_other_security_headers(response)


def test_the_admin_login_page_has_the_admin_policy(client, home_page):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]


def test_a_preview_shows_the_page_under_the_public_policy_in_an_admin_frame(
    admin_client, home_page
):
    url = f"/admin/pages/{home_page.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": home_page.title,
            "slug": home_page.slug,
            "intro": "Utkast till ny ingress",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url, {"in_preview_panel": "true"})
    assert "Utkast till ny ingress" in response.content.decode()
    assert_public_policy(response)
    assert response["X-Frame-Options"] == "SAMEORIGIN"


class InlineCodeFinder(HTMLParser):
    """Collects what a policy without 'unsafe-inline' would block: script elements with code,
    style elements, style attributes and event-handler attributes."""

    DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in attributes:
            self.in_inline_script = attributes.get("type") not in self.DATA_SCRIPT_TYPES
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.found.append(f'<{tag} {name}="{value}">')
            if name == "href" and (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f'<{tag} href="{value}">')

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_inline_script = False

    def handle_data(self, data):
        if self.in_inline_script and data.strip():
            self.found.append(f"<script>{data.strip()[:60]}")


def inline_code(html):
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.found


def test_the_finder_sees_what_the_policy_would_block():
    html = (
        '<style>p{}</style><p style="color:red">x</p><a onclick="go()">y</a>'
        '<script>alert(1)</script><script type="application/json">{"a": 1}</script>'
        '<script src="/static/js/x.js"></script>'
    )
    assert len(inline_code(html)) == 4


def test_no_public_page_of_the_demo_has_inline_code(client, demo):
    urls = [page.url for page in Page.objects.live().public().exclude(depth=1).specific()]
    urls += ["/sok/?q=regional+utveckling", "/finns-inte/"]
    assert len(urls) > 20
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        if blocked := inline_code(response.content.decode()):
            found[url] = blocked
    assert found == {}
