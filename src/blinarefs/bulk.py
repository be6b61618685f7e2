"""Building many objects at once: a large store or reference list.

Python's cycle collector runs every few hundred allocations and, as objects survive, rescans
older and older generations; while a load creates hundreds of thousands of long-lived
objects that hold no cycles, it spends a fifth of the time finding nothing to free.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cycle collector for the block; reference counting still frees everything
    at once, and any cycles made meanwhile are collected once it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def by_fields(self: Any) -> tuple[type, tuple[Any, ...]]:
    """A frozen, slotted dataclass pickled as its class and its fields' values in order
    (assign it as the class's ``__reduce__``; every field must be an argument of
    ``__init__``). The processes that read a long list send back thousands of entries,
    each with its names: dataclass's own pickling of a slotted class looks its fields up
    again for every object it makes, and took the parent half as long again to unpickle.
    The values are read at once in C (:func:`_fields_of`), where a loop of ``getattr``
    cost the processes about a quarter of their time pickling."""
    cls = type(self)
    return cls, _fields_of(cls)[1](self)


# Per class: its fields' names, their values read at once in C, and the names as a set
_COPIED: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], frozenset[str]]] = {}
_NEW, _SET = object.__new__, object.__setattr__


def _fields_of(
    cls: type,
) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], frozenset[str]]:
    """A dataclass's fields' names in order, what reads their values as a tuple, and the
    names as a set; found once a class."""
    if (known := _COPIED.get(cls)) is None:
        names = tuple(f.name for f in fields(cls))
        # (one name: attrgetter would give the value itself, not a tuple of it)
        values = attrgetter(*names) if len(names) > 1 else lambda obj: (getattr(obj, names[0]),)
        known = _COPIED[cls] = (names, values, frozenset(names))
    return known


def replaced(obj: T, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)`` for a frozen dataclass whose fields are all
    arguments of ``__init__`` and that has no ``__post_init__``: the copy made field by
    field, without ``replace``'s look-ups of the fields and its call of ``__init__``, which
    sets a frozen instance's fields one by one again (the parser copies each entry and each
    reading several times: half the time of its copies). A name that is no field raises
    ``TypeError``, as ``replace`` does."""
    cls = type(obj)
    names, values, named = _fields_of(cls)
    if not named.issuperset(changes):
        raise TypeError(f"{cls.__name__} has no field {sorted(set(changes) - named)}")
    new = _NEW(cls)
    for name, value in zip(names, values(obj), strict=True):
        _SET(new, name, value)
    for name, value in changes.items():
        _SET(new, name, value)
    return new


def collect_young() -> None:
    """Free the reference cycles made since the last collection. pylatexenc's node trees
    are cycles: decoding the LaTeX of a whole ASCII BibTeX file with the collector paused
    kept every one of them (2.4 GB for 100,000 entries), so a paused loop that decodes
    calls this every thousand items. Only the young generation is examined: linear."""
    gc.collect(0)


def worker_count(n_jobs: int, parallel_min: int) -> int:
    """Processes for ``n_jobs`` pieces of CPU work: one below ``parallel_min`` (starting
    processes would cost more than it saves), else up to the CPUs this process may use
    (at most 4); ``BLINAREFS_WORKERS`` overrides."""
    env = os.environ.get("BLINAREFS_WORKERS")
    if env and env.isdigit():
        return max(1, int(env))
    if n_jobs < parallel_min:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4, n_jobs // (parallel_min // 2)))
