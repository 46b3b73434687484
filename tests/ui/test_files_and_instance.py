"""The single-instance lock lives in the user's own folder; the window discards the drafts of
contacts it deletes, merges away or erases."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from beziehung import paths
from beziehung.drafts import contact_key, log_call_key
from beziehung.ui.dialogs.merge_dialog import MergeDialog
from beziehung.ui.single_instance import SingleInstance, server_name
from tests.ui.conftest import click_contact


def test_a_lock_planted_in_the_shared_temporary_folder_blocks_nothing(qtbot, tmp_path, monkeypatch):
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    monkeypatch.setenv("TMPDIR", str(shared))
    assert Path(QDir.tempPath()) == shared
    name = server_name(f"sqlite:///{tmp_path / 'kanzlei.db'}")
    # What another local user could create under the name that used to be predictable there:
    # a lock that looks held for ever.
    planted = shared / f"{name}.lock"
    planted.write_text(f"{os.getppid()}\nbeziehung\nanother-host\n", encoding="utf-8")
    there = QLockFile(str(planted))
    there.setStaleLockTime(0)
    assert not there.tryLock(0)  # it would have kept Beziehung from starting

    instance = SingleInstance(name)
    assert instance.claim()
    assert instance.listen()
    try:
        own = paths.runtime_dir()
        assert Path(instance.lock.fileName()).parent == own
        assert instance.server is not None
        assert Path(instance.server.fullServerName()).parent == own
        if os.name == "posix":
            assert stat.S_IMODE(own.stat().st_mode) == 0o700
        assert not SingleInstance(name).claim()
    finally:
        assert instance.server is not None
        instance.server.close()
        instance.lock.unlock()


def drafts_of(services, drafts, contact_id: int) -> list[dict | None]:
    created = services.contacts.get(contact_id).created_at
    keys = [log_call_key(contact_id, created), contact_key(contact_id, created)]
    for key in keys:
        drafts.save(key, {"body": "halb getippt"})
    return keys


def test_deleting_from_the_window_discards_the_contacts_drafts(
    qtbot, window, services, drafts, people, boxes
):
    keys = drafts_of(services, drafts, people["oeztuerk"])
    kept = drafts_of(services, drafts, people["weber"])
    click_contact(qtbot, window, people["oeztuerk"])
    boxes.answer("Löschen")
    window.commands.delete_contact.trigger()
    assert [drafts.load(k) for k in keys] == [None, None]
    assert all(drafts.load(k) is not None for k in kept)


def test_merging_in_the_window_discards_the_dropped_contacts_drafts(
    qtbot, window, services, drafts, people
):
    dropped = drafts_of(services, drafts, people["oeztuerk"])
    kept = drafts_of(services, drafts, people["mueller"])
    click_contact(qtbot, window, people["mueller"])

    def merge_when_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MergeDialog) and widget.isVisible():
                timer.stop()
                widget.choose(people["oeztuerk"])
                qtbot.mouseClick(widget.merge_button, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))

    timer = QTimer(interval=10)
    timer.timeout.connect(merge_when_shown)
    timer.start()
    window.commands.merge_contact.trigger()
    timer.stop()
    assert [drafts.load(k) for k in dropped] == [None, None]
    assert all(drafts.load(k) is not None for k in kept)


def test_erasing_in_the_window_discards_the_contacts_drafts(
    qtbot, window, services, drafts, people, boxes
):
    keys = drafts_of(services, drafts, people["oeztuerk"])
    click_contact(qtbot, window, people["oeztuerk"])
    boxes.answer("Tilgen")
    window.commands.erase_contact.trigger()
    assert [drafts.load(k) for k in keys] == [None, None]
