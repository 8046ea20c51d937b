"""Reference implementations that nn_bench.py measures aoc.nn against (benchmark-only code)."""
