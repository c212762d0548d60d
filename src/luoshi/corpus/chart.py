"""Charts of the corpus questions, for people who would rather look than read a table.

- :func:`lineage_chart`: one region's targets against what was later reported, one small panel per metric
  (a level and its growth side by side), a pair of bars per year: the target hollow, the actual filled
  green when it met the target, red when it missed, grey when no target of that year stood against it.
  A target nothing has reported on yet is marked 待报.
- :func:`formulation_chart`: the formulation timeline, one row per formulation, a dot per year sized by how
  many documents of that year use it, a line from the first year it was seen to the last.

Drawn with matplotlib's object API on the Agg backend at a size fixed by what is drawn (panels, rows), with
no timestamps in the file, so the same tables give the same bytes. Chinese needs a CJK font: the first
installed of a few common families (luoshi.report.charts has such a finder too, but importing it loads the
ledger's Django models, which a corpus chart must not need).
"""

from __future__ import annotations

import io
import math
from collections import defaultdict
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # before anything imports pyplot: no display here

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from luoshi.corpus.lineage import MET, MISSED, PENDING, Fact, Line
from luoshi.report.fonts import cjk_style
from luoshi.targets import convert, signed

COLOURS = {MET: "#2e9d5b", MISSED: "#d64545", "other": "#a0aab4", "target": "#e8edf3", "edge": "#44505c",
           "restated": "#e08a00"}
MAX_PANELS = 6
MAX_FORMULATIONS = 24
_DPI = 120
_COLUMNS = 2


# ------------------------------------------------------------------------------------------------ lineage


def lineage_chart(lines: Sequence[Line], facts: Sequence[Fact], region: str | None = None, fmt: str = "png") -> bytes:
    """Targets against actuals by year for one region (``region``, else the one with most verdicts)."""
    region = region or _busiest_region(lines)
    lines = [line for line in lines if line.region == region]
    facts = [fact for fact in facts if fact.region == region]
    keys = _chosen_keys(lines)
    with cjk_style(**{"svg.hashsalt": "luoshi"}):
        rows = max(1, math.ceil(len(keys) / _COLUMNS))
        height = 1.3 + 2.7 * rows
        fig = Figure(figsize=(11, height), dpi=_DPI)
        if not keys:
            ax = fig.add_subplot()
            ax.text(0.5, 0.5, "没有可对照的目标（no target with a later report）", ha="center", va="center")
            ax.set_axis_off()
        for n, key in enumerate(keys):
            ax = fig.add_subplot(rows, _COLUMNS, n + 1)
            _panel(ax, key, [line for line in lines if line.key == key], [f for f in facts if f.key == key])
        shown = [line for line in lines if line.key in keys]
        years = sorted({line.year for line in shown})
        span = f"  {years[0]}–{years[-1]}年" if years else ""
        met, missed = (sum(line.outcome == outcome for line in shown) for outcome in (MET, MISSED))
        fig.text(0.01, 1 - 0.12 / height, f"{region or '（无地区）'}：目标与实际{span}", fontsize=15, va="top")
        fig.text(0.99, 1 - 0.16 / height, f"图中已有后续报告的目标 {met + missed} 个：达标 {met}，未达标 {missed}",
                 fontsize=10, va="top", ha="right", color="#44505c")
        handles = [
            Patch(facecolor=COLOURS["target"], edgecolor=COLOURS["edge"], label="目标（当年报告提出）"),
            Patch(facecolor=COLOURS[MET], label="实际：达标"),
            Patch(facecolor=COLOURS[MISSED], label="实际：未达标"),
            Patch(facecolor=COLOURS["other"], label="实际：当年无目标或无法对照"),
            Patch(fill=False, edgecolor=COLOURS["other"], linestyle="--", label="待报（尚无后续报告）"),
        ]
        if any(line.restatement is not None for line in shown):
            handles.append(Patch(facecolor=COLOURS["restated"], label="后来的目标（重新表述）"))
        fig.legend(handles=handles, loc="upper left", ncols=len(handles), frameon=False, fontsize=9,
                   bbox_to_anchor=(0.005, 1 - 0.52 / height), handlelength=1.6, columnspacing=1.4)
        fig.text(0.01, 0.1 / height, "实际值取目标年份之后第一份报告对该年的回顾；"
                 "按目标的比较方式（≥、≤、约、区间）判定。"
                 "  luoshi corpus OUT_DIR lineage", fontsize=7.5, color="#5a6570", va="bottom")
        fig.tight_layout(rect=(0, 0.3 / height, 1, 1 - 0.85 / height))
        return _save(fig, fmt)


def _busiest_region(lines: Sequence[Line]) -> str | None:
    judged: dict[str, int] = defaultdict(int)
    for line in lines:
        judged[line.region] += line.outcome in (MET, MISSED)
    return max(sorted(judged), key=lambda r: judged[r], default=None)


def _chosen_keys(lines: Sequence[Line]) -> list[str]:
    """The metrics with most verdicts, a level beside its growth (地区生产总值, 地区生产总值增长)."""
    judged: dict[str, int] = defaultdict(int)
    for line in lines:
        judged[line.key] += line.outcome in (MET, MISSED)
    keys = [key for key, n in judged.items() if n]
    families: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        families[key.removesuffix("增长")].append(key)
    ranked = sorted(families.items(), key=lambda kv: (-sum(judged[k] for k in kv[1]), -len(kv[1]), kv[0]))
    chosen = [key for _, family in ranked for key in sorted(family, key=len)]
    return chosen[:MAX_PANELS]


def _panel(ax: Axes, key: str, lines: Sequence[Line], facts: Sequence[Fact]) -> None:
    first: dict[int, Line] = {}
    for line in lines:  # sorted by the target's document: the first is the target as first set
        first.setdefault(line.year, line)
    unit = _common([line.target.unit or "" for line in first.values()])
    actual = _actuals(first, facts, unit)
    years = sorted(set(first) | set(actual))
    if len(years) > 1:
        years = list(range(years[0], years[-1] + 1))
    top = max([*actual.values(), *(_goal(line, unit) for line in first.values())], default=1.0) or 1.0
    for year in years:
        _bars(ax, year, first.get(year), actual.get(year), unit, top)
    ax.set_xticks(years, [str(y) for y in years])
    ax.set_ylim(0, top * 1.18)
    ax.set_title(f"{key}（{unit}）" if unit else key, fontsize=10.5, loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=8)


def _actuals(first: dict[int, Line], facts: Sequence[Fact], unit: str) -> dict[int, float]:
    """Year → the actual value in ``unit``: a target's judged fact, else the first report of that year."""
    actual: dict[int, float] = {}
    for fact in sorted(facts, key=lambda f: f.reported):  # the first report of a year is the one judged
        value = convert(fact.value, fact.unit, unit)
        if value is not None:
            actual.setdefault(fact.year, value)
    for year, line in first.items():
        if line.actual is not None:
            actual[year] = convert(line.actual, line.target.unit or "", unit) or line.actual
    return actual


_BAR = 0.38  # the width of a bar; a year's target and actual stand side by side


def _bars(ax: Axes, year: int, line: Line | None, actual: float | None, unit: str, top: float) -> None:
    """One year's pair: the target hollow on the left, the actual on the right (or an empty slot 待报)."""
    if line is not None:
        goal = _goal(line, unit)
        ax.bar(year - _BAR / 2, goal, _BAR, color=COLOURS["target"], edgecolor=COLOURS["edge"], linewidth=0.8)
        ax.text(year - _BAR / 2, goal + top * 0.02, _label(line.target.comparator, goal), ha="center",
                va="bottom", fontsize=7.5, color=COLOURS["edge"])
        if line.restatement is not None:
            again = convert(line.restatement.value or 0, line.restatement.unit or "", unit)
            if again is not None:
                ax.hlines(again, year - _BAR, year, colors=COLOURS["restated"], linewidth=2)
    if actual is not None:
        outcome = line.outcome if line is not None and line.fact is not None else "other"
        colour = COLOURS.get(outcome, COLOURS["other"])
        ax.bar(year + _BAR / 2, actual, _BAR, color=colour)
        ax.text(year + _BAR / 2, actual + top * 0.02, _label("exact", actual), ha="center",
                va="bottom", fontsize=7.5, color=colour if colour != COLOURS["other"] else "#5a6570")
    elif line is not None and line.outcome == PENDING:  # an empty, dashed slot: the actual is still to come
        goal = _goal(line, unit)
        ax.bar(year + _BAR / 2, goal, _BAR, fill=False, edgecolor=COLOURS["other"], linestyle="--", linewidth=0.8)
        ax.text(year + _BAR / 2, goal / 2, "待报", ha="center", va="center", fontsize=8, color="#5a6570")


def _goal(line: Line, unit: str) -> float:
    value = line.target.value or 0.0
    return convert(value, line.target.unit or "", unit) or value


def _common(units: Sequence[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for unit in units:
        counts[unit] += 1
    return max(sorted(counts), key=lambda u: counts[u], default="")


def _label(comparator: str, value: float) -> str:
    return signed(comparator, f"{value:.4g}")


# ------------------------------------------------------------------------------------------- formulations


def formulation_chart(years: dict[str, dict[int, int]], region: str | None = None, fmt: str = "png") -> bytes:
    """One row per formulation (most documents first), a dot per year sized by that year's documents."""
    ranked = sorted(years, key=lambda t: (-sum(years[t].values()), min(years[t]), t))[:MAX_FORMULATIONS]
    with cjk_style(**{"svg.hashsalt": "luoshi"}):
        fig = Figure(figsize=(10, 1.5 + 0.34 * max(len(ranked), 3)), dpi=_DPI)
        ax = fig.add_subplot()
        if not ranked:
            ax.text(0.5, 0.5, "没有提法", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        else:
            all_years = sorted({y for t in ranked for y in years[t]})
            most = max(n for t in ranked for n in years[t].values())
            for row, text in enumerate(ranked):
                seen = sorted(years[text])
                ax.hlines(row, seen[0], seen[-1], colors="#c5ced8", linewidth=2, zorder=1)
                counts = [years[text][y] for y in seen]
                ax.scatter(seen, [row] * len(seen), s=[40 + 160 * n / most for n in counts], color="#3b6fb6",
                           zorder=2)
                for year, n in zip(seen, counts, strict=True):
                    if n > 1:
                        ax.text(year, row - 0.32, str(n), ha="center", va="bottom", fontsize=7, color="#1f3b63")
            ax.set_yticks(range(len(ranked)), ranked)
            ax.set_ylim(len(ranked) - 0.5, -0.7)
            ax.set_xticks(all_years, [str(y) for y in all_years])
            pad = 0.6 if len(all_years) > 1 else 1
            ax.set_xlim(all_years[0] - pad, all_years[-1] + pad)
            ax.grid(axis="x", color="#eef1f4")
            ax.spines[["top", "right", "left"]].set_visible(False)
            ax.tick_params(axis="y", length=0)
        where = f"{region}：" if region else ""
        ax.set_title(f"{where}提法时间线（点的大小：当年使用该提法的文件数）", loc="left", fontsize=12)
        fig.tight_layout()
        return _save(fig, fmt)


# ---------------------------------------------------------------------------------------------- drawing


def _save(fig: Figure, fmt: str) -> bytes:
    buffer = io.BytesIO()
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    fig.savefig(buffer, format=fmt, dpi=_DPI, metadata=metadata)
    return buffer.getvalue()
