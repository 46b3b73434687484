"""The window's modules load without what only a dialog, an import or a migration needs."""

import subprocess
import sys

LATER = ("vobject", "alembic", "phonenumbers", "charset_normalizer", "icalendar", "keyring")


def test_the_window_module_leaves_heavy_modules_for_later():
    probe = (
        "import sys\n"
        "import beziehung.app, beziehung.runtime, beziehung.ui.main_window\n"
        f"print(','.join(m for m in {LATER!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == ""
