"""Which of the truth's fields the JATS reader is held to (``benchmarks/eval_jats_reader.py``):
the reader gives back what the markup tags, so a field a truth rule set aside or mended is
not its to match. The notes are the truth rules' own (``corpora/jats_truth.py``)."""

from __future__ import annotations

import pytest
from corpora.jats_name_print import ETAL_IN_TITLE
from corpora.jats_truth import JOURNAL_IN_TITLE, SOURCE_IS_TITLE, UNMARKED_TITLE
from corpora.jats_units import BODY_AS_TITLE, GROUP_IN_TITLE, UNIT_IN_TITLE
from eval_jats_reader import _set_aside


@pytest.mark.parametrize(
    "note",
    [
        UNMARKED_TITLE,
        JOURNAL_IN_TITLE,
        SOURCE_IS_TITLE,
        ETAL_IN_TITLE,
        UNIT_IN_TITLE,
        GROUP_IN_TITLE,
        BODY_AS_TITLE,
    ],
)
def test_a_title_the_truth_set_aside_or_mended_is_not_the_readers(note: str) -> None:
    assert _set_aside((note,), "title")


def test_a_note_about_another_field_leaves_the_title_to_the_reader() -> None:
    assert not _set_aside(("year set aside: the year tag holds no year",), "title")
    assert not _set_aside((), "title")
