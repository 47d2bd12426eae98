#!/usr/bin/env bash
# Load benchmark of the monitoring agency's dashboards on loopback: each dashboard, and a trivial
# JAX-RS endpoint for comparison, for a bounded time with wrk, against a server that is already running.
#
#   PAR_BENCH_BASE         server root                     (default http://127.0.0.1:8080)
#   PAR_BENCH_USER         an admin or leader account      (default $PAR_ADMIN_USER)
#   PAR_BENCH_PASSWORD     its password                    (default $PAR_ADMIN_PASSWORD)
#   PAR_BENCH_PLAN         plan of the occurrence dashboards (default: the first plan listed)
#   PAR_BENCH_YEAR         plan year of the year dashboards  (default 2025)
#   PAR_BENCH_SECONDS      duration of each run            (default 10, at most 120)
#   PAR_BENCH_CONNECTIONS  open connections                (default 4, at most 256)
set -euo pipefail
year="${PAR_BENCH_YEAR:-2025}"
default_seconds=10
default_connections=4
. "$(dirname "$0")/bench-session.sh"

plan="${PAR_BENCH_PLAN:-$(curl -sf -H "$auth" "$api/plans?limit=1" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')}"
# The indicators live with the shipped plan 447/KH-UBND; its period holds 2019.
indicator_plan=$(curl -sf -H "$auth" "$api/indicators?limit=1" | sed -n 's/.*"planId":\([0-9]*\).*/\1/p')
agency=$(curl -sf "$api/agencies?limit=1" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')
[ -n "$plan" ] && [ -n "$indicator_plan" ] && [ -n "$agency" ] || { echo "no plan, indicator or agency in the data" >&2; exit 3; }

run() {
  local name="$1" url="$2"
  local out rps p50 p99 errors bytes
  bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "$auth" -H 'Accept-Encoding: gzip' "$url")
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$auth" -H 'Accept-Encoding: gzip' "$url")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}" "$bytes"
}

echo "wrk, $threads thread(s), $connections connection(s), ${seconds} s each, against $base (plan $plan, year $year)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint | requests/s | p50 | p99 | non-2xx | gzip bytes |"
echo "|---|---|---|---|---|---|"
run "GET /agencies/$agency (trivial JAX-RS: one row by key)" "$api/agencies/$agency"
run "status by area" "$api/dashboards/plans/$plan/years/$year/status?by=area"
run "status by agency" "$api/dashboards/plans/$plan/years/$year/status?by=agency"
run "overdue list" "$api/dashboards/plans/$plan/years/$year/overdue"
run "on-time rate per agency per year" "$api/dashboards/plans/$plan/on-time-rates"
run "indicators behind target" "$api/dashboards/plans/$indicator_plan/years/2019/indicators"
run "PAR INDEX trend" "$api/dashboards/par-index"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
