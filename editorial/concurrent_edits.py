"""Two editors saving one page one after the other: the second save never silently replaces the
first (docs/publishing.md, "Two editors at once").

Wagtail's edit form carries the revision it was loaded from (`loaded_revision_id`,
`loaded_revision_created_at`). Wagtail refuses an out-of-date autosave and, in the browser, asks
before a save over a newer revision; a plain form post is still accepted. This edit view refuses
it too: the editor gets the form back with their changes and a message, and saving that form
again (it now carries the latest revision) overwrites on purpose. Locks stay Wagtail's own.
"""

from django.contrib import messages
from django.utils import timezone
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.viewsets.pages import PageViewSet


class OutOfDateSafeEditView(EditView):
    def form_valid(self, form):
        if self.is_out_of_date:
            return self.refuse_out_of_date()
        return super().form_valid(form)

    def refuse_out_of_date(self):
        revision = self.latest_revision
        who = revision.user.get_full_name() or revision.user.get_username() if revision.user else ""
        when = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
        messages.error(
            self.request,
            f"Sidan sparades av {who or 'någon annan'} {when}, efter att du öppnade den. Dina "
            "ändringar är inte sparade. Jämför med den senaste versionen under Historik; spara "
            "igen om du vill ersätta den med dina ändringar.",
        )
        self.has_unsaved_changes = True
        return self.render_to_response(self.get_context_data())


class PortalPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the edit view above. Registered after
    Wagtail's own viewset for Page (editorial comes after wagtail.admin), so it replaces it;
    every other view stays Wagtail's."""

    edit_view_class = OutOfDateSafeEditView
