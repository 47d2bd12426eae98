#!/usr/bin/env bash
# Load benchmark of the mobile API on loopback (issue 5): a trivial endpoint and the two hot endpoints, each for
# a bounded time with wrk, against a server that is already running (./start.sh).
#
#   PAR_BENCH_BASE      server root                    (default http://127.0.0.1:8080)
#   PAR_BENCH_USER      an account to log in with      (default $PAR_ADMIN_USER)
#   PAR_BENCH_PASSWORD  its password                   (default $PAR_ADMIN_PASSWORD)
#   PAR_BENCH_SECONDS   duration of each run           (default 20, at most 120)
#   PAR_BENCH_CONNECTIONS  open connections            (default 32, at most 256)
#   PAR_BENCH_PID       server process, for its resident memory (default: the java listening on the port)
set -euo pipefail
default_seconds=20
default_connections=32
. "$(dirname "$0")/bench-session.sh"

# The agency with an overdue occurrence, and a task, taken from the data itself.
agency=$(curl -sf -H "$auth" "$api/occurrences?status=overdue&limit=1" | sed -n 's/.*"agencyId":\([0-9]*\).*/\1/p')
task=$(curl -sf -H "$auth" "$api/tasks?limit=1" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')
[ -n "$agency" ] && [ -n "$task" ] || { echo "no overdue occurrence or no task in the data" >&2; exit 3; }

port=$(echo "$base" | sed -n 's/.*:\([0-9]*\)$/\1/p')
pid="${PAR_BENCH_PID:-$(ss -ltnp "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}"
rss() { [ -n "$pid" ] && awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status" || echo "unknown"; }
# CPU time the server process has used so far, in clock ticks (user + system)
ticks() { [ -n "$pid" ] && awk '{print $14 + $15}' "/proc/$pid/stat" || echo 0; }
hz=$(getconf CLK_TCK)

run() {
  local name="$1" url="$2"
  local out before after
  before=$(ticks)
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$auth" -H 'Accept-Encoding: gzip' "$url")
  after=$(ticks)
  local rps p50 p99 errors requests cpu
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN {printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0)}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}" "$cpu"
}

# Warm-up: every endpoint for a few seconds first, so the figures are not the JIT compiler's.
for url in "$base/health/live" "$api/agencies/$agency" "$api/occurrences?status=overdue&agency=$agency" "$api/tasks/$task"; do
  wrk -t"$threads" -c"$connections" -d5s -H "$auth" -H 'Accept-Encoding: gzip' "$url" >/dev/null
done

echo "wrk, $threads threads, $connections connections, ${seconds} s each, against $base (agency $agency, task $task)"
echo "resident memory before: $(rss)"
echo
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| endpoint | requests/s | p50 | p99 | non-2xx | Payara CPU ms/request |"
echo "|---|---|---|---|---|---|"
run "GET /health/live (trivial, Payara's own)" "$base/health/live"
run "GET /api/v1/agencies/$agency (trivial JAX-RS: one row by key)" "$api/agencies/$agency"
run "GET /api/v1/occurrences?status=overdue&agency=$agency" "$api/occurrences?status=overdue&agency=$agency"
run "GET /api/v1/tasks/$task" "$api/tasks/$task"
echo
echo "resident memory after: $(rss)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
