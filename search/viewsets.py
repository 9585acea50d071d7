"""Admin for the search synonyms, under Inställningar (administrators only)."""

from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = "Synonymer i sökningen"
    add_to_settings_menu = True
    list_display = ["__str__", "note"]
    search_backend_name = None  # a short list: plain ORM lookups
    search_fields = ["terms", "note"]
