"""Time bounds for the hardening tests. Each measurement is printed (pytest -s
shows them) so the figures can be read off a run."""

import time

# On this shared two-core machine: generous for a page or a refusal, tight for a hang.
BOUND_SECONDS = 2.0
# Posting the costliest 20,000 characters of Markdown that is still accepted
# (parsed, measured, cleaned, assessed): about 0.7 s alone on this machine, up
# to twice that while other suites share its two cores.
POSTING_BOUND_SECONDS = 4.0


def timed(label: str, call):
    """Run call(); print and return (its result, the seconds it took)."""
    started = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - started
    print(f"[measured] {label}: {seconds * 1000:.0f} ms")
    return result, seconds
