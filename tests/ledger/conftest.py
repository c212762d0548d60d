"""Fixtures for the ledger: units, one user per role, a filed source with items, a logged-in client."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

import luoshi
from luoshi.ledger import workflow
from luoshi.ledger.models import Item, Person, Profile, Proposal, Role, Unit

SAMPLES = Path(luoshi.__file__).parent / "samples"
PASSWORD = "correct-horse-battery-9"


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "attachments"
    # The production hasher is slow on purpose; the tests create many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # the cache is files in the data folder, shared by every test of the run: start each empty


def make_user(username: str, role: str | None, unit: Unit | None = None) -> User:
    user = User.objects.create_user(username, password=PASSWORD)
    if role:
        Profile.objects.create(user=user, role=role, unit=unit)
    return user


@pytest.fixture
def units(db) -> dict[str, Unit]:
    return {name: Unit.objects.create(name=name) for name in ("发改局", "住建局", "交通局")}


@pytest.fixture
def users(units) -> dict[str, User]:
    return {
        "supervisor": make_user("dcs", Role.SUPERVISOR),
        "leader": make_user("leader", Role.LEADER),
        "unit": make_user("fgj", Role.UNIT, units["发改局"]),
        "other_unit": make_user("zjj", Role.UNIT, units["住建局"]),
        "co_unit": make_user("jtj", Role.UNIT, units["交通局"]),
        "no_role": make_user("nobody", None),
    }


@pytest.fixture
def person(units) -> Person:
    return Person.objects.create(unit=units["发改局"], name="张三", title="副局长")


@pytest.fixture
def source(users):
    """The county study speech imported (four proposals), every proposal accepted."""
    document = luoshi.extract(SAMPLES / "county-study-speech.txt")
    src = workflow.import_source(users["supervisor"], document, "county-study-speech.txt")
    src.proposals.update(decision=Proposal.Decision.ACCEPTED)
    return src


@pytest.fixture
def items(source, users) -> list[Item]:
    return workflow.file_proposals(users["supervisor"], source)


@pytest.fixture
def assigned(items, users, units, person) -> Item:
    """An item assigned to 发改局 with 交通局 cooperating, deadline 60 days ahead."""
    item = items[0]
    return workflow.assign(users["supervisor"], item, version=item.version, lead_unit=units["发改局"],
                           co_units=[units["交通局"]], responsible=person,
                           deadline=timezone.localdate() + dt.timedelta(days=60))


@pytest.fixture
def signed(assigned, users) -> Item:
    return workflow.sign(users["unit"], assigned, version=assigned.version)


def client_for(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client
