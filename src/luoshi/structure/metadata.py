"""What a document says about itself: its title, its date, the jurisdiction it speaks for, its script.

All four are read from the clean text first (the lines before the body: title, a dateline such as
``——2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上``, the speaker), then from what the
cleaning set aside (a share site's ``《….docx》由会员分享``, a page's ``日期：``), then from what the
container declared (an HTML ``<title>``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from luoshi.clean.furniture import HEADING, SPEAKER, squeeze, strip_site_name
from luoshi.numerals import parse_chinese_year, small_number
from luoshi.script import simplified_view

_ZERO_LOOKALIKES = str.maketrans("○Ｏ", "〇〇")  # 二○一五: a circle typed for the zero
_YEAR = r"((?:19|20)\d\d|[〇零○一二三四五六七八九]{4})"
_FULL_DATE = re.compile(_YEAR + r"\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日")
_ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})")
_FIELD_DATE = re.compile(r"(?:日期|时间|发布时间|发布日期|发文日期|更新时间)\s*[:：]")
_DATELINE = re.compile(r"^(?:[-—–－]{1,4}|[（(])|在.{2,40}(?:会议|大会|会)上|讲话|发言|报告")
_SUBTITLE = re.compile(r"^(?:[-—–－―]{1,4}|[（(])")
_SITE_NAME = re.compile(r"(?:网|网站|门户|平台|频道|客户端|公众号|官网|文库|文档)$")
_REVIEW = re.compile(r"((?:19|20)\d\d)年(?:工作|政府工作)?回顾")
# A speech's opening words on the year it plans (安排部署2026年经济工作) or the year it looks back on
# (刚刚过去的2025年, 总结回顾2025年…工作)
_PLANS_YEAR = re.compile(r"(?:安排部署|部署|谋划|安排)((?:19|20)\d\d)年"
                         r"|((?:19|20)\d\d)年(?:第?一季度|上半年|前三季度|1[—-]\d{1,2}月)"  # said during that year
                         r"|(?m:^)((?:19|20)\d\d)年[，,](?:我们)?(?:将|要)")  # 2014年，我们将重点抓好…
_LOOKS_BACK_ON = re.compile(r"(?:刚刚过去的|总结回顾|回顾总结|总结)((?:19|20)\d\d)年")
_OPENING_REACH = 1500
_SHARE_TITLE = re.compile(r"《(.+?)(?:\.(?:docx?|pdf|pptx?|txt|wps|xlsx?))?》\s*由会员分享")
_FILE_TITLE = re.compile(r"(?:^|[›>»/\\]\s*)([^›>»/\\]{4,80}?)\.(?:docx?|pdf|pptx?|wps|txt)\s*$", re.IGNORECASE)
_SALUTATION = re.compile(r"^(?:各位|同志们|尊敬的|女士们|朋友们|亲爱的)")
_HEADER_TITLE = re.compile(r"^title\s*:\s*[\"']?(.+?)[\"']?\s*$")  # a YAML header's title: 某市政府工作报告
_TITLE_WORDS = re.compile(r"报告|讲话|发言|致辞|意见|通知|决定|方案|规划|纲要|总结|计划|实录|材料|心得|体会|答卷|研讨")

# Jurisdictions, matched on the simplified form of the text.
_PLACE = r"[\u4e00-\u9fff]{2,10}?(?:特别行政区|自治区|自治州|自治县|省|市|县|区|旗|州|盟)"
_REGION_PATTERNS = (
    re.compile(r"我代表(" + _PLACE + r")(?:人民政府|政府|委员会|省委|市委|县委|区委|旗委|党委|人大)"),
    re.compile(r"在(" + _PLACE + r")第[一二三四五六七八九十\d]{1,4}届人民代表大会"),
    re.compile(r"(" + _PLACE + r")(?:人民政府)?(?:省长|市长|县长|区长|旗长|州长|主席|书记)"),
    re.compile(r"(" + _PLACE + r")(?:委|人民政府|政府|人大|政协)(?:理论学习)?中心组"),
    re.compile(r"我代表(" + _PLACE + r")"),
)
# The patterns that open with a place name would be tried at every position; each match ends with one of a
# few words and starts at most _REACH characters before it, so only those positions are tried.
_ENDING_WORDS = {
    _REGION_PATTERNS[2]: re.compile(r"省长|市长|县长|区长|旗长|州长|主席|书记"),
    _REGION_PATTERNS[3]: re.compile(r"中心组"),
}
_REACH = 30  # a place (10 characters and 特别行政区) and the office words after it, with room to spare
_NATIONAL = re.compile(
    r"我代表国务院|全国人民代表大会第.{1,3}次会议上|^第[一二三四五六七八九十]{1,3}届全国人民代表大会"
)
_NOT_PLACE = re.compile(r"^(?:全|我|本|该|各|省|市|县|区|自治|特别行政)")


def detect_title(head: list[str], dropped: list[str], declared: str | None) -> str | None:
    """The document's own title: a YAML header's, a share site's copy of it, else the first title-like line of
    the head."""
    for line in dropped:
        found = _SHARE_TITLE.search(line) or _HEADER_TITLE.match(line)
        if found:
            return _tidy_title(found.group(1))
    candidates = [line for line in head if _is_title_like(line)]
    # A share site shows the title as a file name: 在县委…上的讲话.docx
    for line in dropped:
        found = _FILE_TITLE.search(line)
        if found and _is_title_like(found.group(1)):
            named = squeeze(found.group(1))
            return _tidy_title(next((c for c in candidates if squeeze(c) == named), found.group(1)))
    if declared:
        own = strip_site_name(declared, head)
        squeezed = squeeze(own)
        for line in candidates:
            if squeeze(line) == squeezed or (len(line) >= 6 and squeeze(line) in squeezed):
                return _tidy_title(line)
        if not candidates and _is_title_like(own):
            return _tidy_title(own)
    if candidates:
        chosen = next((c for c in candidates if _TITLE_WORDS.search(c)), candidates[0])
        return _tidy_title(_with_first_line(head, chosen))
    return None


# A title set on two lines: 区委书记在2025年全区…动员部署会 / 上的讲话, 关于… / …的实施意见
_OPEN_AT = re.compile(r"在(?!.*上)|^关于")
_CLOSES_AT = re.compile(r"^[^，。：:]*?(?:上的|上)(?:讲话|发言|致辞|报告)|(?:意见|通知|决定|方案|报告)$")


def _with_first_line(head: list[str], title: str) -> str:
    """``title`` with the line before it when that line opens what it closes (a meeting's 在… and its 上的讲话)."""
    at = head.index(title)
    before = head[at - 1] if at else ""
    if (len(squeeze(before)) >= 8 and _is_title_like(before) and not _TITLE_WORDS.search(before)
            and _OPEN_AT.search(before) and _CLOSES_AT.search(title) and len(squeeze(before + title)) <= 80):
        return before + title
    return title


def detect_date(head: list[str], body: list[str], dropped: list[str], title: str | None,
                declared: str | None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY: the speech's own date, else the page's, else what the text implies."""
    found = _own_date(head, body) or _page_date(dropped)
    if found:
        return _ymd(*found.groups())
    if declared:
        return declared
    return _implied_year(title, body)


def _own_date(head: list[str], body: list[str]) -> re.Match[str] | None:
    """A dateline under the title, a signature (海拉尔区人民政府 / 2015年2月5日), a date on a line of its own."""
    for line in head:
        if _DATELINE.search(line) and (found := _FULL_DATE.search(line)):
            return found
    for line in body[-3:]:
        if len(line) <= 30 and (found := _FULL_DATE.search(line)):
            return found
    for line in head:
        if found := _FULL_DATE.fullmatch(line.strip("（）() ")):
            return found
    return None


def _page_date(dropped: list[str]) -> re.Match[str] | None:
    """The page's date field (日期：2021-03-05) among the lines the cleaning set aside."""
    for line in dropped:
        is_date_field = _FIELD_DATE.search(line) or _ISO_DATE.match(line)
        if is_date_field and (found := _ISO_DATE.search(line) or _FULL_DATE.search(line)):
            return found
    return None


def _implied_year(title: str | None, body: list[str]) -> str | None:
    """The year of the title, or the year after the one a work report reviews (一、2020年工作回顾)."""
    if title and (found := re.search(r"((?:19|20)\d\d)\s*年|[（(]((?:19|20)\d\d)[)）]", title)):
        return found.group(1) or found.group(2)
    for line in body[:40]:
        if len(line) <= 40 and (found := _REVIEW.search(line)):
            return str(int(found.group(1)) + 1)
    opening = "\n".join(body[:12])[:_OPENING_REACH]
    if found := _PLANS_YEAR.search(opening):
        return next(year for year in found.groups() if year)
    if found := _LOOKS_BACK_ON.search(opening):
        return str(int(found.group(1)) + 1)
    return None


def detect_region(text: str) -> str | None:
    """The jurisdiction the document speaks for (海拉尔区, 上海市, 耒陽市), or 全国 for the State Council."""
    # the whole text's view (which the extraction stages share), cut: offsets into it are offsets into text
    simplified = simplified_view(text)[:3000]
    if _NATIONAL.search(simplified):
        return "全国"
    for pattern in _REGION_PATTERNS:
        ending = _ENDING_WORDS.get(pattern)
        for found in _before_endings(pattern, ending, simplified) if ending else pattern.finditer(simplified):
            name = found.group(1)
            name = re.sub(r"^(?:中共|中国共产党)", "", name)
            if _NOT_PLACE.match(name) or "X" in name:
                continue
            start = found.start(1) + found.group(1).index(name)
            return text[start : start + len(name)]  # in the document's own script
    return None


def _before_endings(pattern: re.Pattern[str], ending: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose matches end with ``ending`` at most ``_REACH``
    characters after they start: only the positions that close before an ending are tried."""
    position = 0  # where the next match may start: after the last one, past the positions tried
    for word in ending.finditer(text):
        position = max(position, word.start() - _REACH)
        while position < word.start():
            found = pattern.match(text, position)
            if found:
                yield found
                position = found.end()
            else:
                position += 1


def _is_title_like(line: str) -> bool:
    squeezed = squeeze(line)
    if not 4 <= len(squeezed) <= 80 or line[-1] in "：:，,；;。":
        return False
    if _SUBTITLE.match(line) or _FULL_DATE.fullmatch(squeezed) or _ISO_DATE.match(squeezed):
        return False
    return not (_SALUTATION.match(line) or SPEAKER.search(line) or HEADING.match(line) or _SITE_NAME.search(line))


# A share site's label after a title: 在…推进会上的讲话[VIP], …（完整版）, …【精品】
_TITLE_LABEL = re.compile(r"\s*[\[【(（](?:VIP|vip|精品|完整版|[Ww]ord版|可编辑|最新版?|优选|推荐|精选)[\]】)）]\s*$")


def _tidy_title(title: str) -> str:
    title = _TITLE_LABEL.sub("", unicodedata.normalize("NFC", title).strip())
    # Letter-spaced titles (政 府 工 作 报 告) read as one word.
    if re.fullmatch(r"(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]", title):
        title = re.sub(r"[ \u3000]+", "", title)
    return title


def _number(text: str) -> int:
    """A year, month or day as written (2015, 二〇一五, 十二); 0, which no date has, when it is no number."""
    if text.isdigit():
        return int(text)
    return parse_chinese_year(text.translate(_ZERO_LOOKALIKES)) or small_number(text) or 0


def _ymd(year: str, month: str, day: str) -> str | None:
    y, m, d = _number(year), _number(month), _number(day)
    if not (1900 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return str(y) if 1900 <= y <= 2100 else None
    return f"{y}-{m:02d}-{d:02d}"
