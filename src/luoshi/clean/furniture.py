"""Web and share-site furniture: which lines of a scraped page are not the document.

Three kinds of evidence, from surest to weakest:

1. Lines that are furniture wherever they stand: share-site headers (``…由会员分享,可在线阅读…``),
   ``阅读全文`` and login prompts, share bars, tip jars, view counters, ICP and copyright lines,
   licence text, photo credits, link lines, lines of bare punctuation.
2. Position. The document's body runs from its first paragraph (a salutation such as ``各位代表：``
   or a line of prose) to its last sentence. Before it stand the title, a dateline and the speaker,
   mixed with the site's menus, breadcrumbs and ``来源：``/``日期：`` fields; after it stand
   signatures mixed with related-article lists and footers. In those two zones short lines in runs
   (menus) and site fields go.
3. Repetition: an excerpt line (``…今天，当开工的号...``) that only repeats the body's opening, a
   title line repeated, a page title that is the document title plus the site's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from luoshi.script import simplified_view

_SENTENCE_END = frozenset("。！？!?…")

# 1. Furniture wherever it stands. Each pattern is searched; ``_SHORT`` ones only in short lines,
# where they cannot be part of a sentence of the body.
# Every alternative opens with a character of its own (no flags, no class first), so the engine jumps from
# one such character to the next instead of trying the whole pattern at every position of a long line.
_ANYWHERE = re.compile(
    r"由会员分享|可在线阅读|页珍藏版|请在[^，。]{1,12}上搜索|本文档由用户提供|收益归属内容提供方|"
    r"公网安备|网站标识码|版权所有|©|"
    r"本作品[^。]{0,40}(?:公有领域|著作权法|许可协议)|知识共享[^。]{0,10}协议|"
    r"剩余\s*\d+\s*页未读|点击图片进入专题|点击上方.{0,6}关注|长按(?:识别)?二维码|"
    r"如有侵权|侵权请联系|不代表本站(?:立场|观点)|版权归原作者|该用户很懒|本文格式为\s*(?i:Word)|下载(?:后|可)任意编辑|"
    r"文档贡献者|上传(?:人|者|时间)\s*[:：]|下载积分|文档格式\s*[:：]|文件大小\s*[:：]|文档编号\s*[:：]"
)
# The same in Latin letters, in any case (ICP备, Copyright, All Rights Reserved).
_ANYWHERE_LATIN = re.compile(r"ICP\s*[备证]|Copyright|All\s+Rights\s+Reserved|Creative\s+Commons", re.IGNORECASE)
# The letters a case-blind match of those patterns can open with (İ and ı match i): a line without any of them
# skips the case-blind search, which the engine runs at every position.
_LATIN_FIRST = re.compile("[IiCcAaPp\u0130\u0131]")


def _has_latin(pattern: re.Pattern[str], line: str) -> bool:
    """``pattern`` (one of the case-blind ``_…_LATIN`` ones) found in ``line``."""
    return bool(_LATIN_FIRST.search(line)) and bool(pattern.search(line))


# A photo caption with its credit (``…作政府工作报告。本报记者 韩卿立 摄``); never a paragraph of the body.
_PHOTO_CREDIT = re.compile(
    r"(?:^|[\s，。(（])[\u4e00-\u9fff·]{2,4}\s*[/／]?\s*摄\s*[)）]?$|"  # 韩卿立 摄, （韩卿立/摄）
    r"记者\s*[\u4e00-\u9fff·][\u4e00-\u9fff·\s]{1,5}?\s*[/／]?\s*摄影?\s*[)）]?$|"  # 本报记者 韩卿立 李四 摄影
    r"(?:报|社|媒体|台|网)记者\s*[\u4e00-\u9fff·]{2,4}$|"  # 新华社记者 韩卿立
    # 摄影：韩卿立
    r"(?:^|[\s，。(（])摄影\s*[:：/／]\s*[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4}){0,2}\s*[)）]?$"
)
# HTML comment markup a scrape left: a whole comment on its line (what stands in it is hidden on the page: a
# photo's caption, the source), or the start or the end of a comment the scrape cut (``<!-``, ``-->``).
_COMMENT_LINE = re.compile(r"<!--(?:(?!-->).)*-->|<!-(?:(?!-->).)*|(?:(?!<!-).)*-->")
_CAPTION_LIMIT = 80
_SHORT = re.compile(
    r"阅读全文|展开全文|查看全文|阅读原文|继续阅读|全文阅读|免费下载|立即下载|下载文档|文档下载|"
    r"^(?:请|立即|马上|免费)?(?:登录|注册)|登录后|登录\s*/\s*注册|注册\s*/\s*登录|会员(?:专享|登录|下载|免费)|"
    r"开通\s*VIP|VIP\s*专享|赞赏|打赏|喜欢作者|请作者喝|"
    r"^分享\s*[:：]?$|分享[到至]|微信扫一扫|扫一扫|扫码(?:关注|阅读|分享)|手机扫码|二维码(?:分享|关注)|"
    r"朋友圈|新浪微博|QQ空间|复制链接|"
    r"^[【\[]?(?:打印|关闭)(?:本页|此页|文章|窗口)?[】\]]?$|打印本页|关闭窗口|收藏本页|加入收藏|^收藏$|返回顶部|"
    r"[【\[]\s*字[号体]|^字[号体]\s*[:：]|"
    r"^[【\[]?\s*(?:[大中小]|加大|还原|减小|默认|放大|缩小)(?:\s*(?:[大中小]|加大|还原|减小|默认|放大|缩小))*\s*[】\]]?$|"
    r"^(?:阅读|浏览|点击|访问)(?:量|次数|数)?\s*[:：]?\s*\d*\s*次?$|\d+\s*(?:次浏览|人阅读|次阅读|人看过)|"
    r"^(?:您的|当前)?(?:所在)?位置\s*[:：]|^首页\s*[>›»/]|[>›»]\s*正文$|"
    r"^[【\[]?(?:上一篇|下一篇|上一条|下一条|猜你喜欢|推荐阅读)|原文链接|本文链接|转载请注明|我要纠错|"
    r"^(?:图为|图片来源|资料图|摄影\s*[:：])|"
    r"评论\s*[（(]\d*[)）]$|发表评论|写留言|精选留言|^(?:在看|点赞|赞)$|^发表于|"
    # breadcrumbs: 原创力文档 › 党政相关 › 讲话.docx
    r"^[^。，]{1,20}(?:\s*[>›»]\s*[^。，]{1,40}){2,}$|"
    # a file name: the title a share site shows with its extension
    r"\.(?:docx?|pdf|pptx?|wps|txt)\s*$",
    re.IGNORECASE,
)
# In the head, a short line that names a share site or a portal: 原创力文档, 第壹文秘, XX文库.
_SITE_LINE = re.compile(
    r"^[^，。]{2,10}(?:文库|文档|文秘|范文网|公文网|图书馆|资料网)$|^(?:首页|正文|标题|全文|搜索)$"
    r"|^[^，。\s]{2,14}(?:门户网站|政府网站|政务网|官方网站)$"  # 某县人民政府门户网站 above the title
)
_SHORT_LIMIT = 40
_FIELD = re.compile(
    r"^[【\[（(]?(?:来源|稿源|信息来源|文章来源|作者|编辑|责任编辑|责编|编审|审核|校对|初审|复审|终审|监制|"
    r"发布时间|发布日期|发表时间|发表日期|发布者|发布单位|发文日期|日期|时间|更新时间|撰稿|供稿|摄影|字数|"
    r"浏览次数|阅读量|阅读次数|点击数|索引号|主题分类|发文机关|发布机构|成文日期|公开方式|公开范围|文号|有效性)\s*[:：]"
)
_ISO_DATE_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_MAIL_LINE = re.compile(r"\S+@\S+\.[a-z]{2,}$", re.IGNORECASE)  # matched only in lines with an @
_CJK = re.compile(r"[\u3400-\u9fff]")
_HAS_WORD = re.compile(r"[\w\u3400-\u9fff]")
# Every inline snippet holds one of these; ``word`` in any case, checked behind ``版本`` so each alternative
# opens with a character of its own.
_INLINE_HINT = re.compile(r"文档来源|精品文档|欢迎下载|全文|版本(?<=[Ww][Oo][Rr][Dd]版本)")
_INLINE = re.compile(
    r"文档来源为\s*[:：]\s*从网络收集整理\.?\s*word版本可编辑\.?\s*(?:欢迎下载支持\.?)?|"
    r"(?:精品文档|word版本可编辑|欢迎下载支持)[.。]?|"
    r"\s*(?:\.{3,}|…+)?\s*(?:点击)?(?:阅读全文|展开全文|查看全文)\s*[>»]*$",
    re.IGNORECASE,
)

# 2. The zones around the body.
_SALUTATION = re.compile(r"^(?:各位|同志们|尊敬的|女士们|朋友们|亲爱的|大家好)[^。]{0,40}[：:！!，,]$")
_RELATED_ANCHOR = re.compile(
    r"^[【\[]?(?:相关|热门|推荐|延伸|精彩|更多|往期)(?:报道|文章|新闻|阅读|链接|文档|附件|推荐|资料|排行|回顾)|"
    r"^[【\[]?(?:猜你喜欢|推荐阅读)"
)
# ``上一篇：`` / ``下一篇：`` with the linked title on the next line
_PAGER = re.compile(r"^[【\[]?(?:上一篇|下一篇|上一条|下一条)[】\]]?\s*[:：]?$")
_FOOTER_ANCHOR = re.compile(
    r"^(?:主办|承办|协办|合作|维护|运维|技术支持|主管)(?:单位)?\s*[:：]|联系我们|网站地图|关于我们|投稿邮箱|"
    r"网站声明|免责声明|隐私|ICP|公网安备|版权所有|Copyright|©|本作品|公有领域|Public\s+domain",
    re.IGNORECASE,
)
_STRONG_FOOTER = re.compile(r"公网安备|版权所有|©|本作品[^。]{0,40}(?:公有领域|著作权法|许可)|知识共享")
_STRONG_FOOTER_LATIN = re.compile(
    r"ICP\s*[备证]|Copyright|All\s+Rights\s+Reserved|Public\s+domain|Creative\s+Commons", re.IGNORECASE
)
# The speaker's line under a title: 省长 胡玉亭, 海拉尔区人民政府区长　杜联合.
SPEAKER = re.compile(
    r"(?:书记|省长|市长|县长|区长|旗长|州长|盟长|镇长|乡长|主席|总理|主任|部长|局长|厅长)\s*"
    r"[\u4e00-\u9fff·]{1,2}\s?[\u4e00-\u9fff·]{0,8}$"
)
_SIGNATURE = re.compile(
    r"人民政府|委员会|办公室|办公厅|党委|政府|\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年"
)
# An outline marker opening a line: 一、 （一） 1. 第一
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十]+)"
)
_TITLE_WORDS = re.compile(r"报告|讲话|发言|致辞|意见|通知|决定|方案|规划|纲要|总结|计划|实录|材料|心得|体会|答卷")
_SITE_SEPARATOR = re.compile(r"\s+[-–—|｜_]+\s+|\s*[|｜_]\s*|\s+-\s*|\s*-\s+")
_SITE_NAME = re.compile(r"网|站|门户|频道|平台|在线|新闻|日报|晚报|政府|\.(?:com|cn|net|org)", re.IGNORECASE)
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|。{3,})$")
_ELLIPSIS_ENDS = ("..", "…", "。。。")  # what _ELLIPSIS ends with: a test of the end, not a search of the line


@dataclass
class Sorted:
    """Lines sorted into the document's and the site's."""

    kept: list[str]
    dropped: list[str] = field(default_factory=list)
    head: int = 0  # kept lines before the body: title, dateline, speaker


def is_furniture(line: str) -> bool:
    """Whether a line is furniture wherever it stands in a page."""
    if not _HAS_WORD.search(line) or _URL_LINE.match(line) or _ISO_DATE_LINE.match(line):
        return True
    if ("@" in line and _MAIL_LINE.match(line)) or _ANYWHERE.search(line) or _has_latin(_ANYWHERE_LATIN, line):
        return True
    if (line.startswith("<!-") or line.endswith("-->")) and _COMMENT_LINE.fullmatch(line):
        return True
    if len(line) <= _CAPTION_LIMIT and _may_be_credit(line) and _PHOTO_CREDIT.search(line):
        return True
    if len(line) > _SHORT_LIMIT or _is_sentence(line):
        return False
    return bool(_SHORT.search(line))


def squeeze(text: str) -> str:
    """``text`` without its white space (what ``re.sub(r"\\s+", "", text)`` gives, without a regex)."""
    return "".join(text.split())


def _may_be_credit(line: str) -> bool:
    """A cheap test before the photo-credit pattern: every credit has 摄 or 记者 (most lines neither)."""
    return "摄" in line or "记者" in line


def _is_sentence(line: str) -> bool:
    return line[-1] in _SENTENCE_END and ("，" in line or "," in line)


def sort_lines(original: list[str], traditional: bool = False) -> Sorted:
    """Split lines into the document's (in order) and the furniture around and inside it.

    Decisions are taken on the simplified form of each line, so that a traditional page's
    ``閱讀全文`` and ``來源：`` are furniture too; the kept lines are the original ones.
    """
    original = [_INLINE.sub("", line).strip() if _INLINE_HINT.search(line) else line for line in original]
    lines = [simplified_view(line) for line in original] if traditional else list(original)
    keep = [bool(line) and not is_furniture(line) for line in lines]
    _drop_repeats(lines, keep)
    _drop_related_lists(lines, keep)
    _drop_footer(lines, keep)

    body = [i for i, line in enumerate(lines) if keep[i] and _is_body(line)]
    if not body:
        first, last = len(lines), len(lines) - 1
    else:
        first = next((i for i in body if _SALUTATION.match(lines[i]) or len(lines[i]) >= 20), body[0])
        last = body[-1]
    _clean_zone(lines, keep, range(first))
    _clean_zone(lines, keep, range(last + 1, len(lines)))
    _clean_head(lines, keep, first, original)
    _clean_tail(lines, keep, first, last)

    kept = [line for line, k in zip(original, keep, strict=True) if k]
    dropped = [line for line, k in zip(original, keep, strict=True) if not k and line]
    head = sum(keep[:first])
    return Sorted(kept=kept, dropped=dropped, head=head)


# A YAML header as corpora store documents: ``---`` / ``title: …`` / ``source: …`` / ``---`` before the text.
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_FIELD = re.compile(r"^[A-Za-z_][\w-]{0,30}\s*:(?:\s.*)?$")
_FRONT_MATTER_LIMIT = 30


def split_front_matter(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the YAML header's lines, the rest): a header is ``---``, ``key: value`` lines, ``---`` at the top."""
    if not lines or lines[0] != _FRONT_MATTER_FENCE:
        return [], lines
    for end in range(1, min(len(lines), _FRONT_MATTER_LIMIT)):
        if lines[end] == _FRONT_MATTER_FENCE:
            return lines[: end + 1], lines[end + 1 :]
        if not _FRONT_MATTER_FIELD.match(lines[end]):
            break
    return [], lines


def strip_site_name(title: str, others: list[str] = ()) -> str:  # type: ignore[assignment]
    """``黄坤明同志…讲话实录（2025） - 南粤清风网`` → ``黄坤明同志…讲话实录（2025）``."""
    parts = [p.strip() for p in _SITE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    for part in parts:
        if part in others:
            return part
    # a part without a word (the ``<!-`` of a comment) is no title either
    content = [p for p in parts if _HAS_WORD.search(p) and not (_SITE_NAME.search(p) and not _TITLE_WORDS.search(p))]
    if not content:
        return title
    return max(content, key=lambda p: (bool(_TITLE_WORDS.search(p)), len(p)))


def _is_body(line: str) -> bool:
    """A paragraph of the document: a sentence, or prose long enough to be one."""
    if _SALUTATION.match(line):
        return True
    if line[-1] in _SENTENCE_END or (line[-1] in "”」』)）" and len(line) > 1 and line[-2] in _SENTENCE_END):
        return True
    return len(line) >= 60 and ("，" in line or "," in line)


def _drop_repeats(lines: list[str], keep: list[bool]) -> None:
    """A page's excerpt of its own body: a teaser cut off with ``...`` anywhere, or, among the last
    lines, a copy of earlier paragraphs (a meta description printed after the footer)."""
    squeezed = [squeeze(line) for line in lines]
    tail_from = max(len(lines) - 10, len(lines) // 2 + 1)
    for i, line in enumerate(lines):
        if not keep[i]:
            continue
        if line.endswith(_ELLIPSIS_ENDS):
            stem = _ELLIPSIS.sub("", squeezed[i])
            if len(stem) >= 10 and stem in "".join(squeezed[:i] + squeezed[i + 1 :]):
                keep[i] = False
        elif i >= tail_from and len(squeezed[i]) >= 20 and squeezed[i] in "".join(squeezed[:i]):
            keep[i] = False


def _drop_footer(lines: list[str], keep: list[bool]) -> None:
    """Copyright, ICP and licence lines near the end close the page: nothing after them is body."""
    for i in range(max(0, len(lines) - 15), len(lines)):
        if _STRONG_FOOTER.search(lines[i]) or _has_latin(_STRONG_FOOTER_LATIN, lines[i]):
            for j in range(i, len(lines)):
                keep[j] = False
            return


def _drop_related_lists(lines: list[str], keep: list[bool]) -> None:
    """A ``相关报道：`` heading and the link titles under it."""
    i = 0
    while i < len(lines):
        if lines[i] and _PAGER.match(lines[i]) and i + 1 < len(lines) and _is_link_title(lines[i + 1]):
            keep[i] = keep[i + 1] = False
            i += 2
        elif lines[i] and _RELATED_ANCHOR.match(lines[i]) and len(lines[i]) <= _SHORT_LIMIT:
            keep[i] = False
            j = i + 1
            while j < len(lines) and (not lines[j] or _is_link_title(lines[j])):
                keep[j] = False
                j += 1
            i = j
        else:
            i += 1


def _is_link_title(line: str) -> bool:
    return len(line) <= 60 and line[-1] not in _SENTENCE_END and not HEADING.match(line)


def _clean_zone(lines: list[str], keep: list[bool], zone: range) -> None:
    """Before and after the body: site fields (``来源：南方+``, or ``责任编辑：`` and its value on
    the next line) and lines without a Chinese character (hashes, ``Public domain``)."""
    for i in zone:
        if not keep[i]:
            continue
        line = lines[i]
        if _FIELD.match(line) and not _is_sentence(line):
            keep[i] = False
            bare = _FIELD.fullmatch(line.strip("【】[]（）() "))
            if bare and i + 1 < len(lines) and len(lines[i + 1]) <= 20 and lines[i + 1][-1] not in _SENTENCE_END:
                keep[i + 1] = False
        elif not _CJK.search(line):
            keep[i] = False


def _clean_head(lines: list[str], keep: list[bool], first: int, original: list[str]) -> None:
    """Before the body: menus, breadcrumbs, the page title with the site's name, repeated lines.

    ``lines`` are the forms decided on; the two repairs (a title's stray last character joined
    back, a site's name cut off) are made to ``original`` as well."""
    head = [i for i in range(min(first, len(lines))) if keep[i]]
    _join_stray_last_character(lines, keep, head, original)
    _drop_menus(lines, keep, first)
    _drop_contents(lines, keep, first)
    head = [i for i in head if keep[i]]
    _drop_repeated_and_site_lines(lines, keep, head)
    _drop_slogans(lines, keep, head)
    _strip_page_title(lines, keep, head, original)


def _join_stray_last_character(lines: list[str], keep: list[bool], head: list[int], original: list[str]) -> None:
    """A title whose last character a page put on a line of its own (政府工作报 / 告)."""
    for k, i in enumerate(head):
        before, after = (head[k - 1] if k else None), (head[k + 1] if k + 1 < len(head) else None)
        if (before is not None and keep[before] and len(lines[i]) == 1 and _CJK.match(lines[i])
                and len(lines[before]) >= 4
                and lines[before][-1] not in "：:，,。" and (after is None or len(lines[after]) > 2)):
            lines[before] += lines[i]
            original[before] += original[i]
            keep[i] = False


def _drop_menus(lines: list[str], keep: list[bool], first: int) -> None:
    """Menus: three or more short lines in a row (furniture lines among them count), bar titles."""
    run: list[int] = []
    for i in [*range(min(first, len(lines))), None]:
        if i is not None and lines[i] and (not keep[i] or _is_menu_item(lines[i])):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                titled = _TITLE_WORDS.search(lines[j]) and not _names_a_column(lines, j, first)
                if keep[j] and not (titled or SPEAKER.search(lines[j])):
                    keep[j] = False
        run = []


def _drop_contents(lines: list[str], keep: list[bool], first: int) -> None:
    """A table of contents before the title: two or more headings each opening a heading of the body
    (``一、回顾过去`` above ``一、回顾过去，成绩斐然，…``)."""
    listed = [i for i in range(min(first, len(lines))) if keep[i] and HEADING.match(lines[i]) and len(lines[i]) <= 40]
    if len(listed) < 2:
        return
    later = [line for line in lines[first:] if HEADING.match(line)]
    found = [i for i in listed if any(line != lines[i] and line.startswith(lines[i]) for line in later)]
    if len(found) >= 2:
        for i in found:
            keep[i] = False


def _names_a_column(lines: list[str], i: int, first: int) -> bool:
    """A menu's column (政府工作报告 in 首页 / 政务公开 / 政府工作报告) whose words the title below it holds."""
    return any(len(lines[j]) > len(lines[i]) and lines[i] in lines[j] for j in range(i + 1, min(first, len(lines))))


def _drop_repeated_and_site_lines(lines: list[str], keep: list[bool], head: list[int]) -> None:
    seen: set[str] = set()
    for i in head:
        squeezed = squeeze(lines[i])
        if squeezed in seen:
            keep[i] = False
            continue
        seen.add(squeezed)
        if (len(lines[i]) <= 2 and not _SIGNATURE.search(lines[i])) or _SITE_LINE.match(lines[i]):
            keep[i] = False  # a lone menu word, a site's name


def _drop_slogans(lines: list[str], keep: list[bool], head: list[int]) -> None:
    """A site's slogan above the title (知识共享，价值无限): short, with a comma, before a titled line."""
    titled = next((i for i in head if keep[i] and _TITLE_WORDS.search(lines[i])), None)
    for i in head:
        if titled is not None and i < titled and keep[i] and len(lines[i]) <= 16 and re.search("[，,]", lines[i]):
            keep[i] = False


def _strip_page_title(lines: list[str], keep: list[bool], head: list[int], original: list[str]) -> None:
    """The page's <title> pasted on top: the document title and the site's name."""
    others = [lines[j] for j in head if keep[j]]
    for i in head:
        if not keep[i]:
            continue
        stripped = strip_site_name(lines[i], [o for o in others if o != lines[i]])
        if stripped != lines[i]:
            if stripped in others:
                keep[i] = False
            else:
                start = lines[i].index(stripped)
                lines[i] = stripped
                original[i] = original[i][start : start + len(stripped)]


def _is_menu_item(line: str) -> bool:
    return len(line) <= 8 and line[-1] not in _SENTENCE_END and not HEADING.match(line)


def _clean_tail(lines: list[str], keep: list[bool], first: int, last: int) -> None:
    """After the last sentence: footers from their first line on, short menu words, the title again."""
    head = {squeeze(lines[i]) for i in range(min(first, len(lines))) if keep[i]}
    tail = [i for i in range(last + 1, len(lines)) if keep[i]]
    footer = next((i for i in tail if _FOOTER_ANCHOR.search(lines[i])), None)
    for i in tail:
        after_footer = footer is not None and i >= footer
        menu_word = len(lines[i]) <= 6 and not _SIGNATURE.search(lines[i])
        if after_footer or menu_word or squeeze(lines[i]) in head:
            keep[i] = False
