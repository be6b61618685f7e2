"""What a long list's processes are sent and send back costs the gathering process time
(issue 13, speed): an item is sent as what its reading reads of it, an entry is pickled
with its fields read at once, and a long line is searched for figures other than 0-9 only
where it holds a character that is not ASCII. The readings and the cuts must be those the
full items, the old pickling and the plain search give. Every reference here is made up."""

from __future__ import annotations

import pickle
import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs import bulk
from blinarefs.bulk import by_fields, replaced
from blinarefs.model import Name, build_reference
from blinarefs.parse import _read, _read_chunk, parse_reference_list, read_item, run_on_lists
from blinarefs.parse.split import find_reference_section

# wrapped over lines, one sub-labelled into works "3a" and "3b", one with a page's
# soft hyphen: what a process reads of each item must give the reading of the whole item
WRAPPED = """References
1. Roe J, Doe P. A made-up study of
   invented widgets. J Example Med. 2030;12(3):45-67.
2. Doe A. An invented account of imaginary ink [thesis]. Springfield: Univ of
   Examplia; 2029.
3a. Poe R. Pretend results. Imag Lett 2028; 8: 101-9.
3b. Poe R. More pretend re\xadsults. Imag Lett 2029; 9: 11-19.
4. Folio K. Made-up chapter. In: Quarto M, editor. Invented Book. Springfield: Fict
   Press; 2027.
"""


def test_a_process_is_sent_what_the_reading_of_an_item_reads() -> None:
    from blinarefs.parse import _sent

    section = find_reference_section(WRAPPED)
    assert section is not None
    items = list(section.items)
    assert any(len(item.pieces) > 1 for item in items) and any(i.label for i in items)
    sent = [_sent(item) for item in items]
    assert sent[0] == (1, items[0].text, items[0].line, "")
    assert all(len(s) == 4 for s in sent)  # no lines the item was rebuilt from
    assert _read_chunk(sent) == [_read(item) for item in items]


def test_two_processes_read_wrapped_and_sub_labelled_items_as_one_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("blinarefs.parse.PARALLEL_MIN", 4)
    monkeypatch.setenv("BLINAREFS_WORKERS", "1")
    one = parse_reference_list(WRAPPED)
    monkeypatch.setenv("BLINAREFS_WORKERS", "2")
    two = parse_reference_list(WRAPPED)
    assert (two.references, two.doubts, two.warnings) == (one.references, one.doubts, one.warnings)
    assert [r.label for r in two.references] == ["", "", "3a", "3b", ""]


def _old_by_fields(self):  # the pickling before: a getattr a field
    cls = type(self)
    return cls, tuple([getattr(self, name) for name in cls.__slots__])


def test_an_entry_is_pickled_as_its_fields_in_order_as_before() -> None:
    roe = Name(family="Roe", given="J.")
    ref = build_reference("roe2030", {"title": "Invented widgets", "author": (roe,)})
    reading = read_item("Roe J. Invented widgets. J Example Med. 2030;12:45-67.", 1, 2)
    for obj in (roe, ref, reading, reading.reference):
        assert by_fields(obj) == _old_by_fields(obj)
        back = pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == obj and type(back) is type(obj)


@dataclass(frozen=True, slots=True)
class _One:
    value: str = ""


def test_a_dataclass_of_one_field_is_copied_and_pickled() -> None:
    # (attrgetter of one name gives the value itself, not a tuple of it)
    one = _One("Roe")
    assert replaced(one, value="Doe") == _One("Doe")
    assert by_fields(one) == (_One, ("Roe",))
    assert bulk._fields_of(_One)[0] == ("value",)


# the plain search the gate stands before: a figure other than 0-9
_OLD_OTHER_FIGURE = re.compile(r"[^\D0-9]")

LINE_TEXT = st.text(
    alphabet=st.sampled_from(list("Roe 1.2)3(;:,J\u0661\u0662\u0663\u0966\xe9\xa0\u2013")),
    max_size=200,
)


@settings(max_examples=500, deadline=None)
@given(LINE_TEXT)
def test_whether_a_line_may_count_items_is_what_the_plain_search_says(line: str) -> None:
    marked = all(d in line or b in line for d, b in (("1.", "1)"), ("2.", "2)"), ("3.", "3)")))
    assert run_on_lists._may_count(line) == bool(_OLD_OTHER_FIGURE.search(line) or marked)


class _Counted:
    """A pattern that counts its searches."""

    def __init__(self) -> None:
        self.searched = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searched += 1
        return _OLD_OTHER_FIGURE.search(text)


def test_an_ascii_line_is_not_searched_for_other_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted()
    monkeypatch.setattr(run_on_lists, "_OTHER_FIGURE", counted)
    ascii_line = "Roe J. A made-up title of a study of widgets, 2030;12:1-5. " * 3
    assert not run_on_lists._may_count(ascii_line) and counted.searched == 0
    assert run_on_lists._may_count("\u0661. Roe J. Title. 2030;12:1-5.") and counted.searched == 1
