#!/usr/bin/env bash
# Backs up the site's PostgreSQL database (DATABASE_URL) as a compressed pg_dump archive:
#   DATABASE_URL=postgres://… deploy/backup.sh [DIRECTORY]     (default: var/backups)
# Prints the file it wrote and keeps the BACKUP_KEEP (default 14) newest ones.
# Restore with deploy/restore.sh. Media are not in the dump: see the README, "Backups".
set -euo pipefail
url="${DATABASE_URL:?DATABASE_URL must name the PostgreSQL database}"
dir="${1:-var/backups}"
mkdir -p "$dir"
file="$dir/technopolis-$(date -u +%Y%m%dT%H%M%SZ).dump"
# Written under a temporary name first so that a failed dump never looks like a good one.
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$url"
mv "$file.partial" "$file"
ls -1t "$dir"/technopolis-*.dump | tail -n +"$((${BACKUP_KEEP:-14} + 1))" | xargs -r rm --
echo "$file"
