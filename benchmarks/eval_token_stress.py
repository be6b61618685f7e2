"""Dev lists copied one token a line, under the stresses a real copy puts on the cutting.

``bench_parse.py`` scores each article's list one token a line as it was printed: numbered
1..n, a few dozen items, as the publisher wrote each reference. Real copies are harder in
ways the dev lists rarely show, so each is rendered here from the dev references on purpose:

- ``article``: each article's list as ``bench_parse.py`` gives it (the yardstick);
- ``long``: a source's references pooled into lists of 400 (three-digit item numbers meet
  the pages, volumes and issues the references print);
- ``long, gaps``: the same with every third reference left out, its number skipped (a
  publisher that prints only some references: the list skips numbers all along);
- ``sparse``: each article's list with one reference in two to twelve kept, numbers
  skipped all along, now and then by more than 50 (a list whose other references have no
  printed form);
- ``from 250`` / ``from 1990``: each article's list numbered from 250 or 1990 (items meet
  three-digit pages and volumes, or the years the references print);
- ``last number``: five neighbouring references numbered so that the item after a
  reference carries the last number that reference prints (its last page, an e-page's
  digits, a PubMed id's last digits are not: only a word of its own up to 9999);
- ``no final stop``: each reference without its closing full stop (it ends with a page,
  a PubMed id or a DOI's digits, and the next item's number follows at once);
- ``year first``: PLOS's form without authors, ``(2005) Title. J Name 5: e123.``, for
  every reference printing ``(year)`` after its names;
- ``title number``: each reference whose title follows ``(year)`` or a name list's full
  stop with the next item's number at the head of its title (``(2005) 13 genes...``);
- ``issue forms``: each reference that prints its issue in parentheses after its volume
  (``37(4):``, ``37 (4),``), with the reference after it, the issue re-printed in one of the
  forms real lists print (``ISSUE_FORMS``, in turn: supplements ``(Suppl 2)``,
  ``(Suppl_1)``, ``(4 Pt 2)``, letters ``(4A)``, ranges ``(4-5)``, ``(4/5)``, e-issues,
  seasons and months, ``(N° 4)``, spaced ``( 4 )``, ``, no. 4``, Vancouver's ``37 Suppl 4:``)
  and the markup's issue with it: the issue's element is where one token a line cuts most.

Each rendering is cut one a line (the yardstick) and twelve ways one token a line: the
number and its mark on lines of their own (``12`` / ``.``), the same with a blank line
after every token (a page whose spans copy as paragraphs), glued (``12.``), scraped with
stray spaces (``12 .``, `` , ``, ``Smith `` on each line), numbered ``[12]`` or
``(12)`` (``[`` / ``12`` / ``]``), one printed word a line with its marks kept on it
(``2019;37(Suppl`` / ``2):S1-9.``, as a copy of a PDF's words leaves it) and, a word at a
time, either way (a web page whose spans cut some words at their marks and not others:
``37(4):311-8.`` whole, then ``doi`` / ``:`` / ``10``...); and four ways a page renders
the text before it is cut:
no-break spaces holding a short element's words on one line (``J\xa0Fict\xa0Biol.``,
``et\xa0al.``), the text in decomposed form (``Mu`` / ``̈`` / ``ller``), soft hyphens in
long words (``bioch`` / ``\xad`` / ``emistry``) and a formula's sub- and superscripts in
spans of their own (``CO`` / ``2``, ``Ca`` / ``2`` / ``+``). Both are parsed and scored
against the markup as ``bench_parse.py`` scores (a reference not read is wrong on every
field). Readings are cached by item text, so a reference cut the same way is read once.

    BLINAREFS_CORPORA=DIR python benchmarks/eval_token_stress.py [--source NAME]...
        [--rendering NAME]... [--layout NAME]... [--show N] [--files GLOB]

Dev only: this script reads no held-out article. ``--files GLOB`` (quoted) renders JATS
files outside the manifest instead (more dev material, as ``bench_parse.py --files`` scores
it; ``corpora/extra_dev.py`` gathers some), each file's source its folder's name.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from bench_parse import Tally  # noqa: E402
from corpora.extra_dev import outside  # noqa: E402
from corpora.jats_truth import RefTruth, references  # noqa: E402
from corpora.obtain import articles  # noqa: E402
from eval_token_numbers import list_items  # noqa: E402
from parse_scoring import FIELDS  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.model import Reference  # noqa: E402

_TOKEN = re.compile(r"[^\W_]+|\S")
_WORD_NUMBER = re.compile(r"(?<![\w.])(\d{1,4})(?![\w])")
_YEAR_PAREN = re.compile(r"\((?:19|20)\d\d[a-z]?\)\s")
# A volume and its issue in parentheses as most styles print them: "37(4):", "37 (4),"
_VOLUME_ISSUE = re.compile(r"(?<![\w.])(\d{1,4}) ?\((\d{1,3})\)(?=[:,;.\s])")
# How real lists print an issue, {i} the printed one and {j} the next: (form, the issue
# the markup tags). A form that is no parenthesis replaces "(4)" and the space before it.
ISSUE_FORMS = (
    ("(Suppl {i})", "Suppl {i}"), ("(Suppl. {i})", "Suppl. {i}"), ("(Suppl_{i})", "Suppl_{i}"),
    ("({i} Pt 2)", "{i} Pt 2"), ("({i}A)", "{i}A"), ("({i}-{j})", "{i}-{j}"),
    ("({i}/{j})", "{i}/{j}"), ("(e{i})", "e{i}"), ("(Spring)", "Spring"), ("(Jan)", "Jan"),
    ("({i} Suppl 1)", "{i} Suppl 1"), ("(S{i})", "S{i}"), ("(N° {i})", "N° {i}"),
    ("( {i} )", "{i}"), ("(Pt {i})", "Pt {i}"), ("({i}–{j})", "{i}–{j}"),
    ("(Jul-Aug)", "Jul-Aug"), ("(Supplement {i})", "Supplement {i}"), ("(sup{i})", "sup{i}"),
    ("({i}, Suppl)", "{i}, Suppl"), (", no. {i}", "{i}"), (" Suppl {i}", "Suppl {i}"),
)  # fmt: skip
Item = tuple[int, str, RefTruth | None]  # number, printed text, truth (None: not scored)
SubList = tuple[str, list[Item]]  # source, items


def _dev_lists(sources: list[str], files: str | None = None) -> list[tuple[str, list[RefTruth]]]:
    """(source, printed references) of each dev article in a numbered style, or of each
    JATS file outside the manifest that ``files`` (a glob) names (its source: its folder)."""
    out = []
    for art in outside(files) if files else articles(split="dev"):
        if art.marker_style == "author-year" or (sources and art.source not in sources):
            continue
        refs = [t for t in references(art.path) if t.text]
        if refs and any(t.tagged for t in refs):
            out.append((art.source, refs))
    return out


def _item(number: int, truth: RefTruth) -> Item:
    return number, truth.text or "", truth if truth.tagged else None


def _article(lists: list[tuple[str, list[RefTruth]]]) -> Iterable[SubList]:
    for source, refs in lists:
        yield source, [_item(t.number, t) for t in refs]


def _long(lists: list[tuple[str, list[RefTruth]]], gaps: bool) -> Iterable[SubList]:
    pooled: dict[str, list[RefTruth]] = {}
    for source, refs in lists:
        pooled.setdefault(source, []).extend(refs)
    for source, refs in pooled.items():
        for start in range(0, len(refs), 400):
            chunk = list(enumerate(refs[start : start + 400], 1))
            if len(chunk) >= 100:
                yield source, [_item(n, t) for n, t in chunk if not (gaps and n % 3 == 0)]


def _sparse(lists: list[tuple[str, list[RefTruth]]]) -> Iterable[SubList]:
    """Each article's list from one of its first six references, with one reference in two
    to twelve kept, and now and then a jump of 51 to 120 numbers (a list whose other
    references have no printed form: it skips numbers all along)."""
    r = random.Random(9)
    for source, refs in lists:
        kept, k = [], r.randint(0, 5)
        while k < len(refs):
            kept.append(_item(refs[k].number, refs[k]))
            k += r.randint(2, 12)
            if r.random() < 0.07:  # the numbers of the references after, shifted
                shift = r.randint(51, 120)
                refs = refs[:k] + [replace(t, number=t.number + shift) for t in refs[k:]]
        if len(kept) >= 3:
            yield source, kept


def _from(lists: list[tuple[str, list[RefTruth]]], first: int) -> Iterable[SubList]:
    for source, refs in lists:
        yield source, [_item(first + k, t) for k, t in enumerate(refs)]


def _last_number(lists: list[tuple[str, list[RefTruth]]]) -> Iterable[SubList]:
    for source, refs in lists:
        for p, truth in enumerate(refs[:-1]):
            found = _WORD_NUMBER.findall(truth.text or "")
            first = int(found[-1]) - 1 - min(p, 2) if found else 0
            if first >= 1:
                window = refs[max(0, p - 2) : p + 3]
                yield source, [_item(first + k, t) for k, t in enumerate(window)]


def _edited(
    lists: list[tuple[str, list[RefTruth]]], edit: Callable[[RefTruth, int], RefTruth | None]
) -> Iterable[SubList]:
    """Each article's list with ``edit`` applied to each reference (None: left as it is);
    only lists where some reference was edited."""
    for source, refs in lists:
        edited = [(t.number, edit(t, t.number + 1)) for t in refs]
        if any(e is not None for _, e in edited):
            yield source, [_item(n, e or t) for (n, e), t in zip(edited, refs, strict=True)]


def _no_final_stop(truth: RefTruth, _: int) -> RefTruth | None:
    text = truth.text or ""
    return replace(truth, text=text[:-1].rstrip()) if text.endswith(".") else None


def _year_first(truth: RefTruth, _: int) -> RefTruth | None:
    m = _YEAR_PAREN.search(truth.text or "")
    if not m or m.start() == 0 or not truth.authors:
        return None
    return replace(truth, text=(truth.text or "")[m.start() :], authors=(), etal=False)


def _title_number(truth: RefTruth, following: int) -> RefTruth | None:
    text, title = truth.text or "", truth.title or ""
    at = text.find(title) if len(title) > 10 else -1
    if at < 2 or not (_YEAR_PAREN.search(text[at - 8 : at]) or text[at - 2 : at] == ". "):
        return None
    return replace(
        truth,
        text=f"{text[:at]}{following} {text[at:]}",
        title=f"{following} {title}",
    )


def _issue_forms(lists: list[tuple[str, list[RefTruth]]]) -> Iterable[SubList]:
    """Each reference printing "V(I)" (its markup's issue), with the one after it, the issue
    re-printed in the next of ``ISSUE_FORMS``."""
    k = 0
    for source, refs in lists:
        for p, truth in enumerate(refs):
            m = _VOLUME_ISSUE.search(truth.text or "")
            if not m or truth.issue != m.group(2):
                continue
            form, tagged = ISSUE_FORMS[k % len(ISSUE_FORMS)]
            k += 1
            i = int(m.group(2))
            printed = form.format(i=i, j=i + 1)
            space = " " if form.startswith("(") and " (" in m.group() else ""
            text = f"{truth.text[: m.start()]}{m.group(1)}{space}{printed}{truth.text[m.end() :]}"
            edited = replace(truth, text=text, issue=tagged.format(i=i, j=i + 1))
            yield source, [_item(t.number, t) for t in (edited, *refs[p + 1 : p + 2])]


def renderings(lists: list[tuple[str, list[RefTruth]]]) -> dict[str, list[SubList]]:
    return {
        "article": list(_article(lists)),
        "long": list(_long(lists, False)),
        "long, gaps": list(_long(lists, True)),
        "sparse": list(_sparse(lists)),
        "from 250": list(_from(lists, 250)),
        "from 1990": list(_from(lists, 1990)),
        "last number": list(_last_number(lists)),
        "no final stop": list(_edited(lists, _no_final_stop)),
        "year first": list(_edited(lists, _year_first)),
        "title number": list(_edited(lists, _title_number)),
        "issue forms": list(_issue_forms(lists)),
    }


# Real copies, as pages render the text: no-break spaces between the words of a short
# element (a journal's abbreviation, "et al", "pp. 311"), hyphenation points in long words,
# sub- and superscripts in spans of their own
_NBSP_RUN = re.compile(r"(?<=[.,;:)])\s+")
_LONG_WORD = re.compile(r"(?<![\w/.])([^\W\d_]{5})([^\W\d_]{5,})")
_MIXED = re.compile(r"[^\W\d_]+|\d+|\S")
_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d{0,2}){2,}")  # "CO2", "NH4", not "S12"


def _nbsp(piece: str) -> list[str]:
    """A run between marks, its words held by no-break spaces when they are few (a
    journal's abbreviation, a name), one word a line otherwise."""
    words = piece.split()
    if 1 < len(words) <= 3:
        return ["\xa0".join(words)]
    return [w for word in words for w in _TOKEN.findall(word)]


def _soft(m: re.Match[str]) -> str:
    return f"{m.group(1)}\xad{m.group(2)}"


def _tokens(items: list[Item], style: str, r: random.Random) -> str:
    out = []
    for number, text, _ in items:
        words = _TOKEN.findall(text)
        if style in ("split", "blank"):
            out += [str(number), ".", *words]
        elif style == "glued":
            out += [f"{number}.", *words]
        elif style in ("[]", "()"):
            out += [style[0], str(number), style[1], *words]
        elif style == "words":  # each printed word with its marks: "2019;37(4):311-8."
            out += [f"{number}.", *text.split()]
        elif style == "mixed":  # a word at a time, whole or cut at its marks
            out.append(f"{number}.")
            for word in text.split():
                out += [word] if r.random() < 0.5 else _TOKEN.findall(word)
        elif style == "nbsp":  # a page's no-break spaces: "J\xa0Fict\xa0Biol" one line
            out.append(f"{number}.")
            out += [w for piece in _NBSP_RUN.split(text) for w in _nbsp(piece)]
        elif style == "decomposed":  # text in decomposed form: "Mu" / "̈" / "ller"
            out += [str(number), ".", *_TOKEN.findall(unicodedata.normalize("NFD", text))]
        elif style == "soft hyphens":  # a page's hyphenation points, cut like marks
            out += [str(number), ".", *_TOKEN.findall(_LONG_WORD.sub(_soft, text))]
        elif style == "sub/superscripts":  # "CO" / "2", "Ca" / "2+": letters cut from digits
            cut = (_MIXED.findall(w) if _FORMULA.fullmatch(w) else [w] for w in words)
            out += [str(number), ".", *(p for pieces in cut for p in pieces)]
        else:  # scraped: stray spaces around each token, the mark a space from the number
            out.append(f"{number} .")
            out += [" " * r.randint(0, 1) + w + " " * r.randint(0, 1) for w in words]
    # a blank line after every token: a page whose spans copy as paragraphs
    return ("\n\n" if style == "blank" else "\n").join(out) + "\n"


# each copy one token a line, by how ``_tokens`` cuts it
LAYOUTS = {
    "one token a line": "split",
    "blank line between tokens": "blank",
    "glued number": "glued",
    "stray spaces": "spaced",
    "[12] one token a line": "[]",
    "(12) one token a line": "()",
    "one word a line": "words",
    "words cut or whole": "mixed",
    "no-break spaces": "nbsp",
    "decomposed accents": "decomposed",
    "soft hyphens": "soft hyphens",
    "sub/superscripts cut": "sub/superscripts",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", action="append", default=[], help="only this source (repeat)")
    ap.add_argument("--rendering", action="append", default=[], help="only this (repeat)")
    ap.add_argument("--layout", action="append", default=[], help="only this copy (repeat)")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N lost items")
    ap.add_argument(
        "--files", metavar="GLOB", help="JATS files outside the manifest instead (quoted glob)"
    )
    args = ap.parse_args()
    if "BLINAREFS_CORPORA" not in os.environ and not args.files:
        print("set BLINAREFS_CORPORA to the corpus folder (benchmarks/corpora/README.md)")
        return 2
    read: dict[str, Reference] = {}

    def parsed(text: str) -> dict[int, tuple[Reference, str]]:
        return {n: (r, t) for n, r, t in list_items(text, read)}

    layouts = {k: v for k, v in LAYOUTS.items() if not args.layout or k in args.layout}
    shown = 0
    r = random.Random(17)
    summary = []
    for name, sublists in renderings(_dev_lists(args.source, args.files)).items():
        if args.rendering and name not in args.rendering:
            continue
        tallies: dict[str, dict[str, Tally]] = {}
        for source, items in sublists:
            one = parsed("\n".join(f"{n}. {t}" for n, t, _ in items) + "\n")
            for layout, style in {"one a line": "", **layouts}.items():
                got = one if not style else parsed(_tokens(items, style, r))
                for group in (source, "ALL"):
                    tally = tallies.setdefault(layout, {}).setdefault(group, Tally())
                    for n, _, truth in items:
                        if truth is not None:
                            tally.add(truth, got[n][0] if n in got else None)
                if style and shown < args.show:
                    for n, text, truth in items:
                        if truth is not None and n not in got:
                            shown += 1
                            print(f"[{name}, {layout}, {source}] lost {n}: {text[:200]}")
                            near = [got[k][1][:240] for k in sorted(got) if n - 2 <= k < n]
                            print("   read before it: " + " || ".join(near))
                            break
        base = tallies["one a line"]
        for layout in layouts:
            for group in [*sorted(g for g in base if g != "ALL"), "ALL"]:
                one, tok = base[group], tallies[layout][group]
                gaps = {k: float(one.pct(k)) - float(tok.pct(k)) for k in FIELDS if one.seen[k]}
                worst = max(gaps, key=lambda k: abs(gaps[k]))
                lost = one.entries - tok.entries
                if group == "ALL" or lost or abs(gaps[worst]) >= 0.5:
                    summary.append([name, layout, group, one.refs, one.row("")[2],
                                    tok.row("")[2], lost, f"{gaps[worst]:.1f} ({worst})",
                                    one.row("")[-1], tok.row("")[-1]])  # fmt: skip
    split = "files" if args.files else "dev"
    print(f"\n## {split}: stress renderings, one a line against one token a line\n")
    print_table(("rendering", "layout", "source", "refs", "entries % one a line",
                 "entries % tokens", "entries lost", "largest field gap", "exact % one a line",
                 "exact % tokens"), summary)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
