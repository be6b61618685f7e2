"""Citation-Integrity's reconciled evidence annotations, every citation of them, as more
citations to measure (and train) evidence retrieval on (recipe in benchmarks/evidence_corpus.md).

``citation_integrity.py`` keeps a claim only where its cited text is in an annotation file,
which leaves 36 development citations with evidence. The repository's reconciled "context
and support" file (``recon_cs_no_title.json`` in ``ShruthanCode/IR/ContextsAndSupportJSON.zip``)
annotates 30 cited works, each citing sentence with the cited work's sentences its
annotators chose; the cited works' sentences are in ``ShruthanCode/IR/Sentences/<PMC>.json``
(commit cca7fcd7). Each cited work goes to the split of the corpus's own labelled claims
(``claims-{train,dev,test}.jsonl``, commit e9823957) that most of its citing sentences are
found in; none is a training work (10 are development works, 20 test works).

Usage: python benchmarks/corpora/citation_integrity_supports.py GIT_DIR OUT_DIR
Writes OUT_DIR/supports-{dev,test}.jsonl: {"claim", "label" (ACCURATE: not judged here),
"split", "source", "evidence", "ref"}, as bench_evidence.py's evidence files.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from citation_integrity import LABELS_COMMIT, SUPPORT_BLOB, TEXTS_COMMIT, git, key

RECONCILED = "recon_cs_no_title.json"
# citation markers left in a citing sentence: "[145]", "[9,]", "(Kim et al., 2020; Shi 2020)"
_MARKER = re.compile(
    r"\s*\[[\d,\s–-]*\]|\s*\((?:[A-Z][^()]*?\b(?:19|20)\d\d[a-z]?(?:;\s*)?)+\)|<\|[a-z_]+\|>"
)


def claim_of(context: str) -> str:
    """The citing sentence without its citation markers."""
    return " ".join(_MARKER.sub("", context).split())


def source_of(sentences: list[str]) -> str:
    """The cited work's text from its list of sentences (headings, "## Summary\\n\\nThe ...",
    stay headings)."""
    return "\n\n".join(s.strip() for s in sentences if s.strip())


def split_of(contexts: list[str], claims: dict[str, list[str]]) -> str:
    """The split whose labelled claims most of a work's citing sentences hold ("" if none)."""
    votes: Counter[str] = Counter()
    for context in contexts:
        probe = key(context)
        for split, keys in claims.items():
            votes[split] += any(k in probe for k in keys)
    return votes.most_common(1)[0][0] if votes and votes.most_common(1)[0][1] else ""


def main(git_dir: str, out_dir: str) -> None:
    claims = {}
    for split in ("train", "dev", "test"):
        lines = git(git_dir, "show", f"{LABELS_COMMIT}:Data/multivers-format/claims-{split}.jsonl")
        claims[split] = [
            probe[:40]
            for line in lines.decode().splitlines()
            if len(probe := key(re.sub(r"<\|[a-z_]+\|>", "", json.loads(line)["claim"]))) >= 30
        ]
    with zipfile.ZipFile(io.BytesIO(git(git_dir, "cat-file", "blob", SUPPORT_BLOB))) as z:
        reconciled = json.loads(z.read(RECONCILED))
    out: dict[str, list[dict]] = {"dev": [], "test": []}
    for work, citations in reconciled.items():
        ref = re.findall(r"PMC\d+", work)[0]
        split = split_of([c["context"] for c in citations.values()], claims)
        if split not in out:
            print(f"{ref}: in no development or test claims, left out", file=sys.stderr)
            continue
        path = f"{TEXTS_COMMIT}:ShruthanCode/IR/Sentences/{ref}.json"
        source = source_of(json.loads(git(git_dir, "show", path)))
        for citation in citations.values():
            support = [s.strip() for s in citation.get("support", []) if isinstance(s, str)]
            claim = claim_of(citation.get("context", ""))
            if support and claim:
                out[split].append({"claim": claim, "label": "ACCURATE", "split": split,
                                   "source": source, "evidence": support, "ref": ref})  # fmt: skip
    dest = Path(out_dir)
    for split, rows in out.items():
        with open(dest / f"supports-{split}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in rows)
        works = len({r["ref"] for r in rows})
        print(f"supports-{split}: {len(rows)} citations of {works} cited works", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
