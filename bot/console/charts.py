"""Server-rendered SVG charts: no script, no external assets, readable without colour.

Why SVG from the server: the console must work without JavaScript and fetch nothing from other
sites; an SVG with a <title> per bar and a text table beside it reads on a phone and in a screen
reader. Colours come from CSS classes (`bar-alerts`, `bar-nudges`), so the dark theme recolours them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

from bot.console.backend import DayCount


def daily_bars(days: Sequence[DayCount], width: int = 640, height: int = 200) -> Markup:
    """Alerts and nudges per day as grouped bars."""
    left, right, top, bottom = 32, 8, 10, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([1, *(max(d.alerts, d.nudges) for d in days)])
    slot = plot_w / max(1, len(days))
    bar = max(2.0, slot * 0.36)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="daily-title"><title id="daily-title">Alerts and tips per day, last {len(days)} days'
        "</title>",
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}"/>',
        f'<text class="tick" x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text class="tick" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    for i, day in enumerate(days):
        x = left + i * slot + (slot - 2 * bar) / 2
        label = day.day.strftime("%d %b")
        for offset, value, kind in ((0.0, day.alerts, "alerts"), (bar, day.nudges, "nudges")):
            h = plot_h * value / peak
            parts.append(
                f'<rect class="bar-{kind}" x="{x + offset:.1f}" y="{top + plot_h - h:.1f}" width="{bar:.1f}" '
                f'height="{h:.1f}"><title>{escape(label)}: {value} {kind}</title></rect>')
        if len(days) <= 16 and i % 2 == 0:
            parts.append(f'<text class="tick" x="{x + bar:.1f}" y="{height - 10}" text-anchor="middle">'
                         f"{escape(label)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))
