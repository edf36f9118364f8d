"""Admin wiring of the portal app: the user bulk actions that respect who may manage whom."""

from wagtail import hooks

from portal.security.users import BULK_ACTIONS

# order=1: registered after wagtail.users' own actions, so these replace them.
for action_class in BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)
