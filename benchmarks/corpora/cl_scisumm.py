"""Build a second evidence corpus from CL-SciSumm (Jaidka et al., the CL-SciSumm shared tasks
2016-2020): real citing sentences ("citances") each mapped by trained annotators to the
sentences of the cited paper's full text that it refers to (Task 1A).

Source: github.com/WING-NUS/scisumm-corpus (CC BY 4.0; the LaySumm files, which are not,
are not read). Papers of the ACL Anthology, so another field than Citation-Integrity's
biomedicine: what carries over is how citing authors use a cited paper.

- train: the 40 manually annotated topics of ``data/Training-Set-2019/Task1/
  From-Training-Set-2018/*/annotation/*.ann.txt`` with each topic's ``Reference_XML``;
- test: the 20 topics of the 2018 test set (``data/Test-Set-2018/*/Reference_XML``) with
  their gold annotations (``data/Test-Set-2018-Gold/Task1/{topic}_{annotator}.csv``, three
  annotators a topic); a citance's evidence is every sentence any annotator chose.

Usage: python benchmarks/corpora/cl_scisumm.py GIT_DIR OUT_DIR
(GIT_DIR: a bare clone of the repository; OUT_DIR: $BLINAREFS_CORPORA/evidence/cl-scisumm)
Writes OUT_DIR/evidence-{train,test}.jsonl, one citance a line, as Citation-Integrity's
``evidence-*.jsonl``: {"claim", "label", "source", "evidence", "ref", "citing", "split"};
"label" is always "ACCURATE" (the corpus does not judge the citations), "source" the cited
paper as plain text with Markdown headings (title, Abstract, its sections).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "1dd68e44df5c94cc767cc301cd04e61c52e4bf68"
TRAIN = "data/Training-Set-2019/Task1/From-Training-Set-2018/"
TEST = "data/Test-Set-2018/"
GOLD = "data/Test-Set-2018-Gold/Task1/"
_S = re.compile(r"<S\b[^>]*>(.*?)</S>", re.DOTALL)
_BLOCK = re.compile(r"<(ABSTRACT|SECTION)\b([^>]*)>(.*?)</\1>", re.DOTALL)
_TITLE = re.compile(r'title\s*=\s*"([^"]*)"')


def git(git_dir: str, *args: str) -> str:
    out = subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")


def clean(text: str) -> str:
    """A sentence's text: tags dropped, entities (some escaped twice) resolved."""
    return " ".join(html.unescape(html.unescape(re.sub(r"<[^>]+>", " ", text))).split())


def sentences(fragment: str) -> list[str]:
    return [s for s in (clean(m) for m in _S.findall(fragment)) if s]


def paper_text(xml: str) -> str:
    """The reference paper as plain text: "# title", then "## Abstract" and each section
    with its sentences as one paragraph."""
    title = next(iter(sentences(xml[: xml.find("<ABSTRACT")])), "") if "<ABSTRACT" in xml else ""
    parts = [f"# {title}"] if title else []
    for kind, attrs, body in _BLOCK.findall(xml):
        name = "Abstract" if kind == "ABSTRACT" else clean(next(iter(_TITLE.findall(attrs)), ""))
        said = sentences(body)
        if said:
            parts.append(f"## {name or 'Section'}\n\n" + " ".join(said))
    return "\n\n".join(parts)


def claim_of(citation_text: str, marker: str) -> str:
    """The citing sentence without its citation marker."""
    text = " ".join(sentences(citation_text)) or clean(citation_text)
    for m in (marker.strip(), f"({marker.strip()})", f"[{marker.strip()}]"):
        if len(m) > 2:
            text = text.replace(m, "")
    return " ".join(re.sub(r"[\[(][\s,;–-]*[\])]", "", text).split())


def context_of(citing_xml: str, offsets: list[int]) -> str:
    """The sentences just before and after the citing sentence(s) in the citing paper."""
    by_id = {
        int(m.group(1)): clean(m.group(2))
        for m in re.finditer(r'<S\b[^>]*\bsid\s*=\s*"(\d+)"[^>]*>(.*?)</S>', citing_xml, re.DOTALL)
    }
    if not offsets:
        return ""
    return " ".join(by_id.get(i, "") for i in (min(offsets) - 1, max(offsets) + 1)).strip()


def _offsets(value: str) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", value or "")]


def _citing(git_dir: str, base: str, topic: str, citing: str, cache: dict[str, str]) -> str:
    name = citing.strip().removesuffix(".xml").removesuffix(".txt")
    key = f"{topic}/{name}"
    if key not in cache:
        try:
            cache[key] = git(git_dir, "show", f"{COMMIT}:{base}{topic}/Citance_XML/{name}.xml")
        except subprocess.CalledProcessError:
            cache[key] = ""
    return cache[key]


def _fields(line: str) -> dict[str, str]:
    out = {}
    for part in line.split(" | "):
        name, _, value = part.partition(":")
        out[name.strip()] = value.strip()
    return out


def train_items(git_dir: str) -> list[dict]:
    listing = git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, TRAIN).splitlines()
    out = []
    for ann in (p for p in listing if p.endswith(".ann.txt")):
        topic = ann.split("/")[-3]
        source = paper_text(
            git(git_dir, "show", f"{COMMIT}:{TRAIN}{topic}/Reference_XML/{topic}.xml")
        )
        citing: dict[str, str] = {}
        for line in git(git_dir, "show", f"{COMMIT}:{ann}").splitlines():
            if not line.startswith("Citance Number"):
                continue
            f = _fields(line)
            gold = sentences(f.get("Reference Text", ""))
            claim = claim_of(f.get("Citation Text", ""), f.get("Citation Marker", ""))
            if gold and len(claim.split()) >= 4:
                by = f.get("Citing Article", "")
                item = _item(claim, source, gold, topic, by, "train")
                xml = _citing(git_dir, TRAIN, topic, by, citing)
                item["context"] = context_of(xml, _offsets(f.get("Citation Offset", "")))
                out.append(item)
    return out


def test_items(git_dir: str) -> list[dict]:
    listing = git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, GOLD).splitlines()
    merged: dict[tuple[str, str, str], dict] = {}
    sources: dict[str, str] = {}
    citing_xml: dict[str, str] = {}
    for path in sorted(p for p in listing if p.endswith(".csv")):
        topic = path.rsplit("/", 1)[-1].rsplit("_", 1)[0]
        if topic not in sources:
            xml = git(git_dir, "show", f"{COMMIT}:{TEST}{topic}/Reference_XML/{topic}.xml")
            sources[topic] = paper_text(xml)
        for row in csv.DictReader(io.StringIO(git(git_dir, "show", f"{COMMIT}:{path}"))):
            gold = sentences(row.get("Reference Text") or "")
            claim = claim_of(row.get("Citation Text") or "", row.get("Citation Marker") or "")
            if not gold or len(claim.split()) < 4:
                continue
            citing = (row.get("Citing Article") or "").strip()
            key = (topic, citing, re.sub(r"[^a-z]+", "", claim.lower()))
            item = merged.setdefault(key, _item(claim, sources[topic], [], topic, citing, "test"))
            if "context" not in item:
                xml = _citing(git_dir, TEST, topic, citing, citing_xml)
                item["context"] = context_of(xml, _offsets(row.get("Citation Offset") or ""))
            item["evidence"] += [g for g in gold if g not in item["evidence"]]
    return list(merged.values())


def _item(claim: str, source: str, gold: list[str], topic: str, citing: str, split: str) -> dict:
    return {
        "claim": claim,
        "label": "ACCURATE",
        "source": source,
        "evidence": gold,
        "ref": topic,
        "citing": citing.removesuffix(".xml"),
        "split": split,
    }


def main(git_dir: str, out_dir: str) -> None:
    dest = Path(out_dir)
    dest.mkdir(parents=True, exist_ok=True)
    for split, items in (("train", train_items(git_dir)), ("test", test_items(git_dir))):
        with open(dest / f"evidence-{split}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(i) + "\n" for i in items)
        print(f"evidence-{split}: {len(items)} citances, {len({i['ref'] for i in items})} "
              "cited papers", file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
