"""The JATS reader against the articles' own markup, per source (publisher).

Truth: the shared loader of issue-corpus (``benchmarks/corpora/jats_truth.py``: body markers
from ``<xref ref-type="bibr">``, references from ``<ref-list>``), on the real articles of
$BLINAREFS_CORPORA (MANIFEST.json; recipe and licences in benchmarks/corpora/). Scored:

- markers: the body's markers (the truth leaves figures, tables and the abstract out, so the
  reader's markers are taken from its body sections too), aligned in order by the numbers
  they cite; precision and recall of the number tuples;
- references: number (with a sub-labelled list's part letter: "1a"), first author, year,
  title and DOI of every ``<ref>``, equal to the truth's; a reference whose markup tags no
  part (its printed string only, which the reader parses: how well is the parser
  benchmark's business) is right when it is read,
  and a DOI only a link gives is not held against the reader.

Usage: python benchmarks/eval_jats_reader.py [--split dev|heldout|all] [--corpus DIR]
       [--source NAME] [--misses] [--files GLOB]
(--misses: each marker and reference that differs, dev and --files only; --files: JATS files
outside the manifest, such as the extra dev sets, each scored under its folder's name)
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).parent)]

from corpora.obtain import corpus_dir  # noqa: E402
from timing import print_table  # noqa: E402


def _year(tagged: str | None) -> str:
    """The year the reader gives for a tagged one: none for what is no year of publication,
    "n.d.", "in press" or a typo ("211", "1001"; the reader reads 1500 to 2099)."""
    return tagged if tagged and re.fullmatch(r"1[5-9]\d\d|20\d\d", tagged) else ""


# The reader keeps a title's <sup> and <sub> raised and lowered where Unicode has the
# characters (CD4⁺, CO₂); the truth reads the markup's text flat (CD4+, CO2): compared flat.
# (a raised minus sign, U+2212, is ⁻ too: both minus signs compare as a hyphen)
_FLAT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎\u2212", "0123456789+-=()ni0123456789+-=()-")


def _norm(text: str | None) -> str:
    return " ".join((text or "").translate(_FLAT).lower().split()).strip(" .")


# What a truth rule's note says it did to a field: the tag's value is then not the truth's
_NOT_AS_TAGGED = ("set aside", "mended", "from the source")


def _set_aside(notes: tuple[str, ...], name: str) -> bool:
    """Whether the truth's rules set the field aside or mended it ("authors and title set
    aside: the title tag opens with the list's last name", "title and journal mended: the
    journal's first word is tagged at the title's end", "title from the source: ..."): the
    markup's tag is then not what was printed, and the reader, which gives back the tag, is
    not held to the truth's value."""
    from benchmarks.corpora.jats_units import BODY_AS_TITLE, GROUP_IN_TITLE, UNIT_IN_TITLE

    if name == "title" and {UNIT_IN_TITLE, GROUP_IN_TITLE, BODY_AS_TITLE} & set(notes):
        return True  # the title's opening sentence (or all) moved to the authors: mended
    return any(
        name in note.split(":")[0] and any(w in note.split(":")[0] for w in _NOT_AS_TAGGED)
        for note in notes
    )


def score_article(path: Path, misses: list[str] | None = None, rules: Counter[str] | None = None):
    """The article's counts; with ``misses``, a line for each marker and reference that
    differs from the truth appended to it; with ``rules``, how often a declared truth rule
    decided a comparison (a title set aside, a rid naming an element inside a reference)."""
    from benchmarks.corpora.jats_truth import markers, references
    from benchmarks.corpora.jats_xml import RID_INSIDE_REF

    from blinarefs.manuscript import read_manuscript
    from blinarefs.manuscript.jats import read_jats

    doc = read_manuscript(path)
    truth_markers = [m.numbers for m in markers(path).printed.markers]
    body_only = read_jats(_body_only(path), path)
    hi = body_only.reference_list_start or len(body_only.text)
    # a list printed without numbers is cited by name: its markers name works, not numbers,
    # and the truth's numbers (list positions) are those works' places in the list
    place = {r.id: r.number for r in doc.references if r.number is not None}
    mine = [
        m.numbers or tuple(sorted({place[k] for k in m.keys if k in place}))
        for m in body_only.markers
        if m.start < hi
    ]
    matcher = difflib.SequenceMatcher(a=truth_markers, b=mine, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    if misses is not None:
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "equal":
                misses.append(f"  marker {op}: truth {truth_markers[i1:i2]} read {mine[j1:j2]}")
    # by printed label: the parts of a sub-labelled reference ("1a", "1b") share its number
    truth_refs = {r.printed_label: r for r in references(path)}
    ref_ok = 0
    for ref in doc.references:
        t = truth_refs.get(ref.printed_label)
        if t is None:
            continue
        first = ref.author[0].full_family if ref.author else ""
        # a particle counts either way, as in the parser's benchmark: publishers tag "de
        # María" as <prefix>de</prefix><surname>María</surname>, which the reader keeps as
        # the particle and the family name
        family = ref.author[0].family if ref.author and ref.author[0].family else first
        tagged_first = _norm(t.tagged_authors[0] if t.tagged_authors else "")
        # a DOI the truth does not tag (one given as a link) is not held against the reader
        same_doi = not t.doi or _norm(ref.doi) == _norm(t.doi)
        # names printed but not tagged ("Roe JA, Poe B (<year>2017</year>)..."): the markup
        # says nothing about them, and the reader reads them from the print
        printed = _norm(t.text or t.markup_text or "")
        named = bool(not t.tagged_authors and first and _norm(first) in printed)
        title_aside = _norm(ref.title) != _norm(t.title) and _set_aside(t.notes, "title")
        same = not t.tagged or (  # untagged: the markup says nothing more to compare
            (named or tagged_first in (_norm(first), _norm(family)))
            and str(ref.year or "") == _year(t.year)
            and (_norm(ref.title) == _norm(t.title) or title_aside)
            and same_doi
        )
        if rules is not None and t.tagged and title_aside:
            rules["a title the truth sets aside, not compared"] += 1
        ref_ok += same
        if misses is not None and not same:
            got = (first, ref.year, ref.title, ref.doi)
            want = (t.tagged_authors[:1], t.year, t.title, t.doi)
            misses.append(f"  ref {ref.printed_label}: read {got} truth {want}")
    if misses is not None:
        missing = sorted(set(truth_refs) - {r.printed_label for r in doc.references})
        misses.extend(f"  ref {n}: not read" for n in missing)
    if rules is not None:
        rules[RID_INSIDE_REF] += _rids_inside(path)
    return len(truth_markers), len(mine), matched, len(truth_refs), len(doc.references), ref_ok


def _rids_inside(path: Path) -> int:
    """How many of the article's citing xrefs name an element inside a reference."""
    from benchmarks.corpora.jats_xml import inside_ref_ids, local, parse_article

    _, root = parse_article(path)
    inside = inside_ref_ids(root)
    return sum(
        1
        for el in root.iter()
        if isinstance(el.tag, str)
        and local(el) == "xref"
        and any(r in inside for r in el.get("rid", "").split())
    )


_NOT_BODY = ("abstract", "trans-abstract", "fig", "fig-group", "table-wrap", "table-wrap-group",
             "fn-group", "supplementary-material", "ack", "app-group", "app", "notes",
             "sec-meta", "glossary", "title-group", "sub-article", "response")  # fmt: skip


def _body_only(path: Path) -> str:
    """The article with what the truth's marker list leaves out removed (abstract, floats,
    back matter but the reference list), so that the same text is compared."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    root = etree.parse(str(path), parser).getroot()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and etree.QName(el).localname in _NOT_BODY:
            parent = el.getparent()
            if parent is not None:
                tail = el.tail
                # a reference list inside what goes (an appendix's own) stays where it was:
                # the list numbers its references in document order, the truth too
                lists = [
                    r
                    for r in el.iter("{*}ref-list")
                    if r.getparent() is el
                    or not any(etree.QName(a).localname == "ref-list" for a in r.iterancestors())
                ]
                for k, ref_list in enumerate(lists):
                    parent.insert(parent.index(el) + k, ref_list)
                parent.remove(el)
                if tail:  # keep the text that followed it
                    prev = parent[-1] if len(parent) else None
                    if prev is not None:
                        prev.tail = (prev.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
    # the truth reads <body> only: the back matter's sections (acknowledgements, supplementary
    # material as a <sec>) go too, all but the reference list
    for back in root.iter("{*}back"):
        for el in list(back):
            if isinstance(el.tag, str) and not any(
                etree.QName(d).localname == "ref-list" for d in el.iter() if isinstance(d.tag, str)
            ):
                back.remove(el)
    _entities_as_characters(root)
    return etree.tostring(root, encoding="unicode")


def _entities_as_characters(root) -> None:
    """Each named entity the parser left unresolved ("&nbsp;", "&chi;": the file names a
    DTD it does not ship) written as the character it names, as the JATS reader prints it
    (``xmltext.entity_text``): Pandoc loads no DTD and refuses a file that keeps one."""
    from lxml import etree

    from blinarefs.manuscript.xmltext import entity_text

    for node in [n for n in root.iter() if isinstance(n, etree._Entity)]:
        parent, printed = node.getparent(), entity_text(node) + (node.tail or "")
        if parent is None:
            continue
        before = node.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + printed
        else:
            parent.text = (parent.text or "") + printed
        parent.remove(node)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument(
        "--corpus",
        default=str(corpus_dir()),
        help="the corpus (default: $BLINAREFS_CORPORA, else where obtain.py puts it)",
    )
    ap.add_argument("--source", help="only the articles of this source (publisher)")
    ap.add_argument("--misses", action="store_true", help="each difference (dev only)")
    ap.add_argument("--files", metavar="GLOB", help="these JATS files (quoted glob) instead")
    args = ap.parse_args()
    from benchmarks.corpora.extra_dev import outside
    from benchmarks.corpora.obtain import articles

    # the repository's manifest decides the split, as for every other benchmark: a corpus
    # folder's own copy may predate an article's move (benchmarks/corpora/README.md)
    split = None if args.split == "all" else args.split
    per: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
    failures = []
    rules: Counter[str] = Counter()
    chosen = (
        outside(args.files)
        if args.files
        else articles(split=split, source=args.source, root=Path(args.corpus))
    )
    for art in chosen:
        # held-out misses are never looked at (benchmarks/corpora/README.md)
        misses: list[str] | None = [] if args.misses and art.split in ("dev", "files") else None
        try:
            scores = score_article(art.path, misses, rules)
        except Exception as exc:  # one unreadable article must not hide the others
            failures.append(f"{art.file}: {exc}")
            continue
        if misses:
            print(art.file, *misses, sep="\n")
        row = per[art.source]
        row[0] += 1
        for i, value in enumerate(scores, start=1):
            row[i] += value
    rows, total = [], [0] * 7
    for source, row in sorted(per.items()):
        total = [a + b for a, b in zip(total, row, strict=True)]
        rows.append(_row(source, row))
    rows.append(_row("ALL", total))
    print_table(
        ["source", "articles", "markers", "precision", "recall", "refs", "refs read", "refs exact"],
        rows,
    )
    for rule, count in sorted(rules.items()):
        print(f"declared truth rule, {count}x: {rule}")
    for f in failures:
        print("FAILED", f)
    exact = total[3] == total[1] == total[2] and total[6] == total[4] == total[5]
    if exact:
        print("meets the target (markers and references exactly as the markup says)")
    else:
        print("MISSES the target: markers and references not all exactly as the markup says")
    return 0


def _row(source: str, row: list[int]) -> list[object]:
    n, t_markers, mine, matched, t_refs, refs, exact = row
    precision = matched / mine if mine else 1.0
    recall = matched / t_markers if t_markers else 1.0
    return [source, n, t_markers, f"{precision:.3f}", f"{recall:.3f}", t_refs, refs, exact]


if __name__ == "__main__":
    sys.exit(main())
