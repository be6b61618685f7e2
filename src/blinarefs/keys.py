"""Citation keys a LaTeX author would type: ``smith2020cancer``.

First author's family name folded to ASCII, the year, the first significant word of the
title; a key already taken gets "a", "b", ... in list order, so the same list always gives
the same keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Reference
from .names import fold_ascii

# Words skipped when picking the title word (function words, as in Better BibTeX's list).
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "an",
        "and",
        "around",
        "as",
        "at",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "between",
        "beyond",
        "but",
        "by",
        "down",
        "during",
        "except",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "is",
        "it",
        "its",
        "like",
        "near",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "out",
        "over",
        "past",
        "per",
        "plus",
        "since",
        "so",
        "than",
        "that",
        "the",
        "their",
        "this",
        "through",
        "till",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "up",
        "upon",
        "versus",
        "via",
        "vs",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "with",
        "within",
        "without",
        "yet",
    ]
)

VALID_KEY = re.compile(r"^[A-Za-z0-9_:.\-+/]+$")  # characters LaTeX and biber accept in a key


# Compiled once: every entry of a list is keyed
_NOT_SLUG = re.compile(r"[^a-z0-9]")
_TITLE_WORD = re.compile(r"[^\W_][\w'’\-]*")


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("", fold_ascii(text).lower())


def base_key(ref: Reference) -> str:
    """The key before collisions are resolved."""
    name = ""
    if ref.author:
        first = ref.author[0]
        name = _slug(first.full_family) if not first.literal else _slug(first.literal.split()[0])
    elif ref.editor:
        name = _slug(ref.editor[0].full_family)
    word = ""
    for found in _TITLE_WORD.finditer(ref.title):  # (up to the first word that makes one)
        token = found.group()
        slug = _slug(token)
        if slug and token.lower() not in STOP_WORDS and not slug.isdigit():
            word = slug
            break
    year = str(ref.year) if ref.year else ""
    key = f"{name}{year}{word}" or "ref"
    if key[0].isdigit():
        key = "ref" + key
    return key


def _suffix(i: int) -> str:
    """The i-th disambiguating suffix: a..z, then a2..z2, a3..z3..."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[i] if i < 26 else f"{letters[i % 26]}{i // 26 + 1}"


def assign_keys(refs: Iterable[Reference], taken: Iterable[str] = ()) -> list[Reference]:
    """Give every reference without an id its key; ids already set are kept and reserved."""
    refs = list(refs)
    return [
        ref if ref.id else ref.with_fields(id=key)
        for ref, key in zip(refs, given_keys(refs, taken), strict=True)
    ]


def given_keys(refs: list[Reference], taken: Iterable[str] = ()) -> list[str]:
    """The key :func:`assign_keys` gives each of ``refs`` (its id, where it has one), with
    no copy made: a long list's parser finds the keys while the judge of doubt weighs the
    entries, and writes each key into its entry with the judge's verdict, in one copy."""
    used = {k.lower() for k in taken} | {r.id.lower() for r in refs if r.id}
    tried: dict[str, int] = {}
    return [ref.id or _new_key(ref, used, tried) for ref in refs]


def unique_keys(refs: list[Reference]) -> list[Reference]:
    """Every reference with a key of its own: the first to hold a key keeps it, and one
    without a key, or with a key an earlier one holds, gets a new one (as ``import`` gives
    it: a key none of the others has)."""
    used = {ref.id.lower() for ref in refs if ref.id}  # every key given is reserved
    kept: set[str] = set()
    out = []
    for ref in refs:
        if ref.id and ref.id.lower() not in kept:
            kept.add(ref.id.lower())
        else:
            ref = assign_key(ref.with_fields(id=""), used)
        out.append(ref)
    return out


def assign_key(ref: Reference, used: set[str], tried: dict[str, int] | None = None) -> Reference:
    """``ref`` with a key none of ``used`` (lower-cased keys) has, which it then reserves:
    for callers adding references one at a time to a large store. ``tried`` remembers, per
    base key, the suffixes already taken, so that many references with one base key (the
    unread entries of a long list) do not each try every suffix again."""
    return ref.with_fields(id=_new_key(ref, used, tried))


def _new_key(ref: Reference, used: set[str], tried: dict[str, int] | None = None) -> str:
    """:func:`assign_key`'s key for ``ref``, reserved in ``used``."""
    key = base_key(ref)
    if key.lower() in used:
        tried = {} if tried is None else tried
        i = tried.get(key.lower(), 0)
        while (key + _suffix(i)).lower() in used:
            i += 1
        tried[key.lower()] = i + 1
        key = key + _suffix(i)
    used.add(key.lower())
    return key
