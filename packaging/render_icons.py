"""Render the application icon (resources/icons/consult.svg) for each system's packaging.

    python packaging/render_icons.py OUTDIR
    python packaging/render_icons.py --ico FILE.ico --icns FILE.icns

The first form writes OUTDIR/<size>x<size>/apps/consult.png for each size and
OUTDIR/scalable/apps/consult.svg: the layout of an icon theme folder (share/icons/hicolor),
for Linux. The second writes the Windows icon (one .ico holding 16 to 256 px) and the macOS
icon (one .icns holding 16 to 512 px at 1x and 2x), or either one alone.

Every size is drawn from the SVG by PySide6's QSvgRenderer (so small sizes are rendered, not
shrunk from a large one); Pillow, which reportlab already needs, packs them into .ico and
.icns. Runs offscreen: the build needs no screen and no other tool.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# What Windows shows, from the 16 px list view to the 256 px tile; 256 is the .ico maximum.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The pixel sizes of the image kinds Pillow writes into an .icns (its ic07 to ic14: 128, 256
# and 512 px at 1x; 16, 32, 128, 256 and 512 px at 2x). macOS draws 16 and 32 px at 1x from
# them.
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "consult.svg"


def render(size: int, source: Path = SOURCE) -> QImage:
    """The icon drawn at `size` x `size` pixels on a transparent background."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _pillow_image(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("render_icons: Qt could not encode the icon as PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data())))
    picture.load()
    return picture.convert("RGBA")


def _write_packed(target: Path, kind: str, sizes: tuple[int, ...], source: Path) -> Path:
    """One file of format `kind` ("ICO" or "ICNS") holding the icon rendered at each size."""
    pictures = [_pillow_image(render(size, source)) for size in sizes]
    largest, smaller = pictures[-1], pictures[:-1]
    target.parent.mkdir(parents=True, exist_ok=True)
    options = {"sizes": [(size, size) for size in sizes]} if kind == "ICO" else {}
    # Pillow takes each size from append_images when one is that size, else shrinks the first.
    largest.save(target, format=kind, append_images=smaller, **options)
    return target


def write_ico(target: Path, source: Path = SOURCE, sizes: tuple[int, ...] = ICO_SIZES) -> Path:
    """The Windows icon: one .ico with the icon at each of `sizes` (PNG-compressed frames)."""
    return _write_packed(target, "ICO", sizes, source)


def write_icns(target: Path, source: Path = SOURCE, sizes: tuple[int, ...] = ICNS_SIZES) -> Path:
    """The macOS icon: one .icns with the icon at each of `sizes`."""
    return _write_packed(target, "ICNS", sizes, source)


def render_icons(out: Path, source: Path = SOURCE, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write one PNG per size (and the SVG as the scalable one); return the files written."""
    written = []
    for size in sizes:
        target = out / f"{size}x{size}" / "apps" / "consult.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size, source).save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    scalable = out / "scalable" / "apps" / "consult.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    return [*written, scalable]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="render_icons.py", description="Render consult's icon for packaging."
    )
    parser.add_argument("outdir", nargs="?", type=Path, help="an icon theme folder (Linux)")
    parser.add_argument("--ico", type=Path, metavar="FILE", help="write the Windows .ico")
    parser.add_argument("--icns", type=Path, metavar="FILE", help="write the macOS .icns")
    args = parser.parse_args(argv)
    if not (args.outdir or args.ico or args.icns):
        parser.error("give OUTDIR, --ico FILE or --icns FILE")
    app = QGuiApplication.instance() or QGuiApplication(["render_icons"])  # noqa: F841
    written = render_icons(args.outdir) if args.outdir else []
    if args.ico:
        written.append(write_ico(args.ico))
    if args.icns:
        written.append(write_icns(args.icns))
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
