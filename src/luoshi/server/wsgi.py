"""WSGI entry point, for a server of your own: ``gunicorn luoshi.server.wsgi:application``.

``luoshi serve --workers N`` runs gunicorn with this application after migrating, and also starts what
``serve.PROCESS_STARTED`` lists in each worker; a server started this way runs neither (migrate with
``luoshi ledger manage migrate``). The settings come from the environment as for ``luoshi serve``.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luoshi.server.settings")
application = get_wsgi_application()
