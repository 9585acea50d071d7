"""Admin classes for the statistics' snippets."""

from wagtail.snippets.views.snippets import SnippetViewSet

from regional_statistics.models import Dataset


class DatasetViewSet(SnippetViewSet):
    model = Dataset
    icon = "table"
    menu_label = "Statistik"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "unit", "source", "chart_kind"]
    list_filter = ["live", "chart_kind"]
    search_backend_name = None  # small tables: plain ORM lookups, always current
    search_fields = ["name", "source", "description"]
    ordering = ["name"]
