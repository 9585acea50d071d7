"""Login throttling with django-axes: the page a blocked login gets, and the admin's list of
blocked logins (Inställningar → Låsta inloggningar) where an administrator lifts a block.

This lives in editorial because editorial holds the roles and groups, i.e. who may do what in
the admin: a blocked login is a blocked admin account or client, and lifting it is a job for the
Webbadministratör (or a superuser), like managing the accounts themselves. The rules (limit,
cool-off, what counts as one client) are django-axes settings in portal/settings/base.py.
"""

from math import ceil

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db.models import Q, Sum
from django.shortcuts import render
from django.utils import timezone
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy


def lockout_response(request, original_response=None, credentials=None):
    """Swedish, with the admin's look, and 429 Too Many Requests (AXES_LOCKOUT_CALLABLE)."""
    minutes = ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(
        request,
        "editorial/login_locked.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def blocked_attempts():
    """Recent failed-login rows that take part in a block: their account, or their address,
    has reached the failure limit within the cool-off (the sums django-axes checks)."""
    recent = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
    )

    def over_limit(field):
        return (
            recent.exclude(**{f"{field}__isnull": True})
            .order_by()
            .values(field)
            .annotate(total=Sum("failures_since_start"))
            .filter(total__gte=settings.AXES_FAILURE_LIMIT)
            .values(field)
        )

    return recent.filter(
        Q(username__in=over_limit("username")) | Q(ip_address__in=over_limit("ip_address"))
    )


class LiftOnlyPermissionPolicy(ModelPermissionPolicy):
    """django-axes alone writes the rows: nobody adds or edits one, not even a superuser.
    Listing needs axes' view permission, lifting its delete permission."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


class BlockedLoginIndexView(IndexView):
    def get_base_queryset(self):
        return blocked_attempts()


class LiftBlockView(DeleteView):
    """Deleting a row lifts the block on its account and on its address: every failed attempt
    of either goes (axes.utils.reset), since a block is the sum of several rows."""

    page_title = "Häv spärren"
    success_message = "Spärren för %(object)s har hävts."

    @property
    def confirmation_message(self):
        return (
            f"Häva spärren för kontot {self.object.username or '–'} och adressen "
            f"{self.object.ip_address or '–'}? De kan försöka logga in igen direkt."
        )

    def delete_action(self):
        username, ip_address = self.object.username, self.object.ip_address
        super().delete_action()
        reset(username=username, ip=ip_address, ip_or_username=True)


def blocked_until(attempt):
    return attempt.attempt_time + settings.AXES_COOLOFF_TIME


class BlockedLoginViewSet(ModelViewSet):
    model = AccessAttempt
    name = "blocked_logins"
    url_prefix = "sparrade-inloggningar"
    icon = "lock"
    menu_label = "Låsta inloggningar"
    add_to_settings_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = BlockedLoginIndexView
    delete_view_class = LiftBlockView
    form_fields = ["username"]  # required by ModelViewSet; its create and edit views refuse all
    list_display = [
        Column("username", label="Konto"),
        Column("ip_address", label="Adress"),
        Column("failures_since_start", label="Misslyckade försök"),
        DateColumn("attempt_time", label="Senaste försök"),
        DateColumn("blocked_until", label="Spärrad till", accessor=blocked_until),
    ]
