"""The rules that mend the labeller's labels share one reference's token texts, and ask
what they look for in C before their loops (issue 13: parse speed). What they find is
what they found before: each rule keeps every token in its place, so the texts made once
are every rule's, and each early answer is one the loop it skips would have given."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import pytest

import blinarefs.parse.assemble as assemble_module
import blinarefs.parse.containers as containers
import blinarefs.parse.imprint_ends as imprint_ends
from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.labeller import Labelled, label, texts_of
from blinarefs.parse.tokens import Token
from counted import Counted

# Invented references in the forms the rules read: Vancouver, APA with a chapter and an
# edition, a web page with its date of access, a newspaper's day, ABNT's book with its
# count of pages, an author-year entry with its journal after the title's commas
REFERENCES = [
    "Roe J, Doe A. Invented widgets in Springfield. J Ex Stud. 2030;12(3):45-67.",
    "Roe, J. A., & Doe, B. (2030). A made-up chapter. In C. Poe (Ed.), Examplia (2nd ed., "
    "pp. 1-20). Example Press.",
    "Example Agency. Invented advice. Updated May 1, 2030. Accessed June 2, 2031. "
    "https://example.org/advice",
    "ROE, J. Título inventado. Jornal do Exemplo, Springfield, 3 set. 2030. Caderno B.",
    "ROE, J. Manual de exemplos. 2. ed. Springfield: Editora Exemplo, 2030. 625p.",
    "Roe F. 2031, Questions and answers, Am. Fict., 2, 30-1.",
    "Roe J. Invented widgets. In: Doe A, editor. Book of tests. Springfield: Press; 2030. p. 1-9.",
]


def _labelled(text: str) -> list[Labelled]:
    return label(text)[0]


def test_texts_of_gives_the_texts_of_the_list_it_is_asked_about() -> None:
    first, second = _labelled(REFERENCES[0]), _labelled(REFERENCES[1])
    assert texts_of(first) == tuple(x.token.text for x in first)
    assert texts_of(second) == tuple(x.token.text for x in second)  # another reference
    assert texts_of(first[2:7]) == tuple(x.token.text for x in first[2:7])  # a part
    relabelled = [x._replace(label="other") for x in first]  # the same tokens, relabelled
    assert texts_of(relabelled) == tuple(x.token.text for x in first)
    assert texts_of([]) == ()


def test_a_list_of_other_tokens_as_long_is_never_given_the_last_texts() -> None:
    a = [Labelled(Token(w, 0, 1, True), "other", 1.0) for w in ("Roe", "J", ".")]
    b = [Labelled(Token(w, 0, 1, True), "other", 1.0) for w in ("Doe", "A", ".")]
    assert texts_of(a) == ("Roe", "J", ".")
    assert texts_of(b) == ("Doe", "A", ".")


def _passes() -> list[tuple[str, Callable[..., object]]]:
    """The rules assemble runs on the labelled tokens (their first argument)."""
    out = []
    for name, f in vars(assemble_module).items():
        if inspect.isfunction(f) and f.__module__ != assemble_module.__name__:
            params = list(inspect.signature(f).parameters)
            if params[:1] == ["labelled"]:
                out.append((name, f))
    return out


@pytest.mark.parametrize("text", REFERENCES)
def test_every_rule_keeps_every_token_in_its_place(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # what texts_of relies on: a rule relabels tokens, never adds, drops nor moves one
    moved: list[str] = []

    def checked(name: str, f: Callable[..., object]) -> Callable[..., object]:
        def run(labelled: list[Labelled], *args: object, **kwargs: object) -> object:
            out = f(labelled, *args, **kwargs)
            got = out[0] if isinstance(out, tuple) else out
            if isinstance(got, list) and [x.token for x in got] != [x.token for x in labelled]:
                moved.append(name)
            return out

        return run

    passes = _passes()
    assert len(passes) > 50  # (the rules are found)
    for name, f in passes:
        monkeypatch.setattr(assemble_module, name, checked(name, f))
    labelled = _labelled(text)
    assemble_module.assemble(labelled, text)
    assert moved == []


def test_the_gated_rules_read_the_invented_references_as_before() -> None:
    parsed = parse_reference_list("\n".join(f"{i}. {t}" for i, t in enumerate(REFERENCES, 1)))
    by_number = {r.number: r for r in parsed.references}
    assert by_number[2].edition == "2"  # the edition, read by editions_in_words
    assert by_number[2].container_title == "Examplia"  # the book after the editors
    assert by_number[6].title == "Questions and answers"  # short_title_before_journal
    assert by_number[6].container_title == "Am. Fict."
    assert by_number[7].container_title == "Book of tests"


def test_a_count_of_pages_is_looked_for_only_after_a_p(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = Counted(imprint_ends._CLOSING_EXTENT)
    monkeypatch.setattr(imprint_ends, "_CLOSING_EXTENT", counted)
    plain = Reference(
        "roe2030",
        title="Invented widgets",
        source_text="Roe J. Invented widgets. J Ex. 2030;12:45-67.",
    )
    assert imprint_ends.imprint_out_of_title(plain) is plain
    assert counted.searches == 0
    book = "ROE, J. Manual de exemplos. Springfield: EXEMPLO. 625p."
    imprint_ends.imprint_out_of_title(
        Reference("roe2030", title="Manual de exemplos", source_text=book)
    )
    assert counted.searches == 1


def test_the_pattern_made_for_a_volume_is_made_only_where_it_can_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[str] = []
    search = containers.re.search

    def counted(pattern: str, *args: object) -> object:
        made.append(pattern)
        return search(pattern, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(containers.re, "search", counted)
    vancouver = Reference(
        "roe2030", container_title="J Ex", volume="12", source_text="Roe J. J Ex. 2030;12:45-67."
    )
    assert containers.short_title_before_journal(vancouver) is vancouver
    assert made == []
    author_year = Reference(
        "roe2031",
        container_title="Am. Fict.",
        volume="2",
        source_text="Roe F. 2031, Questions and answers, Am. Fict., 2, 30-1.",
    )
    assert containers.short_title_before_journal(author_year).title == "Questions and answers"
    assert len(made) == 1
