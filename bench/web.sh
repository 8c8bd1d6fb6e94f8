#!/usr/bin/env bash
# The web benchmark of ADR 0019: VC2 on PostgreSQL with the national demo, 50 concurrent users per page,
# the static file as the baseline, all in one run. Usage:
#   bench/web.sh [--centres 102] [--citizens-per-centre 300] [--duration 10] [--connections 50] [--only "Mine borgere,API"]
# The PostgreSQL cluster and its demo database are kept in /tmp/vc2-bench-<centres>x<citizens> between runs (the
# national demo takes minutes to make); delete the folder to start over. Needs wrk (Debian: apt-get install wrk).
# VC2 runs as the Release build in the Development environment: the demo login, plain http and no HTTPS redirect;
# logging at Warning so that the console is not what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

CENTRES=102 PER_CENTRE=300 DURATION=10 CONNECTIONS=50 ONLY=
while [ $# -gt 0 ]; do
  case "$1" in
    --centres) CENTRES=$2; shift 2 ;;
    --citizens-per-centre) PER_CENTRE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    *) echo "ukendt argument: $1" >&2; exit 2 ;;
  esac
done

export NUGET_CERT_REVOCATION_MODE=offline DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null 2>&1 || { log "installing wrk"; as_root apt-get update -qq; as_root apt-get install -y -qq wrk >/dev/null; }

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGROOT=/tmp/vc2-bench-${CENTRES}x${PER_CENTRE}
PGPORT=${VC2_BENCH_PGPORT:-55990}
PGUSER_RUN=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
  PGUSER_RUN=(runuser -u postgres --)
fi
if [ ! -d "$PGROOT/data" ]; then
  mkdir -p "$PGROOT"; [ "$(id -u)" -eq 0 ] && chown postgres "$PGROOT"
  "${PGUSER_RUN[@]}" "$PGBIN/initdb" -D "$PGROOT/data" -A trust -U postgres >"$PGROOT/initdb.log"
fi
log "PostgreSQL on 127.0.0.1:$PGPORT ($PGROOT)"
# A cluster already running (an earlier run's, kept for more measurements) is used as it is and left running.
STARTED_PG=
if ! "${PGUSER_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1; then
  "${PGUSER_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB" start >/dev/null
  STARTED_PG=1
fi
WEB_PID=
stop() {
  [ -n "$WEB_PID" ] && kill "$WEB_PID" 2>/dev/null
  [ -n "$STARTED_PG" ] && "${PGUSER_RUN[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast stop >/dev/null 2>&1
  true
}
trap stop EXIT

log "building (Release)"
dotnet build src/Vc2.Web -c Release -v q -nologo >/dev/null
dotnet build src/Vc2.Cli -c Release -v q -nologo >/dev/null
VC2=src/Vc2.Cli/bin/Release/net10.0/vc2
export Database__Provider=Postgres ConnectionStrings__Default="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=vc2bench;Pooling=true;Maximum Pool Size=100"
export Demo__Enabled=true Demo__Today=2015-06-15

if ! psql -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "select 1 from pg_database where datname='vc2bench'" | grep -q 1; then
  psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "create database vc2bench"
  log "national demo: $CENTRES job centres × $PER_CENTRE citizens"
  /usr/bin/time -f "demo-data: %e s, peak %M KB" "$VC2" demo-data --centres "$CENTRES" --citizens-per-centre "$PER_CENTRE"
fi
log "national figures"
"$VC2" figures --today 2015-06-15

log "starting VC2"
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=http://127.0.0.1:5090 Logging__LogLevel__Default=Warning \
  RateLimits__ExpensivePerMinute=100000000 RateLimits__AnonymousPerMinute=100000000 \
  bash -c 'cd src/Vc2.Web && exec dotnet bin/Release/net10.0/Vc2.Web.dll' >"$PGROOT/web.log" 2>&1 &
WEB_PID=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:5090/css/site.css >/dev/null && break; sleep 1; done

log "load"
"$VC2" bench web --url http://127.0.0.1:5090 --duration "$DURATION" --connections "$CONNECTIONS" ${ONLY:+--only "$ONLY"}
