from wagtail.snippets.models import register_snippet

from region_teams.viewsets import RegionalWorkViewSetGroup

register_snippet(RegionalWorkViewSetGroup)
