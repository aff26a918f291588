#!/bin/sh
# Checks a release archive made by `npm run publish -- <archive target>` on a machine with nothing
# but sh, coreutils and tar (a 集约化 platform's import host, say), and unpacks it when it is sound.
#   verify-release.sh gongkai-….tar.gz [DEST]
# 1. the archive's SHA-256 against the .sha256 file beside it;
# 2. every file of the site against SHA256SUMS inside it (sha256sum -c --strict), and no file
#    that the manifest does not list.
# The site is then in DEST/site/ (DEST defaults to a new folder beside the archive). Exit 0 only
# when everything matches.
set -eu
archive=${1:?usage: verify-release.sh ARCHIVE.tar.gz [DEST]}
dest=${2:-${archive%.tar.gz}}
case "$dest" in /*) ;; *) dest="$PWD/$dest" ;; esac
cd "$(dirname "$archive")"
name=$(basename "$archive")
[ -f "$name.sha256" ] || { echo "缺少 $name.sha256（发布包的校验文件）" >&2; exit 1; }
sha256sum --check --strict --quiet "$name.sha256" || { echo "发布包 $name 的 SHA-256 不符：文件被改动或损坏" >&2; exit 1; }
mkdir -p "$dest"
tar --extract --gzip --file "$name" --directory "$dest" --no-same-owner --no-same-permissions
cd "$dest"
sha256sum --check --strict --quiet SHA256SUMS || { echo "发布包中有文件与 SHA256SUMS 不符" >&2; exit 1; }
listed=$(mktemp)
sed -n 's/^[0-9a-f]\{64\} [ *]//p' SHA256SUMS | LC_ALL=C sort > "$listed"
extra=$(find site ! -type d | LC_ALL=C sort | LC_ALL=C comm -23 - "$listed")
rm -f "$listed"
[ -z "$extra" ] || { echo "发布包中有 SHA256SUMS 未列出的文件：" >&2; echo "$extra" >&2; exit 1; }
echo "发布包 $name 校验通过，网站文件在 $dest/site/"
