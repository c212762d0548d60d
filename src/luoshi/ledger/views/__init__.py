"""The ledger's pages, one module per part of the workflow. Every view checks the role on the server
through :mod:`luoshi.ledger.permissions`; anonymous users are sent to the login page."""
