"""gunicorn settings for the portal (deploy/systemd/portal-web.service, the smoke test).

Every value can be set from the environment, so one file serves every machine.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: a page is CPU work, and a cached page is answered in well under a millisecond.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# Slow clients are nginx's to wait for (it buffers): a worker is only held while it renders.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so slow leaks cannot grow without bound. Not too often: a
# worker answers thousands of cached pages a second, and each new one starts with an empty
# memory of hot pages (portal/page_cache.py); at 5,000 a worker restarted every few seconds
# under load, which cost a quarter of the cached throughput (bench/serve.py).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# Load the application once, then fork: workers share its memory pages.
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
