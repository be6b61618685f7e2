"""A bibliography: which references, in which order, each rendered once and remembered.

Entries are rendered one at a time (numeric styles need nothing from the other entries), so
the cost is linear in the number of entries, a cache hit costs a hash, and a large run is
split across processes. The order is given: store order, the printed numbers
(:func:`cited_order`), or the order of first citation decoded from a manuscript.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import StyleError, UsageError
from ..model import Reference
from .cache import RenderCache, entry_key, reference_key
from .engine import engine_for
from .markup import NUMBER, convert
from .prepare import engine_item
from .styles import Style

PARALLEL_MIN = 1500  # entries to render before extra processes pay for themselves
WINDOW = 5000  # entries prepared and rendered together (a few processes' worth)


def order_references(refs: Iterable[Reference], order: Sequence[str] | None) -> list[Reference]:
    """``refs`` in store order, or exactly the keys of ``order`` in that order."""
    refs = list(refs)
    if order is None:
        return refs
    by_key = {r.id: r for r in refs}
    seen: set[str] = set()
    out = []
    for key in order:
        if key in seen:
            raise UsageError(f"citation order names {key!r} twice; give each key once")
        if key not in by_key:
            raise UsageError(
                f"citation order names {key!r}, which is not in the references",
                hint="check the key (keys are case-sensitive)",
            )
        seen.add(key)
        out.append(by_key[key])
    return out


def cited_order(refs: Iterable[Reference]) -> list[str]:
    """Keys in the order of their printed numbers (the order of first citation in the
    manuscript the list came from); unnumbered entries follow, in store order."""
    refs = list(refs)
    numbered = sorted((r.number, i) for i, r in enumerate(refs) if r.number is not None)
    return [refs[i].id for _, i in numbered] + [r.id for r in refs if r.number is None]


# -- rendering ---------------------------------------------------------------------------


def _render_one(engine, style: Style, job: tuple) -> str:
    _index, key, item, variant, number = job
    try:
        return engine.render(item, number, variant)
    except Exception as exc:  # citeproc-py failing on odd data: name the entry, not a trace
        raise StyleError(
            f"{style.source}: cannot render entry {item.get('blinarefs-key', key)!r}: "
            f"{type(exc).__name__}: {exc}",
            hint="check the entry's fields",
        ) from exc


def _render_chunk(style: Style, jobs: list[tuple]) -> list[str]:
    engine = engine_for(style)
    return [_render_one(engine, style, job) for job in jobs]


def _render_jobs(style: Style, jobs: list[tuple]) -> list[str]:
    from ..bulk import worker_count

    workers = worker_count(len(jobs), PARALLEL_MIN)
    if workers <= 1:
        return _render_chunk(style, jobs)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded style and citeproc-py with the workers; spawn elsewhere
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    size = -(-len(jobs) // workers)
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    engine_for(style)._citeproc_style(None)  # load once before forking
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        results = pool.map(_render_chunk, [style] * len(chunks), chunks)
        return [rendered for chunk in results for rendered in chunk]


def render_entries(
    refs: Sequence[Reference], style: Style, cache_dir: Path | None = None
) -> list[str]:
    """Each reference as the intermediate string (markup.py), numbered 1..n in order (the
    parts of a sub-labelled reference as printed: :func:`entry_labels`).

    Entries are prepared and rendered a window at a time: the prepared items of a whole
    library were the largest thing a first run held (about 3 KB an entry)."""
    cache = RenderCache(style.digest, cache_dir)
    out: list[str | None] = [None] * len(refs)
    labels = entry_labels(refs)
    for start in range(0, len(refs), WINDOW):
        jobs = []
        for index in range(start, min(start + WINDOW, len(refs))):
            ref = refs[index]
            number = None if style.number_in_text_only else int(labels[index].rstrip(_LETTERS))
            ref_key = reference_key(ref, number)
            out[index] = cache.get_reference(ref_key)
            if out[index] is not None:
                continue
            item, variant = engine_item(ref, style)
            key = entry_key(item, variant, number)
            cache.link(ref_key, key)
            out[index] = cache.get(key)
            if out[index] is None:
                item["blinarefs-key"] = ref.id  # for error messages; not a CSL key, filtered
                jobs.append((index, key, item, variant, number))
        for job, rendered in zip(jobs, _render_jobs(style, jobs) if jobs else [], strict=True):
            cache.put(job[1], rendered)
            out[job[0]] = rendered
    cache.save()
    return [r.replace(NUMBER, label) for r, label in zip(out, labels, strict=True)]  # type: ignore[union-attr]


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def entry_labels(refs: Sequence[Reference]) -> list[str]:
    """Each entry's label in a numbered bibliography of ``refs``, in order: 1 to n, but the
    parts of a sub-labelled reference (entries of one number next to each other, printed
    "1a", "1b") are one number, each with its printed letter, as the list printed them."""
    out: list[str] = []
    n = 0
    before: Reference | None = None
    for ref in refs:
        if before is None or ref.number != before.number or not (ref.label or before.label):
            n += 1
        out.append(f"{n}{ref.label.lstrip('0123456789')}")
        before = ref
    return out


def strip_label(rendered: str, number: int | str) -> str:
    """The entry without its leading number label ("1. ", "[1] ", "1a. "): LaTeX prints its
    own."""
    pattern = rf"^((?:<[a-z]+[^>]*>)*)[\[(]?{number}(?:[.\])]|(?=\s))((?:</[a-z]+>)*)\s*"
    return re.sub(pattern, r"\1\2", rendered, count=1)


def format_entries(
    refs: Sequence[Reference], style: Style, to: str, cache_dir: Path | None = None
) -> list[str]:
    entries = render_entries(refs, style, cache_dir)
    labels = entry_labels(refs) if to == "latex" else []
    for i, entry in enumerate(entries):  # in place: a library's entries are held once
        entries[i] = convert(strip_label(entry, labels[i]) if to == "latex" else entry, to)
    return entries
