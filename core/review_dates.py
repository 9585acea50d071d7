"""Review-date arithmetic, shared by the data migrations that backfill every section's pages and
by editorial, which sets the dates on publish. The fields themselves are on BasePage."""

from django.utils import timezone

REVIEW_INTERVAL_MONTHS = 12


def add_months(day, months):
    """The same day `months` later, or the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


def backfill_review_dates(apps, app_label):
    """Data migration helper: published pages that predate review dates get last_reviewed = the
    day of their last publish and review_due twelve months later."""
    for model in apps.get_app_config(app_label).get_models():
        if not {"review_due", "last_reviewed"} <= {field.name for field in model._meta.fields}:
            continue
        pages = model.objects.filter(live=True, review_due=None).exclude(last_published_at=None)
        for pk, published_at in pages.values_list("pk", "last_published_at"):
            day = timezone.localdate(published_at)
            model.objects.filter(pk=pk).update(
                last_reviewed=day, review_due=add_months(day, REVIEW_INTERVAL_MONTHS)
            )
