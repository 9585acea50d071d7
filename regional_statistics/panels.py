"""The dataset's admin panel for its rows: a summary on the form, a diff in "compare"."""

from django.utils.html import format_html, format_html_join
from wagtail.admin.panels import Panel

from region_teams.models import County
from regional_statistics import tables


def rows_by_key(obj, names):
    return {
        (names[row.county_id] if row.county_id else tables.NATIONAL.name, row.year): row.value
        for row in obj.rows.all()
    }


class RowsComparison:
    """Revision compare: which values were added, removed or changed (not all 231 of them)."""

    is_field = True
    is_child_relation = False

    def __init__(self, obj_a, obj_b, label="Värden"):
        self.label = label
        names = dict(County.objects.values_list("pk", "name"))  # one query, not one per row
        self.a = rows_by_key(obj_a, names)
        self.b = rows_by_key(obj_b, names)

    def field_label(self):
        return self.label

    def changes(self):
        keys = sorted(set(self.a) | set(self.b), key=lambda key: (key[0] != "Riket", key))
        for key in keys:
            if self.a.get(key, "absent") != self.b.get(key, "absent"):
                before = "–" if key not in self.a else tables.format_value(self.a[key], 4)
                after = "–" if key not in self.b else tables.format_value(self.b[key], 4)
                yield f"{key[0]} {key[1]}", before, after

    def has_changed(self):
        return next(self.changes(), None) is not None

    def htmldiff(self):
        changes = list(self.changes())
        shown = changes[:200]
        items = format_html_join(
            "",
            '<li>{}: <span class="deletion">{}</span> → <span class="addition">{}</span></li>',
            shown,
        )
        more = (
            format_html("<li>… och {} ändringar till.</li>", len(changes) - len(shown))
            if changes[200:]
            else ""
        )
        return format_html("<p>{} ändrade värden</p><ul>{}{}</ul>", len(changes), items, more)


class DatasetRowsPanel(Panel):
    """Shows what the dataset holds now: how many values, which years, regions and gaps."""

    def get_comparison(self):
        return [RowsComparison]

    class BoundPanel(Panel.BoundPanel):
        template_name = "regional_statistics/admin/rows_panel.html"

        def get_comparison(self):
            return self.panel.get_comparison()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            rows = list(self.instance.rows.all()) if self.instance is not None else []
            years = sorted({row.year for row in rows})
            context.update(
                row_count=len(rows),
                first_year=years[0] if years else None,
                last_year=years[-1] if years else None,
                county_count=len({row.county_id for row in rows if row.county_id}),
                has_national=any(row.county_id is None for row in rows),
                missing_count=sum(row.value is None for row in rows),
            )
            return context
