#!/usr/bin/env bash
# Issue 18's benchmarks in one command: builds what it needs, starts its own PostgreSQL(s) and app(s),
# prints every table and writes them to bench/results/<date>.md.
#   bench/run.sh           the full run (about 26 minutes): 3 runs of 8 s per page, lifecycles at 1/8/32
#                          threads, growth at 100k, 1M and 5M dossiers, the replica at 1M
#   bench/run.sh --quick   under 5 minutes: 1 run of 3 s per page after 2 s of warm-up, cells of 3 s, 8 threads,
#                          growth and replica at 100k, transitions warmed one round: a check that everything
#                          runs; its ratios need the full run's warm-ups
# Needs Java 17 and wrk (apt-get install wrk). wrk, the JVMs and PostgreSQL share this machine's cores:
# read the ratios inside one run, not the absolute numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false; [ "${1:-}" = "--quick" ] && quick=true
if $quick; then runs=1; seconds=3; warm=2; threads=8; growth="100000"; cell=3; replica=100000; warmups=1; lookupwarm=2; staticwarm=2
else runs=3; seconds=8; warm=6; threads=1,8,32; growth="100000 1000000 5000000"; cell=8; replica=1000000; warmups=3; lookupwarm=90; staticwarm=30; fi
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
mkdir -p bench/results
out="bench/results/$(date +%F).md"
log=$(mktemp -d)
say() { echo "$@" | tee -a "$out"; }
: > "$out"
say "# Benchmarks $(date '+%F %H:%M') — $($quick && echo quick || echo full) run, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
say ""
# how long each part took, said at the end: "label seconds-since-start"
marks=(); mark() { marks+=("$1|$SECONDS"); }
say "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"

echo "building…" >&2
mark "build"
# one Maven run: the jar, the test and benchmark classes (compiled, not run) and their class path
./mvnw -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test \
  > "$log/build.log" 2>&1
(cd bench/flowable-baseline && ../../mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt) >> "$log/build.log" 2>&1
cp="target/test-classes:target/classes:$(cat target/test-cp.txt)"

# ---- 1. the HTTP layer: the demo, public pages and API at 64 clients -------------------------------
mark "1. pages and public API"
port=8097; dir=$(mktemp -d)
java -jar target/motcua-*.jar --spring.profiles.active=demo --server.port=$port --motcua.embedded-db.data-dir="$dir/pg" \
  --motcua.files.dir="$dir/files" --logging.level.root=WARN --management.endpoint.health.probes.enabled=true > "$log/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$dir" "$log"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 1; kill -0 $app || { cat "$log/app.log"; exit 1; }; done
base="http://localhost:$port"
article=$(curl -s "$base/tin-tuc" | grep -oE 'href="/tin-tuc/[a-z0-9-]+"' | head -1 | sed -E 's/href="|"//g')
# 200 dossiers received over the API, each with its applicant's phone: the lookup's second factor
echo "paths = {" > "$log/lookup.lua"
for i in $(seq 100 299); do
  code=$(curl -s -u "xa.phuluong:MotCua@2025" -H 'Content-Type: application/json' "$base/api/v1/dossiers" -d \
    "{\"procedureCode\":\"2.001035\",\"agencyCode\":\"000.41.00.H55\",\"channel\":\"DIRECT\",\"applicant\":{\"fullName\":\"Người Tra Cứu $i\",\"phone\":\"0912000$i\"}}" \
    | grep -oE '"code":"[^"]+"' | head -1 | cut -d'"' -f4)
  [ -n "$code" ] || { echo "intake refused" >&2; exit 1; }
  echo "\"/api/v1/public/dossiers/$code?phoneLast4=0$i\"," >> "$log/lookup.lua"
done
cat >> "$log/lookup.lua" <<'LUA'
}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
LUA
say ""
say "## 1. Pages and public API over HTTP, 64 clients (wrk -t2 -c64), median of $runs × ${seconds} s after ${warm} s of warm-up (the static file ${staticwarm} s, the lookup ${lookupwarm} s)"
say ""
say "| Page | Requests/s | p99 | vs. the static file |"
say "|---|---|---|---|"
static=0
measure() { # label, wrk arguments…
  local label=$1; shift
  wrk -t2 -c64 -d${warm}s "$@" > /dev/null
  local rates=() p99s=() o
  for ((i = 0; i < runs; i++)); do
    o=$(wrk -t2 -c64 -d${seconds}s --latency "$@")
    if echo "$o" | grep -q "Non-2xx"; then echo "$label answered errors: $o" >&2; exit 1; fi
    rates+=("$(echo "$o" | awk '/Requests\/sec/ {print $2}')")
    p99s+=("$(echo "$o" | awk '$1 == "99%" {v = $2 + 0; if ($2 ~ /us$/) v /= 1000; else if ($2 ~ /[0-9]s$/) v *= 1000; print v}')")
  done
  local rate p99
  rate=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p99=$(printf '%s\n' "${p99s[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f ms", a[int((NR+1)/2)]}')
  [ "$static" = 0 ] && static=$rate
  say "$(printf '| %s | %.0f | %s | %.2f |' "$label" "$rate" "$p99" "$(echo "$rate / $static" | bc -l)")"
}
# the first address measured warms what every answer shares (Tomcat, the filters): 6 s of it gave the static
# file 12,000-28,000/s in full runs, 30 s about 40,000/s, its rate once the JIT has compiled that path
warm=$staticwarm measure '`/css/site.css` (a small static file)' "$base/css/site.css"
measure '`/` (home page)' "$base/"
measure "\`$article\` (an article)" "$base$article"
measure '`/thu-tuc` (the procedures)' "$base/thu-tuc"
measure '`/thu-tuc/2.001035` (a procedure)' "$base/thu-tuc/2.001035"
measure '`/tim-kiem?q=khai+sinh` (search page)' "$base/tim-kiem?q=khai+sinh"
measure '`/api/v1/public/procedures?q=khai+sinh` (search API)' "$base/api/v1/public/procedures?q=khai+sinh"
# the lookup is the one address whose path (JDBC, the driver) the pages before it did not warm: measured in
# windows of 8 s after the pages, it reached its plateau (7,200-8,800/s, p99 37-47 ms) after 40-50 s and from
# a fresh start after 64-72 s, doing 3,300-4,500/s before; 90 s measures it as a server running for days serves it
warm=$lookupwarm measure '`/api/v1/public/dossiers/{code}?phoneLast4=…` (lookup, 200 dossiers)' -s "$log/lookup.lua" "$base"
measure '`/` rendered for a signed-in reader (session cookie)' -H 'Cookie: SESSION=none' "$base/"
kill $app; wait $app 2>/dev/null || true

# ---- 2. API writes: a transition over HTTP against the service path ---------------------------------
mark "2. transitions"
say ""
say "## 2. Transitions (ASSIGN), service path against HTTP with HTTP Basic and with an API token (sent by the JDK's HttpClient in the benchmark's JVM, and by wrk), 8 threads or connections, ${cell} s"
say ""
java -Dbench.paths=service,http,token,wrk -Dbench.threads=8 -Dbench.warmups=$warmups -cp "$cp" vn.motcua.dossier.TransitionLoadBenchmark $cell 2> "$log/t.err" | grep '^|' | tee -a "$out"

# ---- 3. whole lifecycles: MotCua (service, HTTP), plain JDBC, Flowable ----------------------------
mark "3. lifecycles"
say ""
say "## 3. Whole lifecycles (receive → transfer → appraise → sign → resolve → return: 6 transactions), durable PostgreSQL 18 (fsync, synchronous commit), ${cell} s a cell, MotCua's cells timed until its listeners finished what the commits left them (signing, notifications)"
say ""
java -Dbench.threads=$threads -cp "$cp" vn.motcua.dossier.LifecycleBenchmark $cell 2> "$log/l.err" | grep -E '^\||^(fsync|synchronous_commit|server_version)' | tee -a "$out"
(cd bench/flowable-baseline && java -Dbench.threads=$threads -cp "target/classes:$(cat target/cp.txt)" bench.FlowableBaseline $cell 2> "$log/f.err") \
  | grep '^| (c)' | tee -a "$out"

# ---- 4. growth: statistics, report II.06a and the public board at 100k … 5M dossiers ---------------
for n in $growth; do
  mark "4. growth to $n"
  say ""
  say "## 4. Growth: $(printf "%'d" "$n") dossiers"
  say ""
  say '```'
  java -Xmx4g -cp "$cp" vn.motcua.monitoring.StatsLoadBenchmark "$n" 2> "$log/s.err" | grep -E 'dossiers in|p50' | tee -a "$out"
  say '```'
done
# ---- 5. reads on a streaming replica -------------------------------------------------------------
mark "5. replica"
say ""
say "## 5. The primary's writes under a report load, reads on the primary or on a streaming replica ($(printf "%'d" "$replica") dossiers, $cell s)"
say ""
java -Xmx4g -cp "$cp" vn.motcua.monitoring.ReplicaBenchmark "$replica" $cell 2> "$log/r.err" | grep '^|' | tee -a "$out"
mark "end"
say ""
say "## How long each part took"
say ""
say "| Part | Time |"
say "|---|---|"
for ((i = 0; i + 1 < ${#marks[@]}; i++)); do
  t=$(( ${marks[i+1]#*|} - ${marks[i]#*|} )); say "| ${marks[i]%|*} | $((t / 60)) min $((t % 60)) s |"
done
say "| **the whole run** | **$((SECONDS / 60)) min $((SECONDS % 60)) s** |"
echo "written to $out" >&2
