"""The differences of one article's decoded markers from its markup, in context, for
``bench_markers.py`` (``--show``, ``--misses``) and ``bench_markers_named.py``."""

from __future__ import annotations

Found = list[tuple[int, int, tuple[int, ...]]]


def show(rendering, found: Found, name: str) -> None:
    text = rendering.text
    truth = {(m.start, m.end): m.numbers for m in rendering.markers}
    got = {(a, b): n for a, b, n in found}
    for span in sorted(set(truth) | set(got)):
        if truth.get(span) != got.get(span):
            a, b = span
            print(f"{name} {a}: {text[max(0, a - 40) : a]!r} [{text[a:b]!r}] "
                  f"truth {truth.get(span)} decoded {got.get(span)}")  # fmt: skip


def misses(rendering, found: Found, size: int, name: str) -> None:
    """Each true number no decoded marker overlapping it cites ("missed"), and each decoded
    number no true marker it overlaps cites ("spurious"), with 50 characters before."""
    text = rendering.text
    truth = [m for m in rendering.markers if m.kind != "author-year"]

    def context(a: int, b: int) -> str:
        return f"{text[max(0, a - 50) : a]!r} [{text[a:b]!r}] {text[b : b + 15]!r}"

    for m in truth:
        got = {n for a, b, ns in found if a < m.end and b > m.start for n in ns}
        lost = [n for n in m.numbers if n <= size and n not in got]
        if lost:
            print(f"MISSED {name} {lost}: {context(m.start, m.end)}")
    for a, b, ns in found:
        cited = {n for m in truth if m.start < b and m.end > a for n in m.numbers}
        extra = [n for n in ns if n not in cited]
        if extra and not any(m.kind == "author-year" and m.start < b and m.end > a
                             for m in rendering.markers):  # fmt: skip
            print(f"SPURIOUS {name} {extra}: {context(a, b)}")
