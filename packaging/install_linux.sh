#!/usr/bin/env bash
# Install pizhu's desktop entry, AppStream metainfo and icons under a prefix, so that
# desktops list "pizhu 批注" with its icon. See packaging/README.md.
#
#   packaging/install_linux.sh                        under ~/.local, for you alone
#   sudo packaging/install_linux.sh --prefix /usr/local
#   packaging/install_linux.sh --bundle               also copy dist/pizhu to PREFIX/lib/pizhu
#                                                     and link PREFIX/bin/pizhu to it
#   DESTDIR=build/stage packaging/install_linux.sh --prefix /usr    stage for a package
#
# The menu entry runs `pizhu`, which must be on PATH: PREFIX/bin/pizhu with --bundle,
# or the command of a pip install.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=io.github.pizhu.Pizhu
prefix="$HOME/.local"
bundle=false
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a directory}; shift 2 ;;
    --bundle) bundle=true; shift ;;
    *) echo "install_linux: unknown option $1 (use --prefix DIR, --bundle)" >&2; exit 2 ;;
  esac
done
destdir=${DESTDIR:-}
root="$destdir$prefix"
share="$root/share"

install -Dm644 "packaging/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
install -Dm644 "packaging/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 resources/icons/pizhu.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/hicolor/*/apps/"$APP_ID".png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -Dm644 "$png" "$share/icons/hicolor/$size/apps/$APP_ID.png"
done

if $bundle; then
  [ -x dist/pizhu/pizhu ] || { echo "install_linux: no dist/pizhu: run packaging/build_bundle.sh first" >&2; exit 1; }
  rm -rf "$root/lib/pizhu"
  mkdir -p "$root/lib" "$root/bin"
  cp -a dist/pizhu "$root/lib/pizhu"
  ln -sfn "$prefix/lib/pizhu/pizhu" "$root/bin/pizhu"
fi

# Refresh the menus and icon caches of a live system (not when staging).
if [ -z "$destdir" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
  fi
fi
echo "install_linux: installed $APP_ID under $root"
