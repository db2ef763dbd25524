#!/bin/bash
# usage: setup-garage.sh DIR BUCKET KEY_ID SECRET
# Explicit CLI setup of a freshly started single node (garage 2.5.0 syntax):
# layout assign+apply, bucket, imported (deterministic) key, RWO permission, website.
set -euo pipefail
DIR=$(realpath "$1"); BUCKET=$2; KEY_ID=$3; SECRET=$4
export GARAGE_CONFIG_FILE="$DIR/garage.toml"
G=${GARAGE:-garage}
# wait (<=10 s) until the daemon answers RPC (`garage status` connects; `node id` may not)
for i in $(seq 200); do $G status >/dev/null 2>&1 && break; sleep 0.05; done
NODE=$($G node id -q)                                # "<64-hex-id>@127.0.0.1:RPC_PORT"
NODE_ID=${NODE%%@*}                                  # full hex id; a unique prefix also works
if ! $G layout show | grep -q "^Current cluster layout version: [1-9]"; then
  $G layout assign -z dc1 -c 1G "$NODE_ID" >/dev/null
  $G layout apply --version 1 >/dev/null
fi
$G bucket create "$BUCKET" >/dev/null
$G key import --yes -n "$BUCKET-key" "$KEY_ID" "$SECRET" >/dev/null  # or: garage key create NAME
$G bucket allow --read --write --owner "$BUCKET" --key "$KEY_ID" >/dev/null
$G bucket website --allow "$BUCKET" >/dev/null       # -i index.html (default), -e error doc
