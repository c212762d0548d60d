"""(being written)"""

from django.http import HttpResponse


def _todo(*args, **kwargs) -> HttpResponse:
    return HttpResponse("not yet", status=501)


bulletin = _todo
bulletin_docx = _todo
assessment = _todo
