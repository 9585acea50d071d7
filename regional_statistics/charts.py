"""Coordinates for the server-rendered SVG charts (templates/regional_statistics/chart_*.html).

One rendering serves readers with and without JavaScript: static/js/statistics-chart.js only
adds tooltips, keyboard navigation between points and series toggles to this same SVG. Series
differ by colour, marker shape and line pattern, so no information rests on colour alone; every
point carries its value as text (`<title>`, and `data-label` for the script).
"""

import math
from dataclasses import dataclass, field

# Dark enough for 3:1 (non-text contrast) on white and mutually distinguishable; the marker and
# dash pattern tell series apart for readers who do not see the difference in hue.
COLORS = ["#0b4f45", "#1f5fa8", "#b3261e", "#8a4a00", "#6a3d9a", "#00606e", "#a3195b", "#3d5a00"]
MARKERS = ["circle", "square", "triangle", "diamond"]
DASHES = ["", "7 4", "2 3", "10 3 2 3"]
NATIONAL_STYLE = ("#1b1d1c", "diamond", "9 4")

SIZES = {
    # width, height, left, right, top, bottom, marker radius, tick count
    "large": (720, 380, 76, 24, 40, 52, 4.5, 6),
    "small": (360, 200, 64, 16, 32, 40, 3.5, 4),
}
BAR_ROW, BAR_THICKNESS = 30, 20


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Point:
    x: float
    y: float
    year: int
    text: str
    label: str
    marker_path: str


@dataclass
class Series:
    index: int
    name: str
    color: str
    marker: str
    dash: str
    is_national: bool
    points: list = field(default_factory=list)
    path: str = ""

    @property
    def legend_marker(self):
        return marker_path(self.marker, 26, 8, 4.5)


@dataclass
class Bar:
    index: int
    name: str
    is_national: bool
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    text: str
    label: str


@dataclass
class Chart:
    chart_id: str
    kind: str
    title: str
    description: str
    unit: str
    width: int
    height: int
    plot_left: float
    plot_right: float
    plot_top: float
    plot_bottom: float
    x_ticks: list = field(default_factory=list)
    y_ticks: list = field(default_factory=list)
    series: list = field(default_factory=list)
    bars: list = field(default_factory=list)
    year: int | None = None
    zero_x: float = 0

    interactive: bool = True

    @property
    def tick_label_x(self):
        return self.plot_left - 8

    @property
    def x_tick_y(self):
        return self.plot_bottom + 20

    @property
    def unit_y(self):
        return self.plot_top - 20

    @property
    def axis_label_y(self):
        return self.height - 8

    @property
    def center_x(self):
        return round((self.plot_left + self.plot_right) / 2, 1)

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def is_empty(self):
        return not (self.series or self.bars)


def nice_ticks(low, high, count):
    """Round tick values covering [low, high]: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if low == high:
        low, high = (low - 1, high + 1) if low else (0, 1)
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    end = math.ceil(high / step) * step
    ticks = []
    value = start
    while value <= end + step / 2:
        ticks.append(round(value, 10))
        value += step
    return ticks, step


def tick_label(value, step):
    decimals = 0 if step >= 1 else min(4, -math.floor(math.log10(step)) + (step * 10 % 1 > 0))
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",").replace("-", "−")


def marker_path(marker, x, y, r):
    if marker == "square":
        s = r * 0.9
        return f"M{x - s:.1f},{y - s:.1f}h{2 * s:.1f}v{2 * s:.1f}h{-2 * s:.1f}z"
    if marker == "triangle":
        corners = [(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]
        return polygon(corners)
    if marker == "diamond":
        return polygon([(x, y - r * 1.3), (x + r * 1.1, y), (x, y + r * 1.3), (x - r * 1.1, y)])
    return f"M{x - r:.1f},{y:.1f}a{r},{r} 0 1,0 {2 * r:.1f},0a{r},{r} 0 1,0 {-2 * r:.1f},0"


def polygon(corners):
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in corners) + "z"


def series_style(position, is_national):
    if is_national:
        return NATIONAL_STYLE
    return (
        COLORS[position % len(COLORS)],
        MARKERS[position % len(MARKERS)],
        DASHES[(position // len(MARKERS)) % len(DASHES)],
    )


def build_chart(table, kind="line", chart_id="diagram", size="large"):
    if kind == "bar":
        return bar_chart(table, chart_id)
    return line_chart(table, chart_id, size)


def region_list(rows):
    names = [row.region.name for row in rows]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def line_chart(table, chart_id, size="large"):
    dataset = table.dataset
    width, height, left, right, top, bottom, radius, tick_count = SIZES[size]
    plot = (left, width - right, top, height - bottom)
    years = table.years
    values = [float(c.value) for row in table.rows for c in row.cells if c.value is not None]
    chart = Chart(
        chart_id=chart_id,
        kind="line",
        title=f"{dataset.name} ({dataset.unit})",
        description="",
        unit=dataset.unit,
        width=width,
        height=height,
        plot_left=plot[0],
        plot_right=plot[1],
        plot_top=plot[2],
        plot_bottom=plot[3],
        interactive=size == "large",
    )
    if not values or not years:
        chart.description = "Det finns inga värden för urvalet."
        return chart
    # Lines show change, so the axis spans the values (bars, which show size, start at zero).
    ticks, step = nice_ticks(min(values), max(values), tick_count)
    low, high = ticks[0], ticks[-1]

    def y_of(value):
        return plot[3] - (value - low) / (high - low) * (plot[3] - plot[2])

    def x_of(index):
        if len(years) == 1:
            return (plot[0] + plot[1]) / 2
        inset = 16
        return plot[0] + inset + index * (plot[1] - plot[0] - 2 * inset) / (len(years) - 1)

    chart.y_ticks = [Tick(round(y_of(t), 1), tick_label(t, step)) for t in ticks]
    label_every = max(1, math.ceil(len(years) / (10 if size == "large" else 5)))
    chart.x_ticks = [
        Tick(round(x_of(i), 1), str(year) if i % label_every == 0 or i == len(years) - 1 else "")
        for i, year in enumerate(years)
    ]
    county_position = 0
    for index, row in enumerate(table.rows):
        is_national = row.region.is_national
        color, marker, dash = series_style(county_position, is_national)
        county_position += not is_national
        series = Series(index, row.region.name, color, marker, dash, is_national)
        commands = []
        pen_down = False
        for i, cell in enumerate(row.cells):
            if cell.value is None:
                pen_down = False
                continue
            x, y = round(x_of(i), 1), round(y_of(float(cell.value)), 1)
            commands.append(f"{'L' if pen_down else 'M'}{x},{y}")
            pen_down = True
            series.points.append(
                Point(
                    x,
                    y,
                    cell.year,
                    cell.text,
                    f"{row.region.name} {cell.year}: {cell.text} {dataset.unit}",
                    marker_path(marker, x, y, radius),
                )
            )
        series.path = "".join(commands)
        chart.series.append(series)
    chart.description = (
        f"Linjediagram: {dataset.name} i {region_list(table.rows)}, {years[0]}–{years[-1]}, "
        f"i {dataset.unit}. Alla värden finns i tabellen under diagrammet."
    )
    return chart


def bar_chart(table, chart_id):
    """Horizontal bars comparing the regions in the latest chosen year that has values."""
    dataset = table.dataset
    year_index = next(
        (
            i
            for i in reversed(range(len(table.years)))
            if any(row.cells[i].value is not None for row in table.rows)
        ),
        None,
    )
    width, left, right, top, bottom = 720, 150, 110, 40, 44
    height = top + bottom + BAR_ROW * max(len(table.rows), 1)
    chart = Chart(
        chart_id=chart_id,
        kind="bar",
        title=f"{dataset.name} ({dataset.unit})",
        description="Det finns inga värden för urvalet.",
        unit=dataset.unit,
        width=width,
        height=height,
        plot_left=left,
        plot_right=width - right,
        plot_top=top,
        plot_bottom=height - bottom,
    )
    if year_index is None:
        return chart
    year = table.years[year_index]
    chart.year = year
    entries = [(row, row.cells[year_index]) for row in table.rows]
    entries.sort(key=lambda e: (e[1].value is None, -(e[1].value or 0)))
    values = [float(cell.value) for _, cell in entries if cell.value is not None]
    ticks, step = nice_ticks(min(0.0, min(values)), max(0.0, max(values)), 6)
    low, high = ticks[0], ticks[-1]

    def x_of(value):
        return left + (value - low) / (high - low) * (chart.plot_right - left)

    chart.zero_x = round(x_of(0), 1)
    chart.x_ticks = [Tick(round(x_of(t), 1), tick_label(t, step)) for t in ticks]
    for position, (row, cell) in enumerate(entries):
        index = table.rows.index(row)
        y = top + position * BAR_ROW + (BAR_ROW - BAR_THICKNESS) / 2
        if cell.value is None:
            x, bar_width, text = chart.zero_x, 0, "uppgift saknas"
        else:
            end = x_of(float(cell.value))
            x, bar_width, text = min(chart.zero_x, end), abs(end - chart.zero_x), cell.text
        chart.bars.append(
            Bar(
                index=index,
                name=row.region.name,
                is_national=row.region.is_national,
                x=round(x, 1),
                y=round(y, 1),
                width=round(bar_width, 1),
                height=BAR_THICKNESS,
                label_x=round(max(x + bar_width, chart.zero_x) + 6, 1),
                label_y=round(y + BAR_THICKNESS / 2 + 5, 1),
                text=text,
                label=f"{row.region.name} {year}: {text}"
                + (f" {dataset.unit}" if cell.value is not None else ""),
            )
        )
    chart.description = (
        f"Stapeldiagram: {dataset.name} år {year} i {region_list(table.rows)}, i {dataset.unit}, "
        "från högst till lägst. Alla år finns i tabellen under diagrammet."
    )
    return chart
