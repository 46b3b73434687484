"""Render the application icon (SVG) to the PNG sizes, .ico and .icns in resources/icons/.

Run with the project's Python: ``.venv/bin/python tools/render_icons.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "de.beziehung.Beziehung.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    out = SVG.parent
    for size in SIZES:
        render(renderer, size).save(str(out / f"de.beziehung.Beziehung-{size}.png"))
    render(renderer, 256).save(str(out / "de.beziehung.Beziehung.ico"))
    render(renderer, 512).save(str(out / "de.beziehung.Beziehung.icns"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
