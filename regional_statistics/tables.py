"""What the reader chose (regions, years, datasets) and the tables built from it.

The table is the single source of the numbers: the chart, the HTML table and the CSV download
all read the same `Table`, so they cannot disagree.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import urlencode

from regional_statistics import charts


@dataclass(frozen=True)
class Region:
    code: str  # the county's number code; "00" for the whole country
    name: str
    slug: str

    @property
    def is_national(self):
        return self.code == NATIONAL.code


NATIONAL = Region("00", "Riket", "riket")


def region_of(county):
    return Region(county.number_code, county.name, county.slug)


def ascii_name(text):
    return text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")


def rounded(value, decimals):
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def format_value(value, decimals):
    """Swedish number format for the page: `1 234,5` (narrow no-break space groups thousands).

    None (missing in the source) is shown as SCB does, `..`."""
    if value is None:
        return ".."
    text = f"{rounded(value, decimals):,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",").replace("-", "−")


def csv_value(value, decimals):
    """The same number for a spreadsheet: decimal comma, no thousands separator (`1234,5`)."""
    if value is None:
        return ".."
    return f"{rounded(value, decimals):.{decimals}f}".replace(".", ",")


@dataclass
class Selection:
    """The counties (and/or Riket), the years and the datasets a reader chose."""

    regions: list
    first_year: int | None
    last_year: int | None
    datasets: list
    all_datasets: list = field(default_factory=list)

    @property
    def years(self):
        if self.first_year is None:
            return []
        return list(range(self.first_year, self.last_year + 1))

    def query_string(self, dataset=None):
        params = [("lan", region.slug) for region in self.regions]
        if self.first_year is not None:
            params += [("fran", self.first_year), ("till", self.last_year)]
        if dataset is not None:
            params.append(("dataset", dataset.pk))
        return urlencode(params)


@dataclass
class Cell:
    year: int
    value: Decimal | None
    text: str


@dataclass
class TableRow:
    region: Region
    cells: list


class Table:
    """A dataset's values for the chosen regions (rows) and years (columns)."""

    def __init__(self, dataset, regions, years):
        self.dataset = dataset
        self.years = years
        values = {(row.county_code, row.year): row.value for row in dataset.get_rows()}
        decimals = dataset.decimals
        self.rows = [
            TableRow(
                region,
                [Cell(year, values.get((region.code, year)), "") for year in years],
            )
            for region in regions
        ]
        for row in self.rows:
            for cell in row.cells:
                cell.text = format_value(cell.value, decimals)
        self.has_values = any(cell.value is not None for row in self.rows for cell in row.cells)

    @property
    def filename(self):
        years = f"-{self.years[0]}-{self.years[-1]}" if self.years else ""
        return f"{self.dataset.slug}{years}.csv"

    def as_csv(self):
        """UTF-8 with a BOM (so Excel reads å, ä, ö), semicolons, decimal comma."""
        out = io.StringIO()
        out.write("\ufeff")
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Region", *self.years])
        decimals = self.dataset.decimals
        for row in self.rows:
            writer.writerow(
                [row.region.name, *(csv_value(cell.value, decimals) for cell in row.cells)]
            )
        return out.getvalue()


class DatasetSection:
    """One dataset on a statistics page: its table, its chart and its CSV link."""

    def __init__(self, dataset, selection, csv_url):
        self.dataset = dataset
        self.table = Table(dataset, selection.regions, selection.years)
        self.csv_url = csv_url
        self.anchor = f"dataserie-{dataset.pk}"
        self.chart = charts.build_chart(
            self.table, kind=dataset.chart_kind, chart_id=f"diagram-{dataset.pk}"
        )
