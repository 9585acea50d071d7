from wagtail.snippets.models import register_snippet

from regional_statistics.viewsets import DatasetViewSet

register_snippet(DatasetViewSet)
