"""The forms behind the workflow actions' modal dialogs."""

from django import forms
from wagtail.forms import TaskStateCommentForm


class RejectionForm(TaskStateCommentForm):
    """Wagtail's comment form with the comment required: the editor must learn what to change."""

    comment = forms.CharField(
        label="Kommentar",
        required=True,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Beskriv vad som behöver ändras innan sidan kan publiceras.",
    )
