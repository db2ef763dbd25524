#!/bin/bash
# usage: start-garage.sh DIR RPC_PORT S3_PORT WEB_PORT ADMIN_PORT [extra `garage server` flags]
# Writes DIR/garage.toml and runs `garage server` in the foreground (logs to stderr).
set -euo pipefail
DIR=$(realpath "$1"); RPC=$2; S3=$3; WEB=$4; ADM=$5; shift 5
HERE=$(dirname "$(realpath "$0")")
GARAGE=${GARAGE:-garage}
mkdir -p "$DIR/meta" "$DIR/data"
[ -f "$DIR/rpc_secret" ]  || openssl rand -hex 32 > "$DIR/rpc_secret"
[ -f "$DIR/admin_token" ] || openssl rand -base64 32 | tr -d '/+=' > "$DIR/admin_token"
sed -e "s#@DIR@#$DIR#g" -e "s#@RPC_PORT@#$RPC#g" -e "s#@S3_PORT@#$S3#g" \
    -e "s#@WEB_PORT@#$WEB#g" -e "s#@ADMIN_PORT@#$ADM#g" \
    -e "s#@RPC_SECRET@#$(cat "$DIR/rpc_secret")#g" -e "s#@ADMIN_TOKEN@#$(cat "$DIR/admin_token")#g" \
    "$HERE/garage.toml.template" > "$DIR/garage.toml"
export RUST_LOG=${RUST_LOG:-garage=info,netapp=warn}
export NO_COLOR=${NO_COLOR:-1}   # plain log lines (no ANSI colours)
exec "$GARAGE" -c "$DIR/garage.toml" server "$@"
