#!/usr/bin/env bash
# Daily rebuild of the site (run it shortly after midnight, China time). Which penalty decisions
# are shown is decided when the site is built, so a decision past its 公示截止期 leaves the site
# only when a build runs on or after the next day. This script:
#   1. updates the checkout and builds it into a new release folder;
#   2. switches the web root symlink to it atomically and keeps the last few releases;
#   3. if the latest content does not build (a content problem), builds the last commit that did,
#      as of today, so that expired decisions still disappear on time, and then exits non-zero so
#      that the failure is noticed;
#   4. ships the release to the publishing targets named in PUBLISH_TARGETS (npm run publish: object
#      storage, several web servers, a platform archive; deploy/publish/), so that this machine can
#      be a build host and the web servers receive files only, with no Node or npm registry;
#   5. warns when the holiday calendar does not yet know the coming year.
#
# Everything runs on the project's own Node (node_modules/.bin/node, from the `node` package that
# package.json pins), never on whatever `node` PATH finds: under systemd or cron PATH is bare and
# Debian's Node is too old for Astro. npm ci runs on that Node too once it is installed.
#
# Settings (environment): SITE_REPO (the checkout), RELEASES (folder of builds), WEB_ROOT (the
# symlink nginx's root points to; set it empty on a build host that serves nothing itself), KEEP
# (releases kept, default 7), NO_PULL=1 (build the checkout as it is), SKIP_INSTALL=1 (do not run
# npm ci), PUBLISH_TARGETS (target names from deploy/publish/targets.yaml, or the file named by
# GONGKAI_PUBLISH_CONFIG, separated by spaces; keys for object storage in the environment too).
set -euo pipefail

SITE_REPO=${SITE_REPO:-/srv/gongkai/site}
RELEASES=${RELEASES:-/srv/gongkai/releases}
WEB_ROOT=${WEB_ROOT-/srv/gongkai/www}
PUBLISH_TARGETS=${PUBLISH_TARGETS:-}
KEEP=${KEEP:-7}
LAST_GOOD="$RELEASES/last-good-commit"

log() { printf '%s %s\n' "$(TZ=Asia/Shanghai date '+%F %T')" "$*"; }

# npm ci, on the project's Node when it is already installed. npm ci deletes node_modules, that
# Node included, so npm (and the packages' install scripts, which run `node` from PATH) runs on a
# copy of it. The first install, with no project Node yet, uses the npm and Node found on PATH;
# the `node` package then brings the pinned Node for everything else.
install_dependencies() {
  local npm_cli node_copy status=0
  npm_cli=$(command -v npm || true)
  [ -z "$npm_cli" ] || npm_cli=$(readlink -f "$npm_cli")
  if [ -n "$npm_cli" ] && [ -x "$SITE_REPO/node_modules/.bin/node" ] && head -n 1 "$npm_cli" | grep -q '^#!.*node'; then
    node_copy=$(mktemp -d "$RELEASES/node-XXXXXX")
    ln "$(readlink -f "$SITE_REPO/node_modules/.bin/node")" "$node_copy/node" 2>/dev/null || cp -L "$SITE_REPO/node_modules/.bin/node" "$node_copy/node"
    PATH="$node_copy:$PATH" "$node_copy/node" "$npm_cli" ci --no-audit --no-fund --silent || status=$?
    rm -rf "$node_copy"
    return "$status"
  fi
  npm ci --no-audit --no-fund --silent
}

# Builds commit $1 of the checkout (HEAD when empty) into a new release folder; prints the folder.
build_release() {
  local commit=$1 out source
  out=$(mktemp -d "$RELEASES/$(TZ=Asia/Shanghai date +%Y%m%d-%H%M%S)-${commit:0:8}XXXX")
  source="$SITE_REPO"
  if [ -n "$commit" ]; then
    # An older commit is built in a worktree of its own, beside the checkout's node_modules.
    source="$RELEASES/worktree-$commit"
    rm -rf "$source"
    git -C "$SITE_REPO" worktree prune
    git -C "$SITE_REPO" worktree add --detach --force "$source" "$commit" >/dev/null
    ln -s "$SITE_REPO/node_modules" "$source/node_modules"
  fi
  log "building ${commit:-HEAD} into $out with Node $("$NODE" --version)" >&2
  # scripts/build.ts builds beside $out and replaces it only when every stage succeeded; a commit
  # from before it existed is built by astro directly (the folder is removed below on failure).
  if (cd "$source" && if [ -f scripts/build.ts ]; then GONGKAI_OUT_DIR="$out" "$NODE" scripts/build.ts >&2; else GONGKAI_OUT_DIR="$out" "$NODE" node_modules/astro/bin/astro.mjs build >&2; fi); then
    [ -n "$commit" ] && git -C "$SITE_REPO" worktree remove --force "$source"
    echo "$out"
  else
    [ -n "$commit" ] && git -C "$SITE_REPO" worktree remove --force "$source"
    rm -rf "$out" "$out-cache"
    return 1
  fi
}

publish() {
  local out=$1
  if [ -n "$WEB_ROOT" ]; then
    ln -sfn "$out" "$WEB_ROOT.next"
    mv -T "$WEB_ROOT.next" "$WEB_ROOT"
    log "published $out"
  fi
  # Keep the newest $KEEP releases (and their build caches); the published one is among them.
  find "$RELEASES" -mindepth 1 -maxdepth 1 -type d -name '20*' ! -name '*-cache' -printf '%T@ %p\n' | sort -rn | tail -n "+$((KEEP + 1))" | cut -d' ' -f2- |
    while read -r old; do [ "$old" != "$out" ] && rm -rf "$old" "$old-cache"; done
  ship "$out"
}

# The same built release, as it is, to every publishing target (build once, publish anywhere).
# A target that fails is reported and makes the run fail; the others are still served the release.
ship() {
  local out=$1 target failed=0
  for target in $PUBLISH_TARGETS; do
    if "$NODE" scripts/publish.ts --dist "$out" "$target"; then
      log "shipped $out to $target"
    else
      log "publishing to $target failed; it still serves its previous release (see the message above)"
      failed=1
    fi
  done
  [ "$failed" = 0 ] || status=1
}

mkdir -p "$RELEASES"
cd "$SITE_REPO"
[ "${NO_PULL:-}" = 1 ] || git pull --ff-only --quiet
[ "${SKIP_INSTALL:-}" = 1 ] || install_dependencies

NODE="$SITE_REPO/node_modules/.bin/node"
if ! "$NODE" --version >/dev/null 2>&1; then
  log "the project's Node ($NODE) is missing or does not run: run npm ci in $SITE_REPO"
  exit 1
fi
# Anything the build starts by the name `node` gets the same Node.
export PATH="$SITE_REPO/node_modules/.bin:$PATH"

head_commit=$(git rev-parse HEAD)
status=0
if out=$(build_release ""); then
  echo "$head_commit" > "$LAST_GOOD"
  publish "$out"
else
  status=1
  log "the latest content ($head_commit) does not build; see the problems listed above"
  if [ -s "$LAST_GOOD" ] && out=$(build_release "$(cat "$LAST_GOOD")"); then
    log "rebuilt the last good commit $(cat "$LAST_GOOD") as of today instead"
    publish "$out"
  else
    log "no earlier commit could be built: the site was left as it was"
  fi
fi

"$NODE" deploy/scheduled-rebuild/calendar-check.ts || true
exit "$status"
