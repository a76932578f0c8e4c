"""Scoring the detector against a labelled JSONL file (format in SAFETY.md).

One JSON object a line::

    {"id": "...", "text": "...", "labels": ["self_harm"] or ["none"],
     "risk": "none|concern|acute", "ed_numbers": ["45kg", ...]}

``ed_numbers`` is optional; absent means no numbers are expected.

How the figures are defined:

- Per label: precision, recall and F1 over posts, with support = posts that
  carry the label. A label nobody predicted and nobody expected scores 1.0.
- Risk accuracy: share of posts whose risk is exactly right. Acute precision
  and recall treat ``acute`` as the positive class.
- Numbers are scored only on posts labelled ``eating_disorder`` in the file,
  because the guard only applies there: "size 10" in a shopping post outside
  an eating-disorder group is shown to everyone, so whatever the detector
  returns for it is neither a hit nor a false mask.
- Number recall: an expected number is masked when, at one of its places in
  the text, every digit (or number word, "size zero") lies inside a returned
  span. The span may be wider ("7 stone 4" for an expected "7 stone").
- False masks: returned spans that overlap no expected number. Reported as a
  count and as a share of all spans returned on those posts.
- Posts per second: posts divided by the time spent in ``assess`` alone.
"""

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from safety import detector

_NUMBER_CORE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
)


class DatasetError(ValueError):
    """A line of the dataset that cannot be used; the message names the line."""


@dataclass(frozen=True)
class LabelledPost:
    id: str
    text: str
    labels: frozenset[str]  # empty for ["none"]
    risk: str
    ed_numbers: tuple[str, ...]


@dataclass(frozen=True)
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Report:
    posts: int
    negatives: int  # posts labelled ["none"]
    labels: tuple[LabelScore, ...]
    risk_correct: int
    acute_expected: int
    acute_predicted: int
    acute_correct: int
    numbers_expected: int
    numbers_masked: int
    spans_returned: int
    false_masks: int
    seconds: float

    @property
    def risk_accuracy(self) -> float:
        return _ratio(self.risk_correct, self.posts)

    @property
    def acute_recall(self) -> float:
        return _ratio(self.acute_correct, self.acute_expected)

    @property
    def acute_precision(self) -> float:
        return _ratio(self.acute_correct, self.acute_predicted)

    @property
    def number_recall(self) -> float:
        return _ratio(self.numbers_masked, self.numbers_expected)

    @property
    def false_mask_rate(self) -> float:
        return _ratio(self.false_masks, self.spans_returned, empty=0.0)

    @property
    def posts_per_second(self) -> float:
        return self.posts / self.seconds if self.seconds else float("inf")

    def score(self, label: str) -> LabelScore:
        return next(score for score in self.labels if score.label == label)


def _ratio(part: int, whole: int, empty: float = 1.0) -> float:
    return part / whole if whole else empty


def load_posts(path) -> list[LabelledPost]:
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"{path}: no such file")
    posts = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                posts.append(_parse_line(line, f"{path}, line {number}"))
    if not posts:
        raise DatasetError(f"{path}: no posts in the file")
    return posts


def _parse_line(line: str, where: str) -> LabelledPost:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise DatasetError(f"{where}: not valid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{where}: expected a JSON object")
    text, labels, risk = data.get("text"), data.get("labels"), data.get("risk")
    numbers = data.get("ed_numbers", [])
    if not isinstance(text, str):
        raise DatasetError(f"{where}: \"text\" must be a string")
    if not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise DatasetError(f"{where}: \"labels\" must be a non-empty list of strings")
    if "none" in labels and len(labels) > 1:
        raise DatasetError(f"{where}: \"none\" cannot be combined with other labels")
    if risk not in detector.RISKS:
        raise DatasetError(f"{where}: \"risk\" must be one of {', '.join(detector.RISKS)}")
    if not isinstance(numbers, list) or not all(isinstance(x, str) and x.lower() in text.lower() for x in numbers):
        raise DatasetError(f"{where}: \"ed_numbers\" must list strings that appear in the text")
    return LabelledPost(str(data.get("id", where)), text, frozenset(labels) - {"none"}, risk, tuple(numbers))


def evaluate(posts: list[LabelledPost]) -> Report:
    started = time.perf_counter()
    results = [detector.assess(post.text) for post in posts]
    seconds = time.perf_counter() - started
    numbers = [_score_numbers(post, result) for post, result in zip(posts, results)
               if "eating_disorder" in post.labels]
    return Report(
        posts=len(posts),
        negatives=sum(1 for post in posts if not post.labels),
        labels=_label_scores(posts, results),
        risk_correct=sum(1 for post, result in zip(posts, results) if post.risk == result.risk),
        acute_expected=sum(1 for post in posts if post.risk == "acute"),
        acute_predicted=sum(1 for result in results if result.risk == "acute"),
        acute_correct=sum(1 for p, r in zip(posts, results) if p.risk == r.risk == "acute"),
        numbers_expected=sum(n[0] for n in numbers),
        numbers_masked=sum(n[1] for n in numbers),
        spans_returned=sum(n[2] for n in numbers),
        false_masks=sum(n[3] for n in numbers),
        seconds=seconds,
    )


def evaluate_file(path) -> Report:
    return evaluate(load_posts(path))


def _label_scores(posts, results) -> tuple[LabelScore, ...]:
    labels = sorted(set(detector.SLUGS).union(*(post.labels for post in posts)))
    return tuple(_label_score(label, posts, results) for label in labels)


def _label_score(label, posts, results) -> LabelScore:
    expected = [label in post.labels for post in posts]
    predicted = [label in result.slugs for result in results]
    hits = sum(1 for e, p in zip(expected, predicted) if e and p)
    support, guessed = sum(expected), sum(predicted)
    precision = _ratio(hits, guessed, empty=1.0 if not support else 0.0)
    recall = _ratio(hits, support, empty=1.0 if not guessed else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(label, precision, recall, f1, support)


def _score_numbers(post: LabelledPost, result: detector.Assessment) -> tuple[int, int, int, int]:
    """(expected, masked, spans returned, false masks) for one post."""
    spans = result.number_spans
    places = {expected: _places(post.text, expected) for expected in post.ed_numbers}
    masked = sum(1 for expected in post.ed_numbers if any(_covered(post.text, place, spans)
                                                          for place in places[expected]))
    all_places = [place for found in places.values() for place in found]
    false = sum(1 for span in spans if not any(span[0] < end and start < span[1] for start, end in all_places))
    return len(post.ed_numbers), masked, len(spans), false


def _places(text: str, expected: str) -> list[tuple[int, int]]:
    pattern = re.compile(re.escape(expected), re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


def _covered(text: str, place: tuple[int, int], spans) -> bool:
    cores = [m.span() for m in _NUMBER_CORE.finditer(text.lower(), *place)] or [place]
    return all(any(s <= start and end <= e for s, e in spans) for start, end in cores)


def format_report(report: Report) -> str:
    negatives = _ratio(report.negatives, report.posts)
    lines = [
        f"Detector evaluation: {report.posts} posts, {report.negatives} with no warning ({negatives:.0%})",
        "",
        f"{'label':<18}{'precision':>10}{'recall':>10}{'f1':>8}{'support':>9}",
    ]
    for score in report.labels:
        lines.append(f"{score.label:<18}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>8.3f}{score.support:>9}")
    lines += [
        "",
        f"{'risk accuracy':<18}{report.risk_accuracy:.3f}  ({report.risk_correct}/{report.posts})",
        f"{'acute recall':<18}{report.acute_recall:.3f}  ({report.acute_correct}/{report.acute_expected})",
        f"{'acute precision':<18}{report.acute_precision:.3f}  ({report.acute_correct}/{report.acute_predicted})",
        f"{'number recall':<18}{report.number_recall:.3f}  ({report.numbers_masked}/{report.numbers_expected}"
        " expected numbers masked, eating-disorder posts)",
        f"{'false masks':<18}{report.false_mask_rate:.3f}  ({report.false_masks} of {report.spans_returned}"
        " returned spans match no expected number)",
        f"{'speed':<18}{report.posts_per_second:,.0f} posts/s  "
        f"({1000 * report.seconds / max(report.posts, 1):.3f} ms a post)",
    ]
    return "\n".join(lines)
