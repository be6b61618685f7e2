"""CLI start-up: ``blinarefs --help`` against a bare ``python -c pass``.

Runs the installed console script and ``python -m blinarefs`` (both on this checkout's
sources, through PYTHONPATH, as is the baseline), interleaved, and prints their medians and
ratios to the baseline; ``python -c 'import runpy'`` shows what ``-m`` itself costs, for any
module. Then lists what ``blinarefs --help`` imports beyond what the interpreter loads for
``python -c pass``, from ``python -X importtime``.

    python benchmarks/bench_startup.py [--repeat 20]

Target (issue 7): ``blinarefs --help`` in under 1.5x the time of ``python -c pass``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from timing import checkout_env, console_script, median_commands, print_table

TARGET = 1.5


def import_times(cmd: list[str]) -> dict[str, tuple[int, int, int]]:
    """module -> (self us, cumulative us, depth) from ``python -X importtime``."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", *cmd],
        capture_output=True,
        text=True,
        env=checkout_env(),
        check=True,
    ).stderr
    modules = {}
    for line in out.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        self_us, cumulative, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        modules[name.strip()] = (int(self_us), int(cumulative), depth)
    return modules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs per command (median)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # tables and progress lines in order

    py = sys.executable
    cmds = {
        "python -c pass (baseline)": [py, "-c", "pass"],
        "python -c 'import runpy' (what -m adds)": [py, "-c", "import runpy"],
        "python -m blinarefs --help": [py, "-m", "blinarefs", "--help"],
    }
    script = console_script()
    if script:
        cmds["blinarefs --help (console script)"] = [script, "--help"]
    else:
        print("note: no installed 'blinarefs' script found; run 'pip install -e .' to time it")
    medians = median_commands(cmds, repeat=args.repeat, env=checkout_env())
    base = medians["python -c pass (baseline)"]
    print(f"CLI start-up, median of {args.repeat} interleaved runs each ({os.cpu_count()} cores)")
    print_table(
        ["command", "median ms", "x baseline"],
        [(name, t * 1000, t / base) for name, t in medians.items()],
    )

    baseline_modules = import_times(["-c", "pass"])
    target = [script, "--help"] if script else ["-m", "blinarefs", "--help"]
    help_modules = import_times(target)
    extra = {m: v for m, v in help_modules.items() if m not in baseline_modules}
    top = sorted(extra.items(), key=lambda kv: -kv[1][1])[:12]
    print()
    print(
        f"'blinarefs --help' imports {len(extra)} modules beyond 'python -c pass' "
        f"(self time {sum(v[0] for v in extra.values()) / 1000:.1f} ms):"
    )
    print_table(
        ["module", "self ms", "cumulative ms"],
        [("  " * depth + name, s / 1000, c / 1000) for name, (s, c, depth) in top],
    )
    if script:
        ratio = medians["blinarefs --help (console script)"] / base
        verdict = "meets" if ratio < TARGET else "MISSES"
        print(f"\n{verdict} the target: blinarefs --help at {ratio:.2f}x (target < {TARGET}x)")
        if "re" in extra and "blinarefs.cli" in extra and "re" not in help_modules_of_cli():
            print(
                f"note: {script} itself imports 're' (as older pips write it): "
                "'pip install -U pip' then 'pip install -e .' writes one that does not"
            )


def help_modules_of_cli() -> dict[str, tuple[int, int, int]]:
    """What blinarefs' own ``--help`` imports, launcher aside."""
    return import_times(["-c", "import sys; from blinarefs.cli import main; main(['--help'])"])


if __name__ == "__main__":
    main()
