"""The bulletin's charts as PNG bytes: completion by unit and items by light.

Drawn with matplotlib's object API on the Agg backend (no display, no pyplot state shared between
requests), at a fixed size and resolution so the same numbers give the same picture. Chinese labels need
a CJK font: the first installed one of a few common families is used; without one the chart is drawn
anyway and carries a warning the bulletin prints (未找到中文字体) instead of silently showing boxes.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # before anything imports pyplot: a server has no display

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from luoshi.report.fonts import FONT_WARNING, cjk_font, cjk_style
from luoshi.report.rates import UnitRates

LIGHT_COLOURS = {"green": "#2e9d5b", "yellow": "#e0a800", "red": "#d64545"}
_DPI = 150
_WIDTH = 6.4  # inches


@dataclass(frozen=True)
class Chart:
    png: bytes
    warning: str = ""  # FONT_WARNING when no CJK font was found


def completion_by_unit(lines: Sequence[UnitRates]) -> Chart:
    """Horizontal bars, one per unit, best completion rate at the top, labelled 75%（3/4）."""
    ordered = sorted(lines, key=lambda line: (-(line.completion_rate or 0), line.unit.name if line.unit else ""))[::-1]
    with cjk_style():
        fig = Figure(figsize=(_WIDTH, max(2.4, 0.42 * len(ordered) + 1.2)), dpi=_DPI)
        ax = fig.add_subplot()
        if not ordered:
            ax.text(0.5, 0.5, "暂无数据", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            names = [line.unit.name if line.unit else "合计" for line in ordered]
            bars = ax.barh(names, [(line.completion_rate or 0) * 100 for line in ordered], color="#3b6fb6",
                           height=0.6)
            for bar, line in zip(bars, ordered, strict=True):
                ax.text(bar.get_width() + 1, bar.get_y() + bar.get_height() / 2,
                        f"{bar.get_width():.0f}%（{line.closed}/{line.total}）", va="center", fontsize=8)
            ax.set_xlim(0, 125)  # room for the labels right of a full bar
            ax.set_xticks([0, 25, 50, 75, 100])
            ax.set_xlabel("完成率（%）")
            ax.spines[["top", "right"]].set_visible(False)
        ax.set_title("各单位事项完成率")
        return _png(fig)


def items_by_light(total: UnitRates) -> Chart:
    """Three bars: the items under green, yellow and red lights now."""
    counts = [total.green, total.yellow, total.red]
    with cjk_style():
        fig = Figure(figsize=(_WIDTH, 2.8), dpi=_DPI)
        ax = fig.add_subplot()
        bars = ax.bar(["绿灯", "黄灯", "红灯"], counts, color=list(LIGHT_COLOURS.values()), width=0.55)
        for bar, count in zip(bars, counts, strict=True):
            ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height(), f"{count}项", ha="center", va="bottom",
                    fontsize=9)
        ax.set_ylim(0, max([*counts, 1]) * 1.2)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("事项数")
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title("事项预警分布（当前）")
        return _png(fig)


def _png(fig: Figure) -> Chart:
    found = cjk_font() is not None
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        if not found:  # said once in the chart's warning, not once per missing character
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.tight_layout()
        fig.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return Chart(buffer.getvalue(), "" if found else FONT_WARNING)
