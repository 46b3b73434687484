"""``import … --on-problem``: every problem listed, nothing written with stop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beziehung.cli import main

FIXTURES = Path(__file__).parents[1] / "io" / "fixtures" / "moving_in"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def names(db, capsys) -> list[str]:
    capsys.readouterr()
    assert main(["--db", db, "contacts", "list", "--json"]) == 0
    return sorted(c["display_name"] for c in json.loads(capsys.readouterr().out))


def test_one_bad_phone_cell_is_listed_and_stops_by_default(db, capsys):
    bad = str(FIXTURES / "bad_phone.csv")
    assert main(["--db", db, "import", "csv", bad]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "beziehung: bad_phone.csv: line 2: phone: 'siehe Sekretariat' is not a phone number"
    )
    assert "--on-problem keep-raw" in err[-1] and "nothing was imported" in err[-1]
    assert names(db, capsys) == []


def test_keep_raw_imports_every_contact_and_keeps_the_value(db, capsys):
    bad = str(FIXTURES / "bad_phone.csv")
    assert main(["--db", db, "import", "csv", bad, "--on-problem", "keep-raw"]) == 0
    captured = capsys.readouterr()
    assert "Imported 3 new contacts" in captured.out
    assert "'siehe Sekretariat' is not a phone number" in captured.err
    assert names(db, capsys) == ["Anna Schmidt", "Jens Otto", "Klaus Bäcker"]
    assert main(["--db", db, "contacts", "show", "Bäcker", "--json"]) == 0
    klaus = json.loads(capsys.readouterr().out)
    assert klaus["about"] == "Telefon (nicht lesbar): siehe Sekretariat"
    assert klaus["phones"] == [] and klaus["emails"] == ["klaus@example.de"]


def test_skip_leaves_out_the_row_with_the_problem(db, capsys):
    bad = str(FIXTURES / "bad_phone.csv")
    assert main(["--db", db, "import", "csv", bad, "--on-problem", "skip"]) == 0
    assert "left out 1 with problems" in capsys.readouterr().out
    assert names(db, capsys) == ["Anna Schmidt", "Jens Otto"]


def test_vcard_problems_and_a_referral_by_name(db, capsys):
    wild = str(FIXTURES / "wild.vcf")
    assert main(["--db", db, "import", "vcard", wild]) == 1
    err = capsys.readouterr().err
    assert "wild.vcf: card 2: phone: '+9999999'" in err and "card 1, line 10" in err
    assert main(["--db", db, "import", "vcard", wild, "--on-problem", "keep-raw"]) == 0
    assert names(db, capsys) == ["Anna Weber", "Hasi"]
    outlook = str(FIXTURES / "outlook_de.csv")
    assert main(["--db", db, "import", "csv", outlook, "--on-problem", "keep-raw"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "contacts", "show", "Klaus", "--json"]) == 0
    klaus = json.loads(capsys.readouterr().out)
    assert [p["display_name"] for p in klaus["referred_by"]] == ["Anna Schmidt"]
