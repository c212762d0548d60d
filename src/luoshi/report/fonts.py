"""The CJK font every chart of luoshi draws its Chinese with (the ledger's bulletin, the corpus charts).

No Django here: ``luoshi corpus`` draws charts without a ledger.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before anything imports pyplot: a server has no display

from matplotlib import font_manager

FONT_WARNING = "未找到中文字体，图表中的汉字可能无法显示（请安装 fonts-wqy-zenhei 或 Noto Sans CJK）"
# Families tried in order; the names are matplotlib's (the fonts' English names).
CJK_FAMILIES = (
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC",
    "Source Han Sans SC", "Source Han Sans CN", "Source Han Sans", "SimHei", "Microsoft YaHei", "PingFang SC",
    "Heiti SC", "Droid Sans Fallback",
)
# Files to register when matplotlib's font cache predates the font's installation.
CJK_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed CJK font, or None (charts are drawn anyway, with boxes)."""
    installed = {font.name for font in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for path in CJK_FILES:
        if Path(path).is_file():
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
            return font_manager.FontProperties(fname=path).get_name()
    return None


@contextmanager
def cjk_style(**params: object) -> Iterator[None]:
    """matplotlib settings for drawing Chinese, for the duration of one drawing (plus ``params``)."""
    family = cjk_font()
    settings: dict[str, object] = {"font.family": "sans-serif", "font.size": 9, **params}
    if family:
        settings["font.sans-serif"] = [family, "DejaVu Sans"]
        # Ask for the weight the font has (WenQuanYi Zen Hei is 500), or matplotlib warns once per text.
        weight = next((f.weight for f in font_manager.fontManager.ttflist if f.name == family), "normal")
        settings.update({"font.weight": weight, "axes.titleweight": weight, "axes.labelweight": weight,
                         "figure.titleweight": weight})
    with matplotlib.rc_context(matplotlib.RcParams(settings)):
        yield
