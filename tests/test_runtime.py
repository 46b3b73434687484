"""One Qt-free runtime for the command line, the window and the self-test; no import circles."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from beziehung import paths
from beziehung.core.services.inputs import ContactInput
from beziehung.runtime import Runtime, open_runtime
from tests.conftest import BERLIN, START

PACKAGE = Path(__file__).parents[1] / "src" / "beziehung"
# Each of these must import on its own, in a fresh interpreter.
MODULES = [
    "beziehung.runtime",
    "beziehung.cli",
    "beziehung.cli.commands",
    "beziehung.cli.contacts",
    "beziehung.app",
    "beziehung.selftest",
    "beziehung.io.atomic",
    "beziehung.io.fields",
    "beziehung.io.exports",
    "beziehung.io.history",
    "beziehung.io.archive",
]


def test_a_path_opens_database_services_drafts_and_folders_on_the_given_clock(tmp_path, clock):
    home = tmp_path / "portable"
    with open_runtime(str(tmp_path / "kunden.db"), clock=clock, tz=BERLIN, home=home) as runtime:
        assert isinstance(runtime, Runtime)
        assert runtime.database_path == (tmp_path / "kunden.db").resolve()
        assert runtime.url == f"sqlite:///{runtime.database_path}"
        assert runtime.where == str(runtime.database_path)
        assert runtime.data_dir == home / "data"
        assert runtime.drafts.folder.parent == home / "data" / "drafts"
        assert runtime.services.context.clock.now() == START
        assert runtime.services.context.tz is BERLIN
        cid = runtime.services.contacts.create(ContactInput(name="Anna Weber"))
        assert runtime.services.contacts.get(cid).created_at == START
        runtime.drafts.save("log-call-1", {"body": "halb getippt"})
        assert (runtime.drafts.folder / "log-call-1.json").exists()


def test_without_db_the_default_file_lies_in_the_home_folder(tmp_path):
    runtime = open_runtime(None, home=tmp_path / "h")
    try:
        assert runtime.database_path == (tmp_path / "h" / "data" / paths.DEFAULT_DB_NAME).resolve()
        assert runtime.database_path.exists()
    finally:
        runtime.close()


def test_the_environment_home_is_used_when_none_is_given(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "env-home"))
    with open_runtime(None) as runtime:
        assert runtime.data_dir == tmp_path / "env-home" / "data"
        assert runtime.database_path.parent == (tmp_path / "env-home" / "data").resolve()


def test_a_url_is_taken_as_it_is(tmp_path):
    url = f"sqlite:///{tmp_path / 'url.db'}"
    with open_runtime(url, home=tmp_path) as runtime:
        assert runtime.url == url
        assert runtime.database_path == tmp_path / "url.db"


def test_close_lets_go_of_the_database(tmp_path):
    runtime = open_runtime(str(tmp_path / "c.db"), home=tmp_path)
    runtime.services.contacts.create(ContactInput(name="Anna Weber"))
    runtime.close()
    assert runtime.services.context.engine.pool.checkedout() == 0


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_on_its_own(module):
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_nothing_below_the_command_line_imports_it():
    """The window, the self-test and the library start from the runtime, never from the CLI
    (which imports the window to open it): no circle."""
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "cli" or relative.name == "__main__.py":
            continue
        cli = {m for m in _imported_modules(path) if m.split(".")[:2] == ["beziehung", "cli"]}
        assert not cli, f"{relative} imports {sorted(cli)}"


def test_the_runtime_imports_no_qt():
    code = (
        "import sys, beziehung.runtime as r\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
        "import beziehung.io.exports, beziehung.io.fields, beziehung.io.atomic\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
