"""Stop 61's set: the numbered articles of repositories no earlier recipe read, outside every
article an earlier recipe read (``extra_fresh13``'s own origins included), each in the half its
id draws with this set's own salt."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import extra_dev, extra_fresh13, extra_fresh14

from .test_extra_fresh13 import build_chained
from .test_extra_history import by_author_and_year
from .test_extra_sup3 import ELEMENT, article


def build(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stop60: dict[str, bytes],
    fresh: dict[str, bytes],
) -> list[str]:
    """The set built from a made-up new repository (``fresh``), ``extra_fresh13`` having read
    another one (``stop60``)."""
    origins = [(extra_fresh13, "FRESH13", stop60), (extra_fresh14, "FRESH14", fresh)]
    return build_chained(tmp_path, monkeypatch, extra_fresh14, origins)


def test_new_numbered_articles_come_in_and_what_stop_60_read_stays_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_stop60 = article("10.12688/fict.4", "PMC4", "superscript")
    fresh = {
        "a/1.xml": article("10.12688/fict.1", "PMC1", "superscript"),  # F1000-like: in
        "a/2.xml": article("10.3390/fict.2", "PMC2", "bare", ELEMENT),  # prints none: in
        "a/4.xml": in_stop60,  # extra_fresh13 read it
        "a/5.xml": article("10.12688/fict.5", "PMC4", "bracket"),  # its PMCID again
        "a/9.xml": article("10.1371/fict.9", "PMC9", "bracket"),  # in the manifest
        "a/6.xml": by_author_and_year(article("10.1371/fict.6", "PMC6", "bracket")),
    }
    written = build(tmp_path, monkeypatch, {"h/4.xml": in_stop60}, fresh)
    assert written == sorted(
        [
            f"{extra_fresh14.half('PMC1')}/f1000/PMC1.xml",
            f"{extra_fresh14.half('PMC2')}/mdpi/PMC2.xml",
        ]
    )


def test_the_halves_draw_with_the_set_s_own_salt() -> None:
    idents = [f"PMC{n}" for n in range(1, 60)]
    halves = [extra_fresh14.half(i) for i in idents]
    assert halves == [extra_dev.check_or_tune("fresh14", i) for i in idents]
    assert halves != [extra_fresh13.half(i) for i in idents]
    assert 10 < halves.count("check") < 30
