"""Admin classes for the regional work's snippets, grouped under one menu item."""

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Contact
from region_teams.models import (
    County,
    CountyResponsibility,
    DialoguePhase,
    RoleDescription,
)


class ContactViewSet(SnippetViewSet):
    model = Contact
    # The admin URLs the contacts had before the model moved to core.
    url_prefix = "region_teams/contact"
    url_namespace = "wagtailsnippets_region_teams_contact"
    icon = "user"
    menu_label = "Kontaktpersoner"
    list_display = ["name", "title", "unit", "email", "is_public"]
    list_filter = ["is_public", "unit"]
    search_backend_name = None  # small tables: plain ORM lookups, always current
    search_fields = ["name", "title", "unit", "email"]
    ordering = ["name"]


class CountyViewSet(SnippetViewSet):
    model = County
    icon = "site"
    menu_label = "Län"
    list_display = ["name", "letter_code", "number_code", "development_organisation", "team"]
    list_filter = ["team"]
    search_backend_name = None  # small tables: plain ORM lookups, always current
    search_fields = ["name", "official_name", "development_organisation"]
    ordering = ["name"]


class CountyResponsibilityViewSet(SnippetViewSet):
    model = CountyResponsibility
    icon = "group"
    menu_label = "Länsansvar"
    list_display = ["contact", "county", "role", "subject"]
    list_filter = ["live", "role", "county__team", "county"]
    search_backend_name = None  # small tables: plain ORM lookups, always current
    search_fields = ["contact__name", "county__name", "subject"]


class RoleDescriptionViewSet(SnippetViewSet):
    model = RoleDescription
    icon = "list-ul"
    menu_label = "Rollbeskrivningar"
    list_display = ["role", "summary"]
    search_backend_name = None  # small tables: plain ORM lookups, always current
    search_fields = ["summary", "duties"]


class DialoguePhaseViewSet(SnippetViewSet):
    model = DialoguePhase
    icon = "list-ol"
    menu_label = "Dialogfaser"
    list_display = ["number", "title"]
    search_backend_name = None  # five rows: plain ORM lookups, always current
    search_fields = ["title", "description"]
    ordering = ["number"]


class RegionalWorkViewSetGroup(SnippetViewSetGroup):
    menu_label = "Regionalt arbete"
    menu_icon = "site"
    menu_order = 300
    items = (
        ContactViewSet,
        CountyViewSet,
        CountyResponsibilityViewSet,
        RoleDescriptionViewSet,
        DialoguePhaseViewSet,
    )
