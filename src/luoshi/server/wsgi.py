"""WSGI entry point: ``waitress-serve luoshi.server.wsgi:application`` or any WSGI server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luoshi.server.settings")
application = get_wsgi_application()
