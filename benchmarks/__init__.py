"""Benchmarks: generated sites of realistic size, measured against bare Pelican in the same run."""
