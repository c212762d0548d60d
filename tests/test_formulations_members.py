"""Formulations (issue 13): members enumerated far from the name, the clause of an item that answers
the name, names that are no 提法 (三孩), name boundaries, and member sets that cannot be the name's.

The sentences are written for these tests in the language of work reports.
"""

from __future__ import annotations

from luoshi.document import Formulation, Heading
from luoshi.extract.formulations import extract_formulations

FILLER = "加强统筹调度，压实工作责任，强化督查考核，确保各项任务落地见效。" * 20  # a section's body, 640 chars


def names(text: str, outline: list[Heading] | None = None) -> dict[str, Formulation]:
    found = extract_formulations(text, outline or [])
    for f in found:
        assert text[f.start : f.end] == f.text, f
    return {f.text: f for f in found}


def outline_of(text: str, headings: list[tuple[str, str, int]]) -> list[Heading]:
    """Headings (marker, title, level) located in ``text`` in order."""
    out, at = [], 0
    for marker, title, level in headings:
        start = text.index(marker + title, at)
        at = start + len(marker + title)
        out.append(Heading(level=level, marker=marker, title=title, start=start, end=at))
    return out


# --- members as the headings or items of the sections the name introduces ------------------------


def test_members_are_headings_pages_later_that_each_hold_the_head():
    """The name in the five-year outlook, its members as the headings of the year's plan."""
    titles = ["强化创新引领，扎实推进科技赋能行动", "做强实体经济，扎实推进产业升级行动",
              "优化城市功能，扎实推进城市更新行动", "增进民生福祉，扎实推进民生保障行动"]
    text = "今后五年，全区上下要大力实施“四大行动”，奋力建设美丽家园。" + FILLER + "\n二、今年工作安排\n"
    text += "".join(f"（{'一二三四'[i]}）{t}\n{FILLER}\n" for i, t in enumerate(titles))
    outline = outline_of(text, [("二、", "今年工作安排", 1)] + [(f"（{'一二三四'[i]}）", t, 2) for i, t in enumerate(titles)])
    got = names(text, outline)["四大行动"]
    assert got.members == ["科技赋能行动", "产业升级行动", "城市更新行动", "民生保障行动"]


def test_headings_far_away_that_do_not_hold_the_head_are_not_the_members():
    titles = ["强化创新引领", "做强实体经济", "优化城市功能", "增进民生福祉"]
    text = "今后五年，全区上下要大力实施“四大行动”，奋力建设美丽家园。" + FILLER + "\n二、今年工作安排\n"
    text += "".join(f"（{'一二三四'[i]}）{t}\n{FILLER}\n" for i, t in enumerate(titles))
    outline = outline_of(text, [("二、", "今年工作安排", 1)] + [(f"（{'一二三四'[i]}）", t, 2) for i, t in enumerate(titles)])
    assert names(text, outline)["四大行动"].members == []


def test_a_long_heading_with_the_name_takes_its_children_that_hold_the_head():
    titles = ["实施高标准农田工程", "实施种业振兴工程", "实施农村水利工程"]
    top = "坚持农业农村优先发展，深入实施乡村“三大工程”，加快建设农业强区"
    text = f"三、{top}\n" + "".join(f"（{'一二三'[i]}）{t}\n{FILLER}\n" for i, t in enumerate(titles))
    outline = outline_of(text, [("三、", top, 1)] + [(f"（{'一二三'[i]}）", t, 2) for i, t in enumerate(titles)])
    assert names(text, outline)["三大工程"].members == titles


def test_each_heading_gives_the_clause_that_answers_each_name():
    titles = ["落实创新理念，在动能转换上实现新提升", "落实协调理念，在城乡统筹上实现新提升",
              "落实绿色理念，在生态环境上实现新提升"]
    text = "今年要落实“三大理念”、实现“三个提升”：\n" + "".join(f"（{'一二三'[i]}）{t}\n加快工作。\n" for i, t in enumerate(titles))
    outline = outline_of(text, [(f"（{'一二三'[i]}）", t, 2) for i, t in enumerate(titles)])
    got = names(text, outline)
    assert got["三大理念"].members == ["落实创新理念", "落实协调理念", "落实绿色理念"]
    assert got["三个提升"].members == ["在动能转换上实现新提升", "在城乡统筹上实现新提升", "在生态环境上实现新提升"]


def test_run_in_items_give_the_clause_that_holds_the_head():
    text = ("坚定实施“三大战略”、奋力实现“三个新跨越”。一是坚定实施开放带动战略，在扩大对外贸易上实现新跨越。"
            "二是坚定实施创新驱动战略，在培育新兴产业上实现新跨越。三是坚定实施人才强区战略，在集聚高端人才上实现新跨越。")
    got = names(text)
    assert got["三个新跨越"].members == ["在扩大对外贸易上实现新跨越", "在培育新兴产业上实现新跨越", "在集聚高端人才上实现新跨越"]
    assert got["三大战略"].members == ["坚定实施开放带动战略", "坚定实施创新驱动战略", "坚定实施人才强区战略"]


# --- what is no formulation, and where a name ends --------------------------------------------------


def test_children_counted_name_a_birth_policy_not_a_set():
    text = "全面落实“三孩”生育政策及配套措施，优化“两孩”家庭托育服务，推进三孩生育政策落地，不再区分二胎三胎。"
    assert names(text) == {}


def test_a_census_counted_by_its_round_is_no_set():
    text = "“五经普”二三产业法人单位从业人员比“四经普”增长29.8%，第七次全国人口普查（“七普”）顺利完成。"
    assert names(text) == {}


def test_the_scope_a_figure_is_counted_over_opens_no_member():
    text = "只就煤炭工业部、电力工业部、石油工业部三个工业部统计，产品销售收入增加了2%。据三个工业部的统计，成本降低了3%。"
    assert names(text)["三个工业部"].members == ["煤炭工业部", "电力工业部", "石油工业部"]


def test_examples_of_a_kind_before_deng_elsewhere_are_no_members():
    text = "“三项改革”深化拓展，试点22项。" + FILLER + "稳步推进供水、供气、供热等公用事业价格改革。"
    assert names(text)["三项改革"].members == []


def test_examples_whose_last_goes_on_past_the_head_to_deng_are_no_members():
    text = ("坚决维护国家“五大安全”。" + FILLER
            + "深化“校园餐”、医保基金管理、养老服务、燃气安全、渔业安全管理等突出问题治理。")
    assert names(text)["五大安全"].members == []


def test_a_pair_sharing_a_verb_before_and_a_tail_after_takes_both():
    text = "推进“两减”行动。“两减”即降低化肥和农药施用量。"
    assert names(text)["两减"].members == ["降低化肥施用量", "降低农药施用量"]


def test_an_avenue_is_no_set():
    text = "五大道公园建成开放，推进三大道路提升工程，打造四大产业集群。"
    assert set(names(text)) == {"三大道路提升工程", "四大产业集群"}


def test_a_grade_by_stars_is_no_set():
    text = "建成一家“三星级”冷链仓库，开发区获评“四星级”示范园区，落实“三个一批”工作机制。"
    assert set(names(text)) == {"三个一批"}


def test_the_first_occurrence_is_not_one_inside_a_longer_name_or_number():
    text = "巩固“两不愁、三保障”成果。严守基层“三保”底线。"
    assert names(text)["三保"].start == text.index("“三保”") + 1
    text = "编制第十三个五年规划。落实“三个五”发展战略。"
    assert names(text)["三个五"].start == text.index("“三个五”") + 1


def test_a_name_stops_before_a_total_an_adverb_or_a_comparator():
    got = names("力争两大主导产业总产值突破500亿元，三大新兴产业竞相发展，三大类超200个项目开工。")
    assert {"两大主导产业", "三大新兴产业"} <= set(got)
    assert not {"两大主导产业总", "三大新兴产业竞相", "三大类超"} & set(got)
    got = names("推进东西两大水厂互联互通，推动三大园区互补发展。")
    assert {"两大水厂", "三大园区"} <= set(got)


# --- member sets that cannot be the name's ----------------------------------------------------------


def test_an_item_that_holds_the_name_itself_is_passed_over():
    text = "突出做到“三个确保”、“两个提高”：三个确保，即确保粮食安全，完成储备任务；确保质量安全；确保农民增收。"
    assert names(text)["三个确保"].members == ["确保粮食安全", "确保质量安全", "确保农民增收"]


def test_a_list_before_the_name_that_says_something_of_it_is_no_sum():
    assert names("甲县和乙县被列为“两大平原”改革试点县。")["两大平原"].members == []
    assert names("全市村民委员会、社区居民委员会圆满完成“两委”换届。")["两委"].members == []
    # the 的 that joins the list to the name is not part of the last member
    got = names("深入开展热爱祖国、热爱人民、热爱劳动的“三热爱”教育。")
    assert got["三热爱"].members == ["热爱祖国", "热爱人民", "热爱劳动"]


def test_zhi_of_zhibiao_does_not_introduce_members():
    assert names("全面落实“两纲”指标，切实维护妇女儿童权益。")["两纲"].members == []


def test_predicates_listed_elsewhere_are_no_members():
    text = "巩固“三保障”成果。经过努力，群众获得感更足、幸福感更可持续、安全感更有保障。"
    assert names(text)["三保障"].members == []


def test_a_list_elsewhere_that_counts_things_is_no_members():
    text = "推进“三个宜居”建设。今年建成宜居城镇、20条宜居村庄、5个宜居社区。"
    assert names(text)["三个宜居"].members == []


def test_members_without_the_verbs_that_lead_them():
    text = ("坚决打好“三大攻坚战”。坚决打好防范化解重大风险攻坚战，守住底线；坚决打好精准脱贫攻坚战，巩固成果；"
            "坚决打好污染防治攻坚战，改善环境。")
    assert names(text)["三大攻坚战"].members == ["防范化解重大风险攻坚战", "精准脱贫攻坚战", "污染防治攻坚战"]


# --- the first and the last item of a list ------------------------------------------------------------


def test_the_first_item_without_the_verb_that_leads_the_clause():
    got = names("全县要坚守耕地保护、开发强度、生态保护“三条红线”。")
    assert got["三条红线"].members == ["耕地保护", "开发强度", "生态保护"]
    # 五保对象 holds 对, but 对 leads nothing there
    got = names("将农村五保对象、孤儿、困难残疾人“三大群体”纳入供养范围。")
    assert got["三大群体"].members == ["农村五保对象", "孤儿", "困难残疾人"]
    # items that all open with a verb keep it
    got = names("落实加强组织领导、加强要素投入、加强考核督查“三条措施”。")
    assert got["三条措施"].members == ["加强组织领导", "加强要素投入", "加强考核督查"]
    # 建立 and 进行 lead their clauses too, with 了 after them
    got = names("全面建立项目审批、资金拨付、竣工验收“三同步”台账制度。")
    assert got["三同步"].members == ["项目审批", "资金拨付", "竣工验收"]
    got = names("此后，全县先后进行了清产核资、股权量化、民主选举的三项改革。")
    assert got["三项改革"].members == ["清产核资", "股权量化", "民主选举"]
    got = names("“三型城市”：是指资源节约型、环境友好型和人口均衡型城市。")
    assert got["三型城市"].members == ["资源节约型", "环境友好型", "人口均衡型"]  # the head is all three's
    got = names("推进“三证合一”：将营业执照、组织机构代码证、税务登记证合并为一证。")
    assert got["三证合一"].members == ["营业执照", "组织机构代码证", "税务登记证"]  # not 合并为一证
    got = names("按照相辅相成的要求，统筹人口、土地、资金“三大要素”，推动城乡融合。")
    assert got["三大要素"].members == ["人口", "土地", "资金"]
    # items that all open with a verb: the first starts at its own last verb
    got = names("企业要着力实施优化产品结构、改造生产工艺、创新营销方式“三大工程”。")
    assert got["三大工程"].members == ["优化产品结构", "改造生产工艺", "创新营销方式"]


def test_a_heading_marker_is_no_list_item():
    text = "四、围绕构建“两型”社会，加快绿色转型。\n全市要着力构建资源节约型、环境友好型“两型”社会。"
    assert names(text)["两型"].members == ["资源节约型", "环境友好型"]


def test_the_count_that_sums_up_a_list_is_not_in_its_last_item():
    got = names("今年要做好“四篇文章”：临港产业、滨海旅游、特色农业、军民融合4个方面。")
    assert got["四篇文章"].members == ["临港产业", "滨海旅游", "特色农业", "军民融合"]


def test_parallel_clauses_after_the_name_are_its_members():
    got = names("“两个坚持”：坚持市场主导和政府引导，坚持统筹推进。")
    assert got["两个坚持"].members == ["坚持市场主导和政府引导", "坚持统筹推进"]


def test_members_on_the_line_below_a_glossary_entry():
    text = "深化“四个融入”。\n部分用语说明\n1.四个融入\n融入发展、融入服务、融入治理、融入民生。\n2.其他"
    assert names(text)["四个融入"].members == ["融入发展", "融入服务", "融入治理", "融入民生"]


def test_a_list_before_a_one_character_name_is_its_sum_only_when_each_item_holds_the_head() -> None:
    found = names("全面落实稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期“六稳”要求，经济运行总体平稳。")
    assert found["六稳"].members == ["稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"]
    # the items qualify the name (whose screening): they are not the two cancers
    found = names("组织农村、城镇困难家庭适龄妇女“两癌”免费筛查，筛查率达到90%。")
    assert found["两癌"].members == []


def test_a_list_that_goes_on_after_the_head_names_other_things() -> None:
    text = "坚决落实“三保障”要求，巩固脱贫成果。" + FILLER + "补齐交通设施、产业发展、基本生活保障等短板，尽锐出战。"
    assert names(text)["三保障"].members == []
    # the verb that leads the list is no part of its first member
    found = names("对标义务教育、基本医疗、住房安全“三保障”，巩固脱贫成果。")
    assert found["三保障"].members == ["义务教育", "基本医疗", "住房安全"]


def test_a_list_a_clause_before_a_verb_and_a_one_character_head_is_its_members() -> None:
    import luoshi

    text = "同志们：\n坚持保就业、保民生、保运转，扎实做好“三保”工作。\n全面推进数字化改造、智能化升级，加快推进“两化”融合。\n"
    found = {f.text: f.members for f in luoshi.document_from_text(text).formulations}
    assert found["三保"] == ["保就业", "保民生", "保运转"]
    assert found["两化"] == []  # 化 stands inside its items, not at their head: no sum of them


def test_the_last_member_ends_before_what_the_list_shares() -> None:
    import luoshi

    text = "各位代表：\n要巩固“老三样”：即粮食、生猪、蔬菜的稳产保供。\n打造“两个中心”：即区域物流中心、区域金融中心。\n"
    found = {f.text: f.members for f in luoshi.document_from_text(text).formulations}
    assert found["老三样"] == ["粮食", "生猪", "蔬菜"]
    assert found["两个中心"] == ["区域物流中心", "区域金融中心"]


def test_sentences_after_a_name_and_a_colon_whose_first_clause_ends_with_the_head() -> None:
    text = ("着力壮大制造业。加快产业“三化”进程：推动产业集群化。聚焦主导产业，打造千亿级产业链。"
            "推动产业高端化。实施智能化改造项目60个。推动产业绿色化。创建绿色工厂10家。\n"
            "落实“两化”任务：加快数字化转型，推进绿色化发展。\n")
    found = names(text)
    assert found["三化"].members == ["产业集群化", "产业高端化", "产业绿色化"]
    # the members must open right after the colon, and count as many as the name
    assert names("推进“三化”建设：聚焦主导产业。推动产业集群化。推动产业高端化。推动产业绿色化。\n")["三化"].members == []


def test_the_verb_opening_a_list_before_a_name_is_its_clauses() -> None:
    text = "全力打造两大增长极，倾力培育新能源产业基地、精细化工产业基地、装备制造产业基地“三大增长点”。\n"
    assert names(text)["三大增长点"].members == ["新能源产业基地", "精细化工产业基地", "装备制造产业基地"]
    text = "加强工业、燃煤、机动车三大污染源治理。\n"
    assert names(text)["三大污染源"].members == ["工业", "燃煤", "机动车"]


def test_a_list_before_a_name_called_so_is_its_members_whatever_their_words() -> None:
    text = "坚决整治吃拿卡要、推诿扯皮、庸懒散拖等所谓“三种作风”问题。\n"
    assert names(text)["三种作风"].members == ["吃拿卡要", "推诿扯皮", "庸懒散拖"]


def test_a_list_that_goes_on_past_the_head_or_names_examples_is_no_members_list() -> None:
    text = ("要牢固树立“四个意识”。\n" + FILLER + "\n各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识。\n"
            "实施项目建设“三个一批”竞赛活动。\n" + FILLER + "\n建设一批园区型、边贸型、旅游休闲型等精品小城镇。\n")
    found = names(text)
    assert found["四个意识"].members == ["政治意识", "大局意识", "核心意识", "看齐意识"]  # the last four, whole
    assert found["三个一批"].members == []


def test_a_verb_that_opens_only_the_first_member_belongs_to_the_clause() -> None:
    text = "注重提高“五种能力”。\n附注\n5.五种能力：提高政治能力、调查研究能力、科学决策能力、应急处突能力、抓落实能力。\n"
    assert names(text)["五种能力"].members == ["政治能力", "调查研究能力", "科学决策能力", "应急处突能力", "抓落实能力"]
    text = "擦亮叫响生态康养基地、冰雪运动胜地、红色文化圣地“三张名片”，加快建设旅游强市。"
    assert names(text)["三张名片"].members == ["生态康养基地", "冰雪运动胜地", "红色文化圣地"]
    # a first item whose rest ends unlike the second is left as it is
    text = "注重提高“三种本领”。\n附注\n3.三种本领：提高站位、调查研究本领、群众工作本领。\n"
    assert names(text)["三种本领"].members[0] == "提高站位"


def test_a_verb_of_activation_opens_the_clause_not_the_first_member() -> None:
    text = "五年来，我们激活改革、开放、创新“三大动力”，实现了良好开局。"
    assert names(text)["三大动力"].members == ["改革", "开放", "创新"]


def test_the_members_of_a_set_of_figures_are_the_measures_and_a_name_ends_before_its_groundwork() -> None:
    text = ("全年实现了“三个增长”：地区生产总值48亿元，增长7.5%；一般公共预算收入3.2亿元，增长6%；"
            "农民人均可支配收入1.6万元，增长8%。")
    assert names(text)["三个增长"].members == ["地区生产总值增长", "一般公共预算收入增长", "农民人均可支配收入增长"]
    found = names("东山、西岭、南坪三大园区前期工作加快推进，三大园区要在年内完成规划。")
    assert "三大园区" in found and "三大园区前期" not in found


def test_paragraphs_that_open_with_the_head_after_a_name_and_a_colon_are_its_members() -> None:
    text = ("实现目标，必须做到“三个聚焦”：\n聚焦产业升级，打造先进制造业基地。\n" + FILLER + "\n"
            "聚焦城乡融合，建设和美乡村。\n" + FILLER + "\n聚焦民生改善，办好十件实事。\n" + FILLER + "\n")
    assert names(text)["三个聚焦"].members == ["聚焦产业升级", "聚焦城乡融合", "聚焦民生改善"]
    # the first paragraph after the colon must open with the head
    text = text.replace("：\n聚焦产业升级", "：\n总的要求是稳中求进。\n聚焦产业升级")
    assert names(text)["三个聚焦"].members == []


def test_two_modifiers_of_the_people_are_no_members_and_a_planned_layout_verb_opens_the_clause() -> None:
    text = "全面落实困难和重度残疾人“两项补贴”制度，惠及5万人。"
    assert names(text)["两项补贴"].members == []
    assert names("要在人工智能和机器人“两大领域”集中发力。")["两大领域"].members == ["人工智能", "机器人"]
    text = "加速布局量子科技、脑机接口、深空探测等“三大未来产业”。"
    assert names(text)["三大未来产业"].members == ["量子科技", "脑机接口", "深空探测"]


def test_a_list_elsewhere_counts_only_when_its_last_item_ends_with_the_head() -> None:
    text = ("围绕建设“三个新城”，全面推进各项工作。" + FILLER + "重点推进东湖科技园、西山康养基地、南坪新城物流园、"
            "北岸新城商务区等重大项目。")
    assert names(text)["三个新城"].members == []
    text = "深入推进“四大结构”调整。" + FILLER + "推进产业结构、能源结构、交通结构、用地结构调整。"
    assert names(text)["四大结构"].members == ["产业结构", "能源结构", "交通结构", "用地结构"]


def test_a_list_of_programmes_ending_in_a_verb_is_summed_up_and_a_verb_couplet_opens_the_clause() -> None:
    text = "健全项目审批、要素保障和考核落实“三项机制”，深化“5+3”产业培育、“100”企业帮扶和老城区更新“三项计划”。"
    found = names(text)
    assert found["三项机制"].members == ["项目审批", "要素保障", "考核落实"]
    assert found["三项计划"].members == ["5+3产业培育", "100企业帮扶", "老城区更新"]
    # an abstract name after a verb is its object, not the sum of the list
    assert names("要增强“四个意识”、坚决做到“两个维护”。")["两个维护"].members == []
    text = "全面压紧压实党委、政府、部门“三个责任”，守牢安全底线。"
    assert names(text)["三个责任"].members == ["党委", "政府", "部门"]


def test_members_that_each_open_with_the_head_keep_it_in_the_first_too() -> None:
    text = ("会议提出了“四个坚持”的原则。" + FILLER + "各项工作要做到四点，即坚持党的全面领导、坚持人民至上、坚持系统观念、"
            "坚持底线思维。")
    assert names(text)["四个坚持"].members == ["坚持党的全面领导", "坚持人民至上", "坚持系统观念", "坚持底线思维"]


def test_a_verb_of_starting_that_opens_the_list_is_no_part_of_its_first_member() -> None:
    text = "全面展开老旧管网更新、城市内涝治理、背街小巷改造“三大工程”。"
    assert names(text)["三大工程"].members == ["老旧管网更新", "城市内涝治理", "背街小巷改造"]


def test_a_list_whose_last_item_is_a_verb_of_scheming_takes_the_name_as_its_object() -> None:
    text = "坚决反对任何分裂国家、制造“两个政权”的图谋。"
    assert names(text)["两个政权"].members == []


def test_members_in_a_parenthesis_after_ji_leave_the_ji_out() -> None:
    text = "城郊乡镇要推行“两个就近”（即农民就近就业和农产品就近加工），带动村集体增收。"
    assert names(text)["两个就近"].members == ["农民就近就业", "农产品就近加工"]


def test_an_object_after_the_last_member_is_shared_by_all_not_part_of_the_last() -> None:
    text = "[3]“四好农村路”：即建好、管好、护好、运营好农村公路。"
    assert names(text)["四好农村路"].members == ["建好", "管好", "护好", "运营好"]


def test_dash_items_whose_first_clause_ends_with_the_head_are_the_members() -> None:
    text = ("今后五年的主要目标是实现“三个提升”：\n——产业发展水平提升。工业总产值年均增长8%。\n"
            "——城乡建设品质提升。新建道路50公里，管理水平显著提升。\n——群众生活水平提升。居民收入稳步增长。\n")
    assert names(text)["三个提升"].members == ["产业发展水平提升", "城乡建设品质提升", "群众生活水平提升"]


def test_items_of_other_lists_that_end_with_the_head_are_no_members_of_a_pair() -> None:
    text = ("统筹用好“两种资源”，发展外向型经济。一是加强口岸建设。二是大力发展进口矿产资源、农产品等精深加工。"
            "承接沿海、内地资源，推动边贸做优做特。")
    assert names(text)["两种资源"].members == []


def test_a_list_of_figures_is_no_list_of_members() -> None:
    text = ("工业增加值、服务业增加值、工业投资年均增幅分别达到17%、14.3%和29.6%。" + FILLER
            + "下半年，我们将以深化“三服务”为抓手，积极扶持实体经济发展。")
    assert names(text)["三服务"].members == []


def test_a_name_quoted_alone_starts_where_it_stands_alone_not_inside_a_longer_quoted_name() -> None:
    text = "充分利用“两湖两河”的水资源优势，建设水美城市。发挥“两河”贯城资源优势，打造“两河”城市标识。"
    found = names(text)["两河"]
    assert text[found.start - 1 : found.end + 1] == "“两河”"


def test_one_of_a_class_described_is_no_name() -> None:
    text = "新材料项目落地签约，成为全省对外开放两大标志性项目之一。全力打好三大攻坚战。"
    assert list(names(text)) == ["三大攻坚战"]


def test_an_award_list_a_place_is_chosen_for_is_no_name() -> None:
    text = "城南遗址入选“全国十大考古新发现”，全力打好“三大攻坚战”。"
    assert list(names(text)) == ["三大攻坚战"]
    text = "两处遗址先后入选年度“全国十大考古新发现”，全力打好“三大攻坚战”。"
    assert list(names(text)) == ["三大攻坚战"]


def test_an_entry_defining_two_names_gives_each_its_own_part() -> None:
    text = ("争取更多项目纳入“两重”“两新”支持范围，推进镇村“四旁”“五边”植树。\n名词解释\n"
            "1.“两重”“两新”：国家重大战略实施和重点领域安全能力建设，大规模设备更新和消费品以旧换新。\n"
            "2.“四旁”“五边”：“四旁”指宅旁、村旁、路旁、水旁；“五边”指山边、水边、路边、镇村边、景区边。\n")
    found = names(text)
    assert found["两重"].members == ["国家重大战略实施", "重点领域安全能力建设"]
    assert found["两新"].members == ["大规模设备更新", "消费品以旧换新"]
    assert found["四旁"].members == ["宅旁", "村旁", "路旁", "水旁"]
    assert found["五边"].members == ["山边", "水边", "路边", "镇村边", "景区边"]


def test_what_is_done_to_a_named_set_is_no_part_of_its_name() -> None:
    text = "推进现代制种、高效蔬菜、绿色畜牧等六大特色产业集群化发展，推动三大产业数字化转型。"
    assert list(names(text)) == ["六大特色产业", "三大产业"]


def test_a_last_member_running_on_into_what_the_set_does_ends_before_it() -> None:
    text = "推进“三医联动”改革。\n注释：\n“三医联动”：指医保体制改革、卫生体制改革、药品流通体制改革联动。\n"
    assert names(text)["三医联动"].members == ["医保体制改革", "卫生体制改革", "药品流通体制改革"]
    # and how they do it goes with it
    text = ("推进“四规融合”。\n注释：\n12、四规融合：是指国土空间规划、经济和社会发展规划、产业布局规划和生态保护规划"
            "协调融合。\n13、“数字乡村”：指乡村的数字化。\n")
    assert names(text)["四规融合"].members == ["国土空间规划", "经济和社会发展规划", "产业布局规划", "生态保护规划"]
    text = "建设“三个区域中心”。\n“三个区域中心”：指区域医疗中心、区域物流中心和区域金融中心。\n"
    assert names(text)["三个区域中心"].members == ["区域医疗中心", "区域物流中心", "区域金融中心"]
    text = ("会议提出了钢产量一千万吨、煤产量三亿吨、粮食产量五千亿斤的三项指标。全体人民要为完成这个以三大指标"
            "为中心的计划而奋斗。\n")
    assert names(text)["三大指标"].members == ["钢产量一千万吨", "煤产量三亿吨", "粮食产量五千亿斤"]


def test_names_run_together_in_an_entry_each_take_the_part_that_names_them() -> None:
    text = ("开展“四尘四气”[9]整治。\n注释：\n[9]四尘四气：“四尘”指道路扬尘、堆场扬尘、工地扬尘、运输扬尘;"
            "“四气”指工业废气、车辆尾气、挥发性油气、餐饮油烟气。\n")
    found = names(text)
    assert found["四气"].members == ["工业废气", "车辆尾气", "挥发性油气", "餐饮油烟气"]
    assert found["四尘"].members == ["道路扬尘", "堆场扬尘", "工地扬尘", "运输扬尘"]


def test_a_name_inside_a_quoted_list_takes_its_own_gloss_not_the_lists() -> None:
    text = ("构建“一带、两园、三区”发展格局[4]。\n注释：\n[4]“一带、两园、三区”发展格局：一带，即一条滨江风光带。"
            "两园，即两个产业园区，分别是东城智能制造产业园（东城、北湖）、西城食品加工产业园（西城、南坪）。"
            "三区，即三大片区，分别为老城片区、新城片区、港口片区。\n")
    found = names(text)
    assert found["两园"].members == ["东城智能制造产业园", "西城食品加工产业园"]
    assert found["三区"].members == ["老城片区", "新城片区", "港口片区"]


def test_a_last_member_going_on_past_the_names_own_word_ends_before_it() -> None:
    text = ("推进“一控两减三基本”。\n注释：\n一控两减三基本：“一控”即严格控制农业用水总量；“两减”即减少化肥和农药"
            "使用量；“三基本”指畜禽粪便、农作物秸秆、农膜基本资源化利用。\n")
    assert names(text)["三基本"].members == ["畜禽粪便", "农作物秸秆", "农膜"]
    # a member that ends with the word keeps it
    text = "实现“三提升”：即工业增加值增速提升、服务业比重提升、城乡居民收入水平提升。"
    assert names(text)["三提升"].members[-1] == "城乡居民收入水平提升"


def test_the_verb_opening_a_list_before_its_name_is_no_part_of_the_first_member() -> None:
    text = "在战胜洪水、干旱、冰冻“三大灾害”的斗争中，全市干部群众经受住了考验。"
    assert names(text)["三大灾害"].members == ["洪水", "干旱", "冰冻"]


def test_an_unquoted_award_list_is_no_name() -> None:
    text = "“智慧水务平台”被评为全国数字政府十大创新案例，要培育三大先导产业，打造全省十大特色小镇。"
    assert list(names(text)) == ["三大先导产业", "十大特色小镇"]


def test_verbs_in_a_row_keep_their_clause_whole() -> None:
    text = "落实“两个坚定”：坚定支持实体经济发展，坚定鼓励、支持、引导民营经济发展壮大。"
    assert names(text)["两个坚定"].members == ["坚定支持实体经济发展", "坚定鼓励、支持、引导民营经济发展壮大"]


def test_a_names_own_gloss_wins_over_a_list_a_compound_name_opens() -> None:
    text = ("构建“一心两翼三带”发展格局。\n注释：\n1. 一心两翼三带：“一心”，即县城；“两翼”，即东部工业新城、西部文旅新城；"
            "“三带”，即沿江、沿湖、沿山三条生态发展带。\n")
    assert names(text)["两翼"].members == ["东部工业新城", "西部文旅新城"]
    assert names(text)["三带"].members == ["沿江", "沿湖", "沿山"]


def test_what_a_gloss_merges_its_members_into_is_no_member() -> None:
    text = "实现“两证合一”。\n两证合一：是指工商营业执照、税务登记证两证合为一证。\n三网合一：指城镇职工医保、居民医保、新农合纳入统一的医保网。\n推动“三网合一”。"
    found = names(text)
    assert found["两证合一"].members == ["工商营业执照", "税务登记证"]
    assert found["三网合一"].members == ["城镇职工医保", "居民医保", "新农合"]


def test_a_parenthesis_after_a_quoted_name_glosses_its_members() -> None:
    text = "全县已有12个“两基”（基本普及九年义务教育和基本扫除青壮年文盲）达标乡镇。"
    assert names(text)["两基"].members == ["基本普及九年义务教育", "基本扫除青壮年文盲"]


def test_a_list_after_a_noun_the_head_ends_is_no_members() -> None:
    filler = "加强基层治理，提升服务水平，推动社会事业全面进步。\n" * 40  # the members stand far from the name
    text = ("持续壮大“三大经济”。磨憨经济合作区、祥云县、弥勒市列入试点。\n" + filler
            + "大力发展资源经济、园区经济、口岸经济。\n严格执行规范性文件“三统一”制度。\n规范性文件实行统一登记、统一编号、统一公布。")
    found = names(text)
    assert found["三大经济"].members == ["资源经济", "园区经济", "口岸经济"]
    assert found["三统一"].members == ["统一登记", "统一编号", "统一公布"]


def test_a_list_after_a_verb_head_is_its_members() -> None:
    filler = "加强基层治理，提升服务水平，推动社会事业全面进步。\n" * 40
    text = "努力实现“三个成为”。\n" + filler + "全县要成为全省改革的先行区、开放的桥头堡、创新的策源地。\n"
    assert names(text)["三个成为"].members == ["先行区", "桥头堡", "策源地"]


def test_names_quoted_one_after_another_before_a_count_are_its_members() -> None:
    text = "做强“青山绿水”“古城老街”两大文旅主轴，推动“技能人才”“家政服务”“乡村工匠”三项工程带动就业。"
    found = names(text)
    assert found["两大文旅主轴"].members == ["青山绿水", "古城老街"]
    assert found["三项工程"].members == ["技能人才", "家政服务", "乡村工匠"]


def test_subjects_of_the_sentences_after_a_name_that_is_a_subject_are_its_members() -> None:
    text = ("构建“两核一带”发展格局。\n“两核”要持续挑大梁。东城组团要提升综合服务能级。西城组团要加快产业集聚。"
            "支持沿江乡镇打造节点。\n")
    assert names(text)["两核"].members == ["东城组团", "西城组团"]
    other = "“两个基地”建设要提升能级。光伏产业要稳产提质。风电产业要延链补链。\n"
    assert names(other)["两个基地"].members == []


def test_members_written_together_before_the_name_are_its_members() -> None:
    text = "推动城乡一体发展，宜居宜业宜游“三宜”并进，做到稳就业稳企业稳物价“三稳”，实施三大工程。"
    found = names(text)
    assert found["三宜"].members == ["宜居", "宜业", "宜游"]
    assert found["三稳"].members == ["稳就业", "稳企业", "稳物价"]


def test_a_list_before_a_name_of_change_is_its_members_with_or_without_a_verb() -> None:
    found = names("加大欠薪整治力度，案件数、涉及人数和金额“三下降”。")
    assert found["三下降"].members == ["案件数", "涉及人数", "金额"]


def test_names_side_by_side_each_with_its_verb_are_not_members() -> None:
    found = names("全县干部要树立“三个意识”、弘扬“三种精神”、提振“三股劲头”，勇于担当。")
    assert found["三股劲头"].members == []


def test_a_short_aside_inside_a_member_stays_in_it() -> None:
    text = "推进交通“三网合一”。\n注释：“三网合一”：指国道网、县（乡）道网和村道网的融合。\n"
    assert names(text)["三网合一"].members == ["国道网", "县（乡）道网", "村道网"]


def test_the_word_that_offers_an_alternative_opens_no_member() -> None:
    text = "在发展问题上，全县有两种选择：或者是主动转型，赢得先机；或者是固守老路，坐失良机。"
    assert names(text)["两种选择"].members == ["主动转型", "固守老路"]


def test_a_member_opening_with_dui_wai_keeps_it() -> None:
    text = "全面实施“三大行动”。\n5．“三大行动”：园区提质行动、人才集聚行动、对外开放合作行动。\n"
    assert names(text)["三大行动"].members == ["园区提质行动", "人才集聚行动", "对外开放合作行动"]


def test_a_list_ending_in_a_verb_of_change_names_no_members() -> None:
    text = "深入开展“三提升”活动。推动服务业发展提速、比重提高、水平提升。\n"
    assert names(text)["三提升"].members == []


def test_by_means_of_opens_no_member() -> None:
    text = "精准实施“三个一批”：通过扶持生产脱贫一批、易地搬迁脱贫一批、社会保障兜底一批。\n"
    assert names(text)["三个一批"].members == ["扶持生产脱贫一批", "易地搬迁脱贫一批", "社会保障兜底一批"]


def test_what_a_gloss_says_of_all_its_members_does_not_ride_on_the_first() -> None:
    text = "大力发展“四大产业”。\n注释：“四大产业”：是指市委确定的循环农业、清洁能源、装备制造、文化旅游。\n"
    assert names(text)["四大产业"].members == ["循环农业", "清洁能源", "装备制造", "文化旅游"]


def test_a_noun_member_that_is_also_a_verb_leaves_the_first_member_its_own_verb_cut() -> None:
    found = names("全部对外工作，都服务于开放与发展两大任务。")
    assert found["两大任务"].members == ["开放", "发展"]


def test_a_gloss_of_two_names_at_once_gives_the_second_no_members() -> None:
    found = names("坚持“双轮驱动、三区联动”[8]战略。\n[8]双轮驱动、三区联动：指市委、政府以高新区和临港区作为双轮驱动的主引擎，统筹推进发展。")
    assert found["三区联动"].members == []


def test_a_verb_that_sets_out_the_list_is_no_part_of_its_first_member() -> None:
    found = names("系统提出新时代的治理方略，明确安全、发展、生态、民生“四件大事”。")
    assert found["四件大事"].members == ["安全", "发展", "生态", "民生"]


def test_clauses_that_open_with_the_verb_the_name_ends_in_are_its_members() -> None:
    found = names("新建项目一律实行“四定”，\n即定建设地点，定总投资，定竣工日期，定责任单位，并且按季检查。")
    assert found["四定"].members == ["定建设地点", "定总投资", "定竣工日期", "定责任单位"]


def test_a_list_counted_again_in_the_next_sentence_names_the_members() -> None:
    found = names("加快建设“两翼”新城。支持东湖、西湖两个城市翼区扩容提质。")
    assert found["两翼"].members == ["东湖", "西湖"]
    found = names("加快建设“两翼”新城。支持东湖、西湖两个商业中心扩容提质。")
    assert found["两翼"].members == []


def test_short_fields_whose_last_goes_on_to_the_work_are_the_fields() -> None:
    found = names("打好大气、水、土壤污染防治“三大战役”，改善生态环境质量。")
    assert found["三大战役"].members == ["大气", "水", "土壤"]


def test_a_clause_saying_what_the_one_before_serves_as_is_no_member() -> None:
    found = names(
        "全力推进两大关键性举措，即，壮大和提升装备制造业，作为做大全县工业总量的关键性举措，建设工业强县；"
        "培育众多的、有活力的小微企业，作为激发县域经济活力、增加就业的关键性举措，建设创业之城。"
    )
    assert found["两大关键性举措"].members == ["壮大和提升装备制造业", "培育众多的、有活力的小微企业"]


def test_the_verbs_that_deploy_a_list_before_its_name_are_no_part_of_its_first_member() -> None:
    found = names("深入开展“五个专项治理”，民间投资稳步增长。\n附注\n4.优化环境“五个专项治理”：2025年5月，县委办公室印发"
                  "《全县优化营商环境专项治理工作方案》，部署开展违规设置招标门槛、拖欠中小企业账款、侵害民营企业合法权益、"
                  "涉企乱收费以及涉企重复检查“五个专项治理”，进一步优化营商环境。")
    assert found["五个专项治理"].members == [
        "违规设置招标门槛", "拖欠中小企业账款", "侵害民营企业合法权益", "涉企乱收费", "涉企重复检查"]


def test_a_head_any_clause_may_hold_picks_no_clause_of_an_item() -> None:
    found = names("今年要重点抓好以下三项工作：\n一是完善考核办法，改进督查方式，做好年度评估工作。\n"
                  "二是整顿机关作风，坚决纠正推诿扯皮、工作拖沓的现象。\n三是加强队伍建设。\n")
    assert found["三项工作"].members == ["完善考核办法", "整顿机关作风", "加强队伍建设"]


def test_a_verb_opening_only_the_first_of_a_glossed_list_is_the_lists() -> None:
    found = names("统筹推进“四城同创”。\n[9]“四城同创”：即创建全国文明城市、国家卫生城市、国家园林城市、省级生态示范区。")
    assert found["四城同创"].members == ["全国文明城市", "国家卫生城市", "国家园林城市", "省级生态示范区"]


def test_a_name_measured_as_the_last_item_of_a_list_sums_up_no_list() -> None:
    found = names("要确保城区“三横三纵”绿带、30个小区补绿增绿和3000亩“三山绿化”等工程按时完工。")
    assert found["三山绿化"].members == []


def test_a_name_after_words_on_its_line_does_not_head_the_paragraphs_below():
    text = ("（二）扎实做好“三农”工作。\n县财政“三农”投入累计近30亿元，年均增长12%。\n"
            "（三）推进结构调整。\n一是加快产业转型和技术改造。二是推进节能减排和环境保护。三是促进城乡区域协调发展。\n")
    assert names(text)["三农"].members == []
    # a mark alone before it still lets the paragraphs below open its members
    text = ("——“三条新路”。\n一是走产业转型之路。二是走开放合作之路。三是走绿色发展之路。\n")
    assert names(text)["三条新路"].members == ["走产业转型之路", "走开放合作之路", "走绿色发展之路"]


def test_the_verbs_of_joint_building_and_holding_lead_no_member() -> None:
    found = names("以“四大创新举措”为引领。\n8. 四大创新举措：共建三大科创园区、办好三大展会、创建三大城市品牌、建设三大研发平台。")
    assert found["四大创新举措"].members == ["三大科创园区", "三大展会", "三大城市品牌", "三大研发平台"]


def test_the_people_benefits_go_to_end_another_lists_item_not_the_names_members() -> None:
    found = names("城乡低保标准稳步提高，养老金标准、残疾人“两项补贴”标准逐年提高。")
    assert found["两项补贴"].members == []
    found = names("全面落实困难残疾人生活补贴和重度残疾人护理补贴“两项补贴”。")
    assert found["两项补贴"].members == ["困难残疾人生活补贴", "重度残疾人护理补贴"]


def test_which_of_them_are_named_is_no_part_of_the_first_member() -> None:
    found = names("新开工的项目中，重要的有临江、河口、石门三大港区，其中有东湖、西湖两个水厂。")
    assert found["三大港区"].members == ["临江", "河口", "石门"]
