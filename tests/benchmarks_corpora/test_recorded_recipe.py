"""The recorded-answers recipe's reading of cassettes: both VCR dialects, every body
encoding, and which answers hold service records. The cassettes here are made up (DOIs
under Crossref's example prefix 10.5555, PMIDs of the made-up test record 99000001)."""

from __future__ import annotations

import base64
import gzip
import json

from recorded.obtain import cassette_answers, records

WORK = {"DOI": "10.5555/blinarefs-test-1", "title": ["A made-up test work"]}


def _envelope(kind: str, message: object) -> str:
    return json.dumps({"status": "ok", "message-type": kind, "message": message})


def test_vcrpy_gzip_bodies_and_work_lists_give_each_work():
    body = gzip.compress(_envelope("work-list", {"items": [WORK, {"title": ["no DOI"]}]}).encode())
    cassette = {
        "interactions": [
            {
                "request": {"uri": "https://api.crossref.org/works?query=x", "headers": {}},
                "response": {"status": {"code": 200}, "body": {"string": body}},
            },
            {
                "request": {"uri": "https://api.crossref.org/works/10.5555/x/agency"},
                "response": {"status": {"code": 200}, "body": {"string": _envelope("work", WORK)}},
            },
        ]
    }
    answers = cassette_answers(cassette)
    assert [r[:2] for a in answers for r in records(a)] == [
        ("crossref", "10.5555/blinarefs-test-1")
    ]


def test_ruby_and_r_vcr_status_codes_base64_bodies_and_efetch_articles():
    efetch = (
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version='1'>99000001</PMID>"
        "</MedlineCitation></PubmedArticle></PubmedArticleSet>"
    )
    cassette = {
        "http_interactions": [
            {
                "request": {"uri": "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi"},
                "response": {
                    "status": {"status_code": "200"},
                    "body": {"base64_string": base64.b64encode(efetch.encode()).decode()},
                },
            },
            {
                "request": {"uri": "https://api.crossref.org/works/10.5555/gone"},
                "response": {"status": {"status_code": "404"}, "body": {"string": "Not found"}},
            },
        ]
    }
    found = [r[:2] for a in cassette_answers(cassette) for r in records(a)]
    assert found == [("pubmed", "99000001")]


def test_csl_json_from_content_negotiation_is_kept_by_its_doi():
    cassette = {
        "interactions": [
            {
                "request": {
                    "uri": "https://doi.org/10.5555/blinarefs-test-1",
                    "headers": {"Accept": ["application/vnd.citationstyles.csl+json"]},
                },
                "response": {"status": {"code": 200}, "body": {"string": json.dumps(WORK)}},
            }
        ]
    }
    (answer,) = cassette_answers(cassette)
    assert [r[:2] for r in records(answer)] == [("csl", "10.5555/blinarefs-test-1")]
