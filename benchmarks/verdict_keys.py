"""``check``'s verdicts on a Word file matched with those on its plain-text copy, for
eval_docx_fields.py and eval_docx_reader.py ``--verdicts``: each verdict keyed by its code and
the text it is about, and the keys matched one by one."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections import Counter
from pathlib import Path

# A verdict's text with what is raised unraised: the digits, the raised comma, and the signs
# and brackets ``--plain marked`` raises with them ("Fe³⁺", "ha⁻¹", "⁽³⁾"), which the Word
# reader leaves as typed; a raised minus stands for a hyphen or a minus sign alike, so both
# are one sign in the key ("ha−1", "ha-1" and "ha⁻1" name the same sentence); and what is
# lowered lowered no more ("CO₂", Pandoc's "CP₃-hyp": the Word reader's "CO2", "CP3-hyp").
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹˒⁺⁻−⁽⁾⁼₀₁₂₃₄₅₆₇₈₉₊₋₍₎₌", "0123456789,+--()=0123456789+-()=")
_REFERENCE_NAMED = re.compile(r"\breference \S+ \(")
# Pandoc's plain copy writes what is raised or lowered and has no superscript or subscript
# character as "^(th)", "^(®)", "^(V273S)", "M^((n))", "_(oxy)": the Word reader shows it
# as typed ("15th", "M(n)"), so the key unwraps it, as it unraises the characters
_PANDOC_SET = re.compile(r"[\^_]\(((?:[^()\n]|\([^()\n]*\))*)\)")
# What only the .docx can know when its references come from the fields: the abstracts they
# carry (claims checked against them), the printed list against them; and the printed list
# is not parsed then, so what plain text reports of reading it (its form, what was cut off
# after it, or missing it, when the manager printed no list) has no counterpart.
# (a claim the abstracts contradict is one of those checks, as one they do not hold is)
ONE_SIDED = {"claim-not-in-reference", "claim-not-in-source", "claim-contradicted",
             "printed-list-mismatch",
             "doubtful-reference", "unparsed-reference", "no-references",
             "reference-list"}  # fmt: skip
# What the Word reader says about the file itself (tracked changes it accepted, a field it
# could not read or read as typed): about reading Word, not verdicts on the manuscript; a
# text export has none.
READER_ONLY = {"tracked-changes", "field-unreadable", "field-without-data", "field-typed-over"}


def check_findings(path: Path) -> list[dict]:
    from blinarefs.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(path), "--json"])
    return json.loads(out.getvalue())["findings"]


def verdict_key(finding: dict) -> tuple[str, str]:
    about = finding.get("text") or re.sub(r"\b(?:claim|line) \d+", "", finding["message"])
    # a reference by the work it names: "reference 1 (Roe 2020)" in a list printed without
    # numbers is the reader's count, "reference roe2020trial (Roe 2020)" the .docx's key
    about = _REFERENCE_NAMED.sub("reference (", about)
    return finding["code"], " ".join(_PANDOC_SET.sub(r"\1", about).translate(_SUP).split())


def compare(word: list[dict], plain: list[dict], fields: bool) -> dict[str, object]:
    """Shared verdicts matched one by one; one-sided ones (with field references) counted
    per side."""
    apart = (ONE_SIDED if fields else {"printed-list-mismatch"}) | READER_ONLY
    a = Counter(verdict_key(f) for f in word if f["code"] not in apart)
    b = Counter(verdict_key(f) for f in plain if f["code"] not in apart)
    return {
        "same": sum((a & b).values()),
        "word_only": sorted((a - b).elements()),
        "plain_only": sorted((b - a).elements()),
        "one_sided": (
            sum(1 for f in word if f["code"] in apart),
            sum(1 for f in plain if f["code"] in apart),
        ),
    }
