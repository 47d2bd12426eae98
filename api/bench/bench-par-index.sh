#!/usr/bin/env bash
# Gives a benchmark server a PAR INDEX version to score, so that the points-at-risk dashboard has work to do:
# imports a made-up criteria file (8 areas, 40 components: 61.5 points scored with evidence, 32 by surveys, 6.5 by
# statistics; code BENCH, first year 2017) and maps every task of the plan to one of the evidence components, two
# or three tasks each. For benchmark data directories only: the points are invented, not the ministry's.
#
#   PAR_BENCH_BASE, PAR_BENCH_USER, PAR_BENCH_PASSWORD  as for api-benchmark.sh
#   PAR_BENCH_PLAN      the plan whose tasks are mapped (default: the first plan listed)
set -euo pipefail
default_seconds=1
default_connections=1
. "$(dirname "$0")/bench-session.sh"

plan="${PAR_BENCH_PLAN:-$(curl -sf -H "$auth" "$api/plans?limit=1" | sed -n 's/{"items":\[{"id":\([0-9]*\).*/\1/p')}"
if curl -sf -H "$auth" "$api/par-index/versions" | grep -q '"code":"BENCH"'; then
  echo "the BENCH version exists already"
  exit 0
fi

file=$(mktemp)
trap 'rm -f "$file"' EXIT
{
  printf 'area_no\tarea_name\tcriterion_code\tcriterion_name\tcomponent_code\tcomponent_name\tmax_points\tscoring\tnote\n'
  # 30 evidence components of 2.05 points (61.5 in all), 4 to each of areas 1-7 and 2 to area 8
  for i in $(seq 1 30); do
    area=$(( i <= 28 ? (i - 1) / 4 + 1 : 8 ))
    printf '%s\tLĩnh vực %s\tB%s\tTiêu chí %s\tB%s.%s\tTiêu chí thành phần %s\t2.05\tEVIDENCE\tdữ liệu đo hiệu năng\n' \
      "$area" "$area" "$area" "$area" "$area" "$i" "$i"
  done
  for i in $(seq 1 8); do
    printf '%s\tLĩnh vực %s\tS%s\tĐiều tra lãnh đạo\tS%s\tĐiều tra lãnh đạo, quản lý %s\t2.75\tSURVEY\t\n' "$i" "$i" "$i" "$i" "$i"
  done
  printf '8\tLĩnh vực 8\tSIPAS\tSIPAS\tSIPAS\tChỉ số hài lòng\t10\tSURVEY\t\n'
  printf '8\tLĩnh vực 8\tTK\tThống kê\tTK\tSố liệu thống kê\t6.5\tSTATISTIC\t\n'
} > "$file"
version=$(curl -sf -X POST -H "$auth" -H 'Content-Type: text/tab-separated-values' --data-binary @"$file" \
  "$api/par-index/versions?code=BENCH&name=benchmark&firstYear=2017&fileName=bench.tsv")
# the evidence components: the first 30 of the file, in its order
components=$(echo "$version" | grep -o '"id":[0-9]*,"areaNo"' | sed 's/"id":\([0-9]*\),.*/\1/' | head -30)
[ -n "$components" ] || { echo "the import answered no components: $version" >&2; exit 3; }

tasks=()
cursor=""
while :; do
  page=$(curl -sf -H "$auth" "$api/tasks?plan=$plan&limit=100${cursor:+&cursor=$cursor}")
  mapfile -t -O "${#tasks[@]}" tasks < <(echo "$page" | grep -o '{"id":[0-9]*,"planId"' | sed 's/{"id":\([0-9]*\),.*/\1/')
  cursor=$(echo "$page" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
  [ -n "$cursor" ] || break
done
[ "${#tasks[@]}" -gt 0 ] || { echo "plan $plan has no tasks" >&2; exit 3; }

i=0
count=$(echo "$components" | wc -l)
for component in $components; do
  ids=()
  for ((t = i; t < ${#tasks[@]}; t += count)); do ids+=("${tasks[$t]}"); done
  [ "${#ids[@]}" -gt 0 ] || ids=("${tasks[$((i % ${#tasks[@]}))]}")
  curl -sf -o /dev/null -X PUT -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"taskIds\":[$(IFS=,; echo "${ids[*]}")]}" "$api/par-index/components/$component/tasks"
  i=$((i + 1))
done
echo "version BENCH imported; ${#tasks[@]} tasks of plan $plan mapped to $count components"
