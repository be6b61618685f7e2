"""Labelled training strings rendered from real metadata in many reference styles.

Each rendering is a list of (text, label) pieces, so every token's label is known exactly.
The styles are the families real lists are written in (Vancouver/NLM with and without its
full stops, AMA, APA, Harvard, Chicago, Nature, IEEE, ABNT), and the noise is what real
pasted lists carry: PubMed tails, Epub notes, other-language words, "et al" without a
comma, missing full stops, "p." before pages, supplements and e-pages.
"""

from __future__ import annotations

import random
import re
from typing import Any

Piece = tuple[str, str]  # (text, label)

_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MON_PT = ("jan", "fev", "mar", "abr", "maio", "jun", "jul", "ago", "set", "out", "nov", "dez")


def _initials(given: str, dots: bool, space: bool = False) -> str:
    letters = [w[0] for w in re.split(r"[\s.\-]+", given) if w and w[0].isalpha()]
    if dots:
        return (" " if space else "").join(f"{c}." for c in letters)
    return "".join(letters)


def _name(n: dict[str, Any], form: str, r: random.Random) -> str:
    if n.get("literal"):
        return str(n["literal"])
    family = " ".join(x for x in (n.get("non-dropping-particle"), n.get("family")) if x)
    given = str(n.get("given", ""))
    if form == "vancouver":
        return f"{family} {_initials(given, False)}".strip()
    if form == "apa":
        return f"{family}, {_initials(given, True, r.random() < 0.7)}".strip(", ")
    if form == "full":
        return f"{family}, {given}".strip(", ")
    if form == "given-first":
        return f"{_initials(given, True, True) if r.random() < 0.7 else given} {family}".strip()
    if form == "caps":
        return f"{family.upper()}, {_initials(given, True, True)}".strip(", ")
    return family


_NAME_FORM = {
    "vancouver": "vancouver", "ama": "vancouver", "apa": "apa", "harvard": "apa",
    "nature": "apa", "chicago": "full", "ieee": "given-first", "abnt": "caps",
}  # fmt: skip


def _names(names: list[dict[str, Any]], style: str, r: random.Random, label: str) -> list[Piece]:
    if not names:
        return []
    form = _NAME_FORM[style]
    cut = (len(names) > 6 and style in ("vancouver", "ama")) or r.random() < 0.1
    keep = names[: r.choice((1, 3, 6))] if cut else names
    printed = [_name(n, form, r) for n in keep]
    sep = {"abnt": "; "}.get(style, ", ")
    if form == "vancouver" and r.random() < 0.05:
        printed = [p.replace(" ", ", ", 1) if " " in p else p for p in printed]
    if cut:
        text = sep.join(printed) + r.choice((", et al", " et al", ", et al.", " et al.", ", et al"))
    elif len(printed) > 1 and style in ("apa", "harvard", "chicago", "nature", "ieee"):
        conj = {"apa": ", & ", "nature": " & ", "harvard": " and ", "chicago": ", and ",
                "ieee": ", and "}[style]  # fmt: skip
        text = sep.join(printed[:-1]) + conj + printed[-1]
    else:
        text = sep.join(printed)
    return [(text, label)]


def _pages(item: dict[str, Any], r: random.Random) -> str:
    page = str(item.get("page", ""))
    m = re.fullmatch(r"(\d+)-(\d+)", page)
    if m and r.random() < 0.6:  # NLM's shortened last page: 836-847 -> 836-47
        a, b = m.groups()
        if len(a) == len(b):
            k = 0
            while k < len(a) - 1 and a[k] == b[k]:
                k += 1
            b = b[k:]
        page = f"{a}-{b}"
    return page.replace("-", "–") if r.random() < 0.1 else page


def _year(item: dict[str, Any]) -> list[int]:
    try:
        return [int(x) for x in item["issued"]["date-parts"][0]]
    except (KeyError, IndexError, TypeError, ValueError):
        return []


def _tails(item: dict[str, Any], r: random.Random, style: str) -> list[Piece]:
    out: list[Piece] = []
    doi = item.get("DOI")
    if doi and r.random() < 0.6:
        if style in ("apa", "harvard", "nature"):
            out += [(" ", "other"), (f"https://doi.org/{doi}", "doi")]
        else:
            out += [(r.choice((" doi: ", " doi:", " DOI: ", " https://doi.org/")), "other"),
                    (doi, "doi"), (".", "other")]  # fmt: skip
    if item.get("PMID") and r.random() < 0.4:
        out += [(r.choice((" PMID: ", " PubMed PMID: ", " PMID:")), "other"),
                (str(item["PMID"]), "pmid"), (".", "other")]  # fmt: skip
    if item.get("PMCID") and r.random() < 0.3:
        out += [(r.choice((" PMCID: ", " PubMed Central PMCID: ")), "other"),
                (str(item["PMCID"]), "pmcid"), (".", "other")]  # fmt: skip
    if r.random() < 0.08:
        out.append((r.choice((" [PubMed]", " [Google Scholar]", " [CrossRef]",
                              " [PMC free article]")), "other"))  # fmt: skip
    if r.random() < 0.05:
        y = _year(item)
        if y:
            out += [(" Epub ", "note"), (f"{y[0]} {r.choice(_MON)} {r.randint(1, 28)}", "note"),
                    (".", "other")]  # fmt: skip
    if item.get("URL") and not doi and r.random() < 0.7:
        out += [(r.choice((" Available from: ", " Disponível em: ", " ")), "other"),
                (str(item["URL"]), "url")]  # fmt: skip
        if r.random() < 0.5:
            out.append((r.choice((" Accessed May 1, 2020.", " [cited 2020 Jan 5].",
                                  " Acesso em: 3 nov. 2019.")), "note"))  # fmt: skip
    return out


def _source(item: dict[str, Any], style: str, r: random.Random) -> list[Piece]:
    """Journal, date, volume, issue, pages in the style's order."""
    journal = str(item.get("container-title-short") or item.get("container-title") or "")
    if style in ("apa", "harvard", "chicago", "ieee", "abnt") and item.get("container-title"):
        journal = str(item["container-title"])
    y = _year(item)
    vol, iss, page = str(item.get("volume", "")), str(item.get("issue", "")), _pages(item, r)
    out: list[Piece] = []
    if style in ("vancouver", "ama"):
        nlm_no_stop = style == "vancouver" and r.random() < 0.3
        out.append((journal, "container"))
        out.append((" " if nlm_no_stop else r.choice((". ", ". ", " ")), "other"))
        if y:
            out.append((str(y[0]), "year"))
            if len(y) > 1 and style == "vancouver" and r.random() < 0.5:
                out.append((f" {_MON[y[1] - 1]}" + (f" {y[2]}" if len(y) > 2 else ""), "date"))
        if vol:
            out += [(r.choice((";", "; ")), "other"), (vol, "volume")]
        if iss:
            out += [("(", "other"), (iss, "issue"), (")", "other")]
        if page:
            out += [(r.choice((":", ": ")), "other"), (page, "pages")]
        out.append((r.choice((".", ".", "")), "other"))
    elif style in ("apa", "harvard"):
        out += [(journal, "container"), (", ", "other")]
        if vol:
            out.append((vol, "volume"))
        if iss:
            out += [("(", "other"), (iss, "issue"), (")", "other")]
        if page:
            out += [(", " if style == "apa" else ", pp. ", "other"), (page, "pages")]
        out.append((".", "other"))
    elif style == "chicago":
        out += [(journal, "container"), (" ", "other"), (vol, "volume")]
        if iss:
            out += [(", no. ", "other"), (iss, "issue")]
        if y:
            out += [(" (", "other"), (str(y[0]), "year"), (")", "other")]
        if page:
            out += [(": ", "other"), (page, "pages")]
        out.append((".", "other"))
    elif style == "nature":
        out += [(journal, "container"), (" ", "other"), (vol, "volume")]
        if page:
            out += [(", ", "other"), (page, "pages")]
        if y:
            out += [(" (", "other"), (str(y[0]), "year"), (").", "other")]
    elif style == "ieee":
        out += [(journal, "container"), (", vol. ", "other"), (vol, "volume")]
        if iss:
            out += [(", no. ", "other"), (iss, "issue")]
        if page:
            out += [(", pp. ", "other"), (page, "pages")]
        if y:
            if len(y) > 1:
                out += [(", ", "other"), (_MON[y[1] - 1] + ".", "date")]
            out += [(" ", "other"), (str(y[0]), "year")]
        out.append((".", "other"))
    else:  # abnt
        out += [(journal, "container"), (", v. ", "other"), (vol, "volume")]
        if iss:
            out += [(", n. ", "other"), (iss, "issue")]
        if page:
            out += [(", p. ", "other"), (page, "pages")]
        if y:
            if len(y) > 1:
                out += [(", ", "other"), (_MON_PT[y[1] - 1] + ".", "date")]
            out += [(" ", "other"), (str(y[0]), "year")]
        out.append((".", "other"))
    return [p for p in out if p[0]]


def _book_source(item: dict[str, Any], style: str, r: random.Random) -> list[Piece]:
    y = _year(item)
    out: list[Piece] = []
    if item.get("edition"):
        ed = str(item["edition"])
        out += [(" ", "other"), (r.choice((f"{ed}th ed", f"{ed}a ed", f"{ed}th edn")), "edition"),
                (".", "other")]  # fmt: skip
    out.append((" ", "other"))
    if item.get("publisher-place"):
        out += [(str(item["publisher-place"]), "place"), (": ", "other")]
    if item.get("publisher"):
        out += [(str(item["publisher"]), "publisher"), (r.choice(("; ", ", ")), "other")]
    if y:
        out += [(str(y[0]), "year"), (".", "other")]
    if item.get("page") and r.random() < 0.7:
        out += [(r.choice((" p. ", " pp. ", " ")), "other"), (_pages(item, r), "pages"),
                (".", "other")]  # fmt: skip
    return out


STYLES = ("vancouver", "vancouver", "vancouver", "ama", "apa", "harvard", "chicago", "nature",
          "ieee", "abnt")  # fmt: skip


def render(item: dict[str, Any], style: str, r: random.Random) -> list[Piece]:
    """One reference in ``style`` as labelled pieces."""
    out = _names(list(item.get("author") or []), style, r, "author")
    title = str(item.get("title", ""))
    if out:
        if style in ("apa", "harvard"):
            y = _year(item)
            out += [(" (", "other"), (str(y[0]) if y else "n.d.", "year"), (")", "other"),
                    (". " if style == "apa" else " ", "other")]  # fmt: skip
        else:
            out.append((r.choice((". ", ". ", " ", ": ")) if style == "vancouver" else
                        ", " if style == "ieee" else ". ", "other"))  # fmt: skip
    quote = style in ("chicago", "ieee") or (style == "harvard" and r.random() < 0.5)
    if title:
        if quote:
            close = ",” " if style == "ieee" else ".” " if style == "chicago" else "', "
            out += [
                ("“" if style != "harvard" else "'", "other"),
                (title, "title"),
                (close, "other"),
            ]
        else:
            out += [(title, "title"), (". " if title[-1] not in "?!." else " ", "other")]
    kind = item.get("type", "article-journal")
    if kind == "chapter" and item.get("container-title"):
        out += [("In: ", "other")]
        eds = list(item.get("editor") or [])
        if eds:
            out += _names(eds, "vancouver", r, "editor")
            out += [(r.choice((", editors. ", ", eds. ", ", editores. ", " (eds). ")), "editor")]
        out += [(str(item["container-title"]), "container"), (".", "other")]
        out += _book_source(item, style, r)
    elif kind in ("book", "report", "thesis"):
        out += _book_source(item, style, r)
    elif kind == "webpage":
        out += [("[Internet]. ", "other")] if r.random() < 0.5 else []
        y = _year(item)
        if y:
            out += [(str(y[0]), "year"), (". ", "other")]
    else:
        out += _source(item, style, r)
    out += _tails(item, r, style)
    return _noise(out, r)


def _noise(pieces: list[Piece], r: random.Random) -> list[Piece]:
    """Slips real lists have: a dropped full stop, doubled spaces."""
    if r.random() < 0.15:
        k = r.randrange(len(pieces))
        text, label = pieces[k]
        pieces[k] = (text.replace(". ", " ", 1), label)
    if r.random() < 0.05:
        pieces = [(t.replace(" ", "  ", 1), label) for t, label in pieces]
    return pieces


def labelled_tokens(pieces: list[Piece]) -> tuple[str, list[str]]:
    """The string and one label per token of it."""
    from ..tokens import tokenize

    text = "".join(t for t, _ in pieces)
    bounds: list[tuple[int, str]] = []
    pos = 0
    for t, label in pieces:
        pos += len(t)
        bounds.append((pos, label))
    labels: list[str] = []
    tokens = tokenize(text)
    k = 0
    for tok in tokens:
        while bounds[k][0] <= tok.start:
            k += 1
        labels.append(bounds[k][1])
    return text, _one_convention([t.text for t in tokens], labels)


_BETWEEN_NAMES = frozenset({",", ";", "and", "&", ".", "et", "al", "y", "e", "und"})


def _one_convention(words: list[str], labels: list[str]) -> list[str]:
    """Label the punctuation and "and"/"et al" between and after names as the name list, as
    the synthetic strings do, whatever the markup's habit (some put them outside)."""
    out = list(labels)
    for role in ("author", "editor"):
        idx = [i for i, lab in enumerate(out) if lab == role]
        if not idx:
            continue
        last = idx[-1]
        for i in range(idx[0], last):
            if out[i] == "other" and words[i].lower() in _BETWEEN_NAMES:
                out[i] = role
        j = last + 1  # "et al." after the last name
        while j + 1 < len(words) and out[j] == "other" and words[j] in (",", ";"):
            j += 1
        if j + 1 < len(words) and words[j].lower() == "et" and words[j + 1].lower() == "al":
            for i in range(last + 1, j + 2):
                out[i] = role
    return out
