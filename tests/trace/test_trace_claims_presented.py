"""What an article presents as its own, told without "we" (stop 57, issue 14): the object by
the name it gave it ("hereinafter called ..."), by the noun it announced it with ("this
toolkit" after "we have established a ... toolkit"), the passive announcement ("an algorithm
called ... is presented") and the paragraphs after it, the introduction's uncited last
paragraphs after "Here we demonstrate", and pointers at the article's own Methods and equations.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import claims_by_opening, flagged

_METHODS = "Methods\n\nWe wrapped forty invented pipes.\n\n"


def test_the_name_the_article_gives_its_object_makes_a_sentence_its_own():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak in Springfield [1]. Invented wool is sold in Springfield [2].\n\n"
        "Herein a new felt of invented wool (hereinafter called Roe-9 felt) is presented as a "
        "wrap for made-up pipes. Roe-9 felt showed no cracks after frost.\n\n"
        + _METHODS
        + "Discussion\n\n"
        "Made-up felts crack in frost [3]. Therefore, the Roe-9 felt showed fewer cracks than "
        "invented felts. Doe felt shows many cracks after frost.\n"
    )
    assert flagged(text) == ["Doe felt shows many cracks aft"]


def test_the_noun_the_object_was_announced_by_points_at_it_after_the_announcement():
    text = (
        "Introduction\n\n"
        "The Doe toolkit was widely used on invented pipes [1]. This toolkit reduced losses "
        "by 20% in made-up towns.\n\n"
        "In this study, we characterized made-up pipes of Springfield.\n\n"
        + _METHODS
        + "Discussion\n\n"
        "In this study, we have established a made-up wrapping toolkit for invented pipes. "
        "Like invented felt, made-up wool is cheap in Springfield [2]. By using this "
        "toolkit, frost damage can be readily achieved in invented pipes.\n"
    )
    # "This toolkit" after the cited one is the cited toolkit, before any announcement: it
    # inherits the citation (stop 61: the noun the cited sentence printed), not own
    assert flagged(text) == []
    assert claims_by_opening(text)["This toolkit reduced losses by"].link == "inherited"


def test_a_cited_mention_between_keeps_this_noun_the_cited_ones():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1].\n\n"
        "Here we present a made-up wrapping method for invented pipes.\n\n"
        + _METHODS
        + "Discussion\n\n"
        "The Doe method wraps pipes in invented felt [2]. This method showed no cracks in "
        "Springfield.\n"
    )
    assert flagged(text) == ["This method showed no cracks i"]


def test_a_passive_announcement_names_the_object_and_goes_on_with_the_study():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1].\n\n"
        "Based on these observations, a fast algorithm called ExampliaSort is presented to "
        "sort invented pipes. ExampliaSort reduced sorting time by 40%. "
        "The sorted pipes were further confirmed on made-up towns.\n\n"
        + _METHODS
        + "Discussion\n\n"
        "Made-up sorters are slow [2]. ExampliaSort showed no errors. Made-up sorters "
        "show many errors in Springfield.\n"
    )
    assert flagged(text) == ["Made-up sorters show many erro"]


def test_a_method_others_proposed_in_the_past_names_nothing_of_the_articles():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1].\n\n"
        "Recently, a fast method called DoeSort was proposed to sort invented pipes. "
        "DoeSort reduced sorting time by 40%. Here, we wrapped invented pipes.\n\n" + _METHODS
    )
    assert flagged(text) == ["DoeSort reduced sorting time b"]


def test_an_announcement_holds_over_the_uncited_last_paragraphs_of_the_introduction():
    text = (
        "Introduction\n\n"
        "Invented pipes leak in frost [1].\n\n"
        "Here we demonstrate with a made-up model that frost cracks invented pipes at "
        "their joints. The cracks open slowly. This indicates that losses can be reduced "
        "by wrapping the joints.\n\n"
        "Our model also predicts where the cracks open.\n\n" + _METHODS + "Introduction\n\n"
        "Invented pipes leak in frost [2].\n\n"
        "Here we demonstrate with a made-up model that frost cracks invented pipes. "
        "This indicates that losses were reduced by wrapping the joints.\n\n"
        "Made-up wool is cheap in Springfield [3].\n\n" + _METHODS
    )
    # the second introduction cites again after the announcing paragraph: no tail
    assert flagged(text) == ["This indicates that losses wer"]


def test_a_pointer_at_the_articles_own_methods_or_equation_is_its_own():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1]. According to Eq. 1, invented losses increased with "
        "frost.\n\n"
        "Methods\n\n"
        "According to Eq. 1 the made-up frost has caused a decrease in invented losses.\n\n"
        "Results\n\nWe wrapped forty pipes.\n\n"
        "Discussion\n\n"
        "Made-up felts crack in frost [2]. This has resulted in some differences in the "
        "wrapping of invented pipes (“Methods”). Doe wool has resulted in cracks in "
        "Springfield.\n"
    )
    # an introduction's equation may be a textbook's: it keeps its flag
    assert flagged(text) == ["According to Eq. 1, invented l", "Doe wool has resulted in crack"]


def test_a_gap_in_what_is_reported_states_nothing_to_source():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1]. Unfortunately, there is no invented wrapping system reported "
        "to date that achieves a significantly lower loss. "
        "Despite the general use of invented wool, surprisingly few made-up methods have been "
        "proposed to wrap pipes. "
        "Although not reported to date in Springfield, frost cracks in pipes are not entirely "
        "unexpected.\n\n" + _METHODS
    )
    assert flagged(text) == []


def test_a_gap_resting_on_a_fact_of_its_own_keeps_its_flag():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1]. To date there has not been any wrapping system reported "
        "to date for invented pipes, although invented pipes are among the most studied. "
        "Although not reported to date in Springfield, frost was shown to crack pipes in "
        "Examplia. "
        "No made-up wrap has been reported since 2019.\n\n" + _METHODS
    )
    assert flagged(text) == [
        "To date there has not been any",
        "Although not reported to date ",
        "No made-up wrap has been repor",
    ]


def test_a_need_urged_states_nothing_to_source_unless_a_reason_follows():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1]. Superior invented wraps and improved pipes are critically "
        "required. "
        "Improved made-up wraps are urgently needed, since frost was shown to crack them. "
        "Superior wool is required for invented pipes.\n\n" + _METHODS
    )
    assert flagged(text) == ["Improved made-up wraps are urg", "Superior wool is required for "]


def test_significant_implications_are_an_evaluation():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1]. Uneven wrapping also has significant implications for "
        "experiments on invented pipes. Uneven wrapping has a significant effect on "
        "invented pipes.\n\n" + _METHODS
    )
    assert flagged(text) == ["Uneven wrapping has a signific"]


def test_a_threshold_the_methods_set_is_the_authors_own():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1]. A pipe is considered cracked when its score is < 1.\n\n"
        "Methods\n\n"
        "If the made-up score of a pipe is < 1, then the pipe is considered cracked. "
        "Invented wool is considered the best wrap for pipes.\n\n"
        "Results\n\nWe wrapped forty pipes.\n"
    )
    # the introduction's threshold may be a field's, the Methods' bare opinion others'
    assert flagged(text) == ["A pipe is considered cracked w", "Invented wool is considered th"]


def test_a_sentence_opening_on_the_announced_noun_tells_the_authors_object():
    text = (
        "Introduction\n\n"
        "Made-up pipes leak [1].\n\n"
        "Here we present a made-up server for invented pipes.\n\n" + _METHODS + "Discussion\n\n"
        "Invented servers are slow [2]. We built our server in Springfield. "
        "The server shows no errors on invented pipes. "
        "The Doe server is widely used [3]. The server shows many errors in Examplia.\n"
    )
    # after a cited server, "The server" is the cited one
    assert flagged(text) == ["The server shows many errors i"]
