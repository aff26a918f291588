#!/bin/sh
# The web host's side of publishing to several servers (npm run publish -- <hosts target>). It needs
# nothing but sh, coreutils and rsync on the host: no Node, no npm, no project checkout. The
# publishing machine runs it over ssh (`ssh host sh -s -- … < gongkai-release.sh`), so it need not
# even be installed; an office may also copy it to the host and run it by hand to roll back.
#
# Layout under BASE (nginx's root is BASE/www):
#   BASE/releases/<id>/   one folder per release, uploaded whole by rsync before any switch
#   BASE/www -> releases/<id>
#
#   gongkai-release.sh prepare  BASE          make BASE/releases; print the live release id (or nothing)
#   gongkai-release.sh activate BASE ID KEEP  switch www to ID in one rename; print the previous id;
#                                             keep the newest KEEP releases (the live one always)
#   gongkai-release.sh discard  BASE ID       remove an uploaded release that never went live
#   gongkai-release.sh list     BASE          the releases, newest first, the live one marked *
set -eu

fail() { echo "gongkai-release: $*" >&2; exit 1; }
[ $# -ge 2 ] || fail "usage: $0 prepare|activate|discard|list BASE [ID [KEEP]]"
command=$1
base=$2
case "$base" in /*) ;; *) fail "BASE must be an absolute path: $base" ;; esac

current() {
  target=$(readlink "$base/www" 2>/dev/null || true)
  echo "${target##*/}"
}

check_id() {
  case "$1" in
    [0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]) ;;
    *) fail "not a release id: $1" ;;
  esac
}

case "$command" in
  prepare)
    mkdir -p "$base/releases"
    [ ! -e "$base/www" ] || [ -L "$base/www" ] || fail "$base/www exists and is not a symlink: move it aside first"
    current
    ;;
  activate)
    [ $# -eq 4 ] || fail "usage: $0 activate BASE ID KEEP"
    id=$3
    keep=$4
    check_id "$id"
    [ -f "$base/releases/$id/index.html" ] || fail "release $id is not complete on this host (no index.html)"
    previous=$(current)
    # A symlink made aside and renamed over the old one: readers see the old release or the new one.
    ln -sfn "releases/$id" "$base/www.next"
    mv -T "$base/www.next" "$base/www"
    echo "$previous"
    # Only folders named as this script's releases are pruned: anything else there (a rebuild.sh
    # build, its cache) is left alone.
    ls -1 "$base/releases" | grep -E '^[0-9]{8}-[0-9]{6}-[0-9a-f]{8}$' | sort -r | tail -n "+$((keep + 1))" | while read -r old; do
      [ "$old" = "$id" ] || rm -rf "${base:?}/releases/$old"
    done
    ;;
  discard)
    [ $# -eq 3 ] || fail "usage: $0 discard BASE ID"
    id=$3
    check_id "$id"
    [ "$(current)" != "$id" ] || fail "release $id is live: activate another one first"
    rm -rf "${base:?}/releases/$id"
    ;;
  list)
    live=$(current)
    ls -1 "$base/releases" 2>/dev/null | grep -E '^[0-9]{8}-[0-9]{6}-[0-9a-f]{8}$' | sort -r | while read -r id; do
      if [ "$id" = "$live" ]; then echo "* $id"; else echo "  $id"; fi
    done
    ;;
  *) fail "unknown command: $command" ;;
esac
