"""The CSL-JSON item handed to citeproc-py for one Reference: the data-side workarounds.

Starting from ``Reference.to_csl(custom=False)`` (the model's own CSL-JSON, without the
blinarefs-only ``custom`` block, so citeproc-py sees no unknown keys):

- ``container-title-short`` comes from the NLM table when the entry has only the full name;
- ``page`` is formatted here by the style's ``page-range-format`` (citeproc-py's own range
  formatting is wrong, see pages.py);
- a straight apostrophe inside a word becomes ’ (Pandoc and citeproc-js do the same;
  citeproc-py does not);
- ``&``, ``<`` and ``>`` in every string become placeholders, and CSL-JSON's rich-text tags
  (``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<span class="nocase">``) pass through only when
  balanced (citeproc-py writes field text into HTML unescaped);
- an author list the source cut short with "et al" (``author_truncated``) is padded with
  stand-ins so the style's own et-al rule prints "et al"; when the style would show more
  names than are known, the entry is rendered with a style variant that shows the known
  names only (``variant`` = how many);
- the day a URL was read (biblatex's ``urldate``, kept among the BibTeX fields) is CSL's
  ``accessed``, which the styles print after a web page or a report read online;
- a preprint's server named only by biblatex's ``eprinttype = {arxiv}`` (Better BibTeX's
  arXiv items) is printed where the styles print a server: "arXiv. Preprint posted online
  ...", not no server at all; with no DOI or URL, its arXiv address is the URL printed;
- a master's thesis (BibTeX's @mastersthesis, biblatex's ``type = {mathesis}``) is given
  its genre, which the styles print; without it they print "dissertation";
- a trial's registration (a web page whose note is "Registry identifier: NCT...", as the
  parser reads it) gives its identifier as CSL's ``number``, which the styles print after
  the registry.

Non-dropping particles travel in their own CSL field (the model keeps them apart), so
citeproc-py, which does not parse particles out of family names, prints them right.
Pure functions.
"""

from __future__ import annotations

import re
from typing import Any

from ..bibtex_eprints import eprint_fields
from ..model import Reference
from ..richtext import RICH, balanced
from .journals import nlm_abbreviation
from .markup import AMP, ETAL_FILLER, GT, LT
from .pages import format_pages
from .styles import Style

_LEADING_ARTICLE = re.compile(r"^(?:The|the)\s+(?=\S)")  # "The Lancet"


def _escape(text: str) -> str:
    return text.replace("&", AMP).replace("<", LT).replace(">", GT)


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def protect(text: str, *, markup: bool = True) -> str:
    """``text`` safe for citeproc-py's HTML formatter: data characters become placeholders,
    balanced rich-text tags stay (with ``markup``). A straight apostrophe inside a word
    becomes the typographic one (O'Brien -> O’Brien), as CSL processors print it."""
    if "'" in text:
        text = _APOSTROPHE.sub("\u2019", text)
    if "&" not in text and "<" not in text and ">" not in text:
        return text
    if markup:
        pieces = RICH.split(text)  # nocase spans are read by citeproc-py itself
        if len(pieces) > 1 and balanced(pieces):
            return "".join(p if i % 2 else _escape(p) for i, p in enumerate(pieces))
    return _escape(text)


def _protect_names(names: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{k: protect(v, markup=False) for k, v in name.items()} for name in names]


# Preprint servers by biblatex's eprinttype, as their names are printed
_SERVERS = {"arxiv": "arXiv", "biorxiv": "bioRxiv", "medrxiv": "medRxiv", "chemrxiv": "ChemRxiv",
            "ssrn": "SSRN", "psyarxiv": "PsyArXiv"}  # fmt: skip


def engine_item(ref: Reference, style: Style) -> tuple[dict[str, Any], int | None]:
    """The item citeproc-py renders for ``ref`` under ``style``, and the et-al variant
    (None: the style as it is; k: a variant that shows k names then "et al")."""
    item = ref.to_csl(custom=False)
    if "event-title" in item:  # citeproc-py reads CSL 1.0.1's name for it
        item["event"] = item.pop("event-title")
    if ref.url and (read := dict(ref.extra).get("urldate")):  # "Accessed ..." / "[cited ...]"
        from ..interchange import date_parts

        if day := date_parts(read):
            item["accessed"] = {"date-parts": [list(day)]}
    eprint = eprint_fields(ref.extra)  # arXiv's archivePrefix as biblatex's eprinttype
    server = _SERVERS.get(eprint.get("eprinttype", "").lower())
    if ref.type == "article" and server and not (ref.publisher or ref.container_title):
        item["container-title"] = server  # where these styles, and the parser, keep it
    if server == "arXiv" and eprint.get("eprint") and not (ref.doi or ref.url):
        # the paper's own address, as arXiv gives it for every identifier: what the styles
        # print to find a preprint with no DOI ("Available from:", AMA's URL)
        item["URL"] = f"https://arxiv.org/abs/{eprint['eprint']}"
    if ref.type == "webpage" and (registered := _REGISTERED.fullmatch(ref.note)):
        # a trial's registration: the identifier the styles print after the registry
        item["number"] = registered["id"]
        item.pop("note", None)
    if ref.type in ("software", "dataset") and (told := _VERSION_OR_ACCESSION.search(ref.note)):
        # the note the parser gives a program's version or a record's accession
        # (parse/repositories.py): the variables the styles print them from
        item["version" if told["version"] else "number"] = told["version"] or told["id"]
        item.pop("note", None)
    if ref.type == "thesis" and "genre" not in item and _masters(ref):
        item["genre"] = "master's thesis"  # else the styles print "dissertation"
    if "container-title" in item and "container-title-short" not in item:
        short = nlm_abbreviation(item["container-title"])
        if not short and ref.type == "article-journal" and ref.volume:
            # NLM's abbreviations drop a journal's leading article (ISO 4): "The Lancet" is
            # "Lancet", where Google Scholar and Zotero give the full title. Only a journal
            # with volumes: a newspaper keeps its "The" (Citing Medicine, ch. 5)
            short = _LEADING_ARTICLE.sub("", item["container-title"])
        if short and short != item["container-title"]:
            item["container-title-short"] = short
    if "page" in item:
        item["page"] = format_pages(item["page"], style.page_range_format)
    for key, value in item.items():
        if isinstance(value, str) and key not in ("id", "type"):
            item[key] = protect(value, markup=key in ("title", "container-title"))
    for role in ("author", "editor"):
        if role in item:
            item[role] = _protect_names(item[role])
    variant = None
    if ref.author_truncated and item.get("author"):
        variant, fill = et_al_padding(len(item["author"]), style)
        item["author"] = item["author"] + [{"family": ETAL_FILLER}] * fill
    return item, variant


# A program's version ("Version 2.1", "R package version 3.4.0") or a record's accession
# ("Accession GSE999999", "Dataset identifier PXD999999") as the whole note (anchored: linear)
_VERSION_OR_ACCESSION = re.compile(
    r"\A(?:(?:R package,? )?(?:version|ver\.|v) ?(?P<version>\d[\w.-]*)"
    r"|(?:[A-Z][\w-]{1,15} )?(?:accession(?: number| no\.?| code)?|dataset identifier):? ?"
    r"(?P<id>[A-Za-z][\w.-]*\d[\w.-]*))\Z",
    re.IGNORECASE,
)
# The note the parser gives a trial's registration (parse/registrations.py)
_REGISTERED = re.compile(r"\A(?P<registry>[^\n]+?) identifier: (?P<id>\S+)\Z")  # anchored: linear


def _masters(ref: Reference) -> bool:
    """A master's thesis, as BibTeX (@mastersthesis) or biblatex (type = {mathesis}) say."""
    fields = {k.lower(): v.strip().lower() for k, v in ref.extra}
    return fields.get("blinarefs-entrytype") == "mastersthesis" or fields.get("type") in (
        "mathesis",
        "mastersthesis",
    )


def et_al_padding(known: int, style: Style) -> tuple[int | None, int]:
    """How ``style`` is made to print "et al" after the ``known`` names of a cut list:
    (variant, stand-ins to add). With at least et-al-use-first names, enough stand-ins to
    reach et-al-min, so the style's own rule cuts the list (and prints no stand-in);
    with fewer, one stand-in and the variant that shows ``known`` names."""
    et_al = style.et_al
    if et_al and known >= et_al[1]:
        return None, max(known + 1, et_al[0]) - known
    return known, 1
