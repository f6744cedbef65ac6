"""PyInstaller's own QtGui hook, minus the Qt plugins a desktop pizhu never loads.

This hook replaces PyInstaller's hook-PySide6.QtGui.py (hooks in the spec's hookspath
take precedence) and collects the same files, except: the embedded-device platforms
(eglfs, linuxfb, VNC, Vulkan display) and their device integrations, the evdev/TUIO
input plugins, the GTK 3 theme plugin and Qt's virtual keyboard. Dropping them before
PyInstaller's binary analysis also keeps out what only they link: the EGLFS libraries,
GTK's cairo/pango/atk stack (which, bundled, could clash with the system's GTK), and
Qt Quick and QML (17 MB). The xcb, Wayland, offscreen and minimal platforms stay, as do
the xdg-desktop-portal theme, the input contexts IBus and compose, and all image formats
(SVG for the icon).
"""

from __future__ import annotations

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

_DROPPED_TYPES = {"egldeviceintegrations", "generic"}
_DROPPED_PLUGINS = {
    "platforms": ("qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc"),
    "platformthemes": ("qgtk3",),
    # Qt's on-screen keyboard (QT_IM_MODULE=qtvirtualkeyboard, for touch devices) is a Qt Quick
    # scene: it alone would bring QtQuick and QtQml (17 MB).
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),
}


def _wanted(source: str) -> bool:
    path = PurePath(source)
    kind = path.parent.name
    if kind in _DROPPED_TYPES and path.parent.parent.name == "plugins":
        return False
    stem = path.name.split(".")[0].removeprefix("lib")
    return stem not in _DROPPED_PLUGINS.get(kind, ())


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _wanted(entry[0])]
