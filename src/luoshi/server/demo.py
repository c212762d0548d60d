"""The demo ledger `luoshi serve` builds on an empty database: the county catalogue of units with their short
names and duty keywords (:data:`luoshi.leads.DEFAULT_CATALOGUE`), one user per role, the shipped sample
speeches imported and mostly filed, and items at every stage of the 督办 cycle.

Everything goes through :mod:`luoshi.ledger.workflow`, so the demo's history chain is a real one and
``luoshi ledger verify`` passes on it. Deadlines are set relative to today, so the lights show all three
colours whenever the demo is built.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

import luoshi
from luoshi.errors import InputError
from luoshi.leads import DEFAULT_CATALOGUE, UnitProfile, suggest_leads
from luoshi.ledger import feedback, workflow
from luoshi.ledger.models import Item, Person, Profile, Proposal, Role, Source, Unit

SAMPLES = Path(luoshi.__file__).parent / "samples"
SAMPLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".docx", ".doc", ".rtf", ".pdf"})
# Left in review, so the 立项 review page has proposals to accept or drop.
LEFT_IN_REVIEW = "town-economic-meeting.docx"

# The units with a login and a responsible person: (catalogue unit, username, responsible person, title).
# The other catalogue units exist too, so the 牵头单位 suggestions have the whole county to choose from.
UNITS = [
    ("县发展和改革局", "fgj", "王建国", "副局长"),
    ("县住房和城乡建设局", "zjj", "李明华", "副局长"),
    ("县交通运输局", "jtj", "赵志刚", "副局长"),
    ("县农业农村局", "nyj", "陈秀英", "副局长"),
    ("县文化广电和旅游局", "wlj", "刘海波", "副局长"),
    ("县教育局", "jyj", "孙丽娟", "副局长"),
]
SUPERVISOR = ("duchashi", "督查室")
LEADER = ("lingdao", "县政府分管领导")


@dataclass(frozen=True)
class Account:
    username: str
    role: str  # the role's label, 督查室 / 领导 / 责任单位
    unit: str
    password: str


@dataclass
class Seeded:
    accounts: list[Account] = field(default_factory=list)
    sources: int = 0
    items: int = 0
    units: int = 0


def luoshi_command(arguments: str) -> str:
    """``luoshi ARGUMENTS`` as this user can type it: bare when the ``luoshi`` on PATH is this one, else the
    script beside this Python (``.venv/bin/luoshi``, shorter from the current folder), else ``python -m luoshi``.

    >>> luoshi_command("ledger manage changepassword 用户名")  # doctest: +SKIP
    '.venv/bin/luoshi ledger manage changepassword 用户名'
    """
    script = Path(sys.executable).parent / "luoshi"
    if not script.exists():
        return f"{sys.executable} -m luoshi {arguments}"
    on_path = shutil.which("luoshi")
    if on_path and Path(on_path).resolve() == script.resolve():
        return f"luoshi {arguments}"
    relative = os.path.relpath(script)
    shown = relative if not relative.startswith("..") and len(relative) < len(str(script)) else str(script)
    return f"{shown} {arguments}"


def is_empty() -> bool:
    """True when nobody has set the ledger up yet: no users, units or documents."""
    return not (User.objects.exists() or Unit.objects.exists() or Source.objects.exists())


def seed(today: dt.date | None = None) -> Seeded:
    """Build the demo in one transaction: a failure leaves the database empty, so the next start retries."""
    today = today or timezone.localdate()
    with transaction.atomic():
        return _seed(today)


def _seed(today: dt.date) -> Seeded:
    result = Seeded()
    supervisor = _user(result, SUPERVISOR[0], SUPERVISOR[1], Role.SUPERVISOR, None)
    leader = _user(result, LEADER[0], LEADER[1], Role.LEADER, None)
    catalogue = {profile.name: Unit.objects.create(name=profile.name, aliases="\n".join(profile.aliases),
                                                   duties="、".join(profile.duties))
                 for profile in DEFAULT_CATALOGUE}
    units, people, unit_users = [], [], []
    for name, username, person, title in UNITS:
        unit = catalogue[name]
        units.append(unit)
        people.append(Person.objects.create(unit=unit, name=person, title=title))
        unit_users.append(_user(result, username, name, Role.UNIT, unit))
    result.units = len(catalogue)

    filed: list[Item] = []
    for path in sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES):
        try:
            document = luoshi.extract(path)
        except InputError:
            continue  # e.g. a .doc sample on a machine without antiword: the demo goes on without it
        source = workflow.import_source(supervisor, document, path.name)
        result.sources += 1
        if path.name == LEFT_IN_REVIEW or not source.proposals.exists():
            continue
        source.proposals.update(decision=Proposal.Decision.ACCEPTED)
        filed.extend(workflow.file_proposals(supervisor, source))
    result.items = len(filed)

    # each item goes to the demo unit its wording suggests (so the ledger's past assignments teach sensible
    # suggestions), else round the six in turn
    staffed = [p for p in DEFAULT_CATALOGUE if p.name in {u.name for u in units}]
    for k, item in enumerate(filed):
        if k % 7 == 6:
            continue  # left 待交办 for the supervisor to assign
        _cycle(k, _suggested_index(item, staffed, units, k), item, today, units, people, unit_users, supervisor,
               leader)
    _publish(filed, supervisor, unit_users)
    return result


def _user(result: Seeded, username: str, display: str, role: str, unit: Unit | None) -> User:
    password = secrets.token_urlsafe(9)
    user = User.objects.create_user(username, password=password, first_name=display)
    Profile.objects.create(user=user, role=role, unit=unit)
    result.accounts.append(Account(username, Role(role).label, unit.name if unit else "", password))
    return user


def _suggested_index(item: Item, staffed: list[UnitProfile], units: list[Unit], k: int) -> int:
    best = suggest_leads(item.content, staffed, limit=1)
    names = [u.name for u in units]
    return names.index(best[0].unit) if best else k % len(units)


def _cycle(k: int, n: int, item: Item, today: dt.date, units: list[Unit], people: list[Person],
           unit_users: list[User], supervisor: User, leader: User) -> None:
    """Take the k-th filed item part of the way round the cycle to the n-th unit; k decides how far, so every
    stage shows."""
    unit, person, clerk = units[n], people[n], unit_users[n]
    co_units = [units[(n + 1) % len(units)]] if k % 4 == 1 else []
    milestones = [("制定工作方案", today - dt.timedelta(days=3))] if k % 17 == 8 else []
    item = workflow.assign(supervisor, item, version=item.version, lead_unit=unit, co_units=co_units,
                           responsible=person, deadline=_deadline(k, item, today),
                           cadence_days=30 if k % 3 else 15, milestones=milestones)
    if k % 10 == 3:
        return  # 待签收
    item = workflow.sign(clerk, item, version=item.version)
    if k % 10 == 7:
        workflow.return_item(clerk, item, version=item.version,
                             reason="该事项主要职责不在我单位，建议调整牵头单位。")
        return
    if k % 9 == 0:
        workflow.remind(supervisor, item, "该事项已超过完成时限，请于3个工作日内报送办理情况。")
    if k % 5 == 0 or k % 11 == 4:
        percent = 30 + (k * 7) % 50
        value = round(item.target_value * percent / 100, 2) if item.target_value is not None else None
        workflow.report_progress(clerk, item, text=f"已完成年度任务的{percent}%，正按计划推进。", percent=percent,
                                 value=value, value_unit=item.target_unit)
    if k % 11 == 4:
        item = Item.objects.get(pk=item.pk)
        workflow.complete(clerk, item, version=item.version, text="已按要求完成，相关佐证材料已报送。",
                          value=item.target_value, value_unit=item.target_unit)
        if k % 22 == 4:
            item = Item.objects.get(pk=item.pk)
            workflow.review_completion(supervisor, item, version=item.version, accept=True, note="经核实，同意销号。")
        return
    if k % 13 == 5 and item.deadline and item.deadline > today:
        request = workflow.request_extension(clerk, item, new_deadline=item.deadline + dt.timedelta(days=60),
                                             reason="受项目用地审批进度影响，申请延期两个月。")
        if k % 26 == 5:
            workflow.decide_extension(leader, request, approve=True, note="同意延期，请倒排工期确保完成。")


# Two citizens' messages on the first published item: one answered and approved, one waiting for the unit.
DEMO_FEEDBACK = [
    ("这个项目现在进展到哪一步了？附近居民很关心开工时间。",
     "您好，项目已完成前期手续办理，计划下月开工，届时将在施工现场公示工期安排。感谢您的关注！"),
    ("建议施工期间合理安排作业时间，减少夜间噪音。", None),
]


def _publish(filed: list[Item], supervisor: User, unit_users: list[User]) -> None:
    """Mark a handful of assigned items public for the 成绩单, and leave two citizens' messages on one."""
    candidates = (Item.objects.filter(pk__in=[i.pk for i in filed], lead_unit__isnull=False)
                  .exclude(status=Item.Status.RETURNED).order_by("pk"))
    # the first few, and some with a reported value against a target, so 达标 and 未达标 both show
    chosen = list(candidates[:6])
    chosen += [item for item in candidates.filter(reported_value__isnull=False)[:4] if item not in chosen]
    for item in chosen:
        workflow.edit_item(supervisor, item, version=item.version, is_public=True)
    if not chosen:
        return
    item = Item.objects.get(pk=chosen[0].pk)
    clerk = next(u for u in unit_users if u.ledger_profile.unit_id == item.lead_unit_id)
    for n, (text, answer) in enumerate(DEMO_FEEDBACK):
        fb = feedback.submit_feedback(item, text, client_key=f"demo-{n}")
        if answer:
            feedback.answer_feedback(clerk, fb, answer)
            feedback.review_feedback(supervisor, fb, "publish")


def _deadline(k: int, item: Item, today: dt.date) -> dt.date:
    if k % 9 == 0:
        return today - dt.timedelta(days=5 + k % 13)  # overdue: red
    if k % 9 in (1, 2):
        return today + dt.timedelta(days=2 + 2 * (k % 9))  # due within the warning window: yellow
    if item.deadline and item.deadline > today + dt.timedelta(days=10):
        return item.deadline  # the year the speech gave
    return today + dt.timedelta(days=20 + (k * 11) % 180)
