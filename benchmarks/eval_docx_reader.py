"""The Word reader on real material, two ways.

1. Word files made from real articles: each JATS article of $BLINAREFS_CORPORA whose citations
   are superscripts or bracketed numbers (MANIFEST.json ``marker_style``), cut to its body
   as the truth loader sees it (see eval_jats_reader.py), is converted to .docx by Pandoc
   (``pandoc -f jats -t docx``: superscripts become superscript runs, Word's own form), read
   with ``read_manuscript`` and traced; the citations found are aligned in order with the
   truth's markers (``<xref ref-type="bibr">``, issue-corpus's ``jats_truth``). Precision
   and recall per source; markers printed side by side ("[2],[3]", "³⁾, ⁽⁴") are one group
   on both sides (the truth joins the first, the decoder splits it: the same numbers at
   the same place), and cited numbers are counted one by one too. An xref the source
   neither raises nor brackets (the truth's ``bare`` kind: "cycle7, 8", a journal's lost
   styling) is plain digits in the Word file too, no superscript or bracketed citation: it
   is scored apart ("with bare" columns). A raised number the markup left untagged but
   prints as the article's tagged citations do, in prose, within the list's length and
   neither after a digit nor after a word of one or two characters (so no exponent,
   isotope, ordinal or note mark) is a citation too: the markup's omission, not the
   reader's error (the declared rule and why it is fair: benchmarks/corpora/jats_untagged.py);
   the "untagged" column counts them per source. An xref the markup puts on an exponent
   ("1.73 m^2^", "5×10^6^", "R^2^", "χ^2^", "Δ^7^sterol") is no citation, and a numeric
   label that names other references than its rid (a default ``cit0001`` printed "137")
   cites what it prints: two more declared JATS-only rules (benchmarks/corpora/
   jats_exponents.py, which says why), counted in the "exponent" and "relabelled" columns;
   ``truth_set_aside.py`` lists each in context. Citations tagged back to back with nothing
   between them ("<xref>1</xref><xref>2</xref>") get the comma their journals print and the
   truth reads ("[1,2]", "^6,7^"); Pandoc would print "[12]", another citation.
   With ``--verdicts``, ``check``'s verdicts on each Word file are compared with those on
   the same file exported to plain text (LibreOffice's export, which is what its and Word's
   "Save as text" write: one paragraph a line, raised digits flattened; or ``--plain
   pandoc``, raised digits kept as superscript characters), both traced against
   the article's list; the verdicts on the JATS itself say which side a difference is right.
   A summary verdict (the whole list out of order, citations in more than one convention)
   is keyed by its kind, not by the citation it stands at: since session 44, a change of
   measure printed both ways (docx_verdicts.py).
   With ``--runs``, the raised runs are rewritten as Word users' files hold them (one run a
   character, separators unraised, inside hyperlinks, fields, smart tags or content
   controls, raised by a style or by position: docx_runs.py): the same truth, other markup.
2. Real .docx files from public repositories (recipe: benchmarks/corpora/word_files.md),
   read one by one: what each gave (markers by origin, references, notes), and whether any
   failed. For the Pandoc test files, the citations Pandoc's own reader finds (its
   ``*_plus.native`` outputs) are the truth.

Usage: python benchmarks/eval_docx_reader.py [--split dev|heldout|all] [--files DIR]
                                            [--verdicts [--plain libreoffice|pandoc]]
                                            [--runs split|unraise|link|style|...]
                                            [--style superscript|bracket]
                                            [--articles GLOB]
       python benchmarks/eval_docx_reader.py --misses [superscript|bracket]   (dev only)
       python benchmarks/eval_docx_reader.py --split dev --verdicts --misses verdicts
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).parent)]

from corpora.obtain import corpus_dir  # noqa: E402
from docx_marker_scores import aligned, not_bare, printed_together, score_row, show_misses  # noqa: E402
from docx_runs import FORMS, rewrite_runs  # noqa: E402
from docx_verdicts import print_verdicts, verdicts_on_articles  # noqa: E402
from eval_jats_reader import _body_only  # noqa: E402
from timing import print_table  # noqa: E402


def from_articles(
    corpus: Path,
    split: str,
    misses: str = "",
    keep: Path | None = None,
    kept: list | None = None,
    runs: str = "",
    styles: tuple[str, ...] = ("superscript", "bracket"),
    outside: str = "",
) -> list[list[object]]:
    """The citation figures per source; with ``keep``, each Word file is kept in that folder
    and ``kept`` gets (article, file, trace, reference list) for the verdicts; ``runs``
    rewrites the raised runs as a Word user's file may hold them (see docx_runs.py);
    ``styles``: the articles' marker styles read; ``outside``: a glob of JATS files outside
    the manifest read instead of the corpus (extra dev material, never held out)."""
    import pypandoc
    from benchmarks.corpora.jats_truth import markers

    from blinarefs.manuscript import read_manuscript
    from blinarefs.trace.manuscript import trace_manuscript

    pandoc = pypandoc.get_pandoc_path()
    from benchmarks.corpora.extra_dev import outside as outside_articles
    from benchmarks.corpora.obtain import articles

    # the repository's manifest decides the split, as for the other benchmarks; files
    # outside it are their own split ("files"), dev material the caller gathered
    if outside:
        chosen = outside_articles(outside)
    else:
        chosen = articles(split=None if split == "all" else split, root=corpus)
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0] * 14)
    with tempfile.TemporaryDirectory() as tmp:
        for art in chosen:
            if art.marker_style not in styles:
                continue
            path = art.path
            xml, docx = Path(tmp) / "a.xml", Path(tmp) / "a.docx"
            xml.write_text(_with_printed_commas(_body_only(path)), encoding="utf-8")
            subprocess.run([pandoc, "-f", "jats", "-t", "docx", str(xml), "-o", str(docx)],
                           check=True, capture_output=True)  # fmt: skip
            if runs:
                rewrite_runs(docx, runs)
            doc = read_manuscript(docx)
            # Pandoc keeps the reference list as metadata, not text: the article's own list
            # (read from its JATS) stands in for the printed one a manuscript would have.
            listed = read_manuscript(path).references
            trace = trace_manuscript(doc.text, listed, body_end=len(doc.text),
                                     known_markers=doc.markers, raised=doc.raised)  # fmt: skip
            if keep is not None and kept is not None:
                shutil.copy(docx, keep / f"{len(kept)}.docx")
                kept.append((art, keep / f"{len(kept)}.docx", trace, listed))
            # the same citations, whatever order the group prints them in; an xref the source
            # neither raises nor brackets ("bare": "cycle7, 8", "chemotherapy.13") is plain
            # digits in the Word file too, no superscript or bracketed citation: counted apart
            marked = markers(path, untagged=True)
            printed = marked.printed
            aside = collections.Counter(rule.split(" ")[0] for rule, _ in marked.set_aside)
            # cited numbers one by one: the same whether "[1], [2]" is one marker or two
            each_truth = [n for m in printed.markers if m.kind != "bare" for n in sorted(m.numbers)]
            each_found = [
                n
                for c in not_bare(printed.markers, trace.citations, doc.text)
                for n in sorted({*c.numbers})
            ]
            # markers printed side by side are one group on both sides (see printed_together)
            printed = dataclasses.replace(
                printed, markers=tuple(printed_together(printed.markers, printed.text))
            )
            cited = printed_together(trace.citations, doc.text)
            every = [tuple(sorted(m.numbers)) for m in printed.markers]
            scored = [m for m in printed.markers if m.kind != "bare"]
            truth = [tuple(sorted(m.numbers)) for m in scored]
            rest = not_bare(printed.markers, cited, doc.text)
            # a number named twice in one group ("[12,12,34]") is cited once, as the truth says
            everything = [tuple(sorted({*c.numbers})) for c in cited]
            found = [tuple(sorted({*c.numbers})) for c in rest]
            if misses == art.marker_style and art.split in ("dev", "files"):
                shown = dataclasses.replace(printed, markers=tuple(scored))
                shown_trace = dataclasses.replace(trace, citations=tuple(rest))
                show_misses(art.file, shown, truth, doc.text, shown_trace, found)
            row = per[f"{art.source} ({art.marker_style})"]
            values = (
                *(1, len(truth), len(found), aligned(truth, found)),
                *(len(each_truth), len(each_found), aligned(each_truth, each_found)),
                *(len(every) - len(truth), len(every), aligned(every, everything)),
                len(everything),
                sum(m.untagged for m in scored),
                aside["exponent"],
                aside["relabelled"],
            )
            for i, value in enumerate(values):
                row[i] += value
    rows = [score_row(source, row) for source, row in sorted(per.items())]
    for style in (*styles, ""):
        total = [0] * 14
        for source, row in per.items():
            if style in source:
                total = [a + b for a, b in zip(total, row, strict=True)]
        rows.append(score_row(f"ALL {style}".strip(), total))
    return rows


def _with_printed_commas(xml: str) -> str:
    """The article with the comma its renderer prints between two numbered citations tagged
    back to back (as the truth renders them, ``jats_body``): Pandoc prints none, and "[12]"
    or "^67^" would be another citation in the Word file than the journal's "[1,2]"."""
    from benchmarks.corpora.jats_body import glued_to_a_citation
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        return xml  # an entity only its DTD defines: Pandoc reads the text as it is
    for el in list(root.iter("{*}xref")):
        if el.get("ref-type") in ("bibr", "ref") and glued_to_a_citation(el):
            el.getprevious().tail = ","
    return etree.tostring(root, encoding="unicode")


def real_files(folder: Path) -> tuple[list[list[object]], int]:
    from blinarefs.errors import BlinarefsError
    from blinarefs.manuscript import read_manuscript

    rows, failed = [], 0
    for path in sorted(folder.rglob("*.docx")):
        try:
            doc = read_manuscript(path)
        except BlinarefsError as exc:
            rows.append([path.name, "refused", str(exc)[:60], "", ""])
            continue
        except Exception as exc:  # a crash is what this looks for
            failed += 1
            rows.append([path.name, "CRASH", f"{type(exc).__name__}: {exc}"[:60], "", ""])
            continue
        origins = collections.Counter(m.origin for m in doc.markers)
        tracked = next((n for n in doc.notes if n.startswith("tracked")), "")
        tracked = tracked.split(": ", 1)[-1]
        if origins or doc.references:
            said = ", ".join(f"{n} {o}" for o, n in sorted(origins.items())) or "none"
            listed = "yes" if doc.reference_list_start is not None else "no"
            rows.append([path.name, said, len(doc.references), listed, tracked[26:]])
    return rows, failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument(
        "--corpus",
        default=str(corpus_dir()),
        help="the corpus (default: $BLINAREFS_CORPORA, else where obtain.py puts it)",
    )
    ap.add_argument("--files", required=False, default=None, help="real .docx files (a folder)")
    ap.add_argument(
        "--misses",
        choices=("superscript", "bracket", "verdicts"),
        help="print where the dev articles (or --articles files) of this style differ from "
        "their markup",
    )
    ap.add_argument(
        "--verdicts",
        action="store_true",
        help="check on each Word file against check on its plain-text export",
    )
    ap.add_argument(
        "--plain",
        choices=("libreoffice", "marked", "pandoc"),
        default="libreoffice" if shutil.which("soffice") else "pandoc",
        help="the plain-text export for --verdicts: LibreOffice's (as its and Word's Save as "
        "text write it: one paragraph a line, raised digits flattened) "
        "or Pandoc's (raised digits as superscript characters), or LibreOffice's of a copy "
        "whose raised digits were marked as superscript characters (marked)",
    )
    ap.add_argument(
        "--runs",
        choices=FORMS,
        default="",
        help="rewrite the raised runs as Word users' files hold them: one run a character, "
        "separators left unraised, inside a hyperlink, raised by a character style or by "
        "position, in a cross-reference field, a smart tag or a content control, or a mix "
        "(the truth is the same; see docx_runs.py)",
    )
    ap.add_argument(
        "--style",
        choices=("superscript", "bracket"),
        help="only the articles of this marker style (a quicker run while tuning)",
    )
    ap.add_argument(
        "--articles",
        default="",
        help="JATS files outside the manifest (a glob, quoted; source: the folder) read "
        "instead of the corpus: extra dev material (benchmarks/corpora/extra_dev.py, "
        "extra_superscript.py); --misses lists theirs too",
    )
    args = ap.parse_args()
    if args.misses and args.split == "heldout":
        ap.error("--misses is for the dev split only: the held-out errors are never read")
    with tempfile.TemporaryDirectory() as tmp:
        kept: list = []
        keep = Path(tmp) if args.verdicts else None
        rows = from_articles(
            Path(args.corpus), args.split, args.misses or "", keep, kept, args.runs,
            (args.style,) if args.style else ("superscript", "bracket"), args.articles,
        )  # fmt: skip
        runs = f", raised runs rewritten ({args.runs})" if args.runs else ""
        print(
            f"Word files made from real articles (pandoc -f jats -t docx{runs}), citations traced:"
        )
        print_table(
            ["source", "articles", "markers", "marker P", "marker R", "number P", "number R",
             "bare (apart)", "P with bare", "R with bare", "untagged", "exponent",
             "relabelled"], rows,
        )  # fmt: skip
        for row in (row for row in rows if str(row[0]).startswith("ALL")):
            p, r = float(row[3]), float(row[4])
            verdict = "meets" if p >= 0.99 and r >= 0.99 else "MISSES"
            said = f"{row[0]}: P {p:.3f}, R {r:.3f}"
            print(f"{verdict} the target (99% marker precision and recall), {said}")
        if args.verdicts:
            how = args.plain
            show = args.misses == "verdicts" and args.split == "dev"
            (Path(tmp) / "plain").mkdir()
            found, kinds, cause, shared = verdicts_on_articles(kept, how, Path(tmp) / "plain", show)
            print_verdicts(found, kinds, cause, shared, how)
    if args.files and Path(args.files).is_dir():
        found, failed = real_files(Path(args.files))
        print("\nReal .docx files with citations or references from fields:")
        print_table(["file", "markers", "references", "list", "tracked changes"], found)
        total = sum(1 for _ in Path(args.files).rglob("*.docx"))
        print(f"{total} files read, {failed} crashed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
