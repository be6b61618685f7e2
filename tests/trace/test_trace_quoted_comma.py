"""A flattened superscript after a quotation closed on its clause's comma.

American style sets the comma inside the quotation marks, and the raised citation after the
closing mark ("the “Roe Plan,”12 which"): flattened, the digits follow the quote and the
comma before it. Passages are written for these tests; the references behind them are
placeholders with a number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import cited_after_grasslands as cited


def test_a_citation_after_a_quotation_closed_on_its_comma():
    text = (
        "The council adopted the “Springfield Garden Plan,”10 which set the plots apart. "
        "Its rules, called the ‘Examplia Code,’11,12 were printed. Keepers spoke of "
        "plot “wounding,”13 and of drought. The ‘Roe Regimen,'14 the town's own, followed."
    )
    assert cited(text) == [(10,), (11, 12), (13,), (14,)]


def test_digits_after_a_quoted_number_or_a_prime_stay_text():
    # a number's comma before the quote, a primed locant and a quoted value are no citation
    text = (
        "The plots were marked “5,”6 in the survey. The 2′,3′ locants of the ring were "
        "assigned. The keepers wrote “12,” “13,” and “14” on the gates. The gates rusted.10"
    )
    assert cited(text) == [(10,)]
