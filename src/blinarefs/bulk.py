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
    again for every object it makes, and took the parent half as long again to unpickle."""
    cls = type(self)
    return cls, tuple([getattr(self, name) for name in cls.__slots__])


# Per class: its fields' names as a set (to check a change's names) and how to copy one
Copier = Callable[[Any, dict[str, Any]], Any]
_COPIERS: dict[type, tuple[frozenset[str], Copier]] = {}
_NEW, _SET = object.__new__, object.__setattr__


def replaced(obj: T, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)`` for a frozen dataclass whose fields are all
    arguments of ``__init__`` and that has no ``__post_init__``: the copy made field by
    field, without ``replace``'s look-ups of the fields and its call of ``__init__``, which
    sets a frozen instance's fields one by one again (the parser copies each entry and each
    reading several times: half the time of its copies). A name that is no field raises
    ``TypeError``, as ``replace`` does."""
    cls = type(obj)
    if (known := _COPIERS.get(cls)) is None:
        known = _COPIERS[cls] = _copier(cls)
    named, copy = known
    if not named.issuperset(changes):
        raise TypeError(f"{cls.__name__} has no field {sorted(set(changes) - named)}")
    return copy(obj, changes)


def _copier(cls: type) -> tuple[frozenset[str], Copier]:
    """How an instance of the dataclass ``cls`` is copied with changes. A slotted class of
    its own (its base ``object``, its slots its fields and nothing else: the entries, the
    names, the readings) is copied into a twin class with the same slots that is not
    frozen, by one plain assignment a field, written out once for the class (as
    ``dataclasses`` writes an ``__init__``): each is stored straight into its slot, where
    ``object.__setattr__`` is a call through the frozen class's guard, five times the time
    for an entry's 33 fields (the serial steps of a long list, the judge's and the keys',
    copy every entry). The copy then takes its class (``__class__`` may be set between
    classes of the same slots). Any other class is copied field by field."""
    names = tuple(f.name for f in fields(cls))
    named = frozenset(names)
    if cls.__bases__ != (object,) or getattr(cls, "__slots__", None) != names:
        values = attrgetter(*names)

        def by_field(obj: Any, changes: dict[str, Any]) -> Any:
            new: Any = _NEW(cls)
            for name, value in zip(names, values(obj), strict=True):
                _SET(new, name, value)
            for name, value in changes.items():
                _SET(new, name, value)
            return new

        return named, by_field
    twin = type(f"_{cls.__name__}Copy", (object,), {"__slots__": names})
    lines = [f"    new.{name} = obj.{name}" for name in names]
    source = "\n".join([
        "def copy(obj, changes):", "    new = _new(twin)", *lines,
        "    for name, value in changes.items():", "        setattr(new, name, value)",
        "    new.__class__ = cls", "    return new",
    ])  # fmt: skip
    space: dict[str, Any] = {"_new": _NEW, "twin": twin, "cls": cls}
    exec(source, space)  # (the names are a dataclass's fields: identifiers)
    return named, space["copy"]


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
