"""Admin classes for the forum's snippets."""

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from forum_pages.models import ForumMember


class ForumMemberViewSet(SnippetViewSet):
    model = ForumMember
    icon = "group"
    menu_label = "Ledamöter"
    list_display = ["name", "county", "forum", "political_side", "term_start", "term_end"]
    list_filter = ["live", "forum", "political_side", "county__team", "county"]
    search_backend_name = None  # small tables: plain ORM lookups, always current
    search_fields = ["name", "title", "party", "county__name"]


class ForumViewSetGroup(SnippetViewSetGroup):
    menu_label = "Forum"
    menu_icon = "group"
    menu_order = 290
    items = (ForumMemberViewSet,)
