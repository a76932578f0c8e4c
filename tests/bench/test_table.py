"""The README's benchmark table is printed from a run's results: each figure
lands in its column, and the ratio is the run's own ratio as a percentage."""

from bench.table import markdown

RESULTS = {
    "pages": [{"name": "thread page, anonymous", "bytes": 29582, "queries": 1, "ratio": 0.294,
               "forum": {"rps": 133.7, "p50_ms": 54.46, "p99_ms": 533.54}, "floor": {"rps": 454.1}}],
    "detector": {"words": 100, "median_ms": 0.229, "posts_per_second": 4363},
    "fan_out": [{"layer": "redis", "workers": 2, "p99_ratio": 0.98,
                 "forum": {"readers": 1000, "replies": 100, "p50_ms": 361.0, "p99_ms": 670.0},
                 "floor": {"p50_ms": 410.1, "p99_ms": 685.3}}],
    "worker_rss_mb": 94.8,
}


def test_each_figure_lands_in_its_column():
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in markdown(RESULTS).splitlines()]
    assert all(len(row) == 8 for row in rows)
    assert rows[2] == ["thread page, anonymous", "133.7", "454.1", "29.4%", "54.46", "533.54", "1", "29,582"]
    assert rows[3][:2] == ["detector, 100-word post", "4,363 posts/s"] and rows[3][4] == "median 0.229"
    assert rows[4][0] == "one reply to 1,000 readers, redis (2 workers, 100 replies)" and rows[4][3] == "p99 0.98× floor"
    assert rows[4][4:6] == ["361.0 (floor 410.1)", "670.0 (floor 685.3)"]
    assert rows[5][:2] == ["worker memory after the run", "94.8 MB"]
