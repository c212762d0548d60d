"""(being written)"""

from django.http import HttpResponse


def _todo(*args, **kwargs) -> HttpResponse:
    return HttpResponse("not yet", status=501)


feedback_list = _todo
feedback_answer = _todo
feedback_review = _todo
