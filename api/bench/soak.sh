#!/usr/bin/env bash
# A bounded soak of a running server on loopback: mixed reads and writes at a fixed rate (default 200 requests/s
# for 600 s), the server's heap and resident memory sampled every 10 s. Writes soak.md (table), soak.csv and
# soak.svg (plot) into PAR_SOAK_OUT (default target/soak) and exits non-zero if any request failed.
set -euo pipefail
base="${PAR_BENCH_BASE:-http://127.0.0.1:8080}"
export PAR_BENCH_BASE="$base"
export PAR_BENCH_USER="${PAR_BENCH_USER:-${PAR_ADMIN_USER:?set PAR_BENCH_USER or PAR_ADMIN_USER}}"
export PAR_BENCH_PASSWORD="${PAR_BENCH_PASSWORD:-${PAR_ADMIN_PASSWORD:?set PAR_BENCH_PASSWORD or PAR_ADMIN_PASSWORD}}"
port="${base##*:}"
if [ -z "${PAR_SOAK_PID:-}" ]; then
  PAR_SOAK_PID=$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)
  [ -n "$PAR_SOAK_PID" ] || { echo "no process listens on port $port; start the server first" >&2; exit 2; }
fi
export PAR_SOAK_PID
exec java -Xmx256m "$(dirname "$0")/Soak.java"
