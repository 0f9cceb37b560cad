#!/usr/bin/env bash
# A flame graph of a running JVM, to find where the time goes before changing anything (issue 18):
#   bench/profile.sh <pid> <seconds> <out.svg> "<title>" [thread regex, e.g. 'http-nio|HttpClient']
# CPU samples every millisecond, with the threads, by async-profiler 4.2 (Maven Central,
# tools.profiler:async-profiler), loaded into the running JVM with jcmd; drawn as a static SVG by
# vn.motcua.FlameGraph (compiled with the tests: ./mvnw test-compile). Start the load first, then this.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 4 ] || { sed -n 2,6p "$0" >&2; exit 2; }
pid=$1; seconds=$2; svg=$3; title=$4; threads=${5:-.}
case "$(uname -m)" in aarch64) platform=linux-arm64 ;; *) platform=linux-x64 ;; esac
lib="$PWD/target/profiler/$platform/libasyncProfiler.so"
if [ ! -f "$lib" ]; then
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.2 -DoutputDirectory=target/profiler
  (cd target/profiler && jar xf async-profiler-4.2.jar "$platform/libasyncProfiler.so")
fi
collapsed=$(mktemp --suffix=.collapsed)
trap 'rm -f "$collapsed"' EXIT
# the agent's options quoted once more: jcmd would read "event=cpu" as an option of its own
agent() { out=$(jcmd "$pid" JVMTI.agent_load "$lib" "\"$1\""); grep -q 'return code: 0' <<< "$out" || { echo "$out" >&2; exit 1; }; }
agent "start,event=cpu,interval=1ms,threads"
sleep "$seconds"
agent "stop,file=$collapsed,collapsed"
java -cp target/test-classes vn.motcua.FlameGraph "$collapsed" "$svg" "$title" "$threads"
