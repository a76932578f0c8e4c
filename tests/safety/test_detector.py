"""The detector against each point of "What the detector must get right"
(SAFETY.md). Pure functions: no database, run with `-p no:django`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safety import detector
from safety.detector import assess

ROOT = Path(__file__).resolve().parents[2]


def labels(text, **kwargs):
    return set(assess(text, **kwargs).slugs)


# Plain mentions, slang and coded words

@pytest.mark.parametrize("text, slug", [
    ("I've been having suicidal thoughts all week", "suicide"),
    ("I self-harmed again last night", "self_harm"),
    ("My anorexia is getting worse", "eating_disorder"),
    ("I drank a whole bottle of wine on my own", "substance_use"),
    ("I was sexually assaulted at uni", "abuse"),
])
def test_plain_mentions_get_their_label(text, slug):
    assert labels(text) == {slug}


@pytest.mark.parametrize("text, slug", [
    ("thinking about how to unalive myself", "suicide"),
    ("kms tonight honestly", "suicide"),
    ("ctb thoughts again", "suicide"),
    ("sh urges are bad today", "self_harm"),
    ("relapsed on sh after 3 months", "self_harm"),
    ("pro-ana accounts keep showing up", "eating_disorder"),
    ("thinspo is all over my feed", "eating_disorder"),
    ("the ana voice is so loud, I can't eat", "eating_disorder"),
    ("mia thoughts all evening", "eating_disorder"),
    ("purging after every meal again", "eating_disorder"),
])
def test_coded_words_get_their_label(text, slug):
    assert slug in labels(text)


@pytest.mark.parametrize("text", [
    "sh*t day at work but still here",
    "Shh, the baby's finally asleep",
    "Sh... don't tell my partner about the surprise",
    "the bus was late, sh!t happens",
])
def test_sh_without_self_harm_context_is_not_self_harm(text):
    assert "self_harm" not in labels(text)


@pytest.mark.parametrize("text", [
    "Shout out to Ana from Tuesday group for the biscuits",
    "Mia starts nursery on Monday",
    "Ana and Mia came round for tea and cake",
])
def test_ana_and_mia_as_names_are_not_eating_disorder(text):
    assert labels(text) == set()


@pytest.mark.parametrize("text, slug", [
    ("I relapsed and had a drink after 8 months sober", "substance_use"),
    ("relapsed and cut again, the urges won", "self_harm"),
    ("relapsed into restricting after Christmas", "eating_disorder"),
])
def test_relapse_takes_its_label_from_the_words_around_it(text, slug):
    assert labels(text) == {slug}


def test_relapse_of_an_illness_has_no_label():
    assert labels("My MS relapsed in March so I'm back on steroids") == set()


# Idioms that are not harm

@pytest.mark.parametrize("text", [
    "this commute is killing me",
    "I'd kill for a coffee right now",
    "I'm dying to see the new exhibition",
    "I could die of embarrassment",
    "I nearly killed myself laughing at the school play",
    "quitting now would be career suicide",
    "my phone died halfway through the call",
])
def test_idiom_killing_me_is_not_suicide(text):
    assert labels(text) == set()


@pytest.mark.parametrize("text", [
    "cutting down on caffeine to help my sleep",
    "finally got my hair cut",
    "had to cut ties with a toxic friend",
    "I hurt myself falling off my bike, just a grazed knee",
])
def test_everyday_cutting_is_not_self_harm(text):
    assert labels(text) == set()


@pytest.mark.parametrize("text", [
    "binge-watched a whole series this weekend",
    "doing a big purge of my wardrobe",
    "purging old paperwork before the move",
    "I'm starving, what's for dinner?",
    "fasting for my blood test tomorrow",
])
def test_everyday_eating_words_are_not_eating_disorder(text):
    assert labels(text) == set()


@pytest.mark.parametrize("text", [
    "double shot of espresso before my shift",
    "overdosed on sugar at the party haha",
    "coffee is my drug of choice",
    "mood is high today, watching for hypomania",
    "deep cleaned the kitchen",
])
def test_everyday_substance_words_are_not_substance_use(text):
    assert labels(text) == set()


# Negation and distance

def test_not_suicidal_just_exhausted_has_no_suicide_label():
    result = assess("I'm not suicidal, just exhausted.")
    assert result.slugs == frozenset() and result.risk == "none"


@pytest.mark.parametrize("text", [
    "I would never kill myself, I just wish things were easier",
    "Not feeling suicidal at all today, just flat",
    "I'm not going to hurt myself, I just needed to write this",
    "No self harm urges today",
])
def test_a_clear_negation_of_self_removes_the_label(text):
    assert labels(text) == set()


def test_negation_leaves_other_mentions_in_the_post():
    result = assess("I'm not suicidal but I keep thinking everyone would be better off without me")
    assert result.slugs == {"suicide"} and result.risk == "concern"


def test_a_negation_followed_by_a_time_is_recovery_not_denial():
    result = assess("I haven't had suicidal thoughts in months")
    assert result.slugs == {"suicide"} and result.risk == "none"


def test_negation_must_sit_right_before_the_words():
    assert assess("I don't know why I want to die all the time").risk == "concern"


def test_supporting_someone_keeps_the_label_without_risk():
    result = assess("my sister self-harms, how do I help her")
    assert result.slugs == {"self_harm"} and result.risk == "none"


@pytest.mark.parametrize("text", [
    "My 14 year old daughter has been self harming. How do other parents cope?",
    "My son said he wants to kill himself. We've called the crisis line.",
    "Does anyone know distractions for sh urges? Asking for my partner.",
    "My brother's drinking is out of control",
])
def test_posts_about_someone_else_are_not_at_risk(text):
    result = assess(text)
    assert result.slugs and result.risk == "none"


# Risk

@pytest.mark.parametrize("text", [
    "I'm going to kill myself tonight",
    "kms tonight, nobody will notice",
    "I have a plan and a date. I'm not telling anyone.  I want to die.",
    "This is my last post. I'm sorry to everyone. Goodbye.",
    "I've got everything I need to end my life right here.",
    "going to ctb this weekend",
    "gonna $h as soon as everyone's asleep",
])
def test_intent_plan_timeframe_goodbyes_or_means_are_acute(text):
    assert assess(text).risk == "acute"


@pytest.mark.parametrize("text", [
    "feeling really suicidal tonight and I don't know who to talk to",
    "I keep thinking about unaliving myself. I don't have a plan.",
    "sh urges are so bad today",
    "ctb thoughts all day today, crisis team calling back tomorrow",
    "Some days I just want to die. Not going to do anything.",
])
def test_current_thoughts_or_urges_without_intent_are_concern(text):
    assert assess(text).risk == "concern"


@pytest.mark.parametrize("text", [
    "Five years ago today I attempted suicide. It gets better.",
    "Two years sh free today!",
    "A year ago I was planning to kill myself. Today I got a new job.",
    "What does ctb mean? I keep seeing it here.",
    "Lost my dad to suicide when I was 12.",
])
def test_history_recovery_and_questions_are_not_at_risk(text):
    result = assess(text)
    assert result.slugs and result.risk == "none"


@pytest.mark.parametrize("text, risk", [
    ("Cravings for a drink are really bad tonight", "concern"),
    ("3 weeks clean from coke today!", "none"),
    ("Binged and purged again tonight", "concern"),
    ("I've been in recovery from anorexia for 3 years", "none"),
    ("He hit me again last night", "concern"),
    ("My ex used to hit me. It's been 4 years.", "none"),
])
def test_other_warnings_are_concern_only_with_a_current_struggle(text, risk):
    assert assess(text).risk == risk


def test_nothing_to_warn_about_is_risk_none():
    assert assess("Went for a walk by the river with the dog.") == detector.Assessment((), "none", ())


# Normalisation, and spans into the original text

@pytest.mark.parametrize("text, found", [
    ("k1ll myself", "k1ll myself"),
    ("su1c1de", "su1c1de"),
    ("gonna $h later", "gonna $h"),
    ("Self h@rm urges", "Self h@rm"),
    ("k\u200bm\u200bs", "k\u200bm\u200bs"),
    ("\uff2b\uff2d\uff33", "\uff2b\uff2d\uff33"),
    ("su\u0456cidal", "su\u0456cidal"),
    ("want to diiiie", "want to diiiie"),
    ("I'm going to kiiiill myself", "going to kiiiill myself"),
])
def test_spelling_tricks_are_folded_and_spans_point_into_the_original(text, found):
    spans = [span for finding in assess(text).warnings for span in finding.spans]
    assert spans, text
    assert any(text[start:end] in found or found in text[start:end] for start, end in spans)


def test_finding_spans_cover_the_words_in_the_original_text():
    text = "\u2728 Honestly?? I've been SUICIDAL again \U0001F614"
    finding = assess(text).warnings[0]
    assert [text[start:end] for start, end in finding.spans] == ["SUICIDAL"]


def test_warnings_are_sorted_by_slug_with_one_finding_each():
    result = assess("I drank until I blacked out and then I cut myself. Self harm again, and more alcohol.")
    assert [finding.slug for finding in result.warnings] == ["self_harm", "substance_use"]
    assert result.slugs == {"self_harm", "substance_use"}


# Determinism and moderators' terms

def test_the_same_text_always_gets_the_same_assessment():
    text = "sh urges are bad and I weigh 45kg. kms tonight."
    assert len({assess(text) for _ in range(20)}) == 1


def test_assessment_does_not_depend_on_the_hash_seed():
    code = "from safety.detector import assess; print(assess('kms tonight, I weigh 45kg and my ana voice is loud'))"
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                                   capture_output=True, text=True, check=True).stdout)
    assert len(outputs) == 1


def test_extra_terms_add_a_label_with_spans():
    text = "thinking about the sewer slide again"
    result = assess(text, extra_terms=(("suicide", "sewer slide"),))
    assert result.slugs == {"suicide"}
    start, end = result.warnings[0].spans[0]
    assert text[start:end] == "sewer slide"


def test_extra_terms_follow_negation_and_spelling_folding():
    terms = (("suicide", "sewer slide"),)
    assert assess("not thinking about the s3wer sliiide", extra_terms=terms).slugs == {"suicide"}
    assert assess("I'm not sewer slide, just tired", extra_terms=terms).slugs == frozenset()


def test_extra_terms_are_compiled_once_per_tuple():
    terms = (("eating_disorder", "meanspo tips"), ("abuse", "love bombing"))
    assess("a", extra_terms=terms)
    before = detector._extra_patterns.cache_info().hits
    for _ in range(5):
        assess("love bombing again", extra_terms=terms)
    assert detector._extra_patterns.cache_info().hits == before + 5


def test_an_extra_term_with_a_stray_bracket_still_works():
    result = assess("he did the (silent treatment again", extra_terms=(("abuse", "(silent treatment"),))
    assert result.slugs == {"abuse"}


def test_an_extra_term_may_name_a_new_slug():
    assert assess("so much doomscrolling", extra_terms=(("doomscrolling", "doomscrolling"),)).slugs == {"doomscrolling"}


def test_a_timed_end_it_with_means_set_aside_is_acute():
    for text in ("I am going to end it tonight, I have the pills saved up.",
                 "I have the pills saved up and I am going to take them all tonight"):
        assessment = assess(text)
        assert "suicide" in assessment.slugs and assessment.risk == "acute", text


def test_ending_it_with_a_partner_is_not_suicide():
    assert "suicide" not in assess("Going to end it with him tonight, wish me luck").slugs
