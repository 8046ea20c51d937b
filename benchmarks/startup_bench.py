"""Start-up time of `aoc`, measured beside its anchors in one run.

The target: `aoc --help` and `aoc run` of a trivial day under 80 ms end to end
(median of 10), beside advent-of-code-data's `aocd --help` and a bare `python -c pass`.
Run from the repository: `python benchmarks/startup_bench.py [--runs 10]`, after `pip install -e .`.
advent-of-code-data installs a console script named `aoc` too, so its anchor lives in a venv of its
own (benchmarks/.aocd-venv, made on first run). Bytecode is compiled first (`compileall`), as any
Python does on a first import: a PYTHONDONTWRITEBYTECODE environment would otherwise recompile aoc on
every start and measure that instead.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_MS = 80.0
BIN = Path(sys.executable).parent
AOCD_VENV = Path(__file__).resolve().parent / ".aocd-venv"


def command(name: str) -> str | None:
    """A console script beside this Python, bypassing slow shims (pyenv's are shell scripts)."""
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def aocd_command() -> str | None:
    """advent-of-code-data's `aocd`, installed into its own venv on first use."""
    script = AOCD_VENV / "bin" / "aocd"
    if not script.exists():
        subprocess.run([sys.executable, "-m", "venv", str(AOCD_VENV)], check=True)
        pip = [str(AOCD_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "advent-of-code-data"]
        if subprocess.run(pip, capture_output=True).returncode != 0:
            return None
    return str(script)


def cases() -> list[tuple[str, list[str] | None, bool]]:
    """(label, argv or None when not installed, held to the target?)."""
    aoc, aocd = command("aoc"), aocd_command()
    return [
        ("python -c pass", [sys.executable, "-c", "pass"], False),
        ("aoc --help", [aoc, "--help"] if aoc else None, True),
        ("aoc run 2015 1 --example", [aoc, "run", "2015", "1", "--example"] if aoc else None, True),
        ("aocd --help (advent-of-code-data)", [aocd, "--help"] if aocd else None, False),
    ]


def median_ms(argv: list[str], runs: int) -> float:
    """Median wall time of `argv`, after one warm-up run; fails loudly if the command fails."""
    env = {**os.environ, "AOC_SESSION": "not-a-real-token", "AOC_BASE_URL": "http://127.0.0.1:9"}
    subprocess.run(argv, check=True, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=env)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def compile_bytecode() -> None:
    """Cache aoc's bytecode, as a normal first import would."""
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "aoc"), quiet=1)


def main() -> int:
    """Print the markdown table; exit 1 when a target is missed."""
    compile_bytecode()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    print(f"| command (median of {runs}) | ms | target |\n| --- | ---: | --- |")
    missed = False
    for label, argv, held in cases():
        if argv is None:
            print(f"| {label} | not installed | |")
            continue
        ms = median_ms(argv, runs)
        verdict = ("PASS" if ms < TARGET_MS else "FAIL") + f" (< {TARGET_MS:.0f} ms)" if held else ""
        missed |= held and ms >= TARGET_MS
        print(f"| {label} | {ms:.1f} | {verdict} |")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
