"""Where the embedded default case and the shipped styles live.

In a checkout (or an editable install) they are the repository's ``references/`` and
``styles/``; a wheel carries copies under ``blinarefs/_embedded/``.
"""

from __future__ import annotations

from pathlib import Path

from .errors import BlinarefsError

_HERE = Path(__file__).resolve().parent
DEFAULT_MANUSCRIPT = "commentary.txt"
DEFAULT_STORE = "commentary.bib"


def _find(folder: str) -> Path:
    for candidate in (_HERE / "_embedded" / folder, _HERE.parent.parent / folder):
        if candidate.is_dir():
            return candidate
    raise BlinarefsError(
        f"the embedded '{folder}' folder is missing from this installation",
        hint="reinstall blinarefs",
    )


def references_dir() -> Path:
    return _find("references")


def styles_dir() -> Path:
    return _find("styles")


def default_manuscript() -> Path:
    """The embedded case: a 2025 Blood commentary with its ten references at the end."""
    return references_dir() / DEFAULT_MANUSCRIPT


def default_store() -> Path:
    return references_dir() / DEFAULT_STORE
