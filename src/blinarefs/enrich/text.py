"""Small pure helpers shared by the service readers and the matcher."""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from ..model import Name
from ..names import fold_ascii, split_particle
from ..pages import expand_page_range

_TAG = re.compile(r"<(/?)([A-Za-z][\w.:-]*)[^<>]*>")  # not across another "<": linear
_JATS_TITLE = re.compile(r"<(?:jats:)?title>.*?</(?:jats:)?title>", re.S)
# Inline markup sits inside a word ("HfO<sub>2</sub>", "1<i>H</i>-indole"): it goes without
# a trace. Any other tag (a paragraph, a section, a line break) parts words: a space.
_INLINE = frozenset(
    [
        "i",
        "b",
        "em",
        "strong",
        "u",
        "sub",
        "sup",
        "sc",
        "scp",
        "small",
        "span",
        "italic",
        "bold",
        "underline",
        "roman",
        "sans-serif",
        "monospace",
        "inline-formula",
        "tex-math",
        "a",
        "font",
    ]
)
_ANNOTATION = re.compile(
    r"<((?:mml:)?annotation(?:-xml)?)\b[^>]*>.*?</\1>|<(?:mml:)?none\s*/>", re.S
)
_MULTISCRIPTS = re.compile(
    r"<((?:mml:)?mmultiscripts)\b[^>]*>(.*?)<(?:mml:)?mprescripts\s*/>(.*?)</\1>", re.S
)


_BREAK = "\x00"  # where a block tag was: a space between words, none before punctuation


def _tag(match: re.Match[str]) -> str:
    name = match.group(2).lower().rsplit(":", 1)[-1]
    if name in _INLINE or match.group(2).lower().startswith("mml:") or name == "math":
        return ""
    return _BREAK


def strip_markup(text: str) -> str:
    """HTML/JATS/MathML markup out, entities decoded, whitespace collapsed. Inline markup
    and MathML leave no space behind (``[Ru(bpy)<sub>3</sub>]<sup>2+</sup>`` ->
    ``[Ru(bpy)3]2+``); MathML prescripts are put back before their base, where they are
    printed (``<mmultiscripts>C<mprescripts/>14</mmultiscripts>`` -> ``14C``), and TeX
    annotations that repeat a formula are dropped."""
    text = _JATS_TITLE.sub(" ", text or "")
    text = _ANNOTATION.sub("", text)
    text = _MULTISCRIPTS.sub(lambda m: m.group(3) + m.group(2), text)
    text = html.unescape(_TAG.sub(_tag, text))
    # only the spaces the markup left go before punctuation: the record's own stay
    # (French "données : le", chemistry's "of .mu.-oxo"). Each run of spaces is one match
    # (linear on any run), a break if markup left one in it.
    text = re.sub(rf"[\s{_BREAK}]+", lambda m: _BREAK if _BREAK in m.group() else " ", text)
    text = re.sub(rf"{_BREAK}(?=[,.;:!?)\]])", "", text)
    text = re.sub(rf"(?<=[(\[]){_BREAK}", "", text)
    return " ".join(text.replace(_BREAK, " ").split())


def with_subtitle(title: str, subtitle: str) -> str:
    """The title and its subtitle as reference lists print them ("Title: subtitle") when
    the record keeps them apart (Crossref's and the registration agencies' ``subtitle``)."""
    if subtitle and subtitle.lower() not in title.lower():
        return f"{title}: {subtitle}"
    return title


def person(family: str, given: str = "", suffix: str = "") -> Name:
    """A person from a service's family/given split, with the particle kept apart."""
    particle, rest = split_particle(" ".join(family.split()))
    return Name(family=rest, given=" ".join(given.split()), non_dropping_particle=particle,
                suffix=suffix)  # fmt: skip


def fold(text: str) -> str:
    """Comparison form: lower case, letters and digits only, single spaces. Latin words
    lose their accents ("Müller" is "muller"); a word of another script stays as it is
    (folded to ASCII, a Cyrillic or Chinese title would be empty, and any two alike)."""
    text = re.sub(r"['’ʼ]", "", text or "")  # "Children’s" and "Children's" are one word
    words = []
    for word in re.findall(r"[^\W_]+", text):
        ascii_form = fold_ascii(word)
        if len(ascii_form) >= len(word):
            words.extend(re.findall(r"[a-z0-9]+", ascii_form.lower()))
        else:
            words.append(word.casefold())
    return " ".join(words)


def whole_token(folded_text: str, folded_value: str) -> bool:
    """Is ``folded_value`` a whole word (or run of words) of ``folded_text``? Both folded."""
    return bool(folded_value) and f" {folded_value} " in f" {folded_text} "


def first_page(page: str) -> str:
    """The first page in comparison form ("2578-84" -> "2578"; "e123" -> "e123")."""
    return fold(expand_page_range(page).split("-")[0]) if page else ""


def family_key(name: Name) -> str:
    """A person's family name (with its particle) in comparison form."""
    return fold(name.full_family).replace(" ", "")


def same_doi(a: str, b: str) -> bool:
    return normalise_doi(a) == normalise_doi(b)


def quote_doi(doi: str) -> str:
    """A DOI for a URL path: every character that means something in a URL is
    percent-encoded (``?``, ``#``, ``&``, ``%``, spaces, non-ASCII). Its slashes stay, except
    in a DOI with a ``.`` or ``..`` segment, which URL normalisation would resolve to another
    endpoint (``works/10.1/../../members``): there they are encoded too (``%2E`` would not
    do: requests decodes it back)."""
    dot_segment = any(part in (".", "..") for part in doi.split("/"))
    return quote(doi, safe="()" if dot_segment else "/()")


def normalise_doi(doi: str) -> str:
    """DOIs are case-insensitive; strip the resolver prefixes people paste."""
    doi = (doi or "").strip()
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I)
    return doi.lower()
