"""`{% county_statistics county %}`: a small chart per dataset, the county against Riket."""

from django import template

from regional_statistics import charts, tables
from regional_statistics.models import Dataset, StatisticsPage

register = template.Library()


class CountySection:
    def __init__(self, dataset, county, page):
        region = tables.region_of(county)
        rows = dataset.get_rows()
        self.dataset = dataset
        self.has_national = any(row.county_id is None for row in rows)
        self.has_values = any(row.county_id == county.pk for row in rows)
        regions = [region, tables.NATIONAL] if self.has_national else [region]
        self.table = tables.Table(dataset, regions, dataset.years())
        self.chart = charts.line_chart(self.table, f"lan-diagram-{dataset.pk}", size="small")
        self.table_id = f"lan-tabell-{dataset.pk}"
        self.page_url = None
        if page is not None:
            self.page_url = (
                f"{page.url}?lan={county.slug}&lan={tables.NATIONAL.slug}#dataserie-{dataset.pk}"
            )


@register.inclusion_tag("regional_statistics/components/county_statistics.html")
def county_statistics(county):
    """Three queries whatever the number of datasets: datasets, their rows, statistics pages."""
    datasets = list(Dataset.objects.live().with_rows([county.number_code, tables.NATIONAL.code]))
    pages = {}
    for page in (
        StatisticsPage.objects.live()
        .public()
        .filter(dataset_links__dataset__in=datasets)
        .prefetch_related("dataset_links")
        .order_by("path")
    ):
        for link in page.dataset_links.all():
            pages.setdefault(link.dataset_id, page)
    return {
        "county": county,
        "sections": [CountySection(dataset, county, pages.get(dataset.pk)) for dataset in datasets],
    }
