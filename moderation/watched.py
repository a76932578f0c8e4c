"""Watched words: words, phrases and bounded patterns that moderators manage.
A pattern may use character classes, alternation and bounded repeats ({m,n},
?) but no open repeats (* +), nesting of repeats, back-references or
look-arounds, and side-by-side repeats are limited in how many ways they can
be tried (MAX_WAYS), so matching a long post stays a few milliseconds."""

import re
import time
from functools import lru_cache

from django.core.exceptions import ValidationError

MAX_PATTERN = 200
MAX_MS = 5.0
# Checked on the pattern with its escaped characters (\x) taken out.
_FORBIDDEN = [
    (re.compile(r"[*+]"), "open repeats (* or +); use a bounded repeat like {1,5}"),
    (re.compile(r"\(\?P="), "back-references"),
    (re.compile(r"\(\?[=!<]"), "look-arounds"),
    (re.compile(r"\{\d*,\}"), "open repeats like {2,}"),
    (re.compile(r"\)(?:\{|\?)"), "repeating a group"),
    (re.compile(r"\{\d*,(\d+)\}"), None),  # checked for size below ({,n} is {0,n})
]
PROBES = ["a" * 20_000, ("ab " * 7_000)[:20_000], "x" * 19_999 + "!"]
# Bounded repeats side by side multiply: "q{0,50}q{0,50}q{0,50}!" can be tried
# 51 x 51 x 51 ways at every letter of a long run of q, some 45 seconds on a
# 20,000-character post, though it is quick on the probes above (no q in them).
# Counting the ways from the pattern itself catches it whatever the letters.
MAX_WAYS = 100
_QUANTIFIER = re.compile(r"\{\d*(,(\d+))?\}|(?<![(?}])\?")


def compile_entry(kind: str, text: str) -> re.Pattern:
    if kind == "pattern":
        return re.compile(text, re.IGNORECASE)
    escaped = r"\s+".join(re.escape(word) for word in text.split())
    return re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE)


def validate_pattern(text: str) -> None:
    if len(text) > MAX_PATTERN:
        raise ValidationError(f"Please keep patterns to {MAX_PATTERN} characters.")
    if re.search(r"\\[1-9]", text):
        raise ValidationError("Patterns can't use back-references.")
    unescaped = re.sub(r"\\.", "", text)
    for rule, problem in _FORBIDDEN:
        match = rule.search(unescaped)
        if match and problem:
            raise ValidationError(f"Patterns can't use {problem}.")
        if match and problem is None and int(match.group(1)) > 50:
            raise ValidationError("Bounded repeats can go up to 50.")
    try:
        pattern = re.compile(text, re.IGNORECASE)
    except re.error as error:
        raise ValidationError(f"This pattern doesn't read as a pattern: {error}.") from error
    ways = ways_to_try(unescaped)
    if ways > MAX_WAYS:
        raise ValidationError(
            f"Together, this pattern's repeats can be tried {ways:,} ways at every letter of a post, which is too "
            f"slow on long posts; the most is {MAX_WAYS}. Please use smaller upper bounds, such as {{1,5}}, or "
            "split it into two patterns.")
    for probe in PROBES:
        if _best_of_three_ms(pattern, probe) > MAX_MS:
            raise ValidationError("This pattern is too slow on long posts. Please make it simpler.")


def ways_to_try(unescaped: str) -> int:
    """An upper bound on the ways the pattern's repeats can divide one stretch
    of text between them: {m,n} gives n + 1 choices, ? two, {n} one."""
    ways = 1
    for match in _QUANTIFIER.finditer(unescaped):
        if match.group(0) == "?":
            ways *= 2
        elif match.group(2):
            ways *= int(match.group(2)) + 1
    return ways


def _best_of_three_ms(pattern, probe) -> float:
    """The quickest of three runs, so a busy machine does not refuse a fine pattern."""
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        pattern.search(probe)
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings)


@lru_cache(maxsize=8)
def _compiled(entries: tuple) -> tuple:
    return tuple((pk, action, warning, compile_entry(kind, text)) for pk, kind, text, action, warning in entries)


def matches(entries: tuple, body: str) -> list[tuple[int, str, str | None]]:
    """(id, action, warning slug) of each watched entry found in `body`."""
    return [(pk, action, warning) for pk, action, warning, pattern in _compiled(entries) if pattern.search(body)]
