"""The extractor never crashes: property tests over arbitrary and speech-shaped input.

Whatever text comes in, ``document_from_text`` returns a document (or, for input without a single word,
``InputError("no text found in the document")``, which the ledger shows to the person who pasted it);
whatever bytes come in, ``read_bytes`` + ``document_from_raw`` return a document or raise ``InputError``.
Every document holds the grounding invariant, and so does every stage's output before ``extract_items``
drops what it cannot ground (a dropped item is a hidden bug). Lone surrogates are in the alphabet: a str
can hold them (JSON escapes, ``surrogateescape``), and ``document_from_text`` replaces them.

Profiles: ``ci`` (the default: 250 examples a test, derandomized, so CI is reproducible and under a
minute) and ``long`` (20,000 examples a test, random seeds)::

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest -q tests/test_properties.py

Neither writes a ``.hypothesis`` example database; a failure prints its minimal example to paste into
a regression test. The coverage-guided counterpart is ``fuzz/fuzz_extract.py``.
"""

from __future__ import annotations

import importlib
import io
import json
import math
import os
import zipfile
from collections.abc import Iterator
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from luoshi.document import Document
from luoshi.errors import InputError
from luoshi.extract import explain_quantities
from luoshi.extract.quantities import extract_quantities
from luoshi.ingest import read_bytes
from luoshi.numerals import parse_number
from luoshi.pipeline import document_from_raw, document_from_text

settings.register_profile(
    "ci", max_examples=250, deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
NO_TEXT = "no text found in the document"

# The module, not the function luoshi.extract that shadows its name on the package.
_stages = importlib.import_module("luoshi.extract")


@pytest.fixture(autouse=True, scope="module")
def strict_grounding() -> Iterator[None]:
    """Fail on an ungrounded item before ``extract_items`` drops it, instead of losing it silently."""
    drop = _stages._drop_ungrounded

    def strict(document: Document) -> None:
        assert document.grounding_errors() == [], "a stage made an item it cannot ground"
        drop(document)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_stages, "_drop_ungrounded", strict)
        yield


def check(document: Document) -> None:
    """What holds for every document, whatever its input."""
    text = document.text
    assert document.grounding_errors() == []
    for item in [*document.outline, *document.formulations, *document.quantities, *document.tasks]:
        assert 0 <= item.start <= item.end <= len(text)
    for task in document.tasks:
        assert task.outline_index is None or 0 <= task.outline_index < len(document.outline)
        for i in task.quantities:
            assert 0 <= i < len(document.quantities)
            assert task.start <= document.quantities[i].start <= document.quantities[i].end <= task.end
    for q in document.quantities:
        assert q.value is None or math.isfinite(q.value)
        assert q.value_max is None or math.isfinite(q.value_max)
    # the schema's JSON: no NaN or Infinity, and UTF-8 (no surrogate) all through
    json.dumps(document.to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _count(document: Document) -> None:
    # --hypothesis-show-statistics tells how many examples got as far as items of each kind
    for kind in ("outline", "formulations", "quantities", "tasks"):
        event(f"has {kind}: {bool(getattr(document, kind))}")


def check_text(text: str) -> None:
    try:
        document = document_from_text(text)
    except InputError as e:
        assert e.reason == NO_TEXT
        event("InputError: no text")
        return
    check(document)
    _count(document)


def check_bytes(data: bytes) -> None:
    try:
        document = document_from_raw(read_bytes(data), "-")
    except InputError as e:
        assert e.reason  # a reason a person can read
        event(f"InputError: {e.reason[:24]}")
        return
    check(document)
    _count(document)


# --- strategies: pieces of a speech -------------------------------------------------------------------

FRAGMENTS = (
    "各位代表 同志们 今年 全县地区生产总值 增长 完成 新建 改造老旧小区 确保 全力推进 加快 城镇新增就业 固定资产投资 "
    "建成 力争 实现 过去一年 我们要 其中 累计 同比 一般公共预算收入 粮食产量 森林覆盖率 达到 突破 项目 高质量发展 "
    "建设 政府工作报告 在全县经济工作会议上的讲话 已经 去年 主要预期目标是 人均可支配收入 单位GDP能耗 下降 "
    "实施 工程 三园两区 五大行动 坚持 以习近平新时代中国特色社会主义思想为指导 县长 人民政府 请予审议 "
    "經濟 今年要新增就業 億元 萬人 發展 建設 縣 區 青溪县 上海市 亿元以上项目 5A级 三类500强 第十八届 六个高地"
).split()
ARABIC = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**9).map("{:,}".format),
    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:.{len(str(f)) % 4}f}"),
    st.text("0123456789.,O ", min_size=1, max_size=12).map(lambda s: "1" + s),  # OCR slips: 100O, 1 0 0
    st.text("0123456789", min_size=300, max_size=400),  # beyond float: inf
)
FULL_WIDTH = ARABIC.map(lambda s: s.translate(str.maketrans("0123456789.", "０１２３４５６７８９．")))
CHINESE = st.one_of(
    st.sampled_from("一 两 三 十二 一百零五 两万三千 二〇二五 三点五 一亿四千万 百 千万 〇 五十多 六七".split()),
    st.text("零〇一二两三四五六七八九十百千万亿点", min_size=1, max_size=12),
    st.integers(1, 60).map(lambda n: "一" + "亿" * n),  # beyond float: an overflow
)
NUMERAL = st.one_of(
    ARABIC, FULL_WIDTH, CHINESE,
    st.sampled_from(["X", "XX", "X.X", "×", "Ｘ", "三分之一", "1/4", "２／３", "百分之六十", "百分之6.5", "百分之"]),
    st.tuples(ARABIC, st.sampled_from("-—－～至到"), ARABIC).map("".join),  # ranges
)
UNITS = (
    "亿元 万元 元 % ％ ‰ 个百分点 百分点 公里 万人次 人次 亩 万亩 瓩 千瓦 吨 平方米 万平方米 个 家 人 户 所 项 倍 番 成 "
    "岁 年 天 个工作日 小时 微克/立方米 万元/人 美元 亿美元"
).split()
COMPARATORS = "以上 左右 不低于 不少于 超过 达到 以内 以下 约 近 突破 力争 控制在 多 余 来".split()
DEADLINES = (
    "今年 明年 年内 2025年底前 到2027年 “十四五” “十四五”期间 “十五五”时期 二〇二五年 上半年 6月底前 2030年 "
    "2025年1月16日 1997年 三年内"
).split()
MARKERS = "一、 二、 十一、 （一） （十） 1. 2． 1、 (1) （2） 第一部分 第二， 一是 二要 —— ① 第一章".split()
PUNCTUATION = list("，。；：、！？…（）“”‘’《》「」,.;:!?()\"'·—-/")
SPACES = ["\n", "\n", "\r\n", "　　", " ", "  ", "   ", "\t", "\u2028", "\x0c", "\u200b", "\ufeff", "\x00"]
HTML = [
    "<p>", "</p>", "<br>", "<br/>", "<script>", "</script>", "<style>p{}</style>", "&nbsp;", "&#x4e00;", "&#20013;",
    "&lt;", "&amp;", "&bogus;", "&#xD800;", "&#0;", "&#99999999;", '<div class="nav">', "</div>", "<p", "<html>",
    "</html>", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>', "<td>", "<tr>", "<table>", "</table>",
    "<!--", "-->", "<h3>", "</h3>", "<title>", "</title>", '<meta name="pubdate" content="2025-01-02">',
    "<![CDATA[", '<span style="display:none">', "</span>", "<pre>", "</pre>", "<body>", "<", ">", "</",
]


def _quantity(parts: tuple[str, str, str, str, str]) -> str:
    before, numeral, approx, unit, after = parts
    return f"{before}{numeral}{approx}{unit}{after}"


QUANTITY = st.tuples(
    st.sampled_from(["", "", "增长", "控制在", "不低于", "力争", "达到", "约"]),
    NUMERAL,
    st.sampled_from(["", "", "", "多", "余", "来", "万", "亿", "万亿"]),
    st.sampled_from(["", *UNITS]),
    st.sampled_from(["", "", "以上", "左右", "以内", "以下"]),
).map(_quantity)
TOKEN = st.one_of(
    st.sampled_from(FRAGMENTS), QUANTITY, NUMERAL, st.sampled_from(UNITS), st.sampled_from(COMPARATORS),
    st.sampled_from(DEADLINES), st.sampled_from(MARKERS), st.sampled_from(PUNCTUATION), st.sampled_from(SPACES),
    st.sampled_from(HTML), st.characters(exclude_categories=()),
)
SOUP = st.lists(TOKEN, max_size=60).map("".join)


MARKER_STYLES = [
    lambda n: "一二三四五六七八九十"[n % 10] + "、",
    lambda n: "（" + "一二三四五六七八九十"[n % 10] + "）",
    lambda n: f"{n + 1}.",
    lambda n: f"（{n + 1}）",
    lambda n: "一二三四五六七八九十"[n % 10] + "是",
    lambda n: "第" + "一二三四五六七八九十"[n % 10] + "部分 ",
    lambda n: "①②③④⑤⑥⑦⑧⑨⑩"[n % 10],
    lambda n: "——",
]


@st.composite
def speech(draw: st.DrawFn) -> str:
    """A document-shaped text: a head, then lines that open with outline markers in sequence, as text or HTML."""
    sentence = st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), QUANTITY, st.sampled_from(DEADLINES), st.sampled_from(PUNCTUATION),
                  st.sampled_from(COMPARATORS)),
        min_size=1, max_size=12,
    ).map("".join)
    counters = [0] * len(MARKER_STYLES)
    lines = []
    for _ in range(draw(st.integers(1, 15))):
        style = draw(st.integers(-3, len(MARKER_STYLES) - 1))  # a third of the lines without a marker
        marker = ""
        if style >= 0:
            marker = MARKER_STYLES[style](counters[style])
            counters[style] += 1
        lines.append(marker + draw(sentence) + draw(st.sampled_from(["。", "；", "：", "", "！"])))
    head = draw(st.sampled_from([[], ["政府工作报告", "——2026年1月16日", "各位代表："], ["在全县大会上的讲话", "同志们："]]))
    lines = head + lines
    if draw(st.booleans()):
        tag = draw(st.sampled_from(["p", "div", "h3", "td"]))
        noise = draw(st.lists(st.sampled_from(HTML), max_size=3))
        body = "".join(f"<{tag}>{escape(x)}</{tag}>" for x in lines) + "".join(noise)
        return f"<html><head><title>{escape(lines[0])}</title></head><body>{body}</body></html>"
    separator = draw(st.sampled_from(["\n", "\r\n", "\n\n", "　　", "   ", "\n　　"]))
    return separator.join(lines)


@st.composite
def noisy_speech(draw: st.DrawFn) -> str:
    """A speech with arbitrary characters (controls, astral, combining, surrogates) put in anywhere."""
    text = draw(speech())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(st.characters(exclude_categories=()), min_size=1, max_size=3)) + text[at:]
    return text


# --- strategies: bytes ---------------------------------------------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5", "utf-16", "utf-16-le", "utf-16-be"]


def _docx(paragraphs: list[str]) -> bytes:
    """A minimal .docx whose body paragraphs are ``paragraphs``."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
            '+xml"/></Types>',
        )
        zf.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}">'
                                         f"<w:body>{body}</w:body></w:document>")
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c in "\t\n" or " " <= c < "\ud800" or "\ue000" <= c < "\ufffe" or c > "\uffff")


@st.composite
def damaged(draw: st.DrawFn, whole: bytes) -> bytes:
    """``whole`` cut short or with a few bytes changed."""
    data = bytearray(whole[: draw(st.integers(1, len(whole)))])
    for _ in range(draw(st.integers(0, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


RTF_WORDS = [
    "\\par ", "\\line ", "\\tab ", "\\'bd\\'f1", "\\'c4", "\\u21508?", "\\u-3?", "\\u99999999?", "\\uc2 ", "\\uc0 ",
    "{", "}", "{\\*\\pict ffd8}", "{\\fonttbl{\\f0\\fcharset136 MingLiU;}}", "\\f0 ", "\\ansicpg950 ", "\\bin4 ",
    "\\cell ", "\\row ", "\\~", "\\-", "\\\\", "\\{", "\\'", "\\",
]
RTF = st.lists(st.one_of(st.sampled_from(RTF_WORDS), SOUP), max_size=30).map(
    lambda parts: ("{\\rtf1\\ansi\\ansicpg936 " + "".join(parts)).encode("gb18030", "replace")
)
ENCODED = st.tuples(st.one_of(speech(), SOUP), st.sampled_from(ENCODINGS)).map(lambda t: t[0].encode(t[1], "replace"))
DOCX = st.lists(st.one_of(speech(), SOUP), min_size=1, max_size=3).map(lambda ps: _docx([_xml_safe(p) for p in ps]))
HEADERS = st.sampled_from([b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"%PDF-1.4\n", b"{\\rtf1", b"\xef\xbb\xbf",
                           b"\xff\xfe", b"\xfe\xff", b"<html>", b"<?xml version='1.0' encoding='gb2312'?>"])
BYTES = st.one_of(
    st.binary(max_size=600),
    st.tuples(HEADERS, st.binary(max_size=400)).map(b"".join),
    ENCODED,
    RTF,
    DOCX,
    DOCX.flatmap(damaged),
    st.just(_docx(["今年要新增城镇就业3200人。"])).flatmap(damaged),
)


# --- properties ----------------------------------------------------------------------------------------


@PROFILE
@given(st.text(st.characters(exclude_categories=()), max_size=300))
def test_any_text(text: str) -> None:
    check_text(text)


@PROFILE
@given(SOUP)
def test_a_soup_of_numerals_units_markers_and_markup(text: str) -> None:
    check_text(text)


@PROFILE
@given(speech())
def test_speech_shaped_text(text: str) -> None:
    check_text(text)


@PROFILE
@given(noisy_speech())
def test_speech_with_any_characters_put_in(text: str) -> None:
    check_text(text)


@PROFILE
@given(BYTES)
def test_any_bytes(data: bytes) -> None:
    check_bytes(data)


@PROFILE
@given(st.one_of(NUMERAL, st.text("零〇一二两三四五六七八九十百千万亿点分之/0123456789.,O%", max_size=30)))
def test_numerals_parse_to_a_finite_number_or_none(token: str) -> None:
    value = parse_number(token)
    assert value is None or math.isfinite(value)


QUANTITY_SOUP = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), QUANTITY, NUMERAL, st.sampled_from(UNITS), st.sampled_from(COMPARATORS),
              st.sampled_from(DEADLINES), st.sampled_from(PUNCTUATION)),
    max_size=40,
).map("".join)


@PROFILE
@given(QUANTITY_SOUP)
def test_explain_keeps_exactly_the_numbers_extract_keeps(text: str) -> None:
    decisions = explain_quantities(text)
    assert all(text[d.start : d.end] == d.text for d in decisions)
    kept = [d for d in decisions if d.rule == "kept"]
    found = extract_quantities(text, None)
    assert len(kept) == len(found)
    assert all(q.start <= d.start and d.end <= q.end for d, q in zip(kept, found, strict=True))


def test_the_pieces_make_real_items() -> None:
    # The strategies are only as good as what they reach: the grammar's pieces must make every kind of item.
    document = document_from_text("\n".join([
        "政府工作报告", "各位代表：", "一、主要预期目标", "（一）今年全县地区生产总值增长6.5%左右，力争完成固定资产投资12.8亿元以上。",
        "一是实施“五大行动”，确保2025年底前建成项目不少于5个。", "二、重点工作", "（二）加快建设标准厂房X万平方米。",
    ]))
    check(document)
    assert document.outline and document.formulations and document.quantities and document.tasks
