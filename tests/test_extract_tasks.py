"""Tasks: directive sentences, not reports of what was done, each under its heading."""

from __future__ import annotations

from luoshi.document import Heading, Quantity
from luoshi.extract.tasks import extract_tasks

TEXT = (
    "一、2025年工作回顾\n"
    "过去一年，全县新建农村公路120公里，完成了老旧小区改造。\n"
    "二、2026年重点任务\n"
    "一是加快建设现代化产业体系。今年要新增城镇就业3200人。我们坚信，未来可期。\n"
    "全力推进蔡伦故里风景区创建国家5A级旅游景区。\n"
)


def _headings() -> list[Heading]:
    first, second = TEXT.index("一、"), TEXT.index("二、")
    return [Heading(1, "一、", "2025年工作回顾", first, first + 10), Heading(1, "二、", "2026年重点任务", second, second + 10)]


def test_directive_sentences_are_tasks_and_reports_are_not() -> None:
    tasks = extract_tasks(TEXT, _headings(), [])
    assert [t.text for t in tasks] == [
        "一是加快建设现代化产业体系。",
        "今年要新增城镇就业3200人。",
        "全力推进蔡伦故里风景区创建国家5A级旅游景区。",
    ]
    assert all(TEXT[t.start : t.end] == t.text for t in tasks)
    assert {t.outline_index for t in tasks} == {1}


def test_a_task_is_linked_to_the_quantities_inside_it() -> None:
    start = TEXT.index("新增城镇就业3200人")
    quantity = Quantity("target", "新增城镇就业3200人", "城镇新增就业", 3200, None, "人", "exact", 2026, "今年", False,
                        start, start + len("新增城镇就业3200人"))
    tasks = extract_tasks(TEXT, _headings(), [quantity])
    assert [t.quantities for t in tasks if "3200" in t.text] == [[0]]


def test_traditional_text_gives_the_same_tasks_in_its_own_script() -> None:
    text = "今年要新增城鎮就業3200人。全力推進風景區創建國家5A級旅遊景區。過去一年完成了改造。"
    assert [t.text for t in extract_tasks(text, [], [])] == ["今年要新增城鎮就業3200人。", "全力推進風景區創建國家5A級旅遊景區。"]


# ---------------------------------------------------------------------------------- tasks as a clerk makes them
import luoshi  # noqa: E402
from luoshi.extract.tasks import NOT_TASK_RULES, is_task_sentence, rejected_by  # noqa: E402

PLAN = (
    "政府工作报告\n——2026年1月20日在某县第十八届人民代表大会第五次会议上\n各位代表：\n"
    "一、2025年工作回顾\n"
    "过去一年，我们加快推进产业转型，建成物流园一期。\n"
    "二、2026年工作安排\n"
    "主要预期目标是：地区生产总值增长6%左右；一般公共预算收入增长5%；粮食产量稳定在40万吨以上。\n"
    "今年要突出抓好五个方面的工作：\n"
    "（一）狠抓项目建设\n"
    "抓好项目建设是稳增长的关键。\n"
    "全力推进城南污水处理厂二期工程，6月底前建成投用。\n"
    "由县发改局牵头，建立重大项目周调度制度。\n"
    "（二）提升城市品质\n"
    "比如，针对老城区停车难，新建公共停车位800个。\n"
    "在背街小巷改造方面，实施雨污分流改造，年底前完成15条。\n"
    "各乡镇要落实河长制，确保河道保洁全覆盖。\n"
    "用3年左右时间，完成全部老旧小区改造。\n"
    "（三）加快仓储物流设施建设。\n"
    "（四）办好民生实事\n"
    "明年，启动县第二人民医院迁建。\n"
)


def _tasks(text: str, date: str | None = None) -> list[luoshi.Task]:
    return luoshi.extract(text).tasks


def test_plan_sentences_are_tasks_and_review_sentences_are_not() -> None:
    texts = [t.text for t in _tasks(PLAN)]
    assert not any("过去一年" in t for t in texts)
    assert "全力推进城南污水处理厂二期工程，6月底前建成投用。" in texts


def test_each_item_of_a_target_list_is_a_task() -> None:
    texts = [t.text for t in _tasks(PLAN)]
    assert "主要预期目标是：地区生产总值增长6%左右；" in texts
    assert "一般公共预算收入增长5%；" in texts
    assert "粮食产量稳定在40万吨以上。" in texts


def test_framing_and_meaning_are_not_tasks() -> None:
    texts = [t.text for t in _tasks(PLAN)]
    assert "今年要突出抓好五个方面的工作：" not in texts
    assert "抓好项目建设是稳增长的关键。" not in texts


def test_a_heading_with_sentences_is_the_row_above_them_and_a_bare_one_is_a_task() -> None:
    texts = [t.text for t in _tasks(PLAN)]
    assert not any(t.startswith("（一）狠抓项目建设") for t in texts)
    assert "（三）加快仓储物流设施建设。" in texts


def test_a_measure_after_a_lead_in_is_a_task() -> None:
    texts = [t.text for t in _tasks(PLAN)]
    assert "比如，针对老城区停车难，新建公共停车位800个。" in texts
    assert "在背街小巷改造方面，实施雨污分流改造，年底前完成15条。" in texts


def test_deadlines_from_the_sentence_the_plan_year_and_spans() -> None:
    by_text = {t.text: t for t in _tasks(PLAN)}
    assert (by_text["全力推进城南污水处理厂二期工程，6月底前建成投用。"].deadline_year) == 2026
    assert by_text["在背街小巷改造方面，实施雨污分流改造，年底前完成15条。"].deadline_text == "年底前"
    assert by_text["由县发改局牵头，建立重大项目周调度制度。"].deadline_year == 2026  # the plan year
    span = by_text["用3年左右时间，完成全部老旧小区改造。"]
    assert (span.deadline_year, span.deadline_text) == (2028, "用3年左右时间")
    assert by_text["明年，启动县第二人民医院迁建。"].deadline_year == 2027


def test_a_december_report_plans_for_the_next_year() -> None:
    text = PLAN.replace("2026年1月20日", "2025年12月28日")
    by_text = {t.text: t for t in _tasks(text)}
    assert by_text["由县发改局牵头，建立重大项目周调度制度。"].deadline_year == 2026
    assert by_text["明年，启动县第二人民医院迁建。"].deadline_year == 2026  # 明年 of a December report


def test_a_year_named_outright_ends_the_task_and_relative_words_before_it_are_no_deadline_text() -> None:
    text = PLAN.replace("明年，启动县第二人民医院迁建。\n",
                        "今年开工建设滨河大道，2028年全线贯通。\n明年，启动县第二人民医院迁建。\n")
    by_text = {t.text: t for t in _tasks(text)}
    road = by_text["今年开工建设滨河大道，2028年全线贯通。"]
    assert (road.deadline_year, road.deadline_text) == (2028, None)
    # a relative word that says the end itself is still its text
    assert by_text["明年，启动县第二人民医院迁建。"].deadline_text == "明年"


def test_a_stated_year_and_a_five_year_plan() -> None:
    text = ("各位代表：\n一、“十五五”时期主要目标任务\n到2030年，全县城镇化率达到65%。\n"
            "“十五五”期间，建成高速公路环线。\n编制“十五五”交通规划。\n")
    by_text = {t.text: t for t in luoshi.extract(text).tasks}
    assert by_text["到2030年，全县城镇化率达到65%。"].deadline_year == 2030
    assert by_text["“十五五”期间，建成高速公路环线。"].deadline_year == 2030
    # a plan's name is not a deadline: the part's own period still sets it
    assert by_text["编制“十五五”交通规划。"].deadline_year == 2030


def test_a_span_of_years_after_the_year_it_runs_to_is_due_that_year() -> None:
    text = ("各位代表：\n一、“十五五”时期主要目标任务\n从党的二十大到2035年，用13年时间建成区域交通枢纽。\n"
            "用5年时间，建成城市快速路网。\n")
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2026-01-20").tasks}
    assert due["从党的二十大到2035年，用13年时间建成区域交通枢纽。"] == 2035
    assert due["用5年时间，建成城市快速路网。"] == 2030
    # how long or by when, then the verb, with no comma between
    assert is_task_sentence("用3年时间完成全市老旧小区改造。")
    assert is_task_sentence("到2027年底前全面完成供水管网改造。")


def test_named_leads_as_written() -> None:
    by_text = {t.text: t for t in _tasks(PLAN)}
    assert by_text["由县发改局牵头，建立重大项目周调度制度。"].lead == "县发改局"
    assert by_text["各乡镇要落实河长制，确保河道保洁全覆盖。"].lead == "各乡镇"
    assert by_text["全力推进城南污水处理厂二期工程，6月底前建成投用。"].lead is None
    # a machine set (机组) is what the sentence is about, not a unit that answers for it
    from luoshi.extract.tasks import _lead

    sentence = "所有新建燃煤机组必须同步建成脱硫设施。"
    assert _lead(sentence, sentence, 0, len(sentence)) is None
    sentence = "县领导小组要每月调度一次项目进度。"
    assert _lead(sentence, sentence, 0, len(sentence)) == "县领导小组"
    sentence = "认真做好本职工作，也就是完成规划中他们所应当担负的任务。"  # 所 of 他们所, no institute
    assert _lead(sentence, sentence, 0, len(sentence)) is None
    sentence = "县农科所要加快良种推广。"
    assert _lead(sentence, sentence, 0, len(sentence)) == "县农科所"
    sentence = "各级政府，特别是财政部门，要严格预算管理。"
    assert _lead(sentence, sentence, 0, len(sentence)) == "财政部门"
    sentence = "调整农村中小学布局，要坚持就近入学。"
    assert _lead(sentence, sentence, 0, len(sentence)) is None
    sentence = "各级领导干部要带头廉洁自律。"  # cadres are people, not a unit (部 of 干部)
    assert _lead(sentence, sentence, 0, len(sentence)) is None
    sentence = "县交通运输部门要加快农村公路养护。"
    assert _lead(sentence, sentence, 0, len(sentence)) == "县交通运输部门"


def test_a_speech_without_a_date_has_no_deadline_but_its_stated_years() -> None:
    text = ("同志们：\n一、狠抓产业发展\n要培育龙头企业，力争2027年产值突破50亿元。\n"
            "要加快建设农产品加工园。\n")
    by_text = {t.text: t for t in luoshi.extract(text).tasks}
    assert by_text["要培育龙头企业，力争2027年产值突破50亿元。"].deadline_year == 2027
    assert by_text["要加快建设农产品加工园。"].deadline_year is None


def test_speech_exclusions() -> None:
    assert not is_task_sentence("我们结合主题教育，开展了大走访活动。")
    assert rejected_by("我们结合主题教育，开展大走访活动。", report=False) == "narration"
    assert rejected_by("我们要结合主题教育，开展大走访活动。", report=False) is None
    assert not is_task_sentence("党的二十大报告强调，要坚持以人民为中心。")
    assert not is_task_sentence("让我们携起手来，共创美好未来。")
    assert not is_task_sentence("只要坚持下去，就一定能把蓝图变成现实。")
    assert not is_task_sentence("要提高政治站位，坚定必胜信心。")
    assert not is_task_sentence("建设现代化产业体系是推进现代化的重要支撑。")
    assert is_task_sentence("创新是第一动力，必须深入实施创新驱动发展战略。")
    assert is_task_sentence("一方面，持续完善农村基础设施，逐步改善人居环境。")
    assert is_task_sentence("大气污染治理上，坚持精准管控，深入开展扬尘专项整治。")


def test_a_sentence_that_judges_the_outlook_is_no_task() -> None:
    assert not is_task_sentence("数字经济加快发展，全县产业转型前景可期。", report=True)
    assert not is_task_sentence("总体上看，扩大投资、调整结构都大有作为。", report=True)
    # the same words as a noun's modifier leave the directive a task
    assert is_task_sentence("重点培育成长性强、前景广阔的主导产业，推动园区扩能增效。", report=True)
    assert is_task_sentence("紧紧抓住大有可为的机遇期，扎实推进园区建设。", report=True)
    # what is to be seen is the situation, not work (同时要看到, 应该看到)
    assert not is_task_sentence("同时要看到，我县仍处在重要机遇期，加快发展的基础不断夯实。", report=True)
    assert not is_task_sentence("应该看到，推进产业转型升级的任务还很繁重。", report=True)
    assert not is_task_sentence("我县正处在转型发展的关键期，需要我们加快推进产业升级。", report=True)
    assert not is_task_sentence("综合研判内外部形势，今年全县发展面临的困难挑战增多，必须爬坡过坎。", report=True)
    assert not is_task_sentence("这样，每年就可以带动新增就业岗位两千个。", True, report=True)  # what follows
    # a goal named as what is wished for is a statement of it (…，是我们的不懈追求)
    assert not is_task_sentence("办好人民满意的教育，让每个孩子都能享有公平而有质量的教育，是全县人民的共同愿望。", report=True)
    assert not is_task_sentence("稳就业是今年经济工作的首要任务。", report=True)
    assert not is_task_sentence("抓好粮食生产始终是头等大事。", report=True)


def test_a_last_clause_opening_with_shi_says_what_the_clauses_before_it_are() -> None:
    assert not is_task_sentence("集中抓好这批体量大、结构优的重点项目，是拉动有效投资、稳增长促转型的关键所在。", report=True)
    assert not is_task_sentence("我们追求的增长，是提高质量效益、推进转型升级、改善群众生活的增长。", report=True)
    # a directive after the statement is still one, and 是否 is no copula
    assert is_task_sentence("乡村振兴任务繁重，是一项系统工程，要统筹推进产业、人才、文化振兴。", report=True)
    assert is_task_sentence("全面排查各类隐患，是否达标都要建立台账。", report=True)


def test_what_frames_the_goals_and_an_effort_without_a_deliverable_are_no_tasks() -> None:
    assert not is_task_sentence("全面完成这些目标，关键是按照县委的总体部署，紧紧抓住发展不放松。", report=True)
    assert not is_task_sentence("必须在优化营商环境上下足功夫。", report=True)
    assert is_task_sentence("要在优化营商环境上下足功夫，全面推行“一网通办”。", report=True)


def test_every_rule_rejects_its_own_example() -> None:
    for rule in NOT_TASK_RULES:
        assert rejected_by(rule.example) is not None, rule.name


def test_a_principle_the_work_rests_on_is_no_task_but_work_on_that_ground_is() -> None:
    assert rejected_by("对外贸易的发展，必须建立在国内生产发展的基础上。") is not None
    assert rejected_by("必须坚持计划调节和市场调节的统一，两者不能割裂。") is not None
    assert rejected_by("要在巩固拓展脱贫成果的基础上，加快推进乡村全面振兴。") is None


def test_tasks_under_a_heading_naming_a_plan_period_and_the_year_are_due_that_year() -> None:
    import luoshi

    text = ("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n2025年工作回顾\n全市完成投资900亿元。\n"
            "“十五五”时期主要目标和2026年重点工作\n一、加快建设现代化产业体系\n全力推进新能源装备产业园建设。\n"
            "二、持续增进民生福祉\n加快建设市第二人民医院新院区。\n")
    document = luoshi.document_from_text(text)
    due = {t.text: t.deadline_year for t in document.tasks}
    assert due["全力推进新能源装备产业园建设。"] == 2026
    # a heading that names only the five-year plan sets its last year
    text = text.replace("主要目标和2026年重点工作", "主要目标任务")
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text).tasks}
    assert due["全力推进新能源装备产业园建设。"] == 2030


def test_a_heading_opening_with_a_plan_name_speaks_of_its_period() -> None:
    import luoshi

    text = ("政府工作报告\n——2026年1月15日在县第十届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
            "全县完成投资500亿元。\n二、“十五五”发展的主要考虑\n加快打造区域物流枢纽，建成陆港多式联运中心。\n"
            "三、“十五五”规划编制\n高质量完成县级专项规划衔接。\n四、2026年工作安排\n新建城区停车位3000个。\n")
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text).tasks}
    assert due["加快打造区域物流枢纽，建成陆港多式联运中心。"] == 2030
    assert due["高质量完成县级专项规划衔接。"] == 2026  # the plan's document is written this year
    assert due["新建城区停车位3000个。"] == 2026


def test_a_one_character_verb_that_begins_an_adjective_or_a_noun_directs_nothing() -> None:
    assert not is_task_sentence("推动乡村振兴，壮大村集体经济是坚实基础、强大支撑。")
    assert not is_task_sentence("我县交通便利、优势突出，发展前景广阔。")
    assert is_task_sentence("强龙头、补链条，培育农产品加工集群。")
    assert is_task_sentence("建标准化厂房10万平方米。")


def test_a_verb_followed_by_an_adverb_is_the_subject_of_a_statement() -> None:
    assert not is_task_sentence("市场无处不在，创新永无止境。")
    assert not is_task_sentence("全县发展仍处于爬坡过坎的关键阶段。", report=True)
    assert is_task_sentence("强化正风肃纪，持续整治形式主义。")


def test_a_list_inside_what_a_sentence_says_its_subject_is_makes_no_task() -> None:
    assert not is_task_sentence("这五年是夯实基础的关键时期，也是乡村振兴、推进城乡融合发展的重要阶段。", report=True)
    # 特别是 and 重点是 name an example or a focus of the work, which stays a task
    assert is_task_sentence("引导金融机构加大对实体经济特别是小微企业、战略性新兴产业等的支持。", report=True)
    assert is_task_sentence("加强政府立法工作，重点是健全社会保障、加强社会管理等方面的立法。", report=True)
    assert is_task_sentence("加快建设冷链物流中心、推进农产品加工园区建设。", report=True)


def test_a_pledge_of_a_result_whose_subject_comes_first_is_a_task() -> None:
    assert is_task_sentence("确保城南污水处理厂年底前建成投运。", report=True)
    assert is_task_sentence("力争全县粮食总产量稳定在50万吨以上。", report=True)
    assert not is_task_sentence("确保稳定。", report=True)  # a pledge with nothing to deliver


def test_the_years_guiding_line_and_the_year_it_is_are_no_tasks() -> None:
    assert not is_task_sentence("我们要深入贯彻落实中央经济工作会议精神，坚持稳中求进工作总基调，推动经济持续健康发展。",
                                report=True)
    # 今年是… frames the year even where 今年 would be filler before a directive
    assert not is_task_sentence("今年是“十五五”起步之年，我们要认真落实省委部署，统筹做好各项工作。", report=True)
    assert not is_task_sentence("全面做好今年的工作，必须坚持稳中求进，统筹兼顾。", report=True)
    assert is_task_sentence("认真贯彻落实中央一号文件精神，加快建设高标准农田10万亩。", report=True)


def test_a_statement_of_what_an_action_means_is_no_task() -> None:
    assert not is_task_sentence("建立最低生活保障制度，对于促进社会公平具有重大而深远的意义。", report=True)
    assert not is_task_sentence("支持园区发展对推动全县经济高质量发展具有特殊重要作用。", report=True)
    assert is_task_sentence("充分发挥龙头企业对产业链的带动作用。", report=True)


def test_project_groundwork_is_no_look_back_and_a_means_to_an_end_directs() -> None:
    # 项目前期 holds 目前 across two words: no report of where things stand
    assert is_task_sentence("认真做好滨江物流园等重大项目前期工作，力争三个项目今年动工建设。", report=True)
    assert not is_task_sentence("目前，全县已建成物流园两个。", report=True)
    assert is_task_sentence("全力跑项争资，以政府投资和政策激励有效带动全社会投资。", report=True)


def test_an_adverbial_idiom_before_the_verb_and_verbs_of_documents() -> None:
    for sentence in ("平稳有序做好机构改革。", "因地制宜发展老年助餐服务。", "更大力度招引外资。",
                     "发布生物多样性保护战略与行动计划。", "稳妥有序处置风险隐患。"):
        assert is_task_sentence(sentence, report=True), sentence


def test_a_numbered_item_that_sets_a_target_is_a_row_even_with_sentences_after_it() -> None:
    import luoshi

    text = ("政府工作报告\n各位代表：\n三、扎实办好民生十件实事\n1.新建学校11所、增加学位7550个。新建幼儿园13所。\n"
            "2.加快建设城市书房。推动图书馆总分馆建设。\n")
    document = luoshi.document_from_text(text, date="2026-01-20")
    tasks = [t.text for t in document.tasks]
    assert any(t.startswith("1.新建学校11所") for t in tasks), tasks
    # an item with no target is the row above its sentences, as any heading is
    assert not any(t.startswith("2.加快建设城市书房") for t in tasks), tasks


def test_figures_of_a_past_year_in_a_plans_part_are_no_task() -> None:
    import luoshi

    text = ("政府工作报告\n各位代表：\n二、1982年的任务\n1981年比1980年，原煤增长0.2%，电力增长2.9%，水泥增长3.8%。"
            "今年要使原煤增长3%。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="1982-03-10").tasks]
    assert tasks == ["今年要使原煤增长3%。"]


def test_the_stance_a_hard_time_calls_for_and_what_an_action_can_bring_are_no_tasks() -> None:
    assert not is_task_sentence("越是任务繁重、矛盾交织，越要稳住心神、迎难而上。", report=True)
    assert not is_task_sentence("越是到攻坚阶段，越要压实责任，确保各项工作取得实效。", report=True)
    assert not is_task_sentence("发展林下经济，既可以增加群众收入，又可以巩固造林成果。", report=True)
    assert not is_task_sentence("这样坚持三年，就可以基本补齐农村供水短板。", report=True)
    assert not is_task_sentence("茶产业的发展，可以带动山区群众就近就业，可以增加村集体收入。", report=True)
    # leave granted to some is still asked of them, and 越 inside a clause opens nothing
    assert is_task_sentence("有条件的县区，可以运用本级财政资金，支持骨干企业技术改造。", report=True)
    assert is_task_sentence("推动特色农产品越做越精，打造区域公用品牌。", report=True)


def test_what_a_meeting_is_for_is_no_task_and_the_unit_whose_indicator_it_is_leads() -> None:
    assert not is_task_sentence("今天，我们召开全县经济工作会议，主要任务是总结去年工作、部署今年任务。", report=True)
    assert not is_task_sentence("这次会议的主要目的，就是动员全县上下迅速行动起来。", report=True)
    assert not is_task_sentence("这次会议就是要吹响冲刺全年目标的集结号，使大家迅速进入工作状态。", report=True)
    assert not is_task_sentence("今天，我们召开县政府全体会议，主要是总结上半年工作，安排部署下半年任务。", report=True)
    assert is_task_sentence("各乡镇要召开专题会议，研究制定具体落实方案。", report=True)
    from luoshi.extract.tasks import _lead

    for sentence, lead in (("县住建局承担的棚户区改造任务要确保10月底前全部完成。", "县住建局"),
                           ("县发改局和县统计局承担的固定资产投资指标要力争全市前三。", "县发改局")):
        assert _lead(sentence, sentence, 0, len(sentence)) == lead


def test_a_speechs_figures_of_last_year_are_no_tasks_where_no_heading_says_they_are_a_review() -> None:
    text = ("在全县经济工作会议上的讲话\n同志们：\n这次全县经济工作会议，主要任务是总结去年工作，部署今年任务。\n"
            "去年，全县实现了“三个增长”：地区生产总值48亿元，增长7.5%；一般公共预算收入3.2亿元，增长6%；"
            "农民人均可支配收入1.6万元，增长8%。\n今年，各乡镇各部门要紧盯目标，全年新开工亿元以上项目20个。\n")
    tasks = [t.text for t in luoshi.document_from_text(text).tasks]
    assert tasks == ["今年，各乡镇各部门要紧盯目标，全年新开工亿元以上项目20个。"]


def test_a_last_clause_saying_what_the_subject_has_makes_a_statement() -> None:
    assert not is_task_sentence("做好粮食安全工作，对于稳住经济大盘，具有十分重要的意义。", report=True)
    assert not is_task_sentence("提出这些目标，既体现了进取姿态，又保持了务实基调，具备现实可行的支撑条件。", report=True)
    # what the thing to be built will have is part of the task
    assert is_task_sentence("培育一批具有核心竞争力的链主企业，建设具备国际水准的检测中心。", report=True)


def test_a_sentence_opening_with_a_plan_period_already_over_reviews_it() -> None:
    text = ("政府工作报告\n——2026年1月20日在县第十届人民代表大会第一次会议上\n各位代表：\n一、2025年工作回顾\n全县完成投资90亿元。\n"
            "二、“十五五”时期的主要目标\n“十四五”时期，我县发展历程极不平凡、成就来之不易。\n"
            "“十五五”时期，要加快建成区域物流枢纽。\n")
    tasks = [t.text for t in luoshi.document_from_text(text).tasks]
    assert "“十五五”时期，要加快建成区域物流枢纽。" in tasks
    assert not any(t.startswith("“十四五”时期") for t in tasks)
    # and so does the rest of its paragraph, and a sentence that opens with 这五年
    text = text.replace("成就来之不易。\n", "成就来之不易。我们推动全县发展迈上新台阶，补齐一批民生短板。"
                        "这五年，县域经济实力大幅跃升。\n")
    tasks = [t.text for t in luoshi.document_from_text(text).tasks]
    assert tasks == ["“十五五”时期，要加快建成区域物流枢纽。"]


def test_an_announced_list_of_work_is_no_task() -> None:
    assert not is_task_sentence("今年县政府要突出抓好以下几项工作。", report=True)
    assert not is_task_sentence("为了使农民收入较快增长，还必须做好以下工作：", report=True)
    assert is_task_sentence("要抓好以下重点项目的前期工作，确保年内开工。", report=True)


def test_what_to_understand_is_no_task_and_an_inspection_office_leads() -> None:
    assert not is_task_sentence("要深刻认识到，优化营商环境是推动高质量发展的关键所在。", report=True)
    assert is_task_sentence("要认真落实认识到位、责任到位、措施到位的要求，确保安全生产。", report=True)
    from luoshi.extract.tasks import _lead

    sentence = "县委督查室、县政府督查室要加强跟踪督办，每季度通报一次进展情况。"
    assert _lead(sentence, sentence, 0, len(sentence)) == "县委督查室、县政府督查室"


def test_what_the_figures_are_estimated_to_show_is_no_task() -> None:
    assert not is_task_sentence("据初步估计，全县主要农产品的产量都超过了历史最高水平。", report=True)
    assert not is_task_sentence("据统计，全县规模以上企业达到320家。", report=True)
    assert is_task_sentence("根据统计调查制度，健全农产品产量调查体系。", report=True)


def test_a_maxim_opening_a_sentence_makes_it_rhetoric() -> None:
    assert not is_task_sentence("开放才有活力，合作方能共赢，我们要主动融入全国统一大市场。", report=True)
    assert is_task_sentence("落实首问负责制，做到群众来办事才有人接、有人管。", report=True)


def test_a_change_measured_against_a_time_gone_is_no_task() -> None:
    assert not is_task_sentence("同二〇一五年比较，全县供应的牛肉、禽蛋、蔬菜等副食品，都增长百分之三十以上。", report=True)
    # one that asks, or speaks of the year planned for, still sets a task
    assert is_task_sentence("同周边县市相比，我们要加快补齐交通基础设施短板。", report=True)


def test_what_would_follow_from_failing_is_no_task() -> None:
    assert not is_task_sentence("如果不加快建设现代化产业体系，我们就不能摆脱落后的局面。", report=True)
    assert not is_task_sentence("不抓好项目建设，就不可能实现赶超。", report=True)
    assert not is_task_sentence("基建规模过大，不仅会造成建材供应紧张，而且必然会挤占民生投入。", report=True)
    assert not is_task_sentence("靠扩大赤字搞建设，势必引发通货膨胀。", report=True)
    assert is_task_sentence("加快建设现代化产业体系，摆脱落后的局面。", report=True)


def test_a_state_that_persists_is_the_situation_not_a_task() -> None:
    assert not is_task_sentence("同时，外需复苏的基础仍然脆弱，贸易保护主义抬头，不确定因素依然很多。", report=True)
    assert is_task_sentence("加强风险研判，推动外贸保稳提质。", report=True)


def test_an_outlook_full_of_uncertainty_is_the_situation_not_a_task() -> None:
    assert not is_task_sentence("地缘冲突影响持续显现，全球贸易增长充满不确定性、不稳定性。", report=True)
    assert not is_task_sentence("外部环境复杂多变，市场需求充满变数和挑战。", report=True)
    assert is_task_sentence("完善预警机制，在充满挑战的环境中稳住外贸基本盘。", report=True)


def test_the_speakers_confidence_is_no_task() -> None:
    assert not is_task_sentence("困难再多，我们也有信心完成全年各项目标。", report=True)
    assert not is_task_sentence("放眼明天，全区上下有决心也有能力推动高质量发展取得新突破！", report=True)
    assert is_task_sentence("优化政务服务，让企业投资兴业更有信心。", report=True)
    assert not is_task_sentence("通过全县上下的密切合作，我们完全有力量、有办法同各种违法行为进行斗争，保障群众安全。", report=True)
    assert is_task_sentence("支持有条件的乡镇建设污水处理设施，年内新建5座。", report=True)


def test_a_view_the_speaker_answers_is_no_task() -> None:
    assert not is_task_sentence("有的同志担心，加快发展新兴产业会影响传统产业的稳定。", report=True)
    assert not is_task_sentence("或者有人认为，我们应当先把速度降下来，再抓质量。", report=True)
    assert is_task_sentence("有关部门要加快完善配套政策，确保年内落地。", report=True)


def test_a_question_mark_lost_in_transcoding_inside_a_name_ends_no_sentence() -> None:
    text = "二、2025年工作安排\n深化“书香满城?阅读悦心”全民阅读活动，打造书香城市。今年能否完成目标?关键在落实。\n"
    tasks = [t.text for t in luoshi.document_from_text(text, date="2025-01-20").tasks]
    assert "深化“书香满城?阅读悦心”全民阅读活动，打造书香城市。" in tasks


def test_the_more_the_more_is_a_stance_whatever_opens_it() -> None:
    assert not is_task_sentence("开放越是深入，越要守牢安全底线、增强风险意识。", report=True)
    assert not is_task_sentence("发展越向纵深推进，越要把稳方向、突出实效。", report=True)
    assert is_task_sentence("推动企业越做越大、越做越强，培育一批领军企业。", report=True)


def test_a_speechs_subtitle_before_its_salutation_and_a_proverbial_stance_are_no_tasks() -> None:
    text = ("在全县项目建设推进会上的讲话\n鼓足干劲、奋勇争先\n全力打好项目建设攻坚战\n同志们:\n"
            "今天召开这次会议，主要是部署下一阶段项目建设。\n"
            "行百里者半九十，愈接近目标愈困难，越是要坚持到最后。\n各乡镇要在月底前完成项目入库工作。\n")
    tasks = [t.text for t in luoshi.document_from_text(text).tasks]
    assert "全力打好项目建设攻坚战" not in tasks
    assert not any(t.startswith("行百里者") for t in tasks)
    assert "各乡镇要在月底前完成项目入库工作。" in tasks


def test_a_time_after_the_modal_does_not_hide_the_verb() -> None:
    assert is_task_sentence("各街道要在6月底前完成老旧小区改造摸底工作。")
    assert is_task_sentence("确保在年内建成投用。")
    assert not is_task_sentence("在这里，我讲三点意见。")


def test_a_last_clause_judging_a_harm_makes_a_statement() -> None:
    assert not is_task_sentence("全县人口多、底子薄，新增财力相当大的部分要用于保运转，很不利于民生改善。", report=True)
    assert is_task_sentence("清理不利于民营经济发展的政策措施，营造公平竞争环境。", report=True)


def test_verbs_of_keeping_and_applying_direct_and_a_verb_inside_what_something_is_does_not() -> None:
    for sentence in ("继续实行稳健的财政政策。", "切实维护劳动者的合法权益。", "搞好第五次全国经济普查。",
                     "处理好发展和安全的关系。", "坚决破除地方保护和市场分割。", "重点是加快建设现代化产业体系。"):
        assert is_task_sentence(sentence, report=True), sentence
    for sentence in ("高质量发展的基础条件更加坚实。", "维护社会稳定是各级政府的重要职责。",
                     "做好就业工作，是政府的重要职责，也是维护社会稳定所必需的。",
                     "要切实做到忠诚核心、拥戴核心、维护核心。"):
        assert not is_task_sentence(sentence, report=True), sentence


def test_a_planned_total_and_verbs_of_shouldering_and_preventing_make_tasks() -> None:
    text = "二、2026年重点工作\n新增充电桩5000个、累计达3万个，持续提升充电服务能力。\n"
    assert any(t.text.startswith("新增充电桩") for t in luoshi.document_from_text(text, date="2026-01-20").tasks)
    for sentence in ("坚决扛起粮食安全政治责任。", "全力防治松材线虫病。", "高水平建设国家级文化旅游示范区。",
                     "筹建市级计量测试中心。"):
        assert is_task_sentence(sentence, report=True), sentence


def test_a_fault_some_are_said_to_commit_is_no_task() -> None:
    assert not is_task_sentence("有的在推进项目的时候，不是深入调查研究，而是违反群众意愿，实行简单化的一刀切。", report=True)
    assert is_task_sentence("有的放矢推进精准招商，实行项目全周期服务。", report=True)


def test_what_will_change_along_with_something_is_no_task() -> None:
    assert not is_task_sentence("进入新阶段，产业结构、发展方式将发生深刻调整，全县发展的阶段性特征也将随之改变。", report=True)
    assert is_task_sentence("全面落实产业结构调整措施，发展方式加快转变。", report=True)


def test_a_shift_foreseen_from_one_side_is_no_task() -> None:
    assert not is_task_sentence("从发展动力看，将从依靠投资拉动，向依靠深化改革和科技创新转变。", report=True)
    assert is_task_sentence("从长远看，要加快建设区域物流枢纽。", report=True)


def test_what_recent_years_brought_is_no_task() -> None:
    sentence = "但发展基本面长期向好，近年来我县大力发展文旅产业、建设交通枢纽等积聚的发展动能日益强劲。"
    assert not is_task_sentence(sentence, report=True)


def test_a_figure_inside_a_statement_of_what_something_is_makes_no_task() -> None:
    sentence = "交通建设是全县五年规划的中心，而省里支持的十二条干线公路的建设，又是交通建设的中心。"
    assert not is_task_sentence(sentence, has_target=True, report=True)
    assert not is_task_sentence("明年新增粮食产能三亿斤，这是一个很大的数字。", has_target=True, report=True)
    assert is_task_sentence("新建干线公路十二条，打通区域物流中心。", has_target=True, report=True)


def test_an_item_after_a_title_run_on_into_it_is_a_row_of_its_own() -> None:
    text = ("在全镇工作会议上的讲话\n同志们：\n今天召开会议，部署2026年工作。\n"
            "一、突出重点、精准发力,推动各项工作开好局一是全力扩大有效投资。要抓好项目建设，新开工项目20个。\n"
            "二、加强组织领导\n要压实各级责任。\n")
    from luoshi.pipeline import document_from_text

    rows = [task.text for task in document_from_text(text).tasks]
    assert "一是全力扩大有效投资。" in rows
    assert not any(row.startswith("一、") for row in rows)


def test_a_heading_with_items_of_its_own_under_it_is_the_section_row_not_a_row() -> None:
    from luoshi.pipeline import document_from_text

    text = ("在全县工作会议上的讲话\n同志们：\n今天召开会议，部署2026年工作。\n一、认清形势\n当前机遇和挑战并存。\n"
            "二、突出重点，确保上半年实现“双过半”\n一要全力抓好项目建设。要新开工项目30个，要压实责任。\n"
            "二要狠抓招商引资。要引进项目10个，要优化服务。\n")
    rows = [task.text for task in document_from_text(text).tasks]
    assert not any(row.startswith("二、") for row in rows)
    assert "要新开工项目30个，要压实责任。" in rows


def test_an_example_told_of_one_place_is_no_task() -> None:
    sentence = "例如，某县有一个水泥厂，设计标准很高，花费投资三千万元，费时三年才建成投产；"
    assert not is_task_sentence(sentence, has_target=True, report=True)
    assert is_task_sentence("比如，针对中小企业融资难，要设立转贷基金。", report=True)
    assert rejected_by("例如，棉布的产量，比上一年增加将近三十万匹，增长百分之十；") == "example"
    assert rejected_by("例如，钢产量拟定为六百万吨，将比上年增长百分之十。") != "example"


def test_what_a_word_means_is_no_task_but_a_task_named_so_or_a_maxim_held_is() -> None:
    assert rejected_by("城乡一体化就是让城乡居民享有同等的公共服务。") == "meaning"
    assert rejected_by("首要任务就是培育壮大新兴产业。") is None
    assert rejected_by("坚持绿水青山就是金山银山理念，推进生态修复。") is None
    assert rejected_by("抓项目就是抓发展，要紧盯重大项目不放松。") is None


def test_what_something_needs_is_no_task_unless_the_sentence_goes_on_to_ask() -> None:
    assert rejected_by("乡村全面振兴离不开一支懂农业、爱农村的干部队伍。") == "necessity"
    assert rejected_by("产业发展离不开人才支撑，要加快引进高层次人才。") is None
    # the subject said first, what it depends on after a comma
    assert rejected_by("推进农业现代化的成效，最终取决于科技和人才的支撑。") == "necessity"
    assert rejected_by("县域经济的活力，也必定有赖于民营经济的壮大。") == "necessity"
    assert rejected_by("项目建设的成败，取决于前期工作，必须提前谋划选址。") is None


def test_a_rallying_cry_and_what_alone_makes_a_thing_possible_are_no_tasks() -> None:
    assert rejected_by("各级干部要同心同德，为建设富裕文明的新家乡而共同奋斗。") == "rally"
    assert rejected_by("坚持实干为先，方能行稳致远。") == "condition"
    assert rejected_by("要为返乡创业人员奋斗提供场地和贷款贴息。") is None


def test_what_a_thing_means_for_others_over_several_clauses_is_no_task() -> None:
    assert rejected_by("发展县域商业，对于扩大农村消费、带动农民增收，有着重要作用。") == "significance"
    assert rejected_by("要建设有重要意义的红色教育基地。") is None


def test_an_outlook_growing_brighter_and_a_spirit_to_keep_are_no_tasks() -> None:
    assert rejected_by("全县进入转型升级关键期，发展前景更加广阔。") == "outlook"
    assert not is_task_sentence("始终保持昂扬向上的精神状态，在工作中比担当、比贡献。")
    assert is_task_sentence("保持农业用地面积稳定，新建高标准农田5万亩。")


def test_five_years_in_a_report_on_the_plan_in_force_are_due_at_its_end() -> None:
    about_the_plan = "第一个五年计划的各项任务正在完成。" * 10
    text = f"关于发展国民经济的第一个五年计划的报告\n{about_the_plan}\n五年内，新建国营机械化农场九十一个。\n"
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="1955-07-05").tasks}
    assert due["五年内，新建国营机械化农场九十一个。"] == 1957


def test_what_a_course_leads_to_is_no_task() -> None:
    assert rejected_by("这样发展下去，只能使矛盾不断积累，大大增加化解风险的难度。") == "benefit"
    assert rejected_by("长此以往，必然损害群众利益。") is not None


def test_what_a_step_is_favourable_to_is_no_task() -> None:
    assert rejected_by("同时也有利于管理好通胀预期、提高金融支持经济发展的可持续性。") == "benefit"
    assert rejected_by("有利于兼顾国家、企业、个人三者的利益。") == "benefit"


def test_what_a_thing_named_before_can_do_is_no_task() -> None:
    assert rejected_by("它可以把国家的集中统一领导和企业的积极性结合起来，真正做到管而不死，活而不乱。") == "benefit"
    assert rejected_by("这种办法也可以带动周边农户增收。") == "benefit"
    assert is_task_sentence("要把国家的集中统一领导和企业的积极性结合起来，提高经济效益。")


def test_what_one_has_always_held_is_a_stance() -> None:
    assert rejected_by("我國人民一向關懷越南人民爭取民族獨立而進行的英勇鬥爭。") == "habit"
    assert rejected_by("中国一贯主张进行南北对话，加强南南合作。") == "habit"
    assert rejected_by("世界战争的危险依然存在，对此应当保持必要的警惕。") == "habit"
    assert rejected_by("我们历来重视粮食生产，今年要稳定粮食播种面积。") != "habit"  # it goes on to ask


def test_a_maxim_of_what_a_thing_takes_and_the_conditions_counted_on_are_no_tasks() -> None:
    assert rejected_by("绿色发展人人有责，贵在行动、成在坚持。") == "maxim"
    assert rejected_by("生态环保贵在行动、成在坚持，我们必须紧抓不松劲。") != "maxim"  # it goes on to ask
    assert rejected_by("我们有完成一九五九年计划的许多有利条件。") == "possession"


def test_what_a_sections_work_will_lend_said_to_close_it_is_no_task() -> None:
    assert rejected_by("我们将持续深耕人文沃土，充分激发文化创新创造活力，为强省建设提供强大精神力量。") == "rally"
    assert rejected_by("为中小企业提供融资担保服务。") is None


def test_political_judgement_to_raise_is_an_attitude() -> None:
    assert not is_task_sentence("要深刻领悟“两个确立”的决定性意义，不断提高政治判断力、政治领悟力、政治执行力。")
    assert is_task_sentence("着力提高政府执行力，推行“马上就办”工作机制。")


def test_what_the_staff_are_to_be_like_is_an_attitude() -> None:
    assert not is_task_sentence("大兴调查研究之风，更新发展观念，提高专业素养，全面提升推动高质量发展的能力水平。")
    assert not is_task_sentence("各级干部要旗帜鲜明讲政治，牢固树立正确政绩观，心无旁骛抓发展。")
    assert not is_task_sentence("坚持党的领导，坚定“四个自信”，做到“两个维护”，恪守“为人民服务”要求，"
                                "着力推进政府治理体系和治理能力现代化。")
    # a capacity built for a named job is a task
    assert is_task_sentence("提升应急救援能力水平，建成市级应急物资储备库。")


def test_the_spirit_rallied_is_an_attitude() -> None:
    assert not is_task_sentence("要坚持凝心聚力，以“心往一处想，劲往一处使”的协作心态，凝聚起全市上下团结奋斗的磅礴力量。")
    assert is_task_sentence("凝聚社会力量参与乡村振兴，组建乡贤理事会50个。")


def test_a_people_rallied_to_unite_is_no_task() -> None:
    assert rejected_by("全省各族人民要在党中央领导下，更加紧密地团结起来，争取现代化建设的新胜利。") == "rally"
    assert rejected_by("各族人民群众要积极参与森林防火，全年森林火灾受害率控制在0.9‰以内。") is None


def test_how_the_staff_are_to_work_is_an_attitude() -> None:
    assert not is_task_sentence("践行正确政绩观，为人民出政绩，以实干出政绩，自觉按规律办事，坚决防止急功近利、盲目蛮干。")
    assert is_task_sentence("践行正确政绩观，建立重大项目全过程跟踪评估制度。")


def test_the_values_held_are_an_attitude() -> None:
    assert not is_task_sentence("坚持把增进民生福祉作为根本价值取向，把群众满意作为根本衡量标准。")
    assert is_task_sentence("坚持把增进民生福祉作为根本价值取向，新建社区食堂30个。")


def test_vigilance_said_in_figures_is_an_attitude() -> None:
    assert not is_task_sentence("未来的路不会一帆风顺，我们要居安思危、见微知著，下好先手棋、打好主动仗，"
                                "不断为全市发展排雷除险、清障护航。")
    assert is_task_sentence("为重点项目建设保驾护航，开展涉企执法检查专项整治。")

def test_what_a_measure_is_good_for_is_no_task() -> None:
    text = ("二、今后的任务\n要把多余的职工调配到农场劳动，增加农业生产。对国家来说，可以增加生产，增加财富，"
            "于公于私，都有好处。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2023-01-20").tasks]
    assert tasks == ["要把多余的职工调配到农场劳动，增加农业生产。"]


def test_what_a_thing_is_twice_over_is_no_task() -> None:
    text = ("二、今后的任务\n要多渠道增加城乡居民收入。不断改善城乡人民生活，既是我们发展经济的出发点，"
            "也是扩大内需、促进经济持续增长的迫切需要。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2023-01-20").tasks]
    assert tasks == ["要多渠道增加城乡居民收入。"]


def test_where_the_country_stands_is_no_task() -> None:
    text = ("二、今后的任务\n我国正处在转变发展方式、优化经济结构的攻关期，结构性问题相互交织。"
            "要加快转变发展方式。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2020-01-20").tasks]
    assert tasks == ["要加快转变发展方式。"]


def test_what_a_task_is_the_basis_of_and_a_call_to_strive_for_are_no_tasks() -> None:
    text = ("二、今后的任务\n要稳定粮食生产。大力发展农业，保证农产品稳定增长，是控制物价上涨幅度，实现经济健康发展的基础。"
            "全县人民团结起来，为实现全面振兴的崇高目标而共同努力。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2023-01-20").tasks]
    assert tasks == ["要稳定粮食生产。"]


def test_a_sentence_announcing_the_goals_below_is_no_task() -> None:
    text = ("二、今后五年的目标\n未来五年，锚定建设先进制造基地的定位，细化举措，努力实现以下6个方面主要目标。\n"
            "要加快建设先进制造基地。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2026-01-20").tasks]
    assert tasks == ["要加快建设先进制造基地。"]


def test_what_the_year_is_is_no_task_with_a_comma_after_it() -> None:
    text = ("二、2021年工作任务\n今年，是“十四五”开局之年，做好今年的政府工作，意义特殊而重大。2021年，是建党一百周年。"
            "要加快建设现代产业体系。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2021-01-12").tasks]
    assert tasks == ["要加快建设现代产业体系。"]


def test_a_risk_named_as_not_to_be_ignored_is_no_task() -> None:
    text = ("二、今后五年的任务\n债务、房地产等经济领域风险累积，社会稳定与安全生产领域风险不容忽视。"
            "要加快化解地方政府债务风险。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2026-01-20").tasks]
    assert tasks == ["要加快化解地方政府债务风险。"]


def test_the_effort_the_goals_above_need_is_framing_not_a_task() -> None:
    text = ("二、今后的任务\n今年粮食产量要达到五千亿斤。因此，要达到上述指标，还必须作很大的努力。"
            "要加强农田水利建设。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="1955-07-05").tasks]
    assert tasks == ["今年粮食产量要达到五千亿斤。", "要加强农田水利建设。"]


def test_a_need_named_as_a_reason_is_no_task() -> None:
    assert not is_task_sentence("二是产业发展需要。", report=True)
    assert is_task_sentence("要严格控制一般性支出，保证重点支出需要。", report=True)


def test_a_paragraph_naming_its_problems_lists_them_until_it_asks() -> None:
    text = ("政府工作报告\n——2025年1月20日在县第十届人民代表大会第三次会议上\n各位代表：\n一、2024年工作回顾\n全县完成投资90亿元。\n"
            "二、2025年工作安排\n但是，全县发展中仍然存在一些突出矛盾和问题。产业转型升级步伐不快，项目建设难度加大；"
            "民生保障短板较多。\n乡镇机构改革取得进展，但还存在不少问题。必须进一步理顺乡镇职能，加快推进综合执法改革。\n")
    tasks = [t.text for t in luoshi.document_from_text(text).tasks]
    assert tasks == ["必须进一步理顺乡镇职能，加快推进综合执法改革。"]


def test_a_paragraph_telling_its_opportunities_tells_them_until_it_asks() -> None:
    text = ("政府工作报告\n——2026年1月20日在县第十一届人民代表大会第一次会议上\n各位代表：\n一、2025年工作回顾\n全县完成投资90亿元。\n"
            "二、“十五五”时期主要目标\n展望今后五年，各方面机遇交汇叠加。国家深入推进区域协调发展战略；在扩大内需背景下，"
            "实施城市更新、乡村建设等重大行动，将有利于我县拓展发展空间。我们将加快建设县城物流园区。\n")
    tasks = [t.text for t in luoshi.document_from_text(text).tasks]
    assert tasks == ["我们将加快建设县城物流园区。"]


def test_an_item_of_a_target_list_without_a_figure_is_a_task() -> None:
    text = ("二、2025年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；"
            "农村居民收入增长快于经济增长；空气质量稳居全省前列；城镇新增就业3000人以上。\n"
            "实现上述目标，需要我们付出艰苦努力。\n")
    texts = [t.text for t in luoshi.extract(text).tasks]
    assert "农村居民收入增长快于经济增长；" in texts
    assert "空气质量稳居全省前列；" in texts
    assert not any(t.startswith("实现上述目标") for t in texts)


def test_how_something_was_done_is_no_task_and_a_planned_manner_opens_one() -> None:
    assert not is_task_sentence("这次机构改革也是有准备有步骤地推进的。")
    assert not is_task_sentence("这些成绩是全县干部群众共同奋斗取得的。")
    assert is_task_sentence("要有计划、有步骤地推进县属国企改革。")
    assert is_task_sentence("有针对性地开展农民工技能培训。")


def test_a_figure_said_to_set_a_record_is_no_task_unless_something_is_asked() -> None:
    assert rejected_by("明年全县高校毕业生将达5200人，为历史最高。") == "record"
    assert is_task_sentence("力争粮食产量达到50万吨，创历史新高。", True)
    assert is_task_sentence("今年高校毕业生5200人，再创历史新高，要促进多渠道就业。", True)


def test_a_ban_is_a_directive_and_what_was_not_done_is_none() -> None:
    assert is_task_sentence("严禁违规新增隐性债务，严防虚假化债。")
    assert is_task_sentence("未经论证的项目，一律不得列入年度计划，更不准仓促开工。")
    assert not is_task_sentence("由于资金不足，当时不得不压缩建设规模。")
    assert not is_task_sentence("旧政府只顾搜刮百姓，没有建立起什么工业。")
    assert is_task_sentence("没有完成的项目要加快完成。")


def test_a_work_said_never_to_end_is_no_task_unless_the_sentence_goes_on() -> None:
    assert rejected_by("保障和改善群众生活永远在路上。") == "endless"
    assert not is_task_sentence("乡村振兴只有进行时，没有完成时。")
    assert is_task_sentence("作风建设永远在路上，要持续加强干部队伍纪律建设。")


def test_greater_significance_is_no_task_and_items_told_by_yi_tiao_shi_are() -> None:
    assert rejected_by("在这种形势下，同周边国家发展友好合作，有更加重大的现实意义。") == "significance"
    assert rejected_by("会议认为，报告提出的加强基层民主的各项措施，对于巩固基层政权，有着极重要的意义。") == "significance"
    assert is_task_sentence("整顿的关键是两条。", report=True) is False
    assert is_task_sentence("一条是配强基层班子，一条是制定以节能为重点的改造规划，明确企业发展方向。", report=True)


def test_a_forecast_and_what_a_work_bears_on_are_no_tasks() -> None:
    assert rejected_by("预计到明年底，全县农村就将基本普及自来水。") == "forecast"
    assert rejected_by("预计全年减税降费约20亿元，其中留抵退税约8亿元。") != "forecast"
    assert rejected_by("推进乡村振兴，是县委提出的重大任务，事关全县发展全局。") == "significance"



def test_a_year_in_the_name_of_a_document_to_issue_is_no_deadline() -> None:
    text = ("一、2024年工作回顾\n全县经济增长6%。\n二、2025年工作安排\n"
            "出台全县2030年碳达峰行动方案，编制2035年国土空间总体规划。\n到2030年全县实现碳达峰。\n")
    found = {t.text: t.deadline_year for t in luoshi.extract(text).tasks}
    assert found["出台全县2030年碳达峰行动方案，编制2035年国土空间总体规划。"] == 2025
    assert found["到2030年全县实现碳达峰。"] == 2030


def test_a_sentence_that_announces_the_following_aspects_is_no_task() -> None:
    assert rejected_by("《纲要草案》提出一系列重大战略任务和重大工程项目，主要体现在以下方面。") == "agenda"
    assert rejected_by("完成今年全县各项目标任务，必须把握好以下原则和政策取向。") == "agenda"
    assert is_task_sentence("全面落实以下原则要求的各项措施，推进营商环境改革。")
    assert rejected_by("为了推动改革稳步前进，有必要在以下几个问题上把大家的认识统一起来。") == "agenda"
    assert rejected_by("做好今后五年的工作必须遵循以下原则：坚持人民至上。") == "agenda"


def test_what_would_happen_is_no_task_but_a_task_with_its_warning_is() -> None:
    assert rejected_by("我县人口多，如果都去抢购某种商品，市场就会出现供应紧张。") == "condition"
    assert is_task_sentence("必须加强市场监管，决不能放任哄抬物价，否则就会损害群众利益。")


def test_a_forecast_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("预估今年全县工业产值可有50亿元净增量，有条件支撑预期目标实现。") == "forecast"
    assert rejected_by("今年计划增长5%，预计可以达到7%。") == "forecast"
    assert is_task_sentence("预计今年高校毕业生超过3万人，要强化促进青年就业政策举措。")


def test_only_if_this_then_that_is_a_statement_of_need_not_a_task() -> None:
    assert rejected_by("抓好落实，只有充分调动干部群众的积极性，才能干一件成一件，扎实推进各项工作。") == "condition"
    assert is_task_sentence("要充分调动干部群众的积极性，确保干一件成一件。")


def test_a_result_not_reached_is_no_task() -> None:
    assert not is_task_sentence("但是，有不少的乡镇并没有完成计划，有的没有完成产值指标；", report=True)
    assert is_task_sentence("全年粮食产量达到50万吨。", report=True)


def test_a_fault_some_are_given_to_is_no_task() -> None:
    assert rejected_by("有的地方热衷于搞华而不实的“形象工程”，市政建设盲目追求高档次；") == "opinion"


def test_what_a_task_takes_is_no_task_but_a_soft_directive_is() -> None:
    assert rejected_by("实现今年预期目标并非易事，需要各方面齐心协力、加倍努力。") == "what_it_takes"
    assert rejected_by("铸牢中华民族共同体意识，需要春风化雨、久久为功。") == "what_it_takes"
    assert rejected_by("推动产业升级，需要加强要素保障。") is None


def test_what_a_thing_can_bring_is_no_task() -> None:
    assert rejected_by("提高全民的文化素质，可以为经济社会的发展提供持久的动力。") == "significance"
    assert rejected_by("建设城市地下管网，不仅可以扩大当前投资，还可以增强城市发展的后劲。") == "significance"
    assert rejected_by("有条件的地方，可以试行住房租赁补贴。") is None
    assert rejected_by("国家区域发展规划的实施，将有力推动我市加快发展。") == "significance"


def test_the_time_and_the_cost_a_thing_takes_is_no_task_unless_something_is_asked() -> None:
    assert rejected_by("掌握新的管理方法，不但要有一定的时间，而且可能要付出一定的代价。") == "what_it_takes"
    assert rejected_by("掌握新的管理方法要付出一定的代价，必须加强培训。") is None


def test_what_would_follow_if_something_were_done_is_no_task() -> None:
    assert rejected_by("单就钢材来说，如果适当地压缩库存，就可使周转数量减少三分之一左右。") == "condition"


def test_a_question_posed_is_no_task() -> None:
    assert rejected_by("如何化解落后产能，加快传统产业改造提升，形成持久竞争力；") == "question"


def test_what_everyone_knows_is_no_task() -> None:
    assert rejected_by("但是大家知道，我们根本不需要搞什么“大拆大建”。") == "known"


def test_what_is_done_for_whom_said_with_the_preposition_first_is_a_task() -> None:
    assert is_task_sentence("九是为既有住宅加装电梯300部。", report=True)
    assert is_task_sentence("二是对新生儿参加居民医保个人缴费部分给予全额补助。", report=True)
    assert is_task_sentence("向中度以上失能老年人发放养老服务消费补贴。", report=True)
    assert not is_task_sentence("对于计划的许多细节还在进行补充和修订。", report=True)


def test_a_resolve_to_reach_every_goal_is_no_task() -> None:
    assert rejected_by("我们必须以只争朝夕的干劲、敢为人先的闯劲，奋力实现各项发展目标。") == "all_goals"
    assert rejected_by("我们要制定年度计划，确保完成各项目标任务。") is None


def test_what_a_period_is_is_no_task() -> None:
    assert rejected_by("“十五五”时期是全县夯实基础、全面发力的关键时期，也是补齐短板的重要窗口期。") == "period"
    assert rejected_by("今后的五年，是落实全会精神，实现新旧动能转换的关键性五年。") == "period"
    assert rejected_by("要抓住今后五年这一关键时期，加快建设现代化产业体系。") is None


def test_a_judgement_that_a_course_is_needed_is_no_task() -> None:
    assert rejected_by("在抓好建设的同时，适当控制支出规模，这是完全必要的。") == "judgement"
    assert rejected_by("这种改革和调整是经常需要的。") == "judgement"
    assert rejected_by("要加强必要的监督检查。") is None


def test_what_a_course_is_said_alone_is_no_task() -> None:
    assert rejected_by("完善城乡社会救助体系是一项长期的系统工程。") == "undertaking"
    assert rejected_by("整治农村人居环境是一场攻坚战斗。") is None  # no kind of undertaking named
    assert rejected_by("深化医药卫生体制改革是一项艰巨任务，必须统筹推进。") is None
    assert rejected_by("要把乡村振兴作为一项重大工程来抓。") is None


def test_an_outcome_reckoned_if_a_condition_holds_is_no_task() -> None:
    assert rejected_by("明年的粮食计划如果完成，全县粮食产量将达到60万吨。") == "outcome_if"
    assert rejected_by("地方政府专项债券如果使用得当，不会加重企业负担。") == "outcome_if"
    assert rejected_by("如果完不成年度任务，要追究有关单位的责任。") is None
    assert rejected_by("各地如果发现安全隐患，必须立即整改到位。") is None


def test_what_a_matter_bears_on_is_no_task_unless_the_sentence_asks() -> None:
    assert rejected_by("粮食安全关乎国计民生，也关乎社会稳定，其核心是要稳住面积。") == "stakes"
    assert rejected_by("办好农村教育，事关千家万户。") == "stakes"
    assert rejected_by("安全生产事关群众生命财产安全，我们一定要压实各方责任。") is None
    assert rejected_by("攻克一批事关产业安全的关键技术。") is None
    assert rejected_by("加快推进一批事关全局的重大项目。") is None
    assert rejected_by("处理好政府与市场的关系。") is None


def test_what_is_still_there_is_no_task_unless_the_sentence_asks() -> None:
    assert rejected_by("局部冲突的风险依然存在，但合作的力量也在不断壮大。") == "persisting"
    assert rejected_by("城乡差距仍然存在，要加快补齐农村短板。") is None


def test_what_is_very_evident_is_no_task_unless_the_sentence_asks() -> None:
    assert rejected_by("很显然，降低建设成本，也将节约出一大笔资金。") == "evident"
    assert rejected_by("很显然，成本太高，必须降低建设成本。") is None


def test_a_welcome_to_others_is_no_task_unless_the_speaker_goes_on_to_ask() -> None:
    assert rejected_by("我们诚挚欢迎各地青年来我县就业创业，共同书写乡村振兴新篇章。") == "welcome"
    assert rejected_by("我们热忱欢迎各类企业来县投资，同时要持续优化营商环境。") is None
    assert rejected_by("欢迎群众参与监督。") is None


def test_what_a_standard_or_a_mark_is_is_no_task() -> None:
    assert not is_task_sentence("依法行政的基本标准，是严格执行法律法规，严格遵守法定程序。", report=True)
    assert not is_task_sentence("学校办得好的标志，是学生全面发展、教师安心从教。", report=True)
    assert is_task_sentence("财税体制改革的重点，是健全公共财政体系，完善转移支付制度。", report=True)


def test_a_question_the_speaker_poses_is_no_task() -> None:
    assert not is_task_sentence("为了完成今年的计划，我们应当注意些什么问题呢？", report=True)
    assert not is_task_sentence("是否可以减少基建投资，增加民生投入呢？", report=True)
    assert is_task_sentence("要减少基建投资，增加民生投入。", report=True)


def test_a_conclusion_drawn_and_a_trend_under_way_are_no_tasks() -> None:
    assert not is_task_sentence("事实表明，要使各项改革落地见效，必须持续加大工作力度。", report=True)
    assert not is_task_sentence("随着城际铁路深入推进，基础设施共建，公共服务共享，我市的区位优势正加速转变为产业集聚优势，"
                                "尤其是人才的导入有利于弥补发展短板、注入持续动力。", report=True)
    # 随着… that goes on to say what to do stays a task
    assert is_task_sentence("随着财力的增长，要逐步提高城乡低保标准。", report=True)
    assert is_task_sentence("随着园区扩容，同步建设配套的污水处理设施。", report=True)


def test_a_resolve_to_start_well_is_no_task_but_a_task_that_ends_with_it_stays() -> None:
    assert not is_task_sentence("全县上下要增强必胜信心，顶住压力，站稳脚跟，确保新年度迈好第一步。", report=True)
    assert is_task_sentence("加快建设县城南部新区，确保“十五五”开好局、起好步。", report=True)


def test_what_a_third_party_does_is_no_task() -> None:
    assert not is_task_sentence("他们一面高喊和平，一面加紧扩军备战，建立军事基地。", report=True)
    assert is_task_sentence("它们不应当把主要注意力放在产值上，而应当大力发展第三产业。", report=True)


def test_a_course_judged_clear_or_feasible_and_what_it_is_for_are_no_tasks() -> None:
    assert not is_task_sentence("我们推进乡村振兴的总体思路也是明确的。", report=True)
    assert not is_task_sentence("扩投资更是为了稳就业，既要保障重点群体就业，又要增加群众收入。", report=True)


def test_a_topic_an_ordinal_opens_is_no_task_but_one_that_asks_stays() -> None:
    assert not is_task_sentence("第三，城乡建设的规划问题。", report=True)
    assert is_task_sentence("第三，切实解决好城乡建设的规划问题。", report=True)


def test_the_spirit_asked_for_in_stock_phrases_is_no_task() -> None:
    assert not is_task_sentence("我们要深刻把握高质量发展这个首要任务，以更加强烈的使命感，拿出干事创业的样子来，"
                                "扎扎实实办好全县自己的事情。", report=True)
    assert is_task_sentence("我们要扎扎实实办好全县自己的事情，年内建成县第二人民医院。", report=True)


def test_resolve_said_in_stock_phrases_is_no_task_but_a_deliverable_after_it_stays() -> None:
    assert not is_task_sentence("我们必须坚持改革不停顿、开放不止步，敢啃“硬骨头”，以实际行动迎接建县70周年。", report=True)
    assert not is_task_sentence("坚持民生为大，切实把好事办实、实事办好。", report=True)
    assert is_task_sentence("坚持民生为大，年内新建中小学5所。", report=True)


def test_what_we_have_to_count_on_is_no_task() -> None:
    assert not is_task_sentence("同时，我们具备加快发展的良好基础和诸多有利条件。", report=True)


def test_a_charge_said_to_lie_before_everyone_is_no_task() -> None:
    assert not is_task_sentence("推动县域经济高质量发展的历史重任，更加突出地摆在全县干部群众面前。", report=True)


def test_what_a_thing_hinges_on_and_what_this_can_bring_are_no_tasks() -> None:
    assert not is_task_sentence("保障供水安全的要害是水源和管网。", report=True)
    assert not is_task_sentence("这不但可以增加农民收入，而且可以带动加工业的发展。", report=True)


def test_a_state_of_mind_and_a_government_people_trust_are_no_tasks() -> None:
    assert not is_task_sentence("全县上下要始终保持昂扬向上、奋发有为的精神状态，以舍我其谁的使命担当，"
                                "努力建设人民满意的服务型政府。", report=True)
    assert is_task_sentence("全县上下要始终保持奋发有为的精神状态，年内完成政务服务中心搬迁。", report=True)


def test_a_report_presenting_a_five_year_plan_dates_its_tasks_at_the_plan_end() -> None:
    about_the_plan = "第七个五年计划的各项指标经过反复测算。" * 10
    opening = "各位代表：\n现在，我代表国务院，作关于国民经济和社会发展第七个五年计划的报告，请审议。\n"
    text = f"{opening}{about_the_plan}\n要大力发展乡镇企业，积极推进农村产业结构调整。\n"
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="1986").tasks}
    assert due["要大力发展乡镇企业，积极推进农村产业结构调整。"] == 1990
    plain = f"各位代表：\n现在，我代表国务院，向大会报告政府工作。\n{about_the_plan}\n要大力发展乡镇企业，积极推进农村产业结构调整。\n"
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(plain, date="1986").tasks}
    assert due["要大力发展乡镇企业，积极推进农村产业结构调整。"] == 1986


def test_a_spirit_kept_whose_words_are_listed_is_no_task() -> None:
    assert not is_task_sentence("对待工作，我们要始终保持只争朝夕、真抓实干、奋发有为的工作状态。", report=True)
    assert is_task_sentence("我们要始终保持真抓实干的工作状态，年内建成县医院新院区。", report=True)


def test_a_shortfall_stated_is_no_task_but_its_remedy_is() -> None:
    assert not is_task_sentence("技术改造投入不足，而相当一部分改造资金又被挪作他用。", report=True)
    assert is_task_sentence("要逐步改变投资率偏高、消费率偏低的状况。", report=True)
    # a measure said to be low, whatever verb its name holds (覆盖率: not 覆盖, an act)
    assert not is_task_sentence("全县林地面积小，森林覆盖率低，水土流失严重。", report=True)
    assert is_task_sentence("要提高森林覆盖率，扭转覆盖率低的局面。", report=True)


def test_a_year_the_work_lays_ground_for_is_no_deadline() -> None:
    text = "二、2026年工作安排\n要抓好产业项目建设，全面提升县域经济实力，为2035年基本实现现代化奠定坚实基础。\n"
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2026-02-03").tasks}
    assert due["要抓好产业项目建设，全面提升县域经济实力，为2035年基本实现现代化奠定坚实基础。"] == 2026
    text = "二、2026年工作安排\n力争新材料产业产值超50亿元，为力争在2030年打造百亿级产业集群打下坚实基础。\n"
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2026-02-03").tasks}
    assert due["力争新材料产业产值超50亿元，为力争在2030年打造百亿级产业集群打下坚实基础。"] == 2026


def test_a_standard_pledged_is_no_task() -> None:
    assert not is_task_sentence("对标最高，锚定最优，以敢打敢拼的闯劲，争创新时代“第一等的工作”。", report=True)
    assert is_task_sentence("对标最高标准，年内建成政务服务中心。", report=True)


def test_a_stance_on_other_nations_cause_is_no_task_but_our_own_aid_is() -> None:
    assert rejected_by("中国坚决支持发展中国家维护民族独立的正义斗争。") == "stance"
    assert rejected_by("中国支持发展中国家发展民族经济，今年向受灾国家提供紧急人道主义援助。") is None


def test_the_nations_course_among_nations_is_no_task() -> None:
    assert rejected_by("我们将同世界各国人民一道，推动建立公正合理的国际秩序，维护世界和平。") == "foreign"
    assert rejected_by("今年要扩大同周边国家的经贸合作，新开通国际货运航线3条。") is None
    assert rejected_by("我们愿意在平等互利的基础上，同世界上一切国家发展友好关系。") == "foreign"


def test_where_the_years_work_looks_is_framing_not_a_task() -> None:
    assert rejected_by("今年全县经济工作的基本着眼点，是稳住工业、扩大消费，防止经济出现大的波动。") == "framing"
    assert rejected_by("今年的主要着力点是稳就业、保民生、促发展。") == "framing"
    assert rejected_by("把工作的着力点放在实体经济上，新培育规上企业30家。") is None


def test_the_creed_of_serving_the_people_is_no_task() -> None:
    assert not is_task_sentence("坚持以人民为中心的发展思想，把群众的小事当成大事，坚定走好新时代党的群众路线。", report=True)
    assert is_task_sentence("坚持以人民为中心的发展思想，年内新建社区食堂20个。", report=True)


def test_attention_asked_for_is_no_task() -> None:
    assert not is_task_sentence("最近暴露出一些工程质量问题，给群众造成损失，必须引起高度重视。", report=True)
    assert is_task_sentence("工程质量问题必须引起高度重视，年内完成在建工程质量大检查。", report=True)


def test_how_one_faces_the_work_is_no_task() -> None:
    assert not is_task_sentence("我们要勇于担当，敢于碰硬，遇到矛盾不绕、面对困难不躲、解决问题不拖。", report=True)
    assert is_task_sentence("要解决群众反映的停车难问题，年内新增停车位500个。", report=True)


def test_what_finishing_a_plan_will_bring_is_no_task() -> None:
    assert not is_task_sentence("圆满完成三年行动计划，将使全县的交通条件得到根本改善。", report=True)
    assert is_task_sentence("圆满完成三年行动计划，全面改善全县的交通条件。", report=True)
    assert is_task_sentence("完成改造任务，将使用率提高到90%。", report=True)


def test_what_a_change_will_bring_is_no_task() -> None:
    assert not is_task_sentence("机构的改革，对于振奋干部的精神，改善领导作风，都将产生极大的推动作用。", report=True)
    assert is_task_sentence("深化机构改革，转变干部作风。", report=True)


def test_what_one_faces_is_no_task() -> None:
    assert not is_task_sentence("加快转型发展，我们既面临着难得的机遇，又面临着严峻的挑战。", report=True)
    assert not is_task_sentence("同时，我们也面临需求收缩、深化改革任务艰巨等困难和挑战。", report=True)
    assert is_task_sentence("要正视面临的困难，加快转型发展。", report=True)


def test_a_maxim_of_the_first_force_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("人才是第一资源，县域发展必须依靠人才。") == "first_force"
    assert rejected_by("科技是第一生产力。") == "first_force"
    assert is_task_sentence("人才是第一资源，要实施青年人才集聚行动，新引进高校毕业生3000人。")
    assert is_task_sentence("坚持创新是第一动力，建设省级科技创新平台10个。")


def test_a_hard_situation_and_an_opportunity_coming_are_no_tasks() -> None:
    assert rejected_by("明年，全县发展面临的形势依然十分复杂。") == "persisting"
    assert rejected_by("随着高速公路建成通车，我县正迎来难得的发展机遇。") == "opportunity"
    assert rejected_by("省里加大支持，我们在交通建设、产业培育等方面有更多发展契机。") == "opportunity"
    assert is_task_sentence("外部环境依然十分严峻，要做好应对准备。")
    assert rejected_by("我们也清醒看到，全县基层治理水平还有不小差距。") == "persisting"
    assert is_task_sentence("对照群众期盼还有较大差距，要加快补齐养老服务短板。")
    assert is_task_sentence("抓住发展机遇，加快建设物流园区。")


def test_the_world_s_state_and_a_figure_reckoned_another_way_are_no_tasks() -> None:
    assert rejected_by("世界经济增长动力不足，保护主义抬头。") == "world"
    assert rejected_by("如果加上县级配套资金，则全年投入增长18%。") == "reckoning"
    assert is_task_sentence("外部环境复杂多变，要稳住外贸基本盘。")
    assert is_task_sentence("如果项目前期工作完成，则要力争年内开工。")


def test_how_things_stand_to_this_day_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("直到现在，不少乡镇的污水处理率仍低于全省平均水平。") == "to_this_day"
    assert is_task_sentence("直到现在，不少乡镇污水处理率偏低，要加快建设乡镇污水处理设施。")


def test_opportunities_and_risks_standing_together_are_the_setting_not_a_task() -> None:
    assert rejected_by("展望未来五年，我县发展环境面临深刻变化，机遇和挑战并存。") == "setting"
    assert is_task_sentence("推动文化和旅游深度交融，打造文旅融合示范区。")


def test_a_reason_given_first_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("因为小型水库分散、投资少，建设较易，可以组织村民分头修建。") == "reason"
    assert rejected_by("正因为这样，各乡镇都负有完成年度计划的责任。") == "reason"
    assert not is_task_sentence("因为小型水库分散、投资少，建设较易，可以组织村民分头修建。")
    assert is_task_sentence("因为汛期临近，必须在五月底前完成水库除险加固。")


def test_a_figure_reckoned_roughly_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("按照全县的粮食产量大体计算，新增产量中约有六成来自高标准农田。") == "estimate"
    assert is_task_sentence("按照全县的粮食产量大体计算，新增产量约六成来自高标准农田，要继续加快高标准农田建设。")


def test_what_is_said_to_be_evident_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("很明显，发展县域经济和增加农民收入是互相一致的。") == "evident"
    assert is_task_sentence("毫无疑问，县域经济是短板，必须加快培育主导产业。")


def test_figures_read_as_done_with_nothing_asked_are_no_task() -> None:
    import luoshi

    text = ("各位代表：\n一、伟大的转变\n从去年三月到现在，已经一年多了。\n在经济方面，形势正在迅速好转，粮食生产仍然夺得了"
            "丰收。这两年中，水泥由四千万吨增加到六千万吨，增长百分之五十；原盐由一千万吨增加到一千五百万吨，增长百分之五十。\n"
            "二、今年的任务\n今年要使水泥增长百分之十。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="1979").tasks]
    assert tasks == ["今年要使水泥增长百分之十。"]


def test_a_spirit_called_up_is_no_task_unless_it_names_a_deliverable() -> None:
    assert rejected_by("激发干事创业的活力，一往无前、奋发有为，不断开创工作新局面。") == "spirit"
    assert is_task_sentence("发扬艰苦奋斗的精神，确保到2027年建成20个美丽乡村示范村。")


def test_the_case_for_a_target_is_no_task() -> None:
    assert rejected_by("6%左右的预期增长目标与全县发展潜力基本吻合，与现实条件基本匹配。") == "rationale"
    assert is_task_sentence("实现6%左右的增长目标，要加快重大项目建设。")


def test_a_good_start_pledged_with_the_spirit_is_no_task() -> None:
    assert not is_task_sentence("我们要大力弘扬敢闯敢干的精神，始终保持奋勇争先的干劲，开拓创新、砥砺奋进，"
                                "努力实现“十五五”发展良好开局，奋力谱写高质量发展新篇章！", report=True)
    assert is_task_sentence("加快建设产业园区，努力实现“十五五”发展良好开局。", report=True)


def test_how_the_nation_acts_among_nations_is_no_task() -> None:
    assert not is_task_sentence("在国际事务中，坚持公平正义，推动对话协商；", report=True)
    assert is_task_sentence("在国际事务中心建设上，加快完成一期工程。", report=True)


def test_the_lead_a_parenthesis_names_leads() -> None:
    text = "二、今年工作安排\n1.新建城市书房12个，提升公共文化服务水平（牵头单位：县文旅局、县财政局）。\n"
    tasks = luoshi.document_from_text(text, date="2026-02-04").tasks
    assert [t.lead for t in tasks] == ["县文旅局"]


def test_what_the_figures_before_show_is_no_task() -> None:
    assert not is_task_sentence("这就表明，明年将是全县农机工业得到新的发展的一年，农机制造中的薄弱环节，将由此得到加强，"
                                "全县发展农业所需要的大型农机，就将更多地由县内供应。", report=True)
    assert is_task_sentence("这说明，差距仍然不小，必须加快补齐农村公路短板。", report=True)


def test_what_would_follow_if_something_were_so_and_the_nation_with_all_others_are_no_tasks() -> None:
    assert not is_task_sentence("如果每户每年节约一百度电，全县就需要少建一座变电站。", report=True)
    assert not is_task_sentence("中国愿同世界各国扩大相互开放，实现互利共赢。", report=True)
    assert is_task_sentence("我们要加快建设全县物流园区，扩大对外开放。", report=True)


def test_the_only_way_said_to_be_open_is_no_task() -> None:
    assert not is_task_sentence("我市发展到现在这个阶段，不靠科技创新没有出路。", report=True)
    assert is_task_sentence("要找准转型出路，加快发展新兴产业。", report=True)


def test_what_something_is_named_after_a_comma_is_no_task() -> None:
    assert not is_task_sentence("我们发展县域经济的基本思路是清楚的，这就是抓住特色产业、壮大龙头企业。", report=True)
    assert not is_task_sentence("在推进城镇化的过程中，还有一个必须重视的问题，这就是如何安置好进城农民。", report=True)
    assert is_task_sentence("这就是说，要保证全县城乡居民的饮水需要。", report=True)  # restates what to do


def test_the_words_before_a_reason_decide() -> None:
    assert not is_task_sentence("在电力供应还不能保证以前，增加冶炼项目的投资，是不能发挥效益的，因为缺电，即使厂房建成也不能开工。",
                                report=True)
    assert not is_task_sentence("豆制品、糕点等产品的产量，因为原料增加比较少，有的增长就慢些。", report=True)
    assert is_task_sentence("要定期召开群众会，及时解决群众反映的问题，因为只有问题暴露出来，才能得到解决。", report=True)


def test_a_sentence_naming_only_past_years_and_asking_nothing_is_no_task() -> None:
    text = ("二、2026年工作安排\n推广先进经验。2024年全乡玉米的亩产都超过历史最高水平。"
            "深入贯彻落实2024年全县农业工作会议精神。力争粮食产量比2024年增长3%。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, title="某县政府工作报告", date="2026-01-10").tasks]
    assert not any(t.startswith("2024年全乡") for t in tasks)  # what was done that year: an example
    assert any(t.startswith("深入贯彻落实2024年") for t in tasks)  # the work goes on
    assert any(t.startswith("力争粮食产量") for t in tasks)  # a year compared with is no year told of


def test_a_stance_among_nations_is_no_task() -> None:
    assert not is_task_sentence("我们坚决支持非洲人民的反侵略斗争。", report=True)
    assert not is_task_sentence("我们主张实现有效裁军和军备控制。", report=True)
    assert is_task_sentence("我们支持民营企业参与重大项目建设，今年引进项目50个。", report=True)
    assert is_task_sentence("支持外贸企业开拓国际市场。", report=True)


def test_strengths_listed_clause_after_clause_are_no_task() -> None:
    assert not is_task_sentence("县域经济活跃，商贸物流发达，生态优势突出，发展基础坚实。", report=True)
    assert is_task_sentence("用足用好我县交通区位优越、生态资源富集的优势，加快发展文旅产业。", report=True)


def test_what_a_thing_depends_on_is_no_task() -> None:
    assert not is_task_sentence("发展县域经济靠项目、靠人才。", report=True)
    assert not is_task_sentence("优化营商环境既要靠制度，更要靠服务。", report=True)
    assert is_task_sentence("构建安全可靠的农村供水保障网。", report=True)  # 可靠 is no 靠
    assert is_task_sentence("要依靠群众，加强基层社会治理。", report=True)


def test_a_judgement_that_it_should_and_can_be_is_no_task() -> None:
    assert not is_task_sentence("因此，改革的步伐有必要也有可能适当加快。", report=True)
    assert not is_task_sentence("我县内需潜力巨大，扩大消费既有必要也有可能，关键是找准发力点。", report=True)
    assert is_task_sentence("扩大有效投资既有必要也有可能，要加快推进重大项目建设。", report=True)  # it goes on to ask


def test_how_a_thing_looks_judged_from_what_is_seen_is_no_task() -> None:
    assert not is_task_sentence("这项分工是按当时条件确定的，现在看来仍然是合适的。", report=True)
    assert not is_task_sentence("根据几个县的调查材料看来，新建灌区在头两年内，如果管理得好，一般可以增产两成左右。", report=True)
    # a view that goes on to ask is a task
    assert is_task_sentence("从这次检查的情况看来，我们应该加强对基层的业务指导。", report=True)


def test_a_long_run_goal_is_due_in_no_year_of_its_part() -> None:
    text = ("二、今后五年的任务\n要加快建设先进制造基地。"
            "乡镇机构改革的长远目标，是按照精简、统一、效能的原则，逐步建立运转协调的基层管理体制。\n")
    by_text = {t.text: t for t in luoshi.document_from_text(text, date="2026-01-20").tasks}
    assert by_text["要加快建设先进制造基地。"].deadline_year == 2030
    assert by_text["乡镇机构改革的长远目标，是按照精简、统一、效能的原则，逐步建立运转协调的基层管理体制。"].deadline_year is None


def test_what_is_welcome_in_what_is_seen_is_no_task() -> None:
    assert not is_task_sentence("令人欣慰的是，越来越多的企业主动开展技术改造，努力提升产品质量。", report=True)
    assert not is_task_sentence("可喜的是，全县各乡镇积极行动，推动人居环境持续改善。", report=True)
    assert is_task_sentence("积极开展技术改造，努力提升产品质量。", report=True)


def test_the_conditions_a_push_brings_are_no_task() -> None:
    assert not is_task_sentence("在“长江经济带”战略的带动下，我县区位优势、要素成本等有利条件进一步彰显，产业吸引力不断增强。",
                                report=True)
    assert is_task_sentence("在龙头企业带动下，力争新增就业岗位5000个。", report=True)  # it asks for something


def test_what_the_figures_before_are_or_bring_is_no_task() -> None:
    assert not is_task_sentence("这个增长速度比上一个五年实际达到的速度低一些。", report=True)
    assert not is_task_sentence("这个增长速度是指导性的，各县情况不同，有的增长速度可能高一点。", report=True)
    assert is_task_sentence("这个增长速度必须努力争取实现。", report=True)  # it asks for it


def test_a_figure_or_plan_judged_is_no_task() -> None:
    assert not is_task_sentence("本规划纲要提出的年均增长速度是积极的，也是留有余地的，执行中可能超过。", report=True)
    assert not is_task_sentence("今年的预期目标是积极稳妥的。", report=True)
    assert is_task_sentence("这个计划是积极可行的，各部门要抓紧落实。", report=True)  # it asks for it


def test_figures_reckoned_another_way_are_no_task() -> None:
    text = ("二、一九八一年的国民经济计划\n为了反映当前工农业生产水平的实际情况，决定从一九八一年开始，在计算工业和农业的总产值的时候，"
            "采用一九八〇年的不变价格。如果仍然按照一九七〇年的不变价格计算，一九八一年的工业总产值则为五千二百亿元，"
            "农业总产值则为二千一百亿元。\n")
    assert not any(t.text.startswith("如果") for t in luoshi.document_from_text(text, date="1981").tasks)
    assert is_task_sentence("如果按照新口径计算，要加快推进统计制度改革。", report=True)  # it asks for something
    # a result judged by other measures, in the traditional script too
    assert rejected_by("并且，如果从产量、质量、成本三项指标来检查，全面达标的工厂只占全部工厂的一半。") == "reckoned"
    text = "二、今年的計劃\n如果從產值、利潤兩種指標來衡量，完成兩種計劃的企業只佔百分之四十。\n"
    assert not luoshi.document_from_text(text, date="1955").tasks
    assert is_task_sentence("如果从长远来看，必须加快水利建设。", report=True)


def test_a_quote_closed_after_the_stop_ends_the_sentence_before() -> None:
    text = ("二、今年的工作\n毛主席说过：“对于革命来说，总是多一点人好。”我们要争取一切可以争取的人，"
            "团结百分之九十五以上的干部和群众。\n")
    texts = [t.text for t in luoshi.document_from_text(text, date="1978").tasks]
    assert "我们要争取一切可以争取的人，团结百分之九十五以上的干部和群众。" in texts
    assert not any(t.startswith("”") for t in texts)


def test_a_new_governments_term_runs_over_the_parts_after_it() -> None:
    text = ("**本届政府工作回顾**\n五年来，全市经济总量翻了一番。\n"
            "**新一届政府工作的总体要求和奋斗目标**\n今后一个时期政府工作的总体要求是：建设美丽新城。\n"
            "**全面建成小康社会**\n加快建设沿海新型产业基地，推动港城开发建设。\n")
    due = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2027-06-16").tasks}
    assert due["加快建设沿海新型产业基地，推动港城开发建设。"] == 2031


def test_what_a_thing_has_for_another_said_with_a_bare_you_is_no_task() -> None:
    assert rejected_by("办好职业院校，对稳定县域就业有重要作用。") == "significance"
    assert rejected_by("要对受灾企业有针对性地减免租金，降低疫情影响。") is None


def test_what_is_already_taking_shape_is_no_task_but_what_shall_take_shape_is() -> None:
    assert rejected_by("机关干部定期下沉社区服务，正在形成新的风气。") == "taking_shape"
    assert rejected_by("发展职业教育和继续教育，逐步形成终身教育体系。") is None


def test_we_carrying_the_work_forward_is_a_rally_but_governments_leading_it_is_a_task() -> None:
    assert rejected_by("我们一定要坚定信心，真抓实干，把新时代美丽乡村建设推向前进。") == "rally"
    assert rejected_by("各级政府都要加强对改革的领导，及时解决新问题，把改革推向前进。") is None


def test_what_years_of_work_brought_is_no_task_unless_it_goes_on_to_ask() -> None:
    assert rejected_by("经过多年努力，我县发展基础明显改善，干事创业氛围更加浓厚。") == "situation"
    assert rejected_by("经过多年努力，我县要在三年内建成区域物流中心。") is None


def test_what_a_thing_was_for_back_then_is_no_task_unless_something_is_asked() -> None:
    assert rejected_by("当时实行计划供应，有利于在物资短缺的情况下保障供给。") == "back_then"
    assert rejected_by("当时确定的目标，我们必须坚决完成。") is None
    assert rejected_by("要选择适当时机，组织实施这项工程。") is None


def test_the_years_guidance_said_by_us_is_no_task() -> None:
    assert rejected_by("我们将深入贯彻党中央的重大部署，坚持稳中求进工作总基调，着力稳就业、稳企业，确保开好局。") == "guidance"
    assert rejected_by("我们要全面贯彻落实省委的各项决策部署，坚持稳中求进，确保实现开门红。") == "guidance"
    assert rejected_by("我们要深入贯彻落实节约用水条例，推进节水型城市建设。") is None


def test_what_is_under_way_told_with_nothing_asked_is_no_task() -> None:
    assert rejected_by("我国正在集中力量推进现代化建设，不断改善人民生活。") == "in_progress_told"
    assert rejected_by("我们正在研究制定新的规划，要尽快出台。") is None
    assert rejected_by("正在建设的项目要加快进度。") is None


def test_how_a_problem_came_about_is_no_task_unless_something_is_asked() -> None:
    assert rejected_by("由于前几年盲目上马，导致部分园区空置，资源浪费严重。") == "cause_told"
    assert rejected_by("加强监管，防止因管理不善导致事故。") is None


def test_what_a_thing_is_a_condition_of_is_no_task() -> None:
    assert rejected_by("加快企业技术改造，同重点建设一样，是完成五年规划，迎接新发展的重要条件。") == "definition"
    # 这条新路，就是…；就是…: each piece goes on saying what the road is; 就是要… asks
    assert rejected_by("就是扩大开放，在互利共赢的基础上，积极发展同周边地区的合作；") == "definition"
    assert rejected_by("就是要建设一支高素质的乡村教师队伍；") is None


def test_a_laws_words_quoted_are_no_task_but_a_decision_is() -> None:
    assert rejected_by("宪法规定：“国家机关必须依靠人民群众，接受群众的监督。”") == "quotation"
    assert rejected_by("国务院规定：在今后三年内，建筑造价应该至少节约百分之十；") is None



def test_what_a_party_congress_stressed_reported_without_a_comma_is_no_task() -> None:
    assert rejected_by("党的十九大把乡村振兴列为重大战略，强调要坚持农业农村优先发展。") == "quotation"
    assert rejected_by("党的十九届五中全会明确指出要推进以人为核心的新型城镇化。") == "quotation"
    # what we are asked to do, on the congress's spirit, is ours
    assert rejected_by("我们要认真贯彻党的十九大精神，坚持农业农村优先发展。") is None

def test_a_rally_of_everyone_is_no_task() -> None:
    assert rejected_by("全县上下，一定要同心同德，苦干实干，确保今年各项目标任务圆满完成。") == "rally"
    assert rejected_by("全市上下要齐心协力，奋勇争先，推动高质量发展迈上新台阶。") == "rally"
    assert rejected_by("我们要坚定信心，攻坚克难，推动经济持续向好。") == "rally"
    # a pledge said with 一定 and no 要, and the close that turns the whole blueprint into reality
    assert rejected_by("我们一定坚持人民至上，用心用情办好每件实事，让群众的日子越过越红火！") == "rally"
    assert rejected_by("新的一年，我们要勇毅前行、实干争先，奋力把宏伟蓝图一步步变为美好现实！") == "rally"
    assert rejected_by("我们一定要加强粮食市场管理，严禁囤积居奇。") is None
    assert rejected_by("我们要把思想和行动统一到省委部署上来，乘势而上，推动现代化建设取得新进展。") == "rally"
    assert rejected_by("要编制宏伟蓝图实施方案，把项目落到地块。") is None
    # a task everyone is given is a task
    assert rejected_by("全县上下要全面落实河长制，年内完成12条河道清淤。") is None

def test_the_problems_met_told_with_nothing_asked_are_no_task() -> None:
    assert rejected_by("在加快城镇化的进程中，各个部门都遇到不少新问题。") == "problems_met"
    # what is asked about the problems met is a task
    assert rejected_by("要认真研究改革中遇到的新情况新问题。") is None
    assert rejected_by("重视解决困难家庭在就医、就学等方面遇到的问题。") is None

def test_a_conclusion_drawn_is_no_task() -> None:
    assert rejected_by("由此可见，完成这项规划还是全县人民要继续努力的重大任务，必须再苦干几年。") == "conclusion"
    assert rejected_by("可见，只看增长速度是不够的，必须同时看质量和效益。") == "conclusion"
    assert rejected_by("要说明情况，及时公开办理结果。") is None


def test_a_count_of_points_announced_is_no_task() -> None:
    assert rejected_by("农村改革的关键是两条。") == "agenda"
    assert rejected_by("这项工作的重点有三个方面：") == "agenda"
    assert rejected_by("推动全县高质量发展，必须处理好事关长远的四个重大关系。") == "agenda"
    assert rejected_by("要围绕提高效益，着重抓好几个环节。") == "agenda"
    assert rejected_by("集中攻坚物业管理等12个难点问题。") is None  # the points counted are the task
    assert rejected_by("抓好企业整顿的关键环节，三年内把现有企业整顿一遍。") is None


def test_what_a_past_year_brought_told_in_a_plan_part_is_no_task() -> None:
    text = ("二、2026年工作安排\n（八）关于对外交流\n2025年，面对复杂形势，我市坚持扩大开放，积极发展友好城市关系，"
            "对外交流取得新的成绩。2025年，我们要坚持扩大开放，今年新增友好城市2个。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, title="某市政府工作报告", date="2026-01-10").tasks]
    assert not any("取得新的成绩" in t for t in tasks)
    assert any(t.startswith("2025年，我们要") for t in tasks)


def test_resolve_and_the_grand_goals_base_are_no_task() -> None:
    assert not is_task_sentence("我们必须坚定信心，抓住机遇，迎接挑战，真抓实干，夯实全面建成小康社会基础。", report=True)
    assert is_task_sentence("我们必须坚定信心，迎接挑战，夯实农业基础，新建高标准农田5万亩。", report=True)


def test_what_doing_so_brings_is_no_task() -> None:
    assert rejected_by("这样做，既可为产区腾出销售市场，促进价格合理回升，也有利于推进销区结构调整。") == "situation"
    assert rejected_by("这样做，必须事先征得群众同意。") is None


def test_how_a_past_plan_came_out_is_no_task() -> None:
    assert rejected_by("钢产量的增长速度，去年计划为百分之五，实际达到百分之六点二；") == "past"
    assert rejected_by("粮食产量一九八一年计划为三千亿斤，实际完成3250亿斤。") == "past"
    assert is_task_sentence("城乡居民人均可支配收入实际增长6%，确保与经济增长同步。", report=True)


def test_how_the_plans_figures_were_pitched_is_no_task() -> None:
    assert rejected_by("在明年，棉花、油料等作物的产量，增长速度都定得比较高。") == "plan_pitched"
    assert rejected_by("各项指标要定得积极稳妥，留有余地。") is None


def test_what_a_level_above_is_doing_is_no_task() -> None:
    assert rejected_by("国家正编制实施革命老区振兴发展规划，将有力推动我市加快发展；") == "higher_level_doing"
    assert rejected_by("国家正在实施新一轮西部大开发，我们要抓住机遇，争取更多项目。") is None
    assert rejected_by("国务院正着手制定企业转换经营机制的暂行条例，落实企业经营权。") is None


def test_the_ways_things_may_go_weighed_are_no_task() -> None:
    assert rejected_by("在这个问题上，有两种可能：或者是严格地控制开支，使财政逐步好转；") == "possibilities"
    assert rejected_by("要严格控制开支，防止出现两种可能的风险。") is None


def test_how_the_plans_indicators_are_made_up_is_no_task() -> None:
    assert rejected_by("二是围绕创新驱动，提出5项指标，其中研发经费投入年均增长8%以上。") == "indicators_told"
    assert rejected_by("要提出5项指标，报市政府审定。") is None


def test_what_an_action_can_bring_and_what_is_asked_of_us_are_no_tasks() -> None:
    assert rejected_by("多发展乡镇企业，既能增加农民收入，又能为国家积累资金。") == "benefit"
    assert rejected_by("要多发展乡镇企业，新建企业100家。") is None
    assert rejected_by("新形势新任务，对政府工作提出更高要求。") == "demands_told"
    assert rejected_by("要对各部门工作提出明确要求，限期整改到位。") is None


def test_a_state_kept_all_along_is_told_not_asked() -> None:
    assert not is_task_sentence("全市各族群众在市委的坚强领导下，始终保持着团结奋进的良好风貌。", report=True)
    assert not is_task_sentence("我县干部队伍一直保持着求真务实的作风。", report=True)
    assert is_task_sentence("全县干部要始终保持着艰苦奋斗的作风，加快推进重点项目建设。", report=True)
    assert is_task_sentence("始终着力推进重点项目建设，加快补齐基础设施短板。", report=True)


def test_what_a_course_would_bring_argued_is_no_task() -> None:
    assert not is_task_sentence("在当前条件下，加快发展县域商贸物流，不仅不会冲击实体商业而且会带动其转型。", report=True)
    assert is_task_sentence("加快发展县域商贸物流，带动实体商业转型升级。", report=True)


def test_what_other_countries_are_asked_to_do_is_no_task_of_ours() -> None:
    assert not is_task_sentence("一切爱好和平的国家和人民应当促使有关各方停止对抗，恢复谈判。", report=True)
    assert not is_task_sentence("世界各国应当携手应对气候变化。", report=True)
    assert is_task_sentence("一切国家机关和国家工作人员必须严格依法行政，加强廉政建设。", report=True)
    assert is_task_sentence("所有企业都要加强安全生产管理。", report=True)


def test_what_a_course_is_for_told_is_no_task() -> None:
    assert not is_task_sentence("我们正在和将要推进的各项改革，目的是要破除制约县域发展的体制障碍，激发市场活力。", report=True)
    assert not is_task_sentence("改革审批制度的一个重要目的是提高办事效率，优化营商环境。", report=True)
    assert is_task_sentence("正在开展的作风建设专项行动，目的是提高办事效率，要继续抓紧抓好。", report=True)
    assert is_task_sentence("要加快推进审批制度改革，目的是提高办事效率。", report=True)


def test_what_was_done_year_after_year_is_told_not_asked() -> None:
    assert not is_task_sentence("因此，县政府历年都用很大的力量加强农田水利建设，推进农业机械化。", report=True)
    assert is_task_sentence("要持续加大力度帮助农业发展，推动农民增收。", report=True)


def test_a_parts_bare_title_on_a_line_of_its_own_is_no_task() -> None:
    text = ("二、2026年工作安排\n（一）扩大有效投资\n加快建设城北水厂，年内建成投用。\n全面加强政府自身建设\n"
            "各位代表！新的一年，我们要坚持党的全面领导，全面履行政府职能，努力建设人民满意的服务型政府。\n")
    texts = [t.text for t in _tasks(text, "2026-01-10")]
    assert "全面加强政府自身建设" not in texts
    assert "加快建设城北水厂，年内建成投用。" in texts
    # a line of figures is still a row
    assert any("新建学校12所" in t for t in [t.text for t in _tasks("二、2026年工作安排\n新建学校12所\n改造道路30公里\n")])


def test_a_sentence_of_words_quoted_from_before_it_is_no_task() -> None:
    text = ("二、今年的工作\n我们不能采取封闭的办法，因为“关起门来搞建设是行不通的。"
            "它只会使我们落后于时代，失去发展的机会”。我们要扩大对外开放，办好经济技术开发区。\n"
            "树牢“干字当头；实字为先”的理念，推动各项工作落地见效。\n")
    texts = [t.text for t in _tasks(text, "2026-01-10")]
    assert not any(t.startswith("它只会使我们落后于时代") for t in texts)
    assert "我们要扩大对外开放，办好经济技术开发区。" in texts
    # a sentence that goes on after the quote closes is the speaker's own (whole: a ； inside a short quote ends none)
    assert "树牢“干字当头；实字为先”的理念，推动各项工作落地见效。" in texts


def test_the_document_adopted_and_a_budget_told_are_no_tasks() -> None:
    text = ("二、今后五年\n《规划纲要（草案）》经大会批准后，县政府将全力抓好组织实施。要加快建设城乡供水一体化工程。\n"
            "三、预算\n对于山区各县，本年预算共支出２，５００，０００元，比上年增长８％。要保证学校的修缮经费。\n")
    texts = [t.text for t in _tasks(text, "2026-01-10")]
    assert texts == ["要加快建设城乡供水一体化工程。", "要保证学校的修缮经费。"]
    assert rejected_by("《规划纲要（草案）》经大会批准后，县政府将全力抓好组织实施。") == "document_adopted"


def test_another_nations_people_told_of_is_no_task() -> None:
    assert rejected_by("英雄的越南人民，他们争取民族独立的斗争，在世界和平运动中占有重要的地位。") == "others"
    assert rejected_by("越南人民要求的援助项目，我们要按期建成交付。") is None  # asks, as a task does


def test_a_principle_named_alone_is_no_task_but_one_acted_on_is() -> None:
    text = ("二、今后五年的主要任务\n坚持绿色发展理念。二要坚持稳中求进的原则。"
            "坚持节约优先原则，年内建成10个节水型社区。\n")
    texts = [t.text for t in _tasks(text, "2026-01-10")]
    assert texts == ["坚持节约优先原则，年内建成10个节水型社区。"]
    assert rejected_by("坚持效率优先、兼顾公平的原则。") == "principle_named"
    assert rejected_by("坚持把产业转型作为主线。") == "principle_named"
    assert rejected_by("坚持以群众满意为中心。") == "principle_named"
    assert rejected_by("坚持把产业转型作为主线，年内新建技改项目30个。") is None


def test_a_saving_reckoned_is_no_task_but_a_target_reckoned_at_prices_is() -> None:
    text = ("二、今年的任务\n按今年的计划指标计算，只要降低建筑安装成本的百分之一，就可以为国家节约三亿元。"
            "按2025年价格计算，2030年地区生产总值将超过800亿元。\n")
    texts = [t.text for t in _tasks(text, "2026-01-10")]
    assert texts == ["按2025年价格计算，2030年地区生产总值将超过800亿元。"]


def test_how_the_plan_s_draft_was_made_is_no_task() -> None:
    assert rejected_by("依据省委《建议》，纲要草案分12个领域细化实化五年任务，明确各领域的工作思路。") == "draft_described"
    assert rejected_by("我们将一批前期工作扎实的重大工程纳入《规划纲要（草案）》，为五年发展提供支撑。") == "draft_described"
    assert rejected_by("在纲要编制过程中，我们坚持开门问策，广泛听取各方面意见，提出五年发展的主要目标。") == "draft_described"
    assert rejected_by("在项目建设过程中，要严格落实安全生产责任。") is None
    assert rejected_by("《规划纲要草案》紧扣建设现代化滨海新城的总目标，统筹发展和安全。") == "draft_described"
    # what the draft asks, and a plan to be made in parts, are tasks; so is a project sought for a plan
    assert rejected_by("《纲要（草案）》提出，要加快构建现代化产业体系。") is None
    assert rejected_by("要分3个方面细化实化工作方案，确保落地见效。") is None
    assert rejected_by("积极争取将沿海铁路纳入《国家中长期铁路网规划》。") is None


def test_a_purpose_alone_on_its_line_is_no_task_but_what_it_leads_into_is() -> None:
    text = "二、今后五年的任务\n为了加快工业的发展，\n一要继续推进企业技术改造。\n二要大力开拓国内外市场。\n"
    tasks = [t.text for t in luoshi.document_from_text(text, date="1986").tasks]
    assert not any(t.startswith("为了") for t in tasks)
    assert any("技术改造" in t for t in tasks)


def test_what_the_gang_of_four_did_is_told_no_task() -> None:
    assert rejected_by("“四人帮”竭力破坏科学研究，疯狂推行文化专制主义。") == "others"
    assert rejected_by("林彪、“四人帮”肆意践踏社会主义法制。") == "others"
    assert rejected_by("要彻底肃清“四人帮”的流毒，恢复和发展科学研究。") is None


def test_a_budget_line_with_its_share_of_the_year_s_spending_is_told() -> None:
    assert rejected_by("对外援助和其他支出６６９，３１５，０００元，占本年预算支出的２．１８％；") == "budget_told"
    assert rejected_by("要压缩一般性支出，确保重点支出占本年预算支出的比重不降低。") is None


def test_how_fast_something_went_judged_is_no_task() -> None:
    assert rejected_by("轻工业的发展是快的，但是，按人口平均的消费品产量却增长得相当慢。") == "pace_judged"
    assert rejected_by("要使支援农业的机械产品产量增长得更快。") is None
    assert rejected_by("明年化肥产量将增长得更快，例如，氮肥将比今年增长一倍。") is None


def test_a_term_defined_is_no_task() -> None:
    assert rejected_by("凡一个企业，不论其为新建或扩建，全部投资额大于限额者，即是限额以上的建设单位；") == "term_defined"
    assert rejected_by("凡是群众反映强烈的问题，都要限期解决。") is None


def test_how_a_work_stands_now_is_told_no_task() -> None:
    assert rejected_by("援建的两座发电厂和一座化肥厂，正在加紧建设中。") == "in_progress_told"
    assert rejected_by("正在建设中的项目要确保年内完工。") is None
    assert rejected_by("两省之间的这种协作，对于稳定区域市场，正在发挥越来越大的作用。") == "in_progress_told"
    assert rejected_by("城乡居民的消费观念正在发生深刻变化。") == "in_progress_told"
    assert rejected_by("加快推进正在建设的水库和灌区工程。") is None
    assert rejected_by("确保公共权力真正在阳光下运行。") is None
    assert rejected_by("正在编制的规划，要广泛听取群众意见。") is None


def test_what_a_third_party_does_where_it_does_it_is_told_no_task() -> None:
    assert rejected_by("在东南亚和南太平洋地区，它利用代理人，力图控制海上通道和战略要地。") == "others"
    assert rejected_by("它所生产的钢材，每年可以满足三千公里铁路的需要。") == "others"
    assert rejected_by("在边境地区，要加快建设抵边村寨。") is None


def test_a_view_met_and_what_a_thing_will_do_for_another_are_told_no_task() -> None:
    assert rejected_by("有人希望两种经济长期并存，希望现在还不要实行改造。") == "others"
    assert rejected_by("这项改革的推行，对于搞活企业，无疑将起重大的作用。") == "effect_judged"
    assert rejected_by("要充分发挥龙头企业的带动作用。") is None


def test_a_semicolon_inside_a_short_quote_does_not_end_the_task() -> None:
    text = "二、2026年重点任务\n牢固树立“项目为王，发展为要；项目为先，落实为本”的理念，全力推进项目建设。加快建设开放平台。\n"
    heading = text.index("二、")
    tasks = extract_tasks(text, [Heading(1, "二、", "2026年重点任务", heading, heading + 10)], [])
    assert [t.text for t in tasks] == ["牢固树立“项目为王，发展为要；项目为先，落实为本”的理念，全力推进项目建设。", "加快建设开放平台。"]


def test_the_setting_a_paragraph_tells_from_a_point_of_view_is_no_task_up_to_an_ask() -> None:
    text = ("二、今年的工作\n从外部看，全球经济缓慢复苏，外需有所回暖；省里推动区域协调发展的力度持续加大，交通网络加快完善；"
            "今年要抓住机遇，加快建设临港产业园。\n")
    texts = [t.text for t in _tasks(text, "2026-01-10")]
    assert not any(t.startswith(("从外部看", "省里推动")) for t in texts)
    assert "今年要抓住机遇，加快建设临港产业园。" in texts


def test_a_part_that_opens_on_the_next_five_years_is_due_when_they_end() -> None:
    text = ("各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、过去五年的工作\n五年来，全县经济持续增长。\n"
            "二、推动经济再上新台阶\n今后五年是全面建设的关键性五年。为此，我们要着重抓好以下工作：\n"
            "加强农业的基础地位，稳定粮食生产。\n今年要新建农村公路50公里。\n")
    tasks = {t.text: t.deadline_year for t in luoshi.document_from_text(text, date="2026-01-10").tasks}
    assert tasks["加强农业的基础地位，稳定粮食生产。"] == 2030
    assert tasks["今年要新建农村公路50公里。"] == 2026


def test_what_is_to_be_seen_after_a_connective_and_its_comma_is_the_situation() -> None:
    # 另一方面，我们更要看到…: the comma after the connective does not hide 看到
    assert rejected_by("另一方面，我们更要看到发展机遇，新一轮技术变革带来众多机会，长期向好的基本趋势没有变。") == "situation"
    assert rejected_by("同时，我们也要看到，全县发展中还存在不少短板。") == "situation"
    # the connective and its comma still leave a task a task
    assert rejected_by("同时，要加快建设县域物流中心。") is None
    assert is_task_sentence("此外，我们要加快建设县域物流中心。")


def test_a_principle_with_a_longer_role_named_alone_is_no_task() -> None:
    assert rejected_by("坚持把改革开放作为全县现代化建设的根本动力。") == "principle_named"
    assert rejected_by("坚持把创新作为政府工作的永恒主题和不竭动力。") == "principle_named"
    # the same opening with work after it stays a task
    assert rejected_by("坚持把改革开放作为根本动力，年内完成10项重点改革。") is None


def test_the_principles_a_paragraph_announces_are_no_tasks_up_to_its_end() -> None:
    text = ("二、今后五年的主要任务\n"
            "做好今后五年工作必须遵循以下基本原则：坚持党的全面领导。始终同党中央保持高度一致，不断提高贯彻新发展理念的能力。"
            "坚持以人民为中心。持之以恒保障民生，不断实现人民对美好生活的向往。\n"
            "今后五年要重点抓好以下工作：加快建设现代产业体系。\n")
    assert [t.text for t in _tasks(text)] == ["今后五年要重点抓好以下工作：加快建设现代产业体系。"]
    # a list of them at ； ends with the list, and the work after it is asked again
    text = ("二、今年的主要任务\n"
            "实现今年的目标，需要把握以下原则：坚持稳中求进，保持经济平稳运行；坚持改革开放，注重制度创新。"
            "今年要新建农村公路50公里。\n")
    assert [t.text for t in _tasks(text)] == ["今年要新建农村公路50公里。"]


def test_skills_and_image_built_in_the_work_are_attitude_not_deliverables() -> None:
    assert not is_task_sentence("要以实干立身，身体力行作表率，在工作中提能力、强本领、树形象。")
    # a skill taught to others is work to do
    assert is_task_sentence("开展农民技能培训，帮助5000名农民工提升就业本领。")


def test_the_creed_of_all_for_the_people_is_attitude() -> None:
    assert not is_task_sentence("我们要牢记为人民服务的宗旨，坚持一切为了人民。")
    # work for the people named is a task
    assert is_task_sentence("坚持一切为了人民，年内新建保障性住房2000套。")


def test_the_spirit_asked_after_a_modal_is_attitude() -> None:
    assert not is_task_sentence("各部门都要提高大局观、执行力，发扬钉钉子精神，当好行动派、实干家。")
    # a modal before a deliverable keeps it a task
    assert is_task_sentence("各部门都要提高审批效率，年内实现80%事项网上办理。")
    assert is_task_sentence("推进智能化服务要适应老年人需求，不让智能工具给他们造成障碍。")  # the work's own modal


def test_keeping_faith_and_doing_good_works_in_general_are_attitude() -> None:
    assert not is_task_sentence("要坚守为民初心，增强服务本领，多做打基础、利长远的实事，多办暖民心的好事。")
    assert is_task_sentence("多办暖民心的好事，年内新建社区食堂30个。")  # the good works named


def test_loyalty_and_being_a_doer_asked_of_the_government_are_attitude() -> None:
    assert not is_task_sentence("把坚持党的全面领导贯穿政府工作全过程，深刻领悟“两个确立”的决定性意义，坚决当好执行者、行动派、实干家。")
    assert is_task_sentence("当好执行者，年内新建学校5所。")  # work named beside it


def test_goals_drafted_for_a_coming_plan_period_are_due_in_the_plan_year() -> None:
    doc = luoshi.document_from_text("二、2024年工作安排\n要科学谋划“十五五”时期发展目标、重点任务。\n“十五五”时期，要建成现代化产业体系。",
                                    date="2024-01-20")
    due = {doc.text[t.start : t.end]: t.deadline_year for t in doc.tasks}
    assert due["要科学谋划“十五五”时期发展目标、重点任务。"] == 2024
    assert due["“十五五”时期，要建成现代化产业体系。"] == 2030


def test_political_stance_and_abilities_asked_of_the_government_are_attitude_read_clause_by_clause() -> None:
    assert not is_task_sentence("牢记总书记殷殷嘱托，不断提高政治判断力、政治领悟力、政治执行力，在攻坚克难、服务大局中锻造绝对忠诚的"
                                "政治品格。", report=True)
    assert not is_task_sentence("不断提高把握新发展阶段、贯彻新发展理念的政治能力、战略眼光、专业水平。", report=True)
    # a list whose first piece only is stance still directs by the rest of it
    assert is_task_sentence("深刻把握发展大势、加快建设城市快速路网。", report=True)
    assert is_task_sentence("不断提高政治判断力，全年完成棚户区改造3000户。", report=True)


def test_a_group_label_naming_a_field_and_a_creed_alone_are_no_tasks() -> None:
    assert rejected_by("五是民生保障方面。") == "field_label"
    assert is_task_sentence("五是民生保障方面，年内新建养老服务中心3个。", report=True)
    assert not is_task_sentence("坚持以民为本，践行宗旨守初心。", report=True)
    assert is_task_sentence("坚持以民为本，年内完成老旧小区改造40个。", report=True)


def test_carrying_out_the_leaders_instructions_and_grasping_principles_are_stance() -> None:
    assert not is_task_sentence("迈向新的五年，我们必须深入落实习近平总书记对本省工作的重要指示要求，自觉领会践行“三个坚持”重大原则，"
                                "以历史主动精神开创新局面。", report=True)
    assert not is_task_sentence("认真贯彻落实总书记考察本市时的重要讲话精神。", report=True)
    # the instructions named as the ground of work still direct by the work
    assert is_task_sentence("深入落实习近平总书记重要指示精神，年内建成跨江大桥2座。", report=True)


def test_what_a_sum_would_buy_is_arithmetic_not_a_task() -> None:
    doc = luoshi.document_from_text("二、今年工作\n这笔资金如用之于水利，就可以修建水库十座；如用之于交通建设，则可以新建公路五百公里以上；"
                                    "要新建公路二百公里。", date="2026-01-20")
    tasks = [doc.text[t.start : t.end] for t in doc.tasks]
    assert not any(t.startswith("如用之于") for t in tasks)
    assert "要新建公路二百公里。" in tasks


def test_a_copula_whose_complement_runs_over_commas_states_what_something_is() -> None:
    assert not is_task_sentence("村务公开制度，是基层组织听取群众意见，解决实际问题，化解矛盾的重要途径。", report=True)
    # a directive before a statement of what it is for still ends as the statement; a plain directive stays
    assert is_task_sentence("要健全村务公开制度，畅通群众反映问题的渠道。", report=True)


def test_carrying_out_decisions_from_above_without_a_deliverable_is_stance() -> None:
    assert not is_task_sentence("坚决贯彻中央、省决策部署和县委工作要求，不折不扣落实到位。", report=True)
    assert is_task_sentence("坚决贯彻省委决策部署，年内建成县域医共体3个。", report=True)


def test_a_principle_held_and_the_government_s_loyalty_and_resolve_are_no_tasks() -> None:
    assert not is_task_sentence("坚持把城乡融合发展作为现代化建设的内在要求。", report=True)
    assert not is_task_sentence("坚决做到“两个维护”，强化大局观、执行力，确保“国之大者”“市之要事”高质量落实。", report=True)
    assert is_task_sentence("强化大局观，年内建成学校3所。", report=True)
    assert is_task_sentence("强化监管执法力度。", report=True)


def test_a_government_loyal_to_the_party_is_a_stance_not_a_deliverable() -> None:
    assert not is_task_sentence("突出政治引领，打造对党绝对忠诚的人民政府。", report=True)
    assert is_task_sentence("突出政治引领，年内建成党群服务中心12个。", report=True)


def test_a_sense_of_purpose_held_and_the_kind_of_government_pledged_are_no_task() -> None:
    assert not is_task_sentence("树牢宗旨意识，打造对群众绝对赤诚的服务政府。", report=True)
    assert not is_task_sentence("牢固树立服务意识，着力打造服务型政府。", report=True)
    assert not is_task_sentence("我们的目标是，建设一个公正透明、勤政高效的政府，建设一个群众满意的政府。", report=True)
    assert is_task_sentence("牢固树立服务意识，年内建成政务服务中心3个。", report=True)


def test_how_the_government_s_staff_are_to_be_is_no_task() -> None:
    for sentence in ("坚持忠诚履职。", "坚持廉洁为先，旗帜鲜明讲政治。", "大力强化担当作为。", "筑牢政治忠诚。"):
        assert not is_task_sentence(sentence, report=True), sentence
    assert is_task_sentence("坚持实干为要，年内建成便民服务中心8个。", report=True)


def test_how_cadres_are_to_study_and_work_is_no_task() -> None:
    assert not is_task_sentence("各级干部要认真学习理论著作，刻苦钻研业务，提高领导水平。", report=True)
    assert not is_task_sentence("讲实话、办实事，不作假、不作秀，把全部心思和精力用在抓落实上。", report=True)
    assert is_task_sentence("各级干部要认真学习理论著作，年内举办专题培训班20期。", report=True)


def test_how_the_work_is_to_be_thought_about_is_no_task() -> None:
    assert not is_task_sentence(
        "坚持“快与稳”和“点与面”相结合，坚持需求导向、结果导向相统一，强化“一盘棋”的系统思维，把握好速度和质量、存量和增量、发展和安全等重大关系的平衡，算好人力、财力“两本账”，"
        "切实防止分解谬误、合成谬误，努力在多重约束下寻求“最优解”。", report=True)
    assert not is_task_sentence("坚持引进来和走出去相结合。", report=True)
    assert is_task_sentence("坚持引进来和走出去相结合，年内引进外资项目12个。", report=True)
    assert is_task_sentence("强化底线思维，开展燃气管道隐患排查整治。", report=True)


def test_the_goal_striven_for_is_no_task() -> None:
    assert not is_task_sentence(
        "要锚定产业发展成效更加彰显，科技创新活力更加强劲，群众生活更加殷实，治理效能更加显著的总体目标努力奋斗，"
        "为基本实现现代化打下坚实基础。", report=True)
    assert is_task_sentence("锚定产业实力更加雄厚的目标，年内建成产业园区2个。", report=True)


def test_a_mood_hoped_for_is_no_task() -> None:
    assert not is_task_sentence("我们要让各镇优势互补、各展所长，着力营造你追我赶、竞相发展的生动态势。", report=True)
    assert is_task_sentence("着力营造良好营商环境，年内新增市场主体5000户。", report=True)


def test_short_sayings_of_what_a_thing_is_are_no_tasks() -> None:
    assert rejected_by("窗口单位热情服务是本分，推诿扯皮是失职。") == "maxim"
    assert is_task_sentence("窗口单位热情服务是本分，要推行首问负责制。", report=True)


def test_the_ground_a_plan_holds_to_is_no_task() -> None:
    assert rejected_by("坚持扩大内需这个战略基点，以投资与消费互促支撑。") == "principle_named"
    assert is_task_sentence("坚持扩大内需这个战略基点，统筹促消费扩投资。", report=True)


def test_the_right_view_of_achievement_held_is_no_task() -> None:
    assert not is_task_sentence("牢固树立正确政绩观，坚持为人民出政绩、以实干出政绩，坚决反对形象工程。", report=True)
    assert is_task_sentence("坚持为人民出政绩，年内新建社区食堂20个。", report=True)
    assert not is_task_sentence("树立正确政绩观，坚持从实际出发、按规律办事，自觉为人民出政绩。", report=True)


def test_what_the_year_s_work_is_built_around_is_framing() -> None:
    assert rejected_by("2026年政府工作主要是围绕市委“1331”工作部署细化举措、抓好落实。") == "framing"
    assert is_task_sentence("围绕市委工作部署，年内建成产业园区2个。", report=True)


def test_how_heavy_the_work_is_is_told_not_asked() -> None:
    assert rejected_by("我县欠发达的基本县情没有根本改变，加快发展的任务繁重艰巨。") == "persisting"
    assert is_task_sentence("任务繁重艰巨，要加快推进城区污水管网建设。", report=True)


def test_how_the_developing_world_fares_is_the_world_told() -> None:
    assert rejected_by("发展中国家在国际事务中的地位和作用继续上升。") == "world"
    assert is_task_sentence("加强同发展中国家的经贸合作。", report=True)


def test_a_pledge_to_carry_out_what_was_just_listed_is_no_task() -> None:
    assert not is_task_sentence("我们一定要落实好这些政策措施，把好事办好，真正让群众得到实惠。", report=True)
    assert is_task_sentence("落实好这些政策措施，年内新建社区食堂20个。", report=True)


def test_what_the_speaker_believes_will_come_is_no_task() -> None:
    assert not is_task_sentence("我们深信，在县委的坚强领导下，坚持这条路子，认真解决前进中的新问题，全县的建设事业一定会继续前进。",
                                report=True)
    assert not is_task_sentence("我们完全可以相信：经过几年的努力，就有可能大大改善群众的居住条件。", report=True)
    assert is_task_sentence("引导群众相信科学、崇尚文明，年内建成20个新时代文明实践站。", report=True)


def test_what_fails_if_a_thing_is_not_done_is_the_case_for_it_not_a_task() -> None:
    assert not is_task_sentence("全县工业底子薄，不加快技术改造，就难以跟上市场变化。", report=True)
    assert not is_task_sentence("如果不抓紧治理，则难以保障群众饮水安全。", report=True)
    # the same warning that goes on to ask is a task; a plain negated duty is one too
    assert is_task_sentence("不抓紧治理就难以保障饮水安全，各乡镇要在年内完成水源地整治。", report=True)
    assert is_task_sentence("坚持不懈抓好控辍保学，年内实现适龄儿童零辍学。", report=True)


def test_a_plan_said_to_be_carried_out_once_approved_is_no_task() -> None:
    assert not is_task_sentence("本次会议审议通过后，市政府将全力组织实施。", report=True)
    assert not is_task_sentence("《纲要（草案）》经这次大会批准后，我们要认真贯彻实施。", report=True)
    # what is to be done once approved, with a deliverable and a time, stays a task
    assert is_task_sentence("改革方案经本次大会通过后，两个月内完成新机构组建。", report=True)


def test_a_part_of_a_sum_told_with_its_share_is_no_task() -> None:
    text = ("二、今后五年的建设\n五年内全县建设投资总额为二十亿元，分配如下：\n工业部门为八亿四千万元，占百分之四十二；\n"
            "交通部门为五亿元，占百分之二十五；\n其他为六亿六千万元，占百分之三十三。\n（一）水利建设\n年内新建水库3座，改造灌区2处。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2026-01-20").tasks]
    assert tasks == ["年内新建水库3座，改造灌区2处。"]


def test_what_a_group_of_people_that_is_no_unit_is_urged_to_do_is_no_task() -> None:
    text = ("二、今后的任务\n（一）文化教育\n学生们应该刻苦学习，锻炼身体，养成劳动习惯，做好建设祖国的准备。\n"
            "同时，知识分子也应该勇于担当，加强学习，提高自己的思想和认识。\n各级教育部门要在年内新建中学10所。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="1957").tasks]
    assert tasks == ["各级教育部门要在年内新建中学10所。"]


def test_what_measures_just_told_bring_is_no_task() -> None:
    text = ("二、2026年工作安排\n（一）干部工作\n试行干部年度考评，建立健全干部考核制度。"
            "采取上述措施，有利于把懂业务的干部选拔到关键岗位上来，而把不作为的人员及时加以调整。\n（二）城市更新\n"
            "改造老旧小区30个。这既能补短板、惠民生，也有利于扩需求、促发展。\n")
    tasks = [t.text for t in luoshi.document_from_text(text, date="2026-01-20").tasks]
    assert tasks == ["试行干部年度考评，建立健全干部考核制度。", "改造老旧小区30个。"]


def test_what_the_work_holds_as_its_mark_is_a_principle() -> None:
    assert rejected_by("坚持把生态优良作为高质量发展的重要标志。") == "principle_named"


def test_a_unity_held_and_the_errors_it_stands_against_are_a_principle() -> None:
    assert rejected_by("在干部和群众的关系上，必须坚持民主与集中的统一，坚持反对命令主义和尾巴主义。") == "principle_held"
    assert rejected_by("必须坚持民主与集中的统一，坚决反对官僚主义。") == "principle_held"


def test_a_view_the_speakers_hold_is_no_task() -> None:
    assert rejected_by("我们认为，改善两国关系，应该从消除边境地区的军事威胁着手。") == "opinion"
    assert rejected_by("我们认为，必须加快建设城乡一体的供水网络。") is None  # a demand put as a view


def test_the_lead_closing_an_item_leads_each_of_its_parts() -> None:
    text = ("二、今年工作安排\n1.新建城市书房12个；提升公共文化服务水平（牵头单位：县文旅局、县财政局）。\n"
            "2.新建学校3所；改造道路10公里。\n")
    tasks = luoshi.document_from_text(text, date="2026-02-04").tasks
    assert [t.lead for t in tasks] == ["县文旅局", "县文旅局", None, None]


def test_a_call_to_carry_out_what_was_said_names_nothing_to_deliver() -> None:
    assert rejected_by("各乡镇要逐条加以落实，确保按时完成。") == "carry_out_called"
    assert rejected_by("要一件一件地抓好落实，保证其全面见效。") == "carry_out_called"
    assert rejected_by("市政府将认真组织实施，确保把好事办实、实事办好。") == "carry_out_called"
    assert rejected_by("要加快落实稻谷补贴政策，确保按时完成。") is None  # names what to carry out


def test_how_the_staff_are_to_conduct_themselves_is_no_task() -> None:
    staff = ("各级执法部门和广大干警，要以身作则，改进作风，努力提高政治和业务素质，廉洁奉公，"
             "尽心尽力为群众排忧解难。")
    assert not is_task_sentence(staff, report=True)
    assert is_task_sentence("全面提高乡村教师思想和业务素质。", report=True)  # a deliverable: the teachers trained
    assert is_task_sentence("开展企业走访，为企业排忧解难。", report=True)


def test_a_point_explained_asks_nothing() -> None:
    assert rejected_by("这里应当着重说明的是，发展乡镇企业同保护耕地不但没有矛盾，而且可以互相促进。") == "point_explained"
    assert rejected_by("需要强调的是，各地要把耕地保护责任落实到村。") is None  # asked after all


def test_what_was_finished_listed_is_no_task() -> None:
    assert rejected_by("几年中建成的大型灌区有：人民胜利渠灌区和位山灌区等。") == "done_listed"
    assert rejected_by("今年要建成的重点工程有：城西水厂和环城北路。") is None  # a plan's list


def test_the_parts_of_the_tasks_announced_are_no_task() -> None:
    assert rejected_by("今后五年，市政府将着力推进六个方面重点任务。") == "agenda"
    assert rejected_by("我们要全力落实好七个方面的主要任务。") == "agenda"


def test_what_a_cause_brings_about_is_no_task() -> None:
    assert rejected_by("由于两座水库建成，全县的灌溉面积将扩大到三十万亩。") == "because"
    assert rejected_by("这批机床的生产，由于图纸不全，有三成的产品需返修。") == "because"
    assert rejected_by("由于任务繁重，各部门必须提前做好准备。") is None  # asked after all
    assert rejected_by("由于困难较多，今年我们只要求完成主体工程。") is None


def test_what_the_staff_hold_in_awe_and_how_they_decide_is_no_task() -> None:
    assert not is_task_sentence("坚持正确政绩观，敬畏法纪、敬畏人民，慎重决策、慎重用权。", report=True)
    assert is_task_sentence("敬畏自然，完成矿山生态修复1200亩。", report=True)  # a deliverable after it


def test_a_figure_measured_against_its_plan_is_no_task() -> None:
    assert rejected_by("三年平均每年增长百分之九，超过计划规定的百分之七的速度。") == "against_plan"
    assert rejected_by("全县水泥的单位成本，超过计划成本3%左右。") == "against_plan"
    assert rejected_by("各厂必须使产量超过原定计划。") is None  # asked


def test_the_zeal_pledged_is_no_task() -> None:
    assert not is_task_sentence("强化履职担当，打造对人民绝对热忱的服务政府。", report=True)
    assert is_task_sentence("强化履职担当，年内完成政务服务中心改造。", report=True)  # a deliverable after it


def test_what_fails_with_its_subject_named_and_no_就_is_no_task() -> None:
    assert rejected_by("不发展职业教育，产业工人队伍不可能壮大。") == "warning"
    assert rejected_by("不断加大投入，着力解决小微企业难以融资的问题。") is None  # 不断: how, not a condition
    assert rejected_by("不抓好安全生产，发展无法持续，必须立即排查隐患。") is None  # asked after all


def test_the_drive_rallied_in_figures_is_no_task() -> None:
    assert not is_task_sentence("我们必须主动作为、乘势而上，再鼓干事之劲、再造发展之势，努力开创经济社会发展新局面。", report=True)
    assert is_task_sentence("再造发展之势，年内建成城东物流园。", report=True)  # a deliverable after it


def test_the_spirit_the_staff_work_in_is_no_task() -> None:
    assert not is_task_sentence("坚持主动作为、守正创新，事不避难、义不逃责，努力为群众增福祉。", report=True)
    assert is_task_sentence("坚持主动作为，年内完成12个老旧小区改造。", report=True)  # a deliverable after it


def test_the_years_a_strategy_drafted_now_covers_are_no_deadline() -> None:
    text = "二、2026年工作安排\n今年，要完成全县国土空间总体规划的编制，确定未来15年全县发展战略和目标。\n"
    task = next(t for t in luoshi.document_from_text(text, date="2026-01-20").tasks if "国土空间" in t.text)
    assert (task.deadline_year, task.deadline_text) == (2026, "今年")


def test_a_stance_on_other_peoples_causes_said_by_we_is_no_task() -> None:
    assert rejected_by("我们坚决支持南美各国人民维护资源主权的正义斗争。") == "stance"
    assert rejected_by("我们支持东南亚国家在这场斗争中联合起来。") == "stance"
    assert rejected_by("我们支持民营企业参与重大项目建设。") is None  # support at home is work


def test_vigilance_kept_is_no_task() -> None:
    assert not is_task_sentence("坚持警钟长鸣。", report=True)
    assert is_task_sentence("坚持警钟长鸣，年内完成全部危化企业隐患排查。", report=True)


def test_the_kind_of_government_pledged_without_一个_is_no_task() -> None:
    assert not is_task_sentence("建设更加清正廉洁的政府。", report=True)
    assert not is_task_sentence("严明纪律约束，打造对人民绝对负责的服务政府。", report=True)
    assert is_task_sentence("建设更加清正廉洁的政府，年内完成政府采购平台改造。", report=True)


def test_an_official_s_duty_to_keep_the_peace_is_no_task() -> None:
    assert not is_task_sentence("为官一任，要保一方平安。", report=True)
    assert is_task_sentence("为官一任，要保一方平安，年内建成全县视频监控网。", report=True)


def test_a_sense_of_responsibility_asked_alone_is_no_task() -> None:
    assert not is_task_sentence("强化政治担当。", report=True)
    assert is_task_sentence("强化责任担当，加大问责力度，坚决整治庸政、懒政、怠政。", report=True)


def test_how_things_are_sorted_is_no_task() -> None:
    assert rejected_by("在考核指标上，分为约束性和激励性两类。") == "sorted"
    assert rejected_by("将全县村庄分为集聚提升、城郊融合两类，分类推进建设。") is None  # the work done with them


def test_a_point_explained_without_的是_is_no_task() -> None:
    assert rejected_by("这里要着重说明，增长目标略微调低，主要是要与五年规划目标衔接。") == "point_explained"
    assert rejected_by("这里要说明，各乡镇要在6月底前完成排查。") is None  # asked after all


def test_how_many_each_holder_has_counted_is_no_task() -> None:
    told = "轻工业部有三十个建设项目，地方有十二个建设项目，共计四十二个。"
    assert rejected_by(told) == "holdings_counted"
    assert not is_task_sentence(told, has_target=True, report=True)
    assert rejected_by("在这四十二个项目中，纺织厂有二十个，其中棉纺厂是十二个，印染厂是八个。") == "holdings_counted"
    assert is_task_sentence("今年全县要有三十个项目开工建设。", has_target=True, report=True)
    assert rejected_by("今年确定县重点项目有三十个。") is None  # chosen now: an act


def test_the_climate_of_conduct_hoped_for_is_no_task() -> None:
    assert not is_task_sentence("要持续巩固风清气正的良好生态。", report=True)
    assert not is_task_sentence("不断营造风清气正的政治生态。", report=True)
    assert is_task_sentence("营造风清气正的政治生态，年内完成全部村级财务专项审计。", report=True)


def test_how_the_government_is_to_be_seen_is_no_task() -> None:
    assert not is_task_sentence("坚持以作风的纯洁性保证队伍的廉洁性，始终保持勤政为民的政府形象。", report=True)
    assert not is_task_sentence("始终保持人民公仆的良好形象。", report=True)
    assert is_task_sentence("保持良好的城市形象，年内完成主干道立面改造。", report=True)


def test_what_others_are_after_told_is_no_task() -> None:
    told = "事实上，这些人散布所谓“内幕消息”，就是为了扰乱市场、引导群众怀疑改革的成果。"
    assert rejected_by(told) == "others_aims_told"
    assert not is_task_sentence(told, report=True)
    assert is_task_sentence("有些人企图哄抬物价，我们必须加强市场监管。", report=True)


def test_a_scheme_plotted_by_another_is_no_task() -> None:
    told = "个别国家不断施加压力，拉拢少数势力，妄图破坏地区合作机制，改变它的发展方向。"
    assert rejected_by(told) == "others_aims_told"
    assert is_task_sentence("敌对势力妄图破坏边境稳定，我们必须加强边境管控。", report=True)


def test_the_principles_a_work_follows_stated_are_no_task() -> None:
    told = "机构改革总的原则和要求是：坚持精简统一效能，坚持职能转变，坚持依法行政。"
    assert rejected_by(told) == "principles_stated"
    assert rejected_by("坚持精简统一效能原则，年内完成乡镇机构改革。") is None


def test_the_part_staff_are_to_play_named_at_length_is_no_task() -> None:
    told = ("我们要坚持把党的领导贯穿政府工作全过程，增强“四个意识”，"
            "坚决当好贯彻党中央决策部署和省委省政府工作要求的执行者、行动派、实干家。")
    assert not is_task_sentence(told, report=True)
    assert is_task_sentence("当好执行者，年内完成全部机构职能优化调整。", report=True)


def test_a_situation_closing_on_the_modernisation_pledged_is_no_task() -> None:
    told = ("全县区位优势明显，特色产业聚链成势，科技创新蓬勃向前，仍处于大有可为的重要时期，"
            "必须抢抓机遇、乘势而上，奋力推进社会主义现代化新县城建设。")
    assert not is_task_sentence(told, report=True)
    assert is_task_sentence("推动科技创新蓬勃发展，年内新建省级研发平台5个。", report=True)
    assert is_task_sentence("推进现代化基础设施建设。", report=True)


def test_the_manner_asked_alone_is_no_task() -> None:
    assert not is_task_sentence("深化收费制度改革是一项长期的任务，既要积极，又要稳妥。", report=True)
    assert is_task_sentence("推进收费制度改革，既要积极，又要稳妥。", report=True)
    assert is_task_sentence("积极稳妥推进户籍制度改革。", report=True)


def test_how_far_short_of_its_plan_a_thing_fell_is_told_not_asked() -> None:
    told = "但是有几种主要产品的产量没有完成计划：水泥完成91.5%，平板玻璃完成94%。"
    assert rejected_by(told) == "shortfall_told"
    assert not is_task_sentence(told, has_target=True, report=True)
    assert rejected_by("没有完成计划的企业，要在年底前补齐缺口。") is None  # asked after all


def test_what_doing_it_will_bring_told_is_no_task() -> None:
    told = "把农产品送到大城市的市场上去竞争，接受检验，将有力地促进我们提高品质，降低成本。"
    assert rejected_by(told) == "effect_told"
    assert rejected_by("新建水厂3座，这样就将大大地提高全县供水能力。") is None  # the works set come first


def test_the_long_view_is_a_vision_not_a_task() -> None:
    assert rejected_by("展望未来，到二〇三五年，全市经济总量实现倍增，人民生活更加幸福美好。") == "vision_ahead"
    assert rejected_by("展望2035年，全县要基本建成现代化山水园林城市。") == "vision_ahead"
    assert rejected_by("到2035年，全县森林覆盖率达到70%。") is None


def test_a_practice_judged_good_is_no_task() -> None:
    assert rejected_by("一些县实行乡镇财政县级统管，对规范基层财务和减轻农民负担都有好处。") == "benefit_judged"
    assert rejected_by("实行乡镇财政县级统管对规范财务有好处，各县都应当推行。") is None


def test_how_the_government_is_to_work_is_no_task() -> None:
    assert not is_task_sentence("坚持一心为民。", report=True)
    assert not is_task_sentence("各级政府要保持艰苦奋斗的工作作风，持续提升政府工作水平。", report=True)
    assert is_task_sentence("坚持一心为民，年内办结群众诉求1万件。", report=True)


def test_what_experience_predicts_is_no_task() -> None:
    told = "但根据一些县的经验，集中供暖改造后将带动能耗下降，随着能耗的下降，费用也必然逐步降低。"
    assert rejected_by(told) == "prediction_told"
    assert rejected_by("根据多年来的经验，必须坚持先规划后建设。") is None  # asked after all


def test_the_keynote_of_the_year_s_work_is_no_task() -> None:
    assert not is_task_sentence("今年全县工作要坚持稳字当头、稳中求进。", report=True)
    assert is_task_sentence("坚持稳中求进，年内完成固定资产投资500亿元。", report=True)


def test_the_drive_asked_and_the_part_to_vie_for_are_attitude() -> None:
    told = ("要坚持只争朝夕，发扬敢闯敢试、埋头苦干的精神，看准的事情马上干，部署的工作抓紧干，"
            "争当有创造力的执行者、行动派、实干家。")
    assert not is_task_sentence(told, report=True)
    assert is_task_sentence("坚持只争朝夕，年内建成城市快速路20公里。", report=True)


def test_a_plan_judged_or_a_thing_described_as_it_has_long_been_is_no_task() -> None:
    assert not is_task_sentence("今年计划粮食产量80万吨和油料产量5万吨的指标，都是很积极的。", has_target=True, report=True)
    assert not is_task_sentence("淮河全长1000公里，流经四省，在历史上一直就是水患最多的河流。", has_target=True, report=True)
    assert is_task_sentence("要适应市场变化，进一步调整产品结构，尽快增加制成品特别是轻纺、电子等精加工产品的出口。",
                            report=True)


def test_the_other_need_weighed_is_told_not_asked() -> None:
    told = "另一方面，为稳增长、保民生，又需要适度增加政府投资和公共支出。"
    assert rejected_by(told) == "need_weighed"
    assert rejected_by("另一方面，要严格控制一般性支出。") is None
