"""Gunicorn settings: `gunicorn -c deploy/gunicorn.conf.py technopolis.wsgi:application`.

Tuned by the environment, like the app: PORT (8000), WEB_CONCURRENCY (workers, 2 per CPU + 1),
GUNICORN_THREADS (1), GUNICORN_TIMEOUT (30 s), FORWARDED_ALLOW_IPS (127.0.0.1: the proxies
whose X-Forwarded-* headers are believed, by gunicorn and by the app alike) and LOG_FORMAT
(plain or json, as for Django).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM (a deploy, a scale-in) requests in flight get this long to finish.
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that slow memory growth never builds up; the jitter keeps
# them from all restarting at once.
max_requests = 2000
max_requests_jitter = 200
# The control socket sits at one fixed path per user: two app servers on one machine would
# fight over it, and nothing here uses it.
control_socket_disable = True
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access and error logs on standard output, in the app's format.
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
_json = os.environ.get("LOG_FORMAT", "plain") == "json"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "app": {"()": "technopolis.log_format.JsonFormatter"}
        if _json
        else {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "app",
        }
    },
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
    },
}
