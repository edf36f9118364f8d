"""The outbox's doorbell: sent (after commit) when a post is due, now or at `at`."""

from django.dispatch import Signal

# Arguments: post_id, at (a datetime, or None for now).
post_due = Signal()
