"""Benchmarks and long trials: printed figures, never asserts in the test suite."""
