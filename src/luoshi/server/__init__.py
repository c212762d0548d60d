"""The Django project that serves the 督办 ledger (settings, URLs, WSGI, and ``luoshi serve``)."""
