"""领导批示 on a whole document: its page lists the 批示 and the document's items; a leader writes one there.

A 批示 on one item is a card of the item's page (the ``instruct`` transition). The page is for the
supervisor and the leaders; the units read the 批示 that concern them on their items' pages.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from luoshi.ledger import forms, instructions, submissions, workflow
from luoshi.ledger.models import Instruction, Source
from luoshi.ledger.permissions import can


@login_required
@require_http_methods(["GET", "POST"])
def source_instructions(request: HttpRequest, pk: int) -> HttpResponse:
    if not can(request.user, "source_instructions"):
        raise PermissionDenied
    source = get_object_or_404(Source, pk=pk)
    may_instruct = can(request.user, "instruct")
    form = forms.InstructionForm(request.POST) if request.method == "POST" else forms.InstructionForm()
    if request.method == "POST":
        if not may_instruct:
            raise PermissionDenied
        here = reverse("ledger:source_instructions", args=[source.pk])
        if not form.is_valid():
            messages.error(request, "表单有误，请检查后重新提交。")
            return _render(request, source, form, status=400)
        try:
            with submissions.once(request):
                instruction = workflow.instruct_source(request.user, source, **form.arguments())
        except submissions.AlreadySubmitted:
            return submissions.replayed(request, here)
        except workflow.WorkflowError as e:
            messages.error(request, str(e))
            return _render(request, source, form, status=400)
        due = instruction.report_due
        messages.success(request, f"批示已记录，已要求各承办单位于{due:%Y-%m-%d}前报告。" if due
                         else "批示已记录，各承办单位在事项页面可见。")
        return redirect(here)
    return _render(request, source, form if may_instruct else None)


def _render(request: HttpRequest, source: Source, form: forms.InstructionForm | None, *,
            status: int = 200) -> HttpResponse:
    today = timezone.localdate()
    rows = [{"instruction": i, "author": instructions.author_name(i), "state": instructions.summary_state(i, today)}
            for i in Instruction.objects.filter(source=source).select_related("author", "source")]
    items = source.items.select_related("lead_unit").order_by("sequence")
    return render(request, "ledger/source_instructions.html",
                  {"source": source, "form": form, "rows": rows, "items": items}, status=status)

