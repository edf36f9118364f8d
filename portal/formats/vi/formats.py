# Django's Vietnamese formats, plus digit grouping as CLDR `vi` has it: 1.234.567,5.
from django.conf.locale.vi.formats import *  # noqa: F403

NUMBER_GROUPING = 3
