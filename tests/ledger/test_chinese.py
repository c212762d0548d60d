"""No English on the ledger's pages: the readers' notes and refusals in Chinese, Django's `该变量` wording
replaced (the app's own zh_Hans catalogue), and a sweep of every page type and form error for English words."""

from __future__ import annotations

import ast
import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import luoshi
from luoshi.ledger import chinese
from luoshi.ledger.models import Source

from .conftest import PASSWORD, client_for

PACKAGE = Path(luoshi.__file__).parent
REPO = PACKAGE.parent.parent
# What may stay in Latin letters on a page: names of formats, codes and the product, not sentences.
ALLOWED_WORDS = {"luoshi", "docx", "xlsx", "doc", "pdf", "txt", "rtf", "html", "htm", "word", "excel", "wps",
                 "csv", "json", "api", "utf", "gbk", "big", "gb18030", "qr", "url", "https", "http", "www",
                 "png", "svg", "jpg", "jpeg", "id", "xx", "kb", "mb", "gb", "le", "be", "yyyy", "mm", "dd"}
# The fixtures' login names and the sample's file name (county-study-speech.txt), shown as they are.
USERNAMES = {"dcs", "leader", "fgj", "zjj", "jtj", "nobody", "county", "study", "speech"}
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])")  # not inside a hash or a code
_INVISIBLE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S)


def english_words(page: str) -> set[str]:
    """Latin words a reader sees on the page (tags, attributes, scripts and styles left out)."""
    visible = html.unescape(_INVISIBLE.sub(" ", page))
    return {w for w in _LATIN_WORD.findall(visible) if w.lower() not in ALLOWED_WORDS | USERNAMES}


@pytest.mark.parametrize("wording", chinese.WORDINGS, ids=lambda w: w.name)
def test_every_reader_note_has_chinese_wording(wording):
    said = chinese.warning(wording.example)
    assert said != chinese.UNKNOWN and not english_words(said), said


def _notes_written(module: Path) -> list[str]:
    """Each note a reader module writes (``warnings.append(...)``, a ``[f"..."]`` it returns), its values as 3."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    constants = {t.id: n.value.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                 for t in n.targets if isinstance(t, ast.Name) and isinstance(n.value, ast.Constant)}

    def text(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(v.value if isinstance(v, ast.Constant) else "3" for v in node.values)
        if isinstance(node, ast.Name) and isinstance(constants.get(node.id), str):
            return constants[node.id]
        return None

    notes = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "warnings":
            notes += [t for t in map(text, node.args) if t]
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
            for part in node.value.elts:
                if isinstance(part, ast.List):
                    notes += [t for t in map(text, part.elts) if t]
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "warning" for t in node.targets):
            notes += [t for t in [text(node.value)] if t]
    return notes


def test_every_note_the_readers_write_is_worded_in_chinese():
    modules = sorted((PACKAGE / "ingest").rglob("*.py")) + sorted((PACKAGE / "clean").rglob("*.py"))
    notes = [note for module in modules for note in _notes_written(module)]
    assert len(notes) >= 14  # the scan finds the readers' notes (it would pass vacuously otherwise)
    unworded = [note for note in notes if chinese.warning(note) == chinese.UNKNOWN]
    assert unworded == []


def test_a_note_without_wording_is_not_shown_in_english():
    assert chinese.warning("some future warning nobody worded") == chinese.UNKNOWN
    assert chinese.warning("已是中文的提示") == "已是中文的提示"


@pytest.mark.django_db
def test_the_review_page_shows_the_notes_in_chinese(users):
    sup = client_for(users["supervisor"])
    text = "一、加强领导\n全年新增高标准农田X万亩，改造XX个老旧小区，力争完成XX个项目。\n"
    response = sup.post(reverse("ledger:source_new"), {"text": text})
    assert response.status_code == 302
    page = sup.get(response.headers["Location"]).content.decode()
    assert "处数字已隐去" in page and "redacted" not in page and "placeholder" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "data"), [("random.bin", bytes(range(256)) * 40), ("空白.txt", b"  \n"),
                                            ("fake.docx", b"PK\x03\x04not really a zip archive")])
def test_a_refused_upload_says_why_in_chinese(users, name, data):
    response = client_for(users["supervisor"]).post(reverse("ledger:source_new"),
                                                    {"file": SimpleUploadedFile(name, data)})
    page = response.content.decode()
    assert response.status_code == 400 and "无法导入" in page
    assert english_words(page) - {"random", "bin", "fake"} == set(), english_words(page)
    assert Source.objects.count() == 0


def test_django_validator_wording_is_replaced():
    class Sample(forms.Form):
        name = forms.CharField(max_length=3)
        note = forms.CharField(min_length=5)
        needed = forms.CharField()
        choice = forms.ChoiceField(choices=[("a", "甲")])
        day = forms.DateField()

    errors = " ".join(str(e) for e in Sample({"name": "甲乙丙丁", "note": "短", "choice": "z",
                                               "day": "明天"}).errors.values())
    assert "该变量" not in errors and "这个字段" not in errors
    assert "最多 3 个字（现有 4 个）" in errors and "至少要有 5 个字" in errors and "此项必填" in errors


def test_the_committed_catalogue_matches_its_source():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "compile_messages.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_form_errors_on_ledger_pages_are_natural_chinese(users):
    sup = client_for(users["supervisor"])
    response = sup.post(reverse("ledger:unit_list"), {"name": "局" * 150})
    page = response.content.decode()
    assert response.status_code == 400
    assert "最多 100 个字（现有 150 个）" in page and "该变量" not in page
    assert english_words(page) == set(), english_words(page)


@pytest.mark.django_db
def test_no_english_on_any_page_type(users, units, signed):
    """Each kind of page a clerk, a leader, a unit and a citizen meets, rendered and read for English."""
    staff = {
        "supervisor": ["ledger:dashboard", "ledger:item_list", "ledger:source_list", "ledger:source_new",
                       "ledger:unit_list", "ledger:bulletin", "ledger:assessment", "ledger:feedback_list",
                       "password_change"],
        "leader": ["ledger:dashboard", "ledger:item_list"],
        "unit": ["ledger:dashboard", "ledger:item_list"],
    }
    pages = {(role, name): client_for(users[role]).get(reverse(name)) for role, names in staff.items()
             for name in names}
    sup = client_for(users["supervisor"])
    pages["supervisor", "item"] = sup.get(reverse("ledger:item_detail", args=[signed.number]))
    pages["unit", "item"] = client_for(users["unit"]).get(reverse("ledger:item_detail", args=[signed.number]))
    pages["supervisor", "unit"] = sup.get(reverse("ledger:unit_detail", args=[units["发改局"].pk]))
    pages["supervisor", "review"] = sup.get(reverse("ledger:source_review", args=[signed.source_id]))
    from django.test import Client
    public = Client()
    pages["citizen", "login"] = public.get(reverse("login"))
    pages["citizen", "scoreboard"] = public.get(reverse("ledger:public_scoreboard"))
    pages["citizen", "item"] = public.get(reverse("ledger:public_item", args=[signed.number]))
    pages["citizen", "404"] = public.get("/no-such-page/")
    pages["citizen", "wrong password"] = public.post(reverse("login"), {"username": "fgj", "password": "x"})
    pages["unit", "password errors"] = client_for(users["unit"]).post(
        reverse("password_change"), {"old_password": PASSWORD, "new_password1": "1", "new_password2": "2"})
    found = {key: english_words(r.content.decode()) for key, r in pages.items()}
    assert {key: words for key, words in found.items() if words} == {}
    assert all("该变量" not in r.content.decode() for r in pages.values())


@pytest.mark.django_db
def test_password_refusals_and_form_labels_are_chinese(users):
    """Django 5.2's reworded too-short message has no zh-hans of its own; labels end in a full-width colon."""
    client = client_for(users["unit"])
    response = client.post(reverse("password_change"), {"old_password": PASSWORD, "new_password1": "a1b2",
                                                        "new_password2": "a1b2"})
    page = response.content.decode()
    assert "密码太短，至少要有 8 个字符" in page
    assert english_words(page) == set(), english_words(page)
    units_page = client_for(users["supervisor"]).get(reverse("ledger:unit_list")).content.decode()
    assert "：</label>" in units_page and ":</label>" not in units_page
