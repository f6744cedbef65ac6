#!/usr/bin/env bash
# Wrap the bundle from packaging/build_bundle.sh into a Debian package:
# dist/pizhu_<version>_<arch>.deb, installing /usr/lib/pizhu, /usr/bin/pizhu, the
# desktop entry, the metainfo and the icons. Its Depends are the system libraries of
# packaging/debian-packages.txt, fonts-noto-cjk among them (python3-venv aside: the
# bundle carries its own Python). Needs dpkg-deb (Debian, Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "build_deb: FAILED: $*" >&2
  exit 1
}
[ -x dist/pizhu/pizhu ] || fail "no dist/pizhu: run packaging/build_bundle.sh first"
command -v dpkg-deb >/dev/null 2>&1 || fail "dpkg-deb not found (apt-get install dpkg)"

version=$(QT_QPA_PLATFORM=offscreen dist/pizhu/pizhu --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
# The bundle's binaries need at least the C library they were built against.
glibc=$(getconf GNU_LIBC_VERSION | awk '{print $2}')
depends="libc6 (>= $glibc)"
while read -r package; do
  case "$package" in
    "" | "#"* | python3-venv) ;;
    *) depends="$depends, $package" ;;
  esac
done <packaging/debian-packages.txt

root=build/deb/root
rm -rf build/deb
DESTDIR="$root" bash packaging/install_linux.sh --prefix /usr --bundle >/dev/null
mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<EOF
Package: pizhu
Version: $version
Architecture: $arch
Maintainer: pizhu developers <pizhu@users.noreply.github.com>
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: text
Priority: optional
Homepage: https://github.com/pizhu/pizhu
Description: reader and annotator for Chinese government news (批注)
 pizhu imports newspaper pages, markdown transcripts or crawled articles,
 splits them into articles, highlights entities and directive sentences,
 lets an editor correct them, and keeps everything in one local SQLite
 library that exports to CSV and JSONL. This package carries its own
 Python and Qt.
EOF

deb="dist/pizhu_${version}_${arch}.deb"
rm -f "$deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb" >/dev/null
dpkg-deb --field "$deb" Depends | grep -q "fonts-noto-cjk" || fail "$deb does not depend on fonts-noto-cjk"
echo "build_deb: OK: $deb ($(du -h "$deb" | cut -f1))"
