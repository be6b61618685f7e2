"""Citation markers as the markup says: the body rendered as a reader sees it, with the span
of every marker and the reference numbers it cites (see ``jats_truth``)."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import jats_exponents, jats_raised, jats_untagged
from .jats_render import (  # noqa: F401 (re-exported: the benchmarks import Marker from here)
    SEPARATOR,
    Marker,
    Rendering,
    Run,
    Xref,
    render,
)
from .jats_xml import (
    DASHES,
    labels,
    local,
    numbering,
    own,
    parse_article,
    ref_elements,
    sub_labels,
    text_of,
    translation,
)

_SKIP = frozenset(
    (
        *("fig", "fig-group", "table-wrap", "table-wrap-group", "disp-formula", "graphic"),
        *("supplementary-material", "media", "fn-group", "ref-list", "tex-math", "object-id"),
        *("inline-graphic", "alt-text", "long-desc", "processing-meta", "permissions"),
    )
)
_BLOCK = frozenset(
    (
        *("sec", "p", "title", "list", "list-item", "boxed-text", "disp-quote", "def-list"),
        *("def-item", "term", "def", "statement", "app", "app-group", "glossary", "ack"),
        *("caption", "speech", "verse-group", "verse-line"),
    )
)
# "1, 3–5" and BMJ's "52 53" (a space for the comma, as its superscripts print a list)
_NUMERIC = re.compile(rf"^[\[(]?\s*\d+(?:\s*[,{DASHES}]\s*\d+|\s+\d+)*\s*[\])]?$")
_LIST_DASH = re.compile(rf"\s*[{DASHES}]\s*")
# The xref types that cite a reference: JATS's "bibr", and "ref" in some of Wiley's articles
# as Europe PMC gives them (an xref counts only when its rid is a reference of the list).
_CITING = frozenset(("bibr", "ref"))
# A declared truth rule, from the markup alone: an xref whose only text is a sign, neither
# digit nor letter nor a range's dash (IUCr's journals print "(Roe, 2030 ▸)", the arrow a
# link to the list), prints no number; the citation a reader sees is the author-year before
# it. Set aside as ``link-sign`` (counted per source by ``bench_markers.py``).
_LINK_SIGN = re.compile(rf"[^\w\s{DASHES}\[\](),;.]+")


@dataclass(frozen=True)
class ArticleMarkers:
    """The body twice over, with the same markers in each; ``style`` is the article's
    convention (the most frequent marker kind, ``none`` without markers). ``set_aside``
    holds the xrefs declared rules read otherwise than the markup, each as (rule, what it
    prints in context): ``exponent`` or ``relabelled`` (``jats_exponents``, where asked
    for), ``link-sign`` (author-year) and ``raised-mark`` (raised, ``jats_raised``)."""

    article: str
    style: str
    printed: Rendering
    flattened: Rendering
    set_aside: tuple[tuple[str, str], ...] = ()


class _Body:
    """Walks the body once into paragraphs of runs; renderings are made from the runs."""

    def __init__(
        self,
        numbering: dict[str, int],
        parted: bool = False,
        untagged: jats_untagged.Context | None = None,
    ) -> None:
        self.numbering = numbering
        self.parted = parted  # the list sub-labels its references: "1b" cites a part of 1
        self.untagged = untagged  # read raised numbers the markup left untagged, so
        # with the xrefs on exponents and those printing another number (jats_exponents)
        self.set_aside: list[tuple[str, str]] = []
        self.raise_marks = False  # the markup raises marks glued to plain citations
        self.paragraphs: list[list[Run]] = []
        self.xrefs: list[Xref] = []
        self.current: list[Run] = []

    def flush(self) -> None:
        if any(t.strip() for t, _, _ in self.current):
            self.paragraphs.append(self.current)
        self.current = []

    def add(self, text: str | None, sup: bool, xref: int | None) -> None:
        if text:
            self.current.append((text, sup, xref))

    def _add_text(self, text: str | None, sup: bool, xref: int | None, el: etree._Element) -> None:
        """A text of ``el``, with the typed brackets the markup left untagged read as
        citations where asked for (``jats_untagged.bracketed``)."""
        if not text or sup or xref is not None or self.untagged is None:
            self.add(text, sup, xref)
            return
        before = "".join(t for t, _, _ in self.current)
        at = 0
        for start, end in jats_untagged.bracketed(text, before, el, self.untagged):
            numbers = jats_untagged.bracketed_numbers(text[start:end], self.untagged)
            self.add(text[at:start], sup, None)
            self.xrefs.append(Xref(numbers, False, untagged=True))
            self.add(text[start:end], sup, len(self.xrefs) - 1)
            at = end
        self.add(text[at:], sup, None)

    def walk(self, el: etree._Element, sup: bool = False, xref: int | None = None) -> None:
        name = local(el)
        if isinstance(el, etree._Entity):  # a named entity no DTD resolved: "&chi;" -> "χ"
            self.add(html.unescape(el.text or ""), sup, xref)
            return
        if name in _SKIP or not name:
            return
        parent = el.getparent()
        if name == "label" and parent is not None and local(parent) == "sec":
            return  # joined to the section title below
        block = name in _BLOCK
        if block:
            self.flush()
            prev = el.getprevious()
            if name == "title" and prev is not None and local(prev) == "label":
                self.add((text_of(prev) or "") + " ", False, None)
        if name == "xref" and el.get("ref-type") in _CITING and xref is None:
            if _repeats_its_range(el):
                return  # printed once, by the xref before it, whose label covers it
            if glued_to_a_citation(el):
                self.add(",", sup, None)  # "ring<xref>8</xref><xref>9</xref>" reads "ring8,9"
            if self.untagged is not None and self._on_an_exponent(el, sup):
                self._set_aside("exponent", el)
            else:
                xref = self._xref(el)
            if xref is not None and not sup and self.raise_marks:  # jats_raised
                sup = jats_raised.raised(el, self.current, _CITING)
                if sup:
                    self._set_aside("raised-mark", el)
        if name == "sup" and xref is None and self.untagged is not None:
            before = "".join(t for t, _, _ in self.current)
            cited = jats_untagged.numbers(el, before, self.untagged)
            if cited:
                self.xrefs.append(Xref(cited, False, untagged=True))
                xref = len(self.xrefs) - 1
        sup = sup or name == "sup"
        if name == "break":
            self.add(" ", sup, xref)
        self._add_text(el.text, sup, xref, el)
        for child in el:
            self.walk(child, sup, xref)
            self._add_text(child.tail, sup, xref, el)
        if block:
            self.flush()

    def _xref(self, el: etree._Element) -> int | None:
        rids = [self.numbering[r] for r in (el.get("rid") or "").split() if r in self.numbering]
        if not rids:
            return None
        label = text_of(el) or ""
        if self.parted:  # "1b", "1a,b", "3a–c": parts of 1 and 3, cited by number
            label = _PART_LETTERS.sub(r"\1", label)
        numbers = set(rids)
        # A label that is not the reference's number ("2021" of "Sadler et al. 2021") is a year.
        author_year = bool(re.search(r"[^\W\d_]", label))
        if _LINK_SIGN.fullmatch(label.strip()):
            self._set_aside("link-sign", el)
            author_year = True
        if _NUMERIC.match(label):
            printed = _expand(label)
            length = self.untagged.length if self.untagged is not None else 0
            if jats_exponents.printed_numbers(label, printed, numbers, length) and not self.parted:
                self._set_aside(f"relabelled (rid {sorted(numbers)})", el)
                numbers = printed  # the print, not the rid (jats_exponents, rule 2)
            numbers = printed if numbers <= printed else numbers
            author_year = author_year or not set(rids) <= printed
        self.xrefs.append(Xref(tuple(sorted(numbers)), author_year))
        return len(self.xrefs) - 1

    def _set_aside(self, rule: str, el: etree._Element) -> None:
        before = "".join(t for t, _, _ in self.current)[-40:]
        self.set_aside.append((rule, f"{before}〔{text_of(el)}〕{(el.tail or '')[:20]}"))

    def _on_an_exponent(self, el: etree._Element, sup: bool) -> bool:
        """Whether a citing xref is raised on an exponent (``jats_exponents``, rule 1)."""
        inner = next(el.iter("{*}sup"), None)
        outer = next((a for a in el.iterancestors() if local(a) == "sup"), None)
        if not sup and inner is None:
            return False
        if outer is not None and text_of(outer) != text_of(el):
            return False  # one of a raised group ("^2,<xref>3</xref>^")
        for side in (el.getprevious(), el.getnext()):
            if side is not None and local(side) == "xref":
                gap = el.tail if side is el.getnext() else side.tail
                if SEPARATOR.match(gap or ""):
                    return False  # "<xref>^2^</xref>,<xref>^3^</xref>"
        after = ((outer if outer is not None else el).tail or "").lstrip("\n")
        before = "".join(t for t, _, _ in self.current)
        return jats_exponents.exponent(re.sub(r"\s+", " ", before), text_of(el) or "", after)


# A number's part letters in a citation: "1b", "1a,b", "3a–c" (none when a word follows)
_PART_LETTERS = re.compile(
    rf"(?<!\d)(\d{{1,6}})[a-z](?:\s*[,{DASHES}]\s*[a-z](?![a-z\d]))*(?![a-z])"
)


def _citation_before(el: etree._Element) -> etree._Element | None:
    """The citing xref right before ``el`` (its previous sibling), or None."""
    prev = el.getprevious()
    if prev is not None and local(prev) == "xref" and prev.get("ref-type") in _CITING:
        return prev
    return None


def glued_to_a_citation(el: etree._Element) -> bool:
    """Whether a numbered citation follows another with nothing between them, a comma its
    renderer prints (Nature's raised lists, Medknow's "[1,6]"); digits never run together."""
    prev = _citation_before(el)
    return (
        prev is not None
        and not prev.tail
        and (text_of(prev) or "").isdigit()
        and (text_of(el) or "").isdigit()
    )


def _repeats_its_range(el: etree._Element) -> bool:
    """Whether a citation repeats the range the citation right before it prints, as some
    converters tag "7–10" once for each reference it covers (Nature's older articles in PMC):
    a reader sees the range once, and its label covers every one of them."""
    prev = _citation_before(el)
    label = text_of(el) or ""
    return (
        prev is not None
        and not (prev.tail or "").strip()
        and not label.isdigit()
        and bool(_NUMERIC.match(label))
        and text_of(prev) == label
    )


def _expand(label: str) -> set[int]:
    out: set[int] = set()
    for part in re.split(r"[,\s]+", _LIST_DASH.sub("-", label.strip("[]() "))):
        ends = [int(n) for n in re.findall(r"\d+", part)]
        out.update(range(ends[0], ends[-1] + 1) if len(ends) == 2 else ends)
    return out


def markers(path: str | Path, untagged: bool = False, lang: str | None = None) -> ArticleMarkers:
    """The body's citation markers, printed and flattened (see the module's docstring); with
    ``untagged``, the raised numbers the markup left untagged too (``jats_untagged``); with
    ``lang``, the body of the article's translation into that language (``jats_xml.translation``),
    whose markers cite the article's own reference list."""
    article, root = parse_article(path)
    numbers = numbering(root)
    if lang is None:
        bodies = own(root, "body")[:1]
    else:
        bodies = [c for c in translation(root, lang) if local(c) == "body"][:1]
    raised = None
    if untagged and bodies and numbers:
        raised = jats_untagged.context(bodies[0], _CITING, max(numbers.values()))
    body = _Body(numbers, sub_labels(labels(ref_elements(root))) is not None, raised)
    body.raise_marks = bool(bodies) and jats_raised.raises_marks(bodies[0], _CITING)
    for el in bodies:
        body.walk(el)
        body.flush()
    printed = render(body.paragraphs, body.xrefs, printed=True)
    flattened = render(body.paragraphs, body.xrefs, printed=False)
    kinds = Counter(m.kind for m in printed.markers)
    style = kinds.most_common(1)[0][0] if kinds else "none"
    return ArticleMarkers(article, style, printed, flattened, tuple(body.set_aside))
