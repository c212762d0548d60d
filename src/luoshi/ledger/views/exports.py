"""(being written)"""

from django.http import HttpResponse


def _todo(*args, **kwargs) -> HttpResponse:
    return HttpResponse("not yet", status=501)


item_export = _todo
source_export = _todo
