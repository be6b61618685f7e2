"""Why a ``check`` verdict on a Word file with reference-manager fields and on its plain-text
export differ, for eval_docx_fields.py.

The fields are the truth of what is cited where, so each verdict only one side gives is put
down to one cause, and each cause says whether plain text could have given the Word file's
verdict (a defect of one reader) or cannot (the export drops what the field carries).

Whether the export lost what the Word file marks is read where the verdict stands, not
guessed from its code: the export is set beside the same export made with what the Word
file raises and lowers kept (``formatted``: raised digits as superscript characters, lowered
ones as subscript characters; the export itself when it keeps them, as Pandoc's and
``--plain marked`` do), line by line, character by character.

- ``inherent: raised field flattened``: a field shown as raised digits ("drug¹²") comes out
  of the text export as plain digits glued to the word, where no reader can tell a citation
  from a value for sure: a claim the plain side leaves uncited whose text lost raised
  digits there, a reference it leaves uncited whose citations are all raised ones in an
  export that flattened raised digits;
- ``inherent: raised digits flattened``, ``inherent: subscript flattened``: a plain-side
  verdict about a marker ("uncertain marker", mixed conventions, citation order, dangling
  citation) whose digits stand raised (a footnote's mark too) or lowered (a model's
  "CP₍₁,₂,₃₎", "CO₂") in the formatted export at the same place and flattened in the
  plain one ("CP(1,2,3)");
- ``inherent: list marked only by its field``: the printed list has no heading, only the
  manager's bibliography field says where it starts, so plain text reads it as body text:
  a plain-side "uncertain marker" that stands in the Word file's list, in a plain text
  where no list was found;
- ``inherent: notes written as a numbered list``: the export writes the footnotes at the
  end as a list numbered "[1]", "[2]" (Pandoc's plain text), which the plain reader takes
  for the reference list: the notes' marks read as uncertain markers ("[1]"), the notes as
  doubtful references, the real list's verdicts (uncited entries, no list at all) lost;
- ``inherent: notes the export drops``: LibreOffice's text export leaves the footnotes and
  endnotes out (``--plain libreoffice-notes`` puts them back): a claim in a note only the
  Word file has, a work cited only in notes that plain text finds uncited;
- ``inherent: cross-reference the export could not resolve``: a plain-side verdict on text
  where LibreOffice wrote "Error: Reference source not found" for a cross-reference field
  whose target it cannot find, and Word shows the field's result ("(Fig 6)");
- ``inherent: text box the export drops``: LibreOffice's text export leaves out the text
  of a text box (a "Box 1" drawn as a shape, ``w:txbxContent``), which the Word reader
  reads: a Word-side claim that stands in one (read from the markup);
- ``inherent: tracked deletion the export shows``: LibreOffice's text export writes a
  tracked change's deleted text beside the inserted one, where the Word reader reads the
  changes as accepted: a verdict on a sentence that differs from the other side's only by
  text the file marks deleted (``w:delText``, read from the markup);
- ``inherent: work only its field holds``: a plain-side dangling citation shown by a field
  one of whose works the printed list lacks (the Word file says so): only the field has it;
- ``plain: uncertain digits``: a plain-side "uncertain marker" whose digits the export
  printed as the Word file does (the plain reader's own doubt);
- ``plain: printed citation missed``: a field shown as text ("(Roe et al., 2020)", "[4]")
  that the plain reader does not read as a citation of that work;
- ``plain: digits read as a citation``, ``plain: marker misread``: the plain text cites
  or orders where the fields do not;
- ``inherent: raised digits flattened`` on the Word side: an entry the Word file finds
  uncited that plain text cites only through raised digits the export flattened (a
  footnote's mark, "cohort2.", read as citing entry 2);
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

from flattened_digits import UNSET, Flattened
from verdict_causes import _MARKER_CODES, _MARKER_FINDINGS, _flat, _inside
from verdict_keys import verdict_key

from blinarefs.names import fold_ascii

_NAMED = re.compile(r"\(([^\s()]+)[^()]*?\b(\d{4})[a-z]?\)")  # "(Roe 2020)", "(Roe et al. 2020)"
_UNRESOLVED = "Error: Reference source not found"  # LibreOffice's, for a cross-reference
# what a plain reader that takes the notes for the list gives, and what it then loses
_NOTE_ENTRY = re.compile(r"^\[\d+\] (.+)$", re.M)
_NOTES_AS_LIST = {
    "plain": ("uncertain-marker", "doubtful-reference", "unparsed-reference"),
    "word": ("uncited-reference", "no-references"),
}


def field_causes(
    word: list[dict],
    plain: list[dict],
    result: dict,
    doc,
    plain_text: str,
    formatted: str | None = None,
    each: list[tuple[str, tuple[str, str], str]] | None = None,
    plain_trace=None,
) -> Counter:
    """The cause of each verdict in ``result["word_only"]`` and ``result["plain_only"]`` (see
    verdict_keys.compare); ``doc`` is the Word file as the reader reads it,
    ``plain_text`` its export, ``formatted`` the same export with what the Word file raises
    and lowers kept (None: the export keeps it); ``each`` gets (side, verdict's key, cause)
    for every one; ``plain_trace``: the plain text's trace (what cites what there)."""
    fields = [m for m in doc.markers if m.origin.startswith("field:")]
    root = _main_part(doc.path)
    deleted, boxed = _deletions(root), _boxed(root)
    lost = Flattened(plain_text, plain_text if formatted is None else formatted)
    no_list = any(f["code"] == "no-references" for f in plain)
    listed_at = _list_in_export(doc, plain_text) if no_list else None
    notes_listed = _notes_listed(doc, plain_text)
    dropped = _notes_dropped(doc, plain_text)
    found: Counter = Counter()
    # the works the fields hold that the printed list lacks (the Word file's own finding)
    unprinted = {f["message"].split()[0] for f in word if " is described in " in f["message"]}
    word_first = _unmatched_first(word, doc.text, plain, plain_text)
    plain_first = _unmatched_first(plain, plain_text, word, doc.text)
    sides = (
        ("word", result["word_only"], plain_text, word_first),
        ("plain", result["plain_only"], doc.text, plain_first),
    )
    for side, only, other, findings in sides:
        left = Counter(only)
        flat_other = _flat(other)
        for f in findings:
            key = verdict_key(f)
            if left[key] <= 0:
                continue
            left[key] -= 1
            claim = _flat(f.get("text") or "")[:60] if f["code"] == "uncited-claim" else ""
            said = plain_text[slice(*f["span"])] if side == "plain" and f.get("span") else ""
            if notes_listed and f["code"] in _NOTES_AS_LIST[side]:
                cause = "inherent: notes written as a numbered list"
            elif deleted and _without(f, deleted) in {
                _without(g, deleted) for g in (plain if side == "word" else word)
            }:
                cause = "inherent: tracked deletion the export shows"
            elif _UNRESOLVED in said:
                cause = "inherent: cross-reference the export could not resolve"
            elif dropped and claim and claim in _flat(doc.text[dropped[0] : dropped[1]]):
                cause = "inherent: notes the export drops"
            elif claim and claim not in flat_other and side == "word" and _boxed_in(claim, boxed):
                cause = "inherent: text box the export drops"
            elif claim and claim not in flat_other:
                cause = "claims cut or rendered differently"
            elif side == "plain":
                cause = _plain_cause(f, doc, fields, lost, listed_at, dropped, unprinted)
            else:
                cause = _word_cause(f, plain_trace, lost)
            found[cause] += 1
            if each is not None:
                each.append((side, key, cause))
    return found


def _deletions(root) -> list[str]:
    """The text of each tracked deletion in the Word file's body (``w:del``), from its
    markup, longest first."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    found = {" ".join("".join(d.itertext()).split()) for d in root.iter(f"{w}del")}
    return sorted((t for t in found if len(t) >= 3), key=len, reverse=True)


def _boxed(root) -> str:
    """The text of the Word file's text boxes (``w:txbxContent``), from its markup, a
    paragraph a line, flattened as the verdicts' texts are."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join(
        _flat("".join(para.itertext())) for box in root.iter(f"{w}txbxContent") for para in box
    )


# A list's label Word draws from its numbering ("I.", "2)", "a."), not in the markup's text
_LABEL = re.compile(r"^(?:[IVXLC]+|[ivxlc]+|\d+|[A-Za-z])[.)]\s+")


def _boxed_in(claim: str, boxed: str) -> bool:
    """Whether a claim stands in a text box (see ``_boxed``), its list label aside."""
    return bool(boxed) and _LABEL.sub("", claim)[:50] in boxed


def _main_part(path):
    """The Word file's main part, parsed (the markup, not the reader's text)."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _without(finding: dict, deleted: list[str]) -> tuple[str, str]:
    """A verdict's code and text, the deleted texts taken out (see ``_deletions``)."""
    text = " ".join((finding.get("text") or "").split())
    for gone in deleted:
        text = text.replace(gone, " ")
    return finding["code"], "".join(_flat(text).split())


def _unmatched_first(
    ours: list[dict], text: str, theirs: list[dict], their_text: str
) -> list[dict]:
    """``ours`` with those the other side gives at the same place last: of two verdicts with
    the same key ("(3,4)" read as uncertain twice), the one the other side lacks is the
    one whose words before it (flattened) no verdict of the other side's has."""
    there = Counter((verdict_key(f), _before(f, their_text)) for f in theirs)

    def matched(f: dict) -> bool:
        at = (verdict_key(f), _before(f, text))
        if there[at] > 0:
            there[at] -= 1
            return True
        return False

    flags = [matched(f) for f in ours]
    return [f for f, m in zip(ours, flags, strict=True) if not m] + [
        f for f, m in zip(ours, flags, strict=True) if m
    ]


def _before(f: dict, text: str) -> str:
    """The few words before a verdict's span, flattened (no span: none)."""
    span = f.get("span")
    if not span:
        return ""
    return " ".join(_flat(text[max(0, span[0] - 40) : span[0]].translate(UNSET)).split()[-3:])


def _plain_cause(
    f: dict,
    doc,
    fields: list,
    lost: Flattened,
    listed_at: int | None,
    dropped: tuple[int, int] | None,
    unprinted: set[str],
) -> str:
    code = f["code"]
    span = tuple(f.get("span") or ())
    how = lost.digits(*span) if span and code in _MARKER_FINDINGS else ""
    if how:
        return f"inherent: {'subscript' if how == 'lowered' else 'raised digits'} flattened"
    if code == "uncertain-marker":
        if listed_at is not None and span and span[0] >= listed_at:
            return "inherent: list marked only by its field"
        return "plain: uncertain digits"
    cited = _citing(f, doc, fields)
    if code in ("uncited-claim", "uncited-reference") and cited:
        if dropped and all(dropped[0] <= m.start < dropped[1] for m in cited):
            return "inherent: notes the export drops"
        where = span if code == "uncited-claim" and span else (0, len(lost.plain))
        if all(m.superscript for m in cited) and "raised" in lost.kinds(*where):
            return "inherent: raised field flattened"
        return "plain: printed citation missed"
    if code == "dangling-citation":
        shown = _flat(f.get("text") or "")
        if any(_flat(m.text) == shown and unprinted & set(m.keys) for m in fields):
            return "inherent: work only its field holds"
        return "plain: digits read as a citation"
    if code in _MARKER_CODES:
        return "plain: marker misread"
    return "other"


def _word_cause(f: dict, plain_trace, lost: Flattened) -> str:
    code = f["code"]
    if code == "uncited-reference":
        citing = _plain_citing(f, plain_trace)
        if citing and all(lost.digits(c.start, c.end) == "raised" for c in citing):
            return "inherent: raised digits flattened"  # a note's mark read as citing it
        return "word: uncited entry plain text cites"
    if code in ("uncited-claim", *_MARKER_CODES):
        return "word: citation not read"
    if code == "uncertain-marker":
        return "word: uncertain digits"
    return "other"


def _list_in_export(doc, plain_text: str) -> int | None:
    """Where the Word file's printed list starts in the export: its first entry's opening
    words, found there."""
    if doc.reference_list_start is None:
        return None
    opening = " ".join(doc.text[doc.reference_list_start :].split()[:6])
    at = " ".join(plain_text.split()).find(opening) if opening else -1
    if at < 0:
        return None
    # back from the collapsed text to the export's offsets: the same words before it
    words = len(" ".join(plain_text.split())[:at].split())
    spans = [m.start() for m in re.finditer(r"\S+", plain_text)]
    return spans[words] if words < len(spans) else None


def _plain_citing(f: dict, trace) -> list:
    """The plain text's citations of the reference ``f`` names by author and year."""
    named = _NAMED.search(f["message"])
    if trace is None or not named:
        return []
    keys = _named_keys(trace.references, named)
    return [c for c in trace.citations if keys & set(c.keys)]


def _named_keys(references, named: re.Match) -> set[str]:
    author, year = fold_ascii(named.group(1)).lower(), int(named.group(2))
    return {
        r.id for r in references
        if r.year == year and r.author and fold_ascii(r.author[0].family).lower() == author
    }  # fmt: skip


def _citing(f: dict, doc, fields: list) -> list:
    """The Word file's field citations of what ``f`` says is uncited: those inside the claim
    (by its text), or those of the reference it names by author and year."""
    if f["code"] == "uncited-claim":
        claim = _flat(f.get("text") or "")
        return [m for m in fields if claim and _inside(doc.text, m.start, claim)]
    named = _NAMED.search(f["message"])
    if not named:
        return []
    keys = _named_keys(doc.references, named)
    return [m for m in fields if keys & set(m.keys)]


def _notes(doc) -> tuple[int, int] | None:
    """Where the Word reader put the footnotes and endnotes: under its "Notes" line, before
    the reference list."""
    from blinarefs.manuscript.docx import NOTES_HEADING

    end = doc.reference_list_start if doc.reference_list_start is not None else len(doc.text)
    at = doc.text.rfind(f"\n{NOTES_HEADING}\n\n", 0, end)
    return None if at < 0 else (at + len(NOTES_HEADING) + 3, end)


def _note_openings(doc, span: tuple[int, int]) -> list[str]:
    """The first words of each note (the list's heading, where the list starts at its
    heading, is none)."""
    from blinarefs.parse.headings import is_list_heading

    notes = doc.text[span[0] : span[1]].split("\n\n")
    return [" ".join(n.split()[:4]) for n in notes if n.strip() and not is_list_heading(n)]


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
