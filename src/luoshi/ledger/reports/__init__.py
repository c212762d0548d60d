"""The ledger's reports: rates, 考评 and 进度通报 counted in the database, handed on as plain data."""
