"""A name glued to its flattened citation recurs glued alike: where it first cited in
turn, every later mention cites too ("QMAPR13"), while a strain named with digits that
came out of turn ("TRX14") stays a name.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.decode import decode_citations, decode_markers

TEXT = (
    " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))
    + " Reads were aligned with QMAPR13. Peaks were called as before.14 Counts were scaled "
    "as before.15 Reads were aligned again with QMAPR13 and counted. The strain TRX14 and "
    "the strain TRX14 grew."
)


def test_a_name_that_cited_in_turn_cites_again_glued_alike():
    cited = [(c.start, c.numbers) for c in decode_citations(TEXT, refs(20))][12:]
    again = TEXT.index("QMAPR13 and") + len("QMAPR")
    assert cited[-1] == (again, (13,))
    assert [n for _, n in cited] == [(13,), (14,), (15,), (13,)]  # no TRX14


def test_the_repeat_says_why():
    decisions = decode_markers(TEXT, refs(20)).decisions
    repeat = [d for d in decisions if d.accepted and "glued alike" in " ".join(d.candidate.why)]
    assert len(repeat) == 1


def test_a_name_that_ends_in_digits_cites_again_glued_alike():
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))
        + " Counts were fitted with DEQx213. Peaks were called as before.14 Counts were "
        "scaled as before.15 Counts were fitted again with DEQx213, then summed."
    )
    cited = [c.numbers for c in decode_citations(text, refs(20))][12:]
    assert cited == [(13,), (14,), (15,), (13,)]


def test_a_name_in_a_text_that_cites_in_parentheses_stays_a_name():
    # "(1)" to "(12)": "QAHV13." comes where 13 would be next, by chance; its other mention
    # is the strain's name, not a citation glued alike
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey ({k})." for k in range(1, 13))
        + " Cells were infected with the strain QAHV13. Neither the QAHV nor the strain "
        "QAHV13 has the motif."
    )
    again = text.rindex("QAHV13") + len("QAHV")
    assert all(c.start != again for c in decode_citations(text, refs(20)))


SERIES = (
    "Calls were made with tools including RKmap21, QuSE2, VarTk3 and SomQ4. "
    + " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(5, 13))
    + " The tools compared were RKmap21, QuSE2 and SomQ4, run with defaults. Later RKmap2 and "
    "VarTk were run again."
)


def test_names_cited_in_turn_cite_again_where_the_same_run_recurs():
    # "RKmap21" first came as the name RKmap2 and citation 1, one of a series in turn: the
    # same run again is the same name and citation, not citation 21 (one digit though it is)
    again = SERIES.index("RKmap21, QuSE2 and")
    cited = [(c.start - again, c.numbers) for c in decode_citations(SERIES, refs(30))][12:]
    assert cited[:1] == [(len("RKmap2"), (1,))]
    assert all(n != (21,) for _, n in cited)


def test_a_name_that_stands_alone_glued_each_time_to_a_number_cited_elsewhere_cites():
    # "QMAPR14" each time, where "QMAPR" stands alone more than twice as often and a group
    # cites 13-15: the tool and its citation; "XKR51" beside a single "XKR" stays a name
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))
        + " Three aligners were compared13–15. Reads were aligned with QMAPR14 first. "
        "QMAPR is fast, QMAPR is exact, QMAPR is open, QMAPR is old and QMAPR is small. "
        "The aligner QMAPR14 was run again. The gene XKR51 and XKR51 bind XKR here16."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(60))][12:]
    assert cited == [("13–15", (13, 14, 15)), ("14", (14,)), ("14", (14,)), ("16", (16,))]
    decisions = decode_markers(text, refs(60)).decisions
    assert any("stands alone" in " ".join(d.candidate.why) for d in decisions if d.accepted)


def test_a_mixed_case_name_alone_cites_alike_but_not_a_unit_after_its_value():
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))
        + " Three aligners were compared13–15. Reads were aligned with qMapR14 and sorted. "
        "qMapR is fast, qMapR is exact, qMapR is open, qMapR is old and qMapR is small. "
        "The aligner qMapR14 was run again. A load of 0.3 qPa14 and 0.5 qPa14 held, and "
        "qPa is a unit, qPa is small, qPa is new, and qPa is odd here16."
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(60))][12:]
    assert cited == [("13–15", (13, 14, 15)), ("14", (14,)), ("14", (14,)), ("16", (16,))]


def test_a_name_cited_after_its_comma_cites_again_glued_to_the_same_number():
    # "zetaQ-vdW,14" in a list of methods each cited after its comma, then "zetaQ-vdW14"
    # alone: the same method and its citation, glued where no comma follows the name
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 13))
        + " We compared three functionals (PBT-QR,13 zetaQ-vdW,14 GLM-DX,15) on every "
        "surface.16 The binding differs by 85 meV. The zetaQ-vdW14 results also overbind, "
        "and zetaQ-vdW overbinds most on zetaQ-vdW surfaces with zetaQ-vdW settings.17"
    )
    cited = [(c.marker, c.numbers) for c in decode_citations(text, refs(40))][12:]
    assert cited == [("13", (13,)), ("14", (14,)), ("15", (15,)), ("16", (16,)),
                     ("14", (14,)), ("17", (17,))]  # fmt: skip
    decisions = decode_markers(text, refs(40)).decisions
    assert any("comma" in " ".join(d.candidate.why) for d in decisions if d.accepted)


def test_an_abbreviation_spelt_out_in_its_parenthesis_cites_again_glued_alike():
    # a programme's abbreviation with its words spelt out after a dash, its citation after
    # the parenthesis; then the abbreviation glued to that number each time it comes back
    text = (
        "Rural sanitation lags behind in many regions1. Most towns lack sewers2,3. The "
        "first survey of rural homes was made in Springfield4. In 2030 the state launched "
        "the Programa de Saneamento da Gleba (PSG – Springfield rural sanitation "
        "programme)5, one of several plans6. Its goals were set for twenty years7.\n\n"
        "We took the indicators of the PSG5 and the data of the town. Rainwater was kept as "
        "in the PSG5 diagnostic, and the PSG was read in full. Few homes had a sewer8."
    )
    cited = [(c.start, c.numbers) for c in decode_citations(text, refs(10))]
    for before in ("of the PSG", "in the PSG"):
        at = text.index(before) + len(before)
        assert (at, (5,)) in cited, (before, cited)
    # guard: a phrase in the parenthesis names nothing ("(see PSG – the plan)" holds no
    # abbreviation first)
    phrase = text.replace("(PSG – Springfield", "(see PSG – Springfield")
    at = phrase.index("of the PSG") + len("of the PSG")
    assert (at, (5,)) not in [(c.start, c.numbers) for c in decode_citations(phrase, refs(10))]


FIRST_MET = (
    " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 12))
    + " The workflow was as follows: (1) KELPAR12 was selected for the assembly, with its "
    "module KELPAR-Split12 for phasing; (2) contigs were joined.13 Counts were scaled as "
    "before.14 Because of repeats, KELPAR12 was run again with a longer overlap."
)


def test_a_long_name_first_met_in_turn_cites_there_and_glued_alike_again():
    # "KELPAR12" first comes where 12 is the next number, but its module's "-Split12" took
    # the citation: the program's name glued twice to 12 cites at each mention
    first = FIRST_MET.index("KELPAR12") + len("KELPAR")
    again = FIRST_MET.rindex("KELPAR12") + len("KELPAR")
    starts = {c.start: c.numbers for c in decode_citations(FIRST_MET, refs(20))}
    assert starts.get(first) == (12,)
    assert starts.get(again) == (12,)


def test_a_short_symbol_first_met_in_turn_stays_a_name():
    # "Zrt12" comes where 12 would be next, and again twice: a gene's symbol, no citation
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 12))
        + " Knockdown of Zrt12 slowed growth. Peaks were called as before.13 Counts were "
        "scaled as before.14 The Zrt12 and Zrt12 mutants grew."
    )
    cited = [c.numbers for c in decode_citations(text, refs(20))][11:]
    assert cited == [(13,), (14,)]
