from django.apps import AppConfig


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = "Prenumerationer"

    def ready(self):
        from subscriptions import notices

        notices.connect()
