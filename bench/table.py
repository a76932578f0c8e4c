"""The run's results as the README's table, so the figures there are the
run's own, not copied by hand: `python -m bench.table [results.json]`."""

import json
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def markdown(results: dict) -> str:
    lines = ["| measure | req/s | floor req/s | ratio | p50 ms | p99 ms | queries | bytes |",
             "|---|---|---|---|---|---|---|---|"]
    for row in results["pages"]:
        f = row["forum"]
        lines.append(f"| {row['name']} | {f['rps']} | {row['floor']['rps']} | {row['ratio']:.1%} | {f['p50_ms']} "
                     f"| {f['p99_ms']} | {row['queries']} | {row['bytes']:,} |")
    d = results["detector"]
    lines.append(f"| detector, {d['words']}-word post | {d['posts_per_second']:,} posts/s | | | "
                 f"median {d['median_ms']} | | | |")
    for row in results["fan_out"]:
        f, fl = row["forum"], row["floor"]
        lines.append(f"| one reply to {f['readers']:,} readers, {row['layer']} ({row['workers']} "
                     f"worker{'s' if row['workers'] > 1 else ''}, {f['replies']} replies) | | | p99 {row['p99_ratio']}× floor "
                     f"| {f['p50_ms']} (floor {fl['p50_ms']}) | {f['p99_ms']} (floor {fl['p99_ms']}) | | |")
    lines.append(f"| worker memory after the run | {results['worker_rss_mb']} MB | | | | | | |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else RESULTS / "latest.json"
    sys.stdout.write(markdown(json.loads(path.read_text())))
