"""The dataset's admin form (with the CSV upload) and the statistics page's GET form."""

from django import forms
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail.admin.forms import WagtailAdminModelForm

from region_teams.models import County, Team
from regional_statistics import csv_import, tables

TEMPLATE_FILE = "files/statistik-mall.csv"


class DatasetAdminForm(WagtailAdminModelForm):
    """Adds the CSV upload: a valid file replaces the rows, and saving makes a new revision.

    Every line is checked before anything is kept; with any error the form shows them all,
    numbered by line, and nothing is saved (not even the other fields)."""

    csv_file = forms.FileField(
        label="CSV-fil med värden",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
        error_messages={"empty": csv_import.EMPTY_FILE},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit = csv_import.MAX_FILE_SIZE // 1024 // 1024
        self.fields["csv_file"].help_text = format_html(
            "Kolumnerna region, år och värde, som SCB:s statistikdatabas exporterar dem "
            "(semikolon eller komma, decimalkomma går bra, <code>..</code> betyder att "
            "uppgiften saknas). Län anges med kod (01), kod och namn (01 Stockholms län) eller "
            "namn; 00 Riket är värdet för hela landet. Högst {} MB. En ny fil ersätter alla "
            'värden. <a href="{}" download>Ladda ned en mall (CSV)</a>.',
            limit,
            static(TEMPLATE_FILE),
        )
        self.imported_rows = None

    def clean_csv_file(self):
        upload = self.cleaned_data.get("csv_file")
        if not upload:
            if self.instance.pk is None:
                raise forms.ValidationError("Ladda upp en CSV-fil med värdena.")
            return upload
        if upload.size > csv_import.MAX_FILE_SIZE:
            # Checked before reading: a large upload is never loaded into memory whole.
            raise forms.ValidationError(csv_import.too_large_message(upload.size))
        result = csv_import.read_csv(upload.read(), list(County.objects.all()))
        if result.errors:
            raise forms.ValidationError(result.error_messages)
        self.imported_rows = result.rows
        return upload

    def save(self, commit=True):
        instance = super().save(commit=False)
        if self.imported_rows is not None:
            # The rows' model through the relation: the dataset's model module imports this form.
            row_model = instance.rows.model
            counties = {county.number_code: county for county in County.objects.all()}
            instance.rows = [
                row_model(county=counties.get(row.county_code), year=row.year, value=row.value)
                for row in self.imported_rows
            ]
        if commit:
            instance.save()
            self.save_m2m()
        return instance


class StatisticsFilterForm(forms.Form):
    """`?lan=gotland&lan=riket&fran=2015&till=2023&dataset=3`: every parameter is optional.

    Without `lan` the page's default counties (a team's seven, or all 21) and Riket are shown;
    without years, every year of the datasets. A value that does not exist makes the form
    invalid, and the page answers 400 with the message (BadFilterMixin)."""

    lan = forms.MultipleChoiceField(
        label="Län",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Det finns inget län som heter '%(value)s'."},
    )
    fran = forms.TypedChoiceField(
        label="Från år",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Statistiken har inga värden för år '%(value)s'."},
    )
    till = forms.TypedChoiceField(
        label="Till år",
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": "Statistiken har inga värden för år '%(value)s'."},
    )
    dataset = forms.TypedMultipleChoiceField(
        label="Dataserier",
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Dataserien '%(value)s' finns inte på sidan."},
    )

    def __init__(self, *args, counties=(), datasets=(), default_team="", **kwargs):
        super().__init__(*args, **kwargs)
        self.counties = list(counties)
        self.datasets = list(datasets)
        self.default_team = default_team
        self.all_years = sorted({year for dataset in self.datasets for year in dataset.years()})
        self.fields["lan"].choices = [
            (tables.NATIONAL.slug, "Riket (hela Sverige)"),
            *[(county.slug, county.name) for county in self.counties],
        ]
        year_choices = [(year, year) for year in self.all_years]
        self.fields["fran"].choices = [("", "Första året"), *year_choices]
        self.fields["till"].choices = [("", "Sista året"), *year_choices]
        self.fields["dataset"].choices = [(dataset.pk, dataset.name) for dataset in self.datasets]
        if not self.is_bound:
            self.initial = {
                "lan": [region.slug for region in self.default_regions()],
                "fran": self.all_years[0] if self.all_years else None,
                "till": self.all_years[-1] if self.all_years else None,
                "dataset": [dataset.pk for dataset in self.datasets],
            }

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("fran"), cleaned.get("till")
        if first is not None and last is not None and first > last:
            self.add_error("till", f"Till-året ({last}) är före från-året ({first}).")
        return cleaned

    def default_regions(self):
        counties = [
            c for c in self.counties if not self.default_team or c.team == self.default_team
        ]
        return [tables.NATIONAL, *map(tables.region_of, counties)]

    def selection(self):
        """What to show: the reader's valid choices, the page's defaults for the rest."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        slugs = data.get("lan")
        if slugs:
            regions = [tables.NATIONAL] if tables.NATIONAL.slug in slugs else []
            regions += [tables.region_of(c) for c in self.counties if c.slug in slugs]
        else:
            regions = self.default_regions()
        chosen = data.get("dataset")
        datasets = [d for d in self.datasets if d.pk in chosen] if chosen else self.datasets
        first = data.get("fran") or (self.all_years[0] if self.all_years else None)
        last = data.get("till") or (self.all_years[-1] if self.all_years else None)
        return tables.Selection(regions, first, last, datasets, self.datasets)

    def county_groups(self):
        """The county checkboxes grouped as the page shows them: Riket, then each team."""
        boxes = {box.data["value"]: box for box in self["lan"]}
        groups = [("Hela landet", [boxes[tables.NATIONAL.slug]])]
        for value, label in Team.choices:
            slugs = [c.slug for c in self.counties if c.team == value]
            groups.append((f"Team {label}", [boxes[slug] for slug in slugs]))
        return groups
