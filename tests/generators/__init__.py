"""Full-size inputs planted with known answers, and the independent references that check them.

One module a day, shared by the day tests and benchmarks/lab_bench.py, so both measure and check
the same inputs without a real puzzle input.
"""
