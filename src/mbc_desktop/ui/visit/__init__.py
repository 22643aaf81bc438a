"""The Visit area: during the visit (questions in large type, one key to mark each asked,
notes) and after it (statuses, answers, decisions, the next appointment)."""
