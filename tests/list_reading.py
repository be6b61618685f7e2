"""What a made-up numbered list reads as, item by item: shared by the tests of the readers of
a body's name (page owners, body sentences, PNAS's comma owners), which each check the
authors and the title of items read inside a list of ordinary articles."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

# Ordinary Vancouver articles around the items under test, so the list reads as Vancouver's
VANCOUVER = [
    "Poe A, Loe B. Made-up study of things. J Example Med. 2030;12:1-10.",
    "Moe C, Noe D, Zoe E. Another made-up study. J Example Med. 2029;11:5-9.",
    "Koe F. A third made-up study. Example Q. 2028;10:2-8.",
]


def authors_and_titles(items: list[str]) -> dict[str, tuple[list[str], str]]:
    """Each item's printed text -> its authors (a body's literal name, or ``given|family``)
    and its title, read as the numbered list of ``items``."""
    text = "References\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(items, 1))
    return {
        ref.source_text: ([a.literal or f"{a.given}|{a.family}" for a in ref.author], ref.title)
        for ref in parse_reference_list(text).references
    }


def read_numbered(items: list[str]) -> list[Reference]:
    """``items`` read as one numbered list, every item an entry."""
    text = "".join(f"{i}. {item}\n" for i, item in enumerate(items, 1))
    refs = parse_reference_list(text).references
    assert len(refs) == len(items)
    return list(refs)


def people(ref: Reference) -> list[tuple[str, str]]:
    """Each author of ``ref`` as its given names and its whole family name."""
    return [(n.given, n.full_family) for n in ref.author]
