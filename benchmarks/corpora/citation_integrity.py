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
commit 21470095) are attached where the same context has them.

Usage: python benchmarks/corpora/citation_integrity.py GIT_DIR OUT_DIR
(GIT_DIR: a bare clone of the repository; OUT_DIR: e.g. /work/corpora/evidence/citation-integrity)
Writes OUT_DIR/{train,dev,test}.jsonl: {"claim", "label", "split", "source", "evidence", "ref"}.
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


def read_texts(git_dir: str) -> list[tuple[str, str, str]]:
    """(path, citing context, cited text) for every annotation text file."""
    listing = git(git_dir, "ls-tree", "-r", TEXTS_COMMIT, "ShruthanCode/BratFiles").decode()
    rows = [line.split(None, 3) for line in listing.splitlines()]
    rows = [
        r
        for r in rows
        if r[3].endswith(".txt") and "/FullText/" not in r[3] and "checkpoint" not in r[3]
    ]
    batch = git(git_dir, "cat-file", "--batch", data="\n".join(r[2] for r in rows).encode())
    out, pos = [], 0
    for r in rows:
        header_end = batch.index(b"\n", pos)
        size = int(batch[pos:header_end].split()[2])
        body = batch[header_end + 1 : header_end + 1 + size].decode("utf-8", "replace")
        pos = header_end + 1 + size + 1
        parts = SEPARATOR.split(body, maxsplit=1)
        if len(parts) == 2:
            out.append((r[3], parts[0], parts[1].strip()))
    return out


def read_supports(git_dir: str) -> dict[str, list[str]]:
    """Citing context (as a key) -> the annotators' evidence sentences."""
    raw = git(git_dir, "cat-file", "blob", SUPPORT_BLOB)
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        for name in z.namelist():
            if "ContextAndSupport" not in name and not name.startswith("recon"):
                continue
            try:
                data = json.loads(z.read(name))
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
            for per_ref in data.values() if isinstance(data, dict) else ():
                for item in per_ref.values() if isinstance(per_ref, dict) else ():
                    if isinstance(item, dict) and item.get("context") and item.get("support"):
                        sup = [s.strip() for s in item["support"] if isinstance(s, str)]
                        out.setdefault(key(item["context"]), sup)
    return out


def _ref_of(path: str) -> str:
    """The cited work: the PMC id its annotation folder is named after."""
    found = re.findall(r"PMC\d+", path.rsplit("/", 2)[-2])
    return found[0] if found else path


def main(git_dir: str, out_dir: str) -> None:
    texts = read_texts(git_dir)
    supports = read_supports(git_dir)
    contexts = [(key(ctx), cited, path) for path, ctx, cited in texts]
    dest = Path(out_dir)
    dest.mkdir(parents=True, exist_ok=True)
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
                hits = [(c, cited, p) for c, cited, p in contexts if middle in c]
                if len({_ref_of(p) for _, _, p in hits}) != 1:
                    missed += 1  # no annotation file, or several cited works for the sentence
                    continue
                hit = hits[0]
                labels = {e["label"] for v in item["evidence"].values() for e in v}
                label = "ACCURATE" if labels == {"ACCURATE"} else sorted(labels - {"ACCURATE"})[0]
                support = next((s for k, s in supports.items() if middle in k), [])
                record = {
                    "id": item["id"],
                    "claim": claim,
                    "label": label,
                    "split": split,
                    "source": hit[1],
                    "evidence": support,
                    "ref": _ref_of(hit[2]),
                }
                fh.write(json.dumps(record) + "\n")
                kept += 1
        print(f"{split}: {kept} claims with text, {missed} without", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
