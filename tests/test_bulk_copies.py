"""``bulk.replaced``: the copy ``dataclasses.replace`` makes, made fast (issue 13); and
``model.build_reference``, every entry read, built as such a copy of a blank entry.

A slotted frozen dataclass of its own (an entry, a name, a reading) is copied into an
unfrozen twin by plain assignments and then given its class; any other class field by
field. Either way the copy is the one ``replace`` makes: these check it on invented
entries (Roe, Doe, Examplia).
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs import bulk
from blinarefs.bulk import replaced
from blinarefs.enrich.notices import Notice, Record
from blinarefs.model import Name, Reference, build_reference
from blinarefs.parse.read import Reading

ENTRY = Reference(
    id="roe2030",
    type="article-journal",
    title="A made-up title",
    author=(Name(family="Roe", given="A"), Name(family="Doe", given="B. C.")),
    container_title="Examplia Journal",
    volume="12",
    page="3-9",
)
TEXT = st.text(alphabet="abcRoeDx .-1", max_size=12)
CHANGES = st.fixed_dictionaries(
    {}, optional={"title": TEXT, "volume": TEXT, "page": TEXT, "id": TEXT, "note": TEXT}
)


@settings(max_examples=300, deadline=None)
@given(CHANGES)
def test_an_entry_copied_with_changes_is_the_copy_replace_makes(changes):
    copied = replaced(ENTRY, **changes)
    assert copied == replace(ENTRY, **changes)
    assert type(copied) is Reference
    assert all(getattr(copied, k) is getattr(ENTRY, k) for k in ("author", "type", "issued"))


def test_a_slotted_class_is_copied_without_the_frozen_guard(monkeypatch):
    # the twin's plain assignments, not object.__setattr__ a field
    def refused(*args: object) -> None:
        raise AssertionError("object.__setattr__ called")

    monkeypatch.setattr(bulk, "_SET", refused)
    monkeypatch.setattr(bulk, "_COPIERS", {}, raising=False)  # (copiers made afresh)
    copied = replaced(ENTRY, title="Another made-up title")
    assert copied.title == "Another made-up title" and copied.volume == "12"
    name = replaced(Name(family="Roe", given="A"), given="A. B.")
    assert name == Name(family="Roe", given="A. B.")


def test_a_copy_stays_frozen_hashable_and_pickles_as_its_class():
    copied = replaced(ENTRY, volume="13")
    with pytest.raises(AttributeError):
        copied.volume = "14"  # type: ignore[misc]
    assert hash(copied) == hash(replace(ENTRY, volume="13"))
    assert pickle.loads(pickle.dumps(copied)) == copied
    assert not hasattr(copied, "__dict__")


def test_a_reading_is_copied_as_replace_copies_it():
    reading = Reading(ENTRY, 0.5, ("title",), "labeller", marginals=(("title", 0.4),))
    copied = replaced(reading, confidence=0.9, doubtful=())
    assert copied == replace(reading, confidence=0.9, doubtful=())
    assert copied.reference is ENTRY


def test_a_subclass_and_an_unslotted_class_are_copied_field_by_field():
    record = Record(id="k", title="T", notices=(Notice("retraction", doi="10.1/x"),))
    assert replaced(record, volume="2") == replace(record, volume="2")
    assert type(replaced(record, volume="2")) is Record

    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "Springfield"

    assert replaced(Plain(1), b="Examplia") == Plain(1, "Examplia")


def test_a_name_that_is_no_field_is_refused():
    with pytest.raises(TypeError, match="titel"):
        replaced(ENTRY, titel="misspelt")


READ = {"title": TEXT, "volume": TEXT, "note": TEXT, "doi": st.none() | TEXT,
        "author": st.sampled_from([ENTRY.author, ()]), "type": st.just("book")}  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({}, optional=READ))
def test_an_entry_read_is_built_as_its_init_builds_it(values):
    kept = {k: v for k, v in values.items() if v not in (None, "", ())}
    assert build_reference("doe2031", values) == Reference(id="doe2031", **kept)


def test_an_entry_read_is_built_without_its_init(monkeypatch):
    # a copy of a blank entry: the frozen __init__ sets its 33 fields one call each
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("Reference.__init__ called")

    monkeypatch.setattr(Reference, "__init__", refused)
    built = build_reference("roe2030", {"title": "A made-up title", "page": "", "issue": None})
    assert (built.id, built.title, built.page) == ("roe2030", "A made-up title", "")
    with pytest.raises(TypeError, match="titel"):
        build_reference("roe2030", {"titel": "misspelt"})
