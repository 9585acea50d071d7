"""Facet filters of the search page: content type, theme, county and year, with counts.

The hits are pages the reader may see (the search ran on their visible pages), so every count is
made of visible pages only. Page types declare where their values are with `search_facets`
({"theme"|"county"|"year": ORM lookup}); one query per page type among the hits fetches them, so
the number of queries does not grow with the number of hits. Counts are disjunctive: each
dimension is counted over the hits that match the *other* chosen filters, so a reader sees how
many results each choice would give.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from forum_pages.models import StrategyThemePage
from region_teams.models import County

DIMENSIONS = ("type", "theme", "county", "year")
PARAMETERS = {"type": "typ", "theme": "tema", "county": "lan", "year": "ar"}
MIN_YEAR, MAX_YEAR = 1900, 2100
TYPE_LABELS = {}  # model name → plural verbose name, filled as page types turn up among hits


class BadFacet(ValueError):
    """A facet parameter no page could have; the message is shown to the reader."""


@dataclass
class Hit:
    pk: int
    content_type_id: int
    values: dict = field(default_factory=lambda: {d: set() for d in DIMENSIONS})


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def chosen_facets(params):
    """{dimension: value} from the query string; BadFacet for a value that cannot exist."""
    chosen = {}
    for dimension, name in PARAMETERS.items():
        value = params.get(name, "").strip()
        if not value:
            continue
        if len(value) > 100 or not value.replace("-", "").replace("_", "").isalnum():
            raise BadFacet(f"Filtret ”{name}” har ett ogiltigt värde.")
        if dimension == "year" and not (value.isdecimal() and MIN_YEAR <= int(value) <= MAX_YEAR):
            raise BadFacet(f"Året måste vara ett årtal mellan {MIN_YEAR} och {MAX_YEAR}.")
        chosen[dimension] = value
    return chosen


def collect_hits(rows):
    """[Hit] from (pk, content_type_id) rows, with each page type's facet values filled in."""
    hits = {pk: Hit(pk, ct) for pk, ct in rows}
    hits_by_type = {}
    for hit in hits.values():
        hits_by_type.setdefault(hit.content_type_id, []).append(hit.pk)
    for content_type_id, pks in hits_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        hit_type = model._meta.model_name if model else "page"
        if model is not None:
            TYPE_LABELS[hit_type] = str(model._meta.verbose_name_plural).capitalize()
        for pk in pks:
            hits[pk].values["type"].add(hit_type)
        lookups = getattr(model, "search_facets", None)
        if not lookups:
            continue
        names = list(lookups)
        for pk, *values in model.objects.filter(pk__in=pks).values_list("pk", *lookups.values()):
            for name, value in zip(names, values, strict=True):
                if value is not None:
                    hits[pk].values[name].add(str(value))
    return list(hits.values())


def keys_of(chosen):
    """The stored values the chosen (slug) filters stand for: theme and county by primary key."""
    keys = dict(chosen)
    if "theme" in chosen:
        theme = StrategyThemePage.objects.filter(slug=chosen["theme"]).values_list("pk", flat=True)
        keys["theme"] = str(theme.first())
    if "county" in chosen:
        county = County.objects.filter(slug=chosen["county"]).values_list("pk", flat=True)
        keys["county"] = str(county.first())
    return keys


def matches(hit, keys, skip=None):
    return all(
        value in hit.values[dimension] for dimension, value in keys.items() if dimension != skip
    )


def filter_hits(hits, chosen):
    keys = keys_of(chosen)
    return [hit for hit in hits if matches(hit, keys)], keys


def facet_options(hits, chosen, keys):
    """{dimension: [FacetOption]} with disjunctive counts, labelled for the reader."""
    counts = {dimension: {} for dimension in DIMENSIONS}
    for dimension in DIMENSIONS:
        for hit in hits:
            if matches(hit, keys, skip=dimension):
                for value in hit.values[dimension]:
                    counts[dimension][value] = counts[dimension].get(value, 0) + 1
    labels = facet_labels(counts)
    options = {}
    for dimension, values in counts.items():
        selected = keys.get(dimension)
        rows = [
            FacetOption(slug, label, values[value], value == selected)
            for value, (slug, label) in labels[dimension].items()
            if value in values
        ]
        if dimension == "year":
            rows.sort(key=lambda option: option.value, reverse=True)
        else:
            rows.sort(key=lambda option: (-option.count, option.label))
        options[dimension] = rows
    return options


def facet_labels(counts):
    """{dimension: {stored value: (parameter value, label)}}: two queries at most."""
    labels = {dimension: {} for dimension in DIMENSIONS}
    for value in counts["type"]:
        labels["type"][value] = (value, TYPE_LABELS.get(value, value))
    if counts["theme"]:
        themes = Page.objects.filter(pk__in=list(counts["theme"])).values_list(
            "pk", "slug", "title"
        )
        labels["theme"] = {str(pk): (slug, title) for pk, slug, title in themes}
    if counts["county"]:
        counties = County.objects.filter(pk__in=list(counts["county"]))
        labels["county"] = {str(c.pk): (c.slug, c.name) for c in counties.only("slug", "name")}
    labels["year"] = {year: (year, year) for year in counts["year"]}
    return labels
