"""The provenance day: SOURCE_DATE_EPOCH when set (reproducible stores), else today in UTC."""

from __future__ import annotations

import datetime as dt

import pytest

from blinarefs.cli import main as blinarefs
from blinarefs.errors import UsageError
from blinarefs.stamps import provenance_day


def test_the_day_is_source_date_epochs_in_utc(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1935878399")  # 2031-05-06 23:59:59 UTC
    assert provenance_day() == "2031-05-06"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1935878400")  # one second later
    assert provenance_day() == "2031-05-07"


def test_without_it_the_day_is_today_in_utc(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = dt.datetime.now(dt.UTC).date().isoformat()
    day = provenance_day()
    after = dt.datetime.now(dt.UTC).date().isoformat()
    assert day in (before, after)


@pytest.mark.parametrize("raw", ["yesterday", "1.5e9", "9" * 30])
def test_a_value_that_is_no_count_of_seconds_names_itself(monkeypatch, raw):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", raw)
    with pytest.raises(UsageError, match=r"SOURCE_DATE_EPOCH=.* is not a whole number"):
        provenance_day()


def test_import_stamps_its_provenance_with_that_day(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1935878399")
    ris = tmp_path / "one.ris"
    ris.write_text(
        "TY  - JOUR\nAU  - Roe, Jane\nTI  - Widgets in Springfield\nT2  - Examplia J\n"
        "PY  - 2030\nVL  - 4\nSP  - 10\nEP  - 19\nER  - \n",
        encoding="utf-8",
    )
    store = tmp_path / "refs.bib"  # the same work without its volume and pages
    store.write_text(
        "@article{roe2030widgets,\n  author = {Roe, Jane},\n  title = {Widgets in Springfield},\n"
        "  journal = {Examplia J},\n  year = {2030},\n}\n",
        encoding="utf-8",
    )
    assert blinarefs(["import", str(ris), "--merge", str(store), "-q"]) == 0
    assert "import one.ris 2031-05-06" in store.read_text(encoding="utf-8")


def test_import_refuses_a_bad_day_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    ris = tmp_path / "one.ris"
    ris.write_text("TY  - JOUR\nAU  - Roe, Jane\nTI  - Widgets\nPY  - 2030\nER  - \n")
    store = tmp_path / "refs.bib"
    store.write_text("", encoding="utf-8")
    assert blinarefs(["import", str(ris), "--merge", str(store)]) == 2
    assert "SOURCE_DATE_EPOCH='yesterday'" in capsys.readouterr().err
    assert store.read_text(encoding="utf-8") == ""
