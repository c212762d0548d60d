"""(being written)"""

from django.http import HttpResponse


def _todo(*args, **kwargs) -> HttpResponse:
    return HttpResponse("not yet", status=501)


qr_sheet = _todo
scoreboard = _todo
unit_scoreboard = _todo
item_page = _todo
item_qr = _todo
