"""``bulk.replaced``: a frozen dataclass copied by a function written once a class (issue 13,
speed). The copy must be the one ``dataclasses.replace`` makes, field for field, for every
class the parser copies. Every value here is made up."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blinarefs import bulk
from blinarefs.bulk import replaced
from blinarefs.model import Name, Reference
from blinarefs.parse.read import Reading

_TEXT = st.text(max_size=12)


@given(_TEXT, _TEXT, _TEXT, st.floats(0, 1), st.lists(_TEXT, max_size=3))
def test_a_copy_is_the_copy_replace_makes(title, volume, family, confidence, doubts) -> None:
    ref = Reference(id="k", title=title, author=(Name(family=family, given="A."),), page="4-9")
    assert replaced(ref, volume=volume) == replace(ref, volume=volume)
    assert replaced(ref) == ref and replaced(ref) is not ref
    reading = Reading(ref, 1.0, (), "grammar", marginals=(("title", 0.9),))
    changed = {"confidence": confidence, "doubtful": tuple(doubts)}
    assert replaced(reading, **changed) == replace(reading, **changed)
    name = Name(family=family, given="B.")
    assert replaced(name, suffix="Jr") == replace(name, suffix="Jr")


def test_every_field_is_copied_and_the_original_is_untouched() -> None:
    ref = Reference(id="k", title="A made-up title", volume="3", extra=(("note", "x"),))
    copy = replaced(ref, title="Another made-up title")
    for f in fields(Reference):
        expected = "Another made-up title" if f.name == "title" else getattr(ref, f.name)
        assert getattr(copy, f.name) == expected
    assert ref.title == "A made-up title"
    with pytest.raises(AttributeError):  # the copy is as frozen as the original
        copy.title = "changed"  # type: ignore[misc]


def test_a_name_that_is_no_field_is_refused_as_replace_refuses_it() -> None:
    ref = Reference(id="k", title="A made-up title")
    with pytest.raises(TypeError):
        replaced(ref, titel="misspelt")
    with pytest.raises(TypeError):
        replace(ref, titel="misspelt")  # type: ignore[call-arg]


def test_one_copier_a_class_however_many_copies() -> None:
    ref = Reference(id="k", title="A made-up title")
    for i in range(50):
        ref = replaced(ref, volume=str(i))
    copier, names = bulk._COPIED[Reference]
    assert names == {f.name for f in fields(Reference)}
    replaced(ref, volume="51")
    assert bulk._COPIED[Reference][0] is copier  # written once, kept
