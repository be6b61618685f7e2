"""Word lists that the manuscript reader and the evidence reader must agree on.

A sentence split or a figure read differently in the claim and in the cited work would make
the evidence check compare unlike things, so both take these lists from here.
"""

from __future__ import annotations

# "two cycles" states a figure as surely as "2 cycles"; beyond twelve authors write digits
NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
)  # fmt: skip

# Abbreviations whose full stop does not end a sentence ("et al.", "vs.", "Fig. 2")
ABBREVIATIONS = frozenset(
    {
        "al", "vs", "fig", "figs", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "approx",
        "cf", "ca", "vol", "ref", "refs", "eq", "eqs", "st", "jr", "sr", "inc", "ltd", "co",
        "dept", "univ", "pp", "resp", "incl",
    }
)  # fmt: skip
