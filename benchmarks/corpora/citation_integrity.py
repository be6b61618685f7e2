"""Build the evidence benchmark corpus from the Citation-Integrity repository (Sarol et al. 2024).

Source: github.com/ScienceNLP-Lab/Citation-Integrity (MIT licence). Its labelled claims
(``Data/multivers-format/claims-{train,dev,test}.jsonl``, commit e9823957) carry each citing
sentence, its accuracy label per cited work and the split (by reference article: 70 train /
10 dev / 20 test). The released ``corpus.jsonl`` with the cited works' text is stored outside
git (LFS) and cannot be had here, so the text of each cited work is taken from the same
repository's earlier annotation files (commit cca7fcd7, ``ShruthanCode/BratFiles/**/*.txt``):
each holds the citing context, a line of asterisks, then the cited work's text. A claim is
matched to the annotation file whose citing context contains it. The annotators' evidence
sentences (``ContextAndSupports.json`` etc. in ``ShruthanCode/IR/ContextsAndSupportJSON.zip``,
commit 21470095) are attached where the same citation (cited work and citing file) has them.

Usage: python benchmarks/corpora/citation_integrity.py GIT_DIR OUT_DIR
(GIT_DIR: a bare clone of the repository; OUT_DIR: $BLINAREFS_CORPORA/evidence/citation-integrity,
the folder bench_evidence.py reads by default)
Writes OUT_DIR/{train,dev,test}.jsonl: {"claim", "label", "split", "source", "evidence", "ref",
"matched"}; "matched" says whether the claim was found as the annotation's marked citing
sentence (the cited work is certainly the right one) or only inside a citing context (which
may belong to a neighbouring citation of the same paragraph).

Also OUT_DIR/evidence-{dev,test}.jsonl: {"claim", "label", "split", "source", "evidence",
"ref"} for every citation of the reconciled accuracy annotation files
(``RemoveMultipleAnnotations/AccuracyNew``), whose label spans mark the evidence in the cited
text itself. They cover ten cited works, each put in the split that holds most of its
labelled claims (none is a training work), so evidence retrieval is measured on more
citations than the claims above carry evidence for.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

LABELS_COMMIT = "e9823957bb263db9ae402351b76d88ff1a723712"
TEXTS_COMMIT = "cca7fcd7388c07c32110cf40d0861f986c7753b3"
SUPPORT_BLOB = "a80079b4a4aa754a058f615dc4ba59e11661e5c7"  # ContextsAndSupportJSON.zip
SEPARATOR = re.compile(r"\n\*{20,}\n")


def git(git_dir: str, *args: str, data: bytes | None = None) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], input=data, capture_output=True, check=True
    ).stdout


def key(text: str) -> str:
    return re.sub(r"[^a-z]+", "", text.lower())


def _blobs(git_dir: str, shas: list[str]) -> list[str]:
    batch = git(git_dir, "cat-file", "--batch", data="\n".join(shas).encode())
    out, pos = [], 0
    for _ in shas:
        header_end = batch.index(b"\n", pos)
        size = int(batch[pos:header_end].split()[2])
        out.append(batch[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace"))
        pos = header_end + 1 + size + 1
    return out


def read_texts(git_dir: str) -> list[tuple[str, str, str, bool]]:
    """(path, citing sentence, cited text, by span) for every annotation text file: the citing
    sentence is the brat file's ``Span`` annotation where it has one, else the whole
    citing context (which may hold neighbouring citations too)."""
    listing = git(git_dir, "ls-tree", "-r", TEXTS_COMMIT, "ShruthanCode/BratFiles").decode()
    rows = {r[3]: r[2] for r in (line.split(None, 3) for line in listing.splitlines())}
    texts = [
        p for p in rows if p.endswith(".txt") and "/FullText/" not in p and "checkpoint" not in p
    ]
    bodies = _blobs(git_dir, [rows[p] for p in texts])
    anns = _blobs(git_dir, [rows.get(p[:-4] + ".ann", rows[p]) for p in texts])
    out = []
    for path, body, ann in zip(texts, bodies, anns, strict=True):
        parts = SEPARATOR.split(body, maxsplit=1)
        spans = [
            line.split("\t", 2)[2]
            for line in ann.splitlines()
            if line.count("\t") >= 2 and line.split("\t")[1].startswith("Span ")
        ]
        if len(parts) == 2:
            out.append((path, " ".join(spans) or parts[0], parts[1].strip(), bool(spans)))
    return out


# the annotators' evidence files, reconciled ones first; "_No_Title" versions leave out the
# cited work's title, which is a heading, not a sentence the benchmark can show
SUPPORT_FILES = (
    "recon_cs_no_title.json",
    "recon_no_title.json",
    "ContextAndSupports.json",
    "Eugene_ContextAndSupport_No_Title.json",
    "Degaulle_ContextAndSupport_No_Title.json",
)


def read_supports(git_dir: str) -> dict[str, list[tuple[str, list[str]]]]:
    """Cited work's PMC id -> (citing context as a key, the annotators' evidence sentences).
    The files' own citation numbers ("PMC3369937_7") do not follow the annotation files'
    numbering, so a claim is matched to its evidence by the text of its context."""
    raw = git(git_dir, "cat-file", "blob", SUPPORT_BLOB)
    out: dict[str, list[tuple[str, list[str]]]] = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for name in SUPPORT_FILES:
            data = json.loads(z.read(name))
            for ref, per_citation in data.items():
                pmc = re.findall(r"PMC\d+", ref)[0]
                for item in per_citation.values():
                    flat = [
                        x
                        for s in item.get("support", [])
                        for x in (s if isinstance(s, list) else [s])
                    ]
                    support = [x.strip() for x in flat if isinstance(x, str) and x.strip()]
                    if support and item.get("context"):
                        out.setdefault(pmc, []).append((key(item["context"]), support))
    return out


LABELS = frozenset(
    {"ACCURATE", "NOT_SUBSTANTIATE", "CONTRADICT", "OVERSIMPLIFY", "MISQUOTE", "INDIRECT",
     "IRRELEVANT"}
)  # fmt: skip
RECONCILED = "ShruthanCode/BratFiles/RemoveMultipleAnnotations/AccuracyNew/"


def read_evidence_annotations(git_dir: str) -> list[dict]:
    """Every reconciled accuracy annotation: the citing context (citation marker removed),
    its label, the cited text and the evidence spans the annotators marked in it (the
    cited work's title, a heading that is never shown as a sentence, left out)."""
    listing = git(git_dir, "ls-tree", "-r", TEXTS_COMMIT, RECONCILED).decode()
    rows = {r[3]: r[2] for r in (line.split(None, 3) for line in listing.splitlines())}
    anns = sorted(p for p in rows if p.endswith(".ann") and p[:-4] + ".txt" in rows)
    bodies = _blobs(git_dir, [rows[p[:-4] + ".txt"] for p in anns])
    out = []
    for path, ann, body in zip(anns, _blobs(git_dir, [rows[p] for p in anns]), bodies, strict=True):
        parts = SEPARATOR.split(body, maxsplit=1)
        if len(parts) != 2:
            continue
        title = parts[1].strip().split("\n", 1)[0].lstrip("# ").strip()
        context, marker, labels, spans = "", "", set(), []
        for line in ann.splitlines():
            fields = line.split("\t")
            if len(fields) < 3 or not fields[0].startswith("T"):
                continue
            kind = fields[1].split(" ")[0]
            if kind == "Context":
                context = fields[2]
            elif kind in ("Citation", "MultiCitation"):
                marker = fields[2]
            elif kind in LABELS:
                labels.add(kind)
                if fields[2].strip() and fields[2].strip() != title:
                    spans.append(fields[2].strip())
        if not (context and labels and spans):
            continue
        claim = context.replace(marker, "") if marker else context
        claim = re.sub(r"[\[(][\s,;–-]*[\])]", "", claim).strip()
        out.append(
            {
                "claim": claim,
                "label": "ACCURATE" if labels == {"ACCURATE"} else sorted(labels - {"ACCURATE"})[0],
                "source": parts[1].strip(),
                "evidence": spans,
                "ref": _ref_of(path),
                "citing": path.rsplit("/", 1)[-1][:-4],
            }
        )
    return out


def _ref_of(path: str) -> str:
    """The cited work: the PMC id its annotation folder is named after."""
    found = re.findall(r"PMC\d+", path.rsplit("/", 2)[-2])
    return found[0] if found else path


def main(git_dir: str, out_dir: str) -> None:
    texts = read_texts(git_dir)
    supports = read_supports(git_dir)
    contexts = [(key(ctx), cited, path, by_span) for path, ctx, cited, by_span in texts]
    dest = Path(out_dir)
    dest.mkdir(parents=True, exist_ok=True)
    votes: dict[str, dict[str, int]] = {}
    for split in ("train", "dev", "test"):
        lines = git(
            git_dir, "show", f"{LABELS_COMMIT}:Data/multivers-format/claims-{split}.jsonl"
        ).decode()
        kept = missed = 0
        with open(dest / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for line in lines.splitlines():
                item = json.loads(line)
                claim = re.sub(r"<\|[a-z_]+\|>", "", item["claim"]).strip()
                probe = key(claim)
                if len(probe) < 30 or len(item["evidence"]) != 1:
                    continue  # one cited work per claim, so the text is the labelled one's
                middle = probe[len(probe) // 4 : len(probe) // 4 + 40]
                hits = [h for h in contexts if middle in h[0]]
                spanned = [h for h in hits if h[3]]
                hits = spanned or hits  # the file that marks this very sentence, if any
                if len({_ref_of(h[2]) for h in hits}) != 1:
                    missed += 1  # no annotation file, or several cited works for the sentence
                    continue
                hit = hits[0]
                labels = {e["label"] for v in item["evidence"].values() for e in v}
                label = "ACCURATE" if labels == {"ACCURATE"} else sorted(labels - {"ACCURATE"})[0]
                # the narrowest annotated context around the claim: a wider one may be
                # a neighbouring citation's
                around = [
                    (len(ctx), sup)
                    for ctx, sup in supports.get(_ref_of(hit[2]), [])
                    if middle in ctx or (len(ctx) >= 30 and ctx in probe)
                ]
                support = min(around, key=lambda a: a[0])[1] if around else []
                record = {
                    "id": item["id"],
                    "claim": claim,
                    "label": label,
                    "split": split,
                    "source": hit[1],
                    "evidence": support,
                    "ref": _ref_of(hit[2]),
                    "matched": "citing sentence" if hit[3] else "citing context",
                }
                fh.write(json.dumps(record) + "\n")
                kept += 1
                per_ref = votes.setdefault(record["ref"], {})
                per_ref[split] = per_ref.get(split, 0) + 1
        print(f"{split}: {kept} claims with text, {missed} without", file=sys.stderr)
    annotated = read_evidence_annotations(git_dir)
    for split in ("dev", "test"):
        chosen = [
            dict(a, split=split)
            for a in annotated
            if max(votes.get(a["ref"], {"none": 1}).items(), key=lambda kv: kv[1])[0] == split
        ]
        with open(dest / f"evidence-{split}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(a) + "\n" for a in chosen)
        print(f"evidence-{split}: {len(chosen)} annotated citations", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
