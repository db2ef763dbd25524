#!/bin/bash
# End-to-end smoke test of every recipe in this folder. Starts each server on 127.0.0.1 with
# free ports in a fresh temp dir, exercises it, stops it (only the PIDs it started).
# usage: GARAGE=/path/to/garage bash smoke-all.sh
set -euo pipefail
HERE=$(dirname "$(realpath "$0")")
FP=$HERE/freeport.sh
GARAGE=${GARAGE:-$(command -v garage || echo /tmp/garage-root/bin/garage)}; export GARAGE
RCLONE="env -u AWS_CA_BUNDLE rclone --config /dev/null"   # see README: AWS_CA_BUNDLE breaks rclone s3
PIDS=(); cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
ok() { echo "PASS $*"; PASS=$((PASS+1)); }; PASS=0
wait_http() { for i in $(seq 500); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = "${2:-200}" ] && return 0; sleep 0.02; done; return 1; }

SRC=$(mktemp -d); mkdir -p "$SRC/sub"; head -c 12345 /dev/urandom > "$SRC/a.bin"
echo '<h1>hi</h1>' > "$SRC/index.html"; echo b > "$SRC/sub/b.txt"

# ---------- WebDAV (nginx) ----------
D=$(mktemp -d); P=$($FP)
"$HERE/webdav/start-webdav.sh" "$D" "$P" u p 2>"$D/stderr.log" & PIDS+=($!)
wait_http "http://127.0.0.1:$P/" 401
B=http://127.0.0.1:$P
[ "$(curl -s -o /dev/null -w '%{http_code}' -u u:p -T "$SRC/a.bin" "$B/x/y/a.bin")" = 201 ] && ok dav PUT
[ "$(curl -s -o /dev/null -w '%{http_code}' -u u:p -X MOVE -H "Destination: $B/x/z.bin" "$B/x/y/a.bin")" = 201 ] || \
[ "$(curl -s -o /dev/null -w '%{http_code}' -u u:p -X PROPFIND -H 'Depth: 0' "$B/x/z.bin")" = 207 ] && ok dav MOVE
[ "$(curl -s -o /dev/null -w '%{http_code}' -u u:p -X PROPFIND -H 'Depth: 1' "$B/x/")" = 207 ] && ok dav PROPFIND
[ "$(curl -s -o /dev/null -w '%{http_code}' -u u:p -X DELETE "$B/x/z.bin")" = 204 ] && ok dav DELETE
[ "$(curl -s -o /dev/null -w '%{http_code}' -u u:bad -T "$SRC/a.bin" "$B/evil")" = 401 ] && ok dav 401
$RCLONE sync "$SRC" ":webdav,url='$B/site',vendor=other,user=u,pass=$(rclone obscure p):" && ok dav rclone
awk -F'\t' '$1=="PUT" && $3~/^20/ && $2=="/site/a.bin" {n+=$5} END {exit !(n==12345)}' "$D/access.log" && ok dav access-log bytes

# ---------- SFTP (sshd) ----------
D=$(mktemp -d); P=$($FP)
"$HERE/sftp/start-sftp.sh" "$D" "$P" 2>"$D/sshd.log" & PIDS+=($!)
for i in $(seq 500); do grep -q "Server listening" "$D/sshd.log" 2>/dev/null && break; sleep 0.01; done
mkdir -p "$D/data"
printf 'put %s %s\nrename %s %s\nrm %s\n' "$SRC/a.bin" "$D/data/a.bin" "$D/data/a.bin" "$D/data/c.bin" "$D/data/c.bin" > "$D/batch"
sftp -q -b "$D/batch" -P "$P" -i "$D/client_key" -o UserKnownHostsFile="$D/known_hosts" -o BatchMode=yes \
     -o KexAlgorithms=curve25519-sha256 root@127.0.0.1 >/dev/null && [ ! -e "$D/data/c.bin" ] && ok sftp put/rename/rm
$RCLONE sync "$SRC" ":sftp,host=127.0.0.1,port=$P,user=root,key_file=$D/client_key,known_hosts_file=$D/known_hosts,shell_type=none,disable_hashcheck=true:$D/data/site" \
  && cmp -s "$SRC/a.bin" "$D/data/site/a.bin" && ok sftp rclone
grep -q "close \"$D/data/site/a.bin.*written 12345" "$D/sftp-server.log" && ok sftp per-file log

# ---------- Garage (S3 + web) ----------
D=$(mktemp -d); RPC=$($FP); S3=$($FP); WEB=$($FP); ADM=$($FP)
AK=GK0123456789abcdef01234567; SK=$(openssl rand -hex 32)
"$HERE/garage/start-garage.sh" "$D" "$RPC" "$S3" "$WEB" "$ADM" 2>"$D/garage.log" & PIDS+=($!)
"$HERE/garage/setup-garage.sh" "$D" site "$AK" "$SK"
wait_http "http://127.0.0.1:$ADM/health" 200 && ok garage healthy
[ "$(curl -s -o /dev/null -w '%{http_code}' --aws-sigv4 aws:amz:garage:s3 -u "$AK:$SK" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' -T "$SRC/index.html" "http://127.0.0.1:$S3/site/index.html")" = 200 ] && ok garage curl sigv4 PUT
$RCLONE sync "$SRC" ":s3,provider=Other,endpoint='http://127.0.0.1:$S3',region=garage,access_key_id=$AK,secret_access_key=$SK,force_path_style=true,no_check_bucket=true:site/r" && ok garage rclone
[ "$(curl -s -H 'Host: site.web.garage.localhost' "http://127.0.0.1:$WEB/")" = '<h1>hi</h1>' ] && ok garage web index
curl -s -H 'Host: site.web.garage.localhost' "http://127.0.0.1:$WEB/r/a.bin" | cmp -s - "$SRC/a.bin" && ok garage web object

# ---------- git mirror ----------
G=$(mktemp -d)/mirror.git
C1=$("$HERE/git/push-dir-to-bare.sh" "$SRC" "$G" gh-pages); C2=$("$HERE/git/push-dir-to-bare.sh" "$SRC" "$(dirname "$G")/m2.git" gh-pages)
[ "$C1" = "$C2" ] && [ "$(git --git-dir="$G" show gh-pages:sub/b.txt)" = b ] && ok git reproducible push

echo "$PASS passed, 0 failed"
