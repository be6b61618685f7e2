"""The judge of doubt's evidence from what was printed beside a field (``parse/doubt_cues.py``):
a journal that reads like none, a title ending in a journal's first words, a volume where
the list's style prints none, an article printed with a book's cues."""

from __future__ import annotations

from blinarefs.model import build_reference
from blinarefs.parse.doubt_case import Case, list_context, volume_place
from blinarefs.parse.doubt_cues import (
    article_with_book_cues,
    container_before_title,
    container_unlike_a_journal,
    holds_a_verb,
    known_journal_word,
    title_ends_in_a_journal_opening,
    volume_out_of_place,
)
from blinarefs.parse.read import Reading


def _ref(printed: str = "", kind: str = "article-journal", **fields: object):
    return build_reference("", {"type": kind, "source_text": printed, **fields})


def _case(field: str, ref, refs=()) -> Case:
    listed = [Reading(r, 1.0, (), "grammar") for r in (ref, *refs)]
    return Case(field, ref, "agreed", (), {}, {}, 0.0, list_context(listed))


def test_a_journal_the_parser_knows_nothing_like() -> None:
    assert known_journal_word("Made Med J") and known_journal_word("Reviews of Made Things")
    assert not known_journal_word("trips and slips in a made-up town")
    rest = _ref(container_title="trips and slips in a made-up town")
    assert container_unlike_a_journal(_case("container_title", rest)) == 1.0
    assert container_unlike_a_journal(_case("title", rest)) == 1.0
    # a journal named in capitals with no word of the parser's knowledge reads as a name
    assert (
        container_unlike_a_journal(_case("container_title", _ref(container_title="Made Town"))) == 0
    )
    assert container_unlike_a_journal(_case("container_title", _ref(container_title="Made J"))) == 0
    assert container_unlike_a_journal(_case("container_title", _ref())) == 0.0


def test_a_verb_is_a_sentence_not_a_journal() -> None:
    assert holds_a_verb("falls are rare in a made-up town")
    assert holds_a_verb("a town showing its falls")
    assert not holds_a_verb("Made-up Applied Nursing")  # capitalised: a name
    assert not holds_a_verb("journal of applied nursing")  # the participles journals hold
    verb = _ref(container_title="Falls Were Counted")  # capitalised, no title's word: a verb
    assert container_unlike_a_journal(_case("container_title", verb)) == 0.0
    verb = _ref(container_title="Falls were Counted")
    assert container_unlike_a_journal(_case("container_title", verb)) == 1.0


def test_a_title_ending_in_a_journals_first_words() -> None:
    cut = _ref(title="Made-up fungi in a town. FEMS Microbiol.", container_title="Lett")
    assert title_ends_in_a_journal_opening(_case("title", cut)) == 1.0
    assert title_ends_in_a_journal_opening(_case("container_title", cut)) == 1.0
    whole = _ref(title="Made-up fungi in a town. The second part", container_title="Lett")
    assert title_ends_in_a_journal_opening(_case("title", whole)) == 0.0
    # a title with no full stop before the words is no cut
    assert title_ends_in_a_journal_opening(_case("title", _ref(title="Falls in the UK"))) == 0


def test_a_journal_printed_before_the_title() -> None:
    printed = "Roe J 2030 Falls of a made-up town. Made J. 12, 1-9."
    cut = _ref(printed, title="a made-up town", container_title="Falls of")
    assert container_before_title(_case("container_title", cut)) == 1.0
    assert container_before_title(_case("title", cut)) == 1.0
    whole = _ref(printed, title="Falls of a made-up town", container_title="Made J.")
    assert container_before_title(_case("title", whole)) == 0.0
    assert container_before_title(_case("title", _ref(printed, title="Falls"))) == 0.0


def _vancouver(n: int) -> list:
    printed = "Roe J. Title. Made Med J. 2030;{}(2):1-9."
    return [_ref(printed.format(k + 10), container_title="Made Med J", volume=str(k + 10))
            for k in range(n)]  # fmt: skip


def test_where_a_volume_is_printed() -> None:
    assert volume_place(_vancouver(1)[0]) == "d;"
    nature = _ref("Roe J. Title. Made Med. J. 12, 4 (2030).", container_title="Made Med. J.",
                  volume="12")  # fmt: skip
    assert volume_place(nature) == ""
    ieee = _ref("J. Roe, Title, Made Med. J., vol. 12, 2030.", container_title="Made Med. J.",
                volume="12")  # fmt: skip
    assert volume_place(ieee) == ",a"
    assert volume_place(_ref("Roe J. Title. Made J. 2030;12:4.", volume="12")) == "?"
    early = _ref(
        "Roe J. 12 falls. Made Med J. 2030;3:4.", container_title="Made Med J", volume="12"
    )
    assert volume_place(early) == "before"


def test_a_volume_printed_where_the_list_prints_none() -> None:
    # the issue read as the volume: "2030;12(3):4" with "3" taken
    odd = _ref("Roe J. Title. Made Med J. 2030;12(3):4.", container_title="Made Med J", volume="3")
    assert volume_out_of_place(_case("volume", odd, _vancouver(5))) == 1.0
    usual = _vancouver(6)[-1]
    assert volume_out_of_place(_case("volume", usual, _vancouver(5))) == 0.0
    assert volume_out_of_place(_case("volume", odd, _vancouver(2))) == 0.0  # too few to tell


def test_a_kind_of_work_whose_printed_cues_disagree() -> None:
    book = _ref("Roe J. Title. Springfield: Made Press; 2030.", kind="book")
    article = _ref("Roe J. Title. In: Doe A (ed.) Made Book. Made Press; 2030. p. 4-9.")
    assert article_with_book_cues(_case("type", article)) == 1.0
    assert article_with_book_cues(_case("type", _vancouver(1)[0])) == 0.0
    assert article_with_book_cues(_case("type", _ref(book.source_text, kind="book"))) == 0.0
