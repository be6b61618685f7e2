"""The text export of many Word files (benchmarks/plain_export.py ``plain_texts``):
LibreOffice's batch run may stop part way, and the files it left are exported again in one
run, not one LibreOffice start each (half an hour on the dev set under load)."""

from __future__ import annotations

from pathlib import Path

import plain_export
import pytest


def _fake_soffice(stops_after: int, calls: list[int]):
    """A LibreOffice that writes at most ``stops_after`` files a run, then quits."""

    def run(cmd, **_kwargs):
        outdir = Path(cmd[cmd.index("--outdir") + 1])
        files = [Path(a) for a in cmd[cmd.index("--outdir") + 2 :]]
        calls.append(len(files))
        for f in files[:stops_after]:
            (outdir / (f.stem + ".txt")).write_text(f"text of {f.stem}\n", encoding="utf-8")

    return run


def test_a_run_that_stops_part_way_goes_on_in_one_run(tmp_path: Path, monkeypatch) -> None:
    paths = []
    for i in range(7):
        paths.append(tmp_path / f"w{i}.docx")
        paths[-1].write_bytes(b"PK")
    out = tmp_path / "plain"
    out.mkdir()
    calls: list[int] = []
    monkeypatch.setattr(plain_export.subprocess, "run", _fake_soffice(3, calls))
    texts = plain_export.plain_texts(paths, "libreoffice", out)
    assert calls == [7, 4, 1]  # not 7, then one start for each of the four left
    assert [texts[p].read_text(encoding="utf-8") for p in paths] == [
        f"text of {i}_w{i}\n" for i in range(7)
    ]


def test_a_file_no_run_writes_is_an_error(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "w.docx"
    path.write_bytes(b"PK")
    out = tmp_path / "plain"
    out.mkdir()
    monkeypatch.setattr(plain_export.subprocess, "run", _fake_soffice(0, []))
    with pytest.raises(RuntimeError, match="LibreOffice wrote no text"):
        plain_export.plain_texts([path], "libreoffice", out)
