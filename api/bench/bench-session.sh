# Sourced by the benchmark scripts: reads the common settings, refuses anything but loopback and unbounded
# runs, signs in (sign_in, again whenever a run needs a fresh token) and sets $base, $api, $seconds, $connections, $threads (of wrk), $auth (a bearer-token header) and
# $pid (the server process: PAR_BENCH_PID, else the process listening on the port; empty when not found).
# The calling script sets default_seconds and default_connections first.
base="${PAR_BENCH_BASE:-http://127.0.0.1:8080}"
user="${PAR_BENCH_USER:-${PAR_ADMIN_USER:?set PAR_BENCH_USER or PAR_ADMIN_USER}}"
password="${PAR_BENCH_PASSWORD:-${PAR_ADMIN_PASSWORD:?set PAR_BENCH_PASSWORD or PAR_ADMIN_PASSWORD}}"
seconds="${PAR_BENCH_SECONDS:-$default_seconds}"
connections="${PAR_BENCH_CONNECTIONS:-$default_connections}"
threads=$(( connections < 2 ? connections : 2 ))
case "$base" in
  http://127.0.0.1:*|http://localhost:*|http://\[::1\]:*) ;;
  *) echo "PAR_BENCH_BASE must be a loopback address, not $base" >&2; exit 2 ;;
esac
[ "$seconds" -le 120 ] && [ "$connections" -le 256 ] || { echo "at most 120 s and 256 connections" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

api="$base/api/v1"
# sign_in: a new access token in $auth. A token lasts 15 minutes, less than a whole benchmark: each run signs in
# again before it starts.
sign_in() {
  local token
  token=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$api/auth/token" \
    | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "login failed" >&2; exit 3; }
  auth="Authorization: Bearer $token"
}
sign_in
port=$(echo "$base" | sed -n 's/.*:\([0-9]*\)$/\1/p')
pid="${PAR_BENCH_PID:-$(ss -ltnp "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}"
