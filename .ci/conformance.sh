#!/usr/bin/env bash
# Runs the official MCP conformance suite against sample/conformance-server, for revisions
# 2025-11-25 (stateful) and 2026-07-28 (stateless), on loopback.
#
# Builds nothing: `mvn verify` has built the server's jar. Starts it on 127.0.0.1 with a free
# port, runs ../shared/conformance/run-conformance.sh (the suite runner beside the checkout) for
# each revision, stops the server, and fails only if a scenario fails that is not listed in
# sample/conformance-server/conformance-baseline-<revision>.txt. Baselines may only shrink: a
# listed scenario that passes is reported so it can be removed.
#
# It also scores the scenarios of ../shared/conformance/extended-<revision>.txt whose names match
# CONFORMANCE_EXTENDED (default: all of them), as "<revision>-extended". These have no baseline:
# every one must pass.
#
# Usage: .ci/conformance.sh [REVISION...]     (default: 2025-11-25 2026-07-28)
# Environment: CONFORMANCE_OUT (where logs go, default target/conformance under the server module),
#              CONFORMANCE_RUNNER (the runner script, default ../shared/conformance/run-conformance.sh),
#              CONFORMANCE_EXTENDED (extended scenarios scored, a grep -E pattern; empty: none)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
MODULE=sample/conformance-server
JAR="$MODULE/target/mcp-apt-conformance-server.jar"
RUNNER="${CONFORMANCE_RUNNER:-../shared/conformance/run-conformance.sh}"
OUT="${CONFORMANCE_OUT:-$MODULE/target/conformance}"
EXTENDED="${CONFORMANCE_EXTENDED-.}"
REVISIONS=("$@")
[ ${#REVISIONS[@]} -gt 0 ] || REVISIONS=(2025-11-25 2026-07-28)

log() { printf 'conformance: %s\n' "$*" >&2; }

[ -f "$JAR" ] || { log "$JAR is missing: run mvn verify first"; exit 2; }
[ -f "$RUNNER" ] || { log "$RUNNER is missing: the shared folder must sit beside the checkout"; exit 2; }
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local p tries=0
  while [ $tries -lt 200 ]; do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if ! port_in_use "$p"; then
      echo "$p"
      return 0
    fi
    tries=$((tries + 1))
  done
  return 1
}

PORT="$(free_port)" || { log "found no free port"; exit 2; }
URL="http://127.0.0.1:$PORT/mcp"

# --sse-poll-after: SSE polling for server-sse-polling (its tool runs longer; the others are quicker)
java -jar "$JAR" --http "$PORT" --host 127.0.0.1 --sse-poll-after 1s > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null
    for _ in $(seq 1 50); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVER_PID" 2>/dev/null
  fi
  wait "$SERVER_PID" 2>/dev/null
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 300); do
  port_in_use "$PORT" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { log "the server exited at start:"; tail -n 30 "$OUT/server.log" >&2; exit 1; }
  sleep 0.1
done
port_in_use "$PORT" || { log "the server did not listen on $PORT within 30 s"; tail -n 30 "$OUT/server.log" >&2; exit 1; }
log "server up at $URL (pid $SERVER_PID)"

# baseline REVISION: the scenarios allowed to fail, one a line (# comments, blank lines ignored).
baseline() {
  local f="$MODULE/conformance-baseline-$1.txt"
  [ -f "$f" ] || return 0
  sed -e 's/#.*//' -e 's/[[:space:]]//g' "$f" | grep -v '^$' || true
}

status=0
summary=()
# score NAME REVISION [SCENARIOS_FILE]: runs the suite, compares with conformance-baseline-NAME.txt
# (a scenarios file, the extended list, is scored without one).
score() {
  local name="$1" rev="$2" list="${3:-}"
  local dir="$OUT/$name"
  rm -rf "$dir"
  if [ -n "$list" ]; then
    CONF_SCENARIOS_FILE="$list" bash "$RUNNER" "$URL" "$rev" "$dir" | tee "$OUT/$name.txt"
  else
    bash "$RUNNER" "$URL" "$rev" "$dir" | tee "$OUT/$name.txt"
  fi
  summary+=("$name: $(tail -n 1 "$OUT/$name.txt")")
  if [ ! -f "$dir/results.tsv" ]; then
    log "$name: the runner produced no results"
    status=1
    return
  fi
  local failed allowed unexpected fixed
  failed="$(awk -F'\t' 'NR > 1 && $2 != "PASS" {print $1}' "$dir/results.tsv" | sort)"
  allowed=""
  [ -n "$list" ] || allowed="$(baseline "$name" | sort)"
  unexpected="$(comm -23 <(printf '%s\n' "$failed" | grep -v '^$') <(printf '%s\n' "$allowed" | grep -v '^$'))"
  fixed="$(comm -13 <(printf '%s\n' "$failed" | grep -v '^$') <(printf '%s\n' "$allowed" | grep -v '^$'))"
  if [ -n "$unexpected" ] && [ -n "$list" ]; then
    log "$name: failing: $(echo $unexpected)"
    status=1
  elif [ -n "$unexpected" ]; then
    log "$name: failing and not in the baseline: $(echo $unexpected)"
    status=1
  fi
  if [ -n "$fixed" ]; then
    log "$name: now passing, remove from $MODULE/conformance-baseline-$name.txt: $(echo $fixed)"
  fi
}

for rev in "${REVISIONS[@]}"; do
  score "$rev" "$rev"
  extended="$(dirname "$RUNNER")/extended-$rev.txt"
  if [ -n "$EXTENDED" ] && [ -f "$extended" ]; then
    list="$OUT/extended-$rev.txt"
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$extended" | grep -E "$EXTENDED" > "$list" || true
    if [ -s "$list" ]; then
      score "$rev-extended" "$rev" "$list"
    fi
  fi
done

for s in "${summary[@]}"; do
  log "$s"
done
exit $status
