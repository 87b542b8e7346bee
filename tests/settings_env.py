"""Settings as the module computes them from a given environment, read in a fresh process."""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# What production sets (README, "Deploying"); the secret is long and random-looking on purpose.
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "k3Yq9-vR2mX7tL0pZ8wN4sB6cD1fG5hJ-aQeUiOyTrEwLkJhGfDsA",
    "ALLOWED_HOSTS": "www.technopolis.be",
    "HTTPS": "1",
    "TRUST_X_FORWARDED_PROTO": "1",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def clean_env(**overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_", "TASKS_", "LOG_", "HSTS_", "HTTPS"))
    }
    env.update(overrides)
    return env


def settings_under(env, names):
    """{name: value} of these settings when the settings module runs under `env`."""
    script = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=clean_env(DJANGO_SETTINGS_MODULE="technopolis.settings", **env),
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])
