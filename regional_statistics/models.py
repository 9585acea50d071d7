"""Datasets (values per county and year, with revisions) and the statistics page charting them."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Prefetch, Q
from django.http import HttpResponse
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core.models import BasePage, body_text_field
from core.routes import BadFilterMixin, file_route_url
from region_teams.models import County, Team
from regional_statistics import tables
from regional_statistics.forms import DatasetAdminForm, StatisticsFilterForm
from regional_statistics.panels import DatasetRowsPanel


class ChartKind(models.TextChoices):
    LINE = "line", "Linjediagram (utveckling över åren)"
    BAR = "bar", "Stapeldiagram (länen jämförda ett år)"


class DatasetQuerySet(models.QuerySet):
    def live(self):
        """Published datasets: a new dataset saved as a draft has live=False, and a re-import
        waiting for review stays in the revisions, so the rows here are the published ones."""
        return self.filter(live=True)

    def with_rows(self, county_codes=None):
        """Prefetch the rows (of some counties only; "00" is the national value) in one query."""
        rows = DatasetRow.objects.select_related("county")
        if county_codes is not None:
            wanted = Q(county__number_code__in=county_codes)
            if tables.NATIONAL.code in county_codes:
                wanted |= Q(county__isnull=True)
            rows = rows.filter(wanted)
        return self.prefetch_related(Prefetch("rows", queryset=rows, to_attr="prefetched_rows"))


class Dataset(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A statistical series: one value per county (or the whole country) and year.

    The rows are imported from a CSV file on the admin form (see csv_import). They are a child
    relation, so every revision holds the rows as they were: history, compare and revert cover
    the numbers, and a re-import saved as a draft can be reviewed before it is published.
    """

    name = models.CharField(
        "namn", max_length=160, help_text="T.ex. Befolkning 31 december. Visas som rubrik."
    )
    unit = models.CharField(
        "enhet",
        max_length=60,
        help_text="T.ex. antal personer, procent, kronor per invånare. Visas vid axlar och tabell.",
    )
    decimals = models.PositiveSmallIntegerField(
        "antal decimaler",
        default=0,
        choices=[(n, str(n)) for n in range(5)],
        help_text="Hur många decimaler värdena visas med i tabell, diagram och nedladdning.",
    )
    source = models.CharField(
        "källa",
        max_length=200,
        help_text="Vem som publicerar siffrorna, t.ex. SCB, Befolkningsstatistik.",
    )
    source_url = models.URLField(
        "länk till källan",
        blank=True,
        help_text="Adressen till tabellen i källan, t.ex. i SCB:s statistikdatabas.",
    )
    licence = models.CharField(
        "licens",
        max_length=120,
        default="CC0 1.0",
        help_text="Villkoren för att använda siffrorna, t.ex. CC0 1.0 (SCB:s öppna data).",
    )
    description = models.TextField(
        "beskrivning",
        help_text="Vad siffrorna mäter och hur de tagits fram; visas över diagrammet.",
    )
    chart_kind = models.CharField(
        "diagramtyp",
        max_length=10,
        choices=ChartKind.choices,
        default=ChartKind.LINE,
        help_text="Linjediagram visar utvecklingen över åren; stapeldiagram jämför länen "
        "det senaste valda året.",
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="dataset")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="dataset",
        for_concrete_model=False,
    )

    objects = DatasetQuerySet.as_manager()
    base_form_class = DatasetAdminForm

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("decimals")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("licence")]),
        FieldPanel("source_url"),
        FieldPanel("chart_kind"),
        FieldPanel("csv_file"),
        DatasetRowsPanel(heading="Värden"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("source"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "dataserie"
        verbose_name_plural = "dataserier"

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    @property
    def slug(self):
        return slugify(tables.ascii_name(self.name)) or "statistik"

    def get_rows(self):
        """The rows prefetched by DatasetQuerySet.with_rows, else the rows in memory or stored."""
        if hasattr(self, "prefetched_rows"):
            return self.prefetched_rows
        return list(self.rows.all())

    def years(self):
        return sorted({row.year for row in self.get_rows()})


class DatasetRow(models.Model):
    """One value: a county's (or the whole country's) value of a dataset in one year."""

    dataset = ParentalKey(
        Dataset, verbose_name="dataserie", on_delete=models.CASCADE, related_name="rows"
    )
    county = models.ForeignKey(
        County,
        verbose_name="län",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statistics_rows",
        help_text="Tomt betyder hela riket (länskod 00).",
    )
    year = models.PositiveSmallIntegerField("år")
    value = models.DecimalField(
        "värde",
        max_digits=18,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="Tomt när uppgiften saknas i källan (..).",
    )

    class Meta:
        ordering = ["year"]
        verbose_name = "värde"
        verbose_name_plural = "värden"
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "county", "year"],
                condition=Q(county__isnull=False),
                name="one_value_per_county_and_year",
            ),
            models.UniqueConstraint(
                fields=["dataset", "year"],
                condition=Q(county__isnull=True),
                name="one_national_value_per_year",
            ),
        ]

    def __str__(self):
        return f"{self.county or 'Riket'} {self.year}: {self.value}"

    @property
    def county_code(self):
        return self.county.number_code if self.county_id else tables.NATIONAL.code


class StatisticsPage(BadFilterMixin, BasePage):
    """Statistics on regional development: the reader picks counties and years and sees each
    dataset as a chart, as a table with the same numbers, and as a CSV file (`data.csv`)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_description = "Statistik där läsaren väljer län och år: diagram, tabell och CSV-fil."

    body = body_text_field()
    default_team = models.CharField(
        "förvalda län",
        max_length=10,
        choices=Team.choices,
        blank=True,
        help_text="Teamets sju län är förvalda; lämna tomt för att visa alla 21 län.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("default_team"), InlinePanel("dataset_links", label="Dataserie")],
            heading="Statistik",
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "statistiksida"
        verbose_name_plural = "statistiksidor"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        datasets = self.get_datasets()
        form = self.filter_form(request, datasets)
        selection = form.selection()
        context.update(
            filter_form=form,
            selection=selection,
            sections=[
                tables.DatasetSection(
                    dataset, selection, csv_url=self.csv_url(request, dataset, selection)
                )
                for dataset in selection.datasets
            ],
        )
        return context

    def get_cached_paths(self):
        return [*super().get_cached_paths(), self.reverse_subpage("csv")]

    @path("data.csv/", name="csv")
    def csv(self, request):
        """The table of one dataset as shown for the same GET parameters, as a CSV file."""
        datasets = self.get_datasets()
        form = self.filter_form(request, datasets)
        if form.is_bound and not form.is_valid():
            messages = " ".join(e for errors in form.errors.values() for e in errors)
            return HttpResponse(
                f"Urvalet kunde inte användas: {messages}",
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        selection = form.selection()
        if not selection.datasets:
            return HttpResponse(
                "Sidan har ingen publicerad dataserie.",
                status=404,
                content_type="text/plain; charset=utf-8",
            )
        table = tables.Table(selection.datasets[0], selection.regions, selection.years)
        response = HttpResponse(table.as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{table.filename}"'
        return response

    def get_datasets(self):
        """The page's live datasets in the editor's order, each with its rows (two queries)."""
        links = self.dataset_links.filter(dataset__live=True).select_related("dataset")
        datasets = list(
            Dataset.objects.live().filter(pk__in=[link.dataset_id for link in links]).with_rows()
        )
        by_pk = {dataset.pk: dataset for dataset in datasets}
        return [by_pk[link.dataset_id] for link in links if link.dataset_id in by_pk]

    def filter_form(self, request, datasets):
        counties = list(County.objects.all())
        return StatisticsFilterForm(
            request.GET or None,
            counties=counties,
            datasets=datasets,
            default_team=self.default_team,
        )

    def csv_url(self, request, dataset, selection):
        url = file_route_url(self, "csv", request)
        if url is None:
            return None
        return f"{url}?{selection.query_string(dataset)}"


class StatisticsPageDataset(Orderable):
    """A dataset shown on a statistics page, in the editor's order."""

    page = ParentalKey(StatisticsPage, on_delete=models.CASCADE, related_name="dataset_links")
    dataset = models.ForeignKey(
        Dataset,
        verbose_name="dataserie",
        on_delete=models.CASCADE,
        related_name="page_links",
        help_text="Dataserien som visas; bara publicerade dataserier syns för besökare.",
    )

    panels = [FieldPanel("dataset")]

    class Meta(Orderable.Meta):
        verbose_name = "dataserie på sidan"
        verbose_name_plural = "dataserier på sidan"
        constraints = [
            models.UniqueConstraint(fields=["page", "dataset"], name="one_link_per_dataset")
        ]
