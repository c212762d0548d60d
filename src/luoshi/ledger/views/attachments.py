"""Attachments are never served as static files: each download checks that the reader may see the item."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from luoshi.ledger.models import Attachment
from luoshi.ledger.permissions import visible_items


@login_required
@require_GET
def download(request: HttpRequest, pk: int) -> FileResponse:
    attachment = get_object_or_404(Attachment, pk=pk, report__item__in=visible_items(request.user))
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("附件文件已丢失") from None
    # Always a download, never rendered: an uploaded .html or .svg cannot run in the ledger's origin.
    response = FileResponse(handle, as_attachment=True, filename=attachment.name,
                            content_type="application/octet-stream")
    response["Content-Security-Policy"] = "sandbox"
    return response
