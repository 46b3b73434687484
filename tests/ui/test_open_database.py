"""A database chosen in the settings that does not open leaves a way back into the window."""

import pytest

from beziehung import app, paths

# Nothing listens on port 1: the connection is refused at once.
UNREACHABLE = "postgresql://anna@127.0.0.1:1/kanzlei"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("BEZIEHUNG_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return tmp_path / "home"


def test_the_file_in_the_data_folder_opens_instead_when_asked(home, monkeypatch, boxes):
    asked = []
    monkeypatch.setattr(app, "_open_default_instead", lambda reason: asked.append(reason) or True)
    runtime = app.open_for_window(UNREACHABLE, None, default_instead=True)
    assert runtime is not None
    try:
        assert runtime.database_path == paths.default_db_path()
        assert str(runtime.database_path).startswith(str(home))
    finally:
        runtime.close()
    assert len(asked) == 1 and "127.0.0.1" in asked[0] and boxes.texts == []


def test_declining_ends_with_the_reason(home, monkeypatch, boxes):
    monkeypatch.setattr(app, "_open_default_instead", lambda reason: False)
    assert app.open_for_window(UNREACHABLE, None, default_instead=True) is None
    assert len(boxes.texts) == 1 and "127.0.0.1" in boxes.texts[0]
    assert not paths.default_db_path().exists()


def test_a_database_named_on_the_command_line_is_not_swapped(home, monkeypatch, boxes):
    monkeypatch.setattr(app, "_open_default_instead", lambda reason: pytest.fail("asked"))
    assert app.open_for_window(UNREACHABLE, None, default_instead=False) is None
    assert len(boxes.texts) == 1
