"""Figure legends and tables printed after the reference list, on real articles.

Many manuscripts put their legends and tables after the list. Each numbered JATS article
of $BLINAREFS_CORPORA is rendered as such a manuscript in plain text: its floats
(``<fig>``, ``<table-wrap>`` and their groups) taken out of the body and printed after the
numbered list, as the JATS reader renders them (labels, captions, cells; citations as
printed: "[3]", or superscript digits). ``check``'s verdicts on that text, traced against
the article's own list, are compared with the verdicts on the article itself (its markup's
markers, its floats where the markup puts them), for two readings of the same text:

* *list cut*: what ``check`` did before legends were read: the text after the list dropped;
* *read*: that text read as the manuscript's (``trace/floats.py``).

Columns, summed over articles: floats that cite something; "never cited" findings that the
markup does not give (false) and that it gives but the text does not (missed);
"citation-order" findings likewise; whether the list parser kept the floats out of the
last reference (``swallowed``: the last reference parsed longer than its printed text).

    BLINAREFS_CORPORA=DIR python benchmarks/eval_after_list.py --split dev [--show]
"""

from __future__ import annotations

import argparse
import collections
import copy
import os
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).parent)]

from timing import print_table  # noqa: E402

_FLOATS = frozenset({"fig", "fig-group", "table-wrap", "table-wrap-group"})
_NUMBERED = ("bracket", "superscript", "paren")


def _local(el) -> str:
    from lxml import etree

    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def split_floats(path: Path) -> tuple[bytes, bytes, int]:
    """The article without its floats, an article whose body is just those floats, and how
    many of them cite a reference."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=True)  # fmt: skip
    root = etree.parse(str(path), parser).getroot()
    floats_root = copy.deepcopy(root)
    taken = []
    for el in list(root.iter()):
        if _local(el) in _FLOATS and not any(_local(a) in _FLOATS for a in el.iterancestors()):
            if not any(_local(a) in ("body", "back", "floats-group") for a in el.iterancestors()):
                continue
            taken.append(el)
    citing = sum(1 for el in taken if el.xpath(".//*[local-name()='xref'][@ref-type='bibr']"))
    for el in taken:  # the text after a float in its paragraph stays (lxml moves the tail)
        parent, tail = el.getparent(), el.tail
        prev = el.getprevious()
        parent.remove(el)
        if tail and prev is not None:
            prev.tail = (prev.tail or "") + tail
        elif tail:
            parent.text = (parent.text or "") + tail
    # the floats alone: a body holding them, the same front and back (its list for numbers)
    for el in list(floats_root):
        if _local(el) in ("body", "floats-group"):
            floats_root.remove(el)
    body = etree.SubElement(floats_root, "body")
    for el in taken:
        el.tail = None
        body.append(copy.deepcopy(el))
    for el in list(floats_root):
        if _local(el) == "front":
            floats_root.remove(el)
    back = next((el for el in floats_root if _local(el) == "back"), None)
    if back is not None:  # keep the ref-list (numbers), drop the back matter's prose
        for el in list(back):
            if _local(el) != "ref-list":
                back.remove(el)
    return etree.tostring(root), etree.tostring(floats_root), citing


def _verdicts(trace) -> set[tuple[str, str]]:
    from blinarefs.trace.checks import check_citation_order, check_uncited_references

    found = check_uncited_references(trace) + check_citation_order(trace)
    return {(f.code, f.key or "") for f in found}


def score(path: Path) -> dict[str, int] | None:
    from blinarefs.manuscript.jats import read_jats
    from blinarefs.parse import parse_reference_list
    from blinarefs.trace.manuscript import trace_manuscript

    whole = read_jats(path.read_text(encoding="utf-8"), path)
    if not whole.references or whole.reference_list_start is None:
        return None
    refs = whole.references
    # a <floats-group> is printed after the list: its citations are the markup's too, read
    # where `check` reads a JATS article's text after its list
    own = parse_reference_list(whole.text).section
    marked = trace_manuscript(whole.text, refs, body_end=whole.reference_list_start,
                              known_markers=whole.markers, markers_complete=True,
                              after_list=own.after if own else None)  # fmt: skip
    truth = _verdicts(marked)
    without, floats_only, citing = split_floats(path)
    body = read_jats(without.decode("utf-8")).text
    floats = read_jats(floats_only.decode("utf-8"))
    legends = floats.text[: floats.reference_list_start or len(floats.text)].strip()
    text = f"{body.rstrip()}\n\n{legends}\n" if legends else body
    parsed = parse_reference_list(text)
    section = parsed.section
    if section is None:
        return None
    last = parsed.references[-1].source_text if parsed.references else ""
    printed = refs[-1].source_text or ""
    row = collections.Counter(articles=1, floats_citing=citing)
    row["swallowed"] = int(bool(legends) and len(last) > len(printed) + 20)
    row["after_found"] = int(section.after is not None)
    for name, after in (("cut", None), ("read", section.after)):
        trace = trace_manuscript(text, refs, body_end=section.start, after_list=after)
        got = _verdicts(trace)
        for code, short in (("uncited-reference", "uncited"), ("citation-order", "order")):
            row[f"{name}_{short}_false"] = len({v for v in got - truth if v[0] == code})
            row[f"{name}_{short}_missed"] = len({v for v in truth - got if v[0] == code})
    return dict(row)


def main() -> int:
    from corpora.obtain import articles

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=("dev", "heldout"))
    ap.add_argument("--show", action="store_true", help="each article with a difference")
    args = ap.parse_args()
    os.environ.setdefault("BLINAREFS_CORPORA", "corpora")
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for art in articles(split=args.split):
        if art.marker_style not in _NUMBERED:
            continue
        got = score(art.path)
        if got is None:
            continue
        per[art.source].update(got)
        if args.show and args.split == "dev" and got["floats_citing"]:
            print(art.file, {k: v for k, v in got.items() if v})
    cols = ("articles", "floats_citing", "swallowed", "after_found",
            "cut_uncited_false", "read_uncited_false", "cut_uncited_missed",
            "read_uncited_missed", "cut_order_false", "read_order_false",
            "cut_order_missed", "read_order_missed")  # fmt: skip
    total: collections.Counter = collections.Counter()
    rows = []
    for source, c in sorted(per.items()):
        total.update(c)
        rows.append([source, *(c[k] for k in cols)])
    rows.append(["ALL", *(total[k] for k in cols)])
    print_table(["source", *cols], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
