"""English comes from the compiled translation inside the package; German is the source."""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "beziehung_en.ts"
QM = ROOT / "src" / "beziehung" / "resources" / "translations" / "beziehung_en.qm"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing; it comes with PySide6")
    return found


def test_every_text_of_the_window_has_an_english_translation(tmp_path):
    copy = tmp_path / "check.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "beziehung" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "src" / "beziehung" / "app.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    untranslated = [
        m.findtext("source")
        for m in ET.parse(copy).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == [], "run 'make translations' and translate these in the .ts file"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run 'make translations'"


CHECK = """
import sys
from pathlib import Path
import beziehung
assert Path(beziehung.__file__).is_relative_to(Path(sys.argv[1])), beziehung.__file__
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from beziehung.ui import i18n
app = QApplication([])
kept = i18n.install(app, "en")
print(QCoreApplication.translate("MainWindow", "&Neuer Kontakt"))
print(QCoreApplication.translate("stage", "Stammkunde"))
for t in kept:
    app.removeTranslator(t)
kept = i18n.install(app, "de")
print(QCoreApplication.translate("QPlatformTheme", "Save"))
"""


def test_english_loads_from_a_normal_install(tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    assert not (target / "beziehung" / "__editable__").exists()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(target)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["&New contact", "Regular client", "Speichern"]
