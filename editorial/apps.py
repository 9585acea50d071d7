from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_save
from wagtail.signals import page_published


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Redaktionellt arbetsflöde"

    def ready(self):
        from editorial import notifications, review, setup, signals

        # Once per migrate, after every app's migrations: grants permissions that later
        # migrations created (e.g. publish_forummember) and assigns workflows to new sections.
        post_migrate.connect(setup.after_migrate, sender=self, dispatch_uid="editorial_setup")
        pre_save.connect(signals.default_owner_from_parent, dispatch_uid="editorial_owner")
        notifications.connect()
        page_published.connect(review.on_page_published, dispatch_uid="editorial_review_dates")
