#!/bin/bash
# usage: start-webdav.sh DIR PORT USER PASS   -> runs nginx in foreground
set -euo pipefail
DIR=$(realpath "$1"); PORT=$2; U=$3; P=$4
HERE=$(dirname "$(realpath "$0")")
mkdir -p "$DIR/root" "$DIR/tmp"
sed -e "s#@DIR@#$DIR#g" -e "s#@PORT@#$PORT#g" "$HERE/nginx.conf.template" > "$DIR/nginx.conf"
printf '%s:%s\n' "$U" "$(openssl passwd -apr1 "$P")" > "$DIR/htpasswd"
exec nginx -p "$DIR/" -c "$DIR/nginx.conf" -e "$DIR/error.log" -g 'daemon off;'
