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
default_seconds="${2:-30}"
default_connections="${3:-32}"
PAR_BENCH_SECONDS="$default_seconds" PAR_BENCH_CONNECTIONS="$default_connections"
export PAR_BENCH_SECONDS PAR_BENCH_CONNECTIONS
. "$(dirname "$0")/../../api/bench/bench-session.sh"
command -v jcmd >/dev/null && command -v jfr >/dev/null || { echo "jcmd and jfr (from the JDK) are missing" >&2; exit 2; }
port=$(echo "$base" | sed -n 's/.*:\([0-9]*\)$/\1/p')
pid="${PAR_BENCH_PID:-$(ss -ltnp "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}"
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
jfr print --events jdk.ExecutionSample --stack-depth 256 "$recording" | awk -v top="$top" '
  function flush(   f, key) {
    if (!inside || thread !~ /http-thread-pool/ || depth == 0) { inside = 0; return }
    samples++
    self[frame[1]]++
    split("", seen)
    for (f = 1; f <= depth; f++) if (!(frame[f] in seen)) { seen[frame[f]] = 1; incl[frame[f]]++ }
    inside = 0
  }
  /^jdk.ExecutionSample/ { flush(); inside = 1; depth = 0; thread = ""; next }
  inside && /sampledThread/ { thread = $0; next }
  inside && /line:/ { m = $1; sub(/\(.*/, "", m); frame[++depth] = m; next }
  END {
    flush()
    printf "%d CPU samples of the request threads\n\ninclusive (the method and what it calls)\n", samples
    n = 0; for (m in incl) list[++n] = sprintf("%07d %s", incl[m], m)
    print_top(list, n)
    printf "\nself (the method alone)\n"
    split("", list); n = 0; for (m in self) list[++n] = sprintf("%07d %s", self[m], m)
    print_top(list, n)
  }
  function print_top(list, n,   i, j, t, c, name) {
    for (i = 2; i <= n; i++) { t = list[i]; for (j = i - 1; j >= 1 && list[j] < t; j--) list[j + 1] = list[j]; list[j + 1] = t }
    for (i = 1; i <= n && i <= top; i++) {
      c = substr(list[i], 1, 7) + 0; name = substr(list[i], 9)
      printf "%5.1f%%  %s\n", 100 * c / samples, name
    }
  }'
[ -n "${PAR_PROFILE_JFR:-}" ] || rm -f "$recording"
