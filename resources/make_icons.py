"""Regenerate the app's icons from its one drawing, resources/icons/org.mbcdesktop.MBCDesktop.svg.

    .venv/bin/python resources/make_icons.py

Writes, next to the SVG (commit them all):
- hicolor/NxN/apps/org.mbcdesktop.MBCDesktop.png for the sizes Linux desktops look for;
- org.mbcdesktop.MBCDesktop.ico (Windows: the .exe, the installer, the Start menu);
- org.mbcdesktop.MBCDesktop.icns (macOS: the .app and the dmg);
and copies the SVG into the package (src/mbc_desktop/resources/icons/mbc-desktop.svg), where the
window icon is read from at run time.

Qt draws every size (QSvgRenderer into a QImage). Qt can write .ico and .icns, but only one
picture per file, so both containers are put together here: each is a short header and a list
of PNG pictures, which Windows Vista and later and macOS 10.7 and later read.
"""

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "org.mbcdesktop.MBCDesktop"
ICONS = HERE / "icons"
SOURCE = ICONS / f"{APP_ID}.svg"
PACKAGE_SVG = ROOT / "src" / "mbc_desktop" / "resources" / "icons" / "mbc-desktop.svg"

# The sizes desktops use (the icon theme spec asks for at least 48).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16-48 in lists and menus, 256 on large tiles; 24 and 64 for 150 % scaling.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold a PNG, with their size in pixels (the @2x ones are retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(size: int) -> bytes:
    """The drawing at size × size pixels, as PNG bytes (transparent around it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"Qt cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"Qt could not write a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(pictures: dict[int, bytes]) -> bytes:
    """A Windows .ico: ICONDIR, one 16-byte entry per picture, then the PNGs."""
    sizes = sorted(pictures)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pictures[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pictures: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' and the file's length, then each type, its length and a PNG."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pictures[size])) + pictures[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pictures = {size: render_png(size) for size in sizes}
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pictures[size])
    (ICONS / f"{APP_ID}.ico").write_bytes(ico({size: pictures[size] for size in ICO_SIZES}))
    (ICONS / f"{APP_ID}.icns").write_bytes(icns(pictures))
    shutil.copyfile(SOURCE, PACKAGE_SVG)
    print(f"Wrote {len(PNG_SIZES)} PNGs, the .ico and the .icns in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
