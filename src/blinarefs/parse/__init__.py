"""Free text -> references: find the list, cut it into items, read each item."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Reference
from .reference import Unparsed, expand_page_range, parse_reference
from .split import RawItem, ReferenceSection, find_reference_section, join_tokens

__all__ = [
    "ParsedList",
    "RawItem",
    "ReferenceSection",
    "Unparsed",
    "expand_page_range",
    "find_reference_section",
    "join_tokens",
    "parse_reference",
    "parse_reference_list",
]


@dataclass(frozen=True, slots=True)
class ParsedList:
    """What a reference list gave: the references read, the items that were not, and where
    the list started (so a manuscript's body can be told from its references)."""

    references: tuple[Reference, ...]
    failures: tuple[Unparsed, ...] = ()
    section: ReferenceSection | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def body_end(self) -> int:
        return self.section.start if self.section else 0


def parse_reference_list(text: str) -> ParsedList:
    """Parse every numbered reference in ``text`` (a list, or a manuscript ending with one).

    Keys are assigned here (see :mod:`blinarefs.keys`) so that parsing the same list twice
    gives the same keys. Items that cannot be read come back in ``failures``; none is dropped.
    """
    from ..bulk import paused_gc
    from ..keys import assign_keys

    section = find_reference_section(text)
    if section is None:
        return ParsedList(
            (),
            (
                Unparsed(
                    None,
                    text[:80],
                    None,
                    "no numbered reference list found ('1. ...', "
                    "'[1] ...' or '1 ...' at the start of a line)",
                ),
            ),
        )
    refs: list[Reference] = []
    failures: list[Unparsed] = []
    warnings: list[str] = []
    with paused_gc():
        for k, item in enumerate(section.items):
            result = parse_reference(item.text, item.number, item.line)
            if isinstance(result, Unparsed) and k == len(section.items) - 1:
                result = _drop_trailing_text(item, result, warnings)
            if isinstance(result, Unparsed):
                failures.append(result)
            else:
                refs.append(result)
        refs = assign_keys(refs)
    return ParsedList(tuple(refs), tuple(failures), section, tuple(warnings))


def _drop_trailing_text(
    item: RawItem, failed: Unparsed, warnings: list[str]
) -> Reference | Unparsed:
    """The last item of a pasted page often runs into page furniture ("Sign in via your
    Institution"): retry without up to three trailing lines, and say what was left out."""
    for cut in range(1, min(4, len(item.pieces))):
        result = parse_reference(join_tokens(list(item.pieces[:-cut])), item.number, item.line)
        if not isinstance(result, Unparsed):
            dropped = join_tokens(list(item.pieces[-cut:]))
            warnings.append(
                f"line {item.end_line - cut + 1}: text after reference {item.number} "
                f"is not part of it and was left out: {dropped!r}"
            )
            return result
    return failed
