from django.apps import AppConfig


class LedgerConfig(AppConfig):
    name = "luoshi.ledger"
    label = "ledger"
    verbose_name = "督办台账"
    default_auto_field = "django.db.models.BigAutoField"
