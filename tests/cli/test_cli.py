import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from beziehung import __version__
from beziehung.cli import main


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def run(db, *args):
    return main(["--db", db, *args])


def out_json(capsys):
    return json.loads(capsys.readouterr().out)


def row_count(db, table):
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def add(db, capsys, *args):
    assert run(db, "contacts", "add", *args) == 0
    return int(capsys.readouterr().out)


def test_add_list_show_json(db, capsys):
    referrer = add(db, capsys, "--name", "Petra Öztürk")
    cid = add(
        db, capsys,
        "--name", "Müller, Jürgen", "--email", "j@mueller.de", "--phone", "0170 1234567",
        "--org", "Müller & Partner", "--stage", "STAMMKUNDE", "--tag", "VIP",
        "--referred-by", "petra",
    )  # fmt: skip
    assert run(db, "contacts", "list", "--json") == 0
    listed = out_json(capsys)
    assert [c["display_name"] for c in listed] == ["Jürgen Müller", "Petra Öztürk"]
    assert listed[0] == {
        "id": cid,
        "display_name": "Jürgen Müller",
        "given_name": "Jürgen",
        "family_name": "Müller",
        "organisation": "Müller & Partner",
        "emails": ["j@mueller.de"],
        "phones": ["0170 1234567"],
        "stage": "stammkunde",
        "tags": ["VIP"],
        "last_contact_at": None,
    }
    assert (
        run(
            db,
            "note",
            "add",
            str(cid),
            "--text",
            "Rückruf zum Vertrag",
            "--at",
            "2026-03-02T10:00+01:00",
            "--duration",
            "12",
        )
        == 0
    )
    note_id = int(capsys.readouterr().out)
    assert (
        run(
            db,
            "remind",
            "jürgen",
            "--at",
            "2030-01-15T09:00+01:00",
            "--reason",
            "Angebot nachfassen",
            "--every",
            "3mo",
        )
        == 0
    )
    reminder_id = int(capsys.readouterr().out)
    assert run(db, "contacts", "show", "mueller", "--json") == 0
    shown = out_json(capsys)
    assert shown["notes"] == [
        {
            "id": note_id,
            "contact_id": cid,
            "occurred_at": "2026-03-02T09:00:00+00:00",
            "channel": "phone",
            "direction": "out",
            "duration_minutes": 12,
            "subject": "",
            "body": "Rückruf zum Vertrag",
            "outcome": "",
            "next_step": "",
            "voice": None,
            "voice_answered_at": None,
            "ask_kind": None,
            "ask_answer": None,
            "author_id": 1,
            "participants": [],
        }
    ]
    (reminder,) = shown["reminders"]
    assert reminder == reminder | {
        "id": reminder_id,
        "contact_id": cid,
        "contact_name": "Jürgen Müller",
        "due_at": "2030-01-15T08:00:00+00:00",
        "fires_at": "2030-01-15T08:00:00+00:00",
        "snoozed_until": None,
        "reason": "Angebot nachfassen",
        "state": "open",
        "kind": "callback",
        "recurrence_unit": "month",
        "recurrence_interval": 3,
    }
    assert shown["referred_by"] == [{"id": referrer, "display_name": "Petra Öztürk"}]
    assert run(db, "contacts", "show", str(referrer)) == 0
    assert "recommended: Jürgen Müller" in capsys.readouterr().out


def test_note_for_a_missing_contact_is_one_line_exit_1_and_writes_nothing(db, capsys):
    add(db, capsys, "--name", "Anna Weber")
    assert run(db, "note", "add", "999999", "--text", "x") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "999999" in captured.err and "Traceback" not in captured.err
    assert row_count(db, "notes") == 0


def test_ambiguous_names_list_candidates(db, capsys):
    first = add(db, capsys, "--name", "Jürgen Müller")
    second = add(db, capsys, "--name", "Julia Müller")
    assert run(db, "note", "add", "müller", "--text", "x") == 1
    err = capsys.readouterr().err
    assert f"{first}: Jürgen Müller" in err and f"{second}: Julia Müller" in err
    assert row_count(db, "notes") == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["contacts", "add", "--name", " "], "needs a name"),
        (["contacts", "add", "--name", "A B", "--stage", "vip"], "Unknown stage"),
        (["contacts", "add", "--name", "A B", "--email", "nope"], "not an email"),
        (["contacts", "add", "--name", "A B", "--referred-by", "nobody"], "No contact matches"),
        (["remind", "1", "--at", "soon", "--reason", "x"], "Cannot read the time"),
        (["remind", "1", "--at", "+1d", "--reason", "x", "--every", "often"], "recurrence"),
        (["note", "add", "1", "--text", "x", "--channel", "fax"], "Unknown channel"),
        (["done", "5"], "no reminder with id 5"),
        (["snooze", "5", "--until", "+1h"], "no reminder with id 5"),
    ],
)
def test_errors_are_one_clear_line(db, capsys, args, message):
    assert add(db, capsys, "--name", "Anna Weber") == 1
    assert run(db, *args) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert [row_count(db, t) for t in ("contacts", "notes", "reminders")] == [1, 0, 0]


@pytest.mark.parametrize(
    "args",
    [["bogus"], ["contacts"], ["note", "add", "1"], ["search", "x", "--limit", "0"], ["done", "x"]],
)
def test_bad_usage_exits_2(db, capsys, args):
    assert run(db, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("beziehung: ") and err.count("\n") == 1


def test_reminders_due_done_and_snooze(db, capsys):
    cid = add(db, capsys, "--name", "Anna Weber")
    assert (
        run(db, "remind", str(cid), "--at", "-1h", "--reason", "Überfällig", "--every", "2w") == 0
    )
    overdue = int(capsys.readouterr().out)
    assert run(db, "remind", str(cid), "--at", "+3d", "--reason", "Später") == 0
    capsys.readouterr()
    assert run(db, "reminders", "--due", "--json") == 0
    assert [r["id"] for r in out_json(capsys)] == [overdue]
    assert run(db, "snooze", str(overdue), "--until", "+2h") == 0
    capsys.readouterr()
    assert run(db, "reminders", "--due", "--json") == 0
    assert out_json(capsys) == []
    assert run(db, "reminders", "--json") == 0
    listed = out_json(capsys)
    assert len(listed) == 2 and listed[0]["snoozed_until"] is not None
    assert run(db, "done", str(overdue)) == 0
    assert "Next: reminder" in capsys.readouterr().out
    assert run(db, "done", str(overdue)) == 1
    assert "already done" in capsys.readouterr().err


def test_demo_then_search_mueller(db, capsys):
    assert run(db, "demo", "--contacts", "300", "--notes", "1000", "--seed", "7") == 0
    assert "Created 300 contacts" in capsys.readouterr().out
    assert run(db, "search", "mueller", "--json", "--limit", "200") == 0
    hits = out_json(capsys)
    contact_hits = [h for h in hits if h["kind"] == "contact"]
    assert contact_hits and all("Müller" in h["snippet"] for h in contact_hits)
    assert any(h["contact_name"].endswith("Müller") for h in contact_hits)
    assert set(hits[0]) == {"kind", "contact_id", "contact_name", "note_id", "snippet"}
    kinds = [h["kind"] for h in hits]
    assert kinds == sorted(kinds)  # contacts before notes


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"beziehung {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "TIME is ISO 8601" in capsys.readouterr().out


def test_the_database_comes_from_the_environment(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.db"
    monkeypatch.setenv("BEZIEHUNG_DB", str(path))
    assert main(["contacts", "add", "--name", "Anna Weber"]) == 0
    assert path.exists()


def test_a_newer_database_is_refused_in_one_line(db, capsys):
    add(db, capsys, "--name", "Anna Weber")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert run(db, "contacts", "list") == 1
    err = capsys.readouterr().err
    assert "newer version of Beziehung" in err and err.count("\n") == 1


def test_the_cli_never_imports_qt(tmp_path):
    db = str(tmp_path / "q.db")
    code = (
        "import sys; from beziehung.cli import main\n"
        f"rc = main(['--db', {db!r}, 'demo', '--contacts', '5', '--notes', '5'])\n"
        f"rc += main(['--db', {db!r}, 'search', 'müller'])\n"
        "assert rc == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_python_dash_m_runs_the_cli(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "beziehung",
            "--db",
            str(Path(tmp_path / "m.db")),
            "contacts",
            "list",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_pdf_export_from_a_terminal_without_a_display(tmp_path):
    db = str(tmp_path / "pdf.db")
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["BEZIEHUNG_HOME"] = str(tmp_path / "home")
    run_cli = [sys.executable, "-m", "beziehung", "--db", db]
    subprocess.run(
        [*run_cli, "demo", "--contacts", "5", "--notes", "30"],
        env=env,
        check=True,
        capture_output=True,
    )
    out = tmp_path / "all.pdf"
    result = subprocess.run(
        [*run_cli, "export", "history", "--all", "--format", "pdf", "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_exchange_commands_on_demo_data(db, capsys, tmp_path, qapp):
    # The access export writes a PDF in this process; pytest-qt owns the Qt application.
    assert run(db, "demo", "--contacts", "30", "--notes", "120") == 0
    for fmt in ("md", "json", "csv", "html"):
        assert (
            run(db, "export", "history", "--all", "--format", fmt, "-o", str(tmp_path / f"h.{fmt}"))
            == 0
        )
    assert run(db, "export", "vcard", str(tmp_path / "all.vcf")) == 0
    assert run(db, "export", "ical", str(tmp_path / "r.ics")) == 0
    assert run(db, "export", "archive", str(tmp_path / "a.zip")) == 0
    other = str(tmp_path / "other.db")
    assert run(other, "import", "vcard", str(tmp_path / "all.vcf")) == 0
    assert "Imported 30 new contacts" in capsys.readouterr().out
    assert run(other, "import", "vcard", str(tmp_path / "all.vcf"), "--on-duplicate", "skip") == 0
    assert "skipped 30 duplicates" in capsys.readouterr().out
    restored = str(tmp_path / "restored.db")
    assert run(restored, "import", "archive", str(tmp_path / "a.zip")) == 0
    assert run(restored, "gdpr", "export", "1", "-o", str(tmp_path / "auskunft.zip")) == 0
    assert run(restored, "gdpr", "erase", "1") == 1
    assert "nothing was erased" in capsys.readouterr().err
    assert run(restored, "gdpr", "erase", "1", "--yes") == 0
    assert "Older backups" in capsys.readouterr().out
    assert run(restored, "contacts", "show", "1") == 1


def test_import_csv_from_the_command_line(db, capsys):
    fixture = Path(__file__).parents[1] / "io" / "fixtures" / "outlook_de_cp1252.csv"
    assert run(db, "import", "csv", str(fixture), "--preset", "outlook") == 0
    assert "Imported 2 new contacts" in capsys.readouterr().out
    assert run(db, "import", "csv", str(fixture)) == 0
    assert "skipped 2 duplicates" in capsys.readouterr().out


def test_an_unwritable_output_is_one_clear_line(db, capsys, tmp_path):
    assert run(db, "demo", "--contacts", "3", "--notes", "5") == 0
    capsys.readouterr()
    target = str(tmp_path / "missing" / "out.md")
    assert run(db, "export", "history", "--all", "--format", "md", "-o", target) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing" in err and "Traceback" not in err


def test_restricted_contacts_stay_out_of_the_list_but_in_the_access_export(
    db, capsys, tmp_path, qapp
):
    from beziehung.core.services.inputs import ContactInput
    from beziehung.runtime import open_runtime

    with open_runtime(db) as runtime:
        services = runtime.services
        cid = services.contacts.create(ContactInput(name="Rita Restrikt", restricted=True))
        services.contacts.create(ContactInput(name="Otto Offen", referred_by=[cid]))
    assert run(db, "contacts", "list", "--json") == 0
    assert [c["display_name"] for c in out_json(capsys)] == ["Otto Offen"]
    assert run(db, "contacts", "show", "otto") == 0
    assert "Rita" not in capsys.readouterr().out
    assert run(db, "gdpr", "export", "rita", "-o", str(tmp_path / "a.zip")) == 0
