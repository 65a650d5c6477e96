#!/usr/bin/env bash
# Reproduces the benchmark tables of docs/performance.md.
#
#   sample/bench/run.sh                 end-to-end: every server, 5 interleaved rounds (about 12 min)
#   sample/bench/run.sh --smoke         the same in a few seconds per server: checks, measures nothing
#   sample/bench/run.sh jmh             JMH: hot path with -prof gc, processor compile time (about 8 min)
#   sample/bench/run.sh e2e [options]   end-to-end with extra load client options (--rounds 3 ...)
#
# Environment:
#   JAVA              the java that runs the Java servers (default: java on the PATH)
#   BENCH_JAVA_OPTS   JVM options for every Java server (default: none, what a user gets)
#   BENCH_OUT         where reports go (default: sample/bench/target/report)
#   MVN_ARGS          extra Maven arguments for the build (for example -o)
#
# Servers: the no-library floor, mcp-apt (plain, and with an AppCDS archive), the official MCP
# Java SDK, and the official TypeScript SDK when Node and the project's Node packages are there
# (npm ci in runtime/src/test/node). Everything listens on 127.0.0.1 only.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bench=sample/bench
out="${BENCH_OUT:-$bench/target/report}"
java="${JAVA:-java}"
opts="${BENCH_JAVA_OPTS:-}"

mode=e2e
case "${1:-}" in
  jmh|e2e) mode="$1"; shift ;;
esac

build() {
  mvn -q -B ${MVN_ARGS:-} -pl "$1" -am package -DskipTests
}

if [ "$mode" = jmh ]; then
  build $bench/jmh
  mkdir -p "$out"
  # Allocation per call needs the GC profiler; compile time is single-shot.
  "$java" -jar $bench/jmh/target/bench-jmh.jar HotPathBenchmark -prof gc -rf json -rff "$out/jmh-hotpath.json" "$@" \
    | tee "$out/jmh-hotpath.txt"
  "$java" -jar $bench/jmh/target/bench-jmh.jar ProcessorBenchmark -rf json -rff "$out/jmh-processor.json" "$@" \
    | tee "$out/jmh-processor.txt"
  # The same comparison with the two compilations alternating, robust to a machine whose load drifts.
  # split: also the processor without compiling, and the generated code compiled with the input.
  "$java" -Xms1g -Xmx2g -cp $bench/jmh/target/bench-jmh.jar dev.mcpapt.bench.jmh.CompileTimeRatio 1000 3 7 split \
    | tee "$out/compile-time-ratio.txt"
  # cold: each compilation a new javac process, as a build in a fresh JVM.
  "$java" -cp $bench/jmh/target/bench-jmh.jar dev.mcpapt.bench.jmh.CompileTimeRatio 1000 1 5 cold \
    | tee "$out/compile-time-ratio-cold.txt"
  # replay: the same files written by a processor with no work of its own, and empty classes: the floors.
  "$java" -Xms1g -Xmx2g -cp $bench/jmh/target/bench-jmh.jar dev.mcpapt.bench.jmh.CompileTimeRatio 1000 3 7 replay \
    | tee "$out/compile-time-ratio-replay.txt"
  exit 0
fi

build $bench/loadclient,$bench/floor,$bench/echo-sdk,$bench/echo-mcpapt

servers=()
add() { servers+=(--server "$1" --stdio "$2" --http "$3"); }

floor="$bench/floor/target/bench-floor.jar"
add floor "$java $opts -jar $floor --stdio" "$java $opts -jar $floor --http {port}"

ours="$bench/echo-mcpapt/target/bench-echo-mcpapt.jar"
add mcp-apt "$java $opts -jar $ours --stdio" "$java $opts -jar $ours --http {port}"

# AppCDS: a training run per transport starts, lists, calls and exits; the classes it loaded are
# archived, and the mcp-apt+cds variant maps them at start. JVM log lines go to stderr, never to
# the stdio protocol stream.
quiet="-Xlog:disable -Xlog:all=warning:stderr"
# An archive works only with the JVM that wrote it: one per Java version.
java_version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version/{print $2}')
cds_stdio="$bench/echo-mcpapt/target/echo-stdio-$java_version.jsa"
cds_http="$bench/echo-mcpapt/target/echo-http-$java_version.jsa"
init='{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"cds","version":"1"}}}'
initialized='{"jsonrpc":"2.0","method":"notifications/initialized"}'
list='{"jsonrpc":"2.0","id":1,"method":"tools/list"}'
call='{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello"}}}'
if [ ! -f "$cds_stdio" ] || [ "$cds_stdio" -ot "$ours" ]; then
  rm -f "$cds_stdio"
  printf '%s\n' "$init" "$initialized" "$list" "$call" \
    | "$java" $opts $quiet -XX:ArchiveClassesAtExit="$cds_stdio" -jar "$ours" --stdio >/dev/null 2>&1 || true
fi
if [ ! -f "$cds_http" ] || [ "$cds_http" -ot "$ours" ]; then
  rm -f "$cds_http"
  port=$(( 20000 + RANDOM % 20000 ))
  "$java" $opts $quiet -XX:ArchiveClassesAtExit="$cds_http" -jar "$ours" --http "$port" >/dev/null 2>&1 &
  pid=$!
  url="http://127.0.0.1:$port/mcp"
  headers=(-H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream')
  for _ in $(seq 1 200); do curl -s -o /dev/null "$url" && break; sleep 0.05; done
  session=$(curl -s -D - -o /dev/null "${headers[@]}" -d "$init" "$url" \
    | tr -d '\r' | awk -F': ' 'tolower($1)=="mcp-session-id"{print $2}')
  for body in "$initialized" "$list" "$call"; do
    curl -s -o /dev/null "${headers[@]}" -H "Mcp-Session-Id: $session" -H 'MCP-Protocol-Version: 2025-06-18' \
      -d "$body" "$url" || true
  done
  kill -TERM "$pid" && wait "$pid" || true
fi
if [ -f "$cds_stdio" ] && [ -f "$cds_http" ]; then
  add mcp-apt+cds "$java $opts $quiet -XX:SharedArchiveFile=$cds_stdio -jar $ours --stdio" \
    "$java $opts $quiet -XX:SharedArchiveFile=$cds_http -jar $ours --http {port}"
fi

sdk="$bench/echo-sdk/target/bench-echo-sdk.jar"
add sdk "$java $opts -jar $sdk --stdio" "$java $opts -jar $sdk --http {port}"

# Peak RSS under load is mostly the JVM's heap policy (eden grows into the initial heap, 1/64 of
# RAM); the same small-heap flags on both Java servers show what the libraries themselves take.
small="-XX:+UseSerialGC -Xmx64m"
add "mcp-apt (64 MB heap)" "$java $opts $small -jar $ours --stdio" "$java $opts $small -jar $ours --http {port}"
add "sdk (64 MB heap)" "$java $opts $small -jar $sdk --stdio" "$java $opts $small -jar $sdk --http {port}"

node_sdk="runtime/src/test/node/node_modules/@modelcontextprotocol/sdk"
if command -v node >/dev/null 2>&1 && [ -d "$node_sdk" ]; then
  add ts-sdk "node $bench/echo-ts/server.mjs --stdio" "node $bench/echo-ts/server.mjs --http {port}"
fi
if command -v node >/dev/null 2>&1 && [ -d "runtime/src/test/node/node_modules/@modelcontextprotocol/server" ]; then
  add ts-sdk-v2 "node $bench/echo-ts/server-v2.mjs --stdio" "node $bench/echo-ts/server-v2.mjs --http {port}"
fi

title="MCP echo benchmark: Java servers on Java $java_version${opts:+ ($opts)}"
if command -v node >/dev/null 2>&1; then title="$title, Node $(node --version)"; fi
exec "$java" -jar $bench/loadclient/target/bench-loadclient.jar --out "$out" --ratio-to floor,sdk \
  --title "$title" "${servers[@]}" "$@"
