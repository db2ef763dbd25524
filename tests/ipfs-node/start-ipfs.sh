#!/usr/bin/env bash
# start-ipfs.sh - install (idempotently) and start a throw-away local IPFS node that speaks the
# Kubo RPC API (/api/v0/...) and serves a path gateway (/ipfs/<cid>/...), on 127.0.0.1 only.
#
# The node is js-ipfs 0.66.1 (npm package "ipfs", the last release, Jan/May 2023) on the machine's
# Node.js, with its dependency tree pinned to the versions of its era (npm "overrides" plus the
# package-lock.json embedded at the end of this file). Without those pins a fresh install drifts to
# newer libp2p/multiformats releases and the daemon no longer starts ("no valid addresses were
# provided for transports", or "Promise.withResolvers is not a function" on Node 20).
# Everything comes from the npm registry; nothing is downloaded from anywhere else.
#
# Usage:  start-ipfs.sh <install-dir> [api-port=5001] [gateway-port=8080] [swarm-port=0]
#   stdout: the daemon's PID (only that), e.g.  PID=$(./start-ipfs.sh .ipfs-node 45001 48080)
#   stderr: progress, then the repo path, log path and URLs.
#   Stop it with: kill $PID   (SIGTERM: clean shutdown). The repo directory is left for the caller.
#
# Environment (all optional):
#   IPFS_NODE_REPO=<dir>        repo to use (default: a new mktemp -d); initialised if it has no config
#   IPFS_NODE_LOG=<file>        daemon log (default: <repo>/daemon.log)
#   IPFS_NODE_START_TIMEOUT=60  seconds to wait for /api/v0/version and the gateway to answer
#   IPFS_NODE_KUBO_COMPAT=1     patch two answer-format differences to Kubo's (see kubo_compat_patch);
#                               0 keeps js-ipfs's stock output
#   NODE=node NPM=npm           Node.js (>= 16; 20.20 and 22.23 tested) and npm (10.9 and 11.19 tested)
#   IPFS_NODE_INSTALL_ONLY=1    only install (or check the install) into <install-dir>, start nothing,
#                               print nothing on stdout and exit 0 (the ports are then ignored)
#
# Exit status: 0 when the node answers; 1 on bad usage, a failed install or a daemon that does not
# come up in time (its log tail goes to stderr, and the daemon is killed).
set -euo pipefail

die() { echo "start-ipfs.sh: $*" >&2; exit 1; }
log() { echo "start-ipfs.sh: $*" >&2; }

[ $# -ge 1 ] && [ $# -le 4 ] || die "usage: start-ipfs.sh <install-dir> [api-port] [gateway-port] [swarm-port]"
INSTALL_DIR=$1
API_PORT=${2:-5001}
GW_PORT=${3:-8080}
SWARM_PORT=${4:-0}
for p in "$API_PORT" "$GW_PORT" "$SWARM_PORT"; do
  [[ "$p" =~ ^[0-9]+$ ]] && [ "$p" -le 65535 ] || die "bad port: $p"
done
[ "$API_PORT" != 0 ] && [ "$GW_PORT" != 0 ] || die "api-port and gateway-port must be fixed (non-zero) ports"
NODE=${NODE:-node}
NPM=${NPM:-npm}
TIMEOUT=${IPFS_NODE_START_TIMEOUT:-60}
KUBO_COMPAT=${IPFS_NODE_KUBO_COMPAT:-1}
SELF=$(readlink -f "${BASH_SOURCE[0]}")

command -v "$NODE" >/dev/null || die "Node.js not found (NODE=$NODE)"
command -v "$NPM" >/dev/null || die "npm not found (NPM=$NPM)"
node_major=$("$NODE" -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 16 ] || die "Node.js >= 16 needed, found $("$NODE" --version)"

# ---------------------------------------------------------------- install (idempotent)
PACKAGE_JSON='{
  "name": "ipfs-test-node",
  "version": "0.0.0",
  "private": true,
  "description": "js-ipfs 0.66.1 daemon (Kubo-compatible RPC + gateway) with dependencies pinned to its Jan-2023 era via overrides",
  "dependencies": {
    "ipfs": "0.66.1"
  },
  "overrides": {
    "uint8arrays@^4.0.0": "4.0.4",
    "interface-datastore@^8.0.0": "8.2.7",
    "@libp2p/logger@^2.0.0": "2.0.7",
    "@ipld/dag-cbor@^9.0.0": "9.0.2",
    "@ipld/dag-json@^10.0.0": "10.1.1",
    "@ipld/dag-pb@^4.0.0": "4.0.3",
    "@multiformats/mafmt@^11.0.0": "11.1.1",
    "@multiformats/multiaddr-to-uri@^9.0.0": "9.0.3",
    "uint8arraylist@^2.0.0": "2.4.7",
    "uint8-varint@^2.0.0": "2.0.2",
    "protons-runtime@^5.0.0": "5.0.3",
    "@libp2p/interface-connection@^3.0.0": "3.1.0",
    "@libp2p/interface-metrics@^4.0.0": "4.0.5",
    "it-length-prefixed@^9.0.0": "9.0.3",
    "it-merge@^3.0.0": "3.0.7",
    "@ipld/car@^5.0.0": "5.2.0",
    "@libp2p/interface-peer-info@^1.0.0": "1.0.8",
    "@libp2p/interface-peer-store@^1.0.0": "1.2.8",
    "@libp2p/bootstrap@^6.0.0": "6.0.0",
    "@libp2p/delegated-content-routing@^4.0.0": "4.0.6",
    "@libp2p/interface-pubsub@^3.0.0": "3.0.6",
    "@libp2p/delegated-peer-routing@^4.0.0": "4.0.9",
    "@libp2p/interface-stream-muxer@^3.0.0": "3.0.5",
    "@libp2p/interface-transport@^2.0.0": "2.1.1",
    "@libp2p/interface-address-manager@^2.0.0": "2.0.4",
    "@libp2p/interface-connection-manager@^1.0.0": "1.3.7",
    "@libp2p/interface-registrar@^2.0.0": "2.0.9",
    "@libp2p/mplex@^7.0.0": "7.1.3",
    "@libp2p/utils@^3.0.0": "3.0.4",
    "@libp2p/websockets@^5.0.0": "5.0.5",
    "@multiformats/murmur3@^2.0.0": "2.1.4",
    "hamt-sharding@^3.0.0": "3.0.3",
    "@libp2p/peer-record@^5.0.0": "5.0.2",
    "@libp2p/pubsub@^6.0.0": "6.0.5",
    "@chainsafe/libp2p-gossipsub@^6.0.0": "6.2.0",
    "@libp2p/prometheus-metrics@^1.0.0": "1.1.3",
    "@libp2p/tcp@^6.0.0": "6.1.2",
    "mortice@^3.0.0": "3.0.6",
    "is-ipfs@^8.0.0": "8.0.1",
    "it-tar@^6.0.0": "6.0.1",
    "@achingbrain/ssdp@^4.0.0": "4.0.6",
    "@achingbrain/nat-port-mapper@^1.0.0": "1.0.9",
    "@libp2p/interface-libp2p@^1.0.0": "1.1.1",
    "@multiformats/uri-to-multiaddr@^7.0.0": "7.0.0",
    "it-concat@^3.0.0": "3.0.1",
    "headless": "1.2.0"
  }
}'

# Two differences between js-ipfs's and Kubo's answers that break Kubo clients (idempotent):
#  1. /api/v0/add gives "Size" as a JSON number; Kubo gives a string, and ipfs-api-prelude's
#     AddResponse.size is a String ("invalid type: integer `20`, expected a string").
#  2. CIDv1 strings come back in base58btc ("zb2r..."/"zdj7...") unless cid-base is given; Kubo uses
#     base32 ("bafk..."/"bafy..."). After the patch a v1 CID is base32 unless another cid-base is asked
#     for (an explicit cid-base=base58btc for a v1 CID also gets base32). CIDv0 stays base58btc, and,
#     as in Kubo, a CIDv0 asked for in another base (cid-base=base32) is given as CIDv1 (js-ipfs errs).
kubo_compat_patch() {
  local res="$1/node_modules/ipfs-http-server/src/api/resources"
  [ -f "$res/files-regular.js" ] || die "not found: $res/files-regular.js"
  perl -0pi -e 's/Size: file\.size,/Size: String(file.size),/' "$res/files-regular.js"
  perl -pi -e 's/([A-Za-z_][A-Za-z0-9_.]*)\.toString\(base\.encoder\)/($1.version === 0 && base.name !== "base58btc" ? $1.toV1() : $1).toString($1.version === 1 && base.name === "base58btc" ? undefined : base.encoder)/g' \
    "$res"/*.js "$res"/files/*.js
  grep -q 'Size: String(file.size)' "$res/files-regular.js" || die "kubo-compat patch did not apply"
}

embedded_lock() { sed -n '/^__IPFS_NODE_LOCK_GZ_BASE64__$/,$p' "$SELF" | tail -n +2 | base64 -d | gunzip; }

mkdir -p "$INSTALL_DIR"
INSTALL_DIR=$(cd "$INSTALL_DIR" && pwd)
exec 9>"$INSTALL_DIR/.install.lock"
flock 9
want_stamp=$( { printf '%s' "$PACKAGE_JSON"; embedded_lock; echo "kubo_compat=$KUBO_COMPAT"; declare -f kubo_compat_patch; } | sha256sum | cut -d' ' -f1)
if [ "$(cat "$INSTALL_DIR/.ipfs-node-stamp" 2>/dev/null)" != "$want_stamp" ] || [ ! -f "$INSTALL_DIR/node_modules/ipfs/src/cli.js" ]; then
  log "installing js-ipfs 0.66.1 into $INSTALL_DIR (npm ci, pinned tree) ..."
  t0=$(date +%s)
  rm -f "$INSTALL_DIR/.ipfs-node-stamp"
  printf '%s\n' "$PACKAGE_JSON" > "$INSTALL_DIR/package.json"
  embedded_lock > "$INSTALL_DIR/package-lock.json"
  ok=0
  for attempt in 1 2 3; do
    if (cd "$INSTALL_DIR" && "$NPM" ci --omit=optional --no-audit --no-fund --loglevel=error >&2); then ok=1; break; fi
    log "npm ci failed (attempt $attempt), retrying ..."; sleep $((attempt * 5))
  done
  [ "$ok" = 1 ] || die "npm ci failed"
  [ "$KUBO_COMPAT" = 1 ] && kubo_compat_patch "$INSTALL_DIR"
  echo "$want_stamp" > "$INSTALL_DIR/.ipfs-node-stamp"
  log "installed in $(( $(date +%s) - t0 ))s"
fi
flock -u 9
if [ "${IPFS_NODE_INSTALL_ONLY:-0}" = 1 ]; then
  log "install-only: js-ipfs 0.66.1 is installed in $INSTALL_DIR"
  exit 0
fi

# ---------------------------------------------------------------- repo
CLI="$INSTALL_DIR/node_modules/ipfs/src/cli.js"
REPO=${IPFS_NODE_REPO:-$(mktemp -d "${TMPDIR:-/tmp}/ipfs-repo.XXXXXX")}
mkdir -p "$REPO"
REPO=$(cd "$REPO" && pwd)
LOG=${IPFS_NODE_LOG:-$REPO/daemon.log}
if [ ! -f "$REPO/config" ]; then
  IPFS_PATH="$REPO" "$NODE" "$CLI" init --profile test --emptyRepo >"$REPO/init.log" 2>&1 \
    || { cat "$REPO/init.log" >&2; die "ipfs init failed"; }
fi
# loopback only, fixed API/gateway ports, no bootstrap/MDNS/webrtc-star/delegates, no gRPC server
IPFS_PATH="$REPO" API_PORT=$API_PORT GW_PORT=$GW_PORT SWARM_PORT=$SWARM_PORT "$NODE" -e '
  const fs = require("fs"); const p = process.env.IPFS_PATH + "/config"
  const c = JSON.parse(fs.readFileSync(p, "utf8")); const e = process.env
  c.Addresses = { ...c.Addresses,
    API: `/ip4/127.0.0.1/tcp/${e.API_PORT}`, Gateway: `/ip4/127.0.0.1/tcp/${e.GW_PORT}`,
    Swarm: [`/ip4/127.0.0.1/tcp/${e.SWARM_PORT}`], RPC: "", Delegates: [] }
  c.Bootstrap = []
  c.Discovery = { MDNS: { Enabled: false, Interval: 10 }, webRTCStar: { Enabled: false } }
  c.Swarm = { ...(c.Swarm || {}), DisableNatPortMap: true }
  fs.writeFileSync(p, JSON.stringify(c, null, 2))'

# ---------------------------------------------------------------- start + wait
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$API_PORT" "$GW_PORT" "$SWARM_PORT"; do
  [ "$p" = 0 ] || ! port_busy "$p" || die "port $p on 127.0.0.1 is already in use"
done
PEER_ID=$("$NODE" -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).Identity.PeerID' "$REPO/config")
args=(daemon --enable-preload=false)
IPFS_PATH="$REPO" setsid "$NODE" "$CLI" "${args[@]}" </dev/null >"$LOG" 2>&1 &
PID=$!
API="http://127.0.0.1:$API_PORT"
GW="http://127.0.0.1:$GW_PORT"
http() { # <method> <url>: print the body, exit 0 on a 2xx answer (curl, or Node's fetch without curl)
  if command -v curl >/dev/null; then curl -sf -m 5 -X "$1" "$2"
  else "$NODE" -e 'fetch(process.argv[2], { method: process.argv[1], signal: AbortSignal.timeout(5000) })
    .then(async r => { process.stdout.write(await r.text()); process.exit(r.ok ? 0 : 1) }, () => process.exit(1))' "$1" "$2"; fi
}
probe() { http "$@" >/dev/null 2>&1; }
deadline=$(( $(date +%s) + TIMEOUT ))
# bafkqaaa: the identity CID of an empty file, served without any block in the repo
until probe POST "$API/api/v0/version" && probe GET "$GW/ipfs/bafkqaaa"; do
  if ! kill -0 "$PID" 2>/dev/null; then
    tail -n 30 "$LOG" >&2; die "the daemon exited before answering (log: $LOG)"
  fi
  if grep -qE 'EADDRINUSE|EACCES|^Error' "$LOG"; then # js-ipfs keeps running after a failed listen
    tail -n 30 "$LOG" >&2; kill "$PID" 2>/dev/null || true; die "the daemon failed to start (log: $LOG)"
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    tail -n 30 "$LOG" >&2; kill "$PID" 2>/dev/null || true; die "no answer from $API within ${TIMEOUT}s (log: $LOG)"
  fi
  sleep 0.3
done
http POST "$API/api/v0/id" 2>/dev/null | grep -q "\"ID\":\"$PEER_ID\"" \
  || { kill "$PID" 2>/dev/null || true; die "the node answering on $API is not the one just started (peer id $PEER_ID)"; }
log "ready (js-ipfs 0.66.1; /api/v0/version says $(http POST "$API/api/v0/version" 2>/dev/null | sed -n 's/.*"Version":"\([^"]*\)".*/\1/p')): pid $PID, repo $REPO, log $LOG"
log "RPC API $API/api/v0   gateway $GW/ipfs/<cid>"
echo "$PID"
exit 0
# Below: gzip + base64 of the package-lock.json that "npm install --omit=optional" produced for the
# package.json above (npm 11.19.1, Node 20.20.2). Print it with:
#   sed -n '/^__IPFS_NODE_LOCK_GZ_BASE64__$/,$p' start-ipfs.sh | tail -n +2 | base64 -d | gunzip
__IPFS_NODE_LOCK_GZ_BASE64__
H4sIAAAAAAACA9RaWXOjypJ+n1/R0a+6ahaxaSLOxAFtaAGhDS0PPVFAASWxFyDQjXt/+2BJbctu
yZL7+Mz0RHfYsjJrya+yMr9M+Od/fPnyNQA+/PqfX76iyMb1FOK0HoQW/PqPJ1kOE4zC4ElMfqv+
nb71QnNnIw/qz9LG8fsExhlKIK6+SJMMHr+LgLkDzvG7f1Z/V988f3p/7aP86vpHiQUjGFgwMNHF
3EfJ01ynARz3jfp6Fvzr+Ptfp/Ffn1b5bz+0Mg9i4k9guihwjASggEBRHVhWZcTlrJf7EL5Rl/tA
QQqdBKXlkwy7gKXo+ibDTK4M9Wnbr02pkJwMVLdNam1CiKe9cWNTCGsNd3usJ6opm6V62nMaSNZ7
0kzsCuTcnvguEhKtNnSIMXKsYk1KK3n/xx8vq3rIhAE+Qqf054+gssXGcfvUq+1XAhwllQ12fYt/
iOlnzJ7nhYGDgrdTHo+qGvNff3yh6I/iHIC0HoVJWvdBFMHkBtjVXr813wd7Tym85fJ9PGbtfNXU
J5FM7gVFidzDaOGx9NCuRWA1n5mq35WZBahNuVW/VrARP+o38nWDG+zmnjePxUINBYcqyZbSSsQb
YIuVO7uwTn8jv4ynXx6E/pXdGFvR00zfmco06vIg/vSQEdER4YWOcwTk63f6lc8fF7FB5qV1B6Rw
D44wfOcqJfpSCSZJ3TyfzffG22VQWrdRgtPr0qheLXFenXm7elRPkQ/DLD2vS70eW/geffKi79Xd
q4Z+1I0o7u2KQeSfRPxR8td8jHileYHDNc87IkO973okcoT2MHLIpk6F/EACjt8ItaKhr/nl2l6w
+4YXGSMjPqBtYCvaLFd6obLJRj7Fu8TUGQ9WQ63W9FM+xy0VLej5UpjvJg+73oMonD3umpFPJ8y9
b+OaGXToUZNiScSSOuc5xFqoIc8tptFiMxzmNW0YcoK45ZWtZoOFCBJuIyOv23QZYmM0YtKOe8pK
NZshRZmTkdoXBoLxqdcL5jBI6yiFCUjDG/fGTiA8ekKUhD46Lfazlg8TB9bDKK3gwc/3g3nHxx8L
exhD3/BKbCYoSqv7DaybAa8KdxcLXj0RGRz0uHnYz/V9z4+t/fqQ8ctywnUn+oaf7TtzcjicZEOf
Zbdtsm8voo2jkmOtjza9xkGn0CzR16ZKGtZ+NF31CV1trfHi/om8526mWzkaBjYkEK6jW95G38+c
w/42rXF9u8QTptfKOa5Abgel0jZ3F4SBCsMwuoU1oHDciphsQO6zDVpLmrvDm7BkPBt0yV3T3KuH
NZtFnSWhL619473M+ZBRp8Bcd0KMUYQz44Z9lTvcs89oFB1nC0Da8g8DRy07fGzMPWIg9UvfVJfG
aJEuqaAnNgEZNNdkfxuoo3LhyzJZNgpI02miz0WbC/k4Eq2dseqPFk3s3D+7R7LUOf2YSRml4dHD
n7Jv41qKejItsYEJqzwTBNBMzwj8nE/eG1GF5QD8SHXUt8bry/jzyB0s8aP7iiBM6si6fs9vqOMq
fMDzAvTrlHplRGacPOFk9J35E+ggnCbgJTy9v/8f0Ye+PvF7FOGHzkMIHJUSaIbJSZG9qfhiLndL
Jw2jsNpZeZ08/OlXxAXZYeKDFBPHP56I9glv6q02MKpoDQwPvg7szFuuU7lynP04NPb1HFWG9yrG
kbpV1Ic2KuDJRuHtHJVehKKXnMC8FWbV7a22cj6TN/z50qwbxlRJJw2NzD4njoo4Ua93kFUHL4Ak
AaWHzsyMru7DDR18AcWDFOsHjRK+8Y/RqNvB7zWL+jMto+rXmcNdjfpclSf598NiGubZ1E4W/VHG
5QxnKL2a5KwKJcexJhX0ckwDLEwjL6gN5rZNWQYslFRUmGF3Drf+iAQFDmZLHbWWvALNxSQaZdJU
/GsFUxZYyET1o31Pw/4tVKn5U7HzwsB5h5jdSSUrXBWI7gTZjLFdUTsjm6FyNuiqInTVwhkZnKtN
e4PmBC8SAWzlXbbqWYnsdxfzxWLltvf6ip6yRkXv1E1nbyyQ4uo15bNowPuGv7oP1zNpdUPuENOd
IMmxo0njNPHCzNls4i6dLXbshjdUwSb321oDCkrDzdNZTqqSeGB0qWRtbsqqRUx4NcT70+7cUTdG
lVWLeB7J6pp4Zb8LcD/AKfC82ZG5XbQ13uIjzdr1Rr3lgQzDh5LtCwQEwJek9FSA/+O6qgEw5Jj7
ek/VnwOD6xHtUvHInaGP0vQ5Db8Jb5faNkxN9wG1iuGmz4n65iZRcOwW3Z8vAql73+YoDL37c2Wp
LdzQOkWy86W8Vp+/CnVP5WrjGE0vVF4NvlL/Gih47QeRccoJlYA4fr7MGkZ6Ias+/0roCcKTY11t
rlCvXON6lOF3IgcaxETrFmp37ywGQp4Z7YyNpbbZnpOB265tR7zDkf3ucJMRhNyV+TDGamsDKLos
yHBK2Z31eMrRSG6ndE8ul9LkU7sr13kr9TgNrWZ9Gnu+AU9sjv0AEeXe1/VhmiDzJWUzn8Bb39A/
9uP0Dx+5VaVKVB5T/afJirqVVINkXwC8McDdWfZdpcp7aJa7q1bQLEs1r3P6j7A3gF7Q+EloVMQ+
gcC/Tqnfkr+3eziNfaEB36m3h3iMLgGuJ1nw1B67zqP/dob3qU00G+CK05aEkWEjLN8p5+80yHJp
ozGqd7DHHkwm88AADIg3oeJ2CNCU17w8jcOxBjrziTmbZMtOv9wocs/WM27f3PfS3pC1O202nmK6
nUK9tR3LHIkf4nX3QGIegcFJIpN4+lG/yVQqCJh77HbJLAnblJTeVE97nLWkTd7c034QzSp2YkhW
LZysti6N1t35pr2jBgPfVOOdwg5nQMuMSQR8b7HIksQz+B6Fm+oAdqb+5HOK/qOJRw+uP/elnlpb
wpuAscV1bGGPqApFmEDrqaN69lHmV3y08p0HXfHaBq83zoR73rhPu5xba685pbEGbUkT/TzLRG6r
CzNkN5VtOu6zMBt2l1On1fZYDbYjDcvTZkZ73CxlTbgWxI0Tqu39nq3JeQevurj3Oc0XL7QAdr+Z
wIeeCc5UkHnbEnmmF+ydCpOvSuFXWaEEiXMOX3xFWuhHqMkF5vWKTL6EQCNDnkUcaclVnW9b/GGP
4B7xBRdEiACmCaNbXXv2VQK46gUt/yAVhLFaTAWGpexgM8024mDqHRyfHDgZa3npfEUY+OBPac+F
RlOKSpXhJ9TUAL05zruHgNRWYgfXvFV7aGPXNNebWy3GD9cFRxONMDxG7Oa34lvx6hoexW4Idy/i
h3Hz/fAd1O7cna7RUvfm3AgmGqOv1+5I7W18kecKgway0xQVDZWUoG7KpdJrUKTGDq1urxSbOZ34
bLZN+kHJ81an098p471HrvKaPZuJn4rar8FiHOupW6jcqcEDJyPTWcdP4CFEfaD2elwyzYfjxW6R
tS2bWc21YKzKvbU96039dqxtVmw4GHGyaA3nIbWYyJ2WYUnM+OAuE9vRo2grL/a/AyonD7wGS7NK
+3eKhhGmQlnYApXKVRybQNbXg2ToO4o5xC1qb0aCkW3zVSIDMW7TqL2OG3I43uNiH5LNVmYBdsoG
LTIk+4WXePMs17LD7PeAJQvMm42u+/4ygHjZpLPyMB6X2WEw3IYjWaHmLhrnsjYeteU9Sa11oXQr
83HI4/Z+4IaUS4oWrdY6HG1sygPDzXuNwhURwQs9bKac+PvHngq3JIC//lgIUVIE1LY+GlhTqTOE
g+VOH3PpesW1la6U7RV3li3jEV4zmQ3nw56e6Wwi4YVbaKBcxUGwlJ3VQvSXQ4qTiXI3ZpdbZvII
bvcsM4Hn3XxR5G5UNca2zfXm1jgIIWsI4WqqN7z9bjIziJG4LL28rQDITZ3OchmkFjmT093amGS7
tjz0bLBO9WAmOn2QD8hdjA9dQuxLBuf8/v5ggtQIi9ttibuFRUYIci7xVpvgVoKLN/0I72btkCmV
YSQXXYtXvSwsPbeXjDhzYa8La6IF+SJqrhd0i+s2XVxK+qiXeZLVzCWVgoa9Gk/+74D7SRyFFsr8
Uyv4qkIOPGSBFJ6KkI+DX/ehHyblrzOCyXLfDMbrQcxqXt5yR0tdQJw7kQdrO7ditLLyeRYNui4J
49GGY1Yo4f2hipqcxRIbZSHGKy1LsK22++1i23XCTnsRw8n/A98NKzCCv0BAK7bAWB5VOhazKcdy
I0VrKRkvpIPOaxnRGWOh8kybFfJ03Om0ltASFtmekxg0bYoqIWSTlKFTiWTiSAdKGSoTlwyVv5OA
PozMUxcNeRDfxOZuoLfDZs2iJMAS3X6olDNbiTVpSvAaoJsDeoqRlni8sduH7JINa6JKWeJ6MkXM
TEu0/V4v9N5w64zGnWWC85SSwmAws0fi/wI2H6h8Hyx8j4s9vWX563RjOUs8J8o7saMtd31K2O16
nVFnY68S0liP0oTiUF9lhonbxNPgIG1UrsqUhdwtUhxonMDsM9gpZ5Kx0toOsbTFZjGwpE9Jm08/
btlFvip7rxp2yLXZNAeTstuYcSrMmwCJh11IE26/u/HV2UA1McnHlg50Md8KVm8w0xlbX2STWZDZ
64HYQzOQ1RbsqFBGbsE3MWSXn+smz2XqqVqnfg4/54LspvyHo31v/vSo4jUZvdbgvSQnp6bpVfk5
DR8fWlPXNvE2WVx7ReB0ohDk5bn5cNWcH9G2MudtF/wo95Ef4hsvGLxJid+Z65vFbviCOHtFHvow
v2jzX1kEp1VOdcPQejalcUUpM1JYpGeVq4eTQuDvw2R33s51nTAK34P0MsV/P53P3xxufhzitXvJ
36cE+YDID9MJ1VDS6eHATSzmMJWXs0YXLEyCzVCu0/N+1il6c6U52dX4zSHekpDu8Z2oww0P6bg5
A97cQP3d3OXj7nBLNBqm+Buxsl8nXeeJrxfUd+MdYXKJzSwGni97rabBSkDND6LZzXl5Q09koJNt
hpDVis3m3SCfxMK0z+zWlltqLY9fbWvhMp8vJ0K2deMZ2xj1HRFyw08J5CgJg5sP8cn7cbyXL9uZ
jea9aD7QetSaUExVWMRLKSN3RIEJ3qvVZH3BNlh1JK+w7JYsY9odxVryne1+aBuSrTRXJc12/TkK
DYOX80+mQqfn7ex1h7jjTs91b5WtrypcUqZba/waTf0RTn/xZMYRwfEVQ+jXBsBWG9PGSmXbmanP
iuF0TszNWrrAh/a+o4ZqFHoFXO3cZEC3DikncaIYJxBHcohy19lIy/UsE1W1OVk5f2ML5/KNLOTD
umV8/JIGyIHeO2/k3CH2bkoPww5uL2laKibjzm7UGYDYjsKhtioQn+bAWJW8RPA87KbjssduOji1
N/tCnpixiDZuxAoiZPOd24n7ZGMH9ru1+ve0vW4l4Rw9P3sgf+UF/o+lmwgefr1UWNsSaaTBbiQ1
PIOblgQ1RHagaJLPbjQbiPKyi3eHsSI6bWflmJIj1g7bqF8GZQdJ9rJzoOm2NBdCCtKpCCTLS4WD
8RvFjpc680QQ6A9nqx/ufG4hPHwqP3jW9WtAXTCiqwfzP+xdV3OjWLf9QdRckgBx38hRAokg4I0M
ApGT+PXXnnF3u6dblu2vg2fu9+QqC5eLvfdZZ+20VJ57RTisasG31WHhiDb2qykVzpsoPj+Yiuvc
CIWioHNXS+NB/mqArMaTRBt2JhpktT0z7mXxcZ3bZUvC6GVlhSzyi6DjW/KG/Wgm8ERSbxUPsJeN
u2DUzvAw4Azovr9VooSplQwoSprY1sPCA1MoH0Gp3pOwXSMxNpaOdMJFq+dNxgI2J1wHucHPG7K6
RNSCrCc2v9AI9SuN+x9Y7jN9v7mw87LxNp5p7FGXEoe0eWAaG0EbRMtJc3z0BoGsHjLjvYQfOqrL
FMjZg0fWTvNzGZCFdnFm5ojZYckaBT2WJE9PmTEqzkICP7ry8impQ34kG3ie1twi93eaOnzu4/7Q
1Zp9CTEACfbawuPeRE5NsKfOnLMPreDk+BPbZpXMlmE2W9asGJjK5NhFGBhzOWaWoojzuIy0JxcX
1SOSX9o3vWvbn0DXvvn4iTA/cLAffTo+J6Xfd/DdC7UiN6GFZ+XU749S4/hHbaX3nCzMCwOIFE62
BE42TLbG5+1Gq7ZTb8GbdBTZMSD0JuvApq2wgERXG5WKnc5aGGXlDvWLHXzHf/fv1KeK2+uO37c1
ij8Zzc2Mf+7i8M8/h4k3+fbZhXSLLd2BPrjWF5LiMFOaABuXMmxz1MnS9Oi+Rjt9e944WYDnhj3r
zkDtgJ6tmxIz+d2E6f5MoFbVeDKZnh/uaA6mne40kPGhe9ul/GO541Px5N115oOnyHlKaAFE7yiX
TkK52EYEcRi0mDjVm3ohkgQuD26931MBfp5DF67CqL4iMTkfvHXaXwmN9RhXLpRtsV5CqqLSn0fV
X2+XZwByY17tHn8Dnd0R2kPzeYbMeW2R5qCtOu2V7FrEhRDWzLBqKLyhG4nrAydyhSE7WMGSFgKb
bKqsgAFJZ6neaU/nXZ0dD64G4Rb1M21zr7L2atvdnpV+xUJG7F7VYrRy3jPjDiMzwBCuRGZdgJYj
G8CKL7FuimopnZqGi4CZWyqUTbCzBm0C/mBeiKqMeczeMsPoHtwAsPnGw430A0w9fEKt78YTcX/p
sZGx4uzWR91lJyCWxlw9tJlQV+gGTroHIiG53nmsh1GXBRCVyrUDnUECZKqBqC3OIYGb9Aa60jpF
jwYiMYXv8OY2/VAXy5sNmzdlBIZ+dxPC7lrV3bD51a51PxYWF08VG4QokECNUpJGdiSSEsH2Udlp
OO1mV3OPTxiptGFeXnZOkNMUuIYJEXodLHi2Lh6vAgJUF2r+oZP5f75k5Kd/hMHT/t435/Xxk/Sp
wE2+ebFu8h+1K541DX7HsPQnV3694/TpxW6A8N1iUoAOvE6RjdUhK2PlTHKMEGCuCwRUaWNv7RRt
PB7rAjiV00Sl3ADqZZDqZu9Z4cxoPYZK8qSmZgPF9TAPdc/h1Xl8y7DqNwOhn10VlvnzEc97pnkW
AN8vf9+1RbvjtltgLprzEMM81Rwot6OP14Q9L9uril6dMyGaMGjFzY52Ca89Vx6q0n3r8xRP74Ri
uByxqgnQfYH0sl+BSrj0+x+6hPIljJG/d79uhfFvC9VHf5z7m2X7h9C8yyatouChSwU72bV0HCOT
ZQsSIcTISUG1D5FQi2k0ajBBF7IqNrFMLssV9ki0JlFPGMYTRyLCNUhqchB1uvPiFHYU7f+1Q5rg
BeKB3psiiwEP8eSebC466EsW7e7MyGmhHFvhhYBbJ9YkKfOmSuHVcTWlIDhBIxYQWmIKq8UFxgRH
heXRkuMTAgho1DaqfqhEx0cy+fc3Gb5v+s09ZMotJb1giLkVNQ68+IWxnNv6lMUk5skUDApw7/ZC
PCEyq1iGAW8UKk1hVQwA2n9gyfUMLUkZVEah9V6oQVuGmOHUfZXSU/K4n/zV/vDDLx/H7x+frB8c
EdZl+bjgNsVf7Rh1f1aEs2Fo+v8Fwa8f/J+wvoBP9nmNKcs4D7MhjefHH4/KWY97p+EL8yp3ipt2
DehG4wkImFzSS75fXYVsT8dsm4GM2M0sdKnhDGZXdXNdxb2RnNzxLJhufxK6mIUgKA3Ti0coG7fH
zYU0l6FXIvad6h9Pa3QPxHB4FG5o3t9Ko2q6PtsdOSMVtDXtA+GdMvjAd+lmE/dpmTBYxJeECCgk
ayFimblHQk3bJbg6MjDK2rLmZiux4L7ZV0ku1FPoAJvtT1mh/NsaYpT3Yf3wrtcbe3w3lher5MsW
JvGDZTe+qPKgr1iMhN++GPm1SIWfXIYveIW+Uc7id6Db35dhb4mqwXd21rQ4hbgA5CYqq6HULrQ0
vjhc2tnLyTfRBWQbPi3oyCNbYZlbAptBDqz1kOjrsaVXoIT7OVlRQjhVs00EUrBxJoxKf27QfrWW
i7xLX6WqgzIG4+j5Xir+3Wf6OGwQDC/gz9ojmzcmL4+O++PhkfTGCvz790o3X4fqx9krfXJDFJfx
o4Jd9MdTQfaPrh6H/EU1DPweB0pDYiGic9RLC7G1ZTm90jqa2/1uF+5DqEr30TiKFm4QVCgGSTzH
9noiZvNgdP1+n/mHCJuOjYRcPItBfZUT6DH9yfH67cu/XqvojdJGX4Ey+rMg1q+uf/R5Wvnl96f0
7goTRo+CdZ8/Rd4qs/OydmE7xk9KQX/VrH5AvH6d8n/1+t+P47tVHbWKdpM7Unqy6RiYxMqCqA1+
FDWXb7R+ldxu705QKlLTCvhcxpGt7qnZpZNWrHF0hDZ6XXOmfhRZhxP8/JBJGTm/g8t/ADD4Rq7x
U3Tc7P7eIetHn6dIB9Z5RE9guWyzNMH00lHTBGd8byAGY81yH+AKzg4p+aj4kJV1W6s62xMkXDQK
pfKOPLNyIjmIIk0rlnnwG+60t5jiL12uu6B4Rxp1bUF20wSJ5ykh0sB9SU1kFY+GY6WefI6GjYKG
yjFlmUNgt06yrAt9OfiWeUAb2YcxPC9poXG7qqx9aZJ3C9YDlfArmOd/gm6v4ajPERe++08+ISL6
dr3WV5HOe7D5pzhy+ECSn6lQQI+6A9DHA8jn5v0vOv7n6JiUdR29JDl5tzrkn4M0dLAyHST1eEod
dToHGm4eaZRdalA2hWk1mvbCa0nobXRhDPZFwBbavMKmY7d8O7AgI0Gd2yn5TC+lcxFBfEg/Fgi8
QovxVaf0BZHD97Pxv53m77Fx9Hey8S92fBI+f6bLeauQc2dW6BgaObACS2MrstOidJ+oCdK12zXY
2ibF13OFjzI9QshQz7sQiiu3bbO5tEl2CRmfwQh0lx6I1EV6EHWm5RDxnW9TPzXm+hvh86HT/Bs6
rN8nSHeHIqykHPWwNK9yg1W0rRxsmXC6udlgCe/Gkj5eE6bxElPREhPsO6MaKKwEIHIj4gkcCMYZ
N4LZ29gEvTDLlMuHHabTHwop3u/kt4pC3UAC5KNFy1fiZ7eI9Z3cW52vLr0HfcNHJZ2JiZRekmQB
J5+BOn6hnJIJls1B8E/CkOKtsoW08bwlVY49BahY7II43Nsn396YXCtLO+xUUdQC/06a+e/y8Mto
/qi7fKcWKFyPPsE7w3wOwmwzhrwPns/4FPoHEzleMysQ0RYaJM1czw+QQJu79dBlFUqfNMHCovjY
IAoR2hoNamsXZWIkWIt7oH56beXvutQ/tKzyz78uXlF3e4XCW3XUNeuUtrACJ2yH8sqJRM28IXxx
S/FxwsxoJV9TdRN2cbOcTEOYSayHhSvbMMQAHeXiZB73Yt96U8/3MskXIrco8684+89zxnf5+iM1
Nb95xygbXqBvd1IGmVICcZrRh5zOiGmCEbUE13kwUvf5ZVOsVO44ACRxK1KW1VZFEdBJYJNQ9hoP
Ho3AcFuNDAhnCcEASUYjufq7ed79+o7Vr6il/isjB7zzyDe2fqc+wS6PK2xAzRCoBh1rMMgPFcuV
9yRUj7uqhUvNPLDKYT8JoVP7Z2FLwRTnqnVYrXbugzsnj5fxgXWCB2R7omk/rLXy1xDO94XAh/Bv
EV//VAl+f5v+EhCHfVqRiTQxBOPLTA7hggz4OLvHj7ZJmhcuh/aXOPIEyowZqtPj00kgOkJKlr3t
BOQDGdA4+LjacD8rkLdwMk/+Tr73oc/jU1fzViN3e0ftUIaNspvHWty1Y8ZxJ4MgOGAzTUQ204Sj
HYt2FQ6dfrhQ5O4YSZx3NPBNQG3kllEt1t+UgwiVgAVPDVR7omrixJ770BWzL5b76xcvDMLf4TYh
p3reBA4rvwTWqqLyFBQAtUNkvGAzydrT0m63U8cjqkpicrHlIkNhAWUy1fJGJaNnejs7D+bv4wlN
CnhIVhBjTx+O976zC/kXwXjVo88Q51XP/10y+/fe4e/pGHw72PJDapgvfZ/Mvzpd+RIRtzphd66s
vqPj4gqP6QjT60zaopBuBx/GajUDdETnpD6FQolsVzYYGNk/CS0oSfHQJKMv721tpFmYETgukMz9
pS82AztLHDT/hqP8IdzxKv73CoAdzsGAse1oXnVQZvvC7/VAotGyAFbdVrcyaelJ9wDCbdmXck2O
Sb9TrpwTmrsdRYelOVl9ho8GmzKQbDWW+EA2qi31X/5333l59AL9u9NGJxuvIdfMZGt7Xo+XBjoN
ywy5iQ+CbggJLc3IOcqtFc1yuChIlD01zZGEZyNDimoAodhNIepwJlwUs424t8x1x1jpv3Xc+MUA
eiepU4+TN4Bk4PHuiehjah6NFMm8US8B/mhSfX7GxOE62fOlSewlby749dAp5wOg5gpoeJnE2r0h
A9aZhy7lKJ+Bc0ytv7Wv/w+5h14xlvEK2AMdLpvrgGydc3SRtjodhkDL5xWKLJfhWjPYtjo27fZY
5q3oYqNmn3Ix8er9EGmO1O+n1Z5ajG9LUTsNBFwni2MOZfrBxzL+iSj5icB938/IvWPK70hbvTQp
yVi04iHHEyATx+6QHOxd0as5s61bbt+KaQDahS67aOEnQUWI0kPyHCq4CIqYHc60lKkwZlhygeMa
rOD/bD8//67Bfz1r/Uzp39lXC2HfFqlsuXAZKTUqncpXpt/1oc2WhGvFOiy1uKRyh/qU63K2bw5t
lFzaa0F4SbeOtAWTNh/DXCtCgTqqD8w2ufbm4V/Zd/n2WxpfN5nxQbp1n0/FLUp2p0NH8fp18E4S
0Gx5+aRDy6hga2Cc/VKlNGm3cnGElLQSHU9TJNAHSxxIbq+aRVJIpEA0oN6gWZnZ60o7kcR1SgRA
wvI7CcHNsfYP4q4v2fctj90ZzQR8LyUMeptIUcRtQL0+V6KLuAg5zd3GHSpn6Wo0CkDTPVH9aS+U
qTf2/P+xd2XNicJb/qvcmlcqwyYIb6MibqyCiEzNrWKXfd+sO999NJ2kk45GY9tp+04/dScYhLP9
z/o7Y22TDdlUAeFFOqaHlofy/RyDjBpEnGVV/AG6fRf8eyruR1X7YdvDmZwCAWP6HMiUouFMecxX
/Eo2h0CfZ3YDZ8l3/mESMF1ABgUJYJvJ04wXzczSqWoBITuhGmjZJiOrJQpIyVAv8pGLB+iuuTMW
nra3Jzok7oLBe92Mi8O+9+sL2y3FggXhCRyoOlxGkRl32Fi3ZIVFsOUZL1Yb0ebKRNZ8Pc+APfPy
ksdBbD2cgD1y281QIAcw30LsLvCFiWgYBM7Rd6egP2jCT0jErXqo7kF+ipNGAT2XHElBtp+GRt4y
u0o0tzXXNA281ou+Zk/GCKfzdBWyujbczLztitihzlZXAB1CUT6LRyDEySrYbR2L4yf9XbzdZKia
LEH3nustgW590G3QP99t4FBxNlh3kxEN5AbWR9R4DYPWWI09ArWCcD3xZayd00tmJFXEUgoyZTTf
xuROmiX6qiYKeaWupYW4ckWo27GzubNyWn/wBStGz6zyfN9Ne1FIdUSJkYtXmb7+rveI7j9TxLmm
KHPlAPEvG237/LzxkUILetVg6WcHlJ+H8pO4+NguX0SyV1H3yRsdMLP2j9ed4PCnzLtu7M/eQzD2
4O3popdJ/mrw9PTky7tns/RSf2TX4/jLyyqDN2Tb6sU2zKuXlapvz5nvov58qxdg/x8PpOdlCcfa
Qb8PJh676nh5UZ68+m2L7ZnL55fcPm/cPHaPyH6eIj52NdXz/bvZ4enQ+ecW4O4/VOrBie8PHozK
DOzyOCzi7YeW3oxseLVe7mUwPf7mF410HK4k1V46DiL9WCzPD6qZfyLNcPIzxXGtuAtUq7en+w+z
mEe16kpcWZFgNAn0HZqe7nC10/QdIw9MqE9I0ijRkb4mDHknMdZWSnk036czYYB0ReCVq/lsq4/c
llsQIwAM2eFKHnKOMqNqxrtpGPXaXX42IO84H+tx8mSGe5dx/H65+hFH0fMc5f3pqpqoxrRnq9Kw
hWUaLuVOqn0mtARmt5Q2G3Xe5GNxBqjOFJuvN1ri5JCrsEqPJlS5GQE9pe8nEbUJ6sPeTGm5yMQ/
wAd+S88XibhynUBfKzfYQh5xW3s5ccZ0G9uWgu1oj19yMLCBOXxXC3I8FS1izK1qR6eGdjWnNAMx
ODBRG7Wt0CyQVWrXYf01Vg8iSh6+UYzvGEL//UKE76R6hSfkeuW2Ml6R6j2S0LePPCII7SPvuEjy
AtS9/3j5i/99+t//nEU2egc89121DjuHv/30+R3D/4R7//jXv/7xTxg//LNnP/EJBr/4bVcmaLWU
HJEhy00chZZZxexzdVu1bD0b427XUnoqmqCcaVMImVUzKoTnqdaNXG7G5NBAsIjGXLVN3SzVDeeg
gQgx0a5fVr8zQWvZRuW+bKlGL/G5iD+g7TKy4p9YmhJgEw+a5YKH5okwpftwG2Zki5Nym/kspwFz
j+1vaQUK/OUm0plsIwIWLzNzZmVhmhPn7cwmFoGe0g26axax3aOaXj64X6Sne8QguQbm6Uw081+P
vu+3j5l7gX6w4uLF43wPLfjuI3cv9Glotx/gxp/J34yGPocnJb/p5rvElaDcZeNxn2tmI8jEeQHP
GBNkOoM3ZzAuzKcx7AoIJq7ztcPxIbDAWBLpjKYL2HiImHvdMUJmin99phT+ZZlS5PMT6bcKoI09
ObaR/rSHDnmzuvtb5Gbo5Z6g1oPRla/iuzPFVfiKecn8EIqFXnR4oQdnL3He8/0OUTt5izH6u42i
HpX+iUSFfUjsfDClfaZy6ElclhO+WvN5wMndoIduwcGy6DUWtLQwDKTwhF7GFmMqvU6UVmzk+GHf
WpnGCGMHDYCBhVsEDtWSMqs3UsNlvb7YuF8yW387RcA+zMIcg5ba6rG1p2Bgv2CsoBckYsgPky0f
5lLQa9RoLyHWEynwIy/xTsveHX9HVQe9RHXuSj1+gI45JgRXbn7Q0Xg5gSb8pEFnAj1AttY211aA
WFFoNMA9AHN6GxbkDRugsHBjmq1kzlAkH8ymgzVWlrTSBwzbSxyIdKd63ctWY426rfq4dvlW2C+a
T/8mCbej+SuFOom3daaECnkuQS1SFyIVOOnPh7oboYnQosqmv944K6xBw9RgjGzn+bHDClLNThJW
q5gI7m/BpcvP1YUAkFHZr4sR560QeU3IgXhDvK0LaPDeKJzCMD/jJW0GVQ/pmfYmVc2yLX2T4bO4
X88ziEBGeiIQc7yHa1WxmUmOaKJGuhPHuSuvMpb2CVhBcGQxQdYkuGGH06LDB2Cvq6Obyt1ZdL7b
GKeHVwfzZebr3rNpF4jR85lxSpXOpA96813Q6wpmTVL4WMBLZiTSCIaqoMbw4JjxJ6QEDNo+KdgJ
OhFrpTfaVS1RoC4toRxY9sGI3k7gflIJddVsyNymZw5w2xzpu8MNedWtdRMaPp2sV+5+K2YJl4sh
nElLFynsjTScgqjYrrdzOiaFxabmHdCYWuVoSENG7G7trtdTuoFUrHcxZg1aiBpR1GCYwVttVu0W
UTnUosXgxiQ841r86D0gnzsU7lM1fnjoKxGnykIFgrBmRQyd9+YRMsSQejQr+msKh0gzABSJVBF5
wY7rviJsSKXRN4tIWndTO8BECWqmw1KAjLVPLthsVA6mrrLw1OYLz5ofbOOVszmMpkZDGfK96bI/
7yULFp6stqXF0Gu4E/RqNyM4fx4mpRqTiJzmPFkRCluPlWVPZAOi3a6UlQUgTuasEDCYGMp0I0nr
mxqKn7fw52l9pIJ+ymqcoSdaLxV2rSxHNG4pBQiDo6nR9DZSTaCGmflaNShJTZyuCayOcd6ZcrRo
F/x0LcOysRxWDCFLBgjOmnnAO/JAYSyc7aLmDlr476oz8/xI2hntd02+4Aja2Pq4t5stANv31kXm
ZQt7jnRr4XEfNoYpPl9TOoaAaSnutGLXigLhrwISrVDcsklkINMq5WhLcOjhtr0S7xG5DPl0/fzu
3KWnF3/Yv9Y+wumu5zoAUUAShPRumvrLGVr3qwYVWLaFIAHFKaW/qQcuAwFumhSQstuzdUaWS4/F
rZQ3NDkX4W2b9gkaQlMgW8JaR4pxVDVf0Dh2fl7+Uhz7a5X9ky0YV2Nf/hGy+OH0BXb+kBhluo+m
I3InThdjmN6M+0OYN1llLQYi5zO6NEW8RK93e+EU1pMOwKKepSzIbS11ydghBGe5oGWgJRGW5ww9
PXT2N7X7BXII37bK88NsF/wzyfGLvroqvfAm7ciXC/jr6PWdep7IW/8BKvBRxwd+3hJ3TV817DkW
EAQkpAGlgFNT0kofqkVI2gpGPNopUxPerqG5BLpwvU2lJBlovIM2OJYYq4TerhrTjCWtN5WYoZSK
Ga8P7nzS8Rf0mt5Of34alPy4hTyiFp9s/L9RQ6bjhaV9Oj26fxx7LyUn61knmymjJC890/4cbttX
wUTfiZ342wz4b9UMeJ6xf/sBb0TSvy2B/z4tgXtLH9nl1q6KM/BUF6xc7+VpDHAU2CAdlqwtAcYW
A4pJKUBS8a0VjznI1hyAgYmUYHU2xzI/FYfFSLYxWPHKhaN0WDCrfC7MKklhtkKyW9ODr0eaQz43
QoRc4LggnzzYv3qq8OWGB5WnTpLvICwPZujZz6FD7zEu+IS0fYQlgZ8fVoZAPBobMovGDstn28b1
Z0wSSa5GxW0dVtoiGDlq2/XGXemRS6ZpSEYQxEBwxvNwjAjQcDryZsREGU1ynZTrOea5uS/+/lzJ
5xu5fsFukZ/H5ftZL/6242Ifj4Jd2pv2iZaazzTNXOGTfzQk9GemrR6F8m+zwt9mhVuJzt8Ghevo
9rcp4c9rSjjByv8njQjH3v5v88Htmg8+rCZdkC0xFduhwzisqzZgGiGe1hJFQ9hUxoVuyKKoPfSg
YTnvJ6ahySXX2256PYqLAhbaoduSBEkjlETShhFXVfDYFqY9sferY8HLcSSur2P/+2ZWSzM9GdjB
55RutmjNAd/Lpkt3wsiInhUdonerKMh1lLCdORaFei+kxiO/NVfZNDaSABDHwsylEkswZH3sOoaF
e3XUCPCmnTJtSVrzu08dnAnDXuM/fVEY9rYWiXxQIdGdqPwu4+j1tZTnAyvZB2JPS2GR3yzJ3wPH
UxnOM5FHpVqktkkj1wCSmJW7tBgIq7BeLOwNAk3Zsm0Kf8COHUpHyC4rtguC8sZVPNU4n4lKVWdn
M54cDUOkwbrALzG5pIvhfa0sPgYp8zt5lutmYFtPJbErD60JNg5zn04qQ4AhuRET1IqXit5ui+2K
bMqKwLMMMmcqV8OIOqLTWq5bGFEMhygUWFphXpSvXQtXRddZLgqx9KMKHf/iPrn3NuU3cuHZfFxJ
//F6zs3LMEmRLowmY3jIeewAqnq2zCySDcQYGkjxe0eiIJVwIjGVTs4BZuWnuKoQob6b1P0QznnG
WwHwVsAcM3JhwL5tC8r+b7zYNQ5AOqCXPqNjPU2Gw7dHxTpSf//8+u5fgnp0JndRPIRJkhp7rXx4
+TLkkhTGu5HLcwA4J4bFfusR0thGXpqP3Ls+EqGTXejtvR0eHs12OUNsBROrZAAbTFZrB6MadBqb
DFmWNjhKKE5JfZzHyJk8W65tpyhSNJlNxoOZn5q2wVWwBUQbR6ncL9o/jHxWSi071Lvj/vA5UUse
9p6SlURPwnSy7PJxDvYyYfwYx8mun2sj2Ok825047E8yWpQnEYAvAIuYo+v5SjVZacnxjFm1SwVM
WA0Z09omUrH+BEiWkmZA/jT146HGm7ueqIpbDMCSftFAAIvQ5XwlqwXqh6OoGA6E6bi1m3sbmz8B
L3HblU7XuvtX6NpP9CcepdRbc/fBvV7J3MNjKGwm4UWtj2/DDeTXH2+/2hz9LGZckRzw6P7TS14X
ZHs/Zi7v2ei8FoBTDuO51Zt6nWuK2AhuxztEF82dnR+ktO2xQQ1DqN2r4X0QxiMgY0ErWlv7LTQS
jCZtatoc2TTLlwBPghLKrayWk93AiEhXvm3a4HOx8Gmm/l6efXuw4oPu8jOVezfF+RmImMNhYKwW
TV9NKpcbEaCq2bBjY7YUu2tKGpMk2Ey6oKF23UKIN16wGky2854KK9WQGviJq1XztC+UlOfAoiDe
W4LnehOO/kEZmxOfPqRwqtx7KY8jV5bbm+LF7OKfcL2eIC5fQaW8utxs7b0pzu3GPh6INC8hHPKb
qjqRnhpJ+1jQOJS+H9wu/WC11jnQgs021HO8Jteiu0rBqd0fWu6O3xFhxopEsQL8YJT11y3Bdia2
oeeMMbb7oVt5oNKfwNkQpuZdMJUmTW6btqRTOLSBhJOjZEOJekAfRqFe7X++QNMsu9yr1WGxqXlc
th9b7w7HQ9s96O5rj/ptul0P7L1Xlh/HIXmkpGOX5jNoLf6q/Pt4PT1x3z3z9pp33IvPvSjXneP6
VthR/SSf/X0Air0BYNWfq/jwgXnvJOx9b+BbQfjWIfj6d9fJ1NuK2cvbXDlYOteCOasFgwlNCwKy
yVRNFQw2ZIdu0e7GxIwpeiE7U0EkgRhyNWxIHtygCd7QDeiRG0ZPzdV83WSGhwZWOxOsEY7Is1Pn
70waXQQ8EibGEw/gYznJd5T+ztL9paPtl9/bSV9X4c63iXqFrpvFRZw6ZqmPKv8Fm9mkcRcn40gb
moLq4zqnJCqQkzU2nKYlTNV8P9jyMFSRfov35EIY2wa1K+NpS1qMNq4jcaIaa7bO1o2A87hXqiSx
WHPNF3tFv8UGn3qqE5zAz3HCSiQZAvRhH0StyYIEVliHRiWN+hmBLSZGYMOiN4UO43ZYNBHJDsMj
2jZku0Ko/yPvupocxZb0D1L0xSP0sLELAoHwHsQbwntvf/2qenq6p2enTFfV7OyNjdAjkkj3pTmZ
J08XWakOiolb3J0wBmK+G3XL5pH4yZL4utN48OPooa2/l9j+h3sM6+HLU+r75Unbv/TR0JTz98AE
+pXs6N2jvv/X7kR7LQZ6Z8/a0MJRASD1ocdGgje32toFqwVVN1TuraRLyFbznZJpGy3vmQ1LoOWs
8EnZJ7cIUGLzRXQ7H7ArVRsnVOG0RHW9Pvl/aLv944O8sDfnlZOIjuMqT6AhesNVOkOwlmwWBmq1
B0wek8XnW4sB+OkQKDc7dGjUJGx7FMipYs/rEiIQL2zyGXSg6076nLZDYe26M7X8b2yH/cnWnrjw
tFkAyYeH1c7Z8Ai+w394SeVPgnrYypPJvIa1x9dLARUFXNG9ZkzGIwG1iku3qnMnRxg52PgEv80I
o2n3a0hi9SnmUSTAiEm6wMxy3NyxBJ11REOoJe0LicdFBq+XnmOj5Z8rBfxAY+wfE1XdPBI2IAph
DINOz2Yjx9dy/3UywHrRJY2ajZX2j9Yq3XFoNTMOkVYzseJ0Uy1StK8ReCkVckeHnBGXjdY3a+4i
5hbrBnvq5Pxy3YJO9No2QXWDfNe8T/Z4bs7CyS9fnPlp/amssrLsv8Zz334d+IWZn1eZ+mSV0fOz
NsRr6p6fh1MZhkd52dvEpa8xriIHuefSEzDQ+FkLV27LteshBfCelhuC2FpqXXcUs+jJ4/ZTj4zy
fpQB+1obdmOHo8tc0eci77fPnz2NhMCPsPvbJBL+vlj6Zfa/rrFDFLQwhhfQCzr7SmYDdPtyK7Ho
InKE4lyjQHMkBOrKEE4gOc6TrRQOppx2o28JKnKUq8PtsCPgJU8X8DwS7Wk7a0wFy4gDkEERXu+I
IQXav6vO/r57JeyzOQKCKQvhZ30r8lpQ7CrHgFzT2vRK8JYkHZ4rSZ4pXHpPAgWVu0u3GJXW5gJy
x02Gwa0cyGOjwJf9tkVVihyu4MBlvWBEY64tNRZ4xXhZ3qK6L2Dzn6zyt71T2FtUrn3gKhA0dZwl
/4rq+eFn29IPohfG6F4x7XTcSsJ0akE8CgBjXHyocWCLwkqbXqcLRrfScaQynJtgURaRyimuuyyy
uIzuzdlSofIsyKuzAUg2EZVBSLPZsCG+fNi0H+YM/wuG3+Y5vjKljsal6Yt/Bf7ToHv0QjnrFWO8
BapG+GC+3KzT3Qx5unVzKTtSfVr0UOUObm/xc95JcKXRSaFnO5FffI1VQl9ck3y0Yi3xUmEDFCRg
gdtSJYK/iuTHNCbpH0KOp/JLPPzWFPaIKt/hpT/G0p+rOT+/0l+3rn19yxeZfaK2dBh0OFbtQfZy
9Eh0lnUX4koEDyNG0faWGw8V9TwxE44eTZL95RI37aaYOSiB2MLAI69mA4lmZl27JXxr1Fl5qabz
Ks1t9VSKf6lM9UpSBQDgoD9sdAEG9HrW/FtDNnelRH2LCHILXwEbRu2jWwjNeD8dlAOyb8b11kIo
Prd+c79x9eqjrecScmFjqIeRy50WPqg/L+DGb+Dzc8n9GYP6izUHv/3kl695/Y8Neu8oar+pXfzr
Gd59ivMB8Ien+dBseAn6XjH0/JAIzMpMYiUs844oia64Y8/DFguvxDmFb561+ml6GKALzHmHhQwi
SxaLecN34azaemEdDp6j9eE6WJHmVkGCTs2bytZvI/HuDxGOvp8+0isCksTmWgZmVKU7YZN0rFyP
qTeOKp2cy5lAGAC4SHKqw6YUiFYa6xbFnSujBJvstEsJTXe6xRfGqiBLRWAHV0w+j76nuk0S1S+0
LL0S6u+JexF3ByFbBInwEHTKHJXYa4WfI0IhTjXgt5bPyhSQr4d0OfSTw7RHZmGtIQ1FwdbPq+dA
cNyeehRkoErrYwBBP5HAr/05UZWN47ONWW8osM4OxFaL5Mm1eEgk3W/mMj1tnntEi+BgmhZyUe5F
MfWt5OsjFYsqUoa5cRI0p1y8B0rrDHgI04hhGnIN94DXiMj1PpHK30893kke27aj2A/Y0Q8lY+Iy
xJZzsCIvRLikCC5K/u2CuxuP85JT2kNwGFF4rCDOYOhKGRCSiM+nbYuyIRHTwbS1plA88NmV0L96
ePQc4vy+KfTXMCsuG398f2BCh/dDYbulO4yn8KCf1Ni8rinEhHKRNHqEjYqLjyAUQ+XNUWa+NlSa
KlkYhTRxDzY1bGRzuJeiFU45azCovvemx34iXmV1N2X9BwC59cH5ok/LgC7F7LuCAE2uJ5EL6aLA
SJCyzzcoli1Ao3Gyduqw1dqX5FLZPOtmiQ9TkXzYW/dox6e5GrKrD/MHyVo+j8DWH9P3U4fzSsBj
ZgUSocKR91BH2H5WD5tlxUXOYpE6cLdgly5ih3iVVJD0iQjoJDDhjIRK/iTbyyVERw7IDKOJUPTm
FOXIkJ9IXfNsc8wb8giwYESfNa40JcxBYqB7ke+QGoWhP/b5LagkRynJiVQXMgoCq1e50OoagMfF
bKs4jsl4E5P7C2TZy3qD0PgQb6ijfaLspjEm3i+7O2RpS8B46HaupTNN0KQI2eV9pnjmBFxd9GJe
2yPFQuutjeGTIfq7aPSdVeTocrxh2zE42yrOYGPQdcEVXKNKLbjpoxg8ZGG0+Bvwoy38r6Nw6DU/
eu0UgLY0zirUKFtljahBnsQhEE7N07nyy1w21UqDJkJiUqoBdPThQgTxEVWw3jpF90XpG5pCg3ub
pxGNHoBBuAjoZ53f/1f6dBVt2kTFH65CeAPu/s6dpxLoVPrvHzh+GAbn8bydr4h42G0aT05CwsW3
+o6iSJMdF3ECXKHJ6TnjNpxTGIXEd8jsC8zXoZANKjWqeSa5w4MAXwlQjAxEun6W7NusbpuXJ1Bf
MVxdzpTGVIt2vIyGvWvRfAM2Z/SWGNDXza7VRyYbkCeOkhCpZOmaYm4iRqEQB0pmDVpRQHDZAe6s
0YxZ2HE8qpKiXPswefWTTjd9Oj0dbD/bCYa/Rp1pH0eCFW4+7ww1CI4XuqMW4mB1VU+Q4CPchcbZ
1NLN29kZHPgzq2siwrPSFZmCSWgQ9+qFlnoQ1yOQpPCIlNGyHZPPKG887BL/+OH/z3z6z2/NAP/x
psjke//fIxKvHl98BKtfXo5WkdeR8kSd18sy39kE0AdPOI25GxIDagWLDkpOdNEglxGumm3PJMtv
VznsO0EKTH0TG4HQhwhi8120T8GSOzbUlK7uMK79Uvb7EoFfe8DK7A74kR++1OD0yvkccsoKfFhZ
Llq6UQFrFaUmI0LCO8ZCMcMzxFTMdWLAiVhQ7rbhzLEVp3t6vyV1QV9m3CYCx18DBnVrcMRFJ+CL
LfkoTfes9p+9CvoNVJ1L3pkrEbcoCVjyYp6BY4XZKsJK/WkEm6FHNzsRvUE8KzuasvIpuZIXpqt5
0BwMiZQPNYGCdQwHnFeTGCBcOu581D5Yp/hB3h9vjH2bOv/gzLe9bO9kjNBH6A0twmXqRILSYeaU
2oCODUpv5bjs157vZQNo46WLbXt3RlJqsg3ata5Up83AcG6rydEzTly6zITarssnym20j4o7SP3H
5/1UqVXZD8vegy21000cXiY7grqjEA6ckKYWjEZEUjBLbbJKVZ6PKkk/7HBlwxpWG9mmKP8eJmAJ
XGNRSPDhEcCa2pQknybu79r8V7s0fzy2/H7r0TvU4jcOwmDblBuEgNj7eSlVdtbVHRdCW7XkihYn
qS4ssA7k0pU1kWUz5GMwprl7pkLl0DG9rFpUre+d3NbzdUmOPHVOEDGMzp6noGEEbExqk5/Gy29o
9zIn38jw72r3ymMPvzP6Dwfy/Z6Bl57+gwT+RnH/6ZXeKetRVgZkosHZ4APhEdjFcxSjt8N9ko+0
m+4crXa6aLhWVEJW3EkUpDryUNdktPdCzCym2MpgwHJwe5LlfMCvXUSD0YfB/+ns6P00RabKB8Aw
0kU4KkEvSx5eBZIARfhG3Tud8mUHw1wSyi1iAY5aWJ8v4LmSKoWGqqNtFJSOoqrTS5wFl3hP3BiN
k5KP01SE8ftpMiiGuzEQ7rklN/kOpgdsgSHIraRyNOmlKMHMppEJ0EHkNuD0UfRE0Z2FzQW7QL+s
8YFi6ebOi/VSzAmzcI9MVsc/D9++CexldU8rP/hbbeLbH7yTxTZMqvRJNurUbm1Ak27J2ZauNyG7
sbhodAtk4Niy2k3WpxaAQeQ5a3Aa3WjbWKR9MnnX8Rqbu9PhVc4aahE2rLCrz4O9X8OgNwnkI7x+
Pit7A6vvW4+fXGCgRzq75lcbr9C+EW2nluVSZ/dhXpeDn+TE+cr4e+ewitbCoXlLtHTcbNc+La2C
O5ura9bDiwO8Lk+VCS8ftdAi2vykj6Iq+ghttiDiK7UkfH3FSygXeoqMaxjHgqH1HUolVSbAYZvS
eocTOzuRdQY8JRpA1gqzCZbT911MH1ZDQyYUTvhcpEOJ1j4xEvlpq+8vCv3jsQXElSzSmMak0Upq
1OLC60Jk6gYZXh5hGACF+QZ7dwPBesrgAfXSracgPnX+mNVOkp5h6x4rN5ogg368W1pJOM3q3/8p
I/uI/fw21vj+cnl/HRgCcdv7MSg51dYfjoDo5AgTiauhKXuepDetAkLvaPsSLHC3RXIwP8y1vN9N
7xykl1o+y2mxjLVC+SfOlPjzlVj+nQLeByNgDH+/KrLXK4dEuMAdTtClY20UFoL8CFlRHAIaEx3p
DYUHyoy6tn1ADpYk52AVzQI53Zn+UHoxX7WHJB108MgfDope6Iz4/MUyfxsH/3agX56/z/ANTHbi
LnaByGUzMkR0PkJtCx7qFPDUZTRykUW3WgPm2z4nqZkeQ+4SXKGlPNR94bB4yaZToazKYHHxTISW
22MEDfofLy6sL3dhvtoEIdTmXaisVE05f96be1DavMZixZTN3KGjxTYi0EzvXOQs9kJLEFBwgXCQ
n13+kOY15EvbebkpQnT1ovjKASoW8I3+ecb3J0f2sm58B6K/2i71IRXaK78Pdr8Avk46PCFq/8LQ
6yuKdFCr/2bvSrobxZb0X+nTy8dzAQKEWCKBhBjELIZNH+Z5nln0b2/JzqrOzLItp511Ti96pwUS
unFvxI0vhi9kE5IS0pKE4GoFGwTnWdIaRcEy4HTTMpiliIuKuOhBu7JDgaBMqIzcSK7VypDyCdJK
5uLroUWUh0BfFLIDQe+LIn/uobzXXH/rbv0KmeUPAdN3pNpXWVAma9CCz5/eEOjtBD+KHYtjegRW
DOaRaoTEhdQhf1g7axhFCJYYfEb7LcXOQDQ4caSVeyaLWf+Ed5UcaOqRNy5IEJbMkrg2au/yDT0Y
E3tBPhnKfCYJAe+dMfWdeqp/JyL+INnTmOIBN3mRDlAkiHuDPQilbI6Rd67HbXvP86SmRuxIf0ci
2v5m7DEo7Q6uqqrL4KyqRw82KEOb7ci4rahds2IigS+H/V6W9+dm/+tD2/z8lWfF8Z7r47uguPkl
b88UQH+gqnudjRPho6TgGbM/ZUaScWUnRRB4Pc6EeLKdAxBc4AFtAXEPm0rDIEWwP5PXw2ZtYcMX
GEBhilLJmjyRSZG5sCANpWAAyV/Z8bz6IRnwi7MvhEY70RXmplgPY7i+DUlwn1BLeclKyMrKqx+j
u4MgZZpaH7VrMToVpstFgQ/08eah0xXenAUyt0BWzQPLobdX0a+dL53gIimTwnm7YAR5XPXD5SuB
EjG0Oa2bwT4Ip4nSVUqFrX2u+RQVuQaTADs43xC9TPJ6P65oS1oJNlTXmMZ4J6qaLRU0pJ67LTMa
YGFSkf+lTXrurvCcrn/y3xyceidRf9AGlLgYh3pnSkGVClMVRJ1BXhEzgXKgPbNCouQc9jwoqhLV
kSZ9shGQkwN1W1d7zrpe8H2YmhRP5MZlWhfmGvXglN1u0d+imT8Ynpt+/vt36O63r7wmrd0fMPTH
dvsgMpf1YnbUSTQz500cx+1+556PLqa506qigxhzdDElFHCpEh5qemkjykRxzH03olD/egNSbb63
pG2wH2Q7MdKB0evmOH3lILRB/2ZGBnrp9n+/d6WicmGjonf2gkk1RMVqOl8HNu1801ReMYil95C1
0BBcOXNyvD0zCzdNPRdzSUc48a7KIZw6ZPYs9bv9fpTSw3ZEP+kLjk7nVd3Nola3A16NSRk9Obfl
ONEXis2FK82io0FKF7c98emKn28+hxUBlmlvk5RsegYDPWZSq0PtjgNL7BzenI6hxJF6aNesICvY
YO6xnc46qWvdcPZZOYKf2zHHddtg/HzZ2s2dIcBzIoPxeo6tbe1TpbvvV5xKJY1rLQiSwHWU1AKr
xWOWb+fh1J5KswSvvXa5hJeeDG0ChJU+iLNu1YnG05Lkzavi/cLlZ7aLu4fVt/eRFu3nGW7iXS7v
esezrVJBxousRYmbAr1IMWcMBHJoSw4byWuTETwVQQ8FTopqk8GgcCcSU8lQidzRKUw0kN+uvuEH
JNNPwRcjM89FlE+900ZB/9TFSfGFNrXth5osXmUP+SQ364nFwkUlRCjmQE0IgSlQAEOgJ5XeG9dB
7ZmGKXTLcENG0vnlGuKyr5fkGKMwAHu60TPXELLBppeXMvHnFbWPlCR+UaJ3Qf7Ai7L5KDkd8iHp
3Yla74wbt53L30GQD27DQJfAbe2a+0xwzaM/o2dmE16jcY8LN5yo4GB+5hFk9TrovPem1F9VNUdg
TWQ757AWnKpSRyLeyZYqssOMXnzUYpvjFyXnDmH43YCMH1htPOcm0pfSjVf61JPu6bsv/1jbfP8r
d1k9dUN9p/N5g7L55Zln0p975XT7Om592YanoG2rN554HuzyVCReW/VOl/3F9In8M0X7/3seqihK
3vRmN48B7mafKpo9a9IYB+J4cvddflQtUc9aQE2lXixbXkKQELieDX4NVrm2veYa4amD8Ki/N4t1
jSYNcKANkSozJh0ShB2Sz3mzzzwxT/cC/XfIDB8454p9mS5efsQBQQV3LhXhkFNEyMZfAvtkzwk1
yIU9czyZy2mLpKeFnwGUy7Lb9Sfi1Eb2o+NZPlTjoA42rZbBVjltTfmreN0dnk/wr4//+o/tByvz
nHR8m7ode3RFhdFxxpnw5sNDS89tPJyKy+MuPY+rFYnCHA5RyouqwKT8WbptUuPgKl45TkRqekMQ
xXV7tsbLpleKAzSVmmVuE8kVPuQkV/WdnMu5m7S+HYIPSDN8hgRBUD8FzeDkfzEH/aCOzw+lXVU+
vYSS7pb3piZJuLxum18evQHewrkbg7v4gm9M5uhPHKBtcvvhb8bkVZbzV6vN3pxW+BESmqCu3KAN
1iwpP3IUyi55cvIkKj9fnnkWw2naH7HEW8W0Bo3AQq15SRvyKMiVPYS+bFA+TKg0PbtX/mI2Y72q
LCjgtoOC3UEqZAg4Kc1Qkbh78s4Xbw6mNxsYP8gK9LKFT1Pi9/FfrHrQRwXSBlEwfz4O2AysbOaa
qp/4Dc8Qqm5Wu+vUWWhXOWUcVVv+ohY7lIb5vUfvOkSEptpPlHVRiBW0bVbIBWNE8EYUXaL22VzQ
ae4o/4aSx91HBdD1Sx68zez9EEZdNcg+bzNb8bV4Zy3shKiCaxXgAFyasCNnujZESAqJrtmBAYEa
8yzWEjcTRwU+5suhF6/URZSBXdnnzXFOFA9oseaLKTSvyqs7VU15W8qfIWfiEy4s+iEhLk/dTamc
/PNqNUd2xPYc7RBWQTVm5Z+jHD/m8GG3XMx2N20jM204hDfQk0cnlgZsSTlkVRrcqVJH1zxfeKM7
7iwdaIKeQPVgYubmc1DUqdvKdd6hV3lwZfT8mfZS7DQoG0XVyvnC+RkH+Sx4ag+4hOw6PUuoghqY
sGMK14m0IzlT1/M+76ssN+nrWQZDGD3zu7PAYnVJMMEK09PnoFobPE3BU38nCHxagi+UbR8SsKEv
xcSUnVURM3f2dPaC8QHF+exWgW04Ja4gi01LsytjsLAkuj5zrLu3zd5OTxDKJBy+XsF6e+0IAtsI
rRDo5y+aPT/Ig8j5Pnv+w811Hy/35w33J1Mt8lzC/cuO54ds6U+y/omM7m9/5nVF2T4seB7ArkwO
rYVQmOF3tMKsDI2eNtbBbKoTdtQYPTkcUPXstlvT4+29BWGLQ9BcagUZIWKzSE7pqQFg1j/tSRWX
CdWrvmhskvK26KTvvpuW8e+fb6f/8oPvYcTPA3/6JL+5LnUb3HHNK2mtj7uFH9qq6D221wcYO95m
4Boeo6ErRyTBNB3acXJ25YaDtO95UDJk18gYfR7Z1t6U5BI4+lCXQVB4bVTCc9HMktxJ53XK9Fis
q0aiFHv4qrl3iiD3XvDBf/6N89GLnTx7UXT0x3ziHeS9YtfuwO6F7BR+ppP655zzOxPaUxffsGoe
fD6Q1FYRfZoZUZbiLhfjOoI3PJvtAdclc3R387s2JNtA+7lfZUoOuRzfhupmIFYjipAacQn64g0j
jXM7Es8x30+k9KCUv4tVAvp9nIvf9198RLrdmwNjNj8Q0L4q1L3KGBGlkgnXYVC1UYJdXY810gVX
xlQVAUU9X+004hheaF23efFkXA9dYjiKZAiwXZZA0diwGF5tZEUog17VGo+VT+LfroTfjHNvHi0k
mcHjLJWQQKXBwuIJuFTM6diDtLnll4s7q3QsSaZISTzA7aGrlO22uhXyUC74C8AdyhEIi/G8Lurk
cNhBnJqra2jyP4Ph7mSF7Xexm//efNSV77qbp/dU58N7rQgP9OgSsqi+7g+efOKpXG7wkpkZoB+R
bLGhmJGbI7YXtyzeX9hAwvwKznOp3fn2bmWqMozJAZIY0hcytQJ2FTTNEZHbxpfQ7gP9gv74kJff
LaX3jn+/fcRZc9CpfF6WAy9EjoDMZgQdIN7YzE04yNsawuoDfe7MYZEBB84qi9OGvbAql6lY3JCP
RpYSfKiFea1EARrSku1hQ35WEW4ryZL+TWVAH1YZBAkhMmivxJDV6Mhpjk2c8AWwmK7R6Nqso14c
JQPcLs5SSMW8kPEiy8naYJ+2zOT0JueuwLk6+xY/t1xSbITUgD6jDO8ssq+KxHvq8iCoP3+Ws4uY
Ug0Z4/UMmcblDKCyu1aJApZaxpDGZfA3w1iyzUDB4Iw5OC3bAqtBpLc2HCSXW7yyQE2TYd7VOSe1
6xo5E/1vwaUfvRun7hlWbd7cbPxhl/Qu805NaYWgVaSVEofzMgAHft6nes/wJm+a4KiHM5FveGs9
IR5cbOGyrZejfgO0a6ACfAJOhiAkPkVwUdv0pwYpHo8Q+KJa/+tjwnmHqgR55EXnTLDdrKOr7bGA
Jvf6NQHJ6RpDNmcRrSBQcVEAQbAMgy67MgKwQCherrJoLylA+e1IoXsLQQarTBblZjHZs6NyZDj9
Vi1wndwpveepb+8RXjyM+yKVGugipAnXLR5fYLJwzY5DF6fR8T5NmNydFcoWawbiDAI4BCbqKqRj
QmQ591A/35BardTGJDvSdM7PKs3Glo5Jn0uCvjDMvAQJX18N9ihOQHK1Y+VMuetR9eqKzGEBXAzg
uGhU0LHtqN3ojq2byGzd4SFHaVmaUe2yTROo1dn0AGWrewkkflrnZpcsdYXCTWB8jm7xbwHLj/lw
t4u96rrvqOv+/f5raueGGG/yee890zT98e25F4K8X3zHvcr6XlRyW/Z7r3n52T+qNgK/5Y5+CwOf
67VLfXNd3Pcbch6c8yY4ns1eQgW1SrYXvhHhjRE2pGIYw4FLNkoJEjHL00W/xxbt0hJUczQyVjmE
m0aNjVUKSEEpxejQNlAXgRw/YrRK/Bqxy6+7e/0UBH3pePm3kDqMfijp6d5+Ky6cNvs8CXBOCHl4
QQWYA5lN6MahsCB7fGT9LXni2KtcbuKtGoHWDHBeVukkHkwqdh23Wqo28K6qaDhTiTgmc1lhEDIz
zzHoiF9MB+WV/2fxNPoHjP80nCx3+ju5wrfgAPIxQd2W3gbvduc+OFZXUYg0YUpJRz9hO0g1S4R3
vGuUDm3rCkWA2/bFOqnqFS+K3trK8s2xom+ocjp7ZS/jOEW3HMxDlzlzgz71KnO9TtwnzWf+ZtDi
cVByhG2W4UONKk162wvMiCNWpLKOoWzI4yBNQtnvA9zkwdP+yJQadODLjhGqKMww4LQeqANmG06r
HiznfCI1uyf8Syf/c+ntv4WU0MehPfRDbpWb/39k7v9sZM7NK/evaclv5u0fbAS00na/63eg3PoM
6lZZf4KJI0iETSgZx3SIYTnnoEY7iDBS6YazJ5VdVl/ySr64yP+wdyXNiWtJ96/0uvU5hGaxBM1I
aEBC0+JFaEagCQ1oWPRv/7Bddtku21A2r7o7ojeOcghcobz3ZubNPHmOYm1bbzHLO/L86XG2QSiX
psg1fFNpSb8u+/N1/e5p7/0iEw1feUc42ys4PCio3gVl/Y0KGua6S6zY4QemDvYuSBkinlG9IXCZ
Gh4M26dJAB4kCmXzmcXtiASO4MyC/Xi76Yn8VKitbkODCTQyasJFWPZ6IqT8TSWsLgjTPctU/TTJ
+7iWn5/8+aH35DK9LPsQrRTWT/yT7z2N06yNPoY6td4hev/hR7T3/wZ69Dcb67XL/NWEX9REVvb8
tuNsn0cjW18OkMFCrTHqp72Uhao0bXTHsVd9zWgCYMc8trIct4zrWWKuTZQlbaOnANQk9mVOO4cT
t8lpfSMev7Dr/qg9Q6/1Hv91PvxV++kMzoVTm2iIZzIkwm8LYdMO2x3CYClF2rwDeRbbnw6Z4OH1
xne5RU+KQ8Emq40CiXt16dRuNwrHpmWCk0Zx7UQBuJSKOouKNz21vzqod07b7Y/2s41/iCX97hF+
I6YL/Tec01/21UeH9qVxPhKkuHBwNVJydXAfsyw/4fboepNkLIIZQeo6VXow4apLJS59K6zolFUI
9qgu4LE5pO12Jew8KhlkkaQAMFsvt8ZSjk2BPknpTQUprnLzhVeUPxRi0euUev5Llvh/fvnmxn3e
K18cjiLc1sFEg5J30YaLGXYootDEJjZVNjIEOJCMTyfVKHgtJBl5e4o9ehl1K9r1YV8GS7u3hw45
nlMxehoxwsJOi5w2Xqvu/N2VKy/9jXLPJ+J/z4fuQfbv4bd3lekuiXHc63D8BeE/5DiuaQT55fDh
hCZxeQgD3lHJnslV0pEsDUJmBcxGNXciaqeKl3mRV/PtCEsRdEoi3EYSV4j1nJlUTDNoJmOH4GQG
dsYU5OKIr7eg6o6JoJTfxIi/wjS+Ez1fIQMeIiH0LjTgL+zVvOL9oyy9uzdY877v/AV0iL3VZ77f
bnfx+XLzhFFH3uiWpuH54V12XuRnD/tauLT2qrv7F3zSL/1KjL0N8eEXO/APGw78Pcwlfplm0nYx
r/KnOqJ8Wxd7db9q2o7czCYlhVGiR2ynt4a2X9pJ5dbUGECiR1RzcHBmizkYpuuoz3mfESeAFWrP
8hhrn8nYTWgm4W+b+mFHvrDSb5FMvmPvlwfgo2znEjgxG6CREmElgBZqo9q0BEthJqs40HWkQtHh
TlnqpgET8zWoAyOBKciMgs2OJg24TMJIXS4zQo1VFsVmaFtIiY1Mcf+fw+p5u8395E4+Gha/FCPl
aSnNahmP11sLiIkFLpToDp0dtYwDBi5v10PsFzwoEsaibcmVZpmaCODJbGuL68hclaOJMYeD3DC1
RlYmjfgS799C+Am+L0fPHgPO2ebPElDvp/1f2vEPP7+72aO83H/uXeYP0PzPx9IhkvZWja1vDzCA
wtWJzKUG268MeHdkDyyD7mGoV/LE3x4bF95JBCw32y1BYsl8Yycl0sxcOTEzFDZSvkLcVjmB5hcp
Qt55xTdx56N6+IV35AtJoTbIaR84pB+VstQGexcDi6GAvThfM3i2q+k68svDce1VgO1HFlnMDbtS
aeUYciJ2DASkNGacaFh4TxHMOjW/i9mOzumn16Re8TOmzt4G5dcLfM9PDb/RaT6b50XQJL5GfgH/
JzmVV6/00bD7hYg50upa3leoNcbO8sAXe2EjxYEHpbi4HjmqbcykFCNwggD81B0Sj5HDhFu6LeDm
ohqgiXc6MS6mJHzMh7U37RJ55Ij+Bqnbz6XE3x+a+VMR96eVf88J3esy3UVDdf/NsviM8/7CkaRE
iTY6vZFnQA0Zu/XMOkzTUiDCQhXwgeFiD1wVpiOI85W8XEAyJI9qb5t8WYOgLNLgiDT0UBE42rih
tGNFouLJ7w6o/QLCeAdnHpRF4LXnT1SPqJzr2HieWgCXxlYv6c0xlCOuANqf+lnmj+Godaupl+1W
qfy1fiQQ4jisZAhqhI3B1Mpa353oc+ZoZMm+I8p6JZ4GNKq2Upm5i27FSROVW5tvGu2Xkdx3iIx+
GV+9PFX66vt1V9w9CfedbxB52r7Qlrre+h80YL7aeTLpRdCtkfnKbAeX8LojA1eziXcOUHwEKi+Y
BZakaCuUXAvUznChzZ7awKpDhRJyENKmaYmSc6nBqVe7mM982RG8mXF95+mT931qtX40PHoB884a
KVXJ5ytF6ro84/qBbwiBu2c2pkAV8/EIVjR7MLI5Bi6GiYYKbxm0MuEoOFmnazCRdNohmrBe+yO5
K+MF7XTdUfkf7OYPwG6ucnI/YVmP0IrX9fcoiggMfR7cvsq7Pey3u6AOEPgT4DaEXAJfzPkWBCpE
lwldtI5BnTDTnvM3+soxBkCDKkOjZn1tHflhdqpWtafhXMsPZHsKEqjORMgfd1ssCYIhUZI9sZwZ
9EH72/DI/7zeMnH9CdfkxeyVAWyN2vS673kptWtP+AGn+yQA/AFYNucERlzxfIYdygFceqK/S+3p
qCm9iAYKDI9MxlWwQuX73twZCJ8PyahyxSq+LYj3ntb0zguCj5VirmGEFB0PyE5DcU64eGs/twGJ
ajS0gUEK606pjxFItFBSTRx7e32YWJapHRgYtXDKQwZLLbPKj1HQbAbEV1rFQUEoEuSbthl+dgmy
tHmvd/8na9lnk+fexykYconqip0sumnTmN0MLW/DCOrPkQXnQT5BhAtc3rIVY0fAouTOqVfIySBo
0660toeNvC3XMaE7zs4c4qrfMttEU6Y08urV6WtA9880Fa6QBQHlmDDGyRhwHRk3K8VXFiYxx/Ca
DGoYUPbkgsLClux1FVlqizKyMVIu+ZHakio5cQfZ1tu9oad4PCk4O6uWYeD4zC0KZP+4bmLhgWLu
AZWUleWhq74uHQ8cV+OADqlYe2Tu1kG/26836+2OxuQNtCGjRj1MgjPYc3yVRgFbDgub7SaQqzYI
EJ1QlYEsL+fTiiB7c3YKclVrK/L2tatrTFFHx+6xmvzu/n4IKBcaW9OBNjBrwaI7XS+3yRgnWMsK
w3S+KIgAjFmgIZnlfmWsxaU3RCdpuWylITkm3aIztSWpmhYxZ809H2wBbjVvTZ925/lt2Ag/oBZ8
ajz+32tCnRfAN/xt2fyTv/Qmzz5E4+nHE+w1NCxP70cwzvf2+/zpg3Z7cd8Bz9IpuvuRsPxF/jqD
+/gHsvTwsgX7d5FxPtR67z4p9qKXXUcycNayNgxo1a0HfAOUmGrY63xb7ApzkrS5LnctjTpHsRVw
ryLnRIu04vkWlnl4QlnMocrsIpNHnzm4yZxjuEFkqeSblYLKawLv+cUeEQmvWy1NlvovQH5XmuoT
S12BPom9Y+8eC2vwhwJgoRCZz8fkvCs1eUQytQL5OY/Xcn10diirm1QbOAASdD60HhZkOc/pEMPy
NblIdl0HHrrRWeCm0Sxu4Fqu2ypV2nqfbpYrWKPCBiEskhpbPumLHccZKUlWgTpuIOxYygelcvp8
vY4L63i0Ekb3Kul4ogd817F7DTsdLb2A3RkOEYgtLwipXSvRdgd9s4xYlC83yhvk7NuN8hLwUFX3
Kfv5q3dxWr9IZuCrzHk+5B/neg9shBe2E9o67JjGHhtzXlCmir9fRUmZHXp9iw6azPlmsk1lx9wO
vgYPcLZt2JOD7szEnLhUiPDz1Vo9joFlL9BZBqhWM7S7bf/1YaXPXva5ePER+v6S5hOhjaQyrwi8
kRAQyQlwkkR/cxiVTHcXycR40m7cw7mtk2pDdSHMlOhu4ZOe1LpHfjfTuKMU+PMwW+kdnvEbk5Fz
qP9TR8c/X0W/LqM8mBZU60IPubZ/6DPY3q2IEtwvTrNTYZbaCdSyWBtM0iNMTM0W6HYLLgIhtY95
NY5+L1sjyKnaFspBb2nKglUToDH7nXX+BZHw9EL3Le+XSIRPTPBJn+v1kP37xJRtCsTzrFrJQc+i
rWWSoHIOOS0LJe75Cckes3ERll3tZQFrsZrFwoCcULy+2x8oHxDYpXSc+53bM9AQHLQtWkV6p92g
Gv1MhXPvOuDXyUJ0jkHVE1/UY926ei7OvaKXeyKWu3tgofkBDkD+JvaZ81IUSfTNoO/rgwP3zVxp
T6kgcRCTOphIyPJwOCbgqtgU7CC1onZOkr1TmgpDSoT7da2HM4Yy5gsKyNqWynKnF3sMWVqVsvaz
krgFp8NPV46+jflvItjjOqBvKtOP4hkfx4Ow/OzpOfEOf8SE9wcxPo019/XZ/NPnF7KaewHkT77f
3MudF0H02UcK7xD9Rji8ZruVfVF/nUjHF8q8pVlM5KqwTA5SODeb6sROh7kYn/0bl+mkw5puRhic
uuQlrCkEpRiiZtebidpG2txHmTHMgMr0hZGB6OBEWYl2DZHOLUhugvQuLeLyw4v5/CLDgDCwGLY7
oYV+1Jr+sIhSJYVqEhlGcpWFCksbVtolGCYuu/mq8LMiCOEtbqZ87iR8PIMM1dUJQl4td8u1GFr7
Oa+ttT9ZSG5SP629/V3zlSLsDSjLgsxrmvPd7PPGEXqRto0bQHGVIf6pVfia8zrYOmSM29k7HZny
CNjHQNx0OLMnLEJQQQqdnwhRziyhMaC9282cIp50waG5gLEqyoN6kbNed9t2XiPc+58s04M6rdq3
pdQ/1Fia/R5daXH2qne5F9Tl09DUmwb7/WLcJWN153dp9oQd/kpwu4rO9CUI74ujPWA2cRVjSSCp
xsJsmS8VddNXswDsWdmGNuF2LSF7EdwE+nIxN8jcpUOtOjpLsaVYQ4k1v1ePFqNU+6MFsIU3BrM5
Pr8JWOzfx4xzNmuXfkgGf7EuvdQjuRi7hsAoFARlbZ5oLQQGjWGPJUjqPuDF0uIwLaqW7dZNGc55
tjxwche6VQqWmkkgu8IUgWYDYKq5WYcAXROOdnMSSPhXxOYLaAj+OdyS+FqlBr7W+uBvEjGilxVU
Jn85r6nVwoBqf5+atA/vjiLLy440JO2BlLebwUUEt6cRFpfbwbddjSoKPYWkwwAIdLkL1YytYBju
zYUk7CJ3pelMcmsixq/p0ZC3BFY+Gvq3cB7vrNnbV/siz/Jmw1BqsyfSDhx8rBSdoGF5vapYuWj2
IAYrprERfXRSsbKwe5NFJjPPjVIOlJijAGpDV7EIbjESjdcJQro85TGZqN1i1QrvUXPuX19jQbu2
b/OhaX/8/x81CS/VppQRQBadhXhwL/suL3RrtzKCZM910hbslhLY+YHLzhXbp0syjlGFHM0KW8az
KNbJjimdEjui7ECEzlxJNM5OFo32tW7OO2/40tl8sbXhmJywhw9eLunG0ONy4+7L5RDrfVPMxiCM
mjxAK0CDoQCb1M6FqgyQ48EMB7UN+VMum4qG27rDoYttO7YgmxI0hN/4Fo1ehM2jb3OUd9z0tygr
v+cvntfpN71FWUQ/awRfzFy6fViUR1gcfLJBhFZetoUT2WE+I9hgO+vI/2fvOpYbV5bsr8xyXjA0
hCFAcDcA4UkQBEDYiVnAEt4bAov59iGv2kgtQ4lSv763o9dd0WJlFjKzss45icvnUJ9KkOkJg7Se
uV5kGNimqAStO6ZTy22j3vUPbbmI+opRMioLCZX/YCs+ah62PuCPJsl/e+FzqV7L4mztO7u9fbKK
XOLaRsKRAwqfqBg9/zLOUanWGviFSnMubLU9lUS2SsljWvnYOa5zfeUexa62tnbYr+D1dhOc3AEx
uRlpuSohj1sD/6lCceAbg3Hh1+6LUKk3YDPYDlwN+Shi8XRcJmGQIICKDvCBcb0Uw429nR7cNZCR
ActVjZ7OZ+Oy2Hh5SeW+oUNLkjtKISgvVyrW+NHB16OdFDe3yf++JUFfZKGvoHCk4BwgvVlPe3hL
S+4aW69HswUDUz8pFR5tIFch0YkksB3slg1F4L18KleTyBxRZq6wLG/iBwyb29Oc60gG3zY7zWGO
n5mgL255U/PmLWn1ijWWUKD4eSgMEGsJB4311/hqs85KinMmPZKaeDcjWJdwlFVfg1nbzno+3ntJ
wxE7NdvgOnagVXLPbxBFVWEppFY7yiBvE4S5385XTNjNO6oiIk5KR9iKc3aLYuMsDRcVMBdBwaJj
SDZQY77JBBueHXkSnmb6wIHWRLJj01cso8DZHs2mfO8mpZENYM6tXD4e5eNbbjNPO/E/7Oiy4o0d
+SI7r/W912VcLtd97AoIRtotBDnoeJ8Nlmc/EgJPG+FGIasZlOB4TaSZTPRuT1MIQYCstTFahcYV
MvTS6XzozeEUYinp5X0miP58hrheQXnHn6MW6vmpPT7c86VUvSUjvRWW8hDq/Pw739Vyf67U/cJr
hlHaEUERMuW0KlDTgZkJVmqVrAgWqQ9dyMhLO2xTx9zk2mmAnDUtyGls40vKYG3DwoaG9QqP7p0k
3GQ3Kr1/2c6VE3OVtQQtWeIY8qc4slougU23z+eLxOGTOdhZHU8H3Z7KG3RrU33ZM2AAhAffxtIo
rYtuLFaZ5kKM7rmUhYnbgskUnEzrx4P0vnvvfx577z8eu+5/f8IZewxYfAb//rrG0HNSTU96apeW
rPcXiu4L6+UiTvym4xhEx7tzoRq9Rjy4hjKt4lmA4XtcNthaAMLargzTgeaOqCnaYt/zUrqz5qQW
A1Kd7QSogvwumhK/09xEQpb8TAcymUXZPpqdc72w4LsU0j6KoY/y6Bsa9/GjSV20xd1XsOH/vRWQ
e2+q12QB0Ov1uEvCoA72MFOpqdQ7xJpxjcyDdvFK6bekuAcLCTDpbksdumBS9vamBMHaJBpFzJb1
utFhMedknBZg8SSHrm8bO5NN8Fck9qAnEnuvxMKivTsbp3y+t3W80FSCLr0Lvk+oQR+hH/Ko6r6+
bj7PeB7O5rhgI86H+V6i9tuyRyf+5B3/GtXkRfW32XG/hII1+kVm5w9d/7473GVp6n+d9PfFNM3t
l4Z2nAcHPylLEgq4Qe5zC9c8X4wYD3SXpkFFJ+fIH3ZT5Z54fSPlMT/XQGdHURQajsdSgPV4YGlV
26DsIdaVSVvYWCPdWBk/fhm9USeDg0KFiJZa3ywJquPJGvFINpicudzFMD329BguN9soxeOdNMCE
PzsdK5XAIR1tXI1yt0C4Bb1hL7dcRe01db1JlGaUfjX8533An/vbxV1YX+aJ3w4mS0XqkCacbyq8
7jqO28fyhjlpgsHLM2wmSs48O+wdfCE6e2FsTa5RnU6kAH4aUSCMcdlspgqMPCDGNkctXM90xtIO
fxNK++2X9dq/+0uAL3oNRH8lvVkS0Ucg6Zb8giErO48714LYGB4oESktUsFWhO4kbt17p6Thi3pQ
SdKyM2OVenRSruwBSjOC3B4T0aHwBanv+BVtfi5Z4PLa1tw1pT3kt0tcloejxCObNeBBoWti/rgF
uSkl9mZ8SEZ2CRmytc+346ZroIwIdrHUwElaObwKady2suoRt9R2xYsOHM4zXRgheB4g+M8p3NO6
u0foPi980YS+Y+fnyqbIzhHc+0a9eZyOwugbJRH6r9VbztNFZ7e4q8//ZZF9T3UvCdpcsfcJ80ZY
znvTS1V3L8YJxVbFFEbDtNkp1ZJx951BO/koiGv2ZGAaLB6547w0u3M5CDWOug843vZxiVjuBXGD
kTTnFfIHMTOPJUfAfxr5+TkHPW6bP9zgSy//16jQjDLZy8UpAVQGS2blNkQKvzCjuucivUBaYF7A
E8viItTKZGS5J32/DMZhlxph5aDzGm30fohm8jlTCXqobf0Fob04v+Y/z4670GnWa+Du7I5//RMe
hz37eBcXr8DJrn4a7YCskC2smoWoHlaewu8dgmLmVSmXA7RIZOtkI8pWztO8nh2R7VLECqoBPVhH
DpGGgwVvOW2oNQGgRfBE71C0ciniRRM/IS796020g6hMvb/2eoE/fhETeKcg5Ws2bMIvYs4vVItX
ESqxTEeYSjIFGs8Kz4qoMrYny9Yryk7h4SImT8cSK1GD1lo8Q5YnhwUF30y7Ya1gRoUM2ZYvLhPO
j71m15keMMJi8ZMaMY+nr3y9JL838lya1G+y7Vehslc0X7Hr1WtB4KgNQIsdbfDioZsNq3yLR1kw
Loa1qYYeNUcMiWm9TQsS2Vpr96YOAowo99oBLj2LcBsfTeaZ5hLpLIwTg0szFME/k1333+dqtYTK
+WWW70uKqm8Vj7wuCfnTFF+/SAM8/29+ffRf1qGMSv/5cv2pSOV7lGb/NuKGj8/yH8XK30Kx8m1O
/aNR+Qnm/KNK+c9Xpfzu36B5JZtfK+uNfTDzAEzergZPryxna/MnRwFoIdns1sX5a9BRwe6amsZp
AA7Xem+XKOT0+/UyMBYgsqeBfo7x4gDaCj8y/EqPW/ZTs/mTuuWeMPp0PPl9o/VBj/WJDNZ70vox
LZznsb4PUvMTDsslv37Vl3Eeif+sHlXIiRfV5QP6xS8Nt0HzJ4P+Zhn0ZZf+yZ8fN+Zrb9ng9RGp
xmExlwVUZTmaWXGFw6TSnpbUOqU2ibrwCZVm4CrUwwD3QpAPaOgEgkq4rjdrL7MAMbLKch8U225y
A3zh+iNawSp+24vGy5v8FqJu5Dj3WqVZ0hjA+vYEKaEHVPzq1PXVER83+/OFseIOVFvpQMGp8VTA
e39PemigryJ6ggE/WJpNOS8ivXLCZvIZXYcOKDO9CYX3JEl/j7aXJO1mN2ToNxKdXjbnn4rrd6q4
XmNRra5/G+wmgFpN08fBizxutlpMAIHstqcFv1oMh+36ALamYZx4BBM2cxOpPQPTNblcGZlli6Sy
BLpTuVtjc7Xu9RqIDoQ1JOqnFl0vcKYe9RLeUpi9p+L6QDukKer2hsk53zeH/Sr1pR/O1J9C7Dcr
xF716p9a7DPs+Se1/k6pteycpnNup/fskSyLl2GFuIMmKMRQcNuDPp1D2TTjgy2LSqjnjdZ+b62x
3QlgW731pFYjqa00I3PcR9qczJfLaJRG44RMU0jVu+3qpzxPPIju4QvZ6+nSb+Z5JjQ+Wf1dkuPZ
da+9j3xqcv8bxuV7O/5Jt79Zun3drX/y7acY9E/C/S0Srn8P0XjRj+g1iCC0B0qgpJmJVRBKyEPv
JEVLm9/NIiH0Ow9QQ2bhpRRIbvG032I8G/P8wZivlWzBG4MGbGwkZxJ4WiOZ6yCOKqmnk/BxJb+3
6Cl7vtO9DGJbXNu5zAyDng9Sn2iB3W+0FoJoZjvMTqbiTbg8ZEDdoWR40HC4y1QktFwI0+BEXDTt
0azH+pBuy64/cismiuK0xeOd4350DkjWfBMvgd8dhNHnbr+l79fkg78n+K39g3rEj5Jdjz6y54Cc
D7+YV/1z/t7K2m+ah2qiNxIQbB1GRktACWe+KPjUyl2Bhbbrwmp54yCfKAVc9hQcFnJUDCqU6KzN
b+hEIciclGdutuJnKyk0MpkauaAHyjha+fH6g3jrZ5RS4dsmlf1CxNtTJ/3QQ/5xky/pMl9T6ABG
nZstaLKuB1/BrKxdUDHCenyWjCAy20I+qh9zeBZtkECfHPQAB+GOrqCZ4B9kB0AXLqrXi9186AFy
kg7xbmJ3jPTP1qLxfL+880+tn3svsuquToTbiuyJE+296bEpL7drKSA5zWqDYd4FAjartRhdrGSO
ndxs3jODJBt0i4r7iqP1JoMMSqh3HNXqMrpoTHBLbUiox8XP0GJdvLVQ8QO7S9u74zmdDX/xwG4c
VREMisg3jrObrPlapcuKJiozMHfbGNw5wj7DBGHNTWy8xuBI4WWCYjJSPakzfY+iIGETEpf5a2hk
B6OdZvu5uCpmxosiMO8lKfkn37W/sYJu4GmCN9hy/k6s/fL6w1enQZKo76Fcn5oRsoUSs+XICaOV
l040wh5DRGFtYiVGB4YayUPE8+MJ6EYElAxv1J0WZ3edvTD4Sd24NixOG9WDe/yjIslteJf44/Mz
m5+D1D+5K3+H1N8m0vMf2Ee98/WAvMSBuIKZxTqltKzCxS2ZwPccxe34GN4WK3ZkojZN3cmFllSI
mGYRxwIt5NjICqRgqywF8VVQAQg5Hzp34BY8o8qj0YK9G44fpeo/OnD3TQX4ip75I6+E3dljd010
PFcgzfO6blHzmF/6I475ArJ8dcX5YnV3P1PomyzLDz2SIve/MJyeGXV6/+POUfzLHKInpMB7UZcg
uqzK/eHbzFPoV6m7PExS96fuXeTAVw/xjw57SST5Sk4jFjRtodX8AMVhmDTHxKF0mCV6nQtIHUOa
PJGO9tACS2XJI5JxSFAi2WkzYMR9qxYQqRRwz0wLlynSOAcafq5LCf0eoeCrXvhrKuRHrfXw7N4o
oRXSRcRHhxSF83yWNC3LEOc/pCubXNqWowMiyIYNfRxM4VXXt+Iq17miBEu486q9q3rzk0OD2lYQ
F/lS5NByKTv5kfwM8hz2C6uqV0x+X84G+e1nU6wcMUEKSvJxC9MNffTSbsXy8bTSNY/iejsT1q6R
dZV6oZ/l7LypGr0PJbg/DhtalkG2jPsdsZHgZe7wR3NiKsY9/psEvF+1zQ+R8KXO0JUTqSwwfbL0
5XI5hTuuzpfHk5hyyg6vopW1nncSncue43NsaIVrHFWrMhEP2AFklkQfeMf9gqqxI71oVMdWgGgp
9Vyw1odPLRBuCbwfzu/fs8iNg0sTp7QVheEPuoebyGav+YK4MZR639bYGlsvh8LjHbfxEDCW84yc
MVaHmYBWqCiZIdbiAjPgjnNwt+l0eRMsY8S2TeX4GVfgIH+Qm9/dtvh7BooHR+alG++VD6GIM38H
VN5sBOJmotrCXGA1sPcrxBsEKuHStdihEhIswDRImsHoNq1Zh8fiUG7zkXPZDFqoYXWaIYcqg7hc
GbYhhUqfGppvtM3TivpGSeyEPdXQZJVm62X1DqzIuK6NuQXWMpgwGHmaHZNyAzIL38h6oxkylwLD
g07opjqltW0O4Hy0StTsSHO5NNve2QFeRn7wMvF1c9/Hs/6igPHjD7lRSm85m3l02LonGEbgjrAr
jCTlxa47/T9719HcNral/8tsWWoCROSuAQICARA5czFVyDkDRFj0bx/ScmirJVGW7TfvTc1C5ZIs
gbjn3nvy+T4yHMj1gJ0VKSl1ha2OdIB6WmcHKb2shwsDYGcYNpzgpCWWcY0IEGG7JCse5r4HEv8W
x/BFz/qDR5HsmkskEjQU+JcWKwpoNsdyzfjsrCADC/a0wfIdZNR5D9hGASPaAD0W7mC2YbRvuhzO
VGpNLNQ6xxvIy/fQgjanjPh3MOtfQtvXBHPH7JAnFtILULcg+VJgQAEtLeSgcLpxp2ay254hHSvP
W2GoPDvuBGqzZFiXWEA+0tS8cq5jMxltIXXsNrwo0NevLH2Vmf2diMdpf41b3oqi/lmmuaEffg3y
P5Vqvv3kdwX7YXfjlfXrqgr9n4DJhYfLMISNzYCm6zCdmno5Qk9cAA7wGIyVJpnC9ZISJ7RkAzCd
YQiv5Uk+C8TJgcHHQ5qNuQSegGESfaYPVg0Ljr/Gx39nSqp4Nan3DnQQNaRJPmejEF5cGJsK2Ym2
8YikHroYDLAlwhXglLOy7uE8tQZVuZxZxdPTMOmr6Xg5aRZXKUFihq0zhthVPgHfAe30n543fgb+
9lp/9x3ZnheNwsRoD7onElDnE8wzHX8k7QKjgx6kiJIO/Np0J7s6UZhGJY0YDyPL7lwijzEXUzQY
zGZZO4NYA5sBUwnHHBKU34rlCb8z6i7Cmy7sPy4bL9idUAwfU4vQBfTqQIPmKh7ojoWylFkH9Mg4
uGSyhx6+nr92eyROkbeIXNkABuXmtAM3guCKwGlBrhtNgia73cxvEq2+tZqqHV/HrUTuMoVP9CY9
wxR6NkisjBxV8JCJXGj8hMHHQwUBj6SI9VZl573lgycJ9GSqQLGGVPf1Nj/A63a+hm9TLjg+E7eU
CZE0dPyF2ZT3Dr+HQ3jrZk49/43o/Z41G7IdKUkSDtWQtRyRfYgLsd3PtGL6bpcbUkM73eiRwNhN
lQgCiwKh8PUDyMUAwepctJZzLgEk3dYRltZwuaYJOSi/ThbvsyyrW8T1x+c6OluTAS/aIBWgXDWQ
t9FMMxIjtk9LCT7SQ1mxjXx0cAU0DitfKB0lREHtdXjFSVKvxtZhEdQ21EhlLS1DaLH1Yqbxz5l0
t3+tN/yGQ918ev13pSfTKHoob2N7tzyGn7whpTtsZay7aIlNxNlWEeyYBFir5OdNJ8kjIyRtiUxo
dnmcSzOsbJ5d1VYniN4jZR3KLSVkCDGDMia++JcLvPCoNrdOmebxO67NG2srLh/Het0ci2VYskLm
K5bB7VFlcOtSkjI+97iMgctG43kNPdtWTcenMZTngaoNOj1iVh6EstUpCEc2NOrWZhudI85Q8sye
PgYKH1T9Q319+4dPfKU3w1dcwu6NS31naWumOo9Juzn0s0zUo2KtUj+LwoUWN9ox7bM1sXFamIOd
A9AMNCSXCp1sJRa4U6VTbJknIZwlJ09SGns4gUBFnEhJ+7UDsJ97VZ4YY57Rzgzp5Ybs82XS9B+s
r13oh83g+kX4FRhy9z2AYZD66ZfyxO59FvK6BdeF5OHwqmuG3rMrBRz7Wj0mfszy6mVZ9ntVNKV4
ttPUpze77FyLpSuWZ5SzU8bNSIkjwj4HJbLgRgHJd/4mHAMmOM1Ua4/ygWczNG9+MtP3ZxFePfoh
DqfbP9trfHhDCPF/orL3rvirLsP5tklPwvsg53nnprGQV9iBE8UaZZOuBqOVwaYOio6jYy7D2o5n
3r5q7SVdmV73nXgNWGPKQHvf8IB5ycI0MTd26hfyhsomr9f48TfB3kyhlwbFZ4Tx2xpfah99n8Ce
RasvPfiDTYqOsiHLedTjADXsswVt2AMTLa26HG2zoBBmUDpk02apaGHeI+C33WojAHA0bZmULrHt
IU61UsEmAdZ2uaAgb1DYRvuxhoB3A+H9jY7vg62t/AWp+CJBF7ULOuYyh9wuRJZdqBpNbtQ9a8HE
jtAgfJ20dYetIzZG1KTIKcIlPWQTBSOGQwF5ZcUkSi8MOc9VGTT9CyEp33NsviK9vtYjcueODTS2
Ds5qH9lwufiYuElUqE6xR9aLtiKbmfI+KYkBWgR77RQA222jJmNO846ZxZmZjQIxMUigW2dNa0mo
zYQROMQnfppYovay/+Wi8AdD0dDtB7dP3eoLrcnLXUx3KYBZHNeds+Xv7dQ5qgq8hXyky7Iozq+W
ebF2xciwScjQqicqqORgi754bqU1lH128QUzDXnvlJTvuJtwaWHfxdJTa33MOwl9/yHrvep1QuN7
eidM9tImmdSj6DEwedIzuoCqCYDhQ86UiI2eavcQYSe5wQwDV7oBxjhHTNFKtvE5s/aYzjN8Cdaj
P8SAojXncN921fR7FPnnlf7XX8A/+mbcWwLrCQT8hfrOfQF+r9jviPTOvTVMYx+kXrvj/EdrVmQC
5Q9thkjwzpRKwoFWxYhofjYAvtEZexLrQ5bbYAhC4VG8TNtZXqoBbQygO4PJkFm6qGt2H/9SKNMw
698qFt25AEbIlY+R1BGKhkucJZ/hdoiPi0XPLoDjW2HgEYNeao55PKKYT9F2ftYuqZTy6uEM22kG
rDMLcfQhdnqovsYpRLoqJPEDgekbR+TL8C0I/IFfo6b72dYnUTyN6n9PrPzLWVvCIvSH7g23C79H
+wBG+5ULE1/XmazLPQCt0aDfxL3aopqTnLlllnJ0Za1MPeKJuQDQslVXg6JPq+j2GBgh1xjPLiPG
vCxZSPduQLH4EP8KPswfv81/3oYinmALvs577b4zul/k9RDUU1XUbvAyel44P82Or2nzt8nxd+z8
t+14P6f2S+/08j26SwT4uG3ATTR1W4MQClS0m92E8iEyI5YaxuOxQWmq3IIDy7bGYkeShXHhWgs1
YYgn4OzyFHXw/HQJikKYWrxtt9E+71+lGL+5fNA9l++HosPd8zm/qH/4tBWfwZCg5w1yVz/6W+fa
P2COyrRKy/QrJu6zZ1djHIevTC1+Kn+H8/VvX+m76/zPD33eDxeWl/DvzN/fsYOXV7VzDTq7v73Q
+8/Ud0f2Ewfr9uNHbPvuWZLdNRLe30kWHzC66ALO5SrZI+QNSNeDc2nPvQeFfoFMKUpG1y9ON3yx
nhrUv/RNDGT2Wqk6T2XllsaIIH4kzZCQTUH0eaY/Cr8JgPppxmT3x4+p11fkVvYfr7jqTYMCMsoa
HKWPUrtFzrgf9PnKjVk0tZGk593EThnGqqzWVDlX6ai2cLB8kCtGqB+zwz4IErdAeJN1BmLYY+kM
fAi1+8Or/3rWX06gYPfyVrkA4qQstXoKbHQSxTEA2jKc2hDCCRHCDUspvQpyO9QhIfqR50V6ObLm
ebQoG9tYvEJCw3GipjjfwWSUBI1leMtweReZ7GvH5h9379t1vhnzz9/9wLEJL27xqte3v+sVmR0x
7YSOyA6TgNOM0jubCsavWlmGrQ1xRFA3oNWBor29VyDHae+Km+sHlyO/V9h0ZxMgGG/qSSmWbCfC
xHoJdAiFftPFet7tjDxXmX+3jf99YxcCv08EBln/9T+RlzTjl3eiXn2HJHSDq/z7V6K8xh2Lq/at
orB4OsoPX/5gO7idd3VQtuU1oPuxLf6SuXyNY+6OZy/s2wmtDfbEmJ1Pi4KmqmFEg4J3lNkVSLA9
zbMhZ/H7C4JCrr5X8gR36aMsgUfkku4xYJLTTnQ2mbSXmsf6lAq9wPxkRH79WR18YYMBnoiEfkfe
8KsMp9DrBv/Vi3LX7WngeQcWfc3sNIjudN8H+8txKx38Uy/y9KT0M7+X2T6MBFltkIJEjRkEatU0
9QUi20d5Hsce8vtM1x4525bOLiMLpfK7qMte9Xaeq42b8Pff/8ptZMDr6qm/xqZPInuBCj5xh690
Uj++c/CP79z/exM/5k28JLX/675EWWfpm81874B6FbTMWX1LlAggnIhjswLC3DiPlylGl2wBRQaa
h7BuVxSGzUO9VeW46sAtwwyb1IdSTl8VnB4hPRBAWLvaKdMoGRr9YJrsm458NadzJ2PdtMdNxs5s
MtmIAU8bvRqhLKsnvUYUnTh4bRjtDshh2qkJ0XTYQVLauHJTBBpx0xvazFJ9rSZ8PcLGM7oLJCQ/
4OzPsvzeKg8PRTqET6vAPqBAdsB770MVPNTRvT4e+F6luq5pxkeP8g6d7XYrbpgDI+kAxx9OFNO1
O08xzp2CxUvHpWdC5La4Q+mz3iikzQjVxvJYxRbNZrGWssR4x2QPSrVIP9kZXlf+l3Il/E5Z3GT6
R1o/XIO6sBpezfGj9xI6lCyim90ophCx8z1NheKWC5uTKVWaUnoup8OGFhsbPWZkf6Xbk6IDKToA
SHbsIljX0c6fCbJjmi1I9MDj0k7sufhZ1to/+/pWbL0u78ZX2tTVdYUPYZkOn+Hy/vrH2OJXM/nX
Dczg++TMV1E1btd/fgDyiQ/w730Tn1TzX/gfu2dPnsvi5ht2YTuG/fDQ959M7V+7T1nYH9+oZ/W7
14Gsd3cL+TsA1M/bXLbmWu62Em9l7XhWQc3ibf8yB8dNCM7djO89yPHK9SQ8Hk5R5TLg8ZGNrZWT
aOuMCZeG39xoQ8YodlQEUH9Ns9/LhZnn8AovEWjeaLxeHiwch+gBf7i6OukNyuPpk5CXAXju4zh8
92Hvw3B461V+FQrEC2f15Wh5d+9wHFsKWnQyqsiZ7bxKAKmaQmW/xUX6UCV4ABM9qMQJsCJMDGWq
yrZpNnYLcDhBcTJuw4DoGsNJnVZJKUMh2R6uGkj59YfjDVl8Iyx5rcZ7J1hiUvcI8JwRTk6db8LQ
ARCWjbOBCGGnGJY431ttA5rIYlqnIImAxDn7iZqJrL73PKDUJtVnx16H/BmTOSOCVpqNjA/a/x69
1WLL9A26pN09VX3kKGZGAncO2ev9JucLc9XY+xge6MvE5lCKb6rEBhamc8qzsXp5EOOKR4WXJKRI
PA6A7XaUM9gHaWV0cWUjmKkObKdf67f1vlu4b2za3dqmZWS7tphdZZDgGJVbxN/tGd23GGoJ8HQ4
4atepE1MH1aIC3siTSW+HgKcM9B6ICGZOMQMOuecsZiJVwvaxsvC7b9stOC2/CZ8iOs3UIbuuq07
LYC1xLdmb0YlB2SPS+FuD6Y4XWLMns5mbZ+Pvjbup72mhqIM0utKITouWjyrQnjEtnTV73PK4g1F
t22iLKgukP/DKR4/C/aJ6u0pLmg+3qx48dS6I5FHQ7EuhQuiBq5u29h9ZBd31zLrRHVieTiPDt95
gWYIDMqC5wOjqGGUq2YySjnLmFWIkQqEUFpUg+2Fax9/hYRvJcN36cbLzSO6ut2dO9TdxyNBnomG
/2HvypbcxLbsr1T04yVczNMjAkkgMSMmdfSNYAaBQMzDQ397S2m7ymlnptKyXbe7bz05IiXSefYZ
WHuftdaGirBA4dXRskDwdAIERtiyUz4MZp4rMmAEPLHElQMUQHV2CAiCk2TWjYsACRXCF00FHVKn
6tqR7eLFoMxcyB7jbX8cUuc1TzYHaXZ+QwVx59zPQMTxS2MB+0lnTQKQQ2uX7G3uIGEICUi16+fa
wqEIzPWstjNrpd/tBQYSJASwkalz+XCvnI9YqBPxemqvm9ERAVv7q46QWxw+YV30jRjcyRbPRXvQ
562nrk5qFObEahgBr/Zbh+sqZmaWMy4p5O4K7GdLnyUNVyifw/ZBkJErg8JjGh2i6yZj1VykdGwr
skV5Ejfj4zPbPn5LedZGAIlzzWfERSMtSHIhoQ5LR1aiQ6diDVTI9EIyjDeyTlJHHulzWYZAjNsI
q2YTgvwESYgSLIQBwzDrbXIz8CHtJ+3W6T1T+oZZCXFfQ69ZduEgEQ6lkbsLWHULZXYXUw00ndZu
vICKK245lweE+WRHy6LK00KgtbxReqjA3Ljb2n22bKwjz7eU2ogmfkGEH9V9PmJWAr9tVvJtT7pn
ZiXoTzAr+eaS4Uuzkm/8VF4yKyHfY1byiAT2nzDy+60S8tHY8JrCXlPcT+6GxMu/7q81Mnl64m+H
pP9VDkkvzMm/uRD/hYj8Lb//9bH9dxbdvxCWvzXk/xIN+ZvekOj9uMenumdxOuBIdraJvpGdPbRZ
9XF+DKpsu6Wg8dCr/cnBaShY4YeuKBFojZgrzABtRrfq1InjY4GIcmIAiRaqgpCdwZ/Mmn1GNHw5
+yXvNqSvUnwL26C6gkCELJxE0mYhVa+prAuKacW2ynxMfIDIpLPesaO1qnC833tStXYbjt1rqT3U
6+yCH9U9ExDRRp5j8NUb03cJPd4DOKsy8J5ByhsnBHnxDuCfz6+Nn7cfhH7HnwsrZq9fPjc0ht+3
tr/ie76fV/fnc3/fgb+v0PFaxP6/339PXXtprn98/Oo+v5s3w7AcLqQ8AOeBYeETlHcHj4wZHxrE
ebt1gEbi5ZWrDZnGbU2IH8kiDbodI9e+mvZ0adFgthxAoewOyZEUziAt7lr62Xn256n9n89P7d9u
yfEXFtv/9fMi89T59KMXcN2/SpdD7+tgY7TW6Eqb6RPCpKsI5GmLpeFRPO9XLGuCCaeUe5lxt3ja
jgq5EvcniOYDnHflhQ62AgBMxYVjhYTzss5qIZQ56BSm/dRV8DTWOIurNxbBnZcaGNJtXLXYPC2X
MefyXiZzxKg3V9Qun9nDksTry0IhE4oJEg0uAbXfTlrlJHCRyex1AVx0CZRWYYdh8nnC4KNd58Dm
sQrf02hurL3rKX7rx/6pmpvF8+P+gkUaguMGEHOa4o/Vge0Kq/H4Lk5xx81OwskrnCAnW8/seq80
uFmUppJPDWfN7Wp+4shzq1Mc1LPnusjHE2tR0zDy48+fxCYKvVddbdAnAuOb4wzHttIKg0zpVIpc
s4ZtAEBQmQtWooXta0UuhQNn0dwpNtAaNhJuazWrcBgOoll1dqcaHOm19vUbIHtuj+pM8TEJ/VW3
Ik8RuAmk3jXjd/JTG9jvAiQ8C2KhXgoO5LE9XdBiwPBMrHYqsXIprLdERyPWQ7BcP0hQ1EUWWLD8
4kBMoYtjquNa/HoAIPtSU0JFLDnz+IL+qgnza4q+e6MadhFECLHsFg1ABAraa3m4D2eU9WGxYHfG
hlr0FokO1NynoW8UOl0KHXBINBrRzSnTG+0MgAapM3opxWyLZz1zeqxcG4cf2tuXmzfcE+6s1mvq
W7cr0BpnrVqOQA2H20mnxJUrH6MqTtehKW8Nydc4dDsiBbM49NFHe8Ek1n4Abs7zqaIZ247LEmJM
lq+7aGhB6hdpsy8fc4b/+O/nAos34pNdj65P7VRejA91H4JnKd85+uKsl0xqNJywjMQkx3xKcTyT
g3STV21PujRoAJ3Dh/u52Z6sPdSf/Fou22mJPICkJE9MZULdnmPXYAaYYX+Qy3UF1uHTsTxG/s2J
6yld+6oAi3xV/uyqHH25A9b1k6h8ClP7h4/795fBboVQ4ueWPv+Yvu8qf96eKj5qgx7sgYwn2Yyo
uei6cKCi9AUm10EKIFcQcdBFmhfbixKvkzMkEuy4claHpN3jVQ/tusXto8uUexrYDSm7EXZ471SQ
0kgIN/0cyeKT8OmP3u3PZ+p+SJ7jcr+59Z2KpotXtq/7O9zO+Ttkh1VZcAvnatWlOLRHY1AzimDl
5ewHPkQ6VB/rVJzDSzZ42XpXOLs8q+FrIsux1rmwg9b2T4RnOzVfNuMYDX5zBg0v+0Femu8VXhlE
4Yfzs0730MPR+jLyrxnd3sn9yAoe1wyiz5JKCj25lX2PHgJIt+0tw+4U9rjaOch2Z2cXKMstYAyU
NrF6l+7XFKtms5bm241RpL2RH1VvkMkeDpBXL/reWS36dhE8WgeH3xvbNltePZBv7No7u7PdtYW2
N5FeQtGax8s6GpnRWiFaohMj7Ely65oX1JPxRtJnZz3utufj4NlLtNvIB8WxC16bVxvWbsITGltg
3F5/SH2fEvJ+S4t3ckPjwuuuZ/Nb1ip3kgZsUSduTtk5k5FRYDpDFIgkoBBwfaqPAVyVAiYtYAFd
7IYpWiN2eRA5CoEJRGjFICM3+otgy/vRQ9AN1aQEwOl2/iAaKQfYewOJ3PPXRvghE3XanGW/o3Rg
MAk30jqR0otMHaOF5rS15Xu4xAwyqoSAbiR70xARoB4iRerQahSiVZ/vK71HorJSghzvveSxkVRN
dLNx8pLX+brQfR+hE7QXXTU9E1cUEGDFglY7tCLwekg0NlB7P5ur7tg49drbYqnsJbKrUHVYmI2D
D2M90FVaRwfwiJ4IYLYhgpxtOzS/x5/uITfC97Qou3Vne2pE+epLA72X08OFuF8hUo96WxXWQCRi
lQmKZV+XItIJx7wblaZP47oOoUbY2aOMcSmwRtNGNQqOdUpDJ83uCMso1VjOGSAAaZ3ufpGyx2vn
Msizz9ob7Dl+uuIW/xrO8HnF80uU8dFQPPoCYz1lT9/fj/I36Mun3jE/H57UDG96kN1hp8ycaySy
1Hj1UE7Z2lGwNKMowD1OHs8S2n7xcZnCMp09cJGukEdGvGQNWFjnGOwdMy1Hs0EUjDepFiyJCZjl
k5bzP4O6/NsNcZLvDEb2hJffSOrvRMHNch4gWfOgdCqGHQ+lmeqkECAmY9yErmdPz/X9pPvzqB4i
3Jo2pK6zQY55MT32XXYEtb2El9KaXmUREm88dcG3/Y9S7y9e4xVXrBI22RCBQZ+FyB/ys6/K7Z+N
FT+uTOw5seJFQcN34P6HOQ959SHOnnB/15fXHVax14P3piM4Z+1Hi6x3zG4TRbc+f3c4u++oNYej
fTnAXKgFY5Oe9bHkSlUCj5tyBjbdYgI5DtUbJMpCdD95GtdK2aoZKziDtmht9Eku46FPsD60JHFA
UFp0UC7rV6mG/9IWql+YL7yiy7wbLHMw1P2cSiUhrkPQvpieRbN0hy7Moa+rOrYDVAvVVBV9nLo0
Mt3VrlqodkbtmynDsKJaVeZSVH59RAGq216myVjGX3SPkdwwbtwXH+LPZm5feTvcKp03ZPqyI0Re
eOMXCcTXZhJZ+8Hz26rou+jlbzXZufHiP3Ym9b4JuuUbF6/9gWZDFrhLFHHDGoBOWEENtQXbe5G9
DmUWrXqu2Emy0HoBj1gdI2Y9fbYwUW34AA+4gspxbyR21GlMbPuSHSpcd9OzsAw/6Ib6xageJUD8
9p0B/DaNeyOsN47jnfyDmzI5CydjvQc6fkssipAXg6yMZzQd2MY3m7BbXBIzCX5/2E2DwMWKKeI2
riLbNES5Q56me9Xd1pFsCileBxLmruIfzOLm63vgsx0K9stoJa8G9c///kEePTqG2yw8zjWuriAK
c8S1gR8uiqEz6HhymEKwpbQ/I7keDCAGGyUSnTUonAPNxvqjI0ancT8kxLod/LCwRGDjroOOfItH
8dYgf7+iuOKNXkHvMNlWFOjCI8We8KD0WDKh1+NCt/CqQFzMYhDIk2SVk6np3YhV4wYZc6pQDM/v
thx7ULFt0iSI5G9LW6Edag93GBBvJW58bDx9GdwOzA839mTVd49blUGyZbHQwVPJ0DgMJTxL2UyE
hEYlWbz4g+bFCkbonbgFc35nruQQuFj6VllVewwb5dXQGaq50+PQGvJNyKEXaBrm408RO/yc0uOD
eofEax53rB6xkg5Ue1ZJj5/2k8tvNClKTqQtMK0Iug7IYqsW1xuqhXlaghu50229HYFqcKXc4TTc
wI6+y7c8o56jQT2pyXgN9kNJb+L1SfQ4JQfAd4RkgLiTt2zv1ADQb/S2NENSGXrYiUo/6oVe1neT
a58SzVf7TXqAsYIZWjuuY+ZcjkUfw8oonRaU5k+xqAYZpP2g9/YVE/renz5fT4zdbwigT/2hP3xq
F/2y+VNwWxpFdHNv7Zqq+HQ51r78vk+99kNfZsFnujDyTd9F/3QzfL8eo1lS/oFI4HuEZuhrQnOZ
fPjsTnn7FchL/RlvZb2Xad3XR6MPXvH5T/g45l9S9PvW2uLByyopSX1pR8DrXaO3XESO8GqoO/TY
rvo6DSK8bErQYcZkVJw0aBccBYsunJQ2glOQivbOCW+LZQqvnxAJ3izKxtiO8c/lAdzGGtyysubD
J0T5WjZyR/jEzRsVXUkg6vIHTWFNERwh5cjrUHHZR9tmqrqAt4NaXodl0dWb0bHidL3SaCwSKhRj
Yu1SQc02z7BgFrK4cyEiRTbvQm9vTjnx+z9uu4j6+M/HWuc/3rkG4qoIr3F5o/77DqhwJNqBRi7V
oOrp9iAP8Im6SMqSO2ywU1x7czCavtgv1YaufUHnnU5HrPg00gR2am1LaoR9OfLLGYROBSVsFNlf
+ev9D97HfXwFfM6t75PSvg3GE+vyqx8/Yi/5UY7w3k35DlXaHUxA8r0LppHfY0kzH7gDqYCOC8aD
S4/6al5vwz2hKR5WxVR5OQQDBMgGETebPbMKYsKg1yumHaJDvz+0R01bbaRrSiIKjxVtn8lYHnVR
bgk7A5ATetJOdUZCI84UMsVtytwYWUCqz9N6CdeMuEJq5+haqAP6MHuIE1Xc7mQpYuwpVGOT2ijw
uUVlM/Z4VnWT/9tNea5xfSNhuuFG8g5ujJcTvZsUMd4BzlZMdWqJ0L6Uof2RTY5jZhjcAhOUtdZP
e8q+pp6WEQY9kreXEGuxsWM8eAbrxtIzhoHsoLDaHiqTX1Xpvb6kug+Xom+/684wKSr/VWXNXQeA
cqNDi3gxEZf19Gms2N0gEubA8sjuf7i70uZUuS39V271x6ZyZRDEqv7wKjIJiCAoWtXdxSjzPP/6
RjOZxERPcs7bfbsqH2KxFfbam7XX8KxnUR21ZetG4QvWgaFZxYRCEcwg11WsAODD/bIUw305rTGr
LvoFPKflbM4DnsRNf2g7vfWDrpg5XuwMxoNbXo8qerFrD7N8RJB+oO58ycki7w2fi2gkcnew5de0
5L//vlfJK3TdLO7cH4M9Z3l58X2ShNXcpGnKmM+mBbTtF2NI0hY0gABAORVitISolLdccrPHEm4/
Pu4VKtXGjYgUGa3q4Cb3S8PxkaLXQDm2o2h4oVRL5X/K8R57H0HC/wpa7XVB3vWuPk/omyHkyTqm
xskKIeoDBSOzhTtDG1nfk1K6xLPuuAmMUtF2c1vbaRG5lTUOgFjF9Jhdw7iFX0NKtAOFo26yNeaS
Hppq6EqyZj822u6105NPQTPw7WxnpLhzI6zDGQVZYxFNsq5eAYeWn+0bdslNjFRoj/tsvZgmwQ4k
kCxCKSqeBDgESblZkfNGT44yEh9FKiGcAovkelLa0k/ZiS7xRN4zvukdO99fRR/pudnrwejcuOcU
KckvADaXjuApan+GXoVJElTpdUTV66gnLqJnlvFL3pDzg584k4bnK07Ngk47+ZP61mv5vMdINfxL
lbzD7OCHc9+pi5+A3twqTBo7P/W2ONUmFtedz3RwcQY9HT7l1K6MeJ5O6AX2D2K9fwBUNmzyX4KT
vU0efEYHcwum4VUdTcHkONEdyVkXck7DTbmHWb5KBbcurdzt83YOgFvTL9bpZj1MwtlbfkxTdKF4
qKAvKZ+FfJFj1hKmKobiT5XZp6CVsLJFPXi4OByvTs3VoxN/g55/QXeHvKkWv27fqQGXxhVZbkuD
Iej8SDUGPnKnaIrImqSxwwfLmxSI6RlC6QLGKNv3IhokFU34B1ncwi5XZhhJHkWaOUoqxjcgQf7W
LlXFmaLpQc9zvXsxLt4yVg0Tw8/Xr/X7+RtTc66eeg+pFyefso3dBKCnYOpW9loPF/gUQ3MsMhJi
zrPCThbhWpq1wHYTa67CtTE1Gm8cwApwtbcnEDhtppLjhjUtZPVcISls09KbUjTm8xH/0/ZVp3mN
3MQOzuKdvpfTYNQ9Vg+FyfH4TFD7kbz9US5XFOTpysOgSctHSbxLgnwl7sHXHjZUpH//0BezsOqx
3qU13OxkXZFCSlg3OGhsllsabkcmZeCHtXtiAj4ygT7dFElAEKJ0TGvbXtt55lkHMVegsZdmztKY
sLy5Q3/Edv0beGBPgnliTUvyLyCPN6JYcaTAChiGvtFa0sEp0iJOpu4xpxHVyzGuQHXHKyIMTpM2
mwtYsYgFslpHvZLh2goUySbj+MGohXyJRbKOxLBVbyB/qGOM7tdPmwt6F0p9s0u+28wIu0vqxYMT
6sfvF2gX3NKBANOW5vl4IwS1FM8Xq0XpjBUt3bpbWi/tCiynEG6ECEjFBglH43rFa8B2Z4+s1A8N
gKmO9L7fTSpJY6Y4syb3vwOuM75z+q+R82+GpHDZme5xZDWXbSFuwSPVz/AlG0kzoiiJ/U5NQztd
6NM2zZumjI7kQaVAd+Sh7WaGwWg/H7HIhCzzotlsFEzU2kbX2aX0rdzbaT6dnsffX042L7aNyrik
yreIjDsjfYbPmIrsZ0mehoVujGqcmfekx1ZBk6HeiCSANhJ3AOOsIVFfrAF4GRwVqGN5ZgWLiEqx
hvnzYqI/T4HyTbdukLgb5tUXsMQbAgdNofB9lsBZYIEI43EqSlbRgSKj0fy2xw6gYctV5bicDnKO
voAbupnZNeazfK8VFjKq03glLaNddyhZls8EaAXE6Pdqllz982TtTaOsT9mohemE07ox7GwXG1K3
4PmaqzaSxZtZQez1Mc4hPbPphVF13FV7n1/kOKu16bbiJxXBMw2K2brHt4Rcuq7YO+hXgLWRdkH6
f3+65ETTb+dfNQiEbydRmVFdBahCkttDk58SJHBvW1ORSKBqxvJC2IJLUjgSMJb33XKJrKAa04KG
YbSlZMmwlWx8k14LmMit98ny6IBpuByc0h+yLg32TqmHr10CoZ93CbxognA9gXaTsZHbT2AoKeLt
cuSqeAPTaVFBfaxAWOTvCnYbIlm6VGvOR1SkddYZtMJchl3ItNzp7n6/PhjK3NiW4rqab4ndRPBw
xCCOf7Qx+l3H5kW3oM8S8TeC1KUApVsdqJBDJjVsoJk7x1XDPcLsNohSxFzheLDIMHXsBhoKF1O7
7IJy3XVQLiVlkIN2tfMiwl1kgBRI1cLG46Ma/t7U4jk2cQ4tPBSDKRKXnvm5S3pT0QloifLhMt1A
KiP4dSNLW4ti6jW7oW1+1q7MfFctA5t2Qa4tMoI5QCKy0g7qCG8n5gKcL0x6hwd62gqcUjdhlq8C
JriLWuLGDM+p77LK7e9vc2JmxDkm92NiLwX8Xi03K62V1ioDHzncQbyd3W7DIhbsBUD7YSGBWtFB
pqgB0QqxynafRHIHQ4Qn9iquug0mNrFJSn9nxuENODHNveilsdTbur7CTYOnS5Nv2KTg23jUi7d6
8o/vgVa/DyhdV+DwTYw56rdjr1BEjiRQpoLCojEBtu1KOswWUUNB2bIMphm7wUOI27YVI6JHFIZV
JyLzEmLgVDCZUZsBnEdJ6hzXtzt2Nv9hYDurPDN4eLQlHunooHcBrlNz7wc9TOOvmn7dpliGpvd5
qpeifhuyvnzUz/y0W0XNVTfjZX+3XtBlOWr6padbIjrT9gDuHnDQ3aY2JnRefcx1mdxNUEhDNoYr
1zRi85y4XwH4lqwz3nSQxorL8fgw3ow3s3/txOf5p06w8rb7shLoDppTizJnfqpI1DHhhZ6AB5se
IEaEsZlUMg+Gu6hdsEqURRMCmFCgaEU+VkxDTA8PJjYjec3N4+NRgAl7t9EYWrQ0eF82P9zg5yk9
GE/2CXaVnmf86+jcu87rd4yS38yH5RJfBG0sjFCRCC0mAZqVZqTb42KwuKEJoQ7GLzDZJEGjB3GY
TQhrE6duB+6QKa3iVoNONY/QIkpbHMeOXJmBJHN2I/1CfdVNEuazk3SHQN4057hu8d9susZyWlqz
vR8TU02ZqcZ2bgoOvQHJtc5q5Q6rgT4HZDkF3EzlyTQBk+agt1jTyc1aXBo7o/f3RSo1VaEUzjYH
PccdVz+0gt+32h32xzlp8Y//+Mf3EgLgJ7xPV1XCU+X/cCifsibhqUePV9tvwr5vlcbbgWflYbfn
/Mw9a2jb9gQdf2G13FISZpe5i1qDiDEWagdzmxEpB1ClcDLNWGGFjRYO6hdwn1RqkdETFiuo1ivZ
QWdwew6ecpYm8oxVTXt+XFBxspXiTH+jJF6l9EoC9KYfwrPEHrXnhaTuU7DDKievsnrTiOHqbQaT
PbcH+Xx1n6Zp/vk07nyzX73HCbpZheVp2l/d5vFn/5nkx9EzEvRDN4j/vFkh/MXuiM5FSqHed9/H
vuVcWSeYjmO4MZhJiGvHtgrw446Uxv6e40s/jde2anETF+x6jY66udKlg+4LiJqh5pmjTfdhkpOe
IGCLOBuheukwQfM3sS96UZUPf6cIzRdYohuW4jLShAPWVPUi4j2GjMJpF/SZiIUNZSQOSNNjNjBp
nVxZhLxYRMI2jrtJgTIFe2QIQ8/ABha69eCmBa6iHjcwr8JrZvabCKah6T1ieIXNfJOeIpjC7MgA
8Wzc1FRhagRfZ07BELmfU5PO0wqpYrf1lpyscHiHAHqW9pVqzQ3H3ZndiDrIyGjMHp1QOHK8WNTr
RU4Tyx+STn4O2zlbrOfHh+6Szgts6JvBoGBU07o2Hu1DHdn1nUDUiiRqe5tl6kzkyjibW1WvMGmf
Sod+VgSc4B5gDiDjubcRpj29SVjKFlKNa/WxtbcPrJR9bhR8Hf79HEpyktINUo3ldtRVxy1c9TvU
E+SNd5h1i1KygLgt1di3+RLUzZXVTPGA4/O6krfdHAfLQiZFctLV9Paoh+4Bk1caEZFMoHJzrrWb
b86jtHPnxBNhhIkZFGWSfwXgvXHMyeKOo5dhMal5m9KlkkXcw5ZYioGaHEC0nXlwCWddIYytidVs
udyJUF8Vs52LL488P2GrFNGyJRhxmnaomiVSgIi8aX5nuvh1vs9TvcZpfjpUTrgM/amTNAR9D+Lw
85zxtfUZfTLiq8VDbr9dos+oFa0ZzNjWNvMWUiioVLpN7fOhteZ7ebPfa8smJyUW0BwGXe72h8TJ
weNW2I4pXFMaAhhvJ34SLfZBTcvRYiNzmfR/sUb2VWQn3M1XYsMH0+5GdDEp0TkKbJNj5ciO79rW
TDswEbqqSK7bH4JFt00Vf75n83avphuUZh0KLhJyZBXWiPLm26wyzEEfsaSSCBqP5pXQuP4f3/Po
ByHqceJZL9eQ+xEU98j5Kxmjt1mIJrGOQ2obhGCdBSAxX4vouu6UwNKXc93uG3VJF4LYT3JvLWZg
viyByQ6BPD1JdYEldrY+8rpALepVuG5HigkILYGM7pfxFzNMv2TdRm/bfY5I0FjoJhynB00NEBhn
FWJM10ctjo5OlIJR5yGGuWp8JHOa9ayVuR1ZUW5NUtTEtPdsjwGQLx+A7ljx1CxSV2vSaf7/ZgG9
VLes/FQ/8ZkZcRNEo2dAia5mJmBusPwgSdsdAbdTnFhndMlxirCwxrSeWDXYbNyYLS3uOEIhyw/o
JeRmDCB2oFcvnJIwNjwhJQbeFwkI/R7ai7u0V+p8jtjHbmI5Jb/bgLM2G8trNSPD+RqTYuUA0NMK
tciUV3dBNi0i5lDgW2Us1XWF6EyGOnPT3GfwPDwaZrBrpg2fg5sUWk7EciUJ5G/VV3+FnpHC6eiE
F3rBMl4WVZ1mNgjh1Mvxuds19q5pyfnys7IbruPvavBeWsT/1+QNe+tpz6andoIPcTLYAN7TIOxO
unW/eFqdfytyc/SOkfq3n3C/0GT9Y9fuk1g+2PMvV8Z3JefOYjYGm77RP2VCR2/XlzJLvrB5S13Y
ict67pLVG3DG6/SyR+FMweIViKVLf1nYDeBoTKXRy2Q6rqowGs35LJ+65WG2P3TDeeu3CdgD5REK
dfmPbMnXE81M4tg+V19fb5vz8RundpgP3iedSj4Z/npgQx+Qze+/8Qzo/WTcV2/T85gySZNh3CXO
7tqoXDeDM/1eet1+/uvSgB6dP5yU9qUpfTm61gszKfS4TIbBSX2qfdWHHaQf7Zfq1XeAwiR/pC6+
KHJ7tkoux8XdUyD6+mO+WtSvqgL5WApz1UG6Ih6vfAiHN7t0T2BFx2vtx6XG3z/WMC710tf64TfI
Ab8682obSTV43Q8XFcLQPQ7KJWoyT8rEqBy/uI5jf+EZvQCVf5jSE6/Aw1nizxXS4dMu+iCq62bi
xYBaP3GpX0d5Pl57OMHmnzHw/3tO14Vae+tsfZTadU8Zv9ld0ncVRUVIL0xH8EJQJtBwsCYZgaC2
xOiFsGRAmQn2bRO2bI0AlIztB/+ZOrANSfMtF/iHPUmFhSesWKtRM5+DQ575YUT/vlV+jfifF/GN
o/DSY+70PeTDhjTtJ3aYYTu/r014LHr/77frj3yvgRd8YbdOHv//YLd+Z/U/POM3WwK4gazhKrTz
l5SF88ViCXfS6H/Yu64uRdkg/V/2ctn+SBK8W8QAJsSA6MWeA0iOEsWL/e0rdqttQLTDzHyzfTN9
5vAqvqnqqaqnqrL5fLMzWFoR1ZjBomYPSAqwIIDEulQnCGIYV0J4buh4j5Xlmm/P8MHawRucBSRJ
AGY9lfp8OOddNOd/sQfrML8DYiV+30pEWpvC0xBFdCNStzUBI0VqVEctnqADhGMIkBKjrUXb1Kzb
Coc1MI79esN0x7LZJviEiBr5NGz5fj3ehHia2XQUGtpSwL80yeC/zcBZgStJf1HkN21zRXM/jSlK
Th2ygkoHBfJ9JfuIur6PKM6VsKS58UlVIE+oa/ji5bdHF7Wqk9A8rs2ZvpLzuGA1HW/12Rce+jLu
2dnnc7iRTH9D71Zg/ePzdzUad6NqZaOKduTRve9aSar7tsMllscrnWvfaf51YtBVV8Vi2OlN+xVD
L1DCa7Odkq6M8cu+8+Ltvb+EGJffHAXOG7S49dFYCm/r6OJgr0xNC445voWh8DQy2SfsrJIdcjug
5xvopUj3eCnOTVSSFRL6enjQJ1dzfFXPxZk8Vva8oFdVgpVcCg9VYIiPVU/8IiCilLvOLg7obc48
4fX7dTfH3bY5RjN/jomtJdnEJjLjWOK8OVSw2WqzIepUO0LjrafipDDSScJvc7i8cblsAMIqARAz
e6CmrRyLwQhy+C+VroohmV6hgMBXwbazvc0DtRa+LUIVKbztx/wNolr2/aLS85s1hJcNU8I8iE+F
OolbY1Y7O12X4p1xVcCwgsQT7vD3IWmq9BecPrZXCQ995p0T3IgfNUqPeaNXRXA/be/uFtCLjmWa
rio1Pmvu2tLqODHiM0rWDZy3po7EJVHwMT18Puhl99t3NmR+f3C4g5jhqsS6fhuTqXK0s0jVOCq5
CX8QALj8TMEWQG8vQZXVvpfZL5Gxg6plGcoPGfbHqlVvJt2Vyrj6ZXuB4UclMOQYSjq9k7xchtOY
IJGjRL59OldOenR8nJtXYfhyLD12BQkuU35vzPmUQlNMD/2wp+Nm/OzGTC78g7spYaXorZB4mqm/
aWvimzHcgwgtVAP/gAFu/fDEMzdadFvLvBtQNGHYSbaDXQvdG/rKJjoMRW4PvQccAy+6XeDA3EFX
392p2hdPck+ZK5djDh7s/fG9xIarUDK9UuSomU78Tp5ePw6jctjpSHceHnyNN5/dB8JvlbRL3Htx
oafsY7WDp6F0kOyuXGmthHtounjmvzO5rz+9dwa+duxS49so9VUXHLA4cqs3+2tw4FTu4czf6O7O
mqk8yYM4A/O2f9uT+QjM/wr/4u+E5SeZVUbsreLm9+P1QsMpjgs5zdxkzQG+FlnIp9Ss1Y2QRaoi
OhZtmnidh8B2EiyYaTpdbBl8FXStupfOcXRCKImM60J9M2jh7REbjPXvBee6H0VmcNBepXBXc3x/
VTnqIQS28qL731LUh1djQ02inTCIw9fkqRvS7RjBUE5YHSnBVmGsFB0SSy7vO4hxUuo7IBHEaolh
8hw+KBPBpxGOmr4JtSvNU4UTHgIBj6j2SvV4T09VaJqd0C6VyBVaaPejJaWktFnwsk7U5DAp5F8i
YcAP8peIatoXT/aXE9DS2m1mi4v5Utr2p5QCEeRkQvsSQixHDU7z5fkqaJptjmivRxSSR7YZz7qs
IdH6ZtgjaQB0Bo3ZtDHUBLaZ9s1fz9l7x1+q/WsUxw+T71sX9HgmyuisFbwEYhkvsN6UHhrquKO1
2htPXQnYtm1y4yEMLOAhvk1HU4/hV2RrOEs1qdlQk25zKSPyEPTFTNwk6Nqeis1tjhFzLKXc5rSR
/cqsDcl8MNXhbN+uaC2ny1XUsn393/PMlv+Ba69hOfwtIkc+tcMHy6/EEVqrDDMlVpscOoO6vDAR
FqfY9WhUz7ROR4Q2oD6m7YHfXnG8ttmEbR1nFGqlTQAINMMe6QY1ldh6HDMfqxyjztd0JwNW1CiL
su8JM1W5HM88cnuE9hSt5EkWiulpJ78lUvGBk2PjWV7IpZ9pv+Hg6fSQn/ND3LPV/yTG9/mBP5do
52tS0vcWru+gVkUIujOWRH6DWx2tT0Y9TWKbTZxLApllGmHdSomuJ7lOPW4QTi2FcHJEceJaUxJr
MPCxkSGzEa7rY1jkmq3+WjKmyJhMIe2TTa8KWaiYJw9PEYPG/6l9ds1+0NK/Hi3d3dUfsPQV6/mD
lf46rHS+wRfS9Xa6wk7eVlT96zr0gANUY9Vie2unvbFxVhN8aia4+pZQZsS2CRp1cQmtt6ofTRh3
1hW47YRP08VkMRfttkgDrNbvTVhNM1IoEpZJgAcfK6J17e7/aIx8RFjTYKWlTt7ooN1xzQemBsp3
qabjim422Mi2FW3FMMcFytImWp9l12K0UhcjXxjbAl7vtFsq72+TLWKD1hiYkcqMAflfzYn//jDe
A4xa+V4E7fmY231X1hNhoepIzX0yzj131L3gRGV0YTf5i+ayT/vwq9309/T9/wtH/X53fzTeX6vx
fiD/3wX5f8D+96zkj9D7S4TekYT8Uda9xFsiLloRkLLUDDE8pKvpQScG15Gm9PnZyBtKTrrlqY5c
vFYasPrIliTa06lmspFjYhN3Q9ajQyCMkVVTypSWP431X455Hw3Y/vcOpMn+Zn8bigStFz0PjlgH
+yY+uR4Gu9+khodcU6goP15CRir4m9lbDwNon299e9z512FP0sqv+SL/muzUIsj/nrIF167aXn4o
f3W/Sft0OcV3Si9UpQ25XJB9xPHgeY9ZzzzD1fW1K7jduK2J/k46+GaK2ev+DMdFToigJc2pvuHA
ccNtAAPfEHSIRNZNWRmyug7JljO32DrC/7mq5fxolwihyrpobXYsoGNBGa83naw/yQfLthSuF24j
FvK+bbgLg+l7i8aKUdAl0EQkojebDTmTJMGZ0iYsCtqIvaBHOGi3g6R+o5uL9qLztTGZYqLgfrZW
dKRlkr8iZafCgFcMyduZhscq1FeNZhVfDZVjLt1FP6Fnpdi7C1IMJK/SUe6T+z5lIn+CgHfX8K1I
ka1MEckO7BXsN4aK3l3EH6j3V0K9c67yzfanUHVtLsnNBth0mGgQQXQBcI0Q1ojRpJiGsLSbsLKI
Lz1n0bcUhI8sju5Fu21urAVUDocZ4QDaKDQtAc7DrNXsd9Buq6ibPsh+siyfEdlV/tP7GQZf5gt9
jCJf4RD9KJn7axyajzgtP5oE+Lsk+YUZUIKp0KqL3shhmlzW1GDay7rdbDMzLEPZ0qHTH4Ac6EXN
MZs1mK28GKEctEL0ReQuFcNtzIXObBUZYg2YrrK4yTf4LWWA80UvAvXG1170fccwyXX924kKr89l
33ffjt9lLthrx7HdP69HDPrQ9T67uUloFgfl/AIT1/kzpw5uB73/sSu43+urxpBPpWLczZeoiCpY
vnng7SJPJ/D+gbfm3Up+tD24JzZDZDsNNrQcJ2ojt3ozH+YokuXCJCNdToh5NaUiXPcAFEf8Ll7H
ViuOqYdB1LPJWujV58FwBKwiBLC39pwy+c3il5fFUq3o2Hv5LD1TM53XU1lCpSqeH1Ps9xoVewLB
h/tWPyXHuDrEZbrvb0yR+olecLbjMH8543TDv/e8VRm+WNVxW4yTGoQr6BYWGHnY3loZ47W0oO+k
vMmD/rzTlSb4prdmU5bqiK2gI+a2rrt0sJgLjMTzG4Hui3OZ3DRcGkq5oOZBOE99vZCuEsJvacpH
OY48J6c/QHh8PFv5CwpifSH2+4i+qcSLZZmiX6eonkinfMCDeTcK/6mcj/uZh9+UW7jfvh0UjcuT
Cz+VOxiqq0QpeX25Cn8gbfCXIew/mjjwhIe6xPn8oM54y5O6ydclqmvE5oDS4oB47BL9zWTQ6E2Y
ugqr5nLu+P1kK3AtgmFQfxXNVbylL4nZWILbE7OhCe56Q0TT2LK2cJqljaErdDJWEKQhFs9/MXP9
VMoFvdQkhbWvH2sD1Z5Omjt0tNl7QJ+xmL8p4b3Y7RfX1F9vTlSW+P6tydSfz5d+kY9Vfip9srX7
gg0uS2vWj/IJrhZhF0N+RXLzWa7gdTgq2IGD4uQU4Pn2wTnvNIZfziEqhOKxpgr2Zxta18e6tN5r
hTwjuHnbbY65cFLDsCgXGlNG1en5FAMWXN/BJIUYLIPlDOHEEezVQKpFNWEsV4bdbX/WYoJ8MV1z
msA73haZGXU1N+eA0qV+cSbOUzVOv0/EaV4KSyW1HL5Bvh1qnJb49j5fl/T5IqJ/yH04D74cNvx2
hUi4Mvgio3F7RNWDWYhs6ZlJa+MVAmS+jYD9xmQ4G/S4ZDz2bWDupCmlt2Jw5Mj6aBotZ0pGcxGG
st20r08DSPXjLPajFu5Zif5E/7OrKMjxCF9Utf7MKv3w9P7NPL0Ht/aHsvdli/oT0v1LQrrFLv8o
jAeX5kdL/Nu1xI9q+KaVvGGul/XWq4p/iQaGE2BXa3a6dWhpgiBTZ+w+YS8QghoHkKUhaYJYMxYf
zYTGXIv8KaDTNXVag0G5BmR2V5x09Cm5ZDwzpThnoClD60ttMjO+ckn8OWf6RzP/JZr5GKG4tZH1
6ntkGQgti/mGbQIpavVdp06vB5m1mkzqy7EXdTS+0xlxmupCoDEF+zVyM1Ono9Qg1v323F4q7MBY
xh1A8yZwrKomucGSTuNLafX3naI37fPfdc+uq2fehEcPsN+ciUS3kSzoEDMEN9T+0JSSaSb13MbY
DdHE8y0EHAlpHe2Crt4k+BzQ13Uw6A77Bj9WRdjkWH6BB7zlQohEd1Gf0vIB//vYb4+6pe4U2v10
Ndkn/EsPxP4+HKKrLvD5cVf1Z53EfxYUu64we/M6PYAWQFAYLbm1zA1jBWaGsQxEjTADPLZjWkzL
8ScuzKF9YYz54cQxGJ4UCYCjbXWtqO2GkdSgeDRQwWmmU6PQTg1AE/uA/Js9uP+eq3IvTH4/anM/
aPRI6Odr6JuhtNPuL5kUuQe2wPlXnO6NYx5/MPpMV9LffLd+cPqfgNPv1QXZY7kKA3PLSmarI8Ik
T003ujSBwBbHD30fReeQGTnjFtWglI3YIj0iRwYdymkAxiraiF6tCxmdpa6S7FrgjTkZzVkZ8Ltb
JG+lXwrmKityVFXcgCv6e51JumOenqbGRzIecR6fqYi579Dc25e8nY8LdpYZFfVHnCOtCSuRffAN
Xa47vlwSCvuKOhvvfC4FUEAuHDKxmarvFubaZVNknp6eI//g52lkRdHa+OX997wcmHPog8Sb33rP
zkVexcG77eZ8T5G6eSEBGImYBtAISYY1cIEaCK0OFqIzkc5bE1Zvzgl7a6MNixWlGtoU1kLWJzo0
Np2jlmoABLKKFaZeD0ZCkEEiaUJWDIB2mfeOndD/8fzEj2e0bIr4/SmiiksrOKOuVTSZmygtDEAb
gzUJFOVBO+CFbdtvRgLELofMhG/mlOigSm1gMXZbxOw2WkcQrmMRgzyFvUlrpo9jJRnA1JdO8a6z
o2j8h1QQAJLeSkc6aGdI93ivLucLLtjInXU4RbQOh/XGMdYFSRkNfJsMp/h605m3cWMzyLtmaxFT
GtAW8kXSrBtjqbkWsWTUXnRrS/5v8XYoH3B3vDU8RF7/oP8Qbw0Q39wf2DNstZs7fibdyvy1VUUn
0SWRbiC2LYNtvtbdpPG6QzUibsqux/NU57e4Cqih3QC63SbeD6MtHw/8bYthay3b1Zd86nWYMOgL
29ncJuJa1KVZW3io8XbB4y0n951L5v98aJ286E7P9wpnn50OgNlYoSNhjm/aXqsGRvVZD2awxnw8
NpGhn9f7rrQeb8YC1Q95Bs1oOlwHg7jRZeDu3I4afAAtu83VDmtERN5xjWE/pL4j1+CiZ9U3NZJC
v6Bk7QWbG3qazX1O0UE/QiOsIM88yo7xopcw8Qrm7NGugS85tVEsucFLITBub85NA6r2xxpQP/SZ
R1blJxD6rw2E/tBjvmERf4Juf0PQ7XJXr3XgB7d3XBvi6x6jb8kp0nFqGD1Vlho73YojflHPXdKR
+3JNyNuDSU3S4V4S0eNlZvPitDE2NjxQRxUb7aFS0+jBGWvXSWoQD/MvlXCPk2EvtPj3p8TcR8wl
/lnkkQ2PTj3PynygFTWITWSMb4ftZqa3mG7Oz+Juy4bEtgmb0GrU9kB/bfVQMB3RSlPtpnNsyJOo
QPKyqWhteJIEnNSADNKL9QaNLMwWsdJyJf6l5uNu+n4Uvbu7/3X/NYEUh+pufe69J8uyf97G7V/2
7DuU3W8rEOpu2vde8/q1/+zQDBglwb5h6wdEUMV5rT12kBTzjuKsrNeV0nqoatna5/F8mi9mMp/g
NSZip0t0qPVE2NlKrcXKnjYVrbfd0iyYxcZ4vOjZK4vptQV9aIo9qufi2NKHAxuRIrC0XteD8kAx
T702XvNWr+7llew+LEPx5EFgedkHssxTVbGCGDL1h7rOuPayM3LIvN8ehjag9JjZzLONCeQglgHk
g/4at606jbGD/mQbp91ojs05TB3kEDeBrFVS85E4iKf11RAyqLb+MU/VmVv5tlhBqvRFmwPHRvp/
5F3HktvYkv2V2SP0CA9iCUd4EoYACGwm4L13BL5+KNdP3ZKK1SU9tWZmxwhWBXHzJjJPupM7Ns0r
qjJO2am7cJIdFlbGRNjFgMhxNdJc7yA7BFXd/XVTyj7agELzNMiZg56jWA65oCeLO1eSwCY6ZRrp
26jNx3fJXFVrHk3Zh9DzXdfm36X/eUXqZd/qGgNmYGRG09lYsj/7cWEj7GnJGDms5CjfXV+yZoE6
IoZSBERjznwTRYzAL2BWArJL0CpVjU4so1ac4pyN3/RX7ft48qYfX6ewefOIeKsqjj4k+R+fvs+Q
gj6TRb7y/QWRYMj3zZIhCqcRtEOUJ/6+moR5isX+vuArNynW8QEPq/10LbY+NMUrGB1HFIgegGCb
xpLUJA+mSxOLvVU3fvDN/3iqd1E+jN+pII/vHsY9ey+I/ItMxBvCmW8YlX+7uy99/HM3NuZNNMSP
j9n8SsOTdy+kzZ6RBTIjL0TVcGk8PexA4HbFfKBz2zVBkHyi/YqpAKJdzjfmQLQYnYkdD6Eqchk6
TYtoU9QlpgZAFQPI+kKYpG1fr8xp/bF7y99zj6SfFoR/NcD3cJAfSiCf/wD815sYN9F/Qfg/e2nf
7Yg7Pr+2rKVNrqq1h/Y+wHQ0+ZfO9saZyWDzdu0XRVUAgcBMImdTOerPNXeW8Gk05lCDBCXpem7z
DrNYFQfAo+8iczgdaYz7uUSzL21KR94+9ffXWibyv5ZoZ3xXtW0X+GH57tN5v+1joaejn0RAYyTT
9sDCX/PAq5rZtS0osOY8aHkPhz2JuPZ16soBkJUtGZlVb2KXpF9qzctWaRvRIzWhG8pClqQh/Ly0
t0l/q4/9KIhvMwY9PcoF3tFDeU63ItNX24CcrgySECIlMUvTE0mcvTPTOdemEIjSDj3VGpp5Im/m
mZjuImFHm+iWmOdPlx7ZF3N2OuuYtdQPu9T3O8PfM618KgB94OH4FI9/Z17y1xmSNiheiPqeyDsa
epZHwiDc73dOMtrLLbwUU9RB0qHaOqg+N+Dd3xtjPAL1TGepHg5N8HjYO3bDkssKCo3aBAm7Lw2n
clPPchLXHtdfB2H+7L6/h+OeFMBPEZpSdABsIU/VcjsfYzWZmLkz8wGrjHufoD57WCIwZOE+RAUF
JC4FE8+COhyNFmVa1Y8ZmaXBA8fQF9sprqu1aPovFEL1Pu54SQ+evneu0ySbsd6VA2COg+Mml86a
dixAXBZotqQUliII/WYvj3u6XVDKZHFitlVjOpZYoKKVorLNLRlyI7t0cb0C5+QKxdSvE8EHONB9
VwWenn8IyhklQ6dqLSwwVRHYfcO/Rbpwa6ZMw1nvsChNEpnypqC7tc9O09bThcs97xIBeasD/nJq
D70/I7J2DYlTsUGz9jPOD8H/pG35o7nnjRGS0ugGGnikSLGsYZZL16v8Mh0mTnLCai+rc2qu6NHG
OMqnYjbCe345H+McL7EOnJa7aUAEZNf8JszXnLokdyoYjuX/bXP+PnMUfcAnLyQRnog93CgMzxlV
oDKMifZCEn3UbzNpiy+QG6xKjkghgqm1YeFdO7SnQuS991rd8bmhXYpUSMmrMqPIPejWW4nBSKLe
ZeqtgGDzh+ZThPlCfPmsObrsugowAOWC2XXmmpxDGdapaCMTxlj8mC7F0SF2UCQuTmZVPnZ35qOs
4MxEwzZo4FufNUb6MGEGpw4ox6l4Nik/xUZDr8vP/uCN2kqaic5ZxTlF31tiX+swBc/11d4c2S0W
MVaPyFZ04Gqw19pqBhUnjokehDLd4g3MSNwJHPeWPxy2KQWucuUfSUp51fE/0zg9vpiGOX7pjPE9
fjsSMYS7qnRk1cgCLxhNSuqnzGDUwKVCu2twcqxNPuyRBMHvRWrbzjUr0L5XgqtS9YQ5FkcaSEQd
4maG40W4ksdNj8U3dqE9Qoz3idvJb6YXNuA9S31droyKeYw+CjQjok40o5N5X1ixrFkhwrhVYrsR
q+W+0RtHMuWqWdUR4VgPbZBTBk116ZRstUXwwrAB585asA3W+U93lvmj+DGHY4ZD3k2f7uiHVfp1
4Uv7bvCbqK1f9hLw85rSJi0jcG7ix+NCCrwIsLQ7ywNBnSh0IErz2nTm9QAoJaUX5g5m7Qi3vcIC
vWjnpF4iR6GNifrMTkgBmjBhYEfVLpQfzB3FS9xMn9NGfxlA+dx++WXvK/IhRfYDeaO/Iek/l/a+
fppvO2v82TWQ82FscmZwERZzopEzhF3gUB52mVvf8tjpKlg5w6CmGAz4LVQ82gWxzSc5uXDjkrxg
9wu1FnwPQFLE05RJ6KQZvi72eqldIYsfjzl+m+7vceKHU/7vKH6fzf33ToY/Nfa8b7x79/iBIQ79
Kf4BrtP/wl95Vx9hwbcN/dPlHaSksSlzRmlC10plcinqMnAz5SwaOTiLgbVJQg3gwYxPIIqvYplW
vYDYt9R1NfwcjvJYCUfQEu201vpzjBTExMNN+uv83ItK+Aqj6VbFTiTJpgWD0ilNOqiTR5yj2Urt
JcdXnjQkUrTCjYkw0tVJCNJoqcsurBUGFzvo3eQeQ+vsJgdFOmr+rBrrqB7Sn+voXmpGfsW0CWnN
UsgY3hi0OyDQ+vV88ecjyK7AsPG+4J60Q6i5+4mW6FOYsI8IV3WbTCjRCYPjhgSScGN57RopNFCd
QmjddXFoqd+yu2T60ckcOHVOs7b7dUayGdI5wEUuQsJaJRRyUG6GqbyxqeTGqsnAYOktqZEAup4A
yNrHLaWtVKbntLk3vAYckpOxNQC5QbX+O8sqjt59pnV8Ywmxm+jcA9UMKSV3Mzse7BiTkNLFyXzK
gRI+kVn7NJ3F+XylgKAzq5t4XlhMeIgO9SopaKTTftoNkzE9COSgRkD3g6P/5Gmmz6MLf1DlfjV7
0j2s9uehGfSVTRz/DIP1Bw7Wh3d5e93cj0aGzjWfVVH8OgxdfdY4Z5gB4NCecsXxqMf/qNiF1Ubw
bJRsUrBbWwP9dlv8lAi0g9whHm73C2BBeeSNWFpvIvVT0/n/u4YH/00D+ka7w5mzYOOqYp3vs7mB
C+91cmYahQPm93A/Q6cssDci5iWhuOEW3Of57bqpCxuC+2EFmjy5XFZtEzH2Shoh0pKiz/fc72p3
/iBFfSN+T9twhU7ImPdzF6fjZfeI40CFJAOMbqUHIuwnh2u9p9Fg4BCibpwkBEuy0gkE34y45HkS
JMr+Zl54Wavuu+TjNxv6fYX1cdr3jYrVtAzUcnroeJ5qrT1hO3fhrKgKikQqgAVL7nVJXd7LW7XQ
MQ7uBHUy+s4zU5+cdbolSLiQF7KdmgYSCwrd1/RMGevvKqt2+LRg4I2uLPbtUybfLWBetZEAWNm9
F7OCdwUeYuBBpStKAG6ammqOYdgik9ntxoljZOllyYBUhLdXq5YC2bg20p1z8Rb2xZH4XaHSp0nL
74nqyUvIZDC7ZytqGQlNKgfQEzYXmPtLIy/0OTYPphoauVZLSSfkKngdLa8B+LILvTvVnpBIsiOt
PmizWCIUulY2YVotjOgv5E9eUwP+4N4Pdd7ktf/lDOefR9u/8fWrBJY9guLH6cvvt7NCz0o/Nq5M
JEXOY3sn82i+3IA4siC7JVEOX8jHd9FlSZE5OPkr1CfYmbnflJxEqBZNNkZwWDc6ugBrZX60nifH
3hqi75X0J2Oll+k0nq8K+QprwV8R1PxtrPVPTaB/cetfjYj+5Zzfs9BPmv+n8QaU1aLqGCKhUg3T
GLwwD7PhsDhIhiVgm+QNvsoqtxC25pL26rtybTqbEJeYboKrQE8aGDgFKas9M1FCasv57fUW+sWz
f+JzeaPvmW01jlwHXH2YuYNXqg4vjBIks6KIIgEsm2XUmewfvXbpIsCnr+pYi+dpnHy4QXB0lbB+
5FhaAPzShUZrokrfpav0N7Wmf1Aqv1FY9Nb42kVGrTXUb7AHlP2ob+nNOjvk2RvX5NqMYaIRqpKd
Fjsz3MCVluNNAEDyoK/JsZxKHNOjkW/thq11i7F4Zlt+b2G9X+Gc5Pc4eqEv6cnLg10kqLoLgOj3
Ek1U9/goUuI6kVZiJmNdyFJLiQfjQkaF29LsBEnJRmqxLVj1JemzfpsPaCktDn2iJMvnISFTdAim
fh1T16si0w8G8d0XnNlfUSN812T+ptHSRyqoN74pPsyHLivkVHaITQuHj/cHdsVwhSKP1XzzmiYX
YL5iQTGi9wTCxozryYGOA9BIkRYyneksKha19rV+525hvPJMtPy2OZrPex7eKCtxaukNibTqLDdZ
IRjHmGgSP0i8XUClDb6o2uJvroDchA11z71py7VzFe/ZTsg31FLpUWGySpQ8AHtA4FFKB5fXp/U/
jzf+IbX8YhXQdzMrTyzSiArMfeYQJ/Kacm4klR1rQQGKRwBmHkmYLprumlFt7uUzu+E4qzUK410U
a4aO3OSV9I25WMVcBzZI2yRALkaNMoefivDe9yvm0RcCx54RqsFfTCu9KMDOz1+K65+wZmAqOGEG
Fbqc7p55jLaJiAj7IFoDhuqwTYn2pbyPXl3O3qgE18jb/QxX9c10E5/SizPL9LhmNewEZj3toedV
TRw8/U8nEl8Bbv8ZbX5/Gf8PMesXVILffYefKGI/IM01LdBk8M1kwMU7KZXCuB3c4IAutYnoIjUj
yXjD4AE2L1claLNbm9/lDqfE7CqF7dDJa6GB9inshAGzMbTIl5+KKv6qY9BrVeIVBGYf0MUTv2I5
oyMsh7KnO9WoN0/aq9qLW0qlwBNiegN4PNFRkE1BDKhTy9HpcPAsSh6auMluDD2MbbcRuF4YAiwf
7GN5juYu+MHo/0+cZe8PQb5FKIe/U1H6+CsvN0vrhHCLVzU7n6rpOlJqZO54NZ+zLSszbuL5wI3L
w/EWHPi8d9Vpteq246A21MxckuUOGVT0YdFQbDyfWmsGZI8/b2+kAnqcNXhWtn9aMV5kDkS9BVOt
cL1rZ44MRC5xZWSIDnJVYBeDZyH2SDdYAtYBo/BJO5tD72mQ1Ewp3I69nqL0GYtk2YTpIFk33hIR
/ZdC7q/Dj29zNH4FTOC/jd2/RQby7R1RfwX4+G+cE/lDjQ5vi+zI503SLjWjMBrGbncLp/tUhMql
b4hF6sEjzPit9j/sXVl3otq2/jv3DkYOAtK9HVAQARWk542+70HAX3+1UruqkorRndTeu8449zFm
ocy5mtmu7yN4bInZQ2dtlVD2ELc+y0wbqVqzY1MC0mEMFjawQYLWjr4c3RgFLudTEf2ty+zTabKf
1gX8nx74Pbxw/hsdl4/p5tUi+WBNTbTNglYXacIdcX5ZCTtoo8W9L7IGNEvOcN4S+5TPq94sSVit
2wM5EPruxOjHpbzLiCnWdM0H4LAJNRjMNq7OWYrya+kpP7/U39d+EGRfz/oPxtohD1qqRrbcMd7w
hx0cx7IgMOFxhw0CTbbLebNhRZprahymVivCSjAAB9l4oKndhvDqPVaIVUo6g27iNo8MOdawtfq7
Fo++4nF/EPxhJtDSuEKzVIlaZonfwgw1rwBbP3v4buzhGph62IGragOpMetkSr0fIWEqAJyFECo5
tQOJuS0fp7J+lPcaMC7m6vyr0xJ3KDbvFUne9A2Qf+rc/f62t9y+OyenoaxxpVtWq2O4tnl1mfui
0S7oqgCLwSIX01TxqCSXGjIoQrjIptUhCOLG7hPehKhjUwJzYW5iyJ3qtUG66z1Xw8lJ/itjogdV
881Kv32F8O5annxFz1adPhuF4DC4vc0bF5Ldc9JbuN3POAiysBXYICnNaIIczzKnV1KTc4zIARBT
DUOh+dIcDkJF7XlcRsfllqH//qzFb+ZhPs/Kf6EX8I0u/INWiMWsLkVFhoOUYp14jAeO+cg4673M
bcaDr9Ui56N2QLICLnPaglsTzZzJTrZQHGXJ+JrWH1SrpM+QN5oQr5z3jGtRv2vDx5V79xONseEy
FQ4qF04eyPJ1BI7jIAMpQBAJ0IX7jdANMDdklDAXBQ6B5rqk2f5AHc5OUmQVYm3jogSZ41iGjNB2
ljhn00j+ahj2lzwB/8xm7Oo8+YRvSS6QkMdRy8ULE1P6wHO7eM9FKdC4TtDp0pIIR1jhAC7rOVBg
eqZNrSHHWw3U7FjlUHW1XkADEerL7LhtbXuj7yz3r+82/OfaOx845aD7hmlLEIIDlVwUmhgcoEWC
iqIIVEPQnHGxjxau5vedJqwDUqm0xpWlEN7VaDat1YCs9zEnb7plfbIkarsfBxviqH4J/7b+aH+7
LeeBk2At4llt79OhChS1pEl/R/ELGylgFSbF45HSAG4bZYm8A6CUQwoiJwMQmmqjI3hOzV0hObmN
wrbyTvUIQfcceV90zu+rqve8nTuaEnbCvrHkFiyQgmcWzDHCWFgp8wzyMaJndsHhYhmlED25VeZA
80LEV/YaLvMQxTlgRR4RSKUWitsnhyZz8+PEbA/78Nd6O69u0z0zk8CfzM28RVXQV08/EC0gP5MK
/dkmJ+Tla/5OiZsfZf1g07ma7AY/nGsWng2A8/dhvI7cbC8v4XkQoF1ypnEIy8byvOUV2SGoHYSe
Y0C3N7AITrLhNLMRtg7kt2QZGAcUnTqryqm/xgz8Fgp/N1P/wCXeWtTEnb2jaBA4uf7JtfvAXS1K
g1bdDUpAeYaNhISvw+12K2ihQ7CuhR+SBTvZHiu502mrdDhFMoC3q8U17UFmXFOHT16we8VM8qKf
P3S6a79zeAMOOwr6p6QPWqev2m8j4Fs77o3tePur375hif3puXoZr7x64Q822p4AvyDdvR4erM6C
Dm3srNpiPnhWpQT6ye2BmLMX1ACoQA3NwEKbU9LZOZttoKkqNvn10TXO68ASTuGhy6U4iuSd130Q
0e6mqN81/0HkhiGyp24qejUvscVyDiwfJplNu4+d8x7O5zHoz7UQh4WcGqDOF3G9Lgw3MYF4cRYJ
nYSOC83MYhcReqmYG1KyR8Sx/jZgmJt6+f/Lsr/TZdn+aXyP8eFOV4DKMLzsbPpsiiSw3OgN4TdL
opRUAqXCgcjG8dSvWTFdtrJoHGPbc2HsaPim6JdkE5uZISWGK6Aczhu0AdGBm4LK8GsLn9dL5C/P
SPgentlDJc0H3JIfBozPnxMfu6L+eeuZ3o4FoMW/yHvZobHmrHM8JbosAlt9gdIiA5slsjwbkALD
SHxK+yZbAFEntaMPEvxeNPnItndgIrGd5UHTXMcsgO0w5uQzKEPu6E22pv4E78A7TGHdXHrfmrJe
VIjDJA++uZI/l6ETr/KqvGq7HzbifVzar5r8gij+ivPgl0IOpEXQXaG1bt/jRu8ZECDjUoIzqVYK
a4kRNqINZDR62B/VVbKRzYo4ypa4iDmix2rD1GhaQIUskwt1fxgFYSkynb+Y1S7qU14vlhqt2IGz
fGFA7h1BiwcdhrS6hXgM4VdooDsNJXnOrlS41ftwjOiVs22mPk0KIOGaNuq65WGfbBQrSTYcmZap
0ZCLulaOYdgUjXAaa4cwACvcirOsY+a88YLINGF1ecsfoJX1E/K0yp3h8vcjN3Bip07AuAqyr00V
r6Asnv/fV3X1tRPiVd3k31dktdGZwStCYdD9ccC8opD7NurayjjkztsV+G+j6qT8A3n3dR7tvVma
vXeBiO9kX6zmpE3VwdOlclUvdA0CUSwEEkHxT9sjb0nnkoNh2jd1ZNplOKqwZmwEfGYTK9KcNKOH
XHSCTUiZBnaODEhbsEXG/AoAoUcsZdq55W3mlntbcelauo441K5fq+qwBKZubTlYN5ObmcdI0Cm6
gewsFj43acJUNoVOfILQbWgigwWA2yDbDvhu9A+u766NurJ9+oSAH4ODSruq/HTgunR1lA6PcNGE
ssoXgI72kuSHgF0PcbI9qQNFoxGRea15sGtVBeVx1I8GPY8mVJ1bLGcGyXe5aXT4vCA3WLGFu1CR
Py5Pd7EYhfNx7OSgI5c7pFS3YcdISXd0QicDuLUYcmYp0LGOnDQ0aCRPQcJ8azTexBuRyZlJMCNW
Wzv7ziktNEggvbIY93BO0qEh6Vvz8z8UK17MG3R1Y348Tf73A0gYP0j/1LfOVerg4xBfk+uuONRf
WRqqEqLHxPEQ4xxPXKzIYCBNt0Wsxflgs0JoM5xXGwmngfx0zjCYpNvOccFil3Byn5DjTgKIJXqU
AkT/tdAfzwJ/caSTcH7qnDD4OPSyvcojjHKsk1OcLIYhYB/Zzj5yUpRtKgOVH6WOej4OB6TD+2rl
s4J3rlw4WZxXMc4zRGaUED6fKCPW9OnUbEbNybsj9UjP5p+S10/CsH6n5/KBme0XQU9NqpZBI7qz
/P0hs2mbaE+WtUcTEYB9brWawHWdsQXoGjCxw2a01BQCWS9N3064GUHZ2hkxkXYBliBCzi711SdB
pr3YybNveb4XRu8q8dOXG6lP9YsG1keoA16r7Iuv9vLDP+uyEf+6OCIP2cjLz1z9zptW8u5RJAl5
TjVuJEYT56SEyuTWXAgrKmopJXD51qjVkskOjlqNPYzogmnuF512iTp5IIjxGRtCF1ytUKeGoPqM
Q6C3W8Ta+IE9+NPnt3lTotbxgnDIn8Lv7sljRrVuk9vpvOW9FIAEu8phR3mgl4hnbH2OUj3f8BIJ
0C1vDKi23gj4YgUnY7BCZXobsOHCNo+nTcqk8GBFrQXvMoqKO8Xg1kbO9kxb2candPVeoNIFbf9U
50P3c7LyugKn/qqNsg+f//1qR7w0c69s2rPi2ucA9wuR3J+PMh/21Yeuf/IDtxpKL7jNeou8YEB+
u3/GPI+iuMCX6LAfAr9ddasOaesiXGNr2gnxYdBHpyEJkPCdUDuGkezQnVKniVSjwMrA9DTvx5n0
Dpst1jA45CIqkXzQibgKdbUlT1HQ37zLflcioFeW9ClqQbYsrOmwccdzwhNbmGYzwJOgSOYKrC3w
c4VBI6S4Ez0aG6YBj/PFEXQx91TmldRgl21LF8XSWbSpus9N6pMSde9KdMduiA66kpaQ5Z1QGGCW
ET5C3VEnTDPDlZpwQHU0ZMqShRI7dvIZYtdLG2zXx2PR6MjIn0sF2q1ZxJoEnF4NvgnxBDuJH0u1
Zhev1ctuCoPe98JZx8OT7Z6pTubW0ODFRioPO1FzU69PFMArizldLc+UFp06xJRC6FSRThauuCyJ
wl5JPDBNhEbIAYFCHPDEerzLzavoc0bwGVbwD7ypqymEHtqGWTCfbk4rei+hU006l3FHkOFDeLU3
S2M6igZWRDg/r1aat1mse2ZTiLDXaxUk7dWkhCQtyYEWBJYtuqv1aAWGJZSl3YQXqTKkQrOtP+kO
vAxMvkYhDygid8abFgS5W4Fj1uiUkNFGTjf1vjwdjaxsR4qGAhHdeIkU6uyhR/QMOvArfS2750EJ
WxaJM00W8i4S2g3EAoseNRYFwKYBlG57ov0HrO0jF3ty57LI+qfvCrpFsXlnGwmnvbo0G2p39j0R
yxxMzZEEzq2AXUfmfjVsTWDaT5i904+QzzZA4ps+yYrCfnfYToueLHgS5AZ/NpcXa2va8kLjueCT
26h2vMyJgqfrIvqaaoX+4zhJ8uB085LeA4wklURvsjiYu2HE18WZla2ZDYg9lThoyopUxJRZZJQC
cjCpgW+JhlWBiZa3Y5VRtrRjYDeW2LNCxLnliRBWEJrd9uMnQVwd9xKrOd61Yf9ZtjcysW5bjRff
6NWQF4krL7+4T4n3YsiHOGcexXL/gz2uugjmVfmVhCs5BS9y/i+n/+XAL8vg+WUfnPanr6xz3TvE
kHfmX3LN+hQQrRDsPZtcQYWWeCvSGbYWO2/qTCfBBItwrBcjaj8acb+BT/h2Oe1pLc9KJGdg0LdZ
REoWc2RtetFbHk3Tp/4u4NJnLVwWS9n9UR77IGRVj7vsyPadHKwJLyf220q+hAATtViJILllRxwk
Iyo9VCW3kAxVTY6hhXMNwKRuN8UE1puVu5ax7SHx/XRvbcMD3S2w8a8r8j9r4OmbA//Bgt/DWi4/
TlJRnnRJrLecNq206ii2bKNGymTyGLT0CSqSKyPHz1IAwrrjMwQA+bWGiHRcjceBprxhbAejP/hr
orJWZLre86m5luZfscQWL4OedxTwhTP9diLlLp2e06qHFc8wBcWOKJfmpq+JOsV2uAX6hl1EJtjs
l8p5mHoloxe1A4RNCa637jas6QSmBwuQq/OppI4SC018r/hN2PC/tOb578szlwPNveIvgqVziTkv
58oVYKQO2vfJ6b12rvvq7VP6ZwL7rwWJyzeXzl2S+u+PeVVZXk/Jr4YaeV0rfe+Jp4u813f8oaMF
evjZH9/zp7r7m0/21+JxWw39s314SDw/7h8d+m0tvtF/8/PoIujbxOvebp77efiV6fbJTy6H6WWB
z2+b1RtPfSUehx/8kW/cnjfX1asHftToo+/0nSsdekF5+fYTg9sN7ttNTz+PboMouXop7f+Rd2U9
jnJJ9q+M+nFQNmbHjxiMMcaAbVaPZiT2Hcy+SPPfx86lKrPKTruyqrs/9Uj1UCkWc+PGjRsR98SJ
66iNnx94BQRk7XALWfXzM88b2+kFnP8W5X32wPd+iVc/Ji2C90vuqgSfuVtev7V+7iP6+cc+y/nN
hzl7sA/cfU9TXm96Oo/oPH/jAzdXnlNU7vWi8A83flcI/NZ9F88z8dxXbqVPxnIB3dQ3rNFnTfTg
rzfRs+yzLjzjoD6AU35Cjlj5+FRHwUugeGUIrtVYz6I4z9yrPMgfFeLzsuzP+iyEVh2mVXs9Sf/O
5r19xPV+3z/VbHy89kYUfP3qN2rcW5erW6WvH+hPr5jYH/grXwJp+AFiBPLHSfrG33X9K+6UTb4w
BL1c/PG1r0WlV8zS91qf66+9j9d+/qynl3xDfYMY9H43x4t3dZFz8GadkR+5f26DTC9dRptXs4D9
fLH2mia9QRBxqqLOaryXzqvXsK1XWCbQH1W/urwhjbLLEnzyU2+I3spXL8oOfbzXu7znhr2vrTxq
osm7aKv32n76Ml78BwCgd0mdp9Z4NkrPq6ez0uuSufzWeZd8ejYTz65IdTHMN37+69D59xi10Dtr
TOX1N1R1qK20tuDZN//pX4Jke7XYH1GMVw3RrezWndTojhSOBzD2WZabcGM8WpOgUM6MIA8HurBg
4igvJL+wdffERKxEsKVMwWOdRI3Kr0OLDgZxQ9IAmG4XqrIQfW3NdEL0Zwux3zkibzb3J5XIrbx4
3Z3Rvyz9xeeT+dlEIvcnUoo5tV0ZNod6xmExQAoLNcp46GIhdWVh2h9M0+D7arlbA4bPYbxuHgu/
mgXaVkNZ0lB6GkA1Ii4yxky61T5jDvtN+ZckRbwmxm/zfyuZdCfMJY6NiW0UWgy9/cpfskPuuRo2
sZG0FyHAvDAVdLKSczuXXIpq51vMwmt55mjDtggWRm8MLVImisFMI0boWEdljLL4sAy+593+69vY
v0voXQ7uJbP6TkKPJV+t6G/fnvjf1//99908w09ogu8LyX4Opy9//Trq838g9KXVIf7a5ZD84rz+
vK99cYL3qIiXGy6YSAVepShGK87RXyuTIe/M+ZiRqS3YqDay2wNqBdCmren9sU92hrLYh8MOmCNO
gmwQiwk3UL9O5iS1bcTxj9q556HarR/X193KGyWq/0BCiW8vvEQgzK926ngoP1e4Z5f7Nps6eS/5
6W7XeeQosrYkXcjDisbvsyxOh+RYqKdIE/rRU1y1jkDaisHAnyY7XTj0Eqv3nAZSddzS2aBXjQcr
4upgtrRHl8Dsa4fqL2P5u3N2h1LHqm/rKnIv7aj07TKn88F2kIrqQh8U7BXR8CozhaUxsnmHuM0k
SHJAr8BQYgRCZ/Pa7pMmYYhR1Wb7qvJkMIVkSihB8xDgWhen1BcH9eGo4OMJNHJv0WUiFRyhVTaK
IUNQbZkrKwTUdjBeEPgMOJoLeRPLXRtIJJALtukbuKKdeLn2Fl1xsl0TKE9HMN2oebZ0IME7mgdk
Rz0ApP98PHbU1F/HtsKwCntDkpgjUVdE3u54c4DF5RFOltuaxufAYthiIWm1Qpdoa94ChJ5aYBm7
Xg55q8Mu25oGK+k1u90YsaVHJRg25h9NiF5O158sx3lDT0N/ZaaPtOgvaZjb6+UBegHCz5AUESl2
rvsiriO8lPmYW/UnrTQIkm+KFY9QuD6z8GOeulsU6mFfwxh0PjvVG1Y5bd2aVPjaAz1OYNla5LiY
C37zhLapz9vZu1D2QUlcBPGUeGP99UK6YqJpPHB3QJAa0q7uvA0zM2tmJJnDjo0ZZUKncVpyooYB
vIwxOCxkPnPEC8gZHXaYF+1qjs62mLskaZJWvN6NYVPf/fu2QE6r9qx/52X2SVOPO1D/Wj+m9lKG
pZoTE6PaptjKTMB4kxCz7SIPcFVFzTVYrhjTDnzctGV02WXl+mAbdMFH+00NQPbhxHJasBs6HiJY
OI2w4AvA2kfcjNpr3eItf/NTWm+00ndGAXpoF8+s5ByLRtXXu6EHCOvJ8EwQ+5ASbBCnJ5xxURbO
g8mbxRPR2FPFwD2lAcWc9UTOQysBGDdw5s540I8OPlRbEMWERhlhQKH10hb0Vr95hll7WffuDPPX
rSP5L1Pptwn56Et/G9B15oe7u/nKrGiK6U8tPmqYRHVOmOxg4oj1/XbQqeU2wERRj0cuBDHGLli2
tF27M8V1dyza3WkwRm8rF4oUzjpXNjepPzvWvfsQ5e9PUcr3ublEKS9/vY9SPhHND1nAL0bb8KEN
ICDJF3Fibett4ENOs4fUeACoMWnRpcuL6BGgYYCfCo8lKEQ6zjdbeGXO6NPugEHiHocEpa22fLXf
yOGhRo575TfBJ1H9dEqtKH8q7PgKuO6P1uu9iPFuH+Y7y96yO7CUnFb2E0Tdyz4zZUcVEjZZ25OJ
AszyNddtqk3AVn3kFynoFrrjUuixrPXdOQ6v2E3i4sTWPxWgUHT2Wq3tBum/5Ohm5+jyyb3dDgu7
i2S3VGzJt2sR1hkvox3qBHfswj+BGbqkQp3PVfFw6GfRUBNgYtguLgc4usx6PhFdNlyQlt5ANQfT
ilEJQwFG1EpDij/SMP5Sl/jIlF4k8DmvGvR35M5OeGRMwJYzbFIUFjBPdEWp83wzU4M1bcrKbNco
kHjU2Q6tAUAREyfQLGUW4AC6h9s1uo138TTW3AKahlYXsFk4WZ4R/aYh/z61l3n8Co7qlyUI/ppu
3UVa17KKthrhmmnX6PzQ9wPHzOQ2CjUxWhLKSNk77KAPDL2YZ6rZSUFV7KTe3O2kjcyT9NpeAtBS
0VKp2EAqDecqEphd8E/Vrch58vNP8jd3JNCVET3D6TZcKKp75IC9mZI1WwmzOd5RKCYl2Pog4fUS
3FZQvLdXHErXeRiRPtJvtJQYyExCqZZYV3MGkcYO0swty/d/Fu31T9/mn6V6fuDyvPd12Xpn2XHz
YWuqM2aqFCBOyRKevDmDe/qiKYA1SYsnD9DWwAbmQRZMENlNXMWd0L5baRwqKqcCEPemoq3b7W65
3Tq1UAb/vhHD+/6BtxzeO3ZSC2JdrfNcwXNAVBPcO5YEMXmse9JhQWcmGZ/YVUXbnBGZYptizFQm
MMftsJblYEbUMcM+kUCsne2j2MzRul4uU7T/vfYJ9gVo/eQNJyt/G8nzwRfxi/byPx8VYXSzt9wF
9ELe8cDGkdqT5SIREbMNPd7K1ZNOYypi21hxDnd7cUHuJ0ZLmZ7h7MKh+M4ryxhqSeCgMUSc6Ao6
djVHn/Sy1EtqsGcT/RA276talsahVdkPCudk1Z8xldxZ0Qibx2brhd08wYtOWtqjVPeWSzOyAZ0i
2g81Mncys+GkuJX7MdX0OggVoSAqy45pZD9gA4NyzEDqGTTkW5Y4YCX7kKv+B8h0LsOfXrInt9yQ
O5GKTQ31nlxofozPGN3glkiLzApu8lN0RSRhcmhlHSi7k0vE7J7LCFcYpFhNoCVH0TwYDoJJnsIV
PzNDkzsWRBylxM4NftcL+TapV84v34fdX2sZ9B+/IlrwV/TtApO5w4zDDJEYucNhuQEaboVP0jpJ
O1HqMyTs6MpWK7eZTAJVcW6j8EO3ZnxJFTAdk+FV6CKMkoThRjZXpSeq6xArnS1qLvzfNGe/L9Kv
S/T7b39xS0Z6dxW5x7HE5MWMRA1hecCUk3TYU0gfG1S61rdhm8HJ3ulAFDrksJftZu7o7HS0PRqC
F/ebLsCXdWe7qSYArLl0GuJrTWOyxI2q2xBi7J5usDJwIvcLUtJPLGIeF3QlY0FDMVljUKcFRm2F
HOjckQLkcaDjiq5nsywe1WKqawlBnJ7xFKQXV+c1ymNbEDTLhqP4f1DV6rtt6QV5iT9QgP1NQC8s
OZn7YCbiIw7+i+Rws7Ht6vJAd6RgW9ImzOsdqGB8OLIpbQqysUFUuA40aDYVm10/1eB29NudKh13
kAbiEi3x9QZU9oGoVXIrM2Xjbtnmj1RBPJRGKKomcj5DPdxRrkGNa2VXeQZZSciJa1cmc0RkE6yX
kSSup3KKBa8IMCtxTdSe5krKMG1npirpZwBe5hla5ScLp9hBCGv/sFBCIYrdP0opWdj1Bfh0gT72
nt0XVeJVN/vGla3X3kA1np5eQVJXMpJ3BfwjV9/b71wvvYLuNuAUj8B5cz0PTa/GIpLzJXVarTIf
0zOxpov50JKub5lWtsJKS5AJOg0FEReDmvXwQ8/Dqi0sFxvM7eYDuc0xYK+FW/03s1/PuE4vi5rG
q5BvILpPRQh9BQb0L8zqVtEnx5Z3Epb4SKzjlZyR1JR2hVr1lNVDjZCri9a1DgiBwZ3jknxTnSdy
lwOVsfZwRGA1LgPNbd+UVBsCAi/TrJsKpqxvodzM8T8RPz/Sej37NCV1Z+BsOrW2IhxXCA9boKjR
VOotw3gqsWIIuNGi1floGp0j1F2hWRxfgjU2GGscNAwZbyZiPx8oqeHygwQ2RsMi+l754mH6M7zU
uXCcujdzz8R9YinYm3KZl8kJXrCCgc0afya0ElOd1mIpQ3ttnYG0ZNuKs9ivlV2Q0aASO/slC4me
spjWzh4zJLBN9AIwz/7/wmb7dXv6Te/2PKCnS1Gq17wuvR+KFs7KnyfjuyOnB7bVH6T1tx/45+7I
+TuM9+qKeWBrtbHM3CZSQu3XrXakT10Us/HcwjOs32oCTTg+GK9lF2NAas9IvkBjwJpN7IAxdoGj
wkGxrhUGlOaiiTJrcNug0qr7a3Yvz9rq/O+Cfkfi+qnyuqiOmpu92x44gwZrFvE8fOoOjrG1IYPl
yYCpD7kJGKRsS2O8bhdhE0Q1NNNhfkCP8TqMEpVes3MHDU78oOW7dS1TbHXoFbql4siR8T+RryQf
lMineMIL98K9DqKJVuV1xZfbPQkUAp+vltlB7+eLqNtgWUNwCHu0Gm0fVw7Wr0rWbBeDAY0rAqCI
VYRRnp8YeAMWdBJNzi44tTPHhD4elv0/AxSSL6k/+LHZO0VPmeVURf0Jf9+d5R9mS62hVuak7U70
xrV3noXWCbWoXUNH92qINVjGw9NUFj1/gKXROCoqtAkZjQ0HQEz1I2qd5lm5nysOIyGCojSNC3yN
CyS3LlXWT753O+f4AAQS3TlaumGbDl6a2gHbLoJ6ZWCAqG8am7HXS9pVDWaxYrbU0SgRPunmkw+M
ZHQgVJv0l25gIauT6VnTaR5YrVgaHC89xgdyBz941mMnejRzmLuvpAc3zlLumaZQlYXWmiK7WMUi
S/RcHiSB5sxYyUn3pMskIOcvO6VhKjBSq3KhR3tnf1A2CJgLUrnhEKQJCQhdVNtMkRvJXs+D47D7
JfbMX49Lr9PAXXFxfwpgP9ZtXNq4wNdL8pqwKtoghK9glj5Z3G+T8fjmnHtNZtXJJw7dneDDK/IU
qQU1tIADtJoUeRidcAxzddqM3i45ErEQb6qFFfCBnFoQwgLtjoC44MR6/vh/7F1Hc6tqtv0rXW/U
XbQPOc0eIJAAgZAIQszIIuf461s6+Z5g+8o3dvXALrtKxsX+wk5rrb2LmzblPU7LNkw7X7r0QoFA
vJeZ36YXhr3OuVTPAd5egT6IYkZF0y1zBU7VbG6dnaEf9pLYmD4yFRU7bU9Y79UqIxdFNQrVuYEO
wSnzICvLg1N4QFwkYQ3wwA/5lrZ104ehFl3fGAH+Asj3A3bXrwfEfaBaPXPnIe/Il067jwmnyCzA
wPPPDmkC8M0WzMQtwh5Ayx7x+AnCp2jWV2Bzrs+3qCcu9PhSLEhwDM6LzMEEjfF7rVE68LKaulqt
+556o2r6dHX7Kf6swY0/UJvE3s0f3CHxCGD7Lt0RfGIkQz8GiXz7BCXs3Z8+5Rdhx4+0Hr+OIV5c
8Y/kup+J5L2Q72nEtEZXoichdywsSmgtnglAlOgOmnQErpkrWTa8d2++WQJJsiAVKFyqdTP6lD6V
mwjTSEWjsXjyGKaC2hi9WLbxU7f9z68v+HvgvtXuWqfQv15/aRD3vib02uMQL/WTNyT5z6ku1EuX
x565hdtTXppevrPiBqpYAZVykLiC6tjh0crup4AXsHKYSyHoIjcNQuwczb3Uopyb7ACBCCdfZMEG
S4+YuWpLEgDcq4o337uPb1/p/pG7G/n3zz7z9NXu+rzTnv+LuwrU+0d//u2Vjur2+Mc7cIaXEmQb
RY0fhvvaP9mtQY4yo1LcFGmhyMYKyRMJmxXy3iI9XpnqbXzZb0coZTiz4znXBcdh1iAx5auyJ4Yi
UOL++LaOiOt5t9zu/Tl6jW//8P4fwvbbz49ovxOvsvMtUc/vbNIPN+KDNUnp4kMbLa+3ZxaDsh0e
Q2S8NdrLoDQWgaMZOrDyhRhEQzsHHapA1Yhu3fO2pnOPR9m1jGcKsLNojUdG9+gxo6WNYP8W8Ks/
V2SrrIs7eerpGXF9/GVGSl1PRp9Izi2QuOWF0Eou0RD0bH0Wq1mhFp4odwlsY2QonBD+fDg1kTcQ
XKnlapeGKkGhoQE1W2IHaktER5w/pmVZHt+qgdZf71D5hxt8f1l8yW3N8ip+XOeZaZx+Y54PitzB
W5DK7w3+tA0uccNgAV0O1NUHoHg9zfnGg0UYAoQdu1XsjnCT404IONPMmx1NK6Yy7KP1vFE3fTS/
sRvrtvf+x1N/Z10/LeFPiPz3sW1VHn5igH9MebqvONhfj4Nyh/gndOA789zLKz/7pZLNK0w/xD+X
REVelkQVsUuPBSct7CjEmMGObDYltcI+g9SFsyDeQUqMwPdA1pHgvZTxl4DeNkN53KDkUGqmlgbF
mQiyzHKKWQWo7dwTdv7MbIa3JJVB6A3x52QQfSaNhL8VGwj7fnn6ouL5Hbm+bqv4vVjSV+O0vntM
GzZD+IXJiH+zhLely+9yBeXtWxX/eFzNPWm9iya81+X9P+iVleXPi/wp3HjtvvhlG+2T/X68VYiX
xnh4HMnnbSC5Uql5jHYfBd1fxsbpPDT0c3xKCDa6fUmG6avVVBP+2NUxlNpreTLkTVqAPMkEscBa
IaNZiurL226nML9TX7z7guh+zFhF9zhM3KhrAtII0ZQ2xnBoQNyh/KDLVmlIo6mJDkbWTuKUkuJJ
1Osyk0qD0BcJ0zit3CqVkHJ0EFzdHJct8dIzPU0mM4Qzv6lO/49e+Ztj8mDVbpEYAWBSbyfn85EK
w1W5ZTOYUqbgxTiiCZHt19HqdlgOspEo9DWGYSU0WV7ZlQQhJYVDD2wVjRSMu6caXrm6nvO3iX7/
Bg29cii8u1RS91S65ePSh1jq9Y6tMl3keMwuSZp0r7EJl8NEwOvwKmK7el3niYCNDMgrAejYDSvP
sMjJsjyJzfGW/BVCCRtFppLhoJf+Od4lx9/RNq/W7avc4Rbd3JWQfgq8oV86NlE4X01B0IytRS0e
0+vi1rOI+JDpI2X2J2/DlsyyP07YUZOzWM27HcIu2rZXzCY4Z1VHXLhTwTRWMsVOK/lgcdqszvFX
jLF6yEivqQFXXhr6/dNdJDUun6HtvbB9Wik2jmVmlju4EyZqMQhLN9F1g3bnYiA65yp24YWybGB7
GlCNEEhhACR1U9lRlvO5t5duOwYVzOPOCjHfxK8pwPpm/EfKO340xDOE0VdMgyn9dj8BNo6vpJfl
uFaa424SZFrwt4Nwqei4T6cOsXt93QOuQ/UFhd5uY+gsQYFeCJaru/k5Cc+4siEzPijtwKWXhwBa
z73nj0E0D057lkR4ZKEBrZ20OsoHGT4dzmsNLfGsJ+TFg5ITQJpqN2GgU2L+EdLQE2nvUWp1fXCz
ID3PkPuYosBJlIxUoMaL7UDD9Ffs7Fal/1wt7YWdkauuFIsAcsTN05HNfJ+Xd8bxoLl2YM6l4/D5
0XAukCKYzODyTQjzgLqMcbCCrrioCeHQynrAgxHeUSVOgVt+X6PAGxOJqXXrevllEeO59w+f0Q0h
Xo49YCE/AXFqy6QNMB2z6yoUV8pFxeVmO0mnBEThqCdmSIFp7NqTOtCemTEgtV3X0bMuKysPud0I
14u4c6VLA7Ce6zPHNxOaPrFpHoW2/omslfrJd2+7Mne9PHwcYVDkVnxCte2w5hWkFEaQYb7d2Od8
Om725UE1mJjoCgKxM0Xik9Osots9qkdRdguxp6r0Mon1W5E0xxF3rvSSjiWSmL8NH+jdq3rUzw/M
fYX+tdLiMoeH0cjIuGXW/YUXq1qDPTdjKTxDxLPtnjio7a7wMJXwnlCgvVXk1EE8YtshiLFqcdws
IoUiPO0zRemdM5zgzN+bEVU/vYcBPl46CQKcohPuSBbwHvIKDlf3uXWJFtTwWL5TzOg809rCxFoo
+oID8sjiGg52WjElYYtC0q9jkkT9zrIPTVRGq0Rki9K+tdD1C9gi/oB62V+20vVxvb6Fp3553wdH
n7iDsFnWdd06jhPsVpTteYO2+BXSeXBQeGYmh3O01QY/WvlpCsF5ByVW6CTesWDUCw9ea9pAANN0
DLwAWHlpNzXKT3/3s/FRmfLBYfJiWnGzfcaovgn6jbASUVPhDWxGgpWmlhNSBgcfT1E+qqbUqxFn
XueDORHKwXKuGy1trvrqI8QsB0PcHWAyLtYAB97YSn1hYPz34+Bfa6b/DTf/+u3fa4Y+TmbBPeiE
9XO9ptrZmkDfts3Tbd9usKtHmOBMszuI2pPlBGxVuAvXzaoFc3gaa5/2MRSNnCvrluA0dKnHdc3U
FBgvsuIbL9Wl8vvqK7w9/N/UQHge4E++PD9xPNWKXYjZRUBA+Lpn5aSTQ+siOZSO9A608kwhSnFg
yRpSNlB5xRouiCgvngAnltvsSsLMgXObdfIkKYPPfeALqMX8wQB//DGdT+TPXrb/ecM/xNZtGH0U
iX9QtAjttqiZ10mn6a4NVOSANBB8FY9FW2djkONb/QA7056sIx/PdiziaQIUCioXXYz2DIN7wwzi
QptYZiwMyGmpUC9c5vj3N+sHieuf7dUXyt1+Ndg0PrmbgabUSHUsIAGTfQ9EgTUXIsl5bRtwyLA5
R1pgMky9zAY2FZt8OfQnXO6NTZFtDtC60f1NuqkG+rK7BvQboW3//0HT47N49+3WQd59q5b9Udcb
eu8F/nscyWdR8h+v54sTFQcfIdX9OA7XYVgwO7IAixuxXQ+NErszzc45W7KQONPZRa/zuItDwZq2
FT9yKISmvkfojWoiBZLU6daFKC6SZCJP35xQfQpofqAW/fXFcI8a4f+msOB5V0K8TCNTFtFCHQa8
haGsCg4BNVq0vU5Gq/YnLBXag7cUzqV0GqU4QytDOTA5lgbUsrHAg0ZeXVngwu0aW4md1UO5rsbo
sYn/9iibm2Xb5enj7IUHm1nnxUxPzChj3JbemGcEdjr14rMpEQ8qWccOcxBOVGH2i2ovGoefzQrd
Y1Q5i7jRbXkHsKSrY69LuAP1OUHy+eJrNfoYUe2b8YIPIrJ8b0eLjCjt1JQe7ASmCcnqTnlP+jvZ
zYgBDAkm24Nedgpzh2zzPWrDF3nunMlFiTmpD7zMdEFfuFvCZaRKgaMZWd8YRMZV/+mIfodGeD8W
Z3l633nrqywsfxxkfv7gJwAv8T365LNyIPkO/dX6KX/6Znaz6nEEzCo1xEkD8QYwDsihFixU2K25
VgppkXmk6tO0i+tqKvHAMIBaVnPXDlBFR9dXj602AJGliajbaXQJphR2TkcKDlbwD1VSr4e1Tcqv
yE///l3+zd3mvvtKjtU/b/v7H4y6+YeTJ96/nj26rVu8kV5wsvOUXLlLdTuZzbk+aDu6uiSjue4v
Dj4ymhjxBWeoVlJ1HEkJlADt6IU0yHiLKCi9FPHQzwIe+wLfLc5Rr680+/xN9BqwUtV/IRd8N7jl
15MLbnbqwqdgaN0+eYZO9GK8WlO8eFC31B4ayIjaCnFk5XuspNqSuxo9dcAFfY5nZUX61KcFRYNp
epot2WIJ0ZNnGB4MT94xnD66e0uU1bIK1RP46K3d+W7+/Nq/+D7DOd8a6EUvZXpG2aPkHgLfmdrS
Iq5aHVCpsIPBwa+T/Um7gsjKWZKswzSPbcfLbnQ5n+FKNKpsB/L3LH1uZ1jehvgb4+8vfJnfaOlv
F/zbTkhzwBpOSO3GMlrf03rweoyuxhGwrkLXqPJB65c+VuVMnvWKr1FbM4/UwROGUFvyg1hleJyW
BN0ulJ2Y+5mbqh49R/Ff7YTczBTON1/XPT5BczHyfpCHa6+GgiS7sJac1mjPmDhMIQ28YLyH2ZyE
amyzrPwmY5zTyrayzPo9QSF5R7cha+0iegguexVXA0CGWZo9/j4gtzopsyR8qtuqSLrwDbLor4Zv
vDdx0j25XlflQx8+HjwyljehpoSEtNcQ2Ki7Os0UUJSGsOZStbdtDKMr7MgVE6UuW3yTb66RdBj2
Ka1HNO5o1oYxw3YT8RlFKVqhhaTJHf9QKMtXcO4Hy8xX98QvdUPOmULybRSLCwOtAJtizFbOFT3I
jzySjlJFXIfzBuaDTL5YwBY0sLKBLryAjLFhUFmjCHIFD7uSxqEW0//u9ZgwzG4JrRs8023H32Ev
ernw5sEbZxl0wldFCXGzk7qFhwo+S3AATcYcg9GsBA7ENpx1nREM8XRhp9Ch2kR5JFk6rXdxtsYG
CJtx2Q0tezCUPzrt+2m89hq7s1UbTkn/KpOXwTOyhi9sYgF1uxFDzMH2r8HaA7PdRGf4sM0tNgSK
2UWKRoTqGF+YnaONwn+Yu5LuxJkl+1d6r+MnJDQu+nQLNKJZCDRs+mieBzSBWHy/vfFQVdhlG5ft
eudtvDCJUEZGRkZERtxbOUsHC7ttDHI6RBGYlViMQornFLS6RPSwjAt4W0q+tRirjboHcI06iO7q
5vj5wwFnKL6cJV5AsT0jhCKKj0c+5EXBozi/trXsuJgt3+t0VxU9sZ12QmItcsvYS5k31DJg2+X2
2Hu1sOLB9MzJm7GUm+8tPGuzoAmasuneYwy5YZtPQcTDfZ0OPiqTZXag+4o5olgZLXGsMt2CscGc
8UHjpLBzlChjiUdKX65tjWTpHJSCcWETIjPLQaTB9dB6fEcz+89huT0ece8Uzt1K/9S7kZkDKqqG
rRex29wWLdDrmj3uFSvfAbYTYBTzgc0TKsKXLCAbC3NliSuDLqrYOoB8xlahN8UuxOEpstVc21tv
k/+EgtvfDv9PlhYuuDrDaGQXSKY/kQGK0/GJ5sIOgew42eUHyx0REo4XgcB1EHamdwtsZWmgQTGT
Ojb4Wl+slZz3pFJGSWezYaulYpXHv+nw/Fscnaxu3k463qxDzMaUoaNy6S5TltzEEYLQmm0Q5QL3
03xknSUn84Lt57VD2oEX+zNNH0u4V+DpCHO5rMWoUjQRoLJeg8dxTW5tT6STbyg96KLQe4tn+GHA
PVLDL+CGn6Imng0sveEy5BdXz/NWmovoLk8I7/qoyx76JLv+KjX9vOnmnvPn7uh19TXf9LNBhzEL
irtHcKS78bK2gddGv4gTn/N3NnUW3PlNU/0RcNPTYn+8ueZhio/dEu+0Nd8qCLyEYDyHdEfUZVtL
QpBqsRvyBuHWMMDLcahMp5kiSum46IVDjcXrGB/1CAu1oNgFFtj45QyoOk/jK1A2+waTlOzsfBF5
/n9Tr81Avxm7+g2WUa976m77Lc0YpF5ZvH5FEXpD9LiCT5+jz7/6nubh1wPzKuqfGkMfbq5etGDl
zRw0P6iKr2HJ7hd5rN6gov3hbV73fi3/hb0YFIfBTwLdtzBKli9Z6++n0z5kpe8uzll1ReQM/Qv6
oGb+UrRPKejzy/l7pOzLPOfynQ6fm821Z39FdusNZUKdn2d72ofTg8jyiiOdkqEglJ1xcpeCe6SX
LKYMJ9929XVdbzNIKk6AQDdpqJVsC8PwcU9JQhq5G33LfNG6Pfg8922Yl6kMV2iV/34OnId9cC3o
/3nyyf8b+srK/dheb7WO3AiIGrH2U3Y2BLvdjdGZyFZyNTMeUvs5Iqj6PKYBeJzJwsFBa68FR0El
9xSGEdpIGIWKAwsOx7aSoUbzkVy3+gKDMqT6Yor0uTI+8ns/31pj2zbd0N89rO7T/cQXKWK+tqwP
f79pQV9o7Cf9N8Ng1lqf49kInny0EZ2gZ/lt27JK3ecgCqt70xB95KyhTW0f9+zyvK8qs1ECNebW
wNqg21gEdyiBxHKyJFx+7TGlqH/HZvzBs/3PI9rnn67ZRztGbgj46S0+iUIaqjOwpEZr6cFHxXd5
YZTd1gySnBulHTiuJHD0A5clVdunGyKOEZWY9y26ihdRvCVGpnEa9ICwJzx0SDXROTuhev2T2fK3
5pl6/d3FJUs+n4hi5mJjgjok5qYVDG2bCFQSb9XFIO5Hd5enidxBeHEwx0ouMSqeloywLaMdfnB3
58amWZPiTXqNKGrDge5pt2SmUv4WJiDiK+v/+7n+evIcu2U7yRHs62zdOUsatcKeMfgzzyAc7Kzt
Q8OhrMnvsvUa2Qp+h9mB5K6cBTp7JCPmTlSQKnpSqWPOHQBoE3Iraovr5DZovmg7szq9uNdDf5Uh
f+F31Mn/hVFwEUj3sxX9OanmkJV3lx/oosAboivizT8G8se+sko/3afXF+cm6iGpmGneJm6dxWax
ac+mizNjRKBbhNSPrZK65gHjjM1R9X0sryVW4Va4XuHLPcpHR9NQtflEL9YweTpUnoARvj7sgTT5
WsvX6x7lF83Zb4fhW2i8Nzb7oV1Tk1GS/TCq/BSJfY3zdbAxpgldQAfBC8SzXqogIB1PAQksDvBR
mieEjqeBWIC0VsPtQV31m5DOmsTmDBJQp6PxxbjjyoT9Te6DN0LTtzTvltU82Eh7pLVuWMqjSlG7
lbxbmAVaGKATrGU0VjTmnKxV+LxB+dheTH7Gk7y/Scp6jvReITHxXHsRJls0grfuCvUms/sc3mZ7
icjvA6w3D7qbhBhxbe3LfBekZtdgRrZmp7W98pV0E8BKlit4I+gn/9jP0sIfrY3GEehEQFFa8gIZ
292ml5XEbGKmsQQ9Wpdim5xY6bOTuQ1DgN1OYlb6buJ2mLdjdaBTJlOgAne0OMMkPSzGnC4hfb5H
hEpkAd5dMyLQlqupplxnK+jnoahdFj7UZ2XoMJboF4AwtkNYfger7H9SfV2XTRfbf5e179ws37C/
cFuoe41zaBDRZyoh0QBjQMSXHFsbUhO1j0gT2M5ZEHp5lfaFKteYcCwsu0owN6MwESUAFdvTYL2A
Oyil0wKfaO2raYyLm57V9wkFMOsfZ/cKe0F2XzmZRKcrUMNnn3ph+MDR+Sr66C9U0B/QkV+rmXpv
kZonZuzX2+Why1a4BSoZclEMhp3FNnNIQ5fdeh7ZmIAWi9otAc4EZi8IYJ8JohCNSSMvkDNgDezO
XI2klqoZmYN5XK20cVHJjIMchZBiiW9CIMU+dio+pQrr6DTc5wOf0lCfjJmWzbhTWz0dks5XPQjf
4MB4Us1WMB3L4zQcpNLGWAIUAEIR2RfdOSq5DAztM+PMk38afYbFrBqe2z4wxUzcsGwNed98Z/Vb
bvSTXXDhiBxjac6Ree0eoP3Y1vutWxm9tumV8dTQOhuuWV7ynIzx2RWN68zCAwSExlP11O3rFCd0
BnSylqVysrT5zG6CPaB/0rA/giy9s3A3sDJxLeMHqSxRKaxFQT5eNFgAiNPGNtDEgvWj5RQmlm0m
b+Hb2eCKHmjL3dYPq2TZwXbtZeGZ1McqXOw1T+7ckiX3ZE99S9UA8lE9foEz9clrV1lYabl7xhpO
2R7RroarbQvUGslyjbdvML3XZm3PeDTSjll5RlNX8ZZFXHflwVActh+TvvR3S6pGqrqQpMFVPWvq
qHdQoeFvQIXu2ygKmyoaHmOSfxavwWP9wHS+fAp/rO7nuUyfe81Z73WdN79pPW/aChreAktOOlk8
MKadwgRNCsZ15UQawRDgmS8xBAnBPKQWCTzO9jQve39xODUDA9TRQhqCgC9q/WwdXeacegXebBZr
Vf9uW/G2AD4WBT9EhzdyIYAc7XM2RiQEsXdFKkOR49NEPDP9KdgTUHuQt5dt6JdxIK352J387jAj
4MHhGQA0UL5Z7UwIsvaouiDWHVQvHbuw9n+pNCpouujuIcLN+qcc1Mvz/SqA/ud33+Cn2rzQkVeD
638e7hVPX9XV3x78xoF/MZO3IMcnWD9vz5bmVDPJjYdY2GdlSCFqGHBSxLp6d0DnHjOGbGQBQ9cz
1+oI01VmKhj39qwbTsyogNw3KxBajfo+VTdj829U2is78LoM4FsnRSV5xOpiFd2xy+em4kTLGJer
Bq6mRm9ytuhJZVJFggcKpKA3ShEyBw6FYZF1e4ZdMSXWicXJTFifQQFVC5J40hj+L4HVvZIueMiZ
ktdadxoey3TulfX68uiTEv7xuE8SVk6yIp47uOM1km7BCFJ0tpb08limLSmBUjzV/T7kTwoUA2OS
zHthmS2IkYYQTpvWZqMVYW/Es3YQZoerhAIl9iTxHKrrz8X4HFvqflMinyoRQD4m2+ouKLO3sTsu
7v1tlmx2uSCY1IxqH2xpQ/OKCrCSTAH2oQyakOHxOXQC5IkaTWKX6RqxqVTGP+0PQ+HHBiJ1k5qg
NZ4FC6gwVjRn505WUH8AePa2MIcwS35gXS5ev638Dj69ixzbqLu7Rz6NszL6/P2WmSuaXyrI6khZ
sr0jepJizsim0k81DSmKhPuK6oCUuDvPXhUscZK1qO0uDUARaiW4bvY+YFeuKEkYEeRnqc9USva+
2rtzz08cj+Vd/ON+C35e4/ysC/Ml9UWWXLT/vp75V7kG/OcSfekMvN3r+uIVXk+2SkVmHvNdinUm
iqL0wJCdaQMrcTVrcSefGWqoS2YImWO3VIo4PmZZeohg36LoBFB1Ix/IpMSEdVitQJel1xw1bJvv
aMz+rw9u2qG5K99ncb7hBE2DCJKIV5x6U06jBRj4cWsA/ayN/TkYj+lhn28OMLYeFTphuRwj4MZY
2aqGypt2gjt8MzCE3GdRywmHaVLN1bGGp0/Wxt1Pxx/j/G1qNuxW2i90aCvMtyVqKD6+TbQTpwfG
DuCGScN7OG6Lzll0yBLWAlXw3AXYrYIT49a6guHZJmVHPdsfcRTZ0I3WjdpaCbnez59FwqnXC3U/
eGW5DbrsAaH9mT2/ST7zTprnlwRAr78ug/8Nd/d6qO/1EYbcHnfvhSVR/TPFg7418Bro4fW7luvR
PwhCbg0rG2+4KmN6Y9jPaph3p9I2Tfk6pvH1qHGIiTde7LGh/Mq4L59RmTzQqTxVcN2js38GxeKj
9yO/3vfZ/5+/4qtuzWU3XJUTvbofhmYajbjbCdKITQjmyxywSuyTPPUHbXWCLRX2esJoyxrYmHEM
hX50kgdKRkTWjPJKWninvt5a+2xt4XIU7PRWGlfGF4+RR7qpu4f5PTg2xAOU6gdFVff3cPrvYAqi
t9MupCT4vV2rsudA83LYLTd+jy3nfinmpMwRl7CBy5gNXrYtRjgrw+QbWZe5HRmVpzRwtuDmjK9k
ys5wwrSS8kTMmiUm+neS1j6zhfdVIi+ivfEyLeIhpPtJsQ0/ULP8IRPNq89Zfuxg7qMxbCqv/Tx3
sg86RyX1ibKA3DMM+LbdbkFJJNWsz1wX2ir9Vrr43CdYtfdMasHrogPxymLQqVtDrpltSppMIDK3
+rNZbfoV0DAt+yGOjo+HdX35dorhJtfZxg2XibxfUXu92PYYHypuQ27DZiEpgR7JirZcN+fVxl9u
nDWo7xzXrMWTBsREYxk2colGUGbsrNOB4s3tcbfOS0X0oL9VjDzWc/DjVudeCaDvu8cpx7apmouA
uuYjmvVY2vjJ1sD9Fu/zABMNPILGwmBTfeugkgyPK4vaaZmqeSC1rAqxyuTjtjLYnWAOi9OYA+Dl
t5N6PQGhJjBOWZy7YLaTwyjwcvBV6KQ6vGvid8H4n4BiHwsyPxQO/1qv14Pe5U2QKWfAdzS0I60E
g5ZEn0qDpE4hNQIE3a/BrGQHZs8HPHCcw2DbKgy8oOKtGo4xJl8E66USyjq4DTU7vBb3LjvEB4L9
m80EH7peGlvvTeW5WQoq5QmtwmdtaGwNPm5aOnc7LmzyLIPGg7oI6qPYCM3uXMRbkuDpyo8yrnIy
u/l/9q6juW0lW/+eVygNcuBuQCIQgURmwGKqkHMgIsHF/e1DSpZlRdKS7Te36m5kV1Ei0I3G6XNO
fwHNdwGXH5DjUAawxmnxuN8Z1kKWOrb/6uK5h4jfRZXTfUlw9kdZ1D99Mnt4/+Qbv2a3XJx0rGXz
BnbDhaOKAVlQSS4S9s5nHL5SXG+vQ/bSaLNuBcodAq82yxRnAhTitSUSJDZ84HVTIeUFfdJaK9iZ
6+C4/TWGkVd7L7es2HvNsbsi8c57/vvGjPD1HuG6d9aGQ4S5ZOKiY+y1k1hlECaeTBle0ITDxwPe
hPIWVaMDDayQRVzbWkkvqJhKMJvL5ga1w/VDxsyXNNlgcZCi0oz+k8oP4XmDaNvblR/O1UITnOfn
o+uM4/ivb793f7GfvcbFEufiZ30e9keXefjaf1VN9Ihs+gn33o8Wxzt0kfegkVd2x26/gDU4jia9
X0Z5tQH3uxYZYbwv1U1MHcIePCzMMDb3TuGMZDjFfSE5yMTXvlFR5LBHkUbw8hTAwu1e21mrdsYu
h8/hYh6Gljf9B6CYKwkkTXMWjSuwT6G1sGRjcdwuDqB+rvn7bJGV4NooEK012VUe4CESq9AiFhAA
3bkQDqv2IpObSQCF5hwypCExEU44F6nm35xx3DhuUt6NTlu83xi7FnL7baSZFVknBayXKW72W28R
jDpjhpDKcqaRO1a6VbFgP2NdeTMLCogaqFm1OIFbBRj1Y73vFZTYscsaG6P9OcZEyvKrykH/dto2
KNx8au/7LuD5UT1iQS9eHM8akW7+NgjmyXEJe5YevWXci7+yNHzqdFzcheDbODfXSTHPHtjFxxe8
mRfz9Kf/QIX/Z6HCjVOe6+SP4H83ULWHfY4myg7AFpK17Y98MrOyOAmIsD3sDsaMYxHbSTysW3MM
skY0zdkpK87tJQnTCma5gESFmMN2jcEiJNcmVOkE5RRfpEXcM9zcPnxUeMafcVk+mpAueFAADJq7
MA+OyfvaCMh1bYRmRZs8r/gK3PbcFIKFgMv7uGtJOIJb148Ln9gPfrJTkEgsfQwxO0IzMNGSRMnY
bjbZqps7XkHkGMTppNmkFSE0/fipFnbjfZC9UVeUWlCXjw5Simpz/yi7clYVeRVnQ0tTkU8nlpYb
c7Gcx2EJzNVjhLkegfiU6c23MD46AxNGwXEReZ6XxZ49TOOk7VVl/Mg3F/nBN/cib3X+56lZ9X83
Sd4EQX0XfD/K/Q/0kmZ4Dqrfjn9fsAyv+KS/zTP86x0O3OuQ6v2UJXrjvQYuvL78J8F5WDSnSgci
w8A7LzZFIPQWC0iTWCtmluBsIZOm5fdmS7g9yvqlMXlltxGxJqCyyKaB8TgT+kBA9vC5/nGjsTv1
LCRpf1IZ5ryFeN1d6XTJ8G0TvHPq5PNi7BHSdAc19ZvKcStGMltxYeZe0Y04xiK4kk5OX1oq5JSK
XWJcXyGC1FLzTRhAyGkTRTRoTa1bhEapi8KhW2d0FEVr+quSpD+vVP/2vPyjXP+zecilVXUlOFI1
RFsZtlOYSAhGI4Fyiq3TFmA35TaRyHXFCCxvQcuYJQF72lMMLKz25Pku8FxvuB0fkbAM4xJPaY1a
9AWG62bn0/8zWC30HazW6z99Bzj88DXPY+jz3fkv/C0y9wvc1w2Z0l/PM6Wbn/2LCPvs5j4pVc37
iGXPRSbb5XuSd8Vj2LIUWA5SZrEWzKOUB7fJmtBUwpmp5mxVLOcUX9atZxQr0ag4SlaEpqN6HxzV
rkqnFuMJ4NfCnr9Pwhi4d111d19HXEnKr9bws3KHE05uhrg77jTUZpJ6KZ6Lw362NjURXGzUzgV3
S1pc7JLYDpIuFAdBNzD+oIFFKFQKiwpBvlw1tTNtmqr1l/Ne/iJF4a0CCLs/U/1djPU/pCb1wRP8
TM11g5AGksamaaFsktcgwqzMcx7retVhgeKBtnTalbiE9GW2P475URhQgNOJPX6kOVsYWV4+Sllq
71kub5PVWvBH65BKSC4vv5jqnzfqpnt0hc6f7ZM/lt1PtQDxMqrdgwoe1SLQN4PaI3LoGQHkvZIO
/ZwsOPKDLDj58P9XtKVfsBhugr7C188j4kzfURa8TUXOp+SWEZFJA8ft9uhUNdvScwvehdmKooEU
AihcpPm67mDCa+BtHBGS4LpYlVnE6pATcyUF+r4GRymgf2nZ9xd+n73fMnleUHeOlwcfzMeVkL9s
Wm442HYc9G3paXrCsiTvdArNmg2tSxswL8N94gkFlbtDDYqa4tOMEsbp3EcYJx2q9sROR2NF6DlN
C3bEVkEPfnE+iidK1W374ls61+9tgVeKC5WcY0B6oJiAQcpVS3t+6ByWbttGy84mbRwAAAd32mwG
hUMhUjWeBlihOMB46gFmjg0a3vniBjxO4x6wyg0XaPIG/2Ks+Hdd1ufXoS4u8SJ8A+x3O6PsZ6bz
Ieq/5zJ5ZR4Br+kMXEs5/cAtKq0YeL8f91t2XkazmT0U3MABniVm/J47J5Lz0KIWhF3PTDLEB5Ue
J/mcchzrQQLo9cYueAubHRLsi/P4UMQ+dA7+RiY6T67yb+f6FHXtJV+1Q6c0IT+zvUYZ6S2gJQBH
LF0GWmx3bDyrepLsFZfkVshWjUeTbIsVhaLqySljUW6jXbqmZkJDbBDVO+3W5aoepXj8Bb7JH+yP
Y3tvFv3I9HkBJjt//AjQo55/chEMzr/tfX+9Rs2eH4R7fs7+cyg99AMM8rIWnrD06EtsXXhOdM7T
f+dED9Duy0Ve9K4vh0t3vtM53+oI9Pk3xE5zNzh5cv6N6qmSeLa3X1bP/fCdrm8eq4QXI0nae8SX
/0Ftk7Q/jPIVl+q+HfNdT+teXuvb3UAvO/lF8AO67D4uP6MePPP2vlxp9iIdeaWv+QZh9vDw7Zfz
a+SDsus/+CtO2IUJcg6N1Tfpv/MNvpD96vqyDPKnR/a6rdb3if89lUJ+U9v6/B4n50rWP//wzo9+
+qB5fSW6hvyRFUhgbPnZsRn8tG3yQkYQZWWayVIf6VVTJWywig5UdKrkBahqDam3OmOYshWBrk3b
HQeYGyFbegSI6YLU9Anwh1tgbZUPwZ2T1+UHLd5r2pQOzGE5iYI2ZytOJpYayg2ZiACRYWrbE9gg
EosrPrOHzKNa4DHGZ4dsuw1XGGmSy9Ytlc4TNyyHBfViMxE9qaES8LnD1/OALvE9yJPsCybAGDQt
j+7ayxGgOe0Gu99kzb6KnS5uDTFfmTupmXh8onovWQ4wcGTOhUgdpTyBiZYyKxv2gKS8vCQEm5p7
9jSiYzMGX1ROy6sxaC5h9Ttz5kVD7+9hAtLc+2Z/oXG4lVgohWHVgWxRwPdCBpVhzgukobVhjuRp
Em8msopikgk0I9jTVgL1rg1ObB/wHRNaakbwS1zWRzie+/IBE0ZrvqU/udg+pGlcBarttLmGCtQW
XkQBZAQxQERpCqGyW+jctj/n9JE0q6pFPe6FJo4rhYLq8IB5VmbhTJaVY6iEXBfoY27jhLpX+P3E
bf3oT9E0vkktvmcBf2XsB9hF17iW6dbWyslkmnLHSdFMqQUTWiPJbHUQWG2nkii/adczb0RD/0jt
CNRji20s8gmiqgsOQYW0JrOu8NFZ44zCJx9jUjRO+O42QF61ItumriMJEmrCirGpu9OOXOeEOmjo
geY7ie02eqr3zikNZXR+xAMBg2Yb2zhEawbArHVZnOSNr6Yz7sCJa/Uwt7khwMZPwH1v4Trllftd
oA+95cjpcXJuV7Vs+vLuYheT5+fd/iOLV/j6+XAq0mTS6OvVDE4dyUOXXg6X9bLlZGWnVGamLiwZ
FlkH1ilEQYqkznc73eH9dAtKK3BG7bUtc06eE6MlZ+ii3IVuLlrjP9iv34/9umExvkYIPpyZ3gLT
v6XTfjVxaWrUqCBS8vyikFx+iJz1UTPEhnT5jbHJcGPGHmAOqGtXr0gI2AcOc8xGnPGptboGeIa4
SEMXyKZX+8WuqPv9UCx22j+r6/8TWXhZGM3HK+MG4vTerlCJQgyG1JMpgViY1dQqlU9kVgd1aWjC
TJhUd7mM4N1uFwwu7osC2dXTGqGZI+9p7pInB2/SlxnkuePB05rE6j6X0rZOmXTJKbi78EQ/lMkk
rp6w2JMAUWo7+FqONKA7F/jerTe+jur6rN0TOpNsObUJaARegCyXa3ERVQhk2fk6tVcre927fSvH
tFadMhpSfFxE4HcVgbcmp8oX8MWNanznHay8nMbdXfht32XFXjpofzRPxw9m5hqaAenmm1Helo42
bPGThy1du7ngAz12sbDDeTJDOKYfu8PRaZeA6KpzFOQUyYULBEEkDNGx7bE/nk6r1mzH8BR1Rk+8
2yib531wrpPuXsgCXcvbb56IR5vAt8mm1DWy6SyvDcPCVvmEFs35qYxyCweyRADRyT0dgjk36utU
SFlgJvdMvfX3XtdouYYGKSzkUUJGWVm3pl6qlaxSTL1YHpaCeFM+8yr7eHI8PH/0bWA/JiG/lOT+
8PV3fhKGn9dohcQeAwiaSpSylkEzbhzSt1sjV5Z7eikEq2MYbzVdgMGN7JnolpnbktRpHahlc6VN
hPXMrvthyRIeb0NHLMoXqyJMvnqy8dw3Ev87tV3bC2f30rH6mrEaJRuQKJzf7tVCrzRyb00dXYFH
q8e3yK7UjhtkKYBEvyIsciGYBqwfVDZvUGhD9MJhWkmrWS7y+oabcBBb9CcvOa73xp+0n/uxS1Zf
lAPuWwFh0rTdG+J2H81nd+deVAfeVytDrq9yKZHmBkWXW56d5FMVcmExSGPtq6dDMsGEPGihhE4D
GG6W5DyFUXDMUdHQYRFowkhnZwfyaIkSdhgig2ocQwlkK4g/h028DMgPcmcK/LvLrTaDk39ehg2Z
hTE99nYue/283ILseBxkL0IYlJV3wGbOrOPSGVp0v88cl0QOReMZgbbe+KecYj1VdWJe28XzFbGS
fFVeaPyKcbLxc/t+HLhOGd1D9ZyvWD+xG1SGAUvb8lWDwEpRDlUqoUQRR4A5CRITowk3l+ZV3ODH
YCfE67l3pKqtH2Umy2rAnOW4vS/r/WEV+rhMYWt4g2+i3wMyehz0k+Ij/HsdZF5e8JPrZqwrg6OP
U0u4iIOMSxve1YwRMeR6lmzSCJmp8azfgL2jztgjKO3yzLTNwPePjGrstToaTpLMi1mAWBZEnyp+
ka6FQftfMDB6LnDyXvi9wtcfSwaxWSAHDHUB9pUBDbuAnZ1XJTT2zuog5eFpRq+sCqXEdpKN+dbg
vKUO601CILLtwcggN3DkomlOJqMWR2NNu7z2uXhxDnz5Baddnn9U0ecdWp3x5DiC2u05PzjKDWHO
a882eHVOMLAulGsFPKyDLnLEvFIZDmQgPtt08sCzNSWUYSFvyMUkTxoeCroKdJs1KBZb7Tdh9x7O
l+7GxP8uQ3Eb2u3FbL3hUvLRi3PDGYop8KVZ+xXAokC9mP7L3ZW0N4psyx/E5wsIhGCJJGYhQIxi
xzzPk2Bxf/uTurqqbJdtue1y9+238EqSpTyZZJ4TeSKCzAd77Kn9ul5Pu+bgB8tujmV7EWTvMtJ1
TvVoApgbSTruhCiwaQ0B5vXRtkNJUsGt7zllAYtn8n/jwXkjdEn3EA55/seEPNyaaR7qKnldpOr+
BgTXjd6c0iyWeaJIjg2hTtftekywfMt7PhbQlzF0klGJHRZRo6QLk2HwR7rsfUEqLkMQgJtNDtBy
KrRKao6FnJrt6Yso+eVQuNcM5hqD0in/lk3+ral49mx8UPMBsjqjVg6lsbNY/ia2iPc7aKk1g2vX
siB0Sp9pK4KbhrqUtbSXCwW5aCA6704UTcTnzAAREckWT9dU0tYwB4txuJ++qpP3+3p7eKRd8/xa
+5X1+cKbv/EKbrvBJ66lft9k/vgprx1Wd7YkIx4KVXW3zV6T8XplH4QUhfR0uzNQYMRdXaVq3UWF
9BSZGVG7DUOj10lMMYFyosR3VyEoYuSyg6iCnvdHxpkIabd8Ub70ZAv+cru9rnSyz1ZiB1KK0QUn
ruf3mBM1HR5p3IBRLNlUG3DX0LLbLOdIBubzsuf2gUqwzpHuLXLrFCcTIJWFMqS9N1IbIk95AHeI
s+qL/2MW1921vgr6/yTV29qDt6bZO9HaTKlAjoZ1lvjOLfQoM90ylveoS9dZ0+onCAAsKa0Zumj2
TdcY8I4jEENrnYC6HC51eqGa1ozoSj3ZA5zE6cEMM/KzjNUfwwOvtcm1rr+O8OGRrtZ/f3EQ/MFP
/S/65Gbwx9J8Eqpb98mzXp6fAa2dtvvza77p9P11KOi9MNqv3/nyJK7uZb8cCyZqIBEaFi2wkNF5
wOzNjCGOiJ+jqWWc9V6MuYaFIdGH+l4MWrzUj2Yiw3thOLazu19dtm1yOfD+bkfwGLWrzln0T0/i
Fwb+kT3kB6+XDyc2Bkm8r81NO+BE3uaZjpLdYvWw705qapjRwLRFfqE2vTMZxX6bc7DMHcTMIi+8
NjVx1FGBxi4pgu3Xu4KNlOL4yZA7fVVcB9blQVC/fJC+4Nj5nnC1P9RUX2u3vZM8OqrLGtDe2Xrt
ZoBkg7UWETu69pHs25boaAxQwo7QdYPZHHIkVbCYTXAavDQc55WrduQMt4VGcLXMqepPqoFuyOjw
yTbRawZS505SPlRu+il9mH8Ouvw+Mb+k/o8H9pqQ6p0pA+QoAUZx0I8ZP1OXRNz2ay6nK3EWyna9
xDyqd/Wyxk0p3tJrpeLsjJ6PLOduyZ6dFoOMsvWpL33j2O1PRwwGi2LfRP9uiYjuj4364S0l+Xf0
4tvaBobDQGZKBMiU+TCMcFj7SHtUs2uqMvprYVztgaaUyGMwCx0SXjBXFxnzJI+RpnlnA0MVsbEF
e/IGR1FlhLShPvoYVvFEiP810Ys7KUQd+1S1z0mM0jmjX6YG1pOjaO31KvKWegWhzpkG51CK02Mg
m3TI1VseztbTQRwsJaYkSUwHjac8Dx192wHGQQZK8C0N6LfG84aJ2Oo+knki3dVKYxDiEHMILLpt
sI24QUg4ITY6Zwq1iGIagdUEfOMwwJCD8hZXmypBuE1m+Ccz2YWtcBGQoULBs57VxzGW3S/qtHns
kfB+dL6+1qJ9+JB2H8elDApSJYNid9lG8fAhz8wJKXtysYYm3KirfJwUZ384lXrAUY5wVPjFwLZT
cRBiqdEw2GHiUBdbK3C2GVDtmd0yxt4QvUdX6o1xdXH9ugIUfJ87Vq8E3tbURgE5BGAtdEXVZ8lZ
5UiIU+2Ii6bQzSuOGEJ0IjczzWXWKQzPfnfBsRlb0JHtDXzYREAt5y0OotVAXrov8jRwuhJ+ZIzx
uF2+u6aR/XX3H7qXz3/Xa+f6+gY388OX3+E7XXz7+y4A8qwbPfC869pxyx+t5k+y6Cjoa+cnH+3p
i08+9gvjtn3c+7163o3fT0HQl46Xf/8H6JdWobfF9PRM/fPHv7ZD3kkWdUMn/MRtVrxHmxdFJjFh
16RrCV0ZUkGekUXRQ0q46JBQa4w1HatdmllwACMBexwn8CLPZY/VOtTacNynpnbUVKv7vYTbbwyC
GzfvVRgeuq+KjY6Um6kdjkhOXBfb2T3yVs77Gx8DT5cly1RfQzioKJl+Q1j+SsiAAOYbdyTHTgl3
gZAijuBCCmdms4CAJZSuIWz8ZJ53XZQPN8WU7zSMZ3bw7wvJ09Xw7F9+ENEbAb8g3KMRSufuDEtt
7OzaYpa8c6UGxuj2QMzaEDkAGlDDMwDpc0o4osNwga5p2MWvT6657IOzMIZSl8txFCmi132wBeh9
tMu7C70E1bgc9wlGs65rhGPSVoBZpQm9jECHi7LIbr3FCORQr/f8YaoOGhT3cI6ep+3OTfCaJ8eA
ovwyY2d51mSwWE7hFP1u2uX71HaexuT/Aw3/3ljfhKjR+zqKkzArJ6VOeajjamxFtartM10q8mbn
1OvqdExiNh4wZsMbEkik3BbT52A8AL01SE1bRngKehdBM2dTn0ZVa5PEXsBPzn5QXJffIwAT/ytA
NHIHiMY+aS3/9oS8CTO/g5t5RnBDVlmvyeh2V9OlQoyDahXNMIzrypKEmgk0zGHaFqkQxiPI3HAw
fhvqqrQr3QvD2DQAQlXFbYRWHnR16XVfX/8Oq/enbotfGcAwuV0tl8F0A/M/TgnxJUpt0nNLYIl5
nnNGchcfIajhqDlrg7/Mo0FSxZov443AVJu1gSJsBle+rGTH/WwdC/2EZUBEJXvDKtMtzvKI11rT
v7wWfrfWE3L/3MBC2QNOaBJPjYwdQYcbVyEciSyeS0ZvKmzV7NBZwCp1bxiVNxRkF14TqMwqm+Qs
xoU4qWBBsYd6YwRx3iNNjuVUEv1WsZ5/IL59lSGvdlneN74VLJwlQc/fNqKgt5Ao2iTddbuMYyo7
UHeiFZXXNGwWLkc6GsSDQUenAJu2QNgdoGNRsXs3mG3LW+bNSMlqVSFttnwWFP6Dtn/zWwa/E/hv
lcJzWYsgyB6+S0b8IIMifx2aw/63JFG6ofDiwMveFLa4M6t2aGqluPUD1rFOm9JjCWw86Ry02QLT
YbAujMzo4gmgRFThT3y1XyNr8sD5tQeM1/QhIAF4b/FLPyC7iLXhhYrdPY2SX8rx/ikeunpObg46
7OGxXwv6h73KX4nk07zs+1e9DP9gj5zUXvZV2G2ovPV5hy9ll5QBmKr689jYnYsEXr6eEmwbXv94
TfeO1VRj3tjVEZRaS3nShH1agNSG9CN6awSkbIhHT2A6Vvyijptv6hnvdUt5LWBF9/EeTa2uMUjG
OJ3fa9cEDlzbuOd32cIPaTg1oaRl7cRN6YY7cWpdZnypYerMo/JOLhmxotMd4fuxk68Fgzv3ZE9s
kgu0Jn9vVTvcOlnf6iCC7oOCpr1wF6TdwbvRFfd5deiMCcoz2xB4020zHsrgKBbowivl1oSB1HQj
LdMo0+j3RC76BYemNrWgEFA620sO+zs9tqxPykZ5eVUG3wZWv5yqXjc67xalhxsdthp+Org9pczf
OP9d/WeXzNPS6N/B9/2T2tNds5C8er0au2s5oqRGOvkW16MQLnIJ2ewstNKFLtJXVEMyS7eS66xA
HeXspgVgUyblmaga0ketRQfxaBcOFMxouM6jQ5ttIceCFLH65CzHzrU4yZ3oE10v7yHa9k77apVx
l+K2t9FZOmlT62opuBHtc7OaANCmfQ6TbDAkVJo9ARs44gzdjiVFZhdjd6jHUylHsyPWoXm5ZCAq
HUcHYRR1PnLCacTI90DmbzwdcTWV7aOGlcfPRfdw01D9gVP+8oYnr65fenX52a7xDOMsMj9pf969
PgFnZyf/4RX0watG6H2T+WyL//6bXoOp7jndGY1hK3OImIfLSo19qOGJyzA2ETkL8oFMGk6j+saE
Kk5PlwqRA3nvY6FJJPSCQEG4OXc1WCVm48bdEjCmudIwZnnXg/ELW+dneG9sHa/wv4yq80sUf87e
B3k7yOQziW/PzVreQjhqHSh1rdWSeiKRKbXInDPFeChW2ckbQRRWy1VQKJA/e4qJDrZ1CNJJGCOM
6kbXz40DQJ8pr998zDDwp6fna3j2HaBncU89kGsAyKLhievZLvYWlmqNnVImPZ/hYihqK1RsaD5E
zoeNyvNyw3BMMEj+eLEuIkiy9CJs841Zzc55aiSiQ4RP7pXXFdG3wTdK33sR3tsVWt/nwRuQ910U
l+1zjQ7mcwcH+V5c9ZeEYzrfYp0Gz8LQcGwWVKjtya2I9aI0S95tL2vqIMSZLNmG4xOSQFSXZbpg
eqsccSOMQWB2fi+2f8dF+amn4YuDBIv2VPn4palJgGPVw8zslFWHqzKb7PZUoPBqUMNpczgHlL7L
JZpZKV0MoLSOMYQRNLVdMiaoDvhBYTz0LJTJuj2ryt/nonwTZ8JedlFG39mofk1Uymz+uNBAwJ43
5TbsIy3eNtLMMsYRyPGIhraDJ0NEKFZQJYEHF5pgicYhnx+BfG/UFoNBpqiMmXchs+PsCl1LcRRi
9wJTyO3H9CgeJ30fbOjZrMfKAwkGbfccnwdShabyeETB8w5lTnZ7xucZHnQ0n9otYlGKa44BvliV
tD5WaEC3jKeR4nmuztimxtOT4vckzLqfxBa9qhxv159x+6fL4ffj+1/U0vNnsv7wgm7oB7FLCQmA
1RbfCq1y0Vfn00ylO3A1076LIF3OrVbmyded/QVrx7kLE8Ip8+poz6dVA+XYoQzkat2wm0gVN4Pd
j+Nku95qJj8revtdo+f9ouG3T3S9U9S3nv7qjXTmHhG7YiTDNrVh3eU4Ife7fRkrW7XfgOMBXgxq
IsMLC9cowcda1V0WQzHP2zN9om285IsKYrAQX6HJLIMouqXJiauEkSN/iybOH0XKOyJxQ85+CLW9
ZuV573JgFRZqaaeKv3cJE53QFu67KRfZOV9MLpCE+gJdzy5iGzE9uWPjNkOkTFuvyGXyhkY7bW+L
odTS/TbGg7kUh3zAjb8FHUyCINis0R9iHvCXFqx/EzT4TNzu5WP6bg1b5odOX6ICzsKDpVrhyRY9
WDiQQ+SjccOze230VvGem1SksMlQpAbR9SBEHVKRBhjKqx0LbNwqmL0JSyScn4xxBUS/xfHtDQeB
7qcl8Qp/ggM/ddb8iPk89J/3XBb1LYq9kQHes49DTLEbGgPDcg2Bdq11dKn0gjLUlFcTMmJtixY7
b8TqtgynWIXgNouu+28qH7dnn3DbzaG2DBigihiCQ7ZsVowftf/H3nX2No4t2b+y2E/7VvCKQWL4
8HZBMecshsU+gFkUk8Qgkvr1K6fudpTb7pk3bzCAYdiQLPNW1b0VbtU5nxvpfR3i4pP9CfhaG0Dd
1U/twNK7EwK5pKzCcoUDbBepJFmeWt4eSRnQPNUV4SJg4BLueG6aUNDaCWkUypC6JgbEVGHCIU06
dVZvUufcgXl8iAX5cWU35UX3Pzlt+Dhp8fr+wq8dmsHKnvCtOPAy16kmSl8UfUR2IuSzHm9BqNGX
AL1KKFw8jtNOzPVE9uklPoUwH3ujE5jqzG90iZ52euZSltfk5FS/CQ0HXDbYe6p+Cnb5uu0i104M
OaqVfAuWmOElHtZvMvowNDFJgpVkx6GpLEhvI6GF0AkKX6saZu8pih7jApFHBDjFktS2a4UT/Z1M
qGZrQIo/6IvfFjL2JVDoz98h/+dHbOWHnrM38uTVtbxJdF2GiYmQcb1VljD82MyKuEjXPhii3Zi6
xCaVUM4lq+aS/os2HFcmhCAoRKwuSVVPnSVxRk23SjfDGhSa8kSLY8++ZTB2/fjLJ1LEi5u7Sd+D
Hwbx682zHAZBByLeZJEiE6lTkxsbJhk/Sv1lDib+fmTsZdxJ4lDNw6DBdT4kGWQTQ+F6DEBDBNFE
GOSbZooLgKNv8vrMvbXY/3ggXiJJ4Bbm5m///q/B5/oEyvctf3MFPmcZXHJuNujZkw9t+GLBVVK6
ylNSYMaTyCghvhQSX7tEZGnGtEFU4zoTEemaVbHNshoTe282YWmu+RqInN3xkHbLtab/2nuX78u8
bZ97t1EKvs6qeI4HzJUVmkoOomgs3Iu7IbZa7ww5UM6A0jc7u4vGhV0FXE44FrZrt2DbLpccsl0A
1EmAVR3ETRzFZaAMpNTF2gqDvj498hSW+cMwUnfU8TenoH1/HPsKsY9uArDFmRjqlBGQbkgSnrR1
dzQjakxPW1+yW4tMZEIP9Um3HaHpNBIlscFSdoetTWcHK9yCdg8xSYubCVzwoBjWpX714H6gPPtQ
Qe7WRwfRN4KKF63GZVNn4SMf4Qte7zsx3Un3W9X8Ran++3u6b2V16KMq+PGz32LQuzJ31+wMujwa
CLmO44s7NBjpuAJkMjdrOwGJc3HgTiFJyyTLashZbhiPJrt9vJOQ0AALS4RRVVEMauB02OAPZmR4
kefx2a9Uwtcl1H2eM5dQGwJBkiWBnhu3AqvsrO/ZqnAuaQjZmnDfO67EMX25JUa5CaUoUAmURR1D
UYhoTvd7L2aovqBFpN4blIvufIlX8V9qo9UtjOA9SfCDGX54F1/cRZS/jQx51Vu2wTHZUIiiiyuz
cHb6OfHEGBQrnkXistyoVr9eG1XRr7iex6sxdnqh3NetuycYeyNZpoKgnNOqvA/TGrMq9vaIAZuv
JuBp0F3kMS/DoQub+QsT308a9K9J8d1aBvZfV0UpWtRsWJ6LdU4lukReaBxnzhECk4ZGW3LUz3uR
GQ4RiagbybXgqVOABA8YtFpUvDv0jHOw3SGJ+2Zk0VxSzweg0D/XSDvU+XFIHuD2P1+027Luxt6O
kyhv7HM9p6k+Jjqx0QzDAU+cT4RBzPhDvDpIDHE02NNpiSOnIM32DnM8N0N7bjGvuZznuZZxgEcK
aTA27Bc93t3oSHNzz8r6fYX/gnOTwyG+zZHr5mLredK+02F7JUOmqWln0VvN9w3J8SJh5bt7llGA
RkOP3il0nTOdGdXSO5armHPXIxWedhjucRqiiWB59gWvlXvXHnz/jLmsuLARG2zeq7dAL+ot7/jf
ZnoooaHP/Wa0C8rih+TpCXFGneZZ1zf3fBT/QJ7/7W1Pwhy09etdJ3l124xxUwbn+QfbeNpuHX1H
8QCfvZTXXX8L6xzf3OJIX36aH2qAqxefUh+q1x8wv3++h094/e/Li/67/uYHbb8U0mE4BA8P+nxe
6SncIfrytUeMx1cEMMXZTRh0SZy3//SemzlpqqB+vh/+52Ff/R38+b309NL80c5e95FXSbRR5byR
gFZBUtl2FilKIHyz2q2Ao16yi4mtenlKw5pbiqhF9D0m6M5WFxdIBtiuKCdboZm3a7oolI5udeyw
peBQ+uAl01U+tEcOtDs+NPhVNrTPKuVOaPfff1ITj6iN79zzXpG4mMUZxQo9ZB2GcWPz+4xFyvMI
sQ5jkA6uF2mRnwBqOnKc5Alc1VexzYuRH2MtlzHmvjlsrXJEsuxMVmCIyYw+5l8Fkvh5dJRX8Cs/
KY81uDocPG4TiGMqGOLyoJBItFSnlA2AJjRrogQBZMBROgZ4BForeY0jIrHve59BfAlOQFfqD7up
PrZqjudOVi2GRfj7y6PN3x74XV3HukBb0Z5nGNbBOcKxgw5SRCX1owsCOINafOqUDujFDeaUYJ6D
ZsLlSbIDOC7VEglKZVdEzkCHJZHY4WlLDpJwquPNz7m5T1wrPL88+FA8+rK4/FZ+fqVm4dbACMt9
riPn5gydmNnetkNASmtYXVKjfSroRD3dMguWcgVsCpv1nGrjbedLPukHprTzEJ8ChjK14WDTBlCw
tVZT+mYx7BsU9sWG/vZeePqclvaTVwO0Rq2P4ODOzCQcyFaqyQisufoIZ2qAUP6miQg+5yErMEkC
3ZICaAuUHGTkmS9cpbO9lALjQFwuJYvWsSnnw5bro89deTxQOr0eaK+uBdrc3qSMy4Hl02tBzrKo
5zbRfhsUALYQ6e3O5HPqzNQWbuJBklUHbG0uQyPZbK1wpVtMYCiHXsCLwQuUXR0qtFqEYrj8Usf3
i6a3R86q25a3u5+vm/G7xSXkevoRuTTvIFHaguuSOa0RuFixw3Zwlmk+7ot67ikY3fOqZMamM6g8
4tTqshHHSoMY3bKhEgAlDVvKa8skhMPZDtgEHpzPJVT3S7m5Npl6dUlCoZ7ic0+YDmsTndvtSIZr
N3iKEJkB6ZgDYCQ9C4sVHILHnmmiisfMA2gsZYBe7ijVg5jzlj8WCNyrnpRRnjMIKP/FjOqbmj7b
qPIiuHwIiv/77x/tqngq3uXHrWh9/ZAoxUn0WIQD4Jn07QPBqprayRE7xaDBkQOYiyea8yitsuYj
xA0Ju6NQuOuUzfGoO+nJ64AVi+c2Y5wqYis5ECCMSPO5Q+Ly4O07o9rgVfPxfdGsKIJm1HxPGxup
qLxUWJyqAh4X6E6VPEopDHIwBllg6eroKaQizZsNMzriVt6lY0AzsKPGgF+OGGIvHXK5qJ+yyX9X
9f8+VfW/3d5iI9+1+X+/CaTEFeCI59zs4HOEhmTqH7BFvjVmfMj+7hTzLGt4+r8+6aLg8nhee3vH
8moHiUsqWFtSYJGRuUuDFkxWQFtFwnYkNwKJVE7JDHsgITmeLisWzNbFPAhLllpgTr1iGDI6rzJB
SwP9l96SjEmYx+XNfd/a7dK6z2NKQgJRw2eMMJB2L2JmhTWtQQK7ZRiVS+ooob2hxay/4kFyHzML
OpClyps23OwOooSt8GSINGZ32jST3KVlqoZYMQWJ/pEY7Z317YJ+zN4hmF1fP7e7gF6j9XCYCuQE
cx68XuzPm9ELgFY0Z8A1MMGcfG3MpBadO4DfnHfsKSfApWWzglSZ22OHHUKcqE886dKDykmH1rO+
2Gr80C5yC0TyrMf/VY1+vMdt3CVtErTJ+F4Kd43zzc4GP6QmkoDGTQ1JDdNH9M6VEMJtFrvtnm3q
cWdalmXj5jl0WMwd4KZW+MM5xffLyrMjQQfSRQWj5plFURZbgwMz/sqie97dJGUS9e1D5QV6clZ8
fLjzTeeHfljcebT7/CgmNwmx5xxB2eL1UIDrEYiOXcc1lmJDCCqWLTWwPuh45USZvd2L9k4NhGoH
gtDS8itumux0EI6aa6oV2lNz0AGqyeu/DVhU3iVT8l49/0XY+Sicu7jz/pcPSDSPb7k+7xli32qU
vpI5JZSsGl6gKf6q0/lh8DSKi/VTuspmksFbmt4uZ21i01ErjCYe6SyXbdu1pmWcTAs5AcZpWsPm
QslsLtDQGZbZkqqyrw0UvQpvDt2Wfe6+3RWAVh+UT9ffvINGsLq+wxsgmmkWSDBWO1urnOUOO17d
AZGgbrE0P3XuFMd60HEalzZ+CvrJ1Ka3jEsjpAS0com96EXqlilvViqNGbgCD7CefxVk5bmAPofs
8E+8FPhBNT8JQo9cb7Ny/XVwCM9tQoauKY7aXuj6ATOAs5pDK3SEXW90pn7cuNnBb8k5AsUAPeDL
yQMIfBnncjJWXEiL5wXDt4ET0M6+VNZ/EDDF+3rldyn9VNHyTak/xW15Tez4HZHf+yCtIEYFQuea
dgEtVtDhhFVSt94LFrQ7MgVDr/aXXaFWWWgfOx/aSSikdLaNYusMN9ysgTvAV7JtuYKsnDvAfq+e
ltv5c3nsmwv9APTOB7CEuFpSSQM+7SMPC5NGkfpo76+X9VRDQVrJNFLuWqpNwqY4ysFh4YaJg9W4
5R40Sj3GrLg+RjzcWAArWg4ykigt59vjF7v8k6Drgy4P6u+nAvACAOAZPM9Tpb5E3EH/NMfKVYQf
9Ppk+kxpsrI/rJw59TYFV+95Q0qjAMwRUZ5Zsu+2WSMmyzO4QE5DkV1O/zhjN36/8CtRi1ZZcDrR
/lrNuJSL2+C8y5SZRcdfivCDPKHb/N2Ppe9S/rljqQ3e1Q12fUKqy1Hd4ZGzLR/XSEibzCnI+uos
x6zaN1NqLMzkDIJyE6YR2leLbWFHRYGHDmQnaWqxWztUi26qzBEgCCjrsAwFFVL/Bbrp+rl8YD5E
Xtxsvu7G/4D78V693/T0Oe3+5eh/P0f/jsy/WeRbEARXBjBW1B6RIUzYLBqCwwqmsCS7WQTQflSZ
YjiG8DxENkASSmQYdjiZQKQBte+R7D6K4I3ijgbf2duKYrNzMFYJej4J3OmPJ/R7Mf0Kqf/pgqvX
l/lXaPXnDq3e1vpfgdUfOLA6zJ+v6pcr87CkjC5pWnyUEPq0hRbWoNcIHMuFtvcvxoS7Rbaz6HCL
i6VmgpPd+fCALnldXY1THzGbVZgddM2IDFgnT8lZiz7H8zdeHu2eM/vmnnjjneL9FQdGnLho9tdC
baZHOG/Med9erA6fnVWFEnOBLXF5XlIU3tRiMizxVTq2chMllQrphMAQZV1TysKnzIW/J4z1EIBL
bbvUv1byyquhvXztHrHAnxIBvDMB8eMJ84Ta8b4O/hTX+/U5kfueu/WH7KmP3pykudq/ryFcjW6t
VZma3ArnJomLuB11XARMutzHeKx5aElxCbPzIUiBsTVGi8NYQfuqLrXzoTNYWgsaBnHHIpq8tenV
/Sp9ClgbXvZWmVBPpfzsgu/m0CY32Xx4ecF3ET5/3xFpRpft1j+v9/4GbTNPHuhB7/BPl+f/cUmQ
wPsC6QtenhcPR71Dm1UlU5Tcve+n5jzHt7vJIfgq1SpZVC6my2or7jMV45z/r+7KlhTFguh7/wpR
wy7yiCC7C7Lqw0TABQRk3wQi5t9Hp7qru3rK0qiunoh58IUwSEluXjNvnjwHs0fOM3QhqE4FGI7c
pNPxjqLrJRMM7TiDsWqK0wFnjnOjCunxVJR4XKtKGiCr1srJKrHyQvuMdPKGI8sgqG878Tmqrv3U
F0Dqq4qua8On6zxSGvvPmKCLJfLVmMhNQ6ugdd8x9v36ja7oq7u/9VMeu8P99fAadPtBzhOB3TKi
2teSiOIQQPTOBed+t08wfZAdjTi5lmGQw1HFT9t6ImfOcOIxVBKiRF+ikI24Z+pYLuyd4KjsNt96
4yzVy0z7f7MAD1mK3YQWIvchvgZRx4HosujSAUsdUYYhIWT76JqayJ2g6iyC/YblxTA+KxPVbqyt
WlFiUtH+CrXZVTSm1WoZbqloBTYSG/VFGx+C46+q2bvDN/KA2U/Y7Sz1ujj1vzLJo+gvoHYe8u13
a2/mSw/QnYRc2kjwpRwbqKPaewEACFxEqkAiYXfUynk9itPK6Gy6111UkBFnbyt51JgDVcQBLtBz
qCZnrqFJ5oI4RS2B7XC5/wy6E+JRH1xXax1U3fUYtWnSd5SA7621pQnlsmWaOUOwe5lXe4V0aGYT
iITSc30khRnSW6jgarsWRLmAREeFLOfRGR6Sfg663N6zTbxldW7aeNsxWp4rXNHexvDcIKN48KEb
N21cDPm4Ijsv1TC3DAoxTKiwDcc0L/gWrxlpV9hOOWBMwYW1gVUcdm5LiishduMmfQNLwKM6sdrZ
dDZDQjJ2Dme/keUNfuo96mPQq29MW7eanfdOGZS9icaMIzvmkXFy2twlcQet7Gg0HbHpw5LKQLfP
aF83FQWB2aStzTPPDNwcgzPW9lq1ERJecn3kLDWFT0y1wSx/r+75I43gEZ3n74Bi7gz/ImXIT5dK
kLNlUZaYzFB3W4w7i4nPkw2VFHTbTa2vDUwkrVm/1yE8F6R1tfURhCmjSt7BiBoxa1OfwRClsx49
32/Chzg3P4Nb8X0qxQcCOQfGJFrUum+0w2kfoJxNAY9TM2RfTmJ24Mkajsctfsi1dhXLUJlMccPG
q7UE6Qk0aDxZOpEuDvoC7zivWRjTHgYY8wHgxXvPWB9vgteoP6h7FaFwaJMhg2WYMPShU3F+vU/Y
TD21CyOXznBtZYoujUqwZw5lJi+w+Ehbbsey5GXvmGPCWrEUjqnKTY4r1rRukSmrTeT4q5zDcRe/
iGi8FlltgJu6fvBSu/0sC/UErmNd9T/l8gsMhfzxS9ctPr7UHZcULQBtUY9vM6z+q0NB/CyC9TW0
nnsX5GsG1stL+UHg9U8M/RCp0EOqmT8Ze3OpP6Co01plI9sU5ycBYGK+9KQFGuDVIGnNcrYutoCE
A8OvPU9iiQhRrcaO8sLFj1CGiSBdSF0iTs1wICzZYiDB7AAGq4vzZ4T6Y07opnf+se+i/0rCpaWZ
M8u7mRQVQraoGODJI5qlLJFgV12Cg0PzhErA/cHA1bFCrRMvnmEL3ppgQS+6AuIEPBZPBjLg2uiS
8wngv0kp+7n0eQI1wLG35dlC/6m52vuaPT44kzIWl3B4uuQ/XfBOQnBnyyRUFjQBbGIr8TDDRUa2
llBPoQU1bnwpIMCBQuwynHOwNCacstdUixQ4YraAIt1I5Ka3yO3UJr1YmOQcWYbtkHAH/nNql/+K
juXL9fPXl78BTTmYNyTWBAA=
