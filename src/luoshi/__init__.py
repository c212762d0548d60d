"""luoshi (落实): from Chinese leadership speeches and work reports to a source-grounded ledger of promises."""

__version__ = "0.1.0"
