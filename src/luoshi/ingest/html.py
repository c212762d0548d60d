"""HTML to lines of text, keeping every word of the page body in order.

Main-content extractors (trafilatura, readability) decide what the body is and drop short blocks:
on government pages they drop the section headings (``<h5>一、2015年工作回顾</h5>``) and the
``各位代表！`` paragraphs that the outline needs. So this reader keeps all visible text, one block
element per line, and drops only what is never body: scripts, styles, forms' controls, hidden
elements, ``<nav>``/``<footer>``/``<aside>`` and blocks whose class or id names them navigation,
share bars or footers. The line-level cleaner removes the rest, the same way for HTML and for text
that was scraped from a page.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from luoshi.errors import ErrorCode, InputError
from luoshi.ingest.raw import RawText

_BLOCK = frozenset(
    "address article blockquote body caption center dd details dialog div dl dt fieldset figcaption figure "
    "h1 h2 h3 h4 h5 h6 header hr html li main ol p pre section summary table tbody thead tfoot tr ul".split()
)
_CELL = frozenset({"td", "th"})
_NEVER_TEXT = frozenset(
    "script style noscript template iframe object embed svg canvas map audio video button select option "
    "textarea input nav footer aside head title meta link".split()
)
# class/id words of page furniture (pinyin ones are common on Chinese sites: xgwz 相关文章, ewm 二维码)
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:nav(?:bar)?|menu|breadcrumbs?|crumbs?|footer|foot|copyright|share|bdshare|jiathis|"
    r"related|recommend|sidebar|comments?|login|toolbar|topbar|qrcode|ewm|xgwz|advert|ads?|print|fontsize)"
    r"(?:$|[\s_\d-])",
    re.IGNORECASE,
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# XHTML pages open with one; lxml refuses a str that declares an encoding, and the str is decoded already.
_XML_DECLARATION = re.compile(r"[\s\ufeff]*<\?xml[^>]*>")
_TAG = re.compile(
    r"<(?:!doctype\s+html|html|body|head|p|div|br|span|table|tr|td|h[1-6]|li|ul|ol|section|article|"
    r"font|strong|em|meta|title|a\s|img\s)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_DATE_META = (
    "pubdate", "publishdate", "publish_date", "article:published_time", "og:article:published_time",
    "firstpublishedtime", "date", "dc.date", "dc.date.issued", "created",
)
_TITLE_META = ("articletitle", "og:title", "twitter:title", "title", "dc.title")


def looks_like_html(text: str) -> bool:
    """Whether decoded text is really markup (a scraped page saved as .txt, or a BeautifulSoup dump)."""
    head = text[:65536]
    if re.match(r"\s*(?:\[\s*)?<(?:!doctype|html|\?xml)", head, re.IGNORECASE):
        return True
    return len(_TAG.findall(head)) >= 5


def read_html(markup: str) -> RawText:
    """Visible text of a page or fragment, one block per line, with the page's declared title and date."""
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    declaration = _XML_DECLARATION.match(markup)
    try:
        root = lxml_html.document_fromstring(markup[declaration.end() :] if declaration else markup, parser=parser)
    except etree.ParserError as e:
        if str(e) == "Document is empty":  # markup without a word in it: no text, as for an empty file
            return RawText(text="", format="html")
        raise InputError(f"unreadable HTML: {e}", code=ErrorCode.UNREADABLE) from None
    except ValueError as e:
        raise InputError(f"unreadable HTML: {e}", code=ErrorCode.UNREADABLE) from None
    title, date = _declared_title(root), _declared_date(root)
    body = root.find("body")
    pieces: list[str] = []
    _walk(body if body is not None else root, pieces)
    text = "".join(pieces)
    warnings = []
    if not re.search(r"</html\s*>", markup[-4096:], re.IGNORECASE) and re.search(r"<html", markup[:4096], re.I):
        warnings.append("HTML page cut short: no closing </html>")
    return RawText(text=text, format="html", warnings=warnings, title=title, date=date)


def _walk(element: lxml_html.HtmlElement, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    tag = tag.lower()
    if tag in _NEVER_TEXT or _is_hidden(element) or _is_furniture(element, tag):
        if element.tail:
            out.append(_inline(element.tail))
        return
    block = tag in _BLOCK
    if block:
        out.append("\n")
    if tag == "br":
        out.append("\n")
    if element.text:
        out.append(element.text if tag == "pre" else _inline(element.text))
    for child in element:
        _walk(child, out)
    if tag in _CELL:
        out.append("\t")
    if block:
        out.append("\n")
    if element.tail:
        out.append(_inline(element.tail))


def _inline(text: str) -> str:
    return _SPACE.sub(" ", text)


def _is_hidden(element: lxml_html.HtmlElement) -> bool:
    return "hidden" in element.attrib or bool(_HIDDEN.search(element.get("style", "")))


def _is_furniture(element: lxml_html.HtmlElement, tag: str) -> bool:
    if tag in {"html", "body", "main", "article"}:
        return False
    names = f"{element.get('class', '')} {element.get('id', '')}"
    if not _FURNITURE_NAME.search(names):
        return False
    # A wrapper that holds real paragraphs is not furniture, whatever its name says.
    text = element.text_content()
    return len(text) < 2000 and text.count("。") < 3


def _declared_title(root: lxml_html.HtmlElement) -> str | None:
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        content = meta.get("content") or ""
        if key in _TITLE_META and content.strip():
            return _SPACE.sub(" ", content).strip()
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        return _SPACE.sub(" ", title.text_content()).strip()
    return None


def _declared_date(root: lxml_html.HtmlElement) -> str | None:
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if key in _DATE_META:
            found = re.search(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})", meta.get("content") or "")
            if found:
                y, m, d = found.groups()
                return f"{y}-{int(m):02d}-{int(d):02d}"
    for time in root.iter("time"):
        found = re.search(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", time.get("datetime") or "")
        if found:
            return "-".join(found.groups())
    return None
