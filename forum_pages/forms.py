"""Filter forms for the forum's listings (GET parameters, so they work without JavaScript)."""

from django import forms

from forum_pages.choices import ForumKind, ReportKind


class ReportFilterForm(forms.Form):
    year = forms.TypedChoiceField(label="År", required=False, coerce=int, empty_value=None)
    kind = forms.ChoiceField(
        label="Typ", required=False, choices=[("", "Alla typer"), *ReportKind.choices]
    )
    theme = forms.TypedChoiceField(label="Tema", required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years=(), themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", "Alla år"), *[(y, y) for y in years]]
        self.fields["theme"].choices = [("", "Alla teman"), *[(t.pk, t.title) for t in themes]]


class MeetingFilterForm(forms.Form):
    forum = forms.ChoiceField(
        label="Forum", required=False, choices=[("", "Båda forumen"), *ForumKind.choices]
    )
    theme = forms.TypedChoiceField(label="Tema", required=False, coerce=int, empty_value=None)
    year = forms.TypedChoiceField(label="År", required=False, coerce=int, empty_value=None)

    def __init__(self, *args, years=(), themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", "Alla teman"), *[(t.pk, t.title) for t in themes]]
        self.fields["year"].choices = [("", "Alla år"), *[(y, y) for y in years]]
