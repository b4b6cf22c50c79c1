"""The pattern chart: facts per week or per month by kind, the notices marked, as a PNG.

It shows dates, counts and kinds only: nothing the victim typed, no place, no name, so
it may go to every audience. The same data gives the same bytes: a fixed size, dpi and
font (DejaVu Sans, which ships with matplotlib, so no system font is looked up), fixed
rcParams and no metadata in the file. matplotlib is imported only when a chart is drawn
(`filings --help` and `filings validate` never load it).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from datetime import date

WIDTH_MM = 160  # the text width of an A4 page with the templates' 25 mm margins
HEIGHT_MM = 68
DPI = 150
COLOURS = {"remote": "#4C72B0", "presence": "#DD8452", "serious": "#C44E52", "other": "#8C8C8C"}
NOTICE_COLOUR = "#222222"

# Everything matplotlib would otherwise take from a matplotlibrc or the environment.
FONT = "filings DejaVu Sans"  # the DejaVu Sans file in matplotlib's own data, by a name of ours

_RC = {
    "font.family": FONT,
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.unicode_minus": False,
    "svg.hashsalt": "filings",
    "path.simplify": False,
    "agg.path.chunksize": 0,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "savefig.edgecolor": "white",
    "savefig.transparent": False,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "text.hinting": "default",
    "text.antialiased": True,
    "lines.antialiased": True,
    "patch.antialiased": True,
    "text.usetex": False,
    "axes.formatter.use_locale": False,
}

_LOCK = threading.Lock()  # rcParams and the font list are global: one chart at a time


@dataclass(frozen=True)
class Bucket:
    label: str  # 'mrt 2026' or '9 mrt'
    counts: tuple[tuple[str, int], ...]  # (group, facts) for each group, in legend order


@dataclass(frozen=True)
class Chart:
    """What the chart shows, in the case's language; draw() makes the PNG once."""

    title: str
    y_label: str
    groups: tuple[tuple[str, str], ...]  # (group, label in the legend), in order
    buckets: tuple[Bucket, ...]
    notices: tuple[tuple[float, str], ...]  # (x position among the buckets, label)
    _png: list = field(default_factory=list, compare=False, repr=False)

    def png(self) -> bytes:
        if not self._png:
            self._png.append(draw(self))
        return self._png[0]


def draw(chart: Chart) -> bytes:
    """The chart as PNG bytes, the same for the same chart on every run."""
    with _LOCK:
        _register_font()
        return _draw(chart)


def _register_font() -> None:
    """Name the DejaVu Sans that ships with matplotlib FONT, so that the chart never uses a
    system font of the same family name (another version draws other pixels)."""
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    if any(entry.name == FONT for entry in font_manager.fontManager.ttflist):
        return
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    font_manager.fontManager.ttflist.insert(0, font_manager.FontEntry(
        fname=str(path), name=FONT, style="normal", variant="normal", weight=400, stretch="normal",
        size="scalable"))


def _draw(chart: Chart) -> bytes:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    # A Figure on the Agg canvas, never pyplot: no global backend is chosen or changed for
    # a program that embeds filings, and nothing is left open.
    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=(WIDTH_MM / 25.4, HEIGHT_MM / 25.4), dpi=DPI, layout="constrained")
        FigureCanvasAgg(figure)
        axes = figure.subplots()
        positions = list(range(len(chart.buckets)))
        bottom = [0] * len(positions)
        for group, label in chart.groups:
            heights = [dict(b.counts).get(group, 0) for b in chart.buckets]
            if not any(heights):
                continue
            axes.bar(positions, heights, bottom=bottom, width=0.8, color=COLOURS[group], label=label,
                     linewidth=0)
            bottom = [a + b for a, b in zip(bottom, heights)]
        for index, (x, label) in enumerate(chart.notices):
            axes.axvline(x, color=NOTICE_COLOUR, linestyle="--", linewidth=1,
                         label=label if index == 0 else None)
        axes.set_title(chart.title, loc="left")
        axes.set_ylabel(chart.y_label)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylim(0, max(bottom) + 1)
        axes.set_xlim(-0.6, len(positions) - 0.4)
        step = max(1, -(-len(positions) // 16))  # at most about 16 labels
        axes.set_xticks(positions[::step], [b.label for b in chart.buckets][::step],
                        rotation=45 if len(positions) > 8 else 0, ha="right" if len(positions) > 8 else "center")
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def notice_position(day: date, starts: list[date], ends: list[date]) -> float:
    """Where a day lies among the buckets: -0.5 is the start of the first, n - 0.5 the end of
    the last; within a bucket by its share of the days."""
    for index, (start, end) in enumerate(zip(starts, ends)):
        if start <= day < end:
            return index - 0.5 + (day - start).days / (end - start).days
    return -0.5 if day < starts[0] else len(starts) - 0.5
