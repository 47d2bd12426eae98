#!/usr/bin/env bash
# Load benchmark of the API on loopback: a trivial endpoint, the hot endpoints of the mobile app and the dashboards
# of Sở Nội vụ, each for a bounded time with wrk, against a server that is already running (./start.sh).
#
#   PAR_BENCH_BASE      server root                    (default http://127.0.0.1:8080)
#   PAR_BENCH_USER      an account to log in with      (default $PAR_ADMIN_USER)
#   PAR_BENCH_PASSWORD  its password                   (default $PAR_ADMIN_PASSWORD)
#   PAR_BENCH_SECONDS   duration of each run           (default 20, at most 120)
#   PAR_BENCH_CONNECTIONS  open connections            (default 32, at most 256)
#   PAR_BENCH_PLAN      plan of the dashboards         (default: the first plan listed)
#   PAR_BENCH_YEAR      plan year of the dashboards    (default 2025)
#   PAR_BENCH_PID       server process, for its resident memory (default: the java listening on the port)
#   PAR_BENCH_WARMUP    least seconds of load before each measured run (default 20)
#   PAR_BENCH_WARMUP_MAX  most seconds of that warm-up (default 180)
set -euo pipefail
default_seconds=20
default_connections=32
. "$(dirname "$0")/bench-session.sh"

# The agency with an overdue occurrence, one of its occurrences, a task and the plan of the dashboards, taken from
# the data itself.
overdue=$(curl -sf -H "$auth" "$api/occurrences?status=overdue&limit=1")
agency=$(echo "$overdue" | sed -n 's/.*"agencyId":\([0-9]*\).*/\1/p')
occurrence=$(echo "$overdue" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')
task=$(curl -sf -H "$auth" "$api/tasks?limit=1" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')
plan="${PAR_BENCH_PLAN:-$(curl -sf -H "$auth" "$api/plans?limit=1" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')}"
year="${PAR_BENCH_YEAR:-2025}"
[ -n "$agency" ] && [ -n "$occurrence" ] && [ -n "$task" ] && [ -n "$plan" ] \
  || { echo "no overdue occurrence, task or plan in the data" >&2; exit 3; }
# Points at risk need a PAR INDEX version that applies to the year; api/bench/bench-par-index.sh makes one.
risk="$api/dashboards/plans/$plan/years/$year/points-at-risk"
risk_status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$risk")

rss() { [ -n "$pid" ] && awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status" || echo "unknown"; }
# CPU time the server process has used so far, in clock ticks (user + system)
ticks() { [ -n "$pid" ] && awk '{print $14 + $15}' "/proc/$pid/stat" || echo 0; }
hz=$(getconf CLK_TCK)

# run NAME URL [CONNECTIONS]: a warm-up, then the measured run. The warm-up loads the endpoint in 10 s slices until
# its requests/s settle (two slices in a row, each less than 5 % above the one before), at least PAR_BENCH_WARMUP
# seconds and at most PAR_BENCH_WARMUP_MAX. On two cores shared with the database and wrk, the JIT compilers take one to two minutes of
# load to compile a new path; until then a request costs up to three times its CPU, and the figures would be the
# compilers', not the server's. The seconds it took are the table's last column.
warmup="${PAR_BENCH_WARMUP:-20}"
warmup_max="${PAR_BENCH_WARMUP_MAX:-180}"
slice=10
warm() {
  local url="$1" c="$2" t="$3" spent=0 last=0 settled=0 now
  while :; do
    now=$(wrk -t"$t" -c"$c" -d"${slice}s" -H "$auth" -H 'Accept-Encoding: gzip' "$url" | awk '/Requests\/sec/ {print $2}')
    spent=$((spent + slice))
    if awk -v a="$last" -v b="${now:-0}" 'BEGIN {exit !(a > 0 && b < a * 1.05)}'; then
      settled=$((settled + 1))
    else
      settled=0
    fi
    if [ "$spent" -ge "$warmup_max" ] || { [ "$spent" -ge "$warmup" ] && [ "$settled" -ge 2 ]; }; then
      echo "$spent"
      return
    fi
    last="${now:-0}"
  done
}
run() {
  local name="$1" url="$2" c="${3:-$connections}"
  local t=$(( c < threads ? c : threads ))
  local warmed
  sign_in
  warmed=$(warm "$url" "$c" "$t")
  local out before after
  before=$(ticks)
  out=$(wrk -t"$t" -c"$c" -d"${seconds}s" --latency -H "$auth" -H 'Accept-Encoding: gzip' "$url")
  after=$(ticks)
  local rps p50 p99 errors requests cpu
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN {printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0)}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" "${errors:-0}" "$cpu" "$warmed"
}

echo "wrk, up to $threads threads, ${seconds} s each after a warm-up of ${warmup}-${warmup_max} s, against $base (agency $agency, occurrence"
echo "$occurrence, task $task, plan $plan, year $year)"
echo "resident memory before: $(rss)"
echo
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint | connections | requests/s | p50 | p99 | non-2xx | Payara CPU ms/request | warm-up s |"
echo "|---|---|---|---|---|---|---|---|"
run "GET /health/live (trivial, Payara's own)" "$base/health/live"
run "GET /api/v1/agencies/$agency (trivial JAX-RS: one row by key)" "$api/agencies/$agency"
run "GET /api/v1/occurrences?status=overdue&agency=$agency (overdue list)" "$api/occurrences?status=overdue&agency=$agency"
run "GET /api/v1/occurrences?status=overdue&agency=$agency (overdue list)" "$api/occurrences?status=overdue&agency=$agency" 8
run "GET /api/v1/occurrences/$occurrence (occurrence by id)" "$api/occurrences/$occurrence"
run "GET /api/v1/occurrences/$occurrence (occurrence by id)" "$api/occurrences/$occurrence" 1
run "GET /api/v1/tasks/$task" "$api/tasks/$task"
run "dashboard: status by area" "$api/dashboards/plans/$plan/years/$year/status?by=area"
run "dashboard: status by agency" "$api/dashboards/plans/$plan/years/$year/status?by=agency"
run "dashboard: overdue" "$api/dashboards/plans/$plan/years/$year/overdue"
run "dashboard: per month" "$api/dashboards/plans/$plan/years/$year/months"
run "dashboard: on-time rate per agency per year" "$api/dashboards/plans/$plan/on-time-rates"
if [ "$risk_status" = 200 ]; then
  run "dashboard: PAR INDEX points at risk" "$risk"
else
  echo "| dashboard: PAR INDEX points at risk | — | not run: the year has no PAR INDEX version ($risk_status; api/bench/bench-par-index.sh makes one) | | | | | |"
fi
echo
echo "resident memory after: $(rss)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
