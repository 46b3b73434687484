"""The core, the services and the CLI work without Qt."""

import subprocess
import sys

MODULES = [
    "beziehung.core.models",
    "beziehung.core.search",
    "beziehung.core.migrate",
    "beziehung.core.services",
    "beziehung.core.demo",
    "beziehung.cli",
]


def test_core_imports_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}: importlib.import_module(name)\n"
        "qt = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
