#!/usr/bin/env bash
# Restores a deploy/backup.sh archive into the empty database named by DATABASE_URL:
#   createdb technopolis_restored
#   DATABASE_URL=postgres://…/technopolis_restored deploy/restore.sh var/backups/technopolis-….dump
# All or nothing (one transaction). Afterwards point the app at it; the page cache is emptied
# so that no page from before the restore is served.
set -euo pipefail
url="${DATABASE_URL:?DATABASE_URL must name the empty database to restore into}"
dump="${1:?usage: deploy/restore.sh DUMP_FILE}"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$url" "$dump"
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
"$python" manage.py migrate --no-input -v0
"$python" manage.py shell -v0 -c "from technopolis.cache import purge; purge()"
