from django.apps import AppConfig


class ForumPagesConfig(AppConfig):
    name = "forum_pages"
    verbose_name = "Forum för regionerna"
