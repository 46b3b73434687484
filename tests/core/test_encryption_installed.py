"""Whether encryption can be offered is known without loading the SQLCipher driver."""

import importlib.util
import subprocess
import sys

from beziehung.core import encryption


def test_installed_follows_the_driver_package():
    assert encryption.installed() == (importlib.util.find_spec("sqlcipher3") is not None)


def test_asking_loads_no_driver():
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from beziehung.core import encryption; encryption.installed(); "
            "print(any(m.startswith('sqlcipher3') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert loaded == "False"
