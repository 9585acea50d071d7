from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Gemensamt"

    def ready(self):
        from core import front_cache, signals  # noqa: F401  (connect the receivers)
