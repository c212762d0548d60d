"""Notifications outside the app: 交办, 催办, 临近到期, 逾期, 延期 decisions, 领导批示 and citizen-feedback
deadlines reach a unit's e-mail or its 钉钉 / 企业微信 group robot.

How a notice travels:

- :mod:`.events` turns a committed change into outbox messages: a history record the workflow wrote
  (交办, 催办, 批准延期…) or a new 领导批示 queues its messages in the same transaction as the change, so a
  notice exists exactly when the change does; the reminder scan (临近到期, 逾期, feedback due) queues one
  message per item, event, threshold and channel, kept unique by the message's key, so running it every
  few minutes from several processes never repeats one.
- :mod:`.outbox` sends what is due: claimed by one process at a time, several messages for one channel
  in one post, retried with exponential backoff, every attempt in the delivery log.
- :mod:`.transports` speaks e-mail (Django's mail backends) and the two robots' documented JSON.
- :mod:`.scheduler` runs scan and send in a daemon thread of ``luoshi serve``; ``luoshi ledger remind``
  does one round from cron.
"""
