"""Manuscripts copied out of a PDF: the text a PDF reader gives (hard-wrapped lines, no blank
line between paragraphs, running heads and feet on every page, the journal's end-of-article
boxes), checked against the same article's JATS.

    pip install pypdf        # the PDF reader (benchmark only; blinarefs does not read PDF)
    python benchmarks/eval_pdf_copy.py --prepare [--git-dir DIR] [--target /tmp/pdf_copy]
    python benchmarks/eval_pdf_copy.py [--half tune|check] [--target /tmp/pdf_copy] [--show]

Material: the article folders of ContentMine's ``norma`` repository (Apache-2.0; its test
articles are the publishers' own PDF and JATS of open-access papers under CC BY:
Royal Society Open Science, F1000Research, PLOS ONE, BMC, Frontiers, MDPI, Trials) at
commit ``COMMIT``; ``--prepare`` writes each article's PDF, its JATS and the PDF's text
(pypdf's ``extract_text``, page after page) under the target. Nothing is committed.
Each article's half is fixed by the SHA-1 of its DOI (first hex digit under 8: ``check``,
run once at the end of a change; otherwise ``tune``); the Trials articles carry BMC's own
XML, not JATS, so they are read (``--show``) but not scored.

Scored per article, against its JATS (``corpora.jats_truth``): references read, those whose
number holds the tagged first author's family name and year, and the citations (each cited
number counted once per marker, in any order: a PDF's reading order interleaves columns,
floats and footnotes, so the order is not compared; the truth is, number by number, the larger
count of the body's markers and of every ``<xref>`` in the article, tables and legends
included, which a PDF prints too; the precision is a floor where the publisher left a
table's citations untagged). ``check``'s errors on the list are counted as false alarms: a
published article cites what it lists (dangling, uncited) and its list is in order.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import subprocess
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).parent)]

from timing import print_table  # noqa: E402

COMMIT = "2970a4d172ef3f128647165613b58251ea1e6b70"
_BASE = "src/test/resources/org/xmlcml/norma"
ARTICLES = {  # name -> the article's folder in the repository
    "rsos.150395": f"{_BASE}/miscfiles/cproject/PMC4632522",
    "f1000.5879": f"{_BASE}/pubstyle/f1000research/3-305",
    "jethnobiol.11-3": f"{_BASE}/miscfiles/cproject/PMC4417228",
    "f1000.4767": f"{_BASE}/pubstyle/f1000research/3-190",
    "pone.0115884": f"{_BASE}/pubstyle/plosone/journal.pone.0115884",
    "fpsyg.01582": f"{_BASE}/pubstyle/frontiers/fpsyg-05-01582",
    "metabo.932": f"{_BASE}/pubstyle/mdpi/04-00932",
    "trials.16-1": "examples/http_www.trialsjournal.com_content_16_1_1",
    "trials.16-2": "examples/http_www.trialsjournal.com_content_16_1_2",
    "trials.16-50": "examples/http_www.trialsjournal.com_content_16_1_50",
    "trials.15-511": f"{_BASE}/pubstyle/bmc/http_www.trialsjournal.com_content_15_1_511",
}
DOIS = {
    "rsos.150395": "10.1098/rsos.150395",
    "f1000.5879": "10.12688/f1000research.5879.2",
    "jethnobiol.11-3": "10.1186/1746-4269-11-3",
    "f1000.4767": "10.12688/f1000research.4767.2",
    "pone.0115884": "10.1371/journal.pone.0115884",
    "fpsyg.01582": "10.3389/fpsyg.2014.01582",
    "metabo.932": "10.3390/metabo4040932",
}


def half(name: str) -> str:
    """``check`` for an article whose DOI's SHA-1 opens with 0-7; ``tune`` otherwise (and for
    the unscored Trials articles)."""
    doi = DOIS.get(name)
    if doi is None:
        return "tune"
    return "check" if hashlib.sha1(doi.encode()).hexdigest()[0] < "8" else "tune"


def prepare(git_dir: Path, target: Path) -> None:
    """Write each article's PDF, XML and the PDF's text under ``target/<half>/``."""
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # fonts it cannot map fully
    for name, folder in ARTICLES.items():
        out = target / half(name)
        out.mkdir(parents=True, exist_ok=True)
        for suffix in ("pdf", "xml"):
            data = subprocess.run(
                ["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{folder}/fulltext.{suffix}"],
                check=True,
                capture_output=True,
            ).stdout
            (out / f"{name}.{suffix}").write_bytes(data)
        reader = pypdf.PdfReader(out / f"{name}.pdf")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{out / name}.txt: {len(reader.pages)} pages")


def _counts(numbers: list[tuple[int, ...]]) -> collections.Counter[int]:
    return collections.Counter(n for group in numbers for n in group)


def _every_xref(xml: Path) -> collections.Counter[int]:
    """The numbers every ``<xref ref-type="bibr">`` of the article cites (one each, a range's
    ends only): tables, legends, boxes and quotes a PDF prints beside the body, whose truth
    (``markers``) leaves them out."""
    from benchmarks.corpora.jats_xml import local, numbering, parse_article

    _, root = parse_article(xml)
    number = numbering(root)
    out: collections.Counter[int] = collections.Counter()
    for el in root.iter():
        if isinstance(el.tag, str) and local(el) == "xref" and el.get("ref-type") == "bibr":
            out.update(number[r] for r in el.get("rid", "").split() if r in number)
    return out


def score(txt: Path, show: bool) -> list[object] | None:
    """One article's row, or None when it has no JATS to score against."""
    from benchmarks.corpora.jats_truth import markers, references

    from blinarefs import check_manuscript

    xml = txt.with_suffix(".xml")
    truth = references(xml) if txt.stem in DOIS else []
    result = check_manuscript(txt)
    if show:
        for finding in result.findings:
            if finding.severity in ("error", "warning"):
                print(f"  {finding}")
    if not truth:
        return None
    listed = {ref.number: ref for ref in result.trace.references}
    read = sum(1 for ref in truth if ref.number in listed)
    right = 0
    for ref in truth:
        got = listed.get(ref.number)
        if got is None or not ref.authors or not ref.year:
            continue
        first = got.author[0] if got.author else None
        family = (first.family or first.literal) if first else ""
        year = str(got.year or "")
        right += family.lower() == ref.authors[0].lower() and year == ref.year[:4]
    known = sum(1 for ref in truth if ref.authors and ref.year)
    want = _counts([m.numbers for m in markers(xml).printed.markers]) | _every_xref(xml)
    found = _counts([c.numbers for c in result.trace.citations])
    hits = sum((want & found).values())
    alarms = sum(
        1
        for f in result.findings
        if f.code in ("dangling-citation", "uncited-reference", "citation-order")
    )
    return [
        txt.stem,
        f"{read}/{len(truth)}",
        f"{right}/{known}",
        f"{hits / sum(found.values()) if found else 1.0:.3f}",
        f"{hits / sum(want.values()) if want else 1.0:.3f}",
        alarms,
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--prepare", action="store_true")
    ap.add_argument("--git-dir", type=Path, help="a clone or mirror of ContentMine/norma")
    ap.add_argument("--target", type=Path, default=Path("/tmp/pdf_copy"))
    ap.add_argument("--half", choices=("tune", "check"), default="tune")
    ap.add_argument("--show", action="store_true", help="print check's warnings and errors")
    args = ap.parse_args()
    if args.prepare:
        if args.git_dir is None:
            ap.error("--prepare needs --git-dir (git clone --mirror of ContentMine/norma)")
        prepare(args.git_dir, args.target)
        return 0
    rows = []
    for txt in sorted((args.target / args.half).glob("*.txt")):
        if args.show:
            print(txt.name)
        row = score(txt, args.show)
        if row is not None:
            rows.append(row)
    header = ["article", "references read", "first author+year", "cit. P", "cit. R", "alarms"]
    print_table(header, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
