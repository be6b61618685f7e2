"""Why a ``check`` verdict on a Word file with reference-manager fields and on its plain-text
export differ, for eval_docx_fields.py.

The fields are the truth of what is cited where, so each verdict only one side gives is put
down to one cause, and each cause says whether plain text could have given the Word file's
verdict (a defect of one reader) or cannot (the export drops what the field carries):

- ``inherent: raised field flattened``: a field shown as raised digits ("drug¹²") comes out
  of the text export as plain digits glued to the word, where no reader can tell a citation
  from a value for sure: a claim or a reference the plain side leaves uncited, an
  "uncertain marker" there;
- ``inherent: subscript flattened``: digits the Word file sets as subscripts (a model's
  "CP₍₁,₂,₃₎", "CO₂"), which its reader knows are no citations, come out of the export as
  plain digits ("CP(1,2,3)", or Pandoc's "CP_(1,2,3)"): a plain-side "uncertain marker"
  whose digits stand lowered in the Word file;
- ``inherent: list marked only by its field``: the printed list has no heading, only the
  manager's bibliography field says where it starts, so plain text reads it as body text
  (its numbers as uncertain markers);
- ``inherent: notes written as a numbered list``: the export writes the footnotes at the
  end as a list numbered "[1]", "[2]" (Pandoc's plain text), which the plain reader takes
  for the reference list: the notes' marks read as uncertain markers ("[1]"), the notes as
  doubtful references, the real list's verdicts (uncited entries, no list at all) lost;
- ``inherent: notes the export drops``: LibreOffice's text export leaves the footnotes and
  endnotes out (``--plain libreoffice-notes`` puts them back): a claim in a note only the
  Word file has, a work cited only in notes that plain text finds uncited;
- ``plain: printed citation missed``: a field shown as text ("(Roe et al., 2020)", "[4]")
  that the plain reader does not read as a citation of that work;
- ``plain: digits read as a citation``, ``plain: marker misread``: the plain text cites
  or orders where the fields do not;
- ``word: uncited entry plain text cites``: an entry of the printed list the Word file
  finds uncited and plain text does not (most often the field's work was not matched to
  it);
- ``claims cut or rendered differently``: an uncited claim whose text the other side does
  not have as such (a subscript the export writes its own way, a sentence cut elsewhere);
- ``word: citation not read``, ``word: uncertain digits``, ``other``: what is left, to read.
"""

from __future__ import annotations

import re
from collections import Counter

from verdict_causes import _flat, _inside

from blinarefs.names import fold_ascii

_NAMED = re.compile(r"\(([^\s()]+)[^()]*?\b(\d{4})[a-z]?\)")  # "(Roe 2020)", "(Roe et al. 2020)"
_MARKER_CODES = ("citation-order", "mixed-conventions", "dangling-citation")
# what a plain reader that takes the notes for the list gives, and what it then loses
_NOTE_ENTRY = re.compile(r"^\[\d+\] (.+)$", re.M)
_NOTES_AS_LIST = {
    "plain": ("uncertain-marker", "doubtful-reference", "unparsed-reference"),
    "word": ("uncited-reference", "no-references"),
}


def field_causes(
    word: list[dict], plain: list[dict], result: dict, doc, plain_text: str
) -> Counter:
    """The cause of each verdict in ``result["word_only"]`` and ``result["plain_only"]`` (see
    eval_docx_fields.compare); ``doc`` is the Word file as the reader reads it,
    ``plain_text`` its export."""
    from eval_docx_fields import _key

    fields = [m for m in doc.markers if m.origin.startswith("field:")]
    no_list = any(f["code"] == "no-references" for f in plain)
    notes_listed = _notes_listed(doc, plain_text)
    dropped = _notes_dropped(doc, plain_text)
    found: Counter = Counter()
    sides = (
        ("word", result["word_only"], word, plain_text),
        ("plain", result["plain_only"], plain, doc.text),
    )
    for side, only, findings, other in sides:
        left = Counter(only)
        flat_other = _flat(other)
        for f in findings:
            key = _key(f)
            if left[key] <= 0:
                continue
            left[key] -= 1
            claim = _flat(f.get("text") or "")[:60] if f["code"] == "uncited-claim" else ""
            if notes_listed and f["code"] in _NOTES_AS_LIST[side]:
                found["inherent: notes written as a numbered list"] += 1
            elif dropped and claim and claim in _flat(doc.text[dropped[0] : dropped[1]]):
                found["inherent: notes the export drops"] += 1
            elif claim and claim not in flat_other:
                found["claims cut or rendered differently"] += 1
            else:
                found[_cause(side, f, doc, fields, no_list, dropped)] += 1
    return found


def _cause(
    side: str, f: dict, doc, fields: list, no_list: bool, dropped: tuple[int, int] | None
) -> str:
    code = f["code"]
    if side == "plain":
        if code == "uncertain-marker" and _lowered(f.get("text") or "", doc):
            return "inherent: subscript flattened"
        if code == "uncertain-marker":
            listed = doc.reference_list_start is not None
            return (
                "inherent: list marked only by its field"
                if listed and no_list
                else "inherent: raised field flattened"
            )
        cited = _citing(f, doc, fields)
        if code in ("uncited-claim", "uncited-reference") and cited:
            if dropped and all(dropped[0] <= m.start < dropped[1] for m in cited):
                return "inherent: notes the export drops"
            if all(m.superscript for m in cited):
                return "inherent: raised field flattened"
            return "plain: printed citation missed"
        if code == "dangling-citation":
            return "plain: digits read as a citation"
        if code in _MARKER_CODES:
            return "plain: marker misread"
        return "other"
    if code == "uncited-reference":
        return "word: uncited entry plain text cites"
    if code in ("uncited-claim", *_MARKER_CODES):
        return "word: citation not read"
    if code == "uncertain-marker":
        return "word: uncertain digits"
    return "other"


def _citing(f: dict, doc, fields: list) -> list:
    """The Word file's field citations of what ``f`` says is uncited: those inside the claim
    (by its text), or those of the reference it names by author and year."""
    if f["code"] == "uncited-claim":
        claim = _flat(f.get("text") or "")
        return [m for m in fields if claim and _inside(doc.text, m.start, claim)]
    named = _NAMED.search(f["message"])
    if not named:
        return []
    author, year = fold_ascii(named.group(1)).lower(), int(named.group(2))
    keys = {
        r.id for r in doc.references
        if r.year == year and r.author and fold_ascii(r.author[0].family).lower() == author
    }  # fmt: skip
    return [m for m in fields if keys & set(m.keys)]


def _lowered(marker: str, doc) -> bool:
    """Whether the Word file has ``marker`` somewhere with all its digits set as subscripts."""
    lowered = [range(a, b) for a, b in doc.lowered]
    at = doc.text.find(marker) if marker else -1
    while at >= 0:
        digits = [i for i in range(at, at + len(marker)) if doc.text[i].isdigit()]
        if digits and all(any(i in r for r in lowered) for i in digits):
            return True
        at = doc.text.find(marker, at + 1)
    return False


def _notes(doc) -> tuple[int, int] | None:
    """Where the Word reader put the footnotes and endnotes: under its "Notes" line, before
    the reference list."""
    from blinarefs.manuscript.docx import NOTES_HEADING

    end = doc.reference_list_start if doc.reference_list_start is not None else len(doc.text)
    at = doc.text.rfind(f"\n{NOTES_HEADING}\n\n", 0, end)
    return None if at < 0 else (at + len(NOTES_HEADING) + 3, end)


def _note_openings(doc, span: tuple[int, int]) -> list[str]:
    return [" ".join(n.split()[:4]) for n in doc.text[span[0] : span[1]].split("\n\n") if n.strip()]


def _notes_listed(doc, plain_text: str) -> bool:
    """Whether the export wrote the Word file's notes as a list numbered "[1]", "[2]": a
    note of the reader's opens an entry "[n]" of the plain text."""
    span = _notes(doc)
    entries = {" ".join(m.group(1).split()[:4]) for m in _NOTE_ENTRY.finditer(plain_text)}
    return span is not None and any(n in entries for n in _note_openings(doc, span))


def _notes_dropped(doc, plain_text: str) -> tuple[int, int] | None:
    """The Word reader's notes, when the export has none of them (LibreOffice's text)."""
    span = _notes(doc)
    flat = _flat(plain_text)
    if span is None or any(n in flat for n in _note_openings(doc, span)):
        return None
    return span
