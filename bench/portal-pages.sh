#!/usr/bin/env bash
# The portal's public pages over HTTP at 64 clients (wrk -t2 -c64), against a small static file the
# same app serves, in one run: the ratio is what to read on a shared machine. Starts the demo from
# the built jar on a fresh embedded PostgreSQL, warms each page for 10 s, then measures it RUNS times
# for SECONDS each and prints the median requests/s and p99 of each page.
# Usage: ./mvnw -B -q package -DskipTests && bench/portal-pages.sh [RUNS=3] [SECONDS=8]
set -euo pipefail
runs=${1:-3}; seconds=${2:-8}; port=8097
dir=$(mktemp -d)
jar=$(ls target/motcua-*.jar | head -1)
java -jar "$jar" --spring.profiles.active=demo --server.port=$port --motcua.embedded-db.data-dir="$dir/pg" \
  --motcua.files.dir="$dir/files" --logging.level.root=WARN --management.endpoint.health.probes.enabled=true > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$dir"' EXIT
# ready once the demo is seeded (the server answers earlier)
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 1; kill -0 $app || { cat "$dir/app.log"; exit 1; }; done
article=$(curl -s "http://localhost:$port/tin-tuc" | grep -oE 'href="/tin-tuc/[a-z0-9-]+"' | head -1 | sed -E 's/href="|"//g')
pages=("/css/site.css" "/" "$article" "/tin-tuc" "/gioi-thieu" "/tim-kiem?q=khai+sinh")
printf '| Page | Requests/s (median of %d) | p99 (median) | vs. the static file |\n|---|---|---|---|\n' "$runs"
static=0
measure() { # label, path, wrk options
  local label=$1 page=$2; shift 2
  wrk -t2 -c64 -d10s "$@" "http://localhost:$port$page" > /dev/null
  local rates=() p99s=() out
  for ((i = 0; i < runs; i++)); do
    out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$@" "http://localhost:$port$page")
    if echo "$out" | grep -q "Non-2xx"; then echo "$page answered errors" >&2; echo "$out" >&2; exit 1; fi
    rates+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
    p99s+=("$(echo "$out" | awk '$1 == "99%" {v = $2 + 0; if ($2 ~ /us$/) v /= 1000; else if ($2 ~ /[0-9]s$/) v *= 1000; print v}')")
  done
  local rate p99
  rate=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p99=$(printf '%s\n' "${p99s[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms", a[int((NR+1)/2)]}')
  [ "$static" = 0 ] && static=$rate
  printf '| %s | %.0f | %s | %.2f |\n' "$label" "$rate" "$p99" "$(echo "$rate / $static" | bc -l)"
}
for page in "${pages[@]}"; do
  measure "\`$page\`" "$page"
done
# a reader with a session (signed in, or any cookie named SESSION) is never served a kept page:
# the page is rendered for him, which is what the first reader of a page waits for too
measure '`/` rendered (with a session cookie)' / -H 'Cookie: SESSION=none'
measure '`'"$article"'` rendered (with a session cookie)' "$article" -H 'Cookie: SESSION=none'
