"""Sections: the parts of a document by what they do, for each kind of document luoshi reads."""

from __future__ import annotations

import itertools

import luoshi
from luoshi.document import Heading
from luoshi.extract.sections import find_sections, is_report, plan_year, role_at, title_role
from luoshi.pipeline import document_from_text

REPORT = (
    "政府工作报告\n"
    "——2026年1月20日在某县第十八届人民代表大会第五次会议上\n"
    "各位代表：\n"
    "现在，我代表县人民政府，向大会报告政府工作，请予审议。\n"
    "一、2025年工作回顾\n"
    "过去一年，全县新建农村公路85公里，改造老旧小区12个。\n"
    "二、2026年工作安排\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业2800人。\n"
    "（一）狠抓项目建设\n"
    "全力推进城南污水处理厂二期工程，年底前建成投用。\n"
    "各位代表！\n"
    "让我们在县委的坚强领导下，为建设美丽县城而努力奋斗！\n"
)


def _roles(document: luoshi.Document) -> list[tuple[str, str]]:
    return [(s.role, document.text[s.start : s.start + 8]) for s in document.sections]


def test_a_work_report_has_opening_review_plan_and_closing() -> None:
    document = luoshi.extract(REPORT)
    roles = [role for role, _ in _roles(document)]
    assert roles == ["opening", "review", "plan", "closing"]
    text = document.text
    assert role_at(document.sections, text.index("过去一年")) == "review"
    assert role_at(document.sections, text.index("全力推进城南")) == "plan"
    assert role_at(document.sections, text.index("让我们")) == "closing"
    # the sections cover the text, in order, without gaps
    assert document.sections[0].start == 0 and document.sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(document.sections))


def test_bare_and_bold_part_titles_start_parts() -> None:
    text = (
        "---\ntitle: 某市政府工作报告\n---\n各位代表：\n"
        "**2025年工作回顾**\n一年来，我们完成了十件民生实事。\n"
        "**2026年工作安排**\n加快建设综合物流园区，推动冷链仓储项目落地。\n"
    )
    sections = find_sections(text, [], "2026-01-18", "某市政府工作报告")
    assert role_at(sections, text.index("一年来")) == "review"
    assert role_at(sections, text.index("加快建设")) == "plan"


def test_a_plan_part_titled_by_its_year_or_its_five_year_plan() -> None:
    text = "各位代表：\n2025年工作回顾\n全市完成投资。\n“十五五”时期主要目标\n到2030年，基本建成现代化都市圈。\n"
    sections = find_sections(text, [], "2026-02-01", "政府工作报告")
    assert role_at(sections, text.index("全市完成")) == "review"
    assert role_at(sections, text.index("到2030年")) == "plan"
    # a five-year plan that has ended is looked back on
    old = "各位代表：\n“十四五”时期发展成就\n五年来，经济总量跨上新台阶。\n"
    assert role_at(find_sections(old, [], "2026-02-01", "政府工作报告"), old.index("五年来")) == "review"


def test_a_review_heading_that_names_a_goal_stays_in_the_review() -> None:
    text = "各位代表：\n一、2025年工作回顾\n（一）“六稳”目标基本实现\n全年新增就业3000人。\n二、2026年重点工作\n建设产业园。\n"
    heading = [
        Heading(1, "一、", "2025年工作回顾", text.index("一、"), text.index("一、") + 11),
        Heading(2, "（一）", "“六稳”目标基本实现", text.index("（一）"), text.index("（一）") + 13),
        Heading(1, "二、", "2026年重点工作", text.index("二、"), text.index("二、") + 11),
    ]
    sections = find_sections(text, heading, "2026-01-10", "政府工作报告")
    assert role_at(sections, text.index("全年新增")) == "review"
    assert role_at(sections, text.index("建设产业园")) == "plan"


def test_a_report_delivered_in_december_plans_for_the_next_year() -> None:
    assert plan_year(REPORT, "2025-12-28", "政府工作报告") == 2026
    assert plan_year(REPORT, "2026-01-20", "政府工作报告") == 2026
    speech = "同志们：\n这次会议很重要。\n"
    assert plan_year(speech, "2025-12-28", "在全县经济工作会议上的讲话") == 2025  # a speech's year is its own
    assert is_report(REPORT) and not is_report(speech, "在全县经济工作会议上的讲话")
    # a report of November plans for the next year when it names that year's work, as a new congress's does
    november = REPORT.replace("2026年工作安排", "2026年工作重点")
    assert plan_year(november, "2025-11-10", "政府工作报告") == 2026
    assert plan_year(REPORT.replace("2026年工作安排", "下一步工作安排"), "2025-11-10", "政府工作报告") == 2025


def test_a_speech_is_requirements_after_its_opening() -> None:
    text = (
        "在全县项目建设推进会上的讲话\n同志们：\n"
        "今天召开这次会议，主要是分析形势、部署工作。下面，我讲三点意见。\n"
        "一、提高认识，增强抓项目的紧迫感\n当前，项目建设面临不少困难。\n"
        "二、突出重点，全力攻坚重大项目\n各乡镇要倒排工期，确保6月底前全部开工。\n"
        "发言完毕。\n"
    )
    document = luoshi.extract(text)
    assert role_at(document.sections, document.text.index("各乡镇要")) == "requirements"
    assert document.sections[0].role == "opening"


def test_a_speech_without_headings_is_one_body() -> None:
    document = luoshi.extract("同志们：\n要加快建设智慧农业示范区，力争年内投用。\n")
    assert [s.role for s in document.sections] == ["opening", "requirements"]
    assert [t.text for t in document.tasks] == ["要加快建设智慧农业示范区，力争年内投用。"]


def test_traditional_script_reads_the_same() -> None:
    text = "各位代表：\n一、2025年工作回顧\n過去一年，全縣新建公路。\n二、2026年工作安排\n加快建設物流園區。\n"
    sections = find_sections(text, [], "2026-01-10", "政府工作報告")
    assert role_at(sections, text.index("過去一年")) == "review"
    assert role_at(sections, text.index("加快建設")) == "plan"


def test_a_speechs_last_short_line_closes_it_with_blank_lines_between() -> None:
    body = "要加快建设农产品加工园，力争年内投产。\n\n" * 12
    text = "同志们：\n\n" + body + "谢谢大家！\n"
    sections = find_sections(text, [], None, "在全县产业发展大会上的讲话")
    assert role_at(sections, text.index("谢谢大家")) == "closing"
    assert role_at(sections, text.index("要加快")) == "requirements"


def test_a_part_titled_by_a_five_year_plan_still_running_is_a_plan() -> None:
    # a title with no year and no role words: its five-year plan's last year against the plan year
    text = "各位代表：\n2021年工作回顾\n全市完成投资。\n奋力开创“十四五”高质量发展新局面\n新建学校八所。\n"
    sections = find_sections(text, [], "2022-01-15", "政府工作报告")
    assert role_at(sections, text.index("新建学校")) == "plan"
    sections = find_sections(text, [], "2027-01-15", "政府工作报告")
    assert role_at(sections, text.index("新建学校")) == "review"


def test_a_corpus_report_with_a_yaml_header_and_bold_titles_plans_under_its_plan_title() -> None:
    text = ("---\ntitle: 某市政府工作报告（2024年12月27日 王五）\n---\n"
            "——2024年12月27日在某市第八届人民代表大会第五次会议上\n各位代表：\n"
            "现在，我代表市人民政府，向大会报告工作，请予审议。\n**一、2024年工作回顾**\n"
            "过去一年，全市新增城镇就业2.1万人。\n**二、2025年工作安排**\n"
            "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n")
    document = luoshi.document_from_text(text)
    assert [(s.role, document.text[s.start : s.start + 4]) for s in document.sections][1:] == [
        ("review", "一、20"), ("plan", "二、20")]
    assert [(q.kind, q.deadline_year) for q in document.quantities] == [("fact", 2024), ("target", 2025)]
    assert [h.title for h in document.outline] == ["2024年工作回顾", "2025年工作安排"]


def test_an_old_report_titled_by_its_achievements_and_years_in_chinese_numerals() -> None:
    text = (
        "政府工作报告\n各位代表：\n"
        "一、一九八四年经济建设的伟大成就\n全国新建铁路干线三百公里，粮食产量创历史最高水平。\n"
        "二、一九八五年的主要任务\n要继续抓好农业生产，增加化肥供应，改善农田水利条件。\n"
    )
    document = document_from_text(text, date="1985-03-27")
    assert role_at(document.sections, text.index("全国新建")) == "review"
    assert role_at(document.sections, text.index("要继续抓好")) == "plan"
    assert all("新建铁路" not in task.text for task in document.tasks)
    # a part on the years still to come opens with them, whatever its title
    later = text + "三、加快经济体制改革的步伐\n今后五年是改革的关键时期，要逐步理顺价格体系。\n"
    document = document_from_text(later, date="1985-03-27")
    assert role_at(document.sections, later.index("要逐步理顺")) == "plan"


def test_achievements_still_to_win_are_no_review() -> None:
    assert title_role("为夺取新的更大成就而努力奋斗", 2026) is None
    assert title_role("国民经济建设的巨大成就", 2026) == "review"
    assert title_role("国民经济在调整、改革、整顿中取得了新的进展", 1981) == "review"  # 了: what was won
    assert title_role("二〇二五年的经济建设", 2026) == "review"
    assert title_role("二〇二六年的经济建设", 2026) == "plan"


def test_a_report_delivered_in_december_opens_its_review_with_jinnian_shi() -> None:
    text = ("政府工作报告\n——2023年12月20日在市人民代表大会上\n各位代表：\n一、2023年工作回顾\n"
            "今年是全面贯彻党的二十大精神的开局之年。全市地区生产总值增长6%。\n"
            "一年来，我们坚持稳中求进。新建学校12所。\n二、2024年工作安排\n2024年是关键之年。全力推进产业园建设。\n")
    document = luoshi.document_from_text(text)
    review = text.index("今年是")
    assert role_at(document.sections, review) == "review"
    assert not any(t.start < text.index("二、") for t in document.tasks)


def test_themed_parts_after_a_review_read_by_their_demands() -> None:
    # a report whose first heading titles the review (and the year's course), whose next headings name themes
    body = "今年要{0}，必须{1}，要确保{2}。各地要抓紧落实，力争上半年见效，将{3}。"
    text = (
        "政府工作报告\n各位代表：\n一、一九九三年工作的回顾和一九九四年工作的基本方针\n"
        "过去的一年，全国粮食总产量达到四千五百亿公斤，新建铁路一千公里。\n"
        "二、加快建立现代企业制度\n" + body.format("转换企业经营机制", "理顺产权关系", "重点工程按期建成", "试点扩大") + "\n"
        "三、经济建设成效显著\n全年新增发电装机一千万千瓦，钢产量增长了百分之十，已建成一批重点工程。\n"
    )
    document = document_from_text(text, date="1994-03-10")
    assert role_at(document.sections, text.index("今年要")) == "plan"
    assert any(t.text.startswith("今年要转换") for t in document.tasks)
    # a themed part that narrates what was done goes on with the review before it
    achievements = text.replace("二、加快建立现代企业制度\n" + body.format("转换企业经营机制", "理顺产权关系",
                                "重点工程按期建成", "试点扩大") + "\n", "")
    document = document_from_text(achievements, date="1994-03-10")
    assert role_at(document.sections, achievements.index("全年新增")) == "review"


def test_a_part_titled_as_proposals_for_the_year_is_a_plan() -> None:
    assert title_role("对今年政府工作的建议", 2023) == "plan"
    assert title_role("关于2003年政府工作的建议", 2003) == "plan"


def test_a_paragraph_opening_a_five_year_period_opens_a_plan_or_a_review_as_the_period_ends() -> None:
    text = ("政府工作报告\n各位代表：\n一、2025年工作回顾\n全市新建学校12所。\n"
            "二、一张蓝图绘到底，奋力谱写现代化新篇章\n“十四五”时期是极不平凡的五年，全市经济总量跨上新台阶。\n"
            "“十五五”时期是基本实现现代化的关键时期。加快建设现代化产业体系，打造先进制造业集群。\n")
    document = document_from_text(text, date="2026-01-20")
    assert role_at(document.sections, text.index("“十四五”时期是")) == "review"
    assert role_at(document.sections, text.index("加快建设")) == "plan"
    due = {t.text: t.deadline_year for t in document.tasks}
    assert due == {"加快建设现代化产业体系，打造先进制造业集群。": 2030}  # the period's statement is no task


def test_themed_parts_after_an_analysis_read_by_their_demands_too() -> None:
    text = (
        "政府工作报告\n各位代表：\n一、当前国内形势\n国民经济继续保持了较快增长，物价上涨的势头得到了抑制。\n"
        "二、坚持长期稳定发展经济的方针\n今年要把加强农业放在首位，必须控制投资规模，要压缩行政费开支，"
        "各地要严格执行信贷计划，力争财政收支基本平衡。\n"
    )
    document = document_from_text(text, date="1987-03-25")
    assert role_at(document.sections, text.index("国民经济继续")) == "analysis"
    assert role_at(document.sections, text.index("今年要")) == "plan"
    assert title_role("适应加入世贸组织新形势，全面提高对外开放水平", 2002) is None  # work to do, not a weighing


def test_a_report_that_opens_its_first_part_pages_in_has_its_body_first() -> None:
    body = "今后国家仍然应当继续努力，保证市场物价的稳定，必须加快建设新的工业基地。" * 100
    text = "各位代表：\n现在，我代表中央人民政府作工作报告。\n" + body + "\n五年來，我國同各國人民緊密地團結在一起。\n"
    sections = find_sections(text, [], "1954-09-23", "政府工作报告")
    assert role_at(sections, 3) == "opening"
    assert role_at(sections, text.index("今后国家")) == "plan"
    # a report whose first part comes after its greetings keeps them as its opening
    short = "各位代表：\n现在，我代表中央人民政府作工作报告。\n五年來，我國同各國人民緊密地團結在一起。\n"
    assert [s.role for s in find_sections(short, [], "1954-09-23", "政府工作报告")] == ["opening", "review"]


def test_a_line_saying_what_year_it_reports_on_titles_a_part_in_any_digits() -> None:
    assert title_role("首先报告２０２４年的工作", 2025) == "review"
    assert title_role("下面，我报告2025年的工作", 2025) == "plan"
    assert title_role("２０２４年工作回顾", 2025) == "review"
    assert title_role("政府工作报告", 2025) is None


def test_a_speech_part_that_weighs_achievements_and_gaps_is_analysis() -> None:
    assert title_role("一、在分析中肯定成绩，找准差距，以更坚定的信心谋划发展", 2025) == "analysis"
    assert title_role("二、在落实中突出重点，确保完成全年目标任务", 2025) == "plan"


def test_a_speech_part_that_makes_demands_after_its_analysis_asks_for_work() -> None:
    text = ("在全镇工作会议上的讲话\n同志们：\n今天召开会议，我讲三点意见。\n"
            "一、回顾过去，成绩来之不易\n去年全镇工作取得了新成效，完成了各项任务。\n"
            "二、研判形势，坚定信心\n当前发展面临不少困难，也面临难得机遇。\n"
            "三、聚焦重点，精准发力\n要抓好项目建设，要加快园区提质，要做强特色产业，力争招商引资取得突破，"
            "确保重点项目按期开工，要办好民生实事。\n")
    document = document_from_text(text)
    assert role_at(document.sections, document.text.index("要抓好项目建设")) == "requirements"
    assert any(task.text.startswith("要抓好项目建设") for task in document.tasks)


def test_a_statements_paragraph_opening_with_its_years_demands_starts_its_requirements() -> None:
    text = ("尊敬的区长，各位领导：\n根据会议安排，现就全区工业工作作表态发言。\n"
            "过去的一年，全区工业经济实现了历史性突破。一是工业总量进位升级。全年工业总产值实现120亿元。\n"
            "2014年，我们将重点抓好以下工作：一是力争全年工业总产值突破150亿元；二是新培育规模企业20户以上；"
            "三是新建标准化厂房10万平方米。\n")
    document = document_from_text(text)
    assert document.date == "2014"
    assert role_at(document.sections, document.text.index("2014年，我们将")) == "requirements"
    found = {q.value: (q.kind, q.deadline_year) for q in document.quantities}
    assert found[120] == ("fact", 2013)
    assert found[150] == found[20] == found[10] == ("target", 2014)
    assert any(task.text.startswith("二是新培育规模企业") for task in document.tasks)


def test_a_speech_part_facing_its_problems_weighs_the_situation_and_its_figures_are_progress() -> None:
    text = ("在全区重点项目推进会上的讲话\n同志们：\n今天召开会议，部署2025年下一阶段工作。\n一、正视问题，增强紧迫感\n"
            "一季度，全区重点项目完成投资20亿元，占年度计划的18%，低于时序进度5个百分点。\n"
            "二、突出重点，全力抓推进\n4月底前，计划新开工项目要全部开工，由区发改局牵头，区住建局配合，每周调度一次。\n")
    document = document_from_text(text)
    assert role_at(document.sections, document.text.index("一季度")) == "analysis"
    assert [task.text[:5] for task in document.tasks] == ["4月底前，"]
    assert document.tasks[0].lead == "区发改局"
    share = next(q for q in document.quantities if q.value == 18)
    assert share.kind == "fact"


def test_a_report_dated_by_its_year_alone_that_submits_next_years_plan_plans_for_that_year() -> None:
    text = "各位代表：\n国务院也提出了一九八三年国民经济和社会发展的年度计划草案，请一并审议。\n"
    assert plan_year(text, "1982") == 1983
    # one that submits this year's plan with the next one's plans for this year
    both = "各位代表：\n现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n"
    assert plan_year(both, "1980") == 1980
    assert plan_year(text, "1982-03-05") == 1982  # a full date says the month, and March plans for its year


def test_a_plan_s_outline_put_to_the_congress_for_discussion_in_wide_digits_is_submitted_too() -> None:
    text = "各位代表：\n《１９８７年经济和社会发展计划要点（草案）》，已经提交本次大会讨论，建议大会予以原则批准。\n"
    assert plan_year(text, "1986") == 1987
    assert plan_year("各位代表：\n１９８７年经济工作的重点是…\n", "1986") == 1986  # named, not submitted


def test_a_look_back_that_turns_to_demands_in_its_own_paragraph_opens_no_review() -> None:
    text = REPORT.replace(
        "各位代表！\n",
        "（二）繁荣文化事业\n"
        "一年来，我们新建乡镇文化站6个，群众文化生活日益丰富。新的一年，我们要更加重视公共文化建设。\n"
        "推进县图书馆新馆建设，年内开馆。\n"
        "（三）加强政府自身建设\n"
        "过去一年，我们坚持依法行政。同时，要清醒看到作风建设还有差距。\n"
        "各位代表！\n")
    document = luoshi.extract(text)
    text = document.text
    assert role_at(document.sections, text.index("新的一年")) == "plan"
    assert role_at(document.sections, text.index("推进县图书馆")) == "plan"
    assert any(text[t.start : t.end].startswith("推进县图书馆新馆建设") for t in document.tasks)
    # a look back that only sees what is still wrong turns to nothing asked: it opens its part as before
    assert role_at(document.sections, text.index("过去一年，我们坚持")) == "review"
    # nor does the opening paragraph of a review, which asks for nothing
    assert role_at(document.sections, text.index("过去一年，全县")) == "review"


def test_the_paragraph_submitting_a_five_year_outline_opens_its_plan() -> None:
    text = ("政府工作报告\n各位代表：\n一、2025年工作回顾\n全县新建公路85公里。\n"
            "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
            "“十四五”时期是极不平凡的五年。全县经济总量跨上新台阶。\n"
            "根据县委关于制定第十五个五年规划的建议，我们编制了规划纲要（草案），提交大会审查。这里重点报告三个方面。\n"
            "（一）大力发展数字经济，建设县域算力中心。\n"
            "三、2026年重点工作\n今年新建公路40公里。\n")
    document = document_from_text(text, date="2026-01-20")
    assert role_at(document.sections, text.index("全县经济总量")) == "review"
    assert role_at(document.sections, text.index("大力发展数字经济")) == "plan"
    # an outline of a plan that has ended opens nothing
    old = text.replace("第十五个五年规划", "第十四个五年规划")
    document = document_from_text(old, date="2026-01-20")
    assert role_at(document.sections, old.index("大力发展数字经济")) == "review"
