#!/usr/bin/env bash
# start.sh - install (idempotently) and start the offline trustless IPFS gateway of server.mjs
# (@helia/verified-fetch on a blockstore-only Helia) on 127.0.0.1:PORT. See README.md.
#
# Usage:  start.sh <install-dir> <port>
#   stdout: the server's PID (only that); it is its own process group (setsid), so stop it with
#           kill -TERM -- -"$PID"
#   stderr: progress, then the log path and the URL.
#   Exit 0 once http://127.0.0.1:<port>/health answers with this PID; 1 otherwise (log tail on
#   stderr, the server killed).
#
# Environment (all optional):
#   TRUSTLESS_GATEWAY_LOG=<file>          server log (default: a new file under ${TMPDIR:-/tmp})
#   TRUSTLESS_GATEWAY_START_TIMEOUT=60    seconds to wait for the server to answer
#   TRUSTLESS_GATEWAY_INSTALL_ONLY=1      only install (or check the install), start nothing, print
#                                         nothing on stdout, exit 0 (the port may then be omitted)
#   NODE=node NPM=npm                     Node.js (>= 20.18.1; 20.20 tested) and npm (11.19 tested)
#
# The install is `npm ci --omit=peer` of this directory's package.json + package-lock.json into
# <install-dir>, redone only when those files (or the npm command) change, under a flock on
# <install-dir>/.install.lock so parallel tests do not collide. server.mjs is copied next to
# node_modules (atomically, when it differs) so that its imports resolve there.
set -euo pipefail

die() { echo "trustless-gateway/start.sh: $*" >&2; exit 1; }
log() { echo "trustless-gateway/start.sh: $*" >&2; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: start.sh <install-dir> <port>"
INSTALL_DIR=$1
PORT=${2:-}
INSTALL_ONLY=${TRUSTLESS_GATEWAY_INSTALL_ONLY:-0}
if [ "$INSTALL_ONLY" != 1 ]; then
  [[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] || die "bad port: '$PORT'"
fi
NODE=${NODE:-node}
NPM=${NPM:-npm}
TIMEOUT=${TRUSTLESS_GATEWAY_START_TIMEOUT:-60}
SRC=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)

command -v "$NODE" >/dev/null || die "Node.js not found (NODE=$NODE)"
command -v "$NPM" >/dev/null || die "npm not found (NPM=$NPM)"
"$NODE" -e 'const [a, b, c] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && (b > 18 || (b === 18 && c >= 1))) ? 0 : 1)' \
  || die "Node.js >= 20.18.1 needed (undici 7), found $("$NODE" --version)"

# ---------------------------------------------------------------- install (idempotent)
NPM_CI=(ci --omit=peer --no-audit --no-fund --loglevel=error)
mkdir -p "$INSTALL_DIR"
INSTALL_DIR=$(cd "$INSTALL_DIR" && pwd)
exec 9>"$INSTALL_DIR/.install.lock"
flock 9
want_stamp=$( { echo "npm ${NPM_CI[*]} v1"; cat "$SRC/package.json" "$SRC/package-lock.json"; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$INSTALL_DIR/.stamp" 2>/dev/null)" != "$want_stamp" ] \
   || [ ! -f "$INSTALL_DIR/node_modules/@helia/verified-fetch/package.json" ]; then
  log "installing @helia/verified-fetch + helia into $INSTALL_DIR (npm ci, pinned tree) ..."
  t0=$(date +%s)
  rm -f "$INSTALL_DIR/.stamp"
  cp "$SRC/package.json" "$SRC/package-lock.json" "$INSTALL_DIR/"
  ok=0
  for attempt in 1 2 3; do
    if (cd "$INSTALL_DIR" && "$NPM" "${NPM_CI[@]}" >&2); then ok=1; break; fi
    log "npm ci failed (attempt $attempt), retrying ..."; sleep $((attempt * 5))
  done
  [ "$ok" = 1 ] || die "npm ci failed"
  echo "$want_stamp" > "$INSTALL_DIR/.stamp"
  log "installed in $(( $(date +%s) - t0 ))s"
fi
if ! cmp -s "$SRC/server.mjs" "$INSTALL_DIR/server.mjs"; then
  cp "$SRC/server.mjs" "$INSTALL_DIR/server.mjs.tmp.$$"
  mv -f "$INSTALL_DIR/server.mjs.tmp.$$" "$INSTALL_DIR/server.mjs"
fi
flock -u 9
if [ "$INSTALL_ONLY" = 1 ]; then
  log "install-only: the trustless gateway is installed in $INSTALL_DIR"
  exit 0
fi

# ---------------------------------------------------------------- start + wait
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
! port_busy "$PORT" || die "port $PORT on 127.0.0.1 is already in use"
LOG=${TRUSTLESS_GATEWAY_LOG:-$(mktemp "${TMPDIR:-/tmp}/trustless-gateway.XXXXXX.log")}
setsid "$NODE" "$INSTALL_DIR/server.mjs" "$PORT" </dev/null >>"$LOG" 2>&1 &
PID=$!
URL="http://127.0.0.1:$PORT"
health() { # the body of /health (curl, or Node's fetch without curl)
  if command -v curl >/dev/null; then curl -sf -m 5 "$URL/health"
  else "$NODE" -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(5000) })
    .then(async r => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1) }, () => process.exit(1))' "$URL/health"; fi
}
deadline=$(( $(date +%s) + TIMEOUT ))
# /health answers "ok <pid>": make sure it is this server, not another one on the same port.
until [ "$(health 2>/dev/null)" = "ok $PID" ]; do
  if ! kill -0 "$PID" 2>/dev/null; then
    tail -n 30 "$LOG" >&2 || true
    die "the server exited before answering (log: $LOG)"
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    tail -n 30 "$LOG" >&2 || true
    kill -KILL -- -"$PID" 2>/dev/null || true
    die "the server did not answer on $URL within ${TIMEOUT}s (log: $LOG)"
  fi
  sleep 0.2
done
log "trustless gateway $URL (pid $PID, log $LOG)"
echo "$PID"
