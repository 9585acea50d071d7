"""The subscription form and the form for changing topics (no account: a signed link)."""

from django import forms
from django.core.exceptions import ValidationError

from core.ids import is_database_id
from forum_pages.models import StrategyThemePage
from region_teams.models import County
from subscriptions.addresses import normalise_email

NO_TOPIC = "Välj minst ett ämne."


class IdChoiceField(forms.ModelMultipleChoiceField):
    """Checkboxes of rows by id: a value that cannot be an id is "not a valid value", as an id
    that does not exist is, instead of a database error."""

    def clean(self, value):
        if isinstance(value, list | tuple):
            for pk in value:
                if not is_database_id(str(pk)):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": pk},
                    )
        return super().clean(value)


class TopicsForm(forms.Form):
    """What to get mail about; at least one topic."""

    meetings = forms.BooleanField(
        label="Forummöten",
        required=False,
        help_text="När ett nytt möte i politikerforum eller tjänstemannaforum publiceras.",
    )
    reports = forms.BooleanField(
        label="Rapporter", required=False, help_text="När en ny rapport publiceras."
    )
    briefings = forms.BooleanField(
        label="Informationsmöten",
        required=False,
        help_text="När ett nytt videomöte efter ett forum läggs till (30–45 minuter).",
    )
    themes = IdChoiceField(
        label="Teman i den nationella strategin",
        queryset=StrategyThemePage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Möten och rapporter inom de teman du väljer.",
    )
    counties = IdChoiceField(
        label="Län",
        queryset=County.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Möten och rapporter som särskilt gäller de län du väljer.",
    )

    topic_fields = ("meetings", "reports", "briefings")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = StrategyThemePage.objects.live().public().order_by("path")

    def clean(self):
        data = super().clean()
        chosen = any(data.get(name) for name in self.topic_fields)
        if not chosen and not data.get("themes") and not data.get("counties"):
            raise ValidationError(NO_TOPIC, code="no_topic")
        return data


class SubscribeForm(TopicsForm):
    email = forms.EmailField(
        label="E-postadress",
        max_length=254,
        help_text="Hit skickar vi en länk som du bekräftar prenumerationen med.",
        error_messages={
            "required": "Fyll i din e-postadress.",
            "invalid": "Skriv e-postadressen som namn@exempel.se.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    consent = forms.BooleanField(
        label="Jag samtycker till att Tillväxtverket sparar min e-postadress för de utskick "
        "jag har valt.",
        error_messages={"required": "Du behöver samtycka för att kunna prenumerera."},
    )
    # Honeypot: hidden from sight, announced to screen readers as a field to leave empty.
    website = forms.CharField(
        label="Lämna det här fältet tomt. Det finns för att stoppa skräppost.",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    @property
    def is_bot(self):
        return bool(self.cleaned_data.get("website"))
