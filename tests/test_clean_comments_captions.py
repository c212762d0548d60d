"""HTML comments a scrape left in the text, and photo captions with their credit, are furniture."""

from __future__ import annotations

import pytest

from luoshi.clean import clean_text
from luoshi.clean.furniture import is_furniture

HEAD = "政府工作报告——2026年1月20日在某市第十届人民代表大会第三次会议上\n某市人民政府市长　王某某\n"
BODY = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，全市新建学校5所。\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "<!-- 来源：某市日报 时间：2026-01-21 -->\n<!-- 王某某作政府工作报告。本报记者 李某某摄 -->\n",
        "<!-\n王某某作政府工作报告。本报记者 李某某摄\n",  # a comment the scrape cut
        "<!--\n王某某作政府工作报告。（记者 李某某 摄）\n-->\n",
        "王某某作政府工作报告。某市日报记者 李某某/摄\n",
        "王某某作政府工作报告。本报记者 李某某 摄影\n",
        "王某某作政府工作报告。摄影：李某某 张某\n",
    ],
)
def test_comments_and_photo_captions_before_the_body_are_furniture(furniture: str) -> None:
    clean = clean_text(HEAD + furniture + BODY)
    assert clean.text == (HEAD + BODY).strip()
    assert clean.head == 2


def test_comment_markup_inside_a_line_of_the_body_is_not_furniture() -> None:
    for line in ("<!--正文开始-->各位代表：", "审批流程由“申请-->受理-->办结”压缩为一步。", "（三）加强航空摄影测量。"):
        assert not is_furniture(line), line
