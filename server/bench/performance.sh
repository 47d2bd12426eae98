#!/usr/bin/env bash
# Reproduces every figure of docs/performance.md and rewrites its tables: builds the runnable, starts it on an
# empty data directory (first start), restarts it five times on that directory (start to ready, resident memory
# when idle), generates the data set of about a million occurrences (once; kept in persistence/target), starts
# the system on a copy of it and runs the API load (api/bench/api-benchmark.sh with wrk, or the Java soak when
# wrk is missing), measuring the Java process's resident memory before and after.
#
#   PAR_PERF_DIR      where the data directories go (default /var/tmp/par-performance; not under /tmp, which
#                     the embedded MariaDB empties)
#   PAR_PERF_PORT     HTTP port of the measured server (default 8093)
#   PAR_PERF_SECONDS  duration of each load run (default 20)
#   PAR_JAVA_OPTS     the JVM options, as for ./start.sh (default: start.sh's)
#   PAR_CDS=off       no class-data sharing archive, as for ./start.sh
#   PAR_PERF_OUT      the document to rewrite (default docs/performance.md)
#   PAR_PERF_SKIP_BUILD=1  use the jars already built
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
dir="${PAR_PERF_DIR:-/var/tmp/par-performance}"
port="${PAR_PERF_PORT:-8093}"
seconds="${PAR_PERF_SECONDS:-20}"
out="${PAR_PERF_OUT:-$root/docs/performance.md}"
user=bench
password=bench-password-123
base="http://127.0.0.1:$port"
case "$dir" in /tmp/*) echo "PAR_PERF_DIR must not lie under /tmp" >&2; exit 2 ;; esac
mkdir -p "$dir"
log="$dir/performance.log"
: > "$log"

say() { echo "$*" | tee -a "$log" >&2; }

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# Starts ./start.sh (which builds when needed, then becomes the java process) on data directory $1; sets
# $server_pid and $ready_seconds (from the server's own "ready in" line) and $console_lines.
start_server() {
  local data="$1" console="$dir/console-$(date +%s%N).txt"
  PAR_HTTP_PORT="$port" PAR_DATA_DIR="$data" PAR_ADMIN_USER="$user" PAR_ADMIN_PASSWORD="$password" \
    PAR_ALERTS_SCHEDULED=false ./start.sh > "$console" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "PAR tracker ready in" "$console"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$console" >&2; echo "the server ended before it was ready" >&2; exit 4; fi
    sleep 0.5
  done
  ready_seconds=$(sed -n 's/.*PAR tracker ready in \([0-9.]*\) s.*/\1/p' "$console" | head -1)
  [ -n "$ready_seconds" ] || { cat "$console" >&2; echo "not ready within 300 s" >&2; exit 4; }
  console_lines=$(awk '/PAR tracker ready in/ {print NR; exit}' "$console")
  cat "$console" >> "$log"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

if [ -z "${PAR_PERF_SKIP_BUILD:-}" ]; then
  say "building"
  mvn -B -q -ntp -DskipTests install >> "$log" 2>&1
fi

# 1. First start and five restarts on the shipped plan's data. The first start is a newcomer's: no class-data
# sharing archive yet; it writes one when it stops, and the restarts map it (start.sh; PAR_CDS=off leaves it out).
rm -f server/target/par-server.jsa
small="$dir/small"
rm -rf "$small"
say "first start on an empty data directory"
start_server "$small"
first_start=$ready_seconds
first_lines=$console_lines
sleep 20
first_rss=$(rss_mib "$server_pid")
stop_server
restarts=()
idle=()
for i in 1 2 3 4 5; do
  say "restart $i of 5"
  start_server "$small"
  restarts+=("$ready_seconds")
  sleep 20
  idle+=("$(rss_mib "$server_pid")")
  stop_server
done
restart_median=$(printf '%s\n' "${restarts[@]}" | median)
idle_median=$(printf '%s\n' "${idle[@]}" | median)
load_starts=$(cut -d' ' -f1-3 /proc/loadavg)

# 2. The large data set, generated once, copied for the server
generated="$root/persistence/target/benchmark-mariadb/data"
if [ ! -d "$generated" ]; then
  say "generating the data set of about a million occurrences (once)"
  mvn -B -q -ntp -pl persistence test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Pbenchmark \
    -Dpar.benchmark.generate-only=true >> "$log" 2>&1
fi
large="$dir/large"
rm -rf "$large"
mkdir -p "$large"
cp -a "$generated" "$large/mariadb"
say "starting on the large data set"
start_server "$large"
large_start=$ready_seconds
sleep 20
rss_before=$(rss_mib "$server_pid")
say "a PAR INDEX version for the points at risk"
PAR_BENCH_BASE="$base" PAR_BENCH_USER="$user" PAR_BENCH_PASSWORD="$password" api/bench/bench-par-index.sh >> "$log" 2>&1
say "load: ${seconds} s per endpoint"
if command -v wrk >/dev/null; then
  tool="wrk (api/bench/api-benchmark.sh: 2 threads, the connections given per row, each endpoint warmed up until its requests/s settle — at least ${PAR_BENCH_WARMUP:-20} s, at most ${PAR_BENCH_WARMUP_MAX:-180} s, the last column)"
  load=$(PAR_BENCH_BASE="$base" PAR_BENCH_USER="$user" PAR_BENCH_PASSWORD="$password" PAR_BENCH_SECONDS="$seconds" \
    PAR_BENCH_PID="$server_pid" api/bench/api-benchmark.sh 2>>"$log" | tee -a "$log" | grep '^|')
else
  tool="the Java soak (api/bench/soak.sh, 200 requests/s of mixed reads and writes; wrk is not installed)"
  PAR_BENCH_BASE="$base" PAR_BENCH_USER="$user" PAR_BENCH_PASSWORD="$password" PAR_SOAK_PID="$server_pid" \
    PAR_SOAK_SECONDS=$((seconds * 4)) PAR_SOAK_OUT="$dir/soak" api/bench/soak.sh >> "$log" 2>&1 || true
  load=$(grep '^|' "$dir/soak/soak.md" || true)
fi
rss_after=$(rss_mib "$server_pid")
stop_server

# Reading the load table: wrk writes latencies as 850.00us, 12.34ms or 1.02s.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'; }
row_field() { echo "$load" | awk -F' *[|] *' -v name="$1" -v c="$2" -v f="$3" 'index($2, name) && $3 == c {print $f; exit}'; }
# a run with any answer other than 2xx measured something else than the endpoint: its figure is "failed"
row_ms() {
  local v errors; v=$(row_field "$@"); errors=$(row_field "$1" "$2" 7)
  if [ -n "$errors" ] && [ "$errors" != 0 ]; then echo failed; elif [ -n "$v" ]; then ms "$v"; fi
}
worst_ms() {
  # a run that completed no request (every one timed out) or answered anything but 2xx makes the figure
  # "failed", never the best
  echo "$load" | awk -F' *[|] *' -v pattern="$1" -v c="$2" '$2 ~ pattern && $3 == c {print ($4 + 0 > 0 && $7 + 0 == 0 ? $6 : "failed")}' \
    | while read -r v; do if [ "$v" = failed ]; then echo 999999; else ms "$v"; echo; fi; done | sort -n | tail -1 \
    | sed 's/^999999$/failed/'
}
le() { awk -v a="$1" -v b="$2" 'BEGIN {print (a ~ /^[0-9.]+$/ && a + 0 <= b + 0 ? "yes" : "no")}'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN {print (a ~ /^[0-9.]+$/ && a + 0 < b + 0 ? "yes" : "no")}'; }
target() { echo "| $1 | $2 | $3 |"; }

cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
cores=$(nproc)
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1)
opts="${PAR_JAVA_OPTS:-$(sed -n 's/^PAR_JAVA_OPTS="\${PAR_JAVA_OPTS:-\(.*\)}"$/\1/p' start.sh)}"
now=$(date -u '+%Y-%m-%d %H:%M UTC')

{
  echo "# Performance"
  echo
  echo "Made by \`server/bench/performance.sh\`, which rewrites this file; how and why the system is sized as it is:"
  echo "\`docs/operations.md\`. Figures from a shared machine measure that machine as much as the system: compare"
  echo "runs made under the same load, and read the load averages beside them. Earlier measurements, by hand, before"
  echo "and after the sizing of memory and the start: \`docs/performance-history.md\`. Where a request's time goes (JFR"
  echo "profiles, \`server/bench/profile.sh\`) and what bounds the latency at 32 connections on two cores:"
  echo "\`docs/profile.md\`."
  echo
  echo "## The run of $now"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| machine | $cores cores ($cpu), $memory |"
  echo "| Java | $java_version |"
  echo "| JVM options | \`$opts\` |"
  if [ "${PAR_CDS:-on}" = off ]; then
    echo "| class-data sharing | off (\`PAR_CDS=off\`) |"
  else
    echo "| class-data sharing | the archive written when the first start stopped, mapped by every later start |"
  fi
  echo "| load average (1, 5, 15 min) after the starts | $load_starts |"
  echo
  echo "### Start to ready"
  echo
  echo "From \`java\` starting to \`/health/ready\` answering 200 (the server's own \"ready in\" line), embedded MariaDB"
  echo "included; each stopped with SIGTERM before the next."
  echo
  echo "| start | seconds |"
  echo "|---|---|"
  echo "| first start, empty data directory (shipped plan loaded) | $first_start |"
  echo "| restarts on that directory, median of five | **$restart_median** ($(IFS=', '; echo "${restarts[*]}")) |"
  echo "| start on the large data set | $large_start |"
  echo
  echo "Console lines up to and including the \"ready\" line on the first start: $first_lines."
  echo
  echo "### Resident memory of the Java process"
  echo
  echo "| when | MiB |"
  echo "|---|---|"
  echo "| idle, 20 s after the first start | $first_rss |"
  echo "| idle, 20 s after each restart, median | $idle_median ($(IFS=', '; echo "${idle[*]}")) |"
  echo "| large data set, idle before the load | $rss_before |"
  echo "| large data set, after the load | $rss_after |"
  echo
  echo "### API load on the large data set"
  echo
  echo "Data: the persistence benchmark's generated set (about 950 000 occurrences of 34 provinces) plus the shipped"
  echo "plan. With $tool, ${seconds} s per endpoint, on loopback, the load generator on the same cores."
  echo
  echo "$load"
  echo
  echo "### Against the targets"
  echo
  echo "| target | measured | met |"
  echo "|---|---|---|"
  target "restart to ready ≤ 20 s (median of five)" "$restart_median s" "$(le "$restart_median" 20)"
  target "first start to ready ≤ 30 s" "$first_start s" "$(le "$first_start" 30)"
  target "idle resident memory ≤ 450 MiB (median after restarts)" "$idle_median MiB" "$(le "$idle_median" 450)"
  target "resident memory after the load ≤ 600 MiB" "$rss_after MiB" "$(le "$rss_after" 600)"
  if [ -n "${tool##wrk*}" ]; then
    echo "| latency targets | not measured: wrk is not installed (apt-get install -y wrk) | — |"
  else
    overdue_p99=$(row_ms "overdue list" 32 6); trivial_rps=$(row_field "trivial JAX-RS" 32 4)
    overdue_rps=$(row_field "overdue list" 32 4); by_id_p99=$(row_ms "occurrence by id" 32 6)
    by_id_1=$(row_ms "occurrence by id" 1 6); dashboards=$(worst_ms "dashboard: " 32)
    risk_p99=$(row_ms "points at risk" 32 6)
    share=$(awk -v a="$overdue_rps" -v b="$trivial_rps" 'BEGIN {printf "%.0f", (b > 0 ? 100 * a / b : 0)}')
    target "overdue list p99 < 50 ms at 32 connections" "$overdue_p99 ms" "$(lt "$overdue_p99" 50)"
    target "overdue list ≥ 50 % of the trivial JAX-RS endpoint's requests/s" "$share %" "$(le 50 "$share")"
    target "occurrence by id p99 < 10 ms at 32 connections" "$by_id_p99 ms" "$(lt "$by_id_p99" 10)"
    target "occurrence by id p99 < 10 ms at 1 connection" "$by_id_1 ms" "$(lt "$by_id_1" 10)"
    target "dashboard aggregates p99 < 50 ms at 32 connections (the slowest)" "$dashboards ms" "$(lt "$dashboards" 50)"
    target "points at risk p99 < 50 ms at 32 connections" "${risk_p99:-not run} ms" "$(lt "${risk_p99:-999999}" 50)"
  fi
} > "$out"
say "wrote $out"
