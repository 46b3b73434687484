"""Remove from the built bundle what Beziehung never loads, then report the size by part.

PyInstaller's ``excludes`` keeps Qt libraries that plugins link to, and collects every Qt
translation and plugin; this keeps only what the app uses (and the xcb, wayland and offscreen
platforms). Run on dist/beziehung after the build: ``python packaging/prune.py dist/beziehung``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

KEEP_PLUGIN_DIRS = {
    "platforms",
    "platformthemes",
    "imageformats",
    "iconengines",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "platforminputcontexts",
}
KEEP_PLATFORMS = ("libqxcb", "libqwayland", "libqoffscreen", "qwindows", "qcocoa", "qoffscreen")
KEEP_IMAGEFORMATS = ("libqsvg", "libqjpeg", "libqico", "qsvg", "qjpeg", "qico")
KEEP_TRANSLATIONS = ("qtbase_de.qm", "qtbase_en.qm")
UNUSED_LIBRARIES = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Designer",
    "Qt6QmlModels",
    "Qt6QmlMeta",
    "Qt6QmlWorkerScript",
    "Qt6VirtualKeyboard",
    "Qt6Pdf",
    "Qt6OpenGL.",
    "Qt6OpenGLWidgets",
    "Qt6Help",
    "Qt6Sql",
    "Qt6Test",
    "Qt6UiTools",
    "Qt6Concurrent",
    "Qt6PrintSupport",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKms",
    "Qt6ShaderTools",
    "Qt6LabsSettings",
)


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def prune(bundle: Path) -> list[Path]:
    qt = next(bundle.rglob("PySide6/Qt"), None)
    removed: list[Path] = []
    if qt is None:
        return removed
    plugins = qt / "plugins"
    if plugins.is_dir():
        for folder in plugins.iterdir():
            if folder.name not in KEEP_PLUGIN_DIRS:
                removed.append(folder)
            elif folder.name == "platforms":
                removed += [p for p in folder.iterdir() if not p.name.startswith(KEEP_PLATFORMS)]
            elif folder.name == "imageformats":
                removed += [p for p in folder.iterdir() if not p.name.startswith(KEEP_IMAGEFORMATS)]
    translations = qt / "translations"
    if translations.is_dir():
        removed += [p for p in translations.iterdir() if p.name not in KEEP_TRANSLATIONS]
    for library in bundle.rglob("*"):
        if library.is_file() and any(part in library.name for part in UNUSED_LIBRARIES):
            removed.append(library)
    for path in removed:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
    return removed


def report(bundle: Path) -> None:
    internal = bundle / "_internal"
    qt = next(bundle.rglob("PySide6/Qt"), None)
    parts = {"total": size(bundle)}
    if qt is not None:
        parts["Qt libraries (with ICU)"] = size(qt / "lib") if (qt / "lib").exists() else 0
        parts["Qt plugins"] = size(qt / "plugins") if (qt / "plugins").exists() else 0
        parts["ICU"] = sum(size(p) for p in bundle.rglob("libicu*") if not p.is_symlink())
    pyside = next(bundle.rglob("PySide6"), None)
    if pyside is not None:
        parts["PySide6 bindings"] = sum(size(p) for p in pyside.glob("*.so*")) + sum(
            size(p) for p in pyside.glob("*.pyd")
        )
    counted = sum(v for k, v in parts.items() if k not in ("total", "ICU"))
    parts["Python and the rest"] = parts["total"] - counted
    for name, value in parts.items():
        print(f"{name:<22} {value / 1e6:8.1f} MB")
    del internal


def main() -> int:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/beziehung")
    before = size(bundle)
    removed = prune(bundle)
    after = size(bundle)
    print(f"pruned {len(removed)} files and folders: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    report(bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
