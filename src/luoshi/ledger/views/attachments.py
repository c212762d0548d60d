"""Attachments are never served as static files: each request checks that the reader may see the item, and the
file goes out under the type sniffed from its bytes at upload (:mod:`luoshi.ledger.attachment_types`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_GET, require_POST

from luoshi.ledger import submissions, workflow
from luoshi.ledger.attachment_types import BY_KIND
from luoshi.ledger.models import Attachment
from luoshi.ledger.permissions import visible_items


@login_required
@require_GET
def download(request: HttpRequest, pk: int) -> FileResponse:
    return attachment_response(get_object_or_404(Attachment, pk=pk, report__item__in=visible_items(request.user)))


def attachment_response(attachment: Attachment) -> FileResponse:
    """The file for whoever the caller has let see it (staff here, the public page there): an image or a PDF
    shown in the browser, anything else downloaded, always under the type sniffed from its bytes at upload."""
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404("附件文件已丢失") from None
    kind = BY_KIND.get(attachment.kind)  # None: stored before uploads were checked, so only ever downloaded
    inline = kind is not None and kind.inline
    # FileResponse writes the name as RFC 5987 filename*= when it is not ASCII (a Chinese name survives).
    response = FileResponse(handle, as_attachment=not inline, filename=attachment.name,
                            content_type=kind.content_type if kind is not None else "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"  # the browser takes the sniffed type, never guesses its own
    # A sandboxed document has no origin of its own: nothing in it can read the ledger's cookies or pages.
    # Chromium will not start its PDF viewer under a sandbox, so a PDF gets a policy that lets the viewer run
    # but loads nothing else; its scripts run in the viewer's own process, never in the ledger's origin.
    response["Content-Security-Policy"] = _PDF_POLICY if kind is not None and kind.kind == "pdf" else "sandbox"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    return response


_PDF_POLICY = ("default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; "
               "frame-ancestors 'self'")


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """The supervisor marks an attachment public (shown on the 成绩单 item page) or internal again."""
    attachment = get_object_or_404(Attachment.objects.select_related("report__item"), pk=pk,
                                   report__item__in=visible_items(request.user))
    public = request.POST.get("public") == "1"
    try:
        with submissions.once(request):
            workflow.set_attachment_public(request.user, attachment, public)  # PermissionDenied → 403
        messages.success(request, f"附件“{attachment.name}”已{'公开' if public else '取消公开'}。")
    except submissions.AlreadySubmitted:
        messages.info(request, submissions.NOTICE)
    return redirect("ledger:item_detail", number=attachment.report.item.number)
