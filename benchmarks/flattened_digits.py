"""What a plain-text export lost of a Word file's raised and lowered digits, found by
setting its lines beside the formatted export's (which writes them as Unicode's superscript
and subscript digits): the Word-against-plain benchmarks count a verdict on such digits as
inherent, since no plain text could avoid it."""

from __future__ import annotations

RAISED = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
LOWERED = frozenset("₀₁₂₃₄₅₆₇₈₉")
# the raised and lowered characters the formatted export writes, as the plain one has them
UNSET = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾⁼₀₁₂₃₄₅₆₇₈₉₊₋₍₎₌", "0123456789+-()=0123456789+-()=")


class Flattened:
    """What the plain export lost of the Word file's raised and lowered digits: each of its
    lines set beside the formatted export's line with the same text once digits are
    flattened (lines the formatted export lacks, as notes put back after it, have none);
    within a line the characters correspond one for one."""

    def __init__(self, plain: str, formatted: str) -> None:
        from difflib import SequenceMatcher

        self.plain = plain
        ours, theirs = plain.splitlines(keepends=True), formatted.splitlines(keepends=True)
        self._starts = line_starts(ours)
        their_starts = line_starts(theirs)
        keys = [line.translate(UNSET) for line in theirs]
        matcher = SequenceMatcher(None, [line.translate(UNSET) for line in ours], keys,
                                  autojunk=False)  # fmt: skip
        self._lines: dict[int, str] = {}
        for a, b, n in matcher.get_matching_blocks():
            for k in range(n):
                self._lines[a + k] = theirs[b + k]
        self._their_starts = their_starts

    def _pairs(self, start: int, end: int):
        """(plain character, formatted character) for each character of plain[start:end]
        whose line has its counterpart."""
        import bisect

        for at in range(start, end):
            line = bisect.bisect_right(self._starts, at) - 1
            other = self._lines.get(line)
            offset = at - self._starts[line]
            if other is not None and offset < len(other):
                yield self.plain[at], other[offset]

    def kinds(self, start: int, end: int) -> set[str]:
        """ "raised", "lowered": what the export flattened of the digits in plain[start:end]."""
        out = set()
        for ours, theirs in self._pairs(start, end):
            if ours.isdigit() and ours.isascii():
                out |= (
                    {"raised"} if theirs in RAISED else {"lowered"} if theirs in LOWERED else set()
                )
        return out

    def digits(self, start: int, end: int) -> str:
        """ "raised" or "lowered" when every digit of plain[start:end] is a plain digit the
        formatted export raises (lowers) at the same place; "" otherwise."""
        pairs = [(a, b) for a, b in self._pairs(start, end) if a.isdigit()]
        if len(pairs) < sum(ch.isdigit() for ch in self.plain[start:end]) or not pairs:
            return ""
        for how, chars in (("raised", RAISED), ("lowered", LOWERED)):
            if all(a.isascii() and b in chars for a, b in pairs):
                return how
        return ""


def line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line)
    return starts or [0]
