"""The benchmark's p99 is the nearest-rank percentile: over a hundred replies
it is the 99th, not the slowest; over forty it can only be the slowest."""

from bench.load import percentile


def test_p99_of_a_hundred_values_is_the_99th():
    assert percentile(list(range(1, 101)), 99) == 99


def test_p99_of_forty_values_is_the_largest():
    assert percentile(list(range(1, 41)), 99) == 40


def test_p50_of_an_even_count_is_the_lower_middle():
    assert percentile([10, 20, 30, 40], 50) == 20
