#!/usr/bin/env bash
# Where a request's time goes: records a JFR profile of the running server while wrk loads one endpoint, then
# prints the share of the request threads' CPU samples spent in each method (inclusive), and the busiest
# methods of their own (self). Against a server that is already running (./start.sh), on loopback.
#
#   server/bench/profile.sh PATH [SECONDS] [CONNECTIONS]
#     PATH         the endpoint, e.g. /api/v1/occurrences?status=overdue (signed in as the account below)
#   PAR_BENCH_BASE, PAR_BENCH_USER, PAR_BENCH_PASSWORD, PAR_BENCH_PID as for api/bench/api-benchmark.sh
#   PAR_PROFILE_TOP   lines of each list (default 45)
#   PAR_PROFILE_JFR   where the recording is kept (default a file under ${TMPDIR:-/tmp})
set -euo pipefail
path="${1:?usage: server/bench/profile.sh PATH [SECONDS] [CONNECTIONS]}"
PAR_BENCH_SECONDS="${2:-30}" PAR_BENCH_CONNECTIONS="${3:-32}"
. "$(dirname "$0")/../../api/bench/bench-session.sh"
command -v jcmd >/dev/null && command -v jfr >/dev/null || { echo "jcmd and jfr (from the JDK) are missing" >&2; exit 2; }
[ -n "$pid" ] || { echo "no server process listens on port $port (set PAR_BENCH_PID)" >&2; exit 3; }
top="${PAR_PROFILE_TOP:-45}"
recording="${PAR_PROFILE_JFR:-${TMPDIR:-/tmp}/par-profile-$$.jfr}"
url="$base$path"

status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$url")
[ "$status" = 200 ] || { echo "GET $path answers $status, not 200" >&2; exit 3; }
wrk -t"$threads" -c"$connections" -d5s -H "$auth" -H 'Accept-Encoding: gzip' "$url" >/dev/null
jcmd "$pid" JFR.start name=par-profile settings=profile filename="$recording" >/dev/null
load=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$auth" -H 'Accept-Encoding: gzip' "$url")
jcmd "$pid" JFR.stop name=par-profile >/dev/null

echo "GET $path, $connections connections, ${seconds} s: $(echo "$load" | awk '/Requests\/sec/ {print $2}') requests/s," \
  "p99 $(echo "$load" | awk '$1 == "99%" {print $2}')"
# One line per method: "inclusive <count> <method>" and "self <count> <method>", and "samples <count>".
counts=$(jfr print --events jdk.ExecutionSample --stack-depth 256 "$recording" | awk '
  function flush(   f) {
    if (inside && thread ~ /http-thread-pool/ && depth > 0) {
      samples++; self[frame[1]]++
      split("", seen)
      for (f = 1; f <= depth; f++) if (!(frame[f] in seen)) { seen[frame[f]] = 1; incl[frame[f]]++ }
    }
    inside = 0
  }
  /^jdk.ExecutionSample/ { flush(); inside = 1; depth = 0; thread = ""; next }
  inside && /sampledThread/ { thread = $0; next }
  inside && /line:/ { m = $1; sub(/\(.*/, "", m); frame[++depth] = m; next }
  END {
    flush(); print "samples", samples + 0
    for (m in incl) print "inclusive", incl[m], m
    for (m in self) print "self", self[m], m
  }')
samples=$(echo "$counts" | awk '$1 == "samples" {print $2}')
[ "$samples" -gt 0 ] || { echo "no CPU sample of a request thread in the recording" >&2; exit 4; }
shares() {
  # awk, not head, takes the first lines: it reads to the end, so sort never meets a closed pipe (pipefail)
  echo "$counts" | awk -v kind="$1" '$1 == kind {print $2, $3}' | sort -rn \
    | awk -v n="$samples" -v top="$top" 'NR <= top {printf "%5.1f%%  %s\n", 100 * $1 / n, $2}'
}
echo "$samples CPU samples of the request threads"
echo
echo "inclusive (the method and what it calls)"
shares inclusive
echo
echo "self (the method alone)"
shares self
[ -n "${PAR_PROFILE_JFR:-}" ] || rm -f "$recording"
