"""Make the application icon in each platform's forms from ``resources/accord.svg``.

``python packaging/make_icons.py`` writes, under ``resources/icons/app/``:

- ``accord-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (Linux's
  hicolor theme, the ``.desktop`` file's ``Icon=accord``);
- ``accord.ico`` (Windows: 16, 24, 32, 48, 64, 128, 256 px, each stored as
  PNG, which Windows reads since Vista);
- ``accord.icns`` (macOS: 16 to 1024 px, the 1x and 2x kinds, PNG-coded).

The SVG is drawn by Qt's own ``QSvgRenderer`` (PySide6-Essentials, already
a dependency), and the ``.ico`` and ``.icns`` containers are written here:
both are a small header and a table of PNG images, so no imaging library
is needed. The outputs are committed; run this again after the SVG changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "accord.svg"
OUTPUT = ROOT / "resources" / "icons" / "app"

#: Sizes of the separate PNG files (px).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes stored in the Windows ``.ico`` (px); 256 is the largest Windows shows.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The ``.icns`` entry types that hold PNG data, with their pixel size
#: (Apple's icns format: ``icp4``/``icp5`` 16/32 px, ``ic07``-``ic10`` 128-1024,
#: ``ic11``-``ic14`` the 2x kinds of 16-512 pt).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(svg: Path, size: int) -> bytes:
    """Return ``svg`` drawn on a transparent ``size``×``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError(f"Qt could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return a Windows ``.ico`` holding the PNG images ``pngs`` (size px → PNG bytes).

    ICONDIR (reserved 0, type 1, count), then one 16-byte ICONDIRENTRY per
    image (width and height 0 meaning 256), then the images.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        images.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(images)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """Return a macOS ``.icns`` with every :data:`ICNS_TYPES` entry, from ``pngs`` by size.

    ``icns`` + total length (big-endian), then per entry its 4-byte type,
    its length including this 8-byte header, and the PNG data.
    """
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(source: Path = SOURCE, output: Path = OUTPUT) -> list[Path]:
    """Write every icon file of the module docstring into ``output``; return their paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(source, size) for size in sizes}
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = output / f"accord-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    ico = output / "accord.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = output / "accord.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def main() -> int:
    """Make the icons and say where they are."""
    for path in make_icons():
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
