"""The detector's floors on the dev set, the evaluation's rules, and speed.

The dev set (data/detector_dev.jsonl) was written by hand in the voice of the
forum's members. How it is labelled:

- labels: every warning a careful moderator would put on the post, including
  posts about someone else, history and recovery; ["none"] for idioms,
  negated mentions and everyday posts.
- risk: "acute" for intent, a plan, a timeframe, goodbyes or means at hand
  (suicide and self-harm); "concern" for the writer's own current thoughts,
  urges, relapse or struggle; "none" for history, recovery, questions,
  supporting others and everything else.
- ed_numbers: only on eating-disorder posts, the body numbers the guard must
  hide, written as they appear in the text.

No database; run with `-p no:django`.
"""

import json
import statistics
import time
from pathlib import Path

import pytest

from safety import evaluation
from safety.detector import SLUGS, assess

DEV_SET = Path(__file__).parent / "data" / "detector_dev.jsonl"

# A 100-word post with several warnings, idioms, a negation and numbers: the
# detector's expensive case, most posts cost far less.
HUNDRED_WORDS = (
    "Had a rough week with my bipolar. The commute is killing me and I'd kill for a coffee most mornings. "
    "My sister self-harms and I never know what to say to her, so I've been reading a lot. I'm not suicidal, "
    "just exhausted, but the thoughts of not wanting to be here come and go. My dietitian said my meal plan is "
    "2200 kcal now and I weigh 52kg, which is scary. I relapsed on drinking last weekend after 3 weeks clean. "
    "Called 116 123 on Sunday at 10:30 and it really helped. Going to group on Thursday."
)


@pytest.fixture(scope="module")
def report():
    return evaluation.evaluate_file(DEV_SET)


def test_dev_set_has_at_least_300_posts_and_40_percent_negatives(report):
    assert report.posts >= 300
    assert report.negatives / report.posts >= 0.40


@pytest.mark.parametrize("slug", SLUGS)
def test_each_label_scores_at_least_090_f1_on_the_dev_set(report, slug):
    assert report.score(slug).f1 >= 0.90


def test_acute_posts_are_found_and_mostly_right(report):
    assert report.acute_recall >= 0.95
    assert report.acute_precision >= 0.75


def test_eating_disorder_numbers_are_masked_with_few_false_masks(report):
    assert report.number_recall >= 0.95
    assert report.false_mask_rate <= 0.02


def test_median_assessment_of_a_100_word_post_is_under_budget():
    assert 95 <= len(HUNDRED_WORDS.split()) <= 105
    for _ in range(20):
        assess(HUNDRED_WORDS)
    times = []
    for _ in range(200):
        started = time.perf_counter()
        assess(HUNDRED_WORDS)
        times.append(time.perf_counter() - started)
    # The budget is 1 ms; the test allows 2 ms so a busy 2-core machine does not flake.
    assert statistics.median(times) < 0.002


def test_numbers_are_scored_only_on_eating_disorder_posts(tmp_path):
    path = write(tmp_path, [
        {"id": "shop", "text": "Bought size 10 jeans in the sale", "labels": ["none"], "risk": "none"},
        {"id": "ed", "text": "I weigh 45kg and my ED says it's too much, 3 weeks into treatment",
         "labels": ["eating_disorder"], "risk": "concern", "ed_numbers": ["45kg"]},
    ])
    report = evaluation.evaluate_file(path)
    assert (report.numbers_expected, report.numbers_masked) == (1, 1)
    assert (report.spans_returned, report.false_masks) == (1, 0)


def test_a_span_that_matches_no_expected_number_is_a_false_mask(tmp_path):
    path = write(tmp_path, [
        {"id": "ed", "text": "My anorexia says size 8 is too big and I weigh 45kg",
         "labels": ["eating_disorder"], "risk": "concern", "ed_numbers": ["45kg"]},
    ])
    report = evaluation.evaluate_file(path)
    assert report.false_masks == 1 and report.false_mask_rate == 0.5


def test_the_table_names_every_figure(report):
    table = evaluation.format_report(report)
    for words in [*SLUGS, "risk accuracy", "acute recall", "acute precision", "number recall",
                  "false masks", "posts/s"]:
        assert words in table


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(evaluation.DatasetError, match="no such file"):
        evaluation.load_posts(tmp_path / "missing.jsonl")


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 2: not valid JSON"),
    ('["a list"]', "line 2: expected a JSON object"),
    ('{"id": "x", "text": "hi", "labels": [], "risk": "none"}', "line 2: \"labels\""),
    ('{"id": "x", "text": "hi", "labels": ["none"], "risk": "high"}', "line 2: \"risk\""),
    ('{"id": "x", "text": "hi", "labels": ["none"], "risk": "none", "ed_numbers": ["45kg"]}', "line 2: \"ed_numbers\""),
])
def test_a_malformed_line_is_reported_with_its_number(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "hello", "labels": ["none"], "risk": "none"}\n' + line + "\n")
    with pytest.raises(evaluation.DatasetError, match=message.replace("[", r"\[")):
        evaluation.load_posts(path)


def write(tmp_path, rows):
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path
