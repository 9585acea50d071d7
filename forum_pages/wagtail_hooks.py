from wagtail.snippets.models import register_snippet

from forum_pages.viewsets import ForumViewSetGroup

register_snippet(ForumViewSetGroup)
