#!/usr/bin/env bash
# Install the built bundle for one user (or system-wide), with its menu entry and icon.
#
#   packaging/linux/install.sh [--prefix DIR] [BUNDLE]     # default: ~/.local, dist/bizhr
#   packaging/linux/install.sh --uninstall [--prefix DIR]
#
# DIR/lib/bizhr-desktop/      the bundle (bizhr-desktop, bizhr, _internal/)
# DIR/bin/bizhr, bizhr-desktop  symbolic links into it
# DIR/share/applications/bizhr-desktop.desktop   Exec= and TryExec= point into the bundle
# DIR/share/icons/hicolor/scalable/apps/bizhr-desktop.svg
#
# --prefix /usr/local (as root) installs for every user. Nothing else is written: no vault,
# no settings; those appear in the user's own folders at first start.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PREFIX=$HOME/.local
BUNDLE=$ROOT/dist/bizhr
UNINSTALL=0
while (($#)); do
    case $1 in
        --prefix) PREFIX=$2; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) BUNDLE=$1; shift ;;
    esac
done

APP_DIR=$PREFIX/lib/bizhr-desktop
DESKTOP=$PREFIX/share/applications/bizhr-desktop.desktop
ICON=$PREFIX/share/icons/hicolor/scalable/apps/bizhr-desktop.svg

refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$PREFIX/share/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
    fi
}

if ((UNINSTALL)); then
    rm -rf "$APP_DIR"
    rm -f "$PREFIX/bin/bizhr" "$PREFIX/bin/bizhr-desktop" "$DESKTOP" "$ICON"
    refresh_caches
    echo "Removed BizHR Desktop from $PREFIX (vaults and settings are left alone)."
    exit 0
fi

if [[ ! -x $BUNDLE/bizhr-desktop || ! -x $BUNDLE/bizhr ]]; then
    echo "No built bundle in $BUNDLE: run packaging/build.sh (or make dist) first." >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
rm -rf "$APP_DIR.new"
cp -a "$BUNDLE" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sfn "$APP_DIR/bizhr" "$PREFIX/bin/bizhr"
ln -sfn "$APP_DIR/bizhr-desktop" "$PREFIX/bin/bizhr-desktop"
install -m 644 "$ROOT/resources/icons/bizhr-desktop.svg" "$ICON"
sed -e "s|^TryExec=.*|TryExec=$APP_DIR/bizhr-desktop|" \
    -e "s|^Exec=.*|Exec=\"$APP_DIR/bizhr-desktop\"|" \
    "$HERE/bizhr-desktop.desktop" >"$DESKTOP"
chmod 644 "$DESKTOP"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$DESKTOP"
fi
refresh_caches
echo "Installed BizHR Desktop in $APP_DIR; menu entry $DESKTOP."
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "Add $PREFIX/bin to PATH to run bizhr from a terminal." ;;
esac
