"""The eating-disorder numbers guard: which numbers are masked, which never are.
Pure functions: no database, run with `-p no:django`."""

import pytest

from safety.detector import assess


def masked(text):
    return [text[start:end] for start, end in assess(text).number_spans]


@pytest.mark.parametrize("text, expected", [
    # weights
    ("I weigh 45kg and still feel huge", ["45kg"]),
    ("I was 7 stone 4 at my lowest", ["7 stone 4"]),
    ("down to 7st 10 now", ["7st 10"]),
    ("gone from 98 lbs to 104 lbs", ["98 lbs", "104 lbs"]),
    ("the scale says I weigh 50", ["50"]),
    ("weighed 52.3 this morning", ["52.3"]),
    ("lost 10 pounds this month", ["10 pounds"]),
    ("my eating disorder wants me under 50 kilos", ["50 kilos"]),
    ("I'm eight stone and hate it", ["eight stone"]),
    ("my ugw is 42kg", ["42kg"]),
    # calories
    ("restricted to 500 calories today", ["500 calories"]),
    ("meal plan is 1200 kcal", ["1200 kcal"]),
    ("ate 300 cals today", ["300 cals"]),
    ("on a 1200-calorie plan", ["1200-calorie"]),
    ("counting calories again. 1,100 yesterday, 900 today", ["1,100", "900"]),
    # BMI
    ("my BMI is 16.2", ["16.2"]),
    ("BMI went from 14.9 to 18.1", ["14.9", "18.1"]),
    ("a BMI of 17.5", ["17.5"]),
    # body measurements and height
    ("my waist is 58cm", ["58cm"]),
    ("a 24 inch waist was my target", ["24 inch"]),
    ("my thighs are 52cm", ["52cm"]),
    ("I'm 5'6 and terrified", ["5'6"]),
    ("5ft 2 and restricting", ["5ft 2"]),
    ("I'm 160cm tall", ["160cm"]),
    # clothing sizes
    ("bought size 6 jeans", ["6"]),
    ("I used to be a UK 8", ["8"]),
    ("a size zero obsession", ["zero"]),
    ("went from a size 4 to a size 10", ["4", "10"]),
    ("now I'm a 12 and learning to be ok", ["12"]),
    ("she wears age 12 clothes now", ["12"]),
])
def test_body_numbers_are_masked_with_their_units(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text", [
    "3 weeks clean today",
    "2 years in recovery",
    "day 45 of recovery",
    "my 2 kids and I",
    "3 sessions left with my therapist",
    "call 116 123 any time",
    "text 85258 or call 988, or 999 in an emergency",
    "appointment at 10:30 on the 3rd of March",
    "see you at 6am, or 8pm, or 5.30pm",
    "it happened in 2019",
    "I'm 24 and she's 15",
    "on the 1st and the 21st of May",
    "weighing myself 5 times a day",
    "walked 10,000 steps",
    "it cost 20 pounds",
    "the jumper was £12",
    "down to 2 sessions a week",
    "my shoe size is size 5 shoes",
    "rated my mood 6/10",
])
def test_dates_times_durations_counts_phones_years_and_ages_are_never_masked(text):
    assert masked(text) == []


def test_calorie_window_skips_years_days_and_phone_numbers():
    text = "Counting calories since 2019. Day 60 today. Called 116 123 at 10:30. Ate 900."
    assert masked(text) == ["900"]


def test_number_spans_point_into_the_original_text():
    text = "\u2728 I w\u200beigh \uff14\uff15kg \U0001F614 and my BMI is 16.2"
    assert masked(text) == ["\uff14\uff15kg", "16.2"]


def test_number_spans_are_sorted_and_do_not_overlap():
    spans = assess("7 stone 4, then 45kg, then 500 calories and size 8").number_spans
    assert list(spans) == sorted(spans)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))


def test_numbers_are_found_whatever_the_warnings():
    # The guard applies to eating-disorder posts and to groups whose default
    # warnings include it, so the spans come back for every post.
    result = assess("Bought some size 10 jeans in the sale, yay")
    assert result.slugs == frozenset() and result.number_spans
