"""Tasks: the rows of a 任务分解表, as a 督查室 clerk makes them from a document (ANNOTATION.md §5).

A task is a sentence (or a ``；`` item) of a plan or requirements part whose main clause commits to an
action or a result — whatever its first words (比如…, 针对…, 在…方面, a topic before the verb, 要 in
mid-sentence) — and each item of a 主要预期目标 list. Not tasks: sentences of review, analysis and closing
parts; sentences that report what was done (完成了, 已建成, 去年…); statements of meaning (…是…的关键);
exhortations without a deliverable (要提高政治站位); a heading's own title when its item has sentences of
its own (the heading is the section row above them).

Each task keeps its heading and its quantities, and gains its deadline (from the sentence, else its
heading or part, else the document's plan year) and the unit the text names as its lead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from luoshi.document import Heading, Quantity, Section, Task
from luoshi.extract.deadlines import PLAN_NAME, TimeRef, plan_end_year, plan_in_force, scan_times, year_of
from luoshi.extract.gated import Gated, GatedRules, gated
from luoshi.extract.quantity_rules import EXAMPLE_TOLD
from luoshi.extract.sections import is_report, period_opened, plan_year, role_at
from luoshi.script import simplified_view, to_simplified


@dataclass(frozen=True)
class SentenceRule:
    """A named reason a sentence is not a task, with an example sentence it rejects; a rule with ``words``
    can only match a sentence holding one of them (see :mod:`luoshi.extract.gated`)."""

    name: str
    pattern: re.Pattern[str]
    example: str
    words: tuple[str, ...] = ()
    whole: bool = False  # read on the whole sentence, not on what follows its opening filler (要, 今年, 一是)
    gated: Gated = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gated", Gated(self.pattern, self.words))


# A sentence ends at 。！？； or a line break; the end mark belongs to the sentence.
# An ASCII ? between two Chinese characters is a mark lost in transcoding (歌舞鹤乡?放飞梦想 for ·), not an end.
_LOST_MARK = r"\?(?=[\u4e00-\u9fff“])"
_IN_SENTENCE = r"[^。！？；!?;\n]"
# (…这是我们的事业必定要胜利的基本保证。”: the quote closed after the stop ends the sentence with it)
_SENTENCE = re.compile(
    f"(?:{_IN_SENTENCE}|{_LOST_MARK}){_IN_SENTENCE}*(?:{_LOST_MARK}{_IN_SENTENCE}*)*(?:[。！？；!?;][”」』]*)?")
# a ； inside a short quote (“走出去，世界就在眼前；走不出去，眼前就是世界”): no sentence end
_QUOTE_CUT_REACH = 24
_CUT_IN_QUOTE = re.compile(r"“[^“”。！？\n]*[；;]$")
_QUOTE_CLOSED_SOON = re.compile(r"[^“”。！？；;\n]{1,24}”")
_CLAUSE = re.compile(r"[^，,：:、]+")
_COMMA_CLAUSE = re.compile(r"[^，,：:]+")  # a sentence's clauses, each a list of clauses at 、
_MIN_LENGTH = 6
_TASK_ROLES = ("plan", "requirements")

# A statement that goes on to ask (…就是解放生产力，要…; …离不开人才支撑，要…) is a task after all.
_GOES_ON_TO_ASK = r"(?![^。；]*[，,](?:要|必须|就要))"


def _nothing_asked_after(*asks: str) -> str:
    """A lookahead: nothing in the rest of the sentence asks anything (要, not 主要/重要/需要/纲要/摘要/要素/要求/
    要点; or one of ``asks``)."""
    return r"(?![^。；;]*(?:(?<![主重需纲摘])要(?![素求点])|" + "|".join(asks) + "))"

_COUNT = r"[0-9０-９一二三四五六七八九十百千万两〇零]+(?:个|项|家|所|座|条|处)"
# a clause saying how many a holder has (地方有十四个建设项目), is (其中火力电站是七十六个) or totals (共计七十一个)
# (not 今年确定重点项目有200个: a holder chosen now, an act)
_HOLDER = r"(?:(?!确定|安排|实施|新建|新增|推进|完成|开工|启动)[^，,。；;有是共]){1,14}?"
_HOLDING = (r"(?:其中)?(?:" + _HOLDER + r"(?<![没还要])有" + _COUNT + r"[^，,。；;]{0,8}|"
            + _HOLDER + "是" + _COUNT + r"|共(?:计|有)?" + _COUNT + ")")

_STRENGTH = r"(?:活跃|发达|坚实|雄厚|优越|突出|深厚|富集)"

# Sentences that are never tasks, whatever verbs they hold.
NOT_TASK_RULES: tuple[SentenceRule, ...] = (
    # each alternative opens with a character, not a class or a look-behind: the regex engine then skips
    # straight to the places where one can start, instead of trying all of them at every character
    SentenceRule("past", re.compile(
        r"了(?<![为除]了)(?!解|如指掌|然)|已经|已[^经知]|累计|去年|上年|过去|一年来|二年来|三年来|四年来|五年来|近年来|取得了|"
        r"获评|荣获|先后|历年(?:来)?都|"  # 中央人民政府历年都用很大的力量…: what was done year after year
        r"这两天|这[两三四五]年[，,]|昨天|前不久|观摩|参观|感触|感到|感悟|钦佩|受益|目(?<!项目)前|截至|以来|成功举办|首次|"
        r"从(?:19|20)\d\d年(?![起开])|"
        # 一九八一年计划为百分之三点七，实际达到百分之四点六: how a past plan came out
        r"实际(?:达到|完成|执行)(?:了|为)?[^，,。；]{0,4}(?:百分之|[0-9０-９])"),
        "全面完成了农村改厕，正在大力整治农村生活污水。", whole=True),
    # 当时实行这种体制，有利于…: what a thing was for, back then (not 对于那些在当时条件下…，我们必须…)
    SentenceRule("back_then", re.compile(r"^当时(?![期机间])" + _nothing_asked_after("必须", "应当", "应该")),
                 "当时实行统购统销，有利于在商品不足的情况下稳定市场。", ("当时",)),
    # 在一九五八年，花生…的产量，增长速度都定得比较高: how the plan's figures were pitched, told (not
    # 指标要定得积极稳妥: a directive how to pitch them)
    SentenceRule("plan_pitched", re.compile(
        r"^(?![^。；;]*(?:(?<![主重需])要(?![素求点])|应当|应该|必须))[^。；;]*?定得(?:比较|较|很|更|过|太|偏)?"
        r"(?:高|低|大|小|紧|松|积极|稳妥|适当)"),
                 "花生、油菜子等作物的产量，增长速度都定得比较高。", ("定得",)),
    # 按全国人口计算的平均产量，却增长得相当慢: how fast or well something went, judged (a description, no act)
    SentenceRule("pace_judged", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "努力", "力争", "将") + r"[^。；;]*?"
        r"(?:增长|发展|提高|进展|下降|恢复|前进|改善)得(?:很|相当|比较|较|十分|非常|太|更|过|偏)?"
        r"(?:快|慢|缓慢|迅速|好|差|顺利)"),
                 "几年来，农业生产发展得比较快，但是畜牧业却增长得相当慢。", ("得",), whole=True),
    # 这个活动的深入开展，对于普及…，无疑将起极大的推动作用: what a thing will do for another, judged
    SentenceRule("effect_judged", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "力争", "确保")
        + r"[^。；;]*(?:将|会|必将|必然|无疑)[^，,。；;]{0,6}起[到着]?[^，,。；;]{0,8}作用[。；;]?$"),
                 "这项工作的开展，对于提高群众素质，必将起到重要的促进作用。", ("作用",), whole=True),
    # …回旋加速器，正在加紧建设中; 中国正在集中全力进行经济建设; 两国的合作，…，正在发挥出越来越大的力量: how a thing
    # stands or goes now, told
    # (no act asked of anyone; not 加快正在建设的项目: what 正在 qualifies; not 真正在, 守正在)
    SentenceRule("in_progress_told", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "力争", "确保", "争取", "将", "努力")
        + r"[^。；;]*?(?<![真守纠公])正在"
        r"(?:[^，,。；;]{0,12}中[。；;]?$|(?![^，,。；;]{1,3}的)[^，,。；;]{1,24}(?:[，,。；;]|$))"),
                 "新建的两座水库，正在加紧施工中。", ("正在",), whole=True),
    # 九是社会治理方面。: the label of a group of items, naming a field, no act
    SentenceRule("field_label", re.compile(r"^[一二三四五六七八九十]{1,2}是[^，,。；;：:]{2,14}方面[。：:；;]?$"),
                 "三是城市建设方面。", ("方面",), whole=True),
    # 凡一个建设单位，…投资额大于限额者，即是限额以上的建设单位: a term defined, not an act
    SentenceRule("term_defined", re.compile(r"^[（(]?(?:注)?[）)]?凡[^。；;]{2,60}?者[，,]?即(?:是|为)"),
                 "凡年产值大于规定数额者，即是大型企业；", ("凡",), whole=True),
    # 三是围绕民生福祉，提出8项指标，其中…: how the plan's indicators are made up, told (its figures are targets)
    SentenceRule("indicators_told", re.compile(
        r"提出(?:了)?[0-9一二三四五六七八九十两]+(?:项|个|条)(?:主要|具体|约束性|预期性)?(?:指标|目标)[，,]其中"),
                 "三是围绕民生福祉，提出8项指标，其中城镇调查失业率5.5%左右。", ("其中",)),
    # 《纲要（草案）》经大会审查通过后，省政府将全力组织实施: the document itself, once adopted, carried out as a whole
    SentenceRule("document_adopted", re.compile(
        r"^(?:《[^》]{1,24}》|本(?:规划|纲要|报告|计划))(?:（草案）|\(草案\))?经[^，,。；]{1,16}(?:通过|批准)后"),
                 "《规划（草案）》经大会审议通过后，市政府将认真组织实施。", ("经",), whole=True),
    # 分13个领域细化实化“十五五”时期任务, 将一批重大项目纳入《纲要草案》, 《纲要草案》围绕…: how the plan's draft
    # was made, told (its tasks are said where the report gives them)
    SentenceRule("draft_described", re.compile(
        "^" + _nothing_asked_after("必须", "应当") + r"(?:[^。；;]*?(?:"
        r"(?:分|等)[0-9一二三四五六七八九十]{1,3}个(?:领域|方面)(?:细化|提出|明确)|纳入《[^》]{0,30}草案）?》)"
        r"|《[^》]{0,30}(?:纲要|规划)[^》]{0,6}》(?:（草案）)?(?:围绕|锚定|紧扣))"
        # 在规划编制过程中，我们坚持…，提出…: how the draft was made
        r"|^在(?:规划|纲要|《[^》]{0,30}》(?:（草案）)?)?(?:的)?(?:编制|起草|制定|编写)(?:过程|工作)?中[，,]"),
                 "《规划（草案）》从经济发展、民生福祉等5个方面细化提出20项主要指标。",
                 ("领域", "方面", "纳入", "纲要", "规划", "编制", "起草", "制定", "编写"), whole=True),
    # 对于少数民族地区，本年预算共支出…元，比…增长…%: what the budget spends, told (its figures are the figures)
    # (支出总数为３０，７４２，７７０，０００元；: the budget's total told, its line on its own)
    SentenceRule("budget_told", re.compile(
        r"^(?:对于?[^，,。；]{2,16}[，,])?(?:本年|今年|全年)?的?(?:(?:国家)?预算(?:共|总共|共计)?(?:支出|收入|拨款)"
        r"|(?:收入|支出)(?:总数|总额|合计)(?:共|共计)?为[0-9０-９一二三四五六七八九十]"
        # (对外援助和其他支出６６９，３１５，０００元，占本年预算支出的２．１８％；: a budget line, its share told)
        r"|[^，,。；;]{2,20}(?:支出|收入)(?:共|共为|为)?[0-9０-９][0-9０-９，,．.]*(?:万|亿)?元[，,]占本年)"
        r"(?![^。；]*(?:(?<![主重需])要(?![素求点])|应当|应该|必须))"),
                 "对于边远地区，本年预算共支出１２，０００，０００元，比上年增长１０％。",
                 ("预算", "总数", "总额", "合计", "占本年")),
    # 应对新挑战、完成新任务，对政府工作提出新的更高要求: what the times ask of the government, said of it
    SentenceRule("demands_told", re.compile(
        r"对[^，,。；]{0,10}(?:工作|我们|政府)提出(?:了)?(?:新的|更高的?|新的更高的?)?要求[。！]?$"),
                 "应对新挑战、完成新任务，对政府工作提出新的更高要求。", ("提出",)),
    # 在这个问题上，有两种可能：或者是严格地控制…，使…: the ways things may go, weighed, not a task set
    SentenceRule("possibilities", re.compile(
        r"(?:有|存在|面临)着?(?:两|二|三|几)种(?:可能|前途|结果|前景|选择)(?:性)?[：:，,]|^或者是"),
                 "在这个问题上，有两种可能：或者是严格地控制人口的增长，使生活水平逐步提高；", ("种", "或者是")),
    # 国家正编制实施…振兴发展规划，将有力推动…: what a level above the speaker is doing, the chance it brings
    # (not 国务院正着手制定…: the speaker may be it; nor 国家正在…，我们要抓住机遇…: the task it calls for)
    SentenceRule("higher_level_doing", re.compile(
        r"^(?:国家|中央|党中央|上级)(?:正在|正|即将)"
        + _nothing_asked_after("必须", "应当", "应该", "务必", "抓住", "用好")),
                 "国家正编制实施原中央苏区振兴发展规划，将有力推动苏区加快发展。", ("正", "即将")),
    # 我们正在和将要进行的各项改革，目的是要克服…: what a course is for, told, nothing asked before or after it
    # (not …，目的是使…，要继续抓紧抓好; nor 要加快改革，目的是…)
    SentenceRule("purpose_told", re.compile(
        r"^(?:(?!(?<![主重需将])要(?![素求点])|必须|应当|应该|务必).)*?目的(?:是|在于|就是)(?:要|为了)?"
        + _nothing_asked_after("必须", "应当", "应该", "务必")),
                 "我们进行财政体制改革，目的是为了调动各方面的积极性。", ("目的",), whole=True),
    # 为了加快农业的发展，⏎一要…: a purpose alone on its line, what it leads into are the tasks
    SentenceRule("purpose_only", re.compile(r"^(?:为了|为)[^，,。；;：:]{2,30}[，,：:]\s*$"),
                 "为了加快农业的发展，", ("为",), whole=True),
    # 一切爱好和平的国家和人民应当促使…: what other countries are asked to do, not this government's task
    # (not 一切国家机关和国家工作人员必须…: ours)
    SentenceRule("others_asked", re.compile(
        r"^(?:一切|所有|各|世界各)(?:[^，,。；;]{0,12}的)?(?:国家|各国|民族)(?:和|与)?(?:人民|地区)?"
        r"(?!机关|工作人员|干部|公务员|所有|安全|利益)[^。；;]*?(?:应当|应该|必须|都要)"),
                 "一切爱好和平的国家和人民应当促使有关大国停止军备竞赛。", ("一切", "所有", "各")),
    # 由此可见，…还是全体农民要继续完成的重大任务: a lesson drawn from what was said, whatever it asks (not
    # 这说明，差距仍然不小，必须加快补齐…: what the figures show, then the task they call for)
    # 人民生活的改善，必须建立在生产发展的基础上; 必须坚持对人民民主和对敌人专政的统一: a principle the work rests
    # on, held, with nothing to do in it (not 要在…的基础上，加快…: what to do on that ground)
    SentenceRule("principle_held", re.compile(
        r"(?:建立|建筑)在[^，,。；;]{2,24}?基础(?:之)?上[。！；;]?$"
        r"|坚持[^，,。；;]{2,24}?的统一(?:[，,][^，,。；;]*?(?:不允许|不能|不可)[^，,。；;]*"
        # (必须坚持民主与集中的统一，坚持反对官僚主义和无政府主义: and the two errors it stands against)
        r"|[，,](?:坚持|坚决)?反对[^，,。；;]{2,24})?[。！；;]?$"),
                 "但是，人民生活的改善，必须建立在生产发展的基础上。", ("基础", "统一"), whole=True),
    # 坚持系统观念。坚持两手抓、两手都要硬的方针。: a principle named alone, nothing to deliver in it
    SentenceRule("principle_named", re.compile(r"^坚持[^，,。；;]{2,14}?(?:观念|理念|原则|方针)[。！；;]?$"
                                               # 坚持扩大内需这个战略基点，以需求与供给…互促支撑: the ground held, and
                                               # how its parts back each other, nothing to deliver
                                               r"|^坚持[^，,。；;]{2,14}?这个(?:战略)?基点(?:[，,]以[^，,。；;]{2,30}?"
                                               r"(?:互促|互动|支撑)[^，,。；;]{0,4})?[。！；;]?$"
                                               # 坚持把结构调整作为主线。, 坚持以人民为中心。: what the work holds to
                                               r"|^坚持(?:把|以)[^，,。；;]{2,24}?(?:作为|为)[^，,。；;]{0,12}?"
                                               r"(?:主线|动力|主题|根本出发点|出发点|落脚点|立足点|首要任务|中心|第一要务|重要标志)"
                                               r"[。！；;]?$"),
                 "坚持系统观念。", ("观念", "理念", "原则", "方针", "作为", "为中心", "基点")),
    # 按一九五四年的计划指标计算，…只要降低…成本的百分之一，就可以每年为国家节约…: what a saving would come to,
    # reckoned (not 按…价格计算，2015年国内生产总值将超过…: a target set in those terms)
    SentenceRule("reckoned", re.compile(
        r"^(?:按|照|按照)[^，,。；;]{2,24}?(?:计算|测算|估算)[，,][^。；;]*?(?:只要|如果|如能|假如)[^。；;]*?就"
        r"(?![^。；;]*(?:必须|应当|应该|务必|力争|确保|(?<![主重需只])要(?![素求点])))"),
                 "按今年的计划指标计算，只要降低成本的百分之一，就可以为国家节约十亿元。", ("计算", "测算", "估算")),
    SentenceRule("conclusion", re.compile(r"^(?:由此可见|可见)[，,]"),
                 "由此可见，发展乡镇企业是农民致富的重要途径，必须继续努力。", ("可见",)),
    # 加上长期…盲目重复建设，导致一些行业生产能力过剩…: how a problem came about, told, nothing asked anywhere
    SentenceRule("cause_told", re.compile(
        r"^(?![^。；;]*(?:(?<![主重需])要(?![素求点])|将|必须|应当|应该|努力|力争|确保|防止|避免|严禁|杜绝|不得))"
        r"[^。；;]*?[，,](?:从而|进而)?(?:导致|致使)"),
                 "加上长期盲目扩张，导致部分行业产能过剩，产销矛盾更加突出。", ("导致", "致使")),
    SentenceRule("call", re.compile(r"^(?:让我们|同志们|各位代表|我们相信|我相信|相信|只要|只有|唯有|希望)"),
                 "让我们更加紧密地团结在以习近平同志为核心的党中央周围。"),
    # (否则就会…: a warning that goes with a task, not a condition)
    SentenceRule("condition", re.compile(r"就(?:一定|必将|必然)?能|就会(?<!否则就会)(?<!不然就会)|"
                                         r"(?:才能|方能|方可)[^，,]{0,12}[。！]?$|必将|只有[^。；]*[，,]才能|"
                                         # 如果适当地压缩库存，就可使…减少三分之一; 如果人们用来买吃的，就需要增加…
                                         r"(?:如果|假如|倘若|假若)[^。；]*[，,][^。；]*?就(?:可|需要)|"
                                         r"一定能|能够|足以|就(?:不能|不可能|无法)|必然会|势必会?|"
                                         r"^[^，,]{2,14}[，,]就(?:是)?要"),  # 如果不建设…，我们就不能…
                 "保持为民初心不改，就一定能守住人心、赢得民心。",
                 ("能", "必将", "足以", "就", "必然会", "势必", "方可"), whole=True),
    # 预估今年工业产值可有600亿元净增量: what is expected, said with nothing asked of anyone
    SentenceRule("forecast", re.compile(r"(?:预计|预估|估计)(?![^。；]*(?:要|必须|应当|确保|力争))[^，,。；]{0,30}"
                                        r"(?:可以|可有|可望|可达|将)"),
                 "预估今年全县工业产值可有50亿元净增量，有条件支撑预期目标实现。", ("预计", "预估", "估计"),
                 whole=True),
    # …，需要春风化雨、久久为功: what a task takes, said of it (not 需要加强…, a soft directive)
    SentenceRule("what_it_takes", re.compile(
        r"[，,](?:还|更|仍|尤其)?需要(?!加强|加快|推进|建立|健全|完善|进一步|提高|做好|抓好|落实|强化)[^，,。；;]{0,24}[。！]?$"
        r"|[，,](?:还|更|仍|尤其)?需要[^，,。；;]{0,12}、[^，,。；;]{0,12}[。！]?$"
        # 学会正确运用，不但要有一定的时间，而且可能要付出一定的代价: the time and the cost it takes
        r"|[，,](?:不但|不仅|而且|并且)?(?:还|更|仍|可能)*要(?:有一定的时间|花[^，,。；;]{0,6}时间|付出[^，,。；;]{0,6}代价)"
        + _nothing_asked_after("必须", "应当", "应该", "努力", "争取")),
                 "铸牢中华民族共同体意识，需要春风化雨、久久为功。", ("需要", "时间", "代价"), whole=True),
    # (…要全力落实好八个方面的主要任务。: the parts announced, the tasks in them)
    SentenceRule("agenda", re.compile(r"(?:以下|下列|这)?[一二三四五六七八九十几\d]+(?:个)?方面(?:的)?"
                                      r"(?:工作|重点|(?:主要|重点)?任务)?"
                                      r"[：:。]?$|(?:以下|下列)[几一二三四五六七八九十\d]*(?:个|项|点|件)?(?:方面)?的?"
                                      r"(?:主要|重点)?(?:工作|任务|目标)[：:。]?$|"  # 努力实现以下8个方面主要目标。
                                      # 要把握好以下原则和政策取向。
                                      r"(?:以下|下列)[^，,。；]{0,8}(?:原则|政策取向|要求|措施|几点)[：:。]?$|"
                                      # 有必要在以下一些重要的问题上把人们的认识进一步统一起来: the points ahead
                                      r"在(?:以下|下列)[^，,。；]{0,8}问题上|"
                                      # …必须遵循以下基本原则：坚持党的全面领导。: the announcement, its first head
                                      r"(?:以下|下列)[^，,。；]{0,8}(?:原则|要求)[：:][^，,。；：:]{1,16}[。；;]?$|"
                                      r"[：:]$|以下(?:几个)?方面[。：:]?$|为指导|总的要求是|总体要求是|总体思路是|^上述|^以上|"
                                      # 必须把握好事关全局的三个关键问题。, 着重抓好四个环节。: the points ahead
                                      r"(?:好|的)[一二三四五六七八九十两几]个(?:关键|重要|重大|主要|基本)?"
                                      r"(?:问题|环节|关系)[：:。]?$|"
                                      # 企业整顿的关键是三条。: the points it announces follow
                                      r"^[^，,。；]{2,12}(?:关键|重点|要点|办法|措施|主要内容)(?:是|有)"
                                      r"[一二三四五六七八九十两几\d]+(?:条|点|项|个方面)[。：:]?$"),
                 "今年要突出抓好十个方面的工作：",
                 ("方面", "：", ":", "为指导", "要求是", "思路是", "上述", "以上", "以下", "下列",
                  "关键", "重点", "要点", "办法", "措施", "主要内容", "问题", "环节", "关系")),
    # 两年中完成的重要水利工程有：…: what was finished, listed (not 今年要完成的重点项目有：…, a plan's list)
    SentenceRule("done_listed", re.compile(
        r"^(?![^。；;]*(?:(?<![主重需])要(?![求素点])|将|计划|拟|力争|争取|确保))[^。；;]*?(?:完成|建成|竣工|投产)的"
        r"[^。；;，,]{0,16}(?:有|是|为)[：:]"),
                 "三年中建成的水库有：官厅水库和大伙房水库。", ("完成的", "建成的", "竣工的", "投产的"), whole=True),
    # 这里需要着重说明的是，引进外国先进技术…同…方针，不但没有矛盾，而且…: a point explained, nothing asked
    # (这里要着重说明，…目标略微调低，主要是要与…衔接: the same, its 是要 explaining, not asking)
    SentenceRule("point_explained", re.compile(
        r"^[^，,。；;]{0,6}?(?:需要|应当|应该|必须|值得|要)?(?:着重|特别|进一步)?(?:说明|指出|强调)(?:的是)?[，,]"
        r"(?![^。；;]*(?:(?<![主重需纲摘是])要(?![素求点])|必须|应当|应该|务必))"),
                 "需要说明的是，扩大开放同自力更生的方针并不矛盾。", ("说明", "指出", "强调")),
    # 要一项一项地加以落实，保证其如期实现: a call to carry out what was said before, nothing named to deliver
    SentenceRule("carry_out_called", re.compile(
        r"^[^，,。；;]{0,16}?(?:要|必须|务必|应当)?(?:认真|切实|扎实|坚决|逐项|逐条|逐一|一([项件条])一\1地?)*"
        r"(?:加以|抓好|抓紧|狠抓)?(?:落实|贯彻执行|贯彻落实|组织实施)好?[，,](?:保证|确保|务求|力求|务必)(?:其|它们)?"
        r"(?:(?:如期|按时|按期|全面|圆满)?(?:实现|完成|见效|取得实效|落到实处|落地见效)|"
        # 我们将认真组织实施，确保把实事办好、好事办实: the items just voted, pledged
        r"把(?:实事|好事)办(?:好|实)(?:、(?:实事|好事)办(?:好|实))?)[。；;]?$"),
                 "各部门要逐项加以落实，确保按期完成。", ("落实", "执行", "实施"), whole=True),
    # (宪法中规定：「一切国家机关必须…」: a law's words quoted; not 国务院规定：在今后三年内…, a decision)
    SentenceRule("quotation", re.compile(
        r"(?:指出|强调|讲到|说过)[，,：:]|规定[：:][“「]"
        # 党的十八大…，强调要把生态文明建设融入…: what a congress or a meeting stressed, reported with no comma
        r"|^党的[^，,。；;]{1,12}?(?:大|全会|报告|会议)[^。；;]{0,40}?(?:强调|指出)(?:要|必须)"),
                 "党的二十大报告强调，高质量发展是全面建设社会主义现代化国家的首要任务。",
                 ("指出", "强调", "讲到", "说过", "规定")),
    SentenceRule("framing", re.compile(
        r"^(?:(?:全面|切实)?做好今年|做好[^，]{0,6}工作[，,](?:要|必须)"
        r"|(?:因此[，,])?要?(?:全面)?(?:完成|实现|达到)(?:这些|上述|以上)(?:目标|指标|任务)"  # 要达到上述指标，还必须…
        r"|(?:今年|[\d一二]{4}年)[，,]?是|"  # 今年，是“十四五”开局之年
        # 2026年政府工作主要是围绕…部署细化举措、抓好落实: what the year's work is built around, said of it
        r"(?:今年|明年|[\d一二]{4}年)的?(?:政府|全年)?工作(?:主要|重点)?(?:是|就是)围绕|"
        r"[^，]{0,10}总体要求是|[^，]{0,20}指导思想|下面|在这里|借此机会|总的来看|总之|综上"
        # 今年经济工作的基本着眼点，是…: where the year's work looks, said of it
        r"|[^，,。；]{2,20}的(?:基本|根本|主要)?(?:着眼点|出发点|落脚点|着力点|立足点)[，,]?是)"),
        "做好今年工作，要以习近平新时代中国特色社会主义思想为指导。", whole=True),
    SentenceRule("significance", re.compile(
        r"(?:对于|对)[^，,。；]{1,30}(?:具有|有着|起着|(?<!要)有)[^，,。；]{0,8}(?:作用|意义|影响)[。！]?$"
        r"|[，,](?:都|也)?有(?:着)?(?:十分|非常|更加|更为|极其|极为|极|特别)?(?:重要|重大|深远|积极)(?:的)?(?:现实|历史|战略)?"
        r"(?:作用|意义|影响)[。！]?$"
        r"|[，,](?:事关|关系到?|关乎)[^，,。；]{2,30}(?:全局|大局|长远|根本)[。！]?$"
        # 大力提高人民的科学文化…，可以为…提供强大的原动力; …，不仅可以拉动…，还可以增强…: what it brings
        r"|[，,](?:也|还|就)?可以(?:为[^。；;]{1,40}提供[^，,。；;]{0,12}|发挥[^，,。；;]{0,6}作用|深刻影响[^。；;]*)[。！]?$"
        r"|[，,]不仅可以[^。；;]*[，,](?:而且|还|也)(?:可以|能)[^。；;]*[。！]?$"
        # 加快发展消费品工业，不仅不会妨碍而且会促进重工业的发展: what it would bring, argued
        r"|不(?:仅|但)不会[^。；;]{1,20}(?:而且|反而)(?:会|能)"
        # 省委…决定的深入实施，…对口帮扶，将有力推动梅州迎头赶上: what it will bring about
        r"|[，,](?:必|也|还)?将(?:会)?(?:有力|极大|大大|有效)地?(?:推动|促进|带动|拉动)[^，,。；;]*[。！]?$"),
        "合理利用这笔财富，对于提高全社会的经济效益具有重大的作用。",
        ("作用", "意义", "影响", "事关", "关系", "关乎", "可以", "将", "不会"), whole=True),
    # what a matter bears on (能源革命，关乎发展与民生; 土地制度关乎…，也关乎…): its stakes told, unless the sentence
    # goes on to ask (…事关群众切身利益，我们一定要…; an explanation's 是要 asks nothing)
    # (said alone, its object no 的-phrase: not 加快推进一批事关全局的重大项目, works named by what they bear on)
    SentenceRule("stakes", re.compile(r"^[^，,。；;]{2,20}[，,]?(?:关乎|事关|关系到|关系着)"
                                      r"(?:[^，,。；;的]{2,30}[。！]?$|[^，,。；;]{2,30}[，,](?:也|更|还|又)(?:关乎|事关|关系到|关系着))"
                                      r"(?![^。；;]*(?:(?<![主重需纲摘是])要(?![素求点])|必须|应当|应该|一定|务必))"),
                 "基层医疗卫生服务，关乎群众健康和千家万户。", ("关乎", "事关", "关系")),
    SentenceRule("guidance", re.compile(
        # (我们将深入贯彻党中央提出的“五个必须”重大要求，…牢牢把握“稳中求进、提质增效”政策取向…: the same, said by us)
        r"^(?:我们将|我们要)?(?:全面|深入|认真)*贯彻(?:落实)?[^，,。]{0,40}(?:精神|要求|部署)[，,]"
        r".*(?:稳中求进|总基调|新发展理念|为主线|为统领)"),
        "全面贯彻落实党的二十大和中央经济工作会议精神，坚持稳中求进工作总基调，推动经济实现质的有效提升。",
        ("贯彻",)),
    SentenceRule("situation", re.compile(r"^(?:当前|现在|近年来|实践证明|事实证明|历史和实践|这是|这些|这样[，,]|其中|"
                                         # 这样做，既可为主产区腾出…，也有利于…: what doing so brings
                                         r"这样做[，,](?=既|不仅|可以|可|能|就能|有利于|才能)|"
                                         r"同时也要看到|我们也要看到|我们也清醒地看到|(?:清醒地)?看到|在肯定成绩的同时|面对|正处[在于]|"
                                         r"经济发展进入新常态|综合(?:判断|研判|分析)[^，,]{0,16}(?:形势|环境)[，,]"
                                         # 令人欣慰的是，越来越多的国家…: what is welcome in what is seen
                                         r"|令人(?:欣慰|高兴|鼓舞|振奋|欣喜)的是|值得(?:欣慰|高兴|庆幸)的是|可喜的是"
                                         # 经过多年努力，我市发展基础…很大提升: what years of work brought
                                         r"|经过(?:多年|几年|长期|持续|不懈)[^，,。；]{0,6}(?:努力|奋斗)[，,]"
                                         r"(?!(?:[^。；]*[，,])?[^，,。；]{0,4}?(?:(?<![重主需])要|将|力争|确保|必须))"
                                         r"|(?:我国|我省|我区|我市|我州|我县)(?:经济|发展)*(?:正|仍)处[在于]"
                                         + _GOES_ON_TO_ASK + ")"),
                 "当前，正是全面推进乡村振兴的关键时期。"),  # 同时要看到…: after its filler, 看到 opens it
    # 在深化改革的条件下，…都遇到许多新情况和新问题: the problems met, told, nothing asked (not 要解决遇到的问题)
    SentenceRule("problems_met", re.compile(
        r"^(?![^。；;]*(?:(?<![主重需])要(?![素求点])|必须|应当|应该|将|努力|力争|确保|着力))"
        r"[^。；;]*?(?:遇到|面临|碰到)(?:了|着)?[^，,。；;的]{0,14}(?:新情况|新问题|问题|困难|挑战|矛盾)[。！]?$"),
                 "在扩大开放的条件下，各条战线都遇到许多新情况和新问题。", ("遇到", "面临", "碰到"), whole=True),
    # …领导干部定期参加体力劳动，正在形成新的风气: what is already taking shape, told, nothing asked (not 逐步形成…体系)
    SentenceRule("taking_shape", re.compile(r"[，,](?:正在|已经)形成[^，,。；;]{1,12}[。！]?$"),
                 "各地干部深入基层蹲点调研，正在形成新的风气。", ("形成",), whole=True),
    # 党…始终保持着巩固的团结: a state kept all along, told, nothing asked (not 要始终保持着…, nor 着力/着眼)
    SentenceRule("state_kept", re.compile(
        r"^(?![^。；;]*(?:(?<![主重需])要(?![素求点])|必须|应当|应该|将(?![其之此这该它来近])))"
        r"[^。；;]*?(?:始终|一直|一向|历来|向来)[^，,。；;要]{1,3}着(?![力手眼重想落实])"),
                 "全县干部群众在县委的领导下，始终保持着艰苦奋斗的好作风。", ("着",), whole=True),
    # a shift under way (由…转向…), or foreseen from one side (从发展动力看，将从…向…转变)
    SentenceRule("shift", re.compile(r"^[^，,]{0,12}由[^，,]{1,20}转向|^[^，,]{0,12}从[^，,]{1,20}转向"
                                     r"|^从[^，,。]{1,10}(?:看|来看)[，,](?:将|正在|会)"),
                 "发展方式由粗放型转向集约型；", ("转向", "看")),
    # a last clause that opens with 是 says what the clauses before it are: 集中抓好这批大项目，是稳增长的关键所在
    # …，既是…的根本目的，也是…的迫切需要: what it is, twice over
    SentenceRule("definition", re.compile(r"[，,]是(?!否)[^，,；;]*$|[，,]既是[^。；;]*[，,](?:也|又|更)是"
                                          # 保障粮食安全的要害是种子和耕地: what a thing hinges on
                                          r"|^[^，,。；;]{2,16}的(?:要害|核心|根本)(?:在于|是)[^，,。；;]{2,20}[。！]?$"
                                          # 遵守纪律的最高标准，是真正维护…，真正维护…: what a thing of it is
                                          r"|^[^，,。；;]{2,16}的[^，,。；;]{0,4}(?:标准|标志|含义|实质|本质|特点|特征)[，,]是(?!否|要|不是)"
                                          r"|[，,]是[^。；;]{0,40}的(?:基础|关键|前提|保障|根本|重要保证|重要条件)[。！]?$"
                                          # 这条道路，就是…；就是坚持开放…: what it is goes on (not 就是要…, asked)
                                          r"|^就是(?!要)"),
                 "我们追求的发展，是提高质量效益、改善人民生活的发展。",
                 ("，是", ",是", "既是", "的要害", "的核心", "的根本", "就是"), whole=True),
    # 发展农业靠政策、靠科学; 廉政建设既要靠教育，…更要靠法制: what a thing depends on, a principle, nothing asked
    SentenceRule("depends_on", re.compile(r"^[^，,。；;依]{2,12}?(?:既要|也要|要|主要|关键|根本上)?"
                                          r"(?<![可停])靠(?!前|山|近)[^，,。；;]{1,14}"  # not 可靠, 靠前, 靠山
                                          r"(?:[，,、](?:既要|也要|更要|还要|要)?靠[^，,。；;]{1,14})*"
                                          r"(?:来保障|作支撑)?[。；;！]?$"),
                 "发展农业靠政策、靠科学。", ("靠",), whole=True),
    # 改革的进程有必要也有可能适当加快; 扩内需既有必要也有可能: a judgement that it should and can be, nothing asked
    SentenceRule("should_and_can", re.compile(r"有必要(?:也|而且|又)有可能" + _GOES_ON_TO_ASK),
                 "改革的进程有必要也有可能适当加快。", ("有必要",), whole=True),
    # 这种安排…，现在看来也是适当的; 根据各地的材料看来，…一般可以增产…: how a thing looks, judged from what is seen
    # (从…情况看来，我们应该…: a view that goes on to ask stays a task)
    SentenceRule("as_seen", re.compile(r"(?:现在|如今|今天|回头)看来[，,]?(?:也|还|仍然?|都|确实)?是"
                                       r"[^，,。；;]{1,12}的[。！]?$|^(?:根据|从)[^，,。；;]{1,30}看来[，,](?![^。；;]*(?:应该|应当|要|必须|需要))"),
                 "这种安排是根据当时情况确定的，现在看来也是适当的。", ("看来",), whole=True),
    # 在“西部大开发”战略和“一带一路”倡议的催化下，我市…有利条件进一步彰显…: the conditions a push brings, nothing asked
    SentenceRule("conditions", re.compile(r"^在[^，,。；;]{2,40}(?:催化|带动|加持|叠加|驱动)下[，,]"
                                          + _nothing_asked_after("将", "力争", "确保", "推动", "推进", "加快", "实施",
                                                                 "必须", "坚持")),
                 "在国家战略的带动下，我县区位优势进一步彰显，综合承载力显著提升。", ("下，", "下,"), whole=True),
    # 这个增长速度是指导性的…; 这个增长速度比“六五”期间…低一些; 这一切变化，无疑地将…: what the figures before
    # are or bring, said of them, with nothing asked
    SentenceRule("of_the_figures", re.compile(r"^这(?:个|一|些|一切)?(?:增长)?(?:速度|指标|数字|变化|笔资金)"
                                              r"(?![^。；;]*(?:要|必须|应当|应该|采取|加以|争取|努力|继续))"),
                 "这个增长速度比上一个五年实际达到的速度低一些。", ("这",), whole=True),
    # “七五”计划草案规定的经济增长率是积极的，也是留有余地的; 今年的预期目标是积极稳妥的: a figure or plan judged,
    # nothing asked of anyone
    SentenceRule("judged", re.compile(r"^[^，,。；;]{0,30}(?:增长率|增长速度|速度|指标|目标|计划|安排)(?:是|既是)"
                                      r"(?:积极|稳妥|适当|适宜|可行|合理|必要|恰当|实事求是|留有余地|符合实际)[^，,。；;]{0,6}的"
                                      + _nothing_asked_after("必须", "应当", "应该", "努力", "争取")),
                 "这个计划安排的增长速度是积极的，也是留有余地的。", ("是",), whole=True),
    # 如果仍然按照一九五二年的不变价格计算，一九五八年的工业总产值则为…: the figures reckoned another way
    # (并且，如果从产值、成本、利润三种指标来检查，全面完成计划的企业只占百分之三十: a result judged another way)
    SentenceRule("reckoned", re.compile(r"^(?:并且|而且|但是|同时)?[，,]?(?:如果|假如|倘若|若)(?:仍然|仍|还)?"
                                        r"(?:(?:按照|按|以)[^，,。；;]{1,24}(?:计算|计)"
                                        r"|从[^，,。；;]{1,30}来?(?:检查|衡量|考察|计算))[，,]"
                                        + _nothing_asked_after("必须", "应当", "应该", "力争", "确保")),
                 "如果按照上年的不变价格计算，今年的工业总产值则为350亿元。",
                 ("计算", "计", "检查", "衡量", "考察"), whole=True),
    # what follows if a condition holds (…计划如果完成，农业总产值将增长26%; 如果运用得当，不会引发通货膨胀):
    # an outcome reckoned, not a deliverable, unless the sentence asks something of it
    SentenceRule("outcome_if", re.compile(r"(?:如果|假如|倘若)[^，,。；;]{1,30}[，,]"
                                          r"(?![^。；;]*(?:要|必须|应当|应该|务必|力争|确保|争取))"
                                          r"[^。；;]*(?:将(?!要)|不会|就会|可以)"),
                 "全县的造林计划如果完成，森林覆盖率将提高到45%。", ("如果", "假如", "倘若")),
    # 在规划指标上，分为预期性和约束性两大类: how the things are sorted, told, nothing asked
    SentenceRule("sorted", re.compile(
        r"^[^，,。；;]{0,16}[，,]?(?:分为|划分为|分成)[^，,。；;]{2,30}(?:类|种|部分)[。；;]?$"),
                 "在考核指标上，分为约束性和激励性两类。", ("分为", "划分为", "分成"), whole=True),
    # 两年平均每年增长11.9%，超过五年计划规定的…速度; …的全部可比产品成本，超过计划成本4%左右: a figure measured
    # against its plan, nothing asked of anyone (not 力争超过…计划, 确保…)
    SentenceRule("against_plan", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "务必", "力争", "争取", "确保")
        + r"[^。；;]*超过[^，,。；;]{0,8}(?:计划|原定)"),
                 "全年平均每月增长5%，超过年度计划规定的速度。", ("超过",), whole=True),
    # 由于工资提高，职工增加的收入将达到12.5亿元; 旧中国的高等学校，由于…，畸形地集中在…: what a cause brings
    # about, told, unless the sentence asks something (由于…，必须…; 由于…，我们只要求…)
    SentenceRule("because", re.compile(r"^(?:[^，,。；;]{1,16}[，,])?由于" + _nothing_asked_after(
        "必须", "应当", "应该", "务必", "力争", "争取", "确保", "需要", "不能不", "(?:只|我们|我)要求")),
                 "由于新厂投产，全县的水泥产量将增加两倍。", ("由于",), whole=True),
    # 民营经济活跃，商贸物流发达，资源优势突出，发展基础坚实。: strengths listed, clause after clause, nothing asked
    SentenceRule("strengths", re.compile(r"^(?:[^，,。；;]{2,10}" + _STRENGTH + r"[，,])+[^，,。；;]{2,10}" + _STRENGTH
                                         + r"[。；;！]?$"),
                 "民营经济活跃，商贸物流发达，发展基础坚实。",
                 ("活跃", "发达", "坚实", "雄厚", "优越", "突出", "深厚", "富集"), whole=True),
    # …还有一个…的问题，这就是如何…; 我们教育的基本方针是明确的，这就是…: what something is, named after a comma
    # (这就是说 restates what to do, 这就是要 asks it)
    SentenceRule("this_is", re.compile(r"[，,]这就是(?!说|要)" + _GOES_ON_TO_ASK),
                 "限制人口的数量，提高人口的素质，这就是我们的人口政策。", ("这就是",), whole=True),
    # a clause that ends by judging the outlook states it, whatever verbs come before (前景广阔的产业 is a noun)
    # 越是…越要…, 改革越深入，越要…: the stance a hard time calls for, not a deliverable
    SentenceRule("stance", re.compile(r"^越是[^，,。]{1,20}[，,]"
                                      r"|^[^，,。]{1,8}[越愈][^，,。]{1,16}[，,][越愈](?:要|需要|应|应当|必须)|[，,]越是要"),
                 "越是困难的时候，越要坚定信心、迎难而上。", ("越", "愈"), whole=True),
    # what an action can bring (既可以…又可以…, 这样做，可以…, 畜牧业的发展，可以增加…), not the action asked for;
    # 有条件的地方，可以… grants leave and stays a task
    # (这样发展下去，只能使…; 长此以往，…): what a course leads to
    # (…，于公于私，都有好处): what it is good for
    # (它可以把…结合起来, 这种办法可以…: what a thing named before can do)
    SentenceRule("benefit", re.compile(r"既可以|既(?:能|可)(?!以)[^。；;]*[，,]又(?:能|可)"
                                       r"|^这样[^，,。]{0,8}[，,]就?可以|^(?:这样|如此)(?:发展)?下去[，,]"
                                       r"|^(?:它们?|这样做|这种[\u4e00-\u9fff]{1,4}|这)(?:就|也|还|将|不但|不仅|既)?可以"
                                       r"|^(?:同时[，,]?)?(?:也|还|更|将)?有利于"  # 同时也有利于管理好通胀预期
                                       # 采取这些措施，有利于把…选拔上来; 这既能补短板，也有利于扩需求: what the
                                       # measures told bring, not a measure
                                       r"|^(?:采取|实行|实施|推行)(?:这些|这种|这项|这一|上述)[^，,。]{0,6}[，,]"
                                       r"(?:就|将|也)?(?:有利于|有助于)"
                                       r"|^这既(?:能|可以?|有利于)[^。；;]*[，,](?:也|又)(?:有利于|有助于|能|可以?)"
                                       r"|^长此以往|^[^，,。]{1,12}的(?:发展|建设|实施)[，,]可以"
                                       r"|[，,](?:都|也|均)?(?:有|大有)(?:很大的?|很多|许多)?好处[。！；]?$"),
                 "发展乡村旅游，既可以增加农民收入，又可以保护生态环境。",
                 ("可以", "下去", "长此以往", "好处", "有利于", "既"),
                 whole=True),
    # a last clause that says what the subject has (…，具有十分重要的意义; …，具备现实可行的支撑条件) states it
    # (我们有完成一九五九年计划的许多有利条件。: the conditions the speaker counts on)
    SentenceRule("possession", re.compile(r"[，,](?:具有|拥有|具备)[^，,；;]*[。！]?$"
                                          # 同时，我们具备振兴突破的较好基础和诸多有利条件。: what the speaker counts on
                                          r"|[，,](?:我们|我[省市县区州])(?:也|还|已经?)?(?:具有|拥有|具备)[^，,；;]*"
                                          r"(?:条件|基础|优势)[。！]?$"
                                          r"|^[^，,。；]{0,6}有[^，,。；]{2,30}(?:有利条件|良好条件|基础和条件)[。！]?$"),
                 "我县交通便利、资源丰富，具备发展文旅产业的良好条件。", ("具有", "拥有", "具备", "条件"), whole=True),
    # what to understand (要深刻认识到…是关键) is a view to hold, not a deliverable
    SentenceRule("understanding", re.compile(r"^(?:要|必须|我们要)?(?:深刻|充分|清醒|切实)?(?:认识到|意识到)"),
                 "要深刻认识到，优化营商环境是推动高质量发展的关键。", ("认识到", "意识到")),
    # what the meeting is for (今天召开这次会议，主要目的就是…), not what it asks
    SentenceRule("meeting", re.compile(r"(?:召开|举行)[^，,。]{0,30}(?:会议|大会|会)[，,]"
                                       r"(?:主要(?:目的|任务)?|其?目的|任务)"
                                       r"|^(?:这次|本次|今天的)[^，,。]{0,30}(?:会议|大会|会)[，,的]?(?:主要)?(?:目的|任务)"
                                       r"|(?:这次|本次|召开这次)(?:会议|大会)[，,]?就?是要"),
                 "今天，我们召开全县经济工作会议，主要任务是总结去年工作、部署今年任务。",
                 ("会议", "大会", "会，", "会,"), whole=True),
    SentenceRule("outlook", re.compile(r"(?:前景(?:更加|十分|非常)?(?:可期|广阔|光明)|未来可期|大有可为|大有作为"
                                       r"|波澜壮阔)(?=[、，,。！；;]|$)"),
                 "数字经济蓬勃发展，我市发展前景广阔、大有可为。", ("可期", "广阔", "光明", "可为", "作为", "壮阔"),
                 whole=True),
    # a change measured against a time gone, with nothing asked (同一九五七年比较，…都增长百分之三十以上): a result
    SentenceRule("comparison", re.compile(r"^(?:同|与|和|跟)[^，,。]{1,12}(?:比较|相比)[，,]"
                                          r"(?![^。；]*(?:要|将|力争|争取|计划|预计|确保|目标|拟|本年|今年|明年))"),
                 "与十年前相比，全县城镇居民收入增长了一倍多。", ("比较", "相比"), whole=True),
    # a state that persists (…，外部环境不稳定、不确定因素依然很多; 形势依然极其复杂): the situation, not what to do
    # …风险串换累积，安全生产领域风险不容忽视: a problem named, too
    SentenceRule("persisting", re.compile(r"(?:(?:依然|仍然|依旧)(?:极其|极为|十分|非常|相当|较为|比较)?"
                                          r"(?:很多|较多|不少|较大|突出|严峻|复杂)(?:严峻|复杂)?"
                                          r"|不容忽视|不容小觑|亟待解决|有待(?:加强|提高|提升|改善|破解)"
                                          # 我们深知，政府自身建设还有不小差距: a gap owned, nothing asked yet
                                          r"|(?:还|仍|仍然|依然)?(?:有|存在)(?:不小|较大|很大|明显|一定)的?(?:差距|不足)"
                                          # …影响持续显现，世界经济复苏充满不确定性、不稳定性: the outlook, too
                                          r"|充满[^，,。；;]{0,6}(?:不确定性?|不稳定性?|变数)(?:因素)?"
                                          r"(?:[、和与及](?:不确定性?|不稳定性?|变数|挑战|风险)(?:因素)?)*"
                                          # …市情仍未根本性改变，加快发展的任务繁重艰巨: how heavy the work is, told
                                          r"|(?:任务|担子)(?:依然|仍然|十分|非常|更加|相当|更为)?(?:繁重艰巨|艰巨繁重|繁重|艰巨))"
                                          r"[。！；;]?$"),
                 "同时，世界经济复苏的基础仍然脆弱，不确定因素依然很多。",
                 ("依然", "仍然", "依旧", "不容", "亟待", "有待", "充满", "差距", "不足", "繁重", "艰巨"), whole=True),
    # what is still there (世界战争的危险依然存在，但…也在不断壮大; 传统优势依然存在，…): the situation, unless the
    # sentence goes on to ask
    SentenceRule("persisting", re.compile(r"(?:依然|仍然|依旧)存在(?:[。！；;]?$|[，,])"
                                          + _nothing_asked_after("必须", "应当")),
                 "发展不平衡的问题依然存在，但有利条件也在不断增多。", ("存在",)),
    # how things stand to this day (直到现在，不少…指标…低于…): the situation, unless it goes on to ask
    SentenceRule("to_this_day", re.compile(r"^(?:直到现在|直到目前|迄今为止|到目前为止|至今)[，,]" + _GOES_ON_TO_ASK),
                 "直到现在，全县不少乡镇的污水处理率仍然偏低。", ("现在", "目前", "迄今", "至今"), whole=True),
    # a spirit called up (激发万马奔腾的活力，…; 保持马不停蹄的干劲，…): an exhortation on how to work, with no
    # deliverable, unless it names one (发扬…的精神，…保证到一九八○年把三分之一的企业建成…)
    SentenceRule("spirit", re.compile(
        r"^(?:拿出|激发|保持|发扬|弘扬|鼓起|焕发)[^，,。；]{1,12}的(?:勇气|活力|干劲|劲头|精神|作风|韧劲|拼劲|闯劲|锐气|"
        r"状态|热情|气势|魄力)[，,](?![^。；]*(?:保证|确保|力争|争取|到[^，,。；]{0,6}年|[0-9]))"),
        "保持只争朝夕的干劲，担当作为，锤炼过硬本领，把承诺的事干成干好。",
        ("拿出", "激发", "保持", "发扬", "弘扬", "鼓起", "焕发"), whole=True),
    # what is said to be evident (毫无疑问，…将有重要的作用; 很明显，…是互相一致的): a judgement, unless it goes on
    SentenceRule("evident", re.compile(r"^(?:很明显|很明顯|很显然|很顯然|显然|顯然|毫无疑问|毫無疑問|不言而喻"
                                       r"|毋庸置疑)[，,]" + _GOES_ON_TO_ASK),
                 "毫无疑问，扩大高产作物的播种面积，对稳定全县粮食生产将有重要的作用。",
                 ("明显", "明顯", "显然", "顯然", "疑问", "疑問", "不言而喻", "毋庸置疑"), whole=True),
    # why a target was set as it is (5.5%左右的预期增长目标与…衔接，…是一个既积极有为又切实可行的目标): the case for it
    SentenceRule("rationale", re.compile(r"^[^，,。；]{0,16}?[0-9０-９.．]+[%％](?:左右|以上)?的[^，,。；]{0,10}目标"
                                         r"[^。；]*(?:衔接|吻合|匹配|相适应|相符|可行)"),
                 "6%左右的预期增长目标与全县发展潜力基本吻合，与现实条件基本匹配。", ("目标",), whole=True),
    # a reason given first (因为这类工程分散，建设较易，…): the argument for the work, not the work, unless it goes on
    SentenceRule("reason", re.compile(r"^(?:正是|也正|正|也)?因为" + _GOES_ON_TO_ASK),
                 "因为这类水利工程规模较小，建设比较容易，也就不致拖延工期。", ("因为",), whole=True),
    # the world's state (世界经济增长低迷态势仍在延续，…): what others do, the setting of the work, not a task
    SentenceRule("world", re.compile(r"^(?:国际金融危机|世界经济|全球经济|国际形势|国际环境|外部环境|世界多极化|"
                                     r"经济全球化|世界百年未有之大变局|发展中国家|国际关系|国际力量对比|和平与发展)"
                                     + _GOES_ON_TO_ASK),
                 "世界经济复苏乏力，外部环境不稳定不确定因素增多。",
                 ("国际", "世界", "全球", "外部", "经济全球化", "发展中国家", "和平与发展"), whole=True),
    # the plan said to be carried out once the congress approves it (经本次大会批准后，省政府将认真组织实施): a step of
    # procedure, no deliverable of its own
    SentenceRule("procedure", re.compile(r"^[^，,。；;]{0,12}?(?:本次|这次|此次)(?:大会|会议)"
                                         r"[^，,。；;]{0,6}(?:批准|通过)后?[，,][^，,。；;]{0,8}?(?:将|要)[^，,。；;]{0,4}?(?:组织实施|贯彻执行|贯彻实施|组织落实)"
                                         r"[。！；;]?$"),
                 "规划纲要经本次大会批准后，县政府将认真组织实施。", ("批准", "通过"), whole=True),
    # a part of a sum and its share (工业部门为二百四十八亿五千万元，占百分之五十八点二；): how the sum is shared out,
    # told line by line, no deliverable of its own
    SentenceRule("allocation", re.compile(r"^[^，,。；;]{2,24}?(?:为|是|共计|计)[^，,。；;]{1,24}?元[，,](?:约)?占"
                                          r"[^，,。；;]{2,24}[；;。]?$"),
                 "农业农村支出为三亿二千万元，占百分之十二；", ("占",), whole=True),
    # what the speaker urges a group of people that is no unit to be or do (青年们应该锻炼身体，学习文化…; 他们应该继续
    # 努力，…): an exhortation, no deliverable a unit answers for
    SentenceRule("exhortation", re.compile(r"^(?:同时[，,]|因此[，,]|所以[，,])?(?:他们|她们|非共产党人士|党外人士"
                                           r"|知识分子们?|学生们?|青年们?|广大青年|老一代人|年青的一代|年轻一代)(?:也|都|还)?"
                                           r"(?:应该|应当|必须|要)"),
                 "青年们应该努力学习科学知识，锻炼强健体魄。",
                 ("他们", "她们", "人士", "知识分子", "学生", "青年", "一代"), whole=True),
    # what fails if a thing is not done (不深化改革，就难以实现平稳发展): the case for the work, not the work, unless
    # the sentence goes on to ask
    SentenceRule("warning", re.compile(r"(?:^|[，,：:])(?:如果|若|倘若)?不[^，,。；;]{1,16}[，,](?:我们)?"
                                       r"(?:就|则|便|也就|那就|势必)(?:不仅)?(?:难以|无法|不能|不可能|谈不上|会|将)"
                                       # (不普及和提高教育，国家不可能强盛: the subject of what fails named, no 就)
                                       r"|(?:^|[，,：:])不(?![断仅少同但论管])[^，,。；;]{1,16}[，,][^，,。；;]{1,8}?"
                                       r"(?:不可能|难以|无法|谈不上)"
                                       + _GOES_ON_TO_ASK),
                 "产业基础依然薄弱，不加快转型升级，就难以在区域竞争中赢得主动。",
                 ("就", "则", "便", "势必", "不可能", "难以", "无法", "谈不上"),
                 whole=True),
    # a figure reckoned another way (如果把…加入计算，则…增长26.39%), or what a sum would buy (如用之于铁路建设，则可以
    # 新建铁路三千公里): arithmetic, not what to do
    SentenceRule("reckoning", re.compile(r"^(?:如果|假如|若|如(?=[用把将按能]))[^。；;]*[，,]则"
                                         r"(?![^。；;]*(?:要|必须|应当|务必))"),
                 "如果扣除价格因素，则全年实际增长6.2%。", ("如", "若"), whole=True),
    # opportunities and risks said to stand together (战略机遇和风险挑战并存; 多项利好政策叠加): the setting, not a task
    SentenceRule("setting", re.compile(r"(?:并存|交织|叠加|交汇)[。！；;]?$"),
                 "展望今后五年，全县发展机遇和挑战并存。", ("并存", "交织", "叠加", "交汇"), whole=True),
    # an opportunity said to come (…，正迎来前所未有的发展机遇。): the situation, not what to do
    SentenceRule("opportunity", re.compile(r"(?:正|将|正在|也|又)?(?:迎来|面临)[^，,。；;]{0,16}(?:机遇|机会|窗口期)"
                                           r"[。！；;]?$"),
                 "随着高铁全线通车，我县正迎来前所未有的发展机遇。", ("迎来", "面临"), whole=True),
    # (…，我们在基础设施建设、产业培育等方面有更多更好发展契机。: the chances a setting gives, no deliverable)
    SentenceRule("opportunity", re.compile(r"在[^。；;]{2,60}(?:方面|领域|上)有(?:更多|更好|更大|难得)[^，,。；;]{0,8}"
                                           r"(?:契机|机遇)[。！；;]?$"),
                 "国家支持力度加大，我们在产业培育、民生改善等方面有更多更好发展契机。", ("契机", "机遇"), whole=True),
    # the speaker's confidence (我们有信心有能力…完成…目标任务), not a task; but 让企业家更有信心 aims at it
    # 我们深信，在…领导下，…，我国的建设事业将继续胜利前进: what the speaker believes will come, no act asked
    SentenceRule("conviction", re.compile(r"^(?:我们|我)?(?:完全)?(?:可以)?(?:深信|坚信|相信|确信)[，,：:]"),
                 "我们坚信，只要全县上下团结一心，各项目标任务一定能够圆满完成。", ("深信", "坚信", "相信", "确信"),
                 whole=True),
    SentenceRule("confidence", re.compile(r"(?<!更)有(?:信心|决心)"),
                 "展望未来，我们有信心、有决心完成今年的各项目标任务。", ("信心", "决心"), whole=True),
    # (我们完全有力量、有办法同…进行斗争: the strength said to be there, a pair of them)
    SentenceRule("confidence", re.compile(r"有(?:力量|办法|能力|条件|底气)[、，,和也]?有(?:力量|办法|能力|条件|底气)"),
                 "只要上下同心，我们完全有能力、有条件战胜前进中的各种困难。", ("力量", "办法", "能力", "条件", "底气"),
                 whole=True),
    # a maxim opening the sentence (走出去才有希望，引进来方有变量，我们要…): what the speaker believes, said to stir
    # (绿色发展人人有责，贵在行动、成在坚持。: a maxim of what a thing takes)
    SentenceRule("maxim", re.compile(r"^[^，,。]{2,8}(?:才有|才会|方有|方能|方显)[^，,。]{1,8}[，,][^，,。]{2,8}"
                                     r"(?:才有|才会|方有|方能|方显)"
                                     r"|贵在[^，,。、]{1,8}[、，,][^，,。]{0,4}成在(?![^。；]*[，,][^，,。；]{0,4}(?:要|必须))"),
                 "走出去才有希望，引进来方有变量，我们要敞开大门谋发展。", ("才", "方", "贵在"), whole=True),
    # 做好服务是本分，服务不好是失职: short sayings of what a thing is, each clause a copula and a word or two
    SentenceRule("maxim", re.compile(r"^(?:[^，,。；;是]{2,14}是[^，,。；;是]{1,4}[，,])+"
                                     r"[^，,。；;是]{2,14}是[^，,。；;是]{1,4}[。！]?$"),
                 "为民办事是本分，办不好事是失职。", whole=True),
    # a view the speaker sets out to answer (或者有人认为：…; 有的同志担心…), not what to do
    # 有的…不是…而是…: a fault the speaker names
    SentenceRule("opinion", re.compile(r"^(?:或者|也|还|当然)?有(?:人|些人|的人|的同志|一些同志|些同志)"
                                       r"(?:认为|说|讲|主张|担心|提出|觉得|问)"
                                       # 我们认为，改善中苏关系，应该从…着手: a view held, not a work set (not
                                       # 我们认为，必须…: a demand put that way)
                                       r"|^(?:我们|我)(?:一贯|始终|一直)?认为[，,：:](?![^。；]*(?:必须|要|务必))"
                                       r"|^有的(?!放矢)[^。；]{0,30}?(?:不是|没有|不够|不能|却|热衷于)"),
                 "或者有人认为：我们的产量仍然远远落后于别人。", ("有", "认为"), whole=True),
    # an example told of one place (例如，吉林省有一个制糖厂，…花费投资…), not what to do
    # (例如，棉纱的产量，比上一年增加将近六十万件，…；: an illustration with nothing asked, too)
    # (比如，针对土地问题，…加快…盘活: what a speech goes on to ask, by way of 比如, stays a task)
    SentenceRule("example", re.compile(EXAMPLE_TOLD.pattern
                                       + r"|^例如(?![^。；]*(?:要|将(?!近)|应|必须|力争|争取|确保|计划|拟))"),
                 "例如，某县有一个水泥厂，设计标准很高，花费投资三千万元，费时三年才建成。", ("例如", "比如", "譬如"),
                 whole=True),
    # what a word means (国际化就是与国际接轨), not what to do; but 根本任务就是…, 就是要…, and a maxim held
    # (坚持绿水青山就是金山银山理念) stay tasks, and so does one that goes on to ask (…就是解放生产力，要…)
    SentenceRule("meaning", re.compile(r"^(?!坚持|树立|树牢|牢固|践行|贯彻|牢记|秉持|秉承|落实|深入|坚定)"
                                       r"[^，,。；“”]{2,6}(?<!任务|目标|重点|关键|核心|办法|途径|抓手|出路)就是(?!要)"
                                       + _GOES_ON_TO_ASK),
                 "国际化就是城市发展全面与国际接轨，形成高度市场化的制度体系。", ("就是",), whole=True),
    # what the speaker's side has always done or held (我国人民一向关怀…, 我们一贯主张…), unless it goes on to ask;
    # a watchfulness to keep (对此应当保持必要的警惕): both a stance, not a deliverable
    SentenceRule("habit", re.compile(r"^[^，,。；]{0,12}(?:一向|一贯|一貫|历来|歷來|向来|向來)(?!要|都要|必须)"
                                     r"(?![^。；]*[，,][^，,。；]{0,4}(?:要|必须))|保持(?:必要的|高度的?|应有的|應有的)?警惕[。！]?$"),
                 "我国人民一向关怀亚洲各国人民争取民族独立的斗争。",
                 ("一向", "一贯", "一貫", "历来", "歷來", "向来", "向來", "警惕"), whole=True),
    # a rallying cry closing a speech (为建设…而共同奋斗！): the spirit asked for, not a deliverable
    # (我们将持续深耕…，为现代化强省建设提供强大精神力量。: what the section's work will lend, said to close it)
    SentenceRule("rally", re.compile(r"为了?[^。！；]{2,60}而(?:共同|不懈|努力|继续|团结)?(?:奋斗|努力)[！!。]?$"
                                     # …提出，要锚定…更加彰显，…更加美好的总体目标努力奋斗，为…打下坚实基础: the goal
                                     # striven for, its parts told as states, nothing to deliver
                                     r"|目标(?:而)?(?:共同|不懈|努力|继续|团结)?奋斗(?:[，,][^，,。！；]{2,40})?[！!。]?$"
                                     r"|^我们(?:将|要|一定要)[^。！；]*[，,]为[^，,。！；]{2,24}(?:提供|注入|贡献|凝聚)"
                                     r"(?:强大|强劲|坚强|有力|更多|更大)?[^，,。！；]{0,4}"
                                     r"(?:力量|动能|动力|支撑|保障)[！!。]?$"
                                     # 我们一定要保持战略定力，…把…建设推向前进 (not 各级政府都要加强…，把改革推向前进)
                                     r"|^我们(?:一定|必须)?要[^。！；]*把[^，,。！；]{2,40}推向前进[！!。]?$"
                                     # 全国上下，一定要团结一致，…; 我们要坚定信心、保持定力，…: everyone rallied
                                     r"|^(?:我们|全[国省市县区州盟]上下)[，,]?(?:一定|都|必须)?要(?:团结一致|认清形势|坚定信心"
                                     r"|同心同德|齐心协力|振奋精神)"
                                     # 我国各族人民要在…领导下，更加紧密地团结起来，…争取…新胜利: a people rallied
                                     r"|^(?:我国|全国|全省|全市)?各族人民(?:一定|都)?要[^。！；]*团结起来"
                                     # 我们一定坚持…，让…更…！: a pledge (not 我们一定要加强物价管理: an order);
                                     # …，把宏伟蓝图变为美好现实: the whole plan's outcome, the speech's close
                                     # 我们要把思想和行动统一到…上来，…: minds united, the stock call that opens a plan
                                     r"|^(?:我们|全[省市县区])?(?:一定|必须)?要?把思想和行动统一到"
                                     r"|^我们一定(?!要)|(?:把|将|让|推动)宏伟(?:蓝图|愿景)(?:一步步)?变(?:成|为)(?:美好)?现实"
                                     r"[！!。]?$"),
                 "全县上下要更加紧密地团结起来，为全面建设现代化美好家园而不懈奋斗！",
                 ("奋斗", "努力", "我们", "上下", "各族人民", "宏伟", "思想和行动"),
                 whole=True),
    # what something needs (高质量发展离不开充满活力的经营主体), not what to do, unless it goes on to ask
    # (…的作为，也必定取决于资源能源的大放异彩: the subject said first, its dependence after a comma)
    SentenceRule("necessity", re.compile(r"^[^，,。；]{2,20}"
                                         r"(?:[，,](?:也|都|还|更)?(?:必定|必然|一定|终将|最终|根本上)?)?"
                                         r"(?:离不开|有赖于|取决于)" + _GOES_ON_TO_ASK),
                 "高质量发展离不开充满活力和韧性的经营主体。", ("离不开", "有赖于", "取决于"), whole=True),
    # a figure said to set a record, and nothing asked of it (今年高校毕业生749万人，为历史最高。): a forecast
    SentenceRule("record", re.compile(r"^(?!.*(?:力争|确保|争取|努力|要|必须|实现))"
                                      r".*[，,](?:为|是|将|再)?(?:创|达)?(?:历史|有史以来)(?:最高|新高|最多|最大|最好)"
                                      r"(?:水平)?[。！；;]?$"),
                 "明年全县高校毕业生将达5200人，为历史最高。", ("历史",), whole=True),
    # a maxim held (人才是第一资源，…必须把人才放在优先位置。): a creed, unless it goes on to ask with 要 or
    # with 必须 and an act (创新是第一动力，必须深入实施…战略)
    SentenceRule("first_force", re.compile(r"^(?!坚持|树立|树牢|牢固|践行|贯彻|牢记|秉持|深入)"
                                           r"[^，,。；]{2,8}是第一(?:生产力|资源|动力)(?:[，,。；;]|$)"
                                           r"(?![^。；]*(?:(?<![需主重])要(?![素求])"
                                           r"|必须[^，,。；]{0,4}?(?:实施|推进|推动|建设|加快|发展|抓好|落实|加强|深化)))"),
                 "创新是第一动力，发展必须依靠创新。", ("是第一",), whole=True),
    # what the figures before show (这就表明，一九五八年将是…的一年): a conclusion drawn, unless it goes on to ask
    SentenceRule("shows", re.compile(r"^(?:这就|这|這就|這)(?:表明|说明|說明|证明|證明|意味着|意味著)[，,]"
                                     + _GOES_ON_TO_ASK),
                 "这就表明，今年将是全县工业发展最快的一年。", ("表明", "说明", "說明", "证明", "證明", "意味"),
                 whole=True),
    # the only way said to be open (…不靠改革创新没有出路。): a judgement, not a deliverable
    SentenceRule("only_way", re.compile(
        r"(?:不靠|离开|没有)[^。；，,]{2,12}(?:就)?(?:没有出路|是没有出路的|无从谈起)[。！；;]?$"),
                 "全县发展到现在这个阶段，不靠改革开放没有出路。", ("出路", "无从谈起"), whole=True),
    # a work said to never end (保障和改善民生永远在路上。): a creed, not a deliverable, unless it goes on
    SentenceRule("endless", re.compile(
        r"(?:永远在路上|永无止境|只有进行时[，,]?没有完成时|永远没有休止符)[。！；;!]?$"),
                 "全面从严治党永远在路上。", ("永", "进行时"), whole=True),
    # resolve to reach every goal (我们必须以时不我待的干劲…，奋力实现各项发展目标。): the spirit, the goals come before
    SentenceRule("all_goals", re.compile(r"^我们(?:必须|完全|一定|有)[^。；]{0,40}?(?:实现|完成)(?:各项|全年)"
                                         r"(?:发展)?目标(?:任务)?[。！!]?$"),
                 "我们完全有条件、有能力全面完成全年目标任务。", ("我们",), whole=True),
    # what a period is (“十五五”时期是…的关键时期，也是…的关键五年。): its place in history, not a deliverable
    SentenceRule("period", re.compile(r"^[^，,。；]{0,12}(?:时期|五年|之年|今年|明年)[，,]?(?:将)?是[^。；]*"
                                      r"(?:时期|之年|一年|五年|阶段|窗口期|机遇期|攻坚期)[。！；;]?$"),
                 "今后五年，是全县实现跨越发展的关键时期。", ("是",), whole=True),
    # a judgement on a course taken or to take (…，这是完全必要的。, 这种改进和发展是经常需要的。): the case for it,
    # not a deliverable; the measures come in sentences of their own
    # (我们发展科学技术的基本方针也是明确的。: a course said to be clear, right or feasible, too)
    SentenceRule("judgement", re.compile(r"是(?:完全|十分|非常|很|经常|绝对|确实)?"
                                         r"(?:必要|需要|必需|明确|清楚|肯定|正确|可行|可能)的[。！；;]?$"),
                 "在加快建设的同时，加强生态保护，这是完全必要的。",
                 ("必要", "需要", "必需", "明确", "清楚", "肯定", "正确", "可行", "可能"), whole=True),
    # what a course is, said alone (建立…体制是一项开创性事业。): its weight told, not a deliverable; the measures
    # come in sentences of their own (not …是一项长期任务，必须坚持不懈: a sentence that goes on to ask)
    SentenceRule("undertaking", re.compile(r"^[^，,。；;]{2,30}是一(?:项|场|件)[^，,。；;]{0,20}"
                                           r"(?:事业|工程|任务|工作|斗争|革命|大事)[。！；;]?$"),
                 "推进城乡一体化是一项长期而艰巨的事业。", ("是一项", "是一场", "是一件"), whole=True),
    # what a course is for (稳增长也是为了保就业，…): its purpose explained, not a deliverable
    SentenceRule("purpose", re.compile(r"^[^，,。；]{2,16}(?:也|就|都|正|主要)?是为了"),
                 "稳增长也是为了保就业，适度的增速可以实现比较充分的就业。", ("是为了",), whole=True),
    # a welcome to others (我们热忱欢迎海内外客商…积极投身…热潮): an invitation, what others are asked to do, unless
    # the speaker's side goes on to ask itself (…，同时要继续改善投资环境)
    SentenceRule("welcome", re.compile(r"^(?:我们|我)?(?:热忱|热诚|热诚地|热烈|诚挚|衷心|真诚)欢迎"
                                       r"(?![^。；]*[，,][^，,。；]{0,4}(?:要|必须|将))"),
                 "我们热忱欢迎在外乡贤回乡投资兴业，共建美好家园。", ("欢迎",), whole=True),
    # what everyone knows (但是大家知道，社会主义国家根本不需要…), not what to do
    SentenceRule("known", re.compile(r"^(?:但是|可是|而且)?(?:大家|人们|谁)都?(?:知道|清楚)|^众所周知"),
                 "大家知道，我县的资源禀赋并不突出。", ("知道", "清楚", "众所周知"), whole=True),
    # a question the speaker poses (如何化解工业落后产能，…；): the problem to study, the tasks come after it
    # (…我们应当注意些什么问题呢？: a question mark ends one, too)
    SentenceRule("question", re.compile(r"^(?:如何|怎样|怎么)(?!.*(?:必须|就要|务必))|[？?]\s*$"),
                 "如何加快发展新兴产业，打造新的优势产业；", ("如何", "怎样", "怎么", "？", "?"), whole=True),
    # what is foreseen (预计到今冬明春，…就将占全国农户的大多数), with nothing asked: a forecast, not a task
    SentenceRule("forecast", re.compile(
        r"^[預预]计(?!.*(?:要|力争|确保|争取|必须|务必))[^。；]*?(?:将|会|可以|可能|能够)"),
                 "预计到明年底，全县农村就将基本普及自来水。", ("预计", "預計"), whole=True),
    # what others do (他们…还在拼凑军事集团…; 美帝国主义竭力阻挠…): narration of a third party, not a task for
    # anyone here (它们不应当…而应当… asks, and stays)
    # (英雄的朝鲜人民和英雄的越南人民，他们…: another nation's people, told of)
    # (“四人帮”竭力反对…，疯狂推行…: what the Gang of Four did, told; not what to do)
    SentenceRule("others", re.compile(r"^(?:在[^，,。；;]{2,24}[，,])?"  # 在非洲、中东…地区，它利用代理人…
                                      # (有人希望…: a view met)
                                      r"(?:他们|她们|它们|它|敌人|有人(?=希望|说|认为|主张|以为|提出)"
                                      r"|(?:美|英|日)?帝国主义者?|(?:林彪、)?[“\"]?四人帮[”\"]?"
                                      r"|(?:英雄的)?(?:朝鲜|越南|苏联|印度|日本|美国|老挝|柬埔寨|印度尼西亚|巴基斯坦|缅甸|"
                                      r"蒙古|阿尔巴尼亚|古巴|阿尔及利亚|非洲|拉丁美洲|亚洲|中东|巴勒斯坦|阿拉伯)各?国?人民)"
                                      r"(?![^。；]*(?:(?<![主重需不])要(?![求素点地塞冲])|应当|应该|必须|务必))"),
                 "他们在进行武力威胁以外，还在拼凑军事集团。",
                 ("他们", "她们", "它", "敌人", "有人", "帝国主义", "人民", "四人帮"),
                 whole=True),
    # a stance on other nations' cause (中国支持第三世界国家…发展南南合作的努力; 我们支持西欧国家在这个斗争中联合起来):
    # a position stated, not a task
    SentenceRule("stance", re.compile(r"^(?:中国|我国|我们|中国政府|中国人民)(?:政府)?(?:坚决|一贯|始终|坚定地?)?"
                                      r"(?:支持|赞成|反对|同情|声援|谴责)[^。；]*(?:的[^。；，]{0,4}(?:努力|斗争|立场)"
                                      r"|在[^。；，]{1,8}中联合起来)[。；]?$"),
                 "中国支持发展中国家发展民族经济、加强南南合作的努力。",
                 ("支持", "赞成", "反对", "同情", "声援", "谴责"), whole=True),
    # the nation's course among nations (我们将同世界各国人民一道，…维护世界和平): foreign policy, no row of a
    # 任务分解表
    SentenceRule("foreign", re.compile(r"^(?:今后[，,])?(?:我国|中国|我们|中国政府|中国人民)"
                                       r"(?![^。；]*(?:今年|年内|明年|提供|签署|举办|办好|援助|建成))[^。；]*"
                                       r"(?:社会主义各国|各国人民|第三世界|发展中国家|帝国主义|世界和平|国际局势|和平共处"
                                       r"|霸权主义|南南合作|世界各国|持久和平|世界上(?:任何|一切|所有)?国家)"),
                 "我们将同世界各国人民一道，为维护世界和平作出不懈的努力。",
                 ("社会主义各国", "各国人民", "第三世界", "发展中国家", "帝国主义", "世界和平", "国际局势", "和平共处",
                  "霸权主义", "南南合作", "世界各国", "持久和平", "世界上"), whole=True),
    # 我们坚决支持…人民的正义斗争, 中国主张全面禁止核武器, 我们也赞成东欧和西欧各国改善关系: a stance among
    # nations, no deliverable
    SentenceRule("foreign", re.compile(r"^(?:我们|中国|我国|中国政府)(?:也|还|一贯|始终|一向|历来|坚决|完全)*"
                                       r"(?:赞成|支持|反对|主张|谴责|同情)"
                                       r"(?![^。；]*(?:今年|年内|明年|提供|签署|举办|办好|援助|建成|将|要))[^。；]*"
                                       r"(?:人民的|各国|国际|联合国|殖民|侵略|霸权|超级大国|裁军|核武器|军备|军事集团|"
                                       r"民族解放|国家和人民|国家联盟)"),
                 "我们坚决支持各国人民维护民族独立的正义斗争。", ("赞成", "支持", "反对", "主张", "谴责", "同情"),
                 whole=True),
    # how the nation acts among nations (在国际事务中，坚持民主公正，推进协调合作；): foreign policy, too
    SentenceRule("international", re.compile(r"^在国际(?:事务|关系|舞台|交往)中[，,]"),
                 "在国际事务中，坚持相互尊重，推进对话合作；", ("在国际",), whole=True),
    # a topic an ordinal opens (第五，基本建设的标准问题。) or the speaker announces (这里我要强调一下…问题。):
    # what the part speaks of, the tasks come in its sentences (not 第二，解决好…问题, which asks)
    SentenceRule("topic", re.compile(r"^第[一二三四五六七八九十]+[，、,](?![^。；]*(?:解决|治理|处理|查处))"
                                     r"[^，。；,]{2,24}问题[。：:]?$|^这里我要(?:强调|讲|说)"),
                 "第五，基本建设的标准问题。", ("问题", "这里我要"), whole=True),
    # what lies before everyone (…的神圣使命，更加突出地摆在…全体中华儿女面前。): a charge stated, not a deliverable
    SentenceRule("before_us", re.compile(r"摆在[^。；]{0,40}面前[。！]?$"),
                 "实现高质量发展的历史重任，更加突出地摆在全县人民面前。", ("面前",), whole=True),
    # what the facts show (这一切表明，要充分实现…，还需要我们进行巨大的努力。): a conclusion drawn, not a deliverable
    SentenceRule("conclusion", re.compile(r"^(?:这一切|这些事实|以上事实|上述事实|事实|实践)(?:都|充分|有力地)?"
                                          r"(?:表明|说明|证明)"),
                 "这一切表明，要把改革推向深入，还需要我们付出更大的努力。", ("表明", "说明", "证明"), whole=True),
    # a trend under way as things change (随着…推进，我市的区位优势正加速转变为…; …，发展速度总会有快有慢):
    # what is happening, not what to do (随着经济的发展，…要逐步增加教育经费 asks, and stays a task)
    SentenceRule("trend", re.compile(r"^随着(?![^。；]*(?:(?<![重主只])要(?![素求点件])|必须|应当|务必|确保|力争|争取))"
                                     r"[^。；]*[，,][^，,。；]{1,16}?"
                                     r"(?:正在?|总会|将会|必将|日益|日趋|越来越)"),
                 "随着城际铁路建成通车，我县的区位优势正加速转变为发展优势。", ("随着",), whole=True),
    # what the figures say (据估计，…的产量都超过…; 据初步统计，…), not what to do
    SentenceRule("estimate", re.compile(r"^据[^，,。；]{0,12}?(?:估计|统计|测算|调查|核算)"),
                 "据估计，主要农产品的产量都超过了历史最高水平。", ("据",), whole=True),
    # a figure reckoned a stated way (按照全国的工业总产值大体计算，…约有百分之七十…): how it adds up, not a task
    SentenceRule("estimate", re.compile(r"^(?:按照?|照)[^，,。；]{1,16}?(?:大体|大致|粗略|初步)(?:计算|估算|测算)[，,]"
                                        + _GOES_ON_TO_ASK),
                 "按照全县的粮食产量大体计算，新增产量中约有六成来自高标准农田。", ("大体", "大致", "粗略", "初步"),
                 whole=True),
    # 把产品拿到国际市场上去竞争，接受检验，将有力地促进我们改善经营管理，…: what doing it will bring, told
    # (not …增长的速度都将达到百分之五十以上，这样就将大大地提高…: the figures set come first)
    SentenceRule("effect_told", re.compile(
        r"^(?![^。；;]*(?:[0-9０-９]|百分之))" + _nothing_asked_after("必须", "应当", "应该", "力争", "确保")
        + r"[^。；;]*?[，,](?:这|这样)?(?:就|必然|必将)?将(?:会)?(?:有力地|大大地?|极大地)"
        r"(?:促进|推动|带动|提高|改善)"),
                 "把服务送到群众家门口，将有力地促进我们改进作风，提高效率。", ("将",), whole=True),
    # …财政收入增速下降；另一方面，为刺激经济增长…，又需要大幅度增加投资和政府支出: the other need weighed, told
    SentenceRule("need_weighed", re.compile(
        r"^(?:一方面|另一方面)[，,]" + _nothing_asked_after("必须", "应当", "应该") + r"[^。；;]*?(?:又|也|还)需要"),
                 "另一方面，为保障民生和重点项目，又需要适度增加支出。", ("需要",), whole=True),
    # 但根据一些地方的经验，价格放开后将促进生产的迅速增长，…价格也必然逐步趋于平稳: what experience predicts
    SentenceRule("prediction_told", re.compile(
        r"^(?:但|而|但是)?[，,]?根据[^，,。；;]{0,16}经验[，,]" + _nothing_asked_after("必须", "应当", "应该")),
                 "根据一些县的经验，土地流转后将带动农民增收，收入也必然逐步提高。", ("经验",), whole=True),
    # 展望未来，从党的二十大到二〇三五年，用13年时间基本实现社会主义现代化…: the long view, a vision
    SentenceRule("vision_ahead", re.compile(r"^展望(?:未来|[0-9]{4}年|[一二〇]{4}年)[，,]"),
                 "展望2035年，全县要基本建成现代化美丽县城。", ("展望",), whole=True),
    # 有些地方对国有小企业实行股份合作制，…，对企业改组、改造和转换机制都有好处: a practice judged good
    SentenceRule("benefit_judged", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "可以", "鼓励", "提倡")
        + r"[^。；;]*(?:都|也|均)?有(?:很大的|一定的|重要的)?(?:好处|益处)[。；;]?$"),
                 "一些乡镇实行村账乡代管，对规范村级财务都有好处。", ("好处", "益处"), whole=True),
    # 但是有几项重要产品的产量没有完成计划：钢完成96.4%…: how far short of its plan a thing fell, told
    SentenceRule("shortfall_told", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "力争", "确保", "争取", "将")
        + r"[^。；;]*?(?:没有|没能|未能|未)完成[^，,。；;：:]{0,6}计划"),
                 "但是有几种主要产品的产量没有完成计划：生铁完成92%，水泥完成95%。", ("完成",), whole=True),
    # 改革总的原则和要求是：坚持以人为本…: the principles a work follows, stated (not what it delivers)
    SentenceRule("principles_stated", re.compile(r"^[^，,。；;：:]{0,20}原则(?:和要求)?(?:是|为)[：:]"),
                 "项目建设的基本原则是：坚持规划引领，坚持集约节约。", ("原则",), whole=True),
    # 实际上，这些人提出…口号，就是为了夸大错误…: what others are after, told (no act of ours)
    SentenceRule("others_aims_told", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "我们")
        + r"(?:(?:实际上|事实上|其实)?[，,]?(?:这些人|这种人|这些分子|他们|有些人|有人|某些人|少数人)"
        r"[^。；;]*?(?:就是为了|目的是|是为了|企图|无非是)"
        # 一个超级大国竭力施加压力，…妄图分裂…: a scheme, whoever plots it, is another's
        r"|(?![^。；;]*我们)[^。；;]*?妄图)"),
                 "其实，这些人散布种种谣言，就是为了动摇群众的信心。", ("为了", "目的", "企图", "妄图", "无非"),
                 whole=True),
    # 冶金工业部有五十七个建设项目，地方有十四个建设项目，共计七十一个。: how many each holder has, counted
    # (a plan's scope told, no act; not 要有100个项目开工: asked; not 目标是7%: a goal, no count of things)
    SentenceRule("holdings_counted", re.compile(
        "^" + _nothing_asked_after("必须", "应当", "应该", "力争", "确保", "争取", "将", "努力", "计划")
        + f"(?:在[^，,。；;]{{1,16}}中[，,])?(?:{_HOLDING}[，,])*{_HOLDING}[。；;]?$"),
                 "机械工业部有四十个建设项目，地方有九个建设项目，共计四十九个。", ("有", "是", "共"), whole=True),
)

# A clause that states what something is, not what to do: 抓好项目建设是稳增长的保障.
_COPULA = gated(
    r"是[^，,；]{0,30}(?:的|之)?(?:关键|保障|基础|前提|根本|要求|重要|动力|途径|抓手|引擎|核心|使命|优势|方向|"
    r"之年|时期|阶段|一年|必由之路|应有之义|题中之义|重中之重|生命线|试金石|着力点|落脚点|出发点|内容|支撑|之举|"
    r"之为|所在|写照|经验|底气|出路|选择|战略|追求|期盼|心愿|愿望|初心|己任|头等大事|第一要务|首要任务)"
    r"|是[^，,；]{0,30}(?:职责|责任|所必需|必需)(?:的)?[。！；]?$"
    r"|^(?!.*(?:要|就是|还|也|更|总|于)|(?:另)?一条是)[^，,；]{1,16}是[^，,；]{2,30}的[^，,；]{1,6}$"  # 一条是: an item
    r"|的必然要求|意义重大|至关重要|刻不容缓"
    r"|是[^，,；]{0,30}的中心[。！；]?$"  # 工业建设是…计划的中心: what a plan centres on
    # …的指标，都是很积极的: a plan judged; …在我国历史上一直就是为害最严重的河道: what a thing has long been
    r"|(?:都|也)?是(?:很|比较|完全|十分|非常)?(?:积极|稳妥|合适|恰当|必要|可行|正确|适当)的[。！；]?$"
    r"|(?:一直|历来|向来)就?是[^，,；]{0,20}最[^，,；]{1,12}的[^，,；]{1,6}[。！；]?$"
    # 三大改造本身也是有准备有步骤地进行的: how something was done, not what to do
    r"|是[^，,；]{0,30}(?:进行|推进|开展|实施|完成|取得|实现|建立|形成)(?:起来)?的[。！；]?$",
    "是", "的必然要求", "意义重大", "至关重要", "刻不容缓",
)
# …，是…的有效途径: a copula whose complement runs over commas to the means it names
_MEANS_NAMED = re.compile(r"[，,]是[^。；;]*的(?:[\u4e00-\u9fff]{0,4})(?:途径|手段|方式|办法|保证|渠道|方法|形式|举措)"
                          r"[。！；;]?$")
# A report's sentence that states where a plan's horizon will stand: 到2020年，…明显提高.
_HORIZON = re.compile(r"^(?:到|至)(?:19|20)\d\d年(?:底|末)?[，,]|^(?:今后五年|届时)[，,]")
_MODAL_LEAD = re.compile(r"(?:都|也|还|更|均|一定|始终)*(?:要|必须|务必|应当|需要)")
_SUBJECT_MODAL = re.compile(r"^[^，,要将]{1,12}?(?:要|将|必须|务必|需要|应当|负责|牵头)")
# Deadlines within the year that the time scanner leaves to the context: 年底前, 6月底前, 一季度.
_WITHIN_YEAR = gated(
    r"(?<![\d〇零一二三四五六七八九十年])(?:今年|明年)?(?:年底前|年底|年末前?|上半年|下半年|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:底|末)?前|"
    r"(?:第)?[一二三四]季度(?:末)?(?:前)?)",
    "年底", "年末", "半年", "月前", "月底", "月末", "季度",
)
# A clause that says what will follow, not what to do: 也将开辟人类物质文明建设的新路径.
_CONSEQUENCE = ("也将", "必将", "将会", "从而", "进而", "很不利于", "不利于", "十分不利于",
                "将产生", "都将产生", "将起到", "都将起到",  # …，都将产生极大的推动作用: what it will bring
                "只能使", "只会使")  # …，很不利于…: a judgement
# A clause of a target list with its topic first: 节能减排指标完成省下达任务.
# (not 有的没有完成产值指标: a result not reached)
_RESULT = gated(r"[^，,]{2,}(?<!没有)(?<!并未)(?<![没未])"
               r"(?:完成|达到|控制在|保持在|提高到|降低到|下降到|突破|超过)[^，,]{2,}",
               "完成", "达到", "控制在", "保持在", "提高到", "降低到", "下降到", "突破", "超过")
# A clause whose object is an attitude, not a deliverable: 要提高政治站位、坚定信心.
_ATTITUDE = re.compile(
    r"^(?:汲取|弘扬|传承|牢记|铭记|感悟|领会|领悟|树立|树牢|牢固树立|锤炼|涵养|把握|适应|下足功夫|下功夫|展现新|作出新|走在前|作表率|"
    r"在[^，]{2,20}上下(?:足|大|苦)?功夫[。！]?$|"
    r"(?:贯彻|践行)[^，]{0,10}(?:理念|思想|精神)$|全心全意|保持[^，]{0,4}(?:定力|初心|本色|清醒)|"
    r"增强[^，]{0,14}(?:意识|自觉|自信|本领|信念|信心|决心)|坚定[^，]{0,6}(?:信心|信念|决心|理想)|(?:提高|强化|增强)[^，]{0,4}(?:站位|政治判断力|大局观|执行力)|坚守[^，]{0,4}初心|"
    r"站稳[^，]{0,4}立场|不忘|勇于|敢于|善于|甘于|[强长]本领|树[^，]{0,4}形象|"  # 在实干中提能力、强本领、树形象
    r"做[^，]{0,10}(?:贴心人|暖心人|表率|先锋|领头雁)|"
    r"(?:始终)?保持[^，]{0,8}(?:姿态|状态|干劲|拼劲|闯劲|作风)|(?:始终)?保持[^，]{0,14}精神状态|"
    r"(?:始终)?保持(?:积极向上|奋发有为|昂扬向上|锐意进取|斗志昂扬|迎难而上)|"
    r"[^，]{0,12}的(?:责任|使命)担当$|"
    # 以功成不必在我…的责任担当，努力建设人民满意的政府: the spirit, and the government people trust
    r"(?:建设|打造|建成|做)[^，]{0,4}(?:人民|群众)(?:群众)?(?:满意|放心|信赖)的[^，]{0,6}政府[。！]?$|"
    # 突出政治引领，打造对党绝对忠诚的人民政府: loyalty, not a deliverable
    # (强化履职担当，打造对事业绝对热忱的有为政府: the zeal pledged; the kind of government, below)
    r"突出政治引领$|(?:强化|增强)履职担当[。；]?$|"
    # 牢固树立宗旨意识，着力打造服务型政府: the kind of government pledged, nothing to deliver
    r"(?:着力|努力)?(?:建设|打造)服务型政府[。！]?$|"
    # 我们的目标是，建设一个行为规范、公正透明、勤政高效、清正廉洁的政府: the government described, a vision
    # (建设更加风清气正的政府; 打造对法律绝对恪守的法治政府: the same, said of the kind of government)
    r"(?:努力|加快|倾力)?(?:建设|打造|建成)(?:一个)?[^，]{2,30}的[^，的]{0,10}政府[。！；]?$|"
    # 坚持以思想和作风的纯洁性保证从政的廉洁性，始终保持为民务实清廉的政府形象: how the government is to be seen
    r"(?:坚持)?以[^，]{2,12}的纯洁性保证[^，]{2,12}[。；]?$|(?:始终)?保持[^，]{2,14}形象[。；]?$|"
    # 必须抢抓机遇、乘势而上，接续推进社会主义现代化江西建设: the modernisation pledged as a whole, a vision
    r"(?:接续|奋力|继续|全面)?推进(?:社会主义现代化[^，]{1,6}建设|中国式现代化[^，]{1,8}实践)[。！；]?$|"
    # 今年工作要坚持稳字当头、稳中求进: the keynote of the year's work, no deliverable
    r"(?:坚持)?稳字当头(?:、稳中求进)?[。；！]?$|(?:坚持)?稳中求进(?:工作总基调)?[。；！]?$|"
    # 坚持一心为民; …保持昂扬向上的精神状态，持续提升政府工作水平: how the government is to work, no deliverable
    r"坚持(?:一心|全心全意)为民[。；！]?$|(?:持续|不断|切实)?(?:提升|提高)政府工作(?:水平|质效)[。；！]?$|"
    # 理顺价格关系是一项长期的任务，既要积极，又要稳妥: the manner asked alone, no act
    r"(?:积极|稳妥|慎重|大胆|谨慎|审慎|积极稳妥)[。；！]?$|"
    # 巩固风清气正的良好生态; 营造风清气正的政治生态: the climate of conduct hoped for, nothing to deliver
    r"(?:持续|不断|着力)?(?:巩固|营造|涵养|厚植|净化|维护|形成|保持)(?:和发展)?[^，]{0,4}风清气正的[^，]{0,4}(?:政治)?生态"
    r"[。！；]?$|"
    # 坚持忠诚履职; 坚持实干为要，担当作为勇争先; 筑牢政治忠诚: how the government's staff are to be, its own items
    r"(?:坚持)?忠诚履职[。；]?$|(?:筑牢|坚守|坚定)[^，]{0,2}政治忠诚[。；]?$|坚持[^，]{1,2}为(?:先|要|重)$|"
    r"旗帜鲜明讲政治[。；]?$|(?:大力)?(?:强化)?担当作为(?:勇争先)?[。；]?$|清正廉洁树新风[。；]?$|"
    # 各级干部要认真学习…著作，刻苦钻研业务，提高领导水平; 讲实话、办实事，不作假、不作秀，把…心思和精力用在…上
    r"(?:认真)?学习[^，]{0,12}著作[。；]?$|刻苦钻研业务[。；]?$|提高领导水平[。；]?$|讲实话(?:、办实事)?[。；]?$|"
    r"不作假(?:、不作秀)?[。；]?$|把[^，]{0,8}心思和精力用在[^，]{0,16}上[。；]?$|"
    r"把[^，]{0,12}放在心上|顶住压力|练好内功|站稳脚跟|闯过难关|"
    # 深刻把握…这个最大的政治, 拿出干现代化的样子来, 扎扎实实办好惠州自己的事情: the spirit asked for
    r"深刻(?:把握|领会|认识|领悟)|"
    # 牢记…嘱托, 深入学习贯彻习近平新时代中国特色社会主义思想, 用…思想凝心铸魂, 提高政治判断力…, 在…中锻造绝对忠诚的
    # 政治品格, 不断提高…的政治能力、战略眼光、专业水平: the stance and abilities asked, no deliverable
    r"牢记[^，]{0,12}嘱托|(?:深入|认真|全面|坚决)?(?:贯彻)?落实[^，]{0,4}(?:习近平|总书记)[^，]{0,20}(?:重要指示|重要讲话|指示批示)"
    r"[^，]{0,6}[。；]?$|(?:自觉)?领会践行[^，]{0,30}(?:原则|认识)[^，]{0,4}[。；]?$|"
    r"(?:坚决|认真|全面)?贯彻(?:落实)?[^，]{0,12}决策部署[^，]{0,12}[。；]?$|不折不扣地?(?:落实|贯彻|执行)(?:到位)?[。；]?$|(?:不断)?提高政治判断力[^，]{0,16}|在[^，]{0,16}中[^，]{0,4}绝对忠诚的政治[^，]{0,4}|"
    r"(?:深入|认真|全面)?学习贯彻习近平新时代中国特色社会主义思想[。；]?$|"
    r"[^，]{0,6}用习近平新时代中国特色社会主义思想凝心铸魂|"
    r"(?:不断)?提高[^，]{0,40}(?:政治能力|战略眼光|专业水平)[。；]?$|"
    # 要以身作则，严肃纪律，…廉洁奉公，执法如山，尽心尽力为人民排忧解难: how the staff are to conduct themselves
    r"(?:以身作则|严肃纪律|改进作风|廉洁奉公|执法如山|遵纪守法|忠于职守|克勤克俭|励精图治)[。；]?$|"
    r"(?:不断|努力)?提高(?:政治|思想)(?:素质)?和业务素质[。；]?$|(?:尽心尽力|竭尽所能|竭诚)为(?:人民|群众)排忧解难[。；]?$|(?:坚决)?(?:当好|争当|争做)[^，]{0,40}(?:执行者|行动派|实干家)|(?:坚持)?只争朝夕[。；]?$|(?:坚持)?把[^，]{0,8}党的(?:全面)?领导贯穿[^，]{0,16}|坚持[^，]{0,20}硬道理|拿出[^，]{0,10}样子|[^，]{0,6}办好[^，]{0,8}自己的事|"
    # 坚持改革不停顿、开放不止步，勇涉“深水区”、敢啃“硬骨头”，以实际行动迎接…; 坚持民生为大，把好事办实、实事办好
    r"[^，、]{0,8}(?:不停顿|不止步|不松劲|不懈怠)$|勇涉|敢啃|以[^，]{0,4}实际行动|坚持[^，]{0,4}为大$|"
    r"把好事办实|实事办好|多做[^，]{0,12}实事|多办[^，]{0,12}好事|"  # 多做打基础、利长远的实事: the spirit
    # 我们一定要落实好这些政策措施，把好事办好: a pledge to carry out what was just listed, nothing new to deliver
    r"落实好(?:这些|上述|以上)[^，]{0,6}[。；]?$|"
    r"[^，]{0,8}(?:迈好第一步|开好局|起好步|见到新气象)|"  # 确保开局之年迈好第一步: a good start pledged
    r"(?:努力|奋力|确保)?实现[^，]{0,14}良好开局[。！]?$|"  # 努力实现“十五五”发展良好开局
    r"以[^，]{0,20}(?:定力|韧劲|拼劲|闯劲|斗志|精神|姿态|状态|干劲|热情|使命感|责任感|心态)|"
    # 要坚持凝心聚力，…凝聚起全省上下勠力同心、勇往直前的磅礴力量: the spirit rallied, nothing to deliver
    # 坚持主动作为、守正创新，事不避难、义不逃责: the spirit the staff work in
    r"为官一任[。；]?$|保一方平安[。；]?$|(?:强化|增强|扛牢|扛起)(?:政治|责任)担当[。；]?$|(?:坚持|始终|更加)?主动作为[。；]?$|(?:坚持)?守正创新[。；]?$|事不避难|义不逃责|(?:坚持|始终)?警钟长鸣[。；]?$|"
    # 再鼓实干之劲、再造发展之势、再聚和谐之力: the drive rallied, in figures
    r"再[鼓造聚添蓄]?[^，、]{1,4}之(?:劲|势|力|气)[。！；]?$|(?:坚持)?凝心聚力[。！]?$|凝聚起?[^，]{0,24}(?:磅礴力量|强大合力|强大力量)[。！]?$|"
    # 坚持把造福人民作为根本价值取向，把人民满意作为根本评判标准: the values held, nothing to deliver
    r"(?:坚持)?把[^，]{0,12}作为(?:根本|最高|首要)?(?:价值取向|评判标准|衡量标准|出发点和落脚点)[。！]?$|"
    # 坚持把区域协调发展作为现代化建设的内在要求; 确保“国之大者”高质量落实: a principle held, a pledge to carry out
    r"(?:坚持)?把[^，]{0,16}作为[^，]{0,16}的(?:内在|必然|本质)要求[。！]?$|确保[^，]{0,4}国之大者[^，]{0,12}落实[。！]?$|"
    # 践行正确政绩观，为人民出政绩，以实干出政绩，自觉按规律办事，坚决防范急功近利…: how the staff are to work
    # 坚持正确政绩观，敬畏历史、敬畏文化、敬畏生态，慎重决策、慎重用权: what the staff hold in awe and how they decide
    r"(?:坚持|树牢)[^，]{0,2}正确政绩观[。；]?$|敬畏[^，、]{1,6}[。；]?$|慎重(?:决策|用权|用人)[。；]?$|"
    r"践行[^，]{0,6}政绩观|(?:坚持|自觉)?为人民出政绩|以实干出政绩|自觉按规律办事|(?:坚持)?从实际出发(?:、按规律办事)?[。；]?$|(?:坚决)?(?:防范|防止|杜绝)[^，]{0,4}急功近利|"
    # 对标最高，聚焦最好，锚定最优，…争创新时代“第一等的工作”: a standard pledged, nothing to deliver
    r"(?:对标|聚焦|锚定|瞄准)最[高好优]$|争创[^，]{0,8}第一等的?工作|"
    # 坚持以人民为中心的发展思想，把群众的小事当成大事，…坚定走好新时代党的群众路线: the creed, no deliverable
    r"坚持以人民为中心的发展思想$|把群众的[^，]{1,4}当成[^，]{1,4}$|(?:坚定)?走好[^，]{0,10}群众路线$|"
    r"(?:坚持)?一切(?:为了|依靠)人民|坚持以民为本[。；]?$|践行宗旨|"  # 坚持一切为了人民, 坚持以民为本: the creed
    r"引起[^，]{0,12}(?:高度|足够|充分)?(?:的)?重视[。！]?$|"  # 必须引起全党…的高度重视: attention asked for
    r"[^，]{2,6}不[拖躲绕推等靠怕退避][。！]?$|"  # 遇到矛盾不绕、解决问题不拖: how one faces work, not what is due
    r"[^，]{0,10}(?:忠诚|拥戴|紧跟|维护|捍卫|擁戴|緊跟|維護|捍衛)核心|"  # 切实做到忠诚核心、维护核心: loyalty
    # 我们必须坚定信心，把握机遇，应对挑战，真抓实干，夯实全面建成小康社会基础: resolve, and the grand goal's base
    r"(?:应对|迎接)[^，]{0,4}挑战[。！]?$|(?:抓住|抢抓)[^，]{0,4}机遇[。！]?$|(?:真抓|苦干|埋头苦干)实干[。！]?$|埋头苦干[。！]?$|"
    r"夯实[^，]{0,6}(?:全面建成小康社会|现代化建设|现代化)[^，]{0,4}基础[。！]?$|"
    # 大兴学习之风，更新思想观念，提高专业素养，…全面提升推动高质量发展的能力水平; 旗帜鲜明讲政治，牢固树立正确政绩观，
    # 心无旁骛抓发展，…努力创造经得起…检验的实绩: what the staff are to be like, no deliverable
    r"大兴[^，]{0,6}之风|更新[^，]{0,4}观念|提高[^，]{0,6}素养|(?:旗帜鲜明)?讲政治|(?:牢固)?树立[^，]{0,8}政绩观|"
    r"心无旁骛抓发展|提[升高][^，]{0,6}(?:推动高质量发展的能力水平|履职能力)[。！]?$|努力创造[^，]{0,20}实绩[。！]?$|"
    # 坚持党的领导，增强“四个意识”，坚定“四个自信”，做到“两个维护”，恪守“…”要求: the political creed
    r"坚持党的(?:全面)?领导[。！]?$|坚定[^，]{0,4}自信|做到[^，]{0,2}两个维护|恪守[^，]{0,30}要求[。！]?$|"
    r"推进政府治理体系和治理能力现代化[。！]?$|"
    # 我们要居安思危、见微知著，下好先手棋、打好主动仗，不断为高质量发展排雷除险、清障护航: vigilance, in figures
    # 坚持“两点论”和“重点论”相结合，坚持问题导向、目标导向、效果导向相统一，强化…系统思维，算好…“三本账”，防止分解谬误、
    # 合成谬误，在多重约束条件下寻求“最优解”: how the work is to be thought about, nothing to deliver
    r"坚持[^，]{0,30}相(?:结合|统一)[。；]?$|强化[^，]{0,16}思维[。；]?$|把握好[^，]{0,90}平衡[。；]?$|算好[^，]{0,16}账”?[。；]?$|"
    r"(?:切实)?(?:防止|避免)[^，]{0,6}(?:分解|合成)谬误|(?:努力)?在[^，]{0,12}(?:寻求|找到)[^，]{0,4}最优解|"
    r"(?:着力|努力)?营造[^，]{0,24}(?:态势|局面)[。！]?$|"  # 着力营造百花竞放、群星争辉的蓬勃发展态势: a mood hoped for
    r"居安思危|见微知著|下好[^，]{0,4}先手棋|打好[^，]{0,4}主动仗|为[^，]{0,12}(?:排雷除险|清障护航|保驾护航)[。！]?$)"
)
# Words before a clause's verb that do not change what it is.
_FILLER = re.compile(
    r"^(?:[一二三四五六七八九十]+是|(?:另)?一条是|[一二三四五六七八九十]+要|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
    r"\d{1,2}[.．、]|[①-⑳]|——|—|(?:比如|再如|例如|同时|此外|另外|另一方面|一方面|下一步)[，,]?|今年|明年|全年|年内|"
    r"在(?:(?:19|20)\d\d年|今年|明年|年底|年内|月底|(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:月|季度)(?:底|末|份)?|"
    r"上半年|下半年|近期|[一二两三四五]年内)(?:以前|之前|前|内)?|"  # 要在月底前完成…: when, then the verb
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?(?:前)?|年底前|年底|我们|我[市区县省州盟旗镇乡]|全[市区县省州盟旗](?:上下)?|"
    r"各级(?:政府|党委)?|政府|要|将|必须|务必|需要|应当|应该|坚决|继续|进一步|更加|重点|着力|全力|大力|积极|持续|"
    r"扎实|切实|全面|深入|努力|主动|加紧|尽快|不断|认真|高标准|高质量|高水平|高水准|高起点|高规格|分层分类|全力以赴|"
    r"集中|统筹|精准|有序|稳步|逐步|力争|争取|全部|每周|每月|每季度|每半年|定期|"
    r"确保|重点在|注重|单独|分别|同步|及时|逐村逐户|逐步|还要|也要|既要|又要|更要|紧紧|牢牢|始终|坚定不移地?|毫不动摇地?|并|和|及|与|同|再|"
    r"因地制宜地?|平稳有序地?|稳妥有序地?|积极稳妥地?|更大力度地?|全方位|多渠道|"
    r"有计划、?有步骤地?|有计划地|有步骤地|有重点、?分步骤地?|分步骤地?|有针对性地|"  # 要有计划有步骤地推进…
    r"用(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:左右)?(?:的)?时间|到(?:19|20)\d\d年(?:底|末)?(?:前)?)+"
    # 用3年时间建成…, 到2027年建成…: how long or by when, then the verb
)
# The verbs of a directive: what a clause commits to doing.
_VERBS = (
    r"加快|加大|加强|加紧|推进|推动|促进|实施|建设|建成|新建|改建|扩建|续建|改造|打造|培育|发展|壮大|做大|做强|做优|做实|"
    r"深化|强化|完善|健全|优化|提升|提高|扩大|增加|新增|确保|力争|争取|实现|落实|抓好|抓实|抓牢|做好|办好|开展|启动|出台|"
    r"制定|组织|谋划|筹办|举办|开工|竣工|完成|整治|治理|防范|化解|引进|引导|支持|鼓励|创建|争创|创新|坚持|守住|严格|"
    r"保持|巩固|拓展|拓宽|探索|规划|编制|申报|招引|承接|融入|对接|聚焦|围绕|瞄准|依托|盘活|清理|规范|整合|挖掘|保障|"
    r"保护|修复|淘汰|控制|降低|减少|下降|增长|达到|突破|超过|吸纳|造就|带动|推行|试点|布局|构建|构筑|形成|夯实|筑牢|"
    r"压实|改善|消除|杜绝|防止|解决|破解|用好|用足|发挥|营造|激发|释放|提振|深挖|拓|稳定|稳住|守牢|织密|兜牢|兜住|"
    r"建立|设立|组建|成立|培养|引育|吸引|集聚|储备|安排|投入|筹集|争跑|搭建|连通|贯彻|执行|落地|推广|普及|覆盖|"
    r"提质|扩容|增效|降本|减负|纾困|帮扶|救助|关爱|服务|监管|督查|考核|整改|查处|打击|惩治|整顿|清零|攻坚|"
    r"调度|通报|报批|督办|跟踪|减半|减征|免征|缓征|减免|"  # 再减半征收企业所得税: a tax measure
    r"打赢|打好|决胜|发布|修订|颁布|印发|处置|维护|处理|搞好|破除|打破|实行|改进|扛牢|扛起|筹建|防治|监测|坚守|"
    r"办|抓|建|修|治|改|育|引|保|稳|扩|促|强|优|补|降"
)
_VERB = re.compile(f"(?P<verb>{_VERBS})")
# The verb of a clause's head: the first that starts at its first, second or third character.
_HEAD_VERB = re.compile(f"(?s).{{0,2}}?(?P<verb>{_VERBS})")
# Adverbs that follow a subject, not a verb: after one, the "verb" was a noun (创新永无止境, 改造已完成).
_ADVERB_AFTER_SUBJECT = frozenset("永已仍也")
_STATE_AFTER_SUBJECT = re.compile(r"(?:蓬勃|竞相|日益|加速)(?:向前|向上|发展|迸发|壮大|涌现|兴起)[。；;！!]?")
# What after a single-character verb makes a word that is no verb: 强大, 强劲, 优势, 优秀, 稳健, 建筑, 降水.
_NOT_A_VERB_BEFORE = {"强": "大劲烈", "优": "势秀良美", "稳": "健固", "建": "筑", "降": "水", "补": "贴"}
# The unit the text names as responsible: 由县发改局牵头; 区交通局要…; 各乡镇要….
_UNIT = r"(?:局|委|办|厅|部|署|中心|(?<!机)组|政府|部门|单位|乡镇|街道|公司|集团|机关|院|所|站|队|会|督查室|办公室)"
# …提高城乡居民养老保险基础养老金标准（牵头单位：农牧厅、林草局、人社厅）: the lead the text names, the first
_LEAD_NAMED = gated(r"[（(]牵头(?:单位|部门)[：:](?P<unit>[^，,、；;：:）)]{2,16})", "牵头单位", "牵头部门")
_LEAD_BY = gated(r"由(?P<unit>[^，,。；由]{2,24}?" + _UNIT + r")(?:牵头|负责|主抓|具体负责)", "由")
_LEAD_SUBJECT = gated(
    r"(?:^|[，,])(?:[一二三四五六七八九十]+是)?(?P<unit>(?:各|所有)[^，,。；：要将由把对在]{0,16}?" + _UNIT
    + r"|[^，,。；：要将由把对在各]{2,16}?" + _UNIT + r")[，,]?"
    r"(?:要|将|必须|务必|应当|负责|牵头)",
    "要", "将", "必须", "务必", "应当", "负责", "牵头",
)
# 县发改局承担的固定资产投资增速指标要…: the unit whose indicator or task it is leads
_LEAD_OWNS = gated(
    r"(?:^|[，,])(?P<unit>[^，,。；：要将由把对在各和]{2,16}?" + _UNIT + r")(?:和[^，,。；：]{2,12}?" + _UNIT
    + r")?(?:承担|负责|牵头)的",
    "承担的", "负责的", "牵头的",
)
_PLAN_NAME = re.compile(r"^[“\"「]?(?:" + PLAN_NAME + r")|^第[^个]{1,3}个五年")
_PLAN_TIME = re.compile(r"[”\"」]?(?:时期|期间|期末|末期|末|以来|[，,])")
# A title that names a five-year plan's period (“十五”期间, “十四五”时期, 今后五年), not its document
_PERIOD_OPENING = re.compile(r"^[“\"「]?(" + PLAN_NAME + r")[”\"」]?(?:时期|期间|以来)[，,]")
_PLAN_PERIOD = re.compile(r"(?:" + PLAN_NAME + r")[”\"」]?(?:时期|期间)|今后五年|未来五年|新一届政府|本届政府任期")
# 现在，我代表国务院，作关于…第六个五年计划的报告: a report that presents a five-year plan
_PRESENTS_PLAN = re.compile(
    r"作关于[^。\n]{0,30}(?:第[一二三四五六七八九十]个五年计划|[“\"]?[六七八九]五[”\"]?计划)[^。\n]{0,20}的报告")
_OPENING_REACH = 400
_OWN_WORK = re.compile(r"政府自身建设|政府治理效能|自身建设|政府建设|作风建设")
_COMPLETES = ("完成", "实现", "超额完成", "全面完成", "胜利完成")
_OPENS = re.compile(r"[^，,。；;]{0,10}?(?:开局|开好局|起好步|起步|开门红)")  # 实现“十五五”发展良好开局
_PLAN_DOCUMENT = re.compile(r"[”\"」]?(?:规划|纲要|实施方案|方案|编制|计划)")
_NOT_UNIT_WORDS = re.compile(
    r"部署|要求|会议|全会|精神|体系|场所|小巷|^(?:按照|根据|围绕|在|对|把|为|以|通过|\d|[一二三四五六七八九十]+[、.．])"
    # 也就是完成五年计划中他们所|应当担负的任务: 所 of 他们所, no institute; 布局, 社会: no 局, no 会
    r"|们所$|^(?:也就是|就是)|(?:布|格|大|结|开)局$|社会$|^(?:逐步|积极|加快|大力)"
    r"|干部$"  # 各级领导干部要…: people, not a unit (部 of 干部)
)
_NOT_A_UNIT = re.compile(r"^(?:我们|我|全市|全区|全县|全省|政府|各级政府|各级|党委|各级党委|全体|广大|各地)$")


_NAMES_PROBLEMS = re.compile(r"(?:存在|面临)着?(?:一些|不少|许多|诸多)(?:突出|明显)?的?(?:矛盾|困难|问题|短板|不足)"
                             r"(?:[和与](?:矛盾|困难|问题|挑战|不足))?[。：:]?$")


@dataclass
class _Stretches:
    """Stretches of a plan's part that are no tasks: the rest of a paragraph that opens looking back (“十四五”
    时期，…极不平凡。这五年，…), and of one that names the problems it goes on to list (但是，发展中仍然存在一些突出
    矛盾和问题。经济增长内生动力不足，…) or the opportunities it goes on to tell (政策机遇交汇叠加。国家…；…) up to a
    sentence that asks something of them (…但还存在不少问题。必须…), and the whole of one that announces the principles
    it tells (必须遵循以下基本原则：坚持…。…)."""

    review_until: int = 0
    problems_until: int = 0
    setting_until: int = 0
    principles_until: int = 0

    def skipped(self, probe: str, start: int) -> bool:
        if start < self.review_until or start < self.principles_until:
            return True
        if start < self.setting_until:
            end = _SENTENCE_MARK.search(probe, start)
            if not _ASKS.search(probe, start, end.end() if end else len(probe)):
                return True
            self.setting_until = 0
        if start < self.problems_until:
            if not _ASKS.match(probe, start):
                return True
            self.problems_until = 0
        return False

    def opens(self, context: _Context, probe: str, start: int, sentence: str) -> bool:
        """Whether ``sentence`` opens such a stretch (and so is no task itself)."""
        if context.looks_back(sentence):
            if start == 0 or probe[start - 1] == "\n":
                self.review_until = _paragraph_end(probe, start)
            return True
        if "原则" in sentence and _ANNOUNCES_PRINCIPLES.search(sentence):
            # 必须遵循以下基本原则：坚持党的全面领导。坚持和完善…。坚持以人民为中心。坚持人民主体地位，…: the
            # principles told to the paragraph's end, each head and what it means; none a row of the table (a list
            # of them at ；, 坚持稳中求进，…；坚持好字优先，…。, ends with the list)
            listed = sentence.endswith(("；", ";")) and _LIST_END.search(probe, start)
            self.principles_until = listed.end() if listed else _paragraph_end(probe, start)
            return True
        if ("存在" in sentence or "面临" in sentence) and _NAMES_PROBLEMS.search(sentence):
            self.problems_until = _paragraph_end(probe, start)
            return True
        if (sentence.startswith(("从", "同时", "但")) and _SITUATION_FRAMED.match(sentence)
                and not _ASKS.search(sentence)):
            # 从外部看，世界经济进入上升周期；…；省推动区域协调发展…持续加力: the setting told, up to a sentence
            # that asks anything (今年要实行…)
            self.setting_until = _paragraph_end(probe, start)
            return True
        if "机遇" in sentence and _NAMES_SETTING.search(sentence):
            # 展望未来五年，政策机遇交汇叠加。国家深入推进…；实施…等重大行动；…将有利于我市…: the setting told on,
            # up to a sentence that asks something of it
            self.problems_until = _paragraph_end(probe, start)
            return True
        return False


_SENTENCE_MARK = re.compile(r"[。！？；!?;\n]")
_ANNOUNCES_PRINCIPLES = re.compile(r"(?:以下|下列)[^，,。；]{0,8}原则[：:]")
_SITUATION_FRAMED = re.compile(r"(?:同时[，,]|但是?[，,])?从[^，,。；]{1,10}?来?看[，,]")
_NAMES_SETTING = re.compile(r"机遇[^，,。；]{0,10}(?:并存|交织|叠加|交汇)[^，,。；]{0,4}[。！]?$")
_ASKS = re.compile(r"(?:我们|各级政府)?(?:必须|要|应当?|务必|一定要|需要|对此|为此|针对)|我们将")


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return end if end >= 0 else len(text)


def extract_tasks(
    text: str,
    outline: list[Heading],
    quantities: list[Quantity],
    sections: list[Section] | None = None,
    date: str | None = None,
    title: str | None = None,
) -> list[Task]:
    """The task sentences of ``text`` in order, each with its heading, quantities, deadline and lead.

    Without ``sections`` every sentence may be a task (as for a fragment pasted on its own).
    """
    probe = simplified_view(text)
    starts = [h.start for h in outline]
    spans = sorted((q.start, q.end, i) for i, q in enumerate(quantities))
    span_starts = [s for s, _, _ in spans]
    report = is_report(text, title)
    context = _Context(text, probe, outline, sections or [], plan_year(text, date, title), report, date)
    # a title run on into its body (…开好局一是全力扩大有效投资。) ends where the body restarts
    run_on = [h.end for h in outline if h.end < len(probe) and "\u4e00" <= probe[h.end] <= "\u9fff"]
    sentences = _sentences(probe, sorted({*starts, *run_on}) if run_on else starts)
    sentences = [(s, e) for s, e in sentences if e - s >= 2]
    tasks = []
    skip = _Stretches()
    quotes = _Quotes(probe)
    goals_until = 0  # the end of a 主要预期目标 list whose items stand apart (…增长6%以上；…前列；…100%。)
    for k, (start, end) in enumerate(sentences):
        # (切实加强政府自身建设⏎各位代表！…: a part's title the outline has no marker for, not a row)
        if (end - start < _MIN_LENGTH or skip.skipped(probe, start) or _bare_title_line(probe, start, end)
                or quotes.inside(start, end)):
            continue
        if sections:
            part = bisect.bisect_right(context.section_starts, start) - 1
            if part < 0 or sections[part].role not in _TASK_ROLES:
                continue
        heading = bisect.bisect_right(starts, start) - 1
        first = bisect.bisect_left(span_starts, start)
        measured = [i for s, e, i in spans[first : bisect.bisect_left(span_starts, end)] if e <= end]
        sentence = probe[start:end]
        targets = any(quantities[i].kind == "target" for i in measured)
        if not targets and measured and (context.reports_past(quantities[i] for i in measured)
                                         or not _ASKS_OR_DOES.search(sentence)):
            # 一九八一年比一九八○年，原煤增长百分之零点二…: figures of a past year, in a plan's part; 发电量由…增加到…，
            # 增长百分之二十六；: figures the quantities stage read as done, and nothing asked
            continue
        if (not targets and measured and sections and sections[part].role == "requirements"
                and _only_reports(probe, start, end, [quantities[i] for i in measured])):
            continue  # a speech's 固定资产投资33.6亿元，增长55%；: last year's figures, where no heading says so
        own = _heading_sentence(outline, starts, start, end) if not targets else None
        if own is not None:  # a numbered item that sets a target (3.新建学校11所…) is a row, whatever follows it
            next_start = sentences[k + 1][0] if k + 1 < len(sentences) else len(text)
            if _has_body(outline, own, next_start, probe):
                continue  # the section row above its sentences, not a row of its own
        if skip.opens(context, probe, start, sentence):
            continue
        goal = start < goals_until  # an item of the list is a goal, figure or not (空气质量稳居全省前列；)
        if sentence.endswith(("；", ";")) and _GOALS_LEAD.search(sentence):
            goals_until = _list_end(probe, end)
        if not is_task_sentence(sentence, targets or goal, report) or (
                not targets and context.tells_of_past_years(sentence)):
            continue
        deadline_year, deadline_text = context.deadline(start, sentence, [quantities[i] for i in measured], heading)
        tasks.append(Task(text=text[start:end], start=start, end=end,
                          outline_index=heading if heading >= 0 else None, quantities=measured,
                          deadline_year=deadline_year, deadline_text=deadline_text,
                          lead=_lead(text, probe, start, end)))
    return tasks


_GOALS_LEAD = re.compile(r"(?:预期|主要)目标(?:是|为)[：:]")
# words that ask for or do something: a sentence of figures without them only reports
_ASKS_OR_DOES = re.compile(r"要|将|力争|确保|争取|必须|务必|计划|预计|应当|应该|努力|坚持|加快|推进|推动|实施|"
                           r"开展|完成|实现|建设|建成|新建|新增|进一步|加强|扩大|支持|开放|发展")
_PAST_YEAR_OPENING = re.compile(r"(?:[0-9]{4}|[一二三四五六七八九〇○零]{4})年[，,]")
_OUTCOME_TOLD = re.compile(r"取得(?:了)?[^，,。；]{0,6}(?:成就|成绩|成效|进展)|有了[^，,。；]{0,6}(?:发展|提高|增长)")
_ASKS_AHEAD = re.compile(r"要(?![求素点])|将(?![其之])|必须|力争|确保|争取|计划|应当|应该|务必")
_LIST_END = re.compile(r"[。\n]")
_CARRIES_ON = re.compile(r"贯彻|落实|继续|深入")  # 深入贯彻落实1997年…会议的精神: a past year named, the work goes on


class _Quotes:
    """The quote marks and line breaks of a text, found once: whether a sentence is words quoted."""

    def __init__(self, probe: str) -> None:
        self.probe = probe
        self.marks = [(m.start(), m.group() in "“「") for m in _QUOTE_OR_BREAK.finditer(probe)]
        self.starts = [at for at, _ in self.marks]

    def inside(self, start: int, end: int) -> bool:
        """Whether the sentence at ``start`` starts inside a quotation opened in a sentence before it in its
        paragraph and ends with it (…因为“这样的政策是危险的政策。|它将引导人们思想衰退…”。), not a task of the
        speaker's (but 树牢“走出去，…；|走不出去，眼前就是世界”的理念，推动…: it goes on after the quote). The last
        mark before it decides: an opening quote, not a closing one or a line break (a stray “ before another is
        closed by the later one's ”: “纲要（草案）》…“三农”)."""
        k = bisect.bisect_left(self.starts, start) - 1
        if k < 0 or not self.marks[k][1]:  # none, a closing quote or a line break
            return False
        closing = _QUOTE_CLOSING.search(self.probe, start, end)
        return closing is None or not self.probe[closing.end() : end].strip("。！？；!?;”」』 ")


_QUOTE_OR_BREAK = re.compile(r"[“「”」\n]")
_QUOTE_CLOSING = re.compile(r"[”」]")


def _bare_title_line(probe: str, start: int, end: int) -> bool:
    """Whether ``probe[start:end]`` is a short line of its own with no mark in it (a title), above a paragraph."""
    if (start > 0 and probe[start - 1] != "\n") or probe[end : end + 1] != "\n" or end - start > _BARE_TITLE_MAX:
        return False
    if _TITLE_MARKS.search(probe, start, end):
        return False
    following = probe.find("\n", end + 1)
    return (len(probe) if following < 0 else following) - end > _BARE_TITLE_MAX  # a paragraph, not a list of lines


_BARE_TITLE_MAX = 20
_TITLE_MARKS = re.compile(r"[。！？!?；;，,：:、0-9０-９]")  # (新建学校12所⏎: a row of figures, no title)


def _list_end(probe: str, at: int) -> int:
    found = _LIST_END.search(probe, at)
    return found.end() if found else len(probe)


def _only_reports(probe: str, start: int, end: int, facts: list[Quantity]) -> bool:
    """Whether a sentence whose figures are all facts says nothing else that directs (固定资产投资33.6亿元，
    增长55%；): what is left once its figures are taken out is no task."""
    rest, at = [], start
    for q in sorted(facts, key=lambda q: q.start):
        rest.append(probe[at : max(at, q.start)])
        at = max(at, q.end)
    rest.append(probe[at:end])
    return not is_task_sentence("".join(rest))


def is_task_sentence(sentence: str, has_target: bool = False, report: bool = False) -> bool:
    """Whether a sentence (simplified script) commits to an action or a result (ANNOTATION.md §5).

    Its main clause decides: a statement of meaning (…是…的关键) or of consequence (也将开辟…) after the
    last directive clause makes the sentence a statement, not a task.
    """
    reason = _REASON_AFTER.search(sentence)
    # …，是不能发挥投资效果的，因为…: the words before the reason say whether it commits (all of it, what it is)
    main = sentence[: reason.start()] if reason is not None else sentence
    commits = ((has_target and not _ends_saying_what_it_is(main)) or (report and _HORIZON.match(main))
               or _last_clause_directs(main, report))
    if not commits:
        return False
    rule = rejected_by(main, report)
    if rule is None and main is not sentence and rejected_by(sentence, report) == "past":
        rule = "past"  # …，因为搞了好多不必要的装饰: a reason told in the past tells of it
    # …新增1000处信号灯联网、累计达8000处: with a target, 累计 totals what is planned
    return rule is None or (has_target and rule == "past" and _PLANNED_TOTAL.search(sentence) is not None
                            and rejected_by(_PLANNED_TOTAL.sub("", sentence), report) is None)


_PLANNED_TOTAL = re.compile(r"累计")
_REASON_AFTER = re.compile(r"[，,](?:这是)?因为")


def _ends_saying_what_it_is(sentence: str) -> bool:
    """Whether the last clause states what its subject is (…，又是工业建设的中心。), so that a figure before it
    is part of a statement, not a target to meet."""
    if not _COPULA.admits(sentence):
        return False
    last = _COMMA_CLAUSE.findall(sentence.rstrip("。！；;!"))[-1:]
    return bool(last) and _COPULA.pattern.search(last[0]) is not None and _says_what_it_is(last[0])


def _last_clause_directs(sentence: str, report: bool) -> bool:
    """Whether the last clause that says what it is (a directive or a statement) is a directive.

    Read from the end, the first such clause decides, so the clauses before it are not read at all.
    """
    # a clause holds a gate's words only if its sentence does: one look at the sentence spares one per clause
    copula = _COPULA.admits(sentence)
    result = report and _RESULT.admits(sentence)
    if not copula:
        return _plain_clauses_direct(sentence, result)
    if _MEANS_NAMED.search(sentence):
        return False  # 民主协商对话制度，是…处理人民内部矛盾，…，消除隔阂的有效途径: what it is, its acts inside
    for part in reversed(_COMMA_CLAUSE.findall(sentence)):
        if _FACING.match(part):
            return False  # 我们也面临经济发展整体趋缓、深化改革任务艰巨…: a list of what one faces, no acts
        if _attitude_part(part):
            continue
        pieces = part.split("、")
        for k in range(len(pieces) - 1, -1, -1):
            clause = pieces[k]
            if not clause:
                continue
            if _COPULA.pattern.search(clause) or _follows(clause):
                return False
            if k and _says_what_it_is("、".join(pieces[: k + 1])):
                return False  # 也是新福建建设、推进…实践的重要阶段: a list inside what the sentence says it is
            if _directive_clause(clause, copula) or (result and _RESULT.pattern.search(clause)):
                return True
    return False


def _plain_clauses_direct(sentence: str, result: bool) -> bool:
    """``_last_clause_directs`` for a sentence with no copula's words: read from the end, clause by clause."""
    for part in reversed(_COMMA_CLAUSE.findall(sentence)):
        if "保持" in part and _SPIRIT_KEPT.match(_without_filler(part)):
            continue  # 我们要始终保持夙兴夜寐、寝食难安、奋发有为的进取状态: a spirit, its list no acts
        if _FACING.match(part):
            return False
        if _attitude_part(part):
            continue
        for clause in reversed(_CLAUSE.findall(part)):
            if _follows(clause):
                return False
            if _directive_clause(clause, False) or (result and _RESULT.pattern.search(clause)):
                return True
    return False


def _attitude_part(part: str) -> bool:
    """Whether a clause between commas is attitude as a whole, its 、-list read as one (在胸怀全局、服务大局中
    锻造绝对忠诚的政治品格; 不断提高把握新发展阶段、…的政治能力、战略眼光、专业水平), not piece by piece."""
    body = _without_filler(part.strip(" 　"))
    # fullmatch: the alternative that spans the part, not the first that starts it (把握 before 把握好…平衡)
    return "、" in body and _ATTITUDE.fullmatch(body.rstrip("。！；;!")) is not None


_SPIRIT_KEPT = re.compile(r"(?:始终)?保持[^，,]{0,24}(?:状态|姿态|劲头|干劲|拼劲|闯劲)[。！；;]?$")


def _follows(clause: str) -> bool:
    """Whether a clause says what will follow (也将开辟…; …特征和趋势也将随之改变), not what to do."""
    return (clause.startswith(_CONSEQUENCE) or ("随之" in clause and _FOLLOWS_ALONG.search(clause) is not None)
            or (clause.startswith("将使") and not clause.startswith("将使用")))  # 完成…计划，将使我们…: its outcome


# …，我们既面临着难得的机遇，又面临着严峻的挑战: where one stands, not what to do
_FACING = re.compile(r"(?:我们|我[市区县省州])?(?:既|又|也|还|正|仍然|依然|仍)?面临")
_FOLLOWS_ALONG = re.compile(r"(?:将|也|会)随之")  # not 要随之调整政策: a directive to follow along


# In a speech, "we" followed straight by a verb narrates what is being done: 我们结合…活动，开展…行动.
NARRATION = SentenceRule(
    "narration",
    re.compile(r"^(?:我们|我[市区县省州])"
               r"(?!要|将|必须|务必|需要|应|会|还要|一定|力争|争取|正在|继续|也要|更要|更加|今年|明年|下一步)"),
    "我们结合“为群众办实事”活动，开展“大调研”行动。",
)


# A leader's words cited to be acted on, not quoted as a statement: 贯彻落实习近平总书记…
_FOLLOWS_LEADER = re.compile(r"(?:贯彻|落实|践行|学习|遵循|按照|对标)[^，,。]{0,8}(?:习近平|总书记)")


_NOT_TASK_GATES = GatedRules([rule.gated for rule in NOT_TASK_RULES])


def rejected_by(sentence: str, report: bool = True) -> str | None:
    """The name of the rule that says ``sentence`` is not a task, or None."""
    if not report and NARRATION.pattern.match(sentence.lstrip(" 　\t")):
        return NARRATION.name
    body = _without_filler(sentence.lstrip(" 　\t")) or sentence
    # a word of a rule in the body is in the sentence: one scan of the sentence admits the rules of either
    for i in _NOT_TASK_GATES.admitted(sentence):
        rule = NOT_TASK_RULES[i]
        if rule.pattern.search(sentence if rule.whole else body):
            return rule.name
    if ("习近平" in sentence or "总书记" in sentence) and not _FOLLOWS_LEADER.search(sentence):
        return "quotation"
    return None


# 是 that names an example or a focus (特别是…, 重点是…), not what the subject is
_NOT_COPULA = ("特别", "主要", "重点", "尤其", "凡", "还", "或", "而", "就", "都", "总")


def _says_what_it_is(words: str) -> bool:
    """Whether a clause with a list inside is a statement of what its subject is, up to its end: 也是A、B的阶段."""
    found = _COPULA.pattern.search(words)
    copula = words.find("是", found.start()) if found is not None else -1
    # (都是很积极的, 一直就是…最严重的河道: an adverb the copula's own words take in)
    return (found is not None and copula >= 0 and found.end() >= len(words.rstrip("。；;！!"))
            and not (words[:copula].endswith(_NOT_COPULA) and not found.group().startswith(_ADVERB_TAKEN)))


_ADVERB_TAKEN = ("都是", "也是", "一直", "历来", "向来")


# 对…经营主体进行补助, 为既有住宅加装电梯: what is done for whom, said with the preposition first
_FOR_WHOM = re.compile(r"(?:对|为|向|给)(?![^，,。；]*(?:正在|还在))[^，,。；]{2,30}?"
                       r"(?:给予|提供|发放|加装|安装|配备|配置|免费|补助|补贴|资助|进行(?:补助|补贴|改造|救助|奖励|帮扶|培训))"
                       r"[^，,。；]{0,20}[。；;]?$")
_BY_MEANS = re.compile(  # 以政府投资有效带动全社会投资: by what means, to what end
    r"以(?!及|上|下|来|后|前|内|外)[^，,]{2,16}?(?:有效|全面|加快|持续)?"
    r"(?:带动|推动|促进|引领|撬动|拉动|提升|增强)[^，,]{2,}"
)


def _directive_clause(clause: str, copula: bool = True) -> bool:
    """Whether a clause that is no statement of meaning as it stands (``_COPULA`` does not match it) directs;
    ``copula``: whether its sentence holds the copula's words at all."""
    bare = clause.strip(" 　“”\"")
    if len(bare) < 2 or (copula and len(bare) != len(clause) and _COPULA.pattern.search(bare)):
        return False
    clause = bare
    body = _without_filler(clause)
    if _PROHIBITION.match(body):
        return True  # 一律不得列入年度建设计划, 更不准仓促开工: a ban is a directive too
    # 各部门都要|提高大局观: what is asked of the subject (not 推进智能化服务要|适应…: the work's own modal)
    subject_first = _HEAD_VERB.match(body) is None
    modal = (_SUBJECT_MODAL.match(body) if subject_first else None) or _MODAL_LEAD.match(body)
    asked = body[modal.end() :] if modal else body
    if _ATTITUDE.match(asked) or (body is not clause and _ATTITUDE.match(clause)):
        return False
    if _SHORTFALL_END.search(body) and not _REMEDY.search(body):
        return False  # 更新改造投资不足: a shortfall stated, not what to do about it (逐步改变投资率偏高: is)
    head = body or clause
    verb = _HEAD_VERB.match(head)
    if verb is None:
        modal = _SUBJECT_MODAL.match(clause)  # a subject before its modal: 各乡镇要落实…, 区交通局将…
        if modal is not None:
            head = _without_filler(clause[modal.end() :]) or clause[modal.end() :]
            verb = _VERB.match(head)
    if verb is None:
        if _BY_MEANS.match(head) or _FOR_WHOM.match(head):
            return True  # 以政府投资有效带动全社会投资: by what means; 为既有住宅加装电梯600部: for whom, what
        # a pledge of a result whose subject comes first: 确保重点工程按期建成, 力争粮食产量稳定在千亿斤
        if len(body) < 4 or body is clause:
            return False
        filler = clause[: len(clause) - len(body)]
        return "确保" in filler or "力争" in filler or "争取" in filler
    return _verb_directs(clause, head, verb)


def _verb_directs(clause: str, head: str, verb: re.Match[str]) -> bool:
    """Whether the verb found at the head of a clause makes it a directive."""
    start, end = verb.span("verb")
    lead = clause[: len(clause) - len(head) + start]
    if lead.endswith(_NEGATED_PAST) and "要" not in clause[len(lead) :]:
        return False  # 没有建立起什么工业: what was not done, not what to do
    if "是" in head[:start] and not lead.rstrip("是").endswith(_FOCUS_BEFORE_COPULA):
        return False  # 也是维护社会稳定所必需的: what something is, the verb inside it; not 重点是推进…
    if len(head) - end < 2 or head[end:].rstrip("。！；;!") == "需要":  # a verb with its object (not 民生发展需要)
        return False
    if head[end : end + 1] in _ADVERB_AFTER_SUBJECT or (start == 0 and head[end : end + 1] == "的"):
        return False  # 创新永无止境, 建设已全面完成, 发展的基础条件更加坚实: the verb is (in) the subject
    if start > 0 and _STATE_AFTER_SUBJECT.fullmatch(head, end):
        return False  # 科技创新蓬勃向前: how a thing named by its verb is going, told (not 推动…蓬勃发展)
    # A single-character verb counts only where the clause starts with it (建…, 抓…), not inside a noun,
    # nor as the first character of an adjective or a noun (强大支撑, 优势明显).
    if end - start > 1:
        return True
    return start == 0 and head[1:2] not in _NOT_A_VERB_BEFORE.get(head[0], "")


# (覆盖率低, 森林面积小: a measure said to be low, whatever verb its name holds)
_SHORTFALL_END = re.compile(r"(?:不足|偏低|偏高|偏弱|滞后|不够|不强|不高|较弱|薄弱"
                            r"|(?<=[率量度积额])(?:低|小|少))[。；;！]?$")
_REMEDY = re.compile(r"改变|扭转|解决|弥补|克服|改善|缓解|补齐|补上|破解|防止|避免")
_PROHIBITION = re.compile(r"(?:一律|更|坚决|决不|绝不|严格)?(?:不得(?!不)|不准|不许|严禁|禁止)[\u4e00-\u9fff]{2}")
_NEGATED_PAST = ("没有", "没", "未曾", "并未", "从未")
_FOCUS_BEFORE_COPULA = ("重点", "关键", "主要", "核心", "首先", "首要", "就", "主要任务")


def _without_filler(words: str) -> str:
    """The words after the filler they open with (``words`` itself when there is none)."""
    found = _FILLER.match(words)
    return words[found.end() :] if found else words


_PLANS_YEARS = ("五年内", "在五年内", "五年之内", "五年时间")


@dataclass
class _Context:
    text: str
    probe: str
    outline: list[Heading]
    sections: list[Section]
    year: int | None
    report: bool
    date: str | None
    cache: dict[tuple[int, int], int | None] = field(default_factory=dict)
    section_starts: list[int] = field(init=False)
    top: int = field(init=False)  # the level of the outline's top headings
    traditional: bool = field(init=False)
    plan_end: int | None = field(init=False)  # the end of the five-year plan a report is on (1955: 1957)
    plan_report: bool = field(init=False)  # the report presents that plan: its tasks are due at the plan's end

    def __post_init__(self) -> None:
        self.section_starts = [s.start for s in self.sections]
        self.plan_end = plan_in_force(self.probe, self.year)
        presents = _PRESENTS_PLAN.search(self.probe, 0, _OPENING_REACH)
        self.plan_report = self.plan_end is not None and presents is not None
        self.top = min((h.level for h in self.outline), default=1)
        # the view differs from the text only where the text has traditional characters; headings are its words
        self.traditional = self.probe != self.text

    def looks_back(self, sentence: str) -> bool:
        """Whether a sentence opens with a plan period over before the year planned for (“十四五”时期，…极不平凡
        in a report of 2026): it reviews, in a plan's part too."""
        found = _PERIOD_OPENING.match(sentence)
        end = plan_end_year(found.group(1)) if found else None
        return end is not None and self.year is not None and end < self.year

    def tells_of_past_years(self, sentence: str) -> bool:
        """Whether every year a sentence names is before the one planned for, and no word asks or does anything
        (…的“大豆榨油操作法”，使每百斤大豆的出油量在一九五四年提高到十三斤半: an example of what was done)."""
        year = self.year
        if year is None or _CARRIES_ON.search(sentence):
            return False
        if _ASKS_OR_DOES.search(sentence):
            # 1999年，面对…，我国坚持奉行…，对外工作取得新的成就。: what the year before brought, nothing asked
            opening = _PAST_YEAR_OPENING.match(sentence)
            return (opening is not None and _OUTCOME_TOLD.search(sentence) is not None
                    and not _ASKS_AHEAD.search(sentence) and any(
                        ref.year is not None and ref.year < year and not ref.relative
                        for ref in scan_times(opening.group(), year)))
        refs = [ref for ref in scan_times(sentence, year) if ref.role not in ("compare", "since", "from")]
        return bool(refs) and all(ref.year is not None and ref.year < year and not ref.relative for ref in refs)

    def reports_past(self, measured: Iterable[Quantity]) -> bool:
        """Whether every quantity of a sentence is a fact of a year before the one planned for."""
        year = self.year
        return year is not None and all(
            q.kind == "fact" and q.deadline_year is not None and q.deadline_year < year for q in measured)

    def deadline(self, start: int, sentence: str, quantities: list[Quantity],
                 heading: int) -> tuple[int | None, str | None]:
        """The year a task is due and the words that say so when they are relative or vague."""
        year, words = _sentence_deadline(sentence, self.year, self.date)
        if year is None and _LONG_RUN.search(sentence):
            return None, None  # 政府机构改革的长远目标，是…逐步建立…: due beyond any year its part plans for
        if self.plan_end and words and words.startswith(_PLANS_YEARS):
            year = self.plan_end  # 五年内 in a report on the plan in force: the plan's five years
        if year is None:
            for q in quantities:
                if q.kind == "target" and q.deadline_year is not None:
                    year = q.deadline_year
                    break
        if year is None:
            year = self._heading_year(heading, start)
        if year is None and self.report:
            year = self.plan_end if self.plan_report else self.year
        return year, words

    def _heading_year(self, heading: int, start: int = 0) -> int | None:
        """A year its heading or an enclosing one sets (2016年重点工作, “十三五”时期主要目标任务)."""
        part = bisect.bisect_right(self.section_starts, start) - 1
        key = (heading, part)
        if key not in self.cache:
            self.cache[key] = self._find_heading_year(heading, start)
        return self.cache[key]

    def _period_before(self, index: int) -> int | None:
        """A part titled by no time after one titled by a five-year plan's period goes on with that plan (a 2001
        report's 二、“十五”期间的奋斗目标, then 三、加强农业基础地位…), until a part names a year of its own."""
        for h in reversed(self.outline[:index]):
            if h.level != self.top:
                continue
            if role_at(self.sections, h.start) not in _TASK_ROLES:
                return None
            title = to_simplified(h.title) if self.traditional else h.title
            found = _heading_deadline(title, self.year, self.date)
            if found is not None:
                return found if self.year is not None and found > self.year and _PLAN_PERIOD.search(title) else None
        return None

    def _goes_on_with_a_period(self, index: int, start: int) -> bool:
        """Whether the top part at ``index`` can go on with a plan period before it, for a task at ``start``: not
        the government's own work, which a report closes with year by year (全面加强政府自身建设), nor a task
        past a paragraph that opened a part of its own after the heading (2001年是…的第一年)."""
        heading = self.outline[index]
        part = bisect.bisect_right(self.section_starts, start) - 1
        if part >= 0 and self.section_starts[part] > heading.start:
            return False
        title = to_simplified(heading.title) if self.traditional else heading.title
        return _OWN_WORK.search(title) is None

    def _find_heading_year(self, heading: int, start: int) -> int | None:
        index = heading
        level = 99
        while index >= 0:
            h = self.outline[index]
            if h.level < level:
                level = h.level
                title = to_simplified(h.title) if self.traditional else h.title
                found = _heading_deadline(title, self.year, self.date)
                if found is not None:
                    return found
                if level == self.top and index > 0 and self._goes_on_with_a_period(index, start):
                    before = self._period_before(index)
                    if before is not None:
                        return before
                    break  # (the part's own opening words may still name its years: 今后五年是…)
            index -= 1
        # a bare part title before the task (2025年工作安排) is not in the outline: the part's opening line
        for section in reversed(self.sections):
            if section.start <= start:
                line = self.probe[section.start : self.probe.find("\n", section.start)]
                if len(line) <= 45 and not re.search(r"[。；！？!?;]", line):
                    return _heading_deadline(line, self.year, self.date)
                end = period_opened(line)  # “十五五”时期是…: its work is due when the period ends
                if end is None and self.year is not None and _NEXT_FIVE_YEARS_OPENING.match(line):
                    end = self.year + 4  # 今后五年是…关键性五年: the part plans the five years from this one
                return end if end is not None and self.year is not None and end > self.year else None
        return None


_NEXT_FIVE_YEARS_OPENING = re.compile(r"(?:今后|未来)五年(?:是|[，,]|里|中|内)")
_LONG_RUN = re.compile(r"长远目标|长期目标|远景目标|长远任务|长期任务|长远规划")
_FOR_YEAR = re.compile(r"为(?:力争|争取|确保)?[在到]?$")  # 为力争在2025年打造…打下基础: the year prepared for
_FOR_YEAR_WIDTH = 4  # the longest _FOR_YEAR match: read only that far back from a year, not the whole sentence
_LAYS_GROUND = re.compile(r"[^，,。；;]{0,24}?(?:(?:打下|奠定|打好|夯实)[^，,。；;]{0,6}基础|创造[^，,。；;]{0,4}条件)")


def _sentence_deadline(sentence: str, year: int | None, date: str | None, headings: bool = False,
                       refs: list[TimeRef] | None = None) -> tuple[int | None, str | None]:
    delivered = int(date[:4]) if date and date[:4].isdigit() else year
    if refs is None:
        refs = scan_times(sentence, year, delivered)
    due: int | None = None
    said_years: list[tuple[str, int]] = []
    named: int | None = None  # the latest year named outright
    for i, ref in enumerate(refs):
        if ref.role in ("compare", "since", "from"):
            continue
        if ref.relative and i and _counts_from_elsewhere(sentence, refs[i - 1], ref):
            continue  # 从党的二十大到2035年，用13年时间: the years count from the start named, not from the plan year
        said = sentence[ref.start : ref.end]
        value = ref.year
        if value is None and said == "届时":
            continue
        if _names_plan(said, sentence, ref, headings) or _names_document(sentence, ref) or _drafts_for_period(
                sentence, ref):
            continue  # “十四五”规划, 出台2030年碳达峰行动方案: a plan's or a document's name, not a deadline
        if _FOR_YEAR.search(sentence, max(0, ref.start - _FOR_YEAR_WIDTH), ref.start) and _LAYS_GROUND.match(
                sentence, ref.end):
            continue  # 为二○三五年基本实现现代化打下坚实基础: what the work prepares for, not when it is due
        if value is None or (year is not None and value < year and not said.startswith("到")):
            continue
        if ref.relative and not headings:
            said_years.append((said, value))
        elif not ref.relative:
            named = value if named is None else max(named, value)
        due = value if due is None else max(due, value)
    # 今年建成…，2028年建成…: a year named outright sets the task's end; the relative words before it do not say it
    words = [said for said, value in said_years if named is None or due is None or named < due or value == due]
    if not headings:
        due = _within_years(sentence, year, delivered, due, words)
    text = "；".join(dict.fromkeys(words)) or None
    return due, text


def _counts_from_elsewhere(sentence: str, before: TimeRef, span: TimeRef) -> bool:
    """Whether a span of years (用13年时间) right after a year named as the end counts up to that year."""
    return (not before.relative and before.role == "to" and span.start - before.end <= 2
            and sentence.endswith(("时间", "内"), span.start, span.end))


def _within_years(sentence: str, year: int | None, delivered: int | None, due: int | None,
                  words: list[str]) -> int | None:
    """The deadline with the words the time scanner leaves to the context (年底前, 6月底前) read too;
    their words join ``words``."""
    within = _WITHIN_YEAR.search(sentence)
    if within is not None:
        said = within.group()
        value = (delivered + 1 if said.startswith("明年") and delivered is not None else year)
        if value is not None:
            due = value if due is None else due
        words.append(said)
    return due


def _names_plan(said: str, sentence: str, ref: TimeRef, headings: bool) -> bool:
    """Whether the five-year plan's name ``said`` names its plan, not its period (“十四五”时期, “十四五”末)."""
    if not _PLAN_NAME.match(said) or _PLAN_TIME.search(said):
        return False
    if sentence.endswith(_COMPLETES, 0, ref.start) and not _OPENS.match(sentence, ref.end):
        return False  # 完成第一个五年计划: what is to be done by the plan's end (实现“十五五”良好开局: by this year's)
    if not _PLAN_DOCUMENT.search(said) and _PLAN_TIME.match(sentence, ref.end):
        return False  # “十四五”，…: the name as the topic speaks of its period (执行第七个五年计划，… names the plan)
    return not (headings and ref.start == 0 and _names_period(said, sentence, ref.end))


def _names_document(sentence: str, ref: TimeRef) -> bool:
    """Whether a year is part of the name of a document the clause issues (出台…2030年碳达峰行动方案, 编制2035年
    国土空间总体规划): the document is due now; the year is its horizon."""
    if ref.relative or not _DOCUMENT_AFTER.match(sentence, ref.end):
        return False
    clause = max(sentence.rfind(mark, 0, ref.start) for mark in "，,；;：:") + 1
    return _DOCUMENT_VERB.search(sentence, clause, ref.start) is not None


def _drafts_for_period(sentence: str, ref: TimeRef) -> bool:
    """Whether a five-year plan's period is the horizon of goals the clause drafts (科学提出“十四五”时期发展目标、
    工作思路…): they are drafted now, in the plan year."""
    drafted = sentence[max(0, ref.start - 2) : ref.start] in _DRAFTING_VERBS
    if drafted and ref.relative and _SPAN_DRAFTED_FOR.match(sentence, ref.end):
        return True  # 完成…规划的编制，确定未来15年我国科技发展战略、目标: the years the strategy covers
    return (_PLAN_NAME.match(sentence[ref.start : ref.end]) is not None and drafted
            and _DRAFTED_FOR_PERIOD.match(sentence, ref.end) is not None)


_DRAFTING_VERBS = frozenset(("提出", "谋划", "编制", "制定", "起草", "研究", "确定", "明确"))
_SPAN_DRAFTED_FOR = re.compile(r"[^，,。；;]{0,10}?的?(?:发展)?(?:战略|目标|思路|任务|蓝图)")
_DRAFTED_FOR_PERIOD = re.compile(r"[”\"」]?(?:时期|期间)?的?(?:经济社会)?(?:发展)?(?:主要)?"
                                 r"(?:目标|思路|任务|重点|蓝图|重大项目|项目)")


_DOCUMENT_VERB = re.compile(r"出台|制定|编制|修编|印发|发布|编写|起草|研究制定|修订")
_DOCUMENT_AFTER = re.compile(r"[^，,。；;、]{0,14}?(?:行动方案|实施方案|方案|规划|计划|纲要|实施意见|意见|条例|办法)")


def _names_period(said: str, title: str, end: int) -> bool:
    """A heading that opens with a five-year plan's name speaks of its period (“十五五”主要目标任务,
    “十五五”发展的主要考虑), unless the name is a plan document's (“十五五”规划编制)."""
    return said.endswith("规划期") or not (_PLAN_DOCUMENT.search(said) or _PLAN_DOCUMENT.match(title, end))


def _heading_deadline(title: str, year: int | None, date: str | None) -> int | None:
    """The year a heading sets for what it heads; one naming the plan year besides a five-year plan
    (“十五五”时期主要目标和2026年重点工作) heads mostly the year's work."""
    refs = scan_times(title, year, year_of(date))
    if year is not None and any(not r.relative and r.year == year and r.role == "point" for r in refs):
        return year
    if year is not None and not refs and _TERM_OF_OFFICE.search(title):
        return year + 4  # 新一届政府工作的总体要求和奋斗目标: the term's five years
    return _sentence_deadline(title, year, date, headings=True, refs=refs)[0]


_TERM_OF_OFFICE = re.compile(r"新一届政府|本届政府任期")


def _sentences(probe: str, heading_starts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans; a heading that starts inside a sentence (…四方面用力：一是加快…) starts a new one."""
    out = []
    carried = -1  # where a sentence cut inside a short quote started (…“走出去，世界就在眼前；|走不出去，…”的理念)
    for found in _SENTENCE.finditer(probe):
        start, end = found.span()
        if carried >= 0:
            start, carried = carried, -1
        if _CUT_IN_QUOTE.search(probe, max(start, end - _QUOTE_CUT_REACH), end) and _QUOTE_CLOSED_SOON.match(
                probe, end):
            carried = start
            continue
        first = bisect.bisect_right(heading_starts, start)
        for cut in heading_starts[first : bisect.bisect_left(heading_starts, end)]:
            out.append(_strip(probe, start, cut))
            start = cut
        out.append(_strip(probe, start, end))
    return out


def _heading_sentence(outline: list[Heading], starts: list[int], start: int, end: int) -> int | None:
    """The heading a sentence is the title of, if it is one (it starts at the heading and ends near it).

    ``starts`` are the headings' starts, in order: only those within three characters of ``start`` are looked at.
    """
    index = bisect.bisect_left(starts, start - 3)
    while index < len(outline) and starts[index] <= start + 3:
        if end <= outline[index].end + 2:
            return index
        index += 1
    return None


def _has_body(outline: list[Heading], index: int, next_start: int, probe: str) -> bool:
    """Whether the heading's item has sentences of its own after its title, or items of its own under it."""
    if index + 1 < len(outline) and outline[index + 1].level > outline[index].level:
        return True  # 二、确保上半年实现“双过半” ⏎ 一要全力抓好项目建设: the section row above its items
    limit = outline[index + 1].start if index + 1 < len(outline) else len(probe)
    return next_start < limit


def _lead(text: str, probe: str, start: int, end: int) -> str | None:
    sentence = probe[start:end]
    if sentence.endswith(("；", ";")) and (named := _item_lead(probe, end)) is not None:
        # 7.实施公路安全生命防护工程1500公里；开展…（牵头单位：交通厅、…）: the item's lead leads each of its parts
        s, e = named
        return text[s:e]
    for pattern in (_LEAD_NAMED, _LEAD_BY, _LEAD_SUBJECT, _LEAD_OWNS):
        found = pattern.search(sentence)
        if found:
            s, e = found.span("unit")
            opening = _UNIT_OPENING.match(sentence, s)  # 特别是|领导干部, 年内|区医院: not the unit's words
            s = opening.end() if opening else s
            if _is_unit(sentence[s:e]):
                return text[start + s : start + e]
    return None


def _item_lead(probe: str, end: int) -> tuple[int, int] | None:
    """The span of the unit a parenthesis closing the line names to lead (…；…（牵头单位：县交通局）。), if any."""
    line_end = probe.find("\n", end)
    line_end = len(probe) if line_end < 0 else line_end
    rest = probe[end:line_end]
    found = _LEAD_NAMED.search(rest) if len(rest) <= _ITEM_REACH else None
    if found is None or _ITEM_CLOSE.fullmatch(rest, found.end()) is None:
        return None
    s, e = found.span("unit")
    return (end + s, end + e) if _is_unit(rest[s:e]) else None


_ITEM_REACH = 300  # an item of a list of 民生实事 is a line; a longer rest is a paragraph, its parts' leads their own
_ITEM_CLOSE = re.compile(r"[^（()）\n]*[）)][。；;]?\s*")


_UNIT_OPENING = re.compile(r"特别是|尤其是|不但|不仅|同时|年内|今后|今後")


def _is_unit(words: str) -> bool:
    """A unit's name, not a clause that happens to end like one (落实省委…部署, 提高行政机关)."""
    if _NOT_A_UNIT.match(words) or _NOT_UNIT_WORDS.search(words):
        return False
    return not (_VERB.match(words) and not words.startswith(("建设单位", "发展和改革", "发展改革")))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\u3000":
        start += 1
    while end > start and text[end - 1] in " \t\u3000":
        end -= 1
    return start, end
