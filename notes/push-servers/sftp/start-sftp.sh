#!/bin/bash
# usage: start-sftp.sh DIR PORT  -> runs sshd in foreground (-D -e: logs to stderr)
# creates DIR/ssh_host_ed25519_key, DIR/client_key(.pub), DIR/authorized_keys, DIR/sshd_config
set -euo pipefail
DIR=$(realpath "$1"); PORT=$2
HERE=$(dirname "$(realpath "$0")")
[ -f "$DIR/ssh_host_ed25519_key" ] || ssh-keygen -q -t ed25519 -N '' -C testhost -f "$DIR/ssh_host_ed25519_key"
[ -f "$DIR/client_key" ]           || ssh-keygen -q -t ed25519 -N '' -C testclient -f "$DIR/client_key"
cp "$DIR/client_key.pub" "$DIR/authorized_keys"
# pre-trusted known_hosts for clients (ssh/sftp/rclone): "[host]:port keytype key"
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$DIR/ssh_host_ed25519_key.pub")" > "$DIR/known_hosts"
sed -e "s#@DIR@#$DIR#g" -e "s#@PORT@#$PORT#g" "$HERE/sshd_config.template" > "$DIR/sshd_config"
mkdir -p /run/sshd   # privilege-separation dir; sshd refuses to start without it
exec /usr/sbin/sshd -D -e -f "$DIR/sshd_config"
