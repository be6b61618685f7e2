"""PubMed's batch citation matcher (ECitMatch): the citation strings blinarefs sends, how
it reads the answers, and how enrichment uses a proposed PMID.

The answer lines below have the shapes NCBI documents and returns: the citation echoed
with the PMID after its last ``|`` (NCBI's own example: PNAS 1991;88:3248, Mann BJ, PMID
2014248), ``NOT_FOUND``, ``NOT_FOUND;INVALID_JOURNAL``, ``AMBIGUOUS (n citations)`` and
``AMBIGUOUS 1,2``; a miss may echo the citation with its author left out.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import responses
from hypothesis import given
from hypothesis import strategies as st

from blinarefs.enrich import ncbi
from blinarefs.enrich.http import HttpClient, ServicePolicy
from blinarefs.errors import ServiceError
from blinarefs.model import Name, Reference
from blinarefs.store import Store

from .fakes import EUTILS
from .test_enrich import run

CITMATCH = f"{EUTILS}/ecitmatch.cgi"
LITZOW = "litzow2024blinatumomab"
HOGAN_PMID = "37257143"  # tests/fixtures/pubmed: another work than Litzow's
LITZOW_PMID = "39047240"


def article(**fields) -> Reference:
    values = {
        "id": "x",
        "author": (Name(family="Mann", given="B. J."),),
        "container_title": "Proceedings of the National Academy of Sciences of the USA",
        "container_title_short": "Proc Natl Acad Sci U S A",
        "issued": (1991,),
        "volume": "88",
        "page": "3248-52",
    }
    return Reference(**{**values, **fields})


@pytest.fixture
def client(tmp_path):
    http = HttpClient(
        mailto="tests@example.org",
        cache_dir=tmp_path / "cache",
        policies={ncbi.EUTILS: ServicePolicy(1000.0, 2)},
        sleep=lambda s: None,
    )
    yield http
    http.close()


def bdata(call) -> list[str]:
    return parse_qs(urlsplit(call.request.url).query)["bdata"][0].split("\r")


# -- the citation string ------------------------------------------------------------------------


def test_citation_string_has_ncbis_documented_form():
    assert ncbi.citation_string(article()) == "proc natl acad sci u s a|1991|88|3248|mann bj|"


def test_citation_string_folds_names_and_keeps_particles():
    ref = article(author=(Name(family="Sluis", non_dropping_particle="van der", given="Inge"),))
    assert ncbi.citation_string(ref).endswith("|van der sluis i|")
    ref = article(author=(Name(family="Gökbuget", given="Nicola"),))
    assert ncbi.citation_string(ref).endswith("|gokbuget n|")
    group = article(author=(Name(literal="GIMEMA Group"),))
    assert ncbi.citation_string(group).endswith("|3248||")  # no person to name


@pytest.mark.parametrize("missing", ["volume", "page", "issued", "container_title"])
def test_citation_string_needs_journal_year_volume_and_first_page(missing):
    empty = {"issued": None} if missing == "issued" else {missing: ""}
    if missing == "container_title":
        empty["container_title_short"] = ""
    assert ncbi.citation_string(article(**empty)) == ""


@given(
    journal=st.text(min_size=1),
    volume=st.text(min_size=1),
    page=st.text(min_size=1),
    family=st.text(),
    given_name=st.text(),
)
def test_citation_string_never_holds_a_stray_separator(journal, volume, page, family, given_name):
    ref = article(
        container_title_short=journal,
        volume=volume,
        page=page,
        author=(Name(family=family, given=given_name),),
    )
    citation = ncbi.citation_string(ref)
    assert citation == "" or (citation.count("|") == 5 and citation.endswith("|"))
    assert "\r" not in citation and "\n" not in citation


# -- reading the answers ------------------------------------------------------------------------


def test_every_documented_answer_shape_is_read():
    text = (
        "proc natl acad sci u s a|1991|88|3248|mann bj|1|2014248\n"
        "blood|2025|145|1|nobody x|2|NOT_FOUND\n"
        "bloood|2025|145|1|nobody x|3|NOT_FOUND;INVALID_JOURNAL\n"
        "blood|2025|145||4|AMBIGUOUS (783 citations)\n"
        "blood|2025|145|1|smith a|5|AMBIGUOUS 26315901,25768914\n"
        "blood|2025|145|2|6|NOT_FOUND\n"  # a miss echoed without its author
    )
    assert ncbi._read_citmatch(text, ["1", "2", "3", "4", "5", "6"]) == {
        "1": ["2014248"],
        "2": [],
        "3": [],
        "4": [],
        "5": ["26315901", "25768914"],
        "6": [],
    }


def test_an_answer_about_no_citation_asked_is_an_error():
    with pytest.raises(ServiceError, match="no line for any citation asked"):
        ncbi._read_citmatch("<html>Proxy error</html>", ["1"])


# -- asking -------------------------------------------------------------------------------------


def _echo(request):
    """Answers every citation with NOT_FOUND, except Mann's with NCBI's example PMID."""
    lines = parse_qs(urlsplit(request.url).query)["bdata"][0].split("\r")
    mann = ncbi.citation_string(article())
    out = [ln + ("2014248" if ln.startswith(mann) else "NOT_FOUND") for ln in lines]
    return 200, {"Content-Type": "text/plain"}, "\n".join(out) + "\n"


def test_many_citations_go_in_few_requests_and_each_answer_is_cached(client):
    refs = [article(volume=str(v)) for v in range(100, 220)] + [article()]
    citations = [ncbi.citation_string(r) for r in refs]
    with responses.RequestsMock() as rsps:
        rsps.add_callback("GET", CITMATCH, callback=_echo)
        found = ncbi.citmatch(client, citations)
        sent = [line for call in rsps.calls for line in bdata(call)]
        longest = max(len(urlsplit(c.request.url).query) for c in rsps.calls)
        requests_made = len(rsps.calls)
    assert found[ncbi.citation_string(article())] == ["2014248"]
    assert sum(1 for pmids in found.values() if pmids) == 1 and len(found) == len(refs)
    assert 1 < requests_made <= 4  # 121 citations, not 121 requests
    assert longest < ncbi.URL_BUDGET + 300  # the budget, plus the fixed parameters
    assert sorted(line.rsplit("|", 2)[0] + "|" for line in sent) == sorted(citations)
    # a later run, with the citations in other groups, asks nothing
    with responses.RequestsMock() as rsps:
        assert ncbi.citmatch(client, reversed(citations)) == found
        assert len(rsps.calls) == 0


def test_a_citation_the_answer_leaves_out_is_asked_again_not_cached_as_missing(client):
    mann, other = ncbi.citation_string(article()), ncbi.citation_string(article(volume="9"))

    def only_mann(request):
        lines = parse_qs(urlsplit(request.url).query)["bdata"][0].split("\r")
        return 200, {}, "".join(ln + "2014248\n" for ln in lines if ln.startswith(mann))

    with responses.RequestsMock() as rsps:
        rsps.add_callback("GET", CITMATCH, callback=only_mann)
        assert ncbi.citmatch(client, [mann, other]) == {mann: ["2014248"], other: []}
    with responses.RequestsMock() as rsps:
        rsps.add_callback("GET", CITMATCH, callback=_echo)
        ncbi.citmatch(client, [mann, other])
        assert [bdata(c) for c in rsps.calls] == [[other + "1|"]]


# -- in an enrichment run -----------------------------------------------------------------------


def test_the_seed_asks_the_matcher_once_and_crossref_searches_only_what_it_left(
    fake, options, seed_bib
):
    _, report = run(seed_bib, options())
    matcher = [c for c in fake.rsps.calls if "ecitmatch.cgi" in c.request.url]
    assert len(matcher) == 1 and len(bdata(matcher[0])) == 10  # every printed reference
    searched = " ".join(c.request.url for c in fake.rsps.calls if "query.author" in c.request.url)
    entries = {e.key: e for e in report.entries}
    for key in (LITZOW, "hogan2023childrens", "zugmaier2015longterm"):  # PubMed found them
        assert "pubmed" in entries[key].sources, key
        assert f"query.author={key[:5].capitalize()}" not in searched, key
    assert "query.author=Bassan" in searched  # not in the fixtures' PubMed
    assert Store.load(seed_bib)[LITZOW].pmid == LITZOW_PMID
    # a rerun asks nothing at all
    _, again = run(seed_bib.with_name("refs.bib"), options())
    assert again.requests == 0


def _answer(fake, seed_bib, result: str) -> None:
    """The matcher's answer for Litzow's citation (asked alone) is ``result``."""
    citation = ncbi.citation_string(Store.load(seed_bib)[LITZOW])
    body = f"{citation}1|{result}\n"
    fake.fault("ecitmatch", (200, {"Content-Type": "text/plain"}, body))


def test_a_proposed_pmid_of_another_work_is_dropped_and_the_search_finds_the_right_one(
    fake, options, seed_bib
):
    _answer(fake, seed_bib, HOGAN_PMID)
    _, report = run(seed_bib, options(only=(LITZOW,)))
    entry = report.entries[0]
    assert entry.status == "updated"
    assert not [f for f in entry.findings if "mismatch" in f.code]  # not the user's PMID
    assert any("query.author=Litzow" in c.request.url for c in fake.rsps.calls)
    assert Store.load(seed_bib)[LITZOW].pmid == LITZOW_PMID


def test_a_listed_ambiguity_is_settled_by_the_records_themselves(fake, options, seed_bib):
    _answer(fake, seed_bib, f"AMBIGUOUS {HOGAN_PMID},{LITZOW_PMID}")
    _, report = run(seed_bib, options(only=(LITZOW,)))
    assert report.entries[0].status == "updated" and "pubmed" in report.entries[0].sources
    assert not any("query.author" in c.request.url for c in fake.rsps.calls)  # no search
    assert Store.load(seed_bib)[LITZOW].pmid == LITZOW_PMID
