"""Attachments are never served as static files: each download checks that the reader may see the item."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from luoshi.ledger import workflow
from luoshi.ledger.models import Attachment
from luoshi.ledger.permissions import visible_items


@login_required
@require_GET
def download(request: HttpRequest, pk: int) -> FileResponse:
    return attachment_response(get_object_or_404(Attachment, pk=pk, report__item__in=visible_items(request.user)))


def attachment_response(attachment: Attachment) -> FileResponse:
    """The file as a download, for whoever the caller has let see it (staff here, the public page there)."""
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("附件文件已丢失") from None
    # Always a download, never rendered: an uploaded .html or .svg cannot run in the ledger's origin.
    response = FileResponse(handle, as_attachment=True, filename=attachment.name,
                            content_type="application/octet-stream")
    response["Content-Security-Policy"] = "sandbox"
    return response


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """The supervisor marks an attachment public (shown on the 成绩单 item page) or internal again."""
    attachment = get_object_or_404(Attachment.objects.select_related("report__item"), pk=pk,
                                   report__item__in=visible_items(request.user))
    public = request.POST.get("public") == "1"
    workflow.set_attachment_public(request.user, attachment, public)  # PermissionDenied → 403
    messages.success(request, f"附件“{attachment.name}”已{'公开' if public else '取消公开'}。")
    return redirect("ledger:item_detail", number=attachment.report.item.number)
