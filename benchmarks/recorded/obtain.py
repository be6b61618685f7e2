"""Real recorded answers of Crossref, doi.org and PubMed, from other clients' test suites.

    python benchmarks/recorded/obtain.py [--target DIR] [--cache DIR] [--git-base TEMPLATE]

The answers are third-party data (the services' records, recorded by the projects named in
``SOURCES``), so the repository holds only this recipe: each source is a public repository
at a pinned commit, with its licence and the folders whose recordings are read. The script
reads every VCR cassette there (vcrpy's ``interactions`` and Ruby VCR's
``http_interactions``; bodies plain, base64 or gzip) and every saved efetch file, keeps
each answer of

- ``api.crossref.org/works/{doi}`` (``message-type: work``) and each item of a work list
  (``/works?query=...``, ``?sample=``, ``?filter=``: the same record, in a list);
- CSL-JSON from doi.org content negotiation or Crossref's ``/transform`` to
  ``application/vnd.citationstyles.csl+json``;
- each ``PubmedArticle`` of an ``efetch.fcgi`` answer in PubMed XML,

and writes it, unchanged, to ``<target>/recorded/<source>/{crossref,csl,pubmed}/``, with
``<target>/recorded/manifest.json`` naming the repository, commit, file and interaction of
every record, and its licence. A record found in several sources is kept once, in the first
source listed. ``<target>`` is ``$BLINAREFS_CORPORA`` (see ``corpora/obtain.py``).
``bench_recorded.py`` replays them.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpora.obtain import GITHUB, corpus_dir, list_files, read_file, repository


@dataclass(frozen=True)
class Source:
    name: str  # the folder and the row of the benchmark's tables
    repo: str
    commit: str
    licence: str
    folders: tuple[str, ...]  # where its recordings are
    what: str
    split: str = "dev"  # "heldout": read once the fixes were made, never used to make them


SOURCES = (
    Source(
        "habanero",
        "sckott/habanero",
        "461adbcf3970a1448daf2896165c9e43fd269b8f",
        "MIT",
        ("test/cassettes/",),
        "Python Crossref client: vcrpy cassettes",
    ),
    Source(
        "rcrossref",
        "ropensci/rcrossref",
        "bf3fcfe0d7deede6c93847081f84e8ab45ba079e",
        "MIT",
        ("tests/fixtures/",),
        "R Crossref client: vcr cassettes",
    ),
    Source(
        "hawc",
        "shapiromatron/hawc",
        "aa4a3067ea680cd3534f674c419b099d5bf1bbda",
        "MIT",
        ("tests/data/cassettes/",),
        "HAWC literature import: vcrpy cassettes of PubMed",
    ),
    Source(
        "sul_pub",
        "sul-dlss/sul_pub",
        "80f6d2503bc70c55b98cd49f4a4939689eac3481",
        "Apache-2.0",
        ("fixtures/vcr_cassettes/",),
        "Stanford publications service: Ruby VCR cassettes of PubMed",
    ),
    Source(
        "biopython",
        "biopython/biopython",
        "8b4d499f0e42567439e18a44986f342cc46e4faa",
        "Biopython License Agreement",
        ("Tests/Entrez/pubmed",),
        "Bio.Entrez parser tests: saved efetch answers",
    ),
    Source(
        "abbotsbury",
        "yongrenjie/abbotsbury",
        "c1d38921d72d09793d21631ad58c0dc1d4d2f64c",
        "MIT",
        ("tests/test-data/",),
        "Haskell citation tool: saved /works/{doi} answers",
        "heldout",
    ),
    Source(
        "metapub",
        "metapub/metapub",
        "a87271283e191207053967760caa7c1d0c8b23e2",
        "Apache-2.0",
        ("tests/fixtures/pmid_xml/",),
        "PubMed client: saved efetch answers",
        "heldout",
    ),
    Source(
        "retractobot",
        "ebmdatalab/retractobot",
        "7da1f5bd40030fdb441f328a19e8c5e937125868",
        "MIT",
        ("retractions/tests/fixtures/pubmed_retract",),
        "RetractoBot: saved efetch answers of a retracted work (RetractionIn, ErratumIn) and of "
        "a retraction notice; the project replaced the author names by placeholders",
        "heldout",
    ),
)

CSL_TYPE = "citationstyles.csl+json"
ARTICLE = re.compile(r"<(PubmedArticle|PubmedBookArticle)>.*?</\1>", re.S)
PMID = re.compile(r"<PMID[^>]*>(\d+)</PMID>")


@dataclass
class Answer:
    uri: str
    accept: str
    status: int
    body: str
    date: str


def _text(body: Any) -> str:
    """A recorded body as text: vcrpy's ``string`` (maybe !!binary gzip), Ruby VCR's
    ``string`` or ``base64_string``."""
    if isinstance(body, dict):
        if body.get("base64_string"):
            body = base64.b64decode(body["base64_string"])
        else:
            body = body.get("string", "")
    if isinstance(body, bytes):
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        return body.decode("utf-8", "replace")
    return body or ""


def _header(headers: dict[str, Any] | None, name: str) -> str:
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) and value else value)
    return ""


def cassette_answers(data: Any) -> list[Answer]:
    """Every recorded answer of a cassette (either dialect)."""
    if not isinstance(data, dict):
        return []
    answers = []
    for it in data.get("interactions") or data.get("http_interactions") or []:
        req, resp = it.get("request", {}), it.get("response", {})
        status = resp.get("status", {})
        code = (
            (status.get("code") or status.get("status_code"))
            if isinstance(status, dict)
            else status
        )
        answers.append(
            Answer(
                uri=str(req.get("uri", "")),
                accept=_header(req.get("headers"), "accept"),
                status=int(code or 0),
                body=_text(resp.get("body")),
                date=_header(resp.get("headers"), "date"),
            )
        )
    return answers


def records(answer: Answer) -> list[tuple[str, str, str]]:
    """(kind, id, recorded text) for each service record in an answer."""
    parts = urlsplit(answer.uri)
    path = unquote(parts.path)
    if answer.status != 200:
        return []
    if path.endswith("efetch.fcgi") or "<PubmedArticleSet" in answer.body[:600]:
        found = []
        for m in ARTICLE.finditer(answer.body):
            pmid = PMID.search(m.group(0))
            if pmid:
                found.append(("pubmed", pmid.group(1), m.group(0)))
        return found
    if CSL_TYPE in answer.accept or CSL_TYPE in path:
        try:
            item = json.loads(answer.body)
        except ValueError:
            return []
        if isinstance(item, dict) and item.get("DOI"):
            return [("csl", item["DOI"].lower(), json.dumps(item, ensure_ascii=False))]
        return []
    if parts.netloc.endswith("api.crossref.org") and re.match(r"(/v1)?/works", path):
        if "/agency" in path or "/transform" in path:
            return []
        try:
            data = json.loads(answer.body)
        except ValueError:
            return []
        if not isinstance(data, dict):
            return []
        message = data.get("message") or {}
        if data.get("message-type") == "work":
            items = [message]
        elif data.get("message-type") == "work-list":
            items = message.get("items") or []
        else:
            return []
        return [
            ("crossref", i["DOI"].lower(), json.dumps(i, ensure_ascii=False))
            for i in items
            if isinstance(i, dict) and i.get("DOI")
        ]
    return []


def _file_name(kind: str, ident: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", ident)[:80]
    digest = hashlib.sha256(ident.encode()).hexdigest()[:8]
    return f"{kind}/{safe}-{digest}.{'xml' if kind == 'pubmed' else 'json'}"


def read_source(git_dir: Path, source: Source):
    """(path in the repository, interaction number, kind, id, text, date) of each record."""
    import yaml

    for path in list_files(git_dir, source.commit):
        if not path.startswith(source.folders):
            continue
        try:
            raw = read_file(git_dir, source.commit, path)
        except Exception:  # a blob the snapshot lacks (large files are left out)
            print(f"  {source.repo}: {path}: cannot be read; skipped", file=sys.stderr)
            continue
        if path.endswith(".xml"):
            answers = [Answer("efetch.fcgi", "", 200, raw.decode("utf-8", "replace"), "")]
        elif path.endswith(".json"):  # a saved /works/{doi} answer
            body = raw.decode("utf-8", "replace")
            answers = [Answer("https://api.crossref.org/works", "", 200, body, "")]
        elif path.endswith((".yml", ".yaml")):
            if b"crossref" not in raw and b"efetch" not in raw and b"doi.org" not in raw:
                continue
            try:
                answers = cassette_answers(yaml.safe_load(raw))
            except yaml.YAMLError:
                print(f"  {source.repo}: {path}: not YAML; skipped", file=sys.stderr)
                continue
        else:
            continue
        for number, answer in enumerate(answers):
            for kind, ident, text in records(answer):
                yield path, number, kind, ident, text, answer.date


def obtain(target: Path, cache: Path, base: str = GITHUB) -> dict[str, Any]:
    out = target / "recorded"
    manifest: dict[str, Any] = {"sources": [], "records": []}
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for source in SOURCES:
        git_dir = repository(source.repo, source.commit, cache, base)
        manifest["sources"].append(
            {
                "name": source.name,
                "repo": source.repo,
                "commit": source.commit,
                "licence": source.licence,
                "folders": list(source.folders),
                "what": source.what,
                "split": source.split,
            }
        )
        for path, number, kind, ident, text, date in read_source(git_dir, source):
            if (kind, ident) in seen:
                seen[(kind, ident)].setdefault("also_in", []).append(f"{source.repo}:{path}")
                continue
            file = f"{source.name}/{_file_name(kind, ident)}"
            (out / file).parent.mkdir(parents=True, exist_ok=True)
            (out / file).write_text(text, encoding="utf-8")
            row = {
                "kind": kind,
                "id": ident,
                "file": file,
                "source": source.name,
                "repo": source.repo,
                "commit": source.commit,
                "path": path,
                "interaction": number,
                "recorded": date,
                "licence": source.licence,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
            }
            seen[(kind, ident)] = row
            manifest["records"].append(row)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--target", type=Path, default=None, help="default: corpus_dir()")
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path.home() / ".cache" / "blinarefs" / "git",
        help="where the partial clones are kept (default: ~/.cache/blinarefs/git)",
    )
    ap.add_argument(
        "--git-base",
        default=GITHUB,
        help="where the repositories are, e.g. /mirrors/{owner}+{name}/repo",
    )
    args = ap.parse_args(argv)
    manifest = obtain(args.target or corpus_dir(), args.cache, args.git_base)
    counts: dict[str, dict[str, int]] = {}
    for row in manifest["records"]:
        counts.setdefault(row["source"], {}).setdefault(row["kind"], 0)
        counts[row["source"]][row["kind"]] += 1
    for name, kinds in counts.items():
        print(f"{name}: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
