"""A throw-away database for benchmark scripts: created on start, destroyed on exit.

Usage: `with benchmark_database(): ...` after `django.setup()`. It uses DATABASE_URL (the
figures that matter are PostgreSQL's) and never touches the development database.
"""

import os
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")


@contextmanager
def benchmark_database():
    from django.db import connection

    # No setup_test_environment(): its instrumented template rendering would inflate timings.
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield connection
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def database_vendor() -> str:
    from django.db import connection

    return f"{connection.vendor} {connection.get_database_version()}"
