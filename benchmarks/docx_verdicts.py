"""``check``'s verdicts on a Word file against those on its plain-text export, for
eval_docx_reader.py ``--verdicts``.

A verdict is keyed by its code and the text it stands at (verdict_keys.py ``verdict_key``),
and the two sides' keys are matched one by one. A summary verdict, one for the whole manuscript,
is keyed by its kind instead: "the list is not numbered by first citation" (whatever
citation it stands at and whatever its counts: "only 7 of the 80" on one side, "8 of the
78" on the other), and "citations are printed in more than one convention" by the
convention it names. Keyed by the citation it stood at, one such verdict both sides give
counted as two differences wherever the two sides' first citation differed; the citations
that differ are counted by their own verdicts (a reference never cited, a marker in doubt).
The run prints the agreement both ways, so a reader sees the change of measure: "keyed by
kind" (the figure) and "keyed by place" (the figure before session 44). Since session 45 a
reference never cited is keyed by the reference alone: the plain text names beside it the
flattened digits it read as text ("BRCA1", "Asp153") where the Word file, which does not raise
them, names none; the same verdict, two differences before.
"""

from __future__ import annotations

import collections
import re
import shutil
from pathlib import Path

from plain_export import mark_superscripts, pandoc_notes, plain_texts, without_note_numbers
from timing import print_table
from verdict_keys import compare, verdict_key

# code -> what a summary verdict says, found in its message ("" : not a summary); and the
# reference a verdict that one is never cited names, whatever digits the reader doubted
_SUMMARIES = {
    "citation-order": re.compile(r"^(the list is not numbered by first citation)"),
    "mixed-conventions": re.compile(r"the first (.+) one is here$"),
    "uncited-reference": re.compile(r"^(reference .*? is never cited)"),
}


def by_kind(finding: dict) -> dict:
    """The finding keyed by its kind when it is a summary verdict (its ``text``, which
    ``verdict_key`` reads first, replaced by what it says), a reference never cited by the
    reference (not by the flattened digits the plain reader read as text and names beside
    it, which the Word file does not raise and names not), else the finding itself."""
    said = _SUMMARIES.get(finding["code"])
    found = said.search(finding["message"]) if said else None
    return {**finding, "text": found.group(1)} if found else finding


def _on_notes(finding: dict, begin: int) -> bool:
    """Whether a plain-side verdict stands in the notes Pandoc's copy prints after its text
    (from ``begin``: plain_export.pandoc_notes)."""
    span = finding.get("span")
    return bool(span) and span[0] >= begin


def verdicts_on_articles(
    kept: list, how: str, tmp: Path, show: bool = False
) -> tuple[list[list[object]], collections.Counter, collections.Counter, collections.Counter]:
    """``check``'s verdicts on each article's Word file against those on the same file
    exported to plain text (see plain_export.py), both traced against the article's own
    reference list, summary verdicts keyed by kind. Where they differ, the verdicts on the
    JATS itself (whose markers are the markup's) say which side is right: a verdict the
    markup gives too. The Word verdicts on footnotes and endnotes, which the text export
    leaves out, are counted apart, and so are those of Pandoc's copy on the same notes,
    which it prints after the text (``pandoc_notes``). Also the
    differences by verdict kind (side, code, "markup agrees" or not) and by cause (see
    verdict_causes.py), and the shared verdicts by kind. Each row ends with the shared
    verdicts and the union keyed by place."""
    from verdict_causes import causes

    from blinarefs.manuscript import read_manuscript
    from blinarefs.manuscript.wordml import MAIN_PART
    from blinarefs.trace.checks import check_trace
    from blinarefs.trace.manuscript import trace_manuscript

    def findings(trace) -> list[dict]:
        return [f.to_dict() for f in check_trace(trace)]

    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    kinds: collections.Counter = collections.Counter()
    cause: collections.Counter = collections.Counter()
    shared: collections.Counter = collections.Counter()
    plain = plain_texts([d for _, d, _, _ in kept], how, tmp)
    for i, (art, docx, trace, listed) in enumerate(kept):
        text = read_manuscript(plain[docx]).text  # as check reads it (the export's BOM)
        doc = read_manuscript(docx)
        begin = pandoc_notes(text, len(doc.footnotes)) if how == "pandoc" else len(text)
        text = without_note_numbers(text, begin)  # the notes' own numbers cite nothing
        on_plain = trace_manuscript(text, listed, body_end=len(text))
        jats = read_manuscript(art.path)
        on_jats = trace_manuscript(jats.text, listed, body_end=jats.reference_list_start,
                                   known_markers=jats.markers, markers_complete=True)  # fmt: skip
        markup = {verdict_key(by_kind(f)) for f in findings(on_jats)}
        # a footnote or endnote is not in the text export: the Word verdicts on them apart
        placed, on_notes = [], []
        for f in findings(trace):
            at = doc.locate_span(*f["span"]) if f.get("span") else None
            (on_notes if at and at[0].part != MAIN_PART else placed).append(f)
        plain_found = findings(on_plain)
        if how == "pandoc":  # the same notes, printed at the copy's end: apart too
            noted = [f for f in plain_found if _on_notes(f, begin)]
            plain_found = [f for f in plain_found if not _on_notes(f, begin)]
            on_notes += noted
        old = compare(placed, plain_found, fields=False)  # keyed by place, as before
        old_union = old["same"] + len(old["word_only"]) + len(old["plain_only"])
        on_word, on_text = [by_kind(f) for f in placed], [by_kind(f) for f in plain_found]
        result = compare(on_word, on_text, fields=False)
        keys = collections.Counter(map(verdict_key, on_word))
        both = keys & collections.Counter(map(verdict_key, on_text))
        for (code, _), n in both.items():
            shared[code] += n
        formatted = tmp / f"formatted_{i}.docx"  # every raised and lowered digit kept
        shutil.copy(docx, formatted)
        mark_superscripts(formatted, unset=True)
        each: list = []
        cause.update(causes(on_word, on_text, result, (trace, on_plain, on_jats), markup,
                            read_manuscript(formatted).text, each))  # fmt: skip
        for side, only in (("docx", result["word_only"]), ("plain", result["plain_only"])):
            for v in only:
                kinds[side, v[0], "markup agrees" if v in markup else ""] += 1
        row = per[f"{art.source} ({art.marker_style})"]
        row.update(articles=1, same=result["same"], docx_only=len(result["word_only"]),
                   plain_only=len(result["plain_only"]), notes=len(on_notes), placed=old["same"],
                   placed_union=old_union)  # fmt: skip
        row["docx_right"] += sum(1 for v in result["word_only"] if v in markup)
        row["plain_right"] += sum(1 for v in result["plain_only"] if v in markup)
        if show:
            for side, f, why in sorted(each, key=lambda e: (e[0], verdict_key(e[1]))):
                code, about = verdict_key(f)
                agree = "markup agrees" if (code, about) in markup else "markup does not"
                print(f"  {art.file} only in {side} ({agree}): {code}: {about[:100]}  <- {why}")
    rows = []
    for source, c in sorted(per.items()):
        union = c["same"] + c["docx_only"] + c["plain_only"]
        rows.append([source, c["articles"], c["same"], c["docx_only"], c["plain_only"],
                     f"{c['same'] / union if union else 1:.3f}", c["docx_right"],
                     c["plain_right"], c["notes"], c["placed"], c["placed_union"]])  # fmt: skip
    return rows, kinds, cause, shared


def print_verdicts(found, kinds, cause, shared, how: str) -> None:
    """The agreement per source and in all, keyed by kind and by place, on what both sides
    can know, and the differences by kind and by cause."""
    print(f"\ncheck on each Word file against check on its plain text ({how}):")
    print_table(
        ["source", "articles", "same verdicts", "docx only", "plain only", "agreement",
         "docx right", "plain right", "on notes (apart)"], [row[:9] for row in found],
    )  # fmt: skip
    same = sum(int(row[2]) for row in found)
    union = sum(int(row[2]) + int(row[3]) + int(row[4]) for row in found)
    share = same / union if union else 1.0
    verdict = "meets" if share >= 1.0 else "MISSES"
    print(f"{verdict} the target (the same verdicts): {same} of {union} agree ({share:.3f})")
    same_old = sum(int(row[9]) for row in found)
    union_old = sum(int(row[10]) for row in found)
    print(
        f"(a summary verdict keyed by kind; keyed by the citation it stands at, as before "
        f"session 44: {same_old} of {union_old}, {same_old / union_old if union_old else 1:.3f})"
    )
    # the export flattened what the Word file raises: verdicts no plain reader can be sure to
    # share (verdict_causes.py), counted, and left out of the second figure
    inherent = sum(n for c, n in cause.items() if c.startswith("inherent"))
    knowable = union - inherent
    print(
        f"on what both sides can know: {same} of {knowable} agree "
        f"({same / knowable if knowable else 1:.3f}); the {inherent} differences on "
        "digits the Word file raises or lowers and the export flattened left out"
    )
    print("\nThe shared verdicts by kind (fewer shared verdicts lower the agreement "
          "with the same differences):")  # fmt: skip
    print_table(["verdict", "count"], shared.most_common())
    print("\nThe differences by verdict kind:")
    print_table(
        ["only in", "verdict", "markup", "count"],
        [[*key, n] for key, n in sorted(kinds.items(), key=lambda kv: -kv[1])],
    )
    print("\nThe differences by cause (see verdict_causes.py):")
    print_table(["cause", "count"], [[c, n] for c, n in cause.most_common()])
