"""The files in packaging/: desktop entry, AppStream metainfo, icons, PyInstaller spec.

The fast tests read the files; the slow one builds the bundle (PIZHU_SLOW=1; CI builds
it in its own step anyway).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent  # the checkout, even when gui/ is installed
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.pizhu.Pizhu"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "pizhu.spec"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_names_the_app_its_icon_and_command() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert "批注" in entry["Name"] and entry["Name[zh_CN]"] == "批注"
    assert entry["Comment"] and entry["Comment[zh_CN]"]
    assert entry["Terminal"] == "false"
    # The command is the console script pip installs (and the bundle's executable).
    assert entry["Exec"].split()[0] in PYPROJECT["project"]["scripts"]


def test_metainfo_describes_the_same_app() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    for tag in ("name", "summary"):
        langs = {el.get(XML_LANG) for el in root.findall(tag)}
        assert langs == {None, "zh_CN"}, tag
    assert {p.get(XML_LANG) for p in root.findall("description/p")} == {None, "zh_CN"}
    assert root.find("content_rating") is not None


def test_metainfo_release_is_the_project_version() -> None:
    releases = [r.get("version") for r in metainfo().findall("releases/release")]
    assert releases and releases[0] == VERSION


def test_metainfo_screenshot_is_a_file_of_this_repository() -> None:
    urls = [el.text or "" for el in metainfo().findall("screenshots/screenshot/image")]
    assert urls
    for url in urls:
        assert url.startswith("https://")
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), url


def test_png_icons_exist_at_every_size() -> None:
    for size in PNG_SIZES:
        path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(path) == (size, size)


def test_windows_icon_holds_the_small_to_large_sizes() -> None:
    data = (ICONS / "pizhu.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert bits == 32 and offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_windows_icon_decodes_to_the_png_icons(qapp) -> None:
    from PySide6.QtGui import QImage, QImageReader

    reader = QImageReader(str(ICONS / "pizhu.ico"))
    assert reader.imageCount() == 7
    for _ in range(reader.imageCount()):
        image = reader.read().convertToFormat(QImage.Format.Format_ARGB32)
        assert not image.isNull(), reader.errorString()
        size = image.width()
        png = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        png = png.convertToFormat(QImage.Format.Format_ARGB32)
        # Same pixels, same way up: the bitmaps' rows and byte order are right. Qt's
        # premultiplied conversions round differently by CPU (SIMD path): allow one step.
        assert image.size() == png.size()
        got, want = bytes(image.constBits()), bytes(png.constBits())
        assert max(abs(a - b) for a, b in zip(got, want, strict=True)) <= 1, size
        reader.jumpToNextImage()


def test_svg_icon_is_the_source_of_the_others() -> None:
    root = ET.parse(ICONS / "pizhu.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    script = (PACKAGING / "make_icons.py").read_text(encoding="utf-8")
    assert "pizhu.svg" in script and APP_ID in script


def test_spec_bundles_resources_and_seeds_where_the_wheel_puts_them() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    force_include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert set(force_include) == {"resources", "seeds"}
    for source, target in force_include.items():
        assert f'(str(ROOT / "{source}"), "{target}")' in spec
    assert 'copy_metadata("pizhu")' in spec  # `pizhu --version` in the bundle
    assert '"jieba"' in spec


def test_spec_excludes_no_module_pizhu_imports() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    excludes = re.search(r"^EXCLUDES = \[(.*)\]$", spec, re.M)
    assert excludes
    excluded = re.findall(r'"([\w.]+)"', excludes.group(1))
    assert "PySide6.QtNetwork" in excluded
    for source in (ROOT / "gui").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for module in excluded:
            package, _, name = module.rpartition(".")
            pattern = rf"^\s*(import {re.escape(module)}\b|from {re.escape(module)}\b"
            if package:
                pattern += rf"|from {re.escape(package)} import .*\b{re.escape(name)}\b"
            pattern += ")"
            assert not re.search(pattern, text, re.M), f"{source.name} imports {module}, which pizhu.spec excludes"


def test_launcher_runs_the_pizhu_command() -> None:
    import gui.cli

    spec = importlib.util.spec_from_file_location("pizhu_launcher", PACKAGING / "pizhu_launcher.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main is gui.cli.main


def test_debian_dependencies_name_a_chinese_font() -> None:
    packages = (PACKAGING / "debian-packages.txt").read_text(encoding="utf-8").split()
    assert "fonts-noto-cjk" in packages
    assert len(packages) == len(set(packages))


def test_scripts_are_executable() -> None:
    for name in ("build_bundle.sh", "build_deb.sh", "install_linux.sh"):
        assert os.access(PACKAGING / name, os.X_OK), name


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("PIZHU_SLOW") != "1", reason="builds the bundle; set PIZHU_SLOW=1")
def test_bundle_builds_and_starts(tmp_path: Path) -> None:
    build = subprocess.run(
        ["bash", str(PACKAGING / "build_bundle.sh"), "--reuse-venv"], capture_output=True, text=True, timeout=1200
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(ROOT / "dist" / "pizhu" / "pizhu"), "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"pizhu {VERSION}"
