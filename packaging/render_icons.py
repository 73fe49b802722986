"""Render the application icon (resources/icons/consult.svg) to PNG in the usual sizes.

    python packaging/render_icons.py OUTDIR

writes OUTDIR/<size>x<size>/apps/consult.png for each size and OUTDIR/scalable/apps/consult.svg:
the layout of an icon theme folder (share/icons/hicolor). Uses PySide6's QSvgRenderer, so the
build needs no other tool; runs offscreen.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "consult.svg"


def render_icons(out: Path, source: Path = SOURCE, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write one PNG per size (and the SVG as the scalable one); return the files written."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "consult.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    scalable = out / "scalable" / "apps" / "consult.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    return [*written, scalable]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/render_icons.py OUTDIR", file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication(["render_icons"])  # noqa: F841
    for path in render_icons(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
