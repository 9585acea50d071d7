# Sourced by bin/backup and bin/restore: the settings they need, read by Django itself so that
# they are exactly what the site uses (DATABASE_URL, MEDIA_ROOT, DJANGO_SETTINGS_MODULE …).
# Sets DB_VENDOR (postgresql or sqlite), DB_NAME, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD and
# MEDIA_ROOT.

PORTAL_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-$PORTAL_DIR/.venv/bin/python}

manage() {
    "$PYTHON" "$PORTAL_DIR/manage.py" "$@"
}

read_portal_settings() {
    local assignments
    assignments=$(manage shell --no-imports --verbosity 0 -c '
import shlex
from django.conf import settings
from django.db import connection
db = connection.settings_dict
values = {
    "DB_VENDOR": connection.vendor,
    "DB_NAME": db["NAME"],
    "DB_HOST": db.get("HOST") or "",
    "DB_PORT": db.get("PORT") or "",
    "DB_USER": db.get("USER") or "",
    "DB_PASSWORD": db.get("PASSWORD") or "",
    "MEDIA_ROOT": settings.MEDIA_ROOT,
}
for name, value in values.items():
    print(f"{name}={shlex.quote(str(value))}")
')
    eval "$assignments"
    case "$DB_VENDOR" in
        postgresql | sqlite) ;;
        *) echo "Databasen är av typen $DB_VENDOR; bara postgresql och sqlite stöds." >&2; exit 2 ;;
    esac
}

# pg_dump and pg_restore read the connection from these, so no password is on a command line.
export_pg_environment() {
    export PGDATABASE=$DB_NAME
    [ -z "$DB_HOST" ] || export PGHOST=$DB_HOST
    [ -z "$DB_PORT" ] || export PGPORT=$DB_PORT
    [ -z "$DB_USER" ] || export PGUSER=$DB_USER
    [ -z "$DB_PASSWORD" ] || export PGPASSWORD=$DB_PASSWORD
}

# Python's sqlite3 backup API: a consistent copy even while the site writes (no sqlite3 CLI).
sqlite_copy() {
    "$PYTHON" -c '
import sqlite3, sys
source, target = (sqlite3.connect(path) for path in sys.argv[1:3])
with target:
    source.backup(target)
source.close()
target.close()
' "$1" "$2"
}
