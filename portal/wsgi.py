import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

django_application = get_wsgi_application()

# Imported once Django is set up (the page cache reads settings and caches).
from portal import page_cache  # noqa: E402

# Hot anonymous pages are answered from this process's memory before Django builds a request.
application = page_cache.front(django_application)
