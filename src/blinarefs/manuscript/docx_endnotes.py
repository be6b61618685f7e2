"""Word's endnotes used as the reference list.

Some writers number their references with Word's endnotes (Insert, Endnote, numbered 1, 2,
3): each citation is an endnote mark, which Word draws raised from the note's place in the
document, and the endnotes are the list. Neither the mark nor the note's own number is in
the text. When the endnotes read as references, the reader writes both out: the mark as a
raised number (a superscript citation) and each note as a numbered entry of a reference
list placed at the end of the body.
"""

from __future__ import annotations

import re

from lxml import etree

from .wordml import W

# A note that reads as a reference: long enough, with a year.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DELETED = frozenset({W + "del", W + "moveFrom"})
_NOTE_SKIP = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def endnote_labels(
    main: etree._Element, endnotes: etree._Element, settings: etree._Element | None
) -> dict[str, str]:
    """Endnote id -> the number Word shows for it, when the endnotes are the manuscript's
    references: numbered in Arabic figures (Word's default for endnotes is i, ii, iii), at
    least three cited, and most of them long enough and with a year. Empty otherwise."""
    fmt, start = _number_format(main, settings)
    if fmt != "decimal":
        return {}
    notes = {
        note.get(W + "id", ""): "".join(t.text or "" for t in note.iter(W + "t"))
        for note in endnotes.iter(W + "endnote")
        if note.get(W + "type") not in _NOTE_SKIP
    }
    order: list[str] = []
    for mark in main.iter(W + "endnoteReference"):
        note = mark.get(W + "id", "")
        custom = mark.get(W + "customMarkFollows") in ("1", "true", "on")
        deleted = any(a.tag in _DELETED for a in mark.iterancestors())
        if note in notes and note not in order and not custom and not deleted:
            order.append(note)
    like = sum(1 for n in order if len(notes[n]) >= 30 and _YEAR.search(notes[n]))
    if len(order) < 3 or 2 * like < len(order):
        return {}
    return {note: str(start + k) for k, note in enumerate(order)}


def _number_format(main: etree._Element, settings: etree._Element | None) -> tuple[str, int]:
    """The endnotes' number format and first number: the document's settings, overridden
    by the last section's properties."""
    fmt, start = "lowerRoman", 1
    places = [settings, main.find(f"{W}body/{W}sectPr")]
    for props in (p.find(W + "endnotePr") for p in places if p is not None):
        if props is None:
            continue
        num_fmt, num_start = props.find(W + "numFmt"), props.find(W + "numStart")
        if num_fmt is not None:
            fmt = num_fmt.get(W + "val", fmt)
        if num_start is not None and num_start.get(W + "val", "").isdecimal():
            start = int(num_start.get(W + "val", "1"))
    return fmt, start
