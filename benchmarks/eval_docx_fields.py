"""Real Word files with reference-manager citations: every field read with what it cites, and
``check`` on the .docx giving the verdicts it gives on the same document as plain text.

The files (``docx_fields_corpus.json``: public repositories at pinned commits, licences,
checksums, dev/held-out split; the files stay out of this repository):

1. **Fields.** The truth comes from each file's own markup, read here without the reader:
   the field codes in ``w:instrText`` and ``w:fldSimple`` (every part: body, footnotes,
   endnotes), Mendeley Cite's content-control tags, Zotero's and Mendeley's (LibreOffice)
   bookmarks (one citation for bookmarks over the same text with one code), and the items in
   each code (CSL-JSON ``citationItems``, EndNote ``<Cite>`` elements, inline or base64 in
   ``w:fldData``). Pandoc's own docx reader (``+citations``) is shown beside it where it
   reads the manager. A citation counts as read when the reader gives it the works it cites.
2. **Verdicts.** The same document exported to plain text as a user's copy is: LibreOffice's
   "Text" export, byte for byte what its and Word's "Save as text" write (one paragraph a
   line, no blank line between, raised digits flattened to plain ones, list numbers kept);
   ``--plain pandoc`` uses ``pandoc -t plain`` instead, which keeps raised and lowered
   digits as superscript and subscript characters (its "^(3,4)" and "_(3-hyp)" for groups
   with characters that have none are written so too) and separates paragraphs with a
   blank line; ``--plain marked`` exports with LibreOffice a copy whose raised digits are
   superscript characters (and lowered ones subscript characters), as a careful user
   marks them before saving as text; ``--plain libreoffice-notes`` is the text export
   with the footnotes and endnotes it leaves out put back, as LibreOffice renders them
   in its XHTML export (field results and all, without their numbers), under a
   "Notes" line before the reference list the plain-text reader finds: the notes' text
   comes from LibreOffice, not from blinarefs' Word reader, whose own body-and-notes text
   would compare the reader with itself. Both files checked. The
   verdicts about the manuscript (dangling citations, uncited references, citation order,
   duplicate references, uncertain markers, uncited factual claims) are compared finding by
   finding (code and the text concerned, raised characters unraised, a minus sign as a
   hyphen, spaces collapsed; a reference by
   the author and year it names, not by its number or key, which in a list printed without
   numbers are the reader's own). Findings only
   one of the two can give are counted apart: claims checked against the abstracts the
   fields carry (plain text has none; a claim they contradict as one they do not hold),
   the printed list checked against the fields, and a
   printed list that is missing or could not be fully read (the .docx takes its references
   from the fields). Each difference is put down to a cause, which says whether plain text
   could give the Word file's verdict or cannot (``field_causes.py``): it cannot where the
   export lost what the Word file marks at that place (raised or lowered digits, read beside
   the same export made with them kept as superscript and subscript characters; a list only
   a field marks; notes; a cross-reference to a figure or table whose result LibreOffice
   replaced with its own "Error: Reference source not found"). The target is the agreement
   on what both sides can know, those differences left out; the agreement over every verdict
   is given beside it, and both per file (``--diff`` prints each difference with its cause).

The parts: the truth from the markup (field_truth.py), the exports (plain_export.py), the
verdicts keyed and matched (verdict_keys.py), their causes (field_causes.py).

Usage: python benchmarks/eval_docx_fields.py --prepare        (extract the files, once)
       python benchmarks/eval_docx_fields.py [--split dev|heldout|all] [--diff]
           [--plain libreoffice|marked|pandoc|libreoffice-notes]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "manuscript"), str(HERE.parent / "src")]

from eval_docx_annotate import DEFAULT_CORPUS, prepare  # noqa: E402
from field_causes import field_causes  # noqa: E402
from field_truth import markup_citations, pandoc_citations, read_citations  # noqa: E402
from plain_export import formatted_texts, plain_texts  # noqa: E402
from timing import print_table  # noqa: E402
from verdict_keys import check_findings, compare  # noqa: E402

MANIFEST = HERE / "docx_fields_corpus.json"
# A further set outside both splits (``--extra``): more real manuscripts to find the causes the
# few dev files cannot show; its files are checked to be none of the manifest's (SHA-256).
EXTRA = HERE / "docx_fields_extra.json"
TARGET = 1.0


def _share(n: int, of: int) -> str:
    return f"{n / of if of else 1:.3f}"


# -- the run ---------------------------------------------------------------------------------


def files_of(corpus: Path, split: str, manifest_path: Path = MANIFEST) -> list[tuple[str, Path]]:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    out = []
    for source in manifest["sources"]:
        if split in ("all", source["split"]):
            for name in source["files"]:
                out.append((source["name"], corpus / source["name"] / name.replace("/", "__")))
    return out


def _outside_manifest(extra: Path) -> None:
    """The further set must hold no file of the manifest (either split): the same bytes would
    count a dev file twice or open a held-out one."""
    known = {
        digest
        for source in json.loads(MANIFEST.read_text(encoding="utf-8"))["sources"]
        for digest in source.get("sha256", {}).values()
    }
    for source in json.loads(extra.read_text(encoding="utf-8"))["sources"]:
        for name, digest in source["sha256"].items():
            if digest in known:
                raise SystemExit(f"{source['repo']}: {name} is a file of {MANIFEST.name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--prepare", action="store_true", help="extract the files from the mirrors")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS.parent / "docx_fields")
    ap.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    ap.add_argument("--extra", action="store_true", help=f"the further set of {EXTRA.name} "
                    "(default corpus: docx_fields_extra in the temporary directory)")  # fmt: skip
    ap.add_argument("--plain", choices=("libreoffice", "marked", "pandoc", "libreoffice-notes"),
                    default="libreoffice" if shutil.which("soffice") else "pandoc")  # fmt: skip
    ap.add_argument("--diff", action="store_true", help="print each verdict only one side gave")
    args = ap.parse_args()
    manifest = EXTRA if args.extra else MANIFEST
    if args.extra:
        args.split = "all"
        if args.corpus == ap.get_default("corpus"):
            args.corpus = Path(tempfile.gettempdir()) / "docx_fields_extra"
    if args.prepare:
        if args.extra:
            _outside_manifest(EXTRA)
        prepare(args.corpus, manifest)
        return 0
    from blinarefs.manuscript import read_manuscript
    from blinarefs.trace.load import trace_file

    files = files_of(args.corpus, args.split, manifest)
    missing = [p for _, p in files if not p.is_file()]
    if missing:
        print(f"{missing[0]}: not there; run with --prepare first", file=sys.stderr)
        return 2
    field_rows, verdict_rows = [], []
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    totals = Counter()
    causes: Counter = Counter()  # why the verdicts differ (field_causes.py)
    with tempfile.TemporaryDirectory() as tmp:
        plain = plain_texts([p for _, p in files], args.plain, Path(tmp))
        kept = formatted_texts([p for _, p in files], args.plain, Path(tmp) / "kept", plain)
        for source, path in files:
            doc = read_manuscript(path)
            truth = markup_citations(path)
            found, bare = read_citations(doc)
            theirs = pandoc_citations(path)
            held = [h for _, h, _ in truth]
            # every work named, or (a work whose data is nowhere in the file) those with data
            exact = [f in (n, h) for (n, h, _), f in zip(truth, found, strict=False)]
            aligned = len(truth) == len(found)
            right = sum(exact) if aligned else 0
            for i, (_, _, form) in enumerate(truth):
                forms[form][0] += 1
                forms[form][1] += aligned and exact[i]
            named = sum(n for n, _, _ in truth)
            totals.update(fields=len(truth), read=right, items=named, held=sum(held))
            pandoc = "-" if theirs is None else f"{len(theirs)}/{sum(theirs)}"
            field_rows.append([source, path.name.split("__")[-1], len(truth), named, sum(held),
                               len(found), sum(found), bare, right, pandoc])  # fmt: skip
            fields = doc.references_from == "word field"
            on_word, on_plain = check_findings(path), check_findings(plain[path])
            result = compare(on_word, on_plain, fields)
            exported = plain[path].read_text(encoding="utf-8-sig")
            formatted = kept[path].read_text(encoding="utf-8-sig")
            each: list[tuple[str, tuple[str, str], str]] = []
            _, plain_trace = trace_file(plain[path])
            why = field_causes(on_word, on_plain, result, doc, exported, formatted, each,
                               plain_trace)  # fmt: skip
            causes.update(why)
            lost = sum(n for c, n in why.items() if c.startswith("inherent"))
            same, w_only, p_only = result["same"], result["word_only"], result["plain_only"]
            totals.update(same=same, word_only=len(w_only), plain_only=len(p_only))
            union = same + len(w_only) + len(p_only)
            verdict_rows.append([source, path.name.split("__")[-1], same, len(w_only),
                                 len(p_only), f"{same / union if union else 1:.3f}", lost,
                                 _share(same, union - lost),
                                 "{} / {}".format(*result["one_sided"])])  # fmt: skip
            if args.diff:
                for side, (code, about), cause in sorted(each):
                    name = "docx" if side == "word" else args.plain
                    print(f"  {path.name} only in {name}: {code}: {about[:100]}  <- {cause}")
    split = "extra" if args.extra else args.split
    print(f"Reference-manager citations ({split} split): markup (truth) against the reader")
    print_table(
        ["source", "file", "citations", "works named", "with data", "read", "works read",
         "read without data", "read exactly", "pandoc (cites/works)"], field_rows,
    )  # fmt: skip
    print_table(["storage form", "citations", "read exactly"],
                [[form, n, right] for form, (n, right) in sorted(forms.items())])  # fmt: skip
    share = totals["read"] / totals["fields"] if totals["fields"] else 1.0
    verdict = "meets" if share >= TARGET else "MISSES"
    print(f"{verdict} the target: {totals['read']} of {totals['fields']} citations read with "
          f"exactly the works whose data they hold ({share:.3f}; {totals['items']} works named, "
          f"{totals['held']} with their data)")  # fmt: skip
    print(f"\ncheck on the .docx against check on its plain text ({args.plain}):")
    print_table(
        ["source", "file", "same verdicts", "docx only", "plain only", "agreement",
         "lost in export", "agreement (both can know)", "one-sided (docx / plain)"],
        verdict_rows,
    )  # fmt: skip
    union = totals["same"] + totals["word_only"] + totals["plain_only"]
    inherent = sum(n for c, n in causes.items() if c.startswith("inherent"))
    knowable = union - inherent
    agree = totals["same"] / knowable if knowable else 1.0
    verdict = "meets" if agree >= TARGET else "MISSES"
    print(f"{verdict} the target (the same verdicts on what both sides can know): "
          f"{totals['same']} of {knowable} agree ({agree:.3f}); the {inherent} differences "
          "where the export lost what the Word file marks (raised or lowered digits, a list "
          "or notes only its markup holds) left out")  # fmt: skip
    print(f"  every verdict: {totals['same']} of {union} agree ({_share(totals['same'], union)})")
    print("\nThe differences by cause (see field_causes.py; 'inherent': the export lost what "
          f"the Word file marks): {inherent} of {sum(causes.values())} inherent")  # fmt: skip
    print_table(["cause", "count"], [[c, n] for c, n in causes.most_common()])
    return 0


if __name__ == "__main__":
    sys.exit(main())
