#!/bin/bash
# usage: push-dir-to-bare.sh SRC_DIR BARE_REPO [BRANCH] [MESSAGE]
# Commits the full contents of SRC_DIR as the tip of BRANCH (default gh-pages) and pushes
# to the bare repo at a file path. Reproducible: fixed author/committer/date, no user
# config (global/system git config ignored), so identical input => identical commit id.
# Each call makes a new commit on top of the branch's current tip (if any).
set -euo pipefail
SRC=$(realpath "$1"); BARE=$(realpath -m "$2"); BRANCH=${3:-gh-pages}; MSG=${4:-"Deploy"}

export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="Test Bot" GIT_AUTHOR_EMAIL="bot@example.invalid"
export GIT_COMMITTER_NAME="Test Bot" GIT_COMMITTER_EMAIL="bot@example.invalid"
export GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"

[ -d "$BARE" ] || git init -q --bare -b "$BRANCH" "$BARE"

WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
# Throwaway repo whose work tree is SRC itself (nothing copied) and git dir in WORK.
export GIT_DIR="$WORK/git" GIT_WORK_TREE="$SRC"
git init -q -b "$BRANCH"
if git fetch -q "$BARE" "refs/heads/$BRANCH:refs/remotes/origin/$BRANCH" 2>/dev/null; then
  git reset -q --soft "origin/$BRANCH"   # parent = current remote tip
fi
git add -A --force .                      # everything, ignoring any .gitignore
if git rev-parse -q --verify HEAD >/dev/null && git diff --cached --quiet; then
  echo "no changes"; exit 0
fi
git commit -q --no-verify --no-gpg-sign -m "$MSG"
git push -q "$BARE" "HEAD:refs/heads/$BRANCH"
git rev-parse HEAD
