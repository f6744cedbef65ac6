"""Regenerate the PNG and Windows icons from resources/icons/pizhu.svg.

    python packaging/make_icons.py

The SVG is the source of truth; this writes

    resources/icons/hicolor/<N>x<N>/apps/io.github.pizhu.Pizhu.png   N = 16 … 512
    resources/icons/pizhu.ico                                       16 … 256

Requirements: only PySide6 (already a dependency of pizhu). The SVG is drawn by Qt's
own SVG renderer, the one that draws the window icon, and the .ico container is
written here, so no ImageMagick, librsvg, icoutils or Pillow is needed. Run it
after editing the SVG and commit the results.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.github.pizhu.Pizhu"
ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "pizhu.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico holds


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP entry for an .ico: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask."""
    size = image.width()
    # Format_ARGB32 keeps each pixel as a native 32-bit 0xAARRGGBB, i.e. B, G, R, A in
    # memory on little-endian machines, which is the byte order a DIB wants.
    if sys.byteorder != "little":
        raise RuntimeError("writing .ico bitmaps needs a little-endian machine")
    stride = image.bytesPerLine()
    pixels = bytes(image.constBits())
    rows = [pixels[y * stride : y * stride + size * 4] for y in range(size)]
    header = struct.pack(
        "<IiiHHIIiiII",
        40,  # header size
        size,
        size * 2,  # an icon bitmap counts the XOR image and the AND mask
        1,  # planes
        32,  # bits per pixel
        0,  # BI_RGB, uncompressed
        size * size * 4,
        0,
        0,
        0,
        0,
    )
    mask_row = ((size + 31) // 32) * 4  # 1 bit a pixel, rows padded to 32 bits; all 0: alpha decides
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico file: bitmaps below 256 px (understood everywhere), PNG at 256 px."""
    entries = [png_bytes(im) if im.width() >= 256 else dib_bytes(im) for im in images]
    out = [struct.pack("<HHH", 0, 1, len(images))]
    offset = 6 + 16 * len(images)
    for image, data in zip(images, entries, strict=True):
        side = image.width() % 256  # 0 means 256
        out.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return b"".join(out + entries)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png_bytes(image))
        print(target.relative_to(ROOT))
    ico = ICONS / "pizhu.ico"
    ico.write_bytes(ico_bytes([images[size] for size in ICO_SIZES]))
    print(ico.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
