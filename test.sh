#!/usr/bin/env bash
# The README's test command, and what CI runs: installs what the tests need when it is missing (Debian's Chromium for
# the browser tests, PostgreSQL 15), starts a throwaway PostgreSQL cluster on a private port, runs every test with the
# PostgreSQL tests on, stops the cluster and prints "N passed, N failed, N skipped". Extra arguments go to dotnet test.
# Needs root (or sudo) only to install missing packages; a quick run without this set-up is plain `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")"

export NUGET_CERT_REVOCATION_MODE=offline   # a cold restore takes minutes without it on machines without internet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else echo "needs root to run: $*" >&2; return 1; fi; }
apt_install() {
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- Chromium for the Playwright tests (Debian's build; Playwright's own download is not reachable) ---
if [ -z "${VC2_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  log "installing chromium"
  apt_install chromium || { echo "chromium could not be installed"; exit 1; }
fi

# --- A throwaway PostgreSQL cluster on a private port and socket folder ---
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then
  log "installing postgresql"
  apt_install postgresql || { echo "postgresql could not be installed"; exit 1; }
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
PGROOT=$(mktemp -d /tmp/vc2-test-pg.XXXXXX)
PGUSER_RUN=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres user.
  id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
  chown postgres "$PGROOT"
  PGUSER_RUN=(runuser -u postgres --)
fi
PGPORT=$(( 54000 + RANDOM % 1000 ))
log "starting PostgreSQL ($PGBIN) on 127.0.0.1:$PGPORT"
"${PGUSER_RUN[@]}" "$PGBIN/initdb" -D "$PGROOT/data" -A trust -U postgres >"$PGROOT/initdb.log" 2>&1 || { cat "$PGROOT/initdb.log"; exit 1; }
"${PGUSER_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
  -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
  || { cat "$PGROOT/server.log"; exit 1; }
stop_pg() { "${PGUSER_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast stop >/dev/null 2>&1; rm -rf "$PGROOT"; }
trap stop_pg EXIT
export VC2_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true"
# The PostgreSQL tests may not be skipped here (TestDatabase fails the run when CI=true and no server is set).
export CI=true

log "dotnet test"
OUT=$(mktemp)
# The fuzz suite (FuzzTests) writes its counts here; they are printed with the summary.
export VC2_FUZZ_REPORT=$(mktemp)
dotnet test "$@" 2>&1 | tee "$OUT"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform prints one "Test run summary" per test app; add them up.
read -r total failed succeeded skipped < <(awk '
  /Test run summary/ { in_summary = 1 }
  in_summary && $1 == "total:"     { t += $2 }
  in_summary && $1 == "failed:"    { f += $2 }
  in_summary && $1 == "succeeded:" { s += $2 }
  in_summary && $1 == "skipped:"   { k += $2; in_summary = 0 }
  END { printf "%d %d %d %d\n", t, f, s, k }' "$OUT")
rm -f "$OUT"

echo
cat "$VC2_FUZZ_REPORT"; rm -f "$VC2_FUZZ_REPORT"
echo "${succeeded} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
if [ "$total" -eq 0 ]; then
  echo "no test ran"
  exit 1
fi
exit 0
