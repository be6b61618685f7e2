"""Start-up stays cheap: what ``blinarefs --help`` imports (structural, not timed).

An editor's save hook or a CI step runs blinarefs many times; every module imported before
a command needs it is paid on each run. benchmarks/bench_startup.py measures the time; these
tests pin the cause, in a fresh interpreter, so a stray top-level import fails here.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from blinarefs.cli import COMMANDS
from conftest import ROOT

# Network, XML, CSL, BibTeX and fuzzy-matching machinery: loaded only by the command that uses it.
HEAVY = (
    "requests",
    "requests_cache",
    "urllib3",
    "http",
    "ssl",
    "socket",
    "email",
    "lxml",
    "xml",
    "citeproc",
    "bibtexparser",
    "pylatexenc",
    "pybtex",
    "rapidfuzz",
    "difflib",
)
# What the top level may not load either: it prints its help from plain strings.
TOP_LEVEL_HEAVY = (*HEAVY, "json", "argparse", "typing", "dataclasses", "pathlib", "re")

PROBE = """
import sys
before = set(sys.modules)
from blinarefs.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stderr.write("\\n".join(sorted(set(sys.modules) - before)))
"""


def imported_by(*argv: str) -> set[str]:
    """Modules that ``blinarefs ARGV`` imports beyond what the interpreter had loaded."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return set(result.stderr.split())


def offenders(modules: set[str], banned: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in banned or m in banned)


@pytest.mark.parametrize("argv", [["--help"], [], ["--version"]])
def test_top_level_imports_nothing_heavy(argv):
    modules = imported_by(*argv)
    assert offenders(modules, TOP_LEVEL_HEAVY) == []


def test_top_level_help_imports_only_blinarefs_and_the_cli():
    # Anything more is a top-level import in blinarefs/__init__.py or cli.py: move it into
    # the function that needs it (commands import theirs inside run()).
    assert imported_by("--help") == {"blinarefs", "blinarefs.cli"}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_help_imports_nothing_heavy(name):
    modules = imported_by(name, "--help")
    assert any(m.startswith("blinarefs.commands.") for m in modules)  # the probe reached it
    assert offenders(modules, HEAVY) == []


@pytest.mark.parametrize("name", ["export", "import"])
def test_command_help_loads_no_store_nor_format(name):
    # `export --help` loaded the store, the BibTeX reader and every format's module for the
    # formats' names: 0.4 s against 0.15 s for `parse --help`
    modules = imported_by(name, "--help")
    assert not {m for m in modules if m.startswith(("blinarefs.interchange", "blinarefs.store"))}


def test_the_format_names_the_help_gives_are_the_formats():
    from blinarefs.commands._common import READ_FORMATS, WRITE_FORMATS
    from blinarefs.interchange import READ_FORMATS as READ
    from blinarefs.interchange import WRITE_FORMATS as WRITE

    assert (READ_FORMATS, WRITE_FORMATS) == (READ, WRITE)
