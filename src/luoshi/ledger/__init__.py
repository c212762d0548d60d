"""The 督办 ledger: a Django app that turns extracted speeches into assigned, tracked, audited items.

The way of an item: 立项 (filed from a reviewed document) → 交办 (assigned to a lead unit) → 签收 or
退回 → 反馈 (progress reports) with 预警/催办 → 延期申请 → 办结 → 审核 → 销号. Every change goes through
:mod:`luoshi.ledger.workflow`, in one transaction, and into the hash-chained history
(:mod:`luoshi.ledger.history`).
"""
