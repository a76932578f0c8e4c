"""The one policy: what a viewer gets of a post, decided from plain facts."""

from types import MappingProxyType

from safety import policy
from safety.policy import Subject, Viewer

AUTHOR, READER, GROUP = 1, 2, 10


def subject(*warnings, status=policy.PUBLISHED, group_warnings=(), author=AUTHOR):
    return Subject(author_id=author, group_id=GROUP, status=status, warnings=frozenset(warnings),
                   group_warnings=frozenset(group_warnings))


def reader(modes=None, **kwargs):
    return Viewer(user_id=READER, modes=MappingProxyType(modes or {}), **kwargs)


def test_anonymous_visitors_get_every_warning_blurred_and_numbers_masked():
    p = policy.present(policy.ANONYMOUS, subject("eating_disorder"))
    assert p.mode == policy.BLUR and p.mask_numbers and p.labels == ("eating_disorder",)


def test_a_post_without_warnings_is_shown():
    assert policy.present(policy.ANONYMOUS, subject()).mode == policy.SHOW


def test_the_strictest_choice_wins_across_warnings():
    viewer = reader({"self_harm": "hide", "suicide": "show"})
    assert policy.present(viewer, subject("suicide", "self_harm")).mode == policy.HIDE
    assert policy.present(viewer, subject("suicide")).mode == policy.SHOW


def test_group_default_warnings_count_like_the_posts_own():
    viewer = reader({"eating_disorder": "hide"})
    assert policy.present(viewer, subject(group_warnings=["eating_disorder"])).mode == policy.HIDE


def test_authors_see_their_own_words_unmasked():
    p = policy.present(Viewer(user_id=AUTHOR), subject("eating_disorder"))
    assert p.mode == policy.SHOW and not p.mask_numbers and p.own


def test_numbers_show_only_for_readers_who_opted_in():
    assert not policy.present(reader(show_ed_numbers=True, modes={"eating_disorder": "show"}),
                              subject("eating_disorder")).mask_numbers
    assert policy.present(reader({"eating_disorder": "show"}), subject("eating_disorder")).mask_numbers
    assert not policy.present(reader(), subject("self_harm")).mask_numbers


def test_a_blocked_authors_post_is_counted_hidden_and_never_sent():
    p = policy.present(reader(blocked_ids=frozenset({AUTHOR})), subject())
    assert p.mode == policy.BLOCKED and p.counts_as_hidden and not p.sends_content


def test_held_posts_reach_only_their_author_and_moderators():
    held = subject(status=policy.PENDING)
    assert policy.present(reader(), held).mode == policy.ABSENT
    assert policy.present(Viewer(user_id=AUTHOR), held).held
    moderator = reader(moderated_group_ids=frozenset({GROUP}))
    assert policy.present(moderator, held).sends_content and policy.present(moderator, held).held
    assert policy.present(reader(moderated_group_ids=frozenset({99})), held).mode == policy.ABSENT


def test_rejected_posts_reach_nobody_but_moderators():
    rejected = subject(status=policy.REJECTED)
    assert policy.present(Viewer(user_id=AUTHOR), rejected).mode == policy.ABSENT
    assert policy.present(reader(is_global_moderator=True), rejected).held


def test_removed_posts_become_placeholders_for_everyone():
    for viewer in (policy.ANONYMOUS, reader(), Viewer(user_id=AUTHOR), reader(is_global_moderator=True)):
        p = policy.present(viewer, subject("suicide", status=policy.REMOVED_BY_AUTHOR))
        assert p.mode == policy.REMOVED and not p.sends_content


def test_cache_keys_differ_when_choices_differ():
    assert reader({"suicide": "hide"}).cache_key != reader({"suicide": "show"}).cache_key
    assert reader(show_ed_numbers=True).cache_key != reader().cache_key


def test_a_quote_of_a_blocked_member_is_hidden_like_their_own_post():
    quoting = Subject(author_id=3, group_id=GROUP, status=policy.PUBLISHED, warnings=frozenset(), quoted_author_id=AUTHOR)
    assert policy.present(reader(blocked_ids=frozenset({AUTHOR})), quoting).mode == policy.BLOCKED
    assert policy.present(reader(), quoting).mode == policy.SHOW


def test_signals_about_a_member_skip_the_member_and_those_who_blocked_them():
    assert policy.hears_from(reader(), AUTHOR)
    assert not policy.hears_from(reader(), READER)
    assert not policy.hears_from(reader(blocked_ids=frozenset({AUTHOR})), AUTHOR)


def test_modes_possible_covers_every_mode_any_viewer_is_shown_content_in():
    """Renderers make only the variants modes_possible names; a mode outside it
    would leave some reader without a frame."""
    slugs = ("suicide", "self_harm", "eating_disorder")
    viewers = [policy.ANONYMOUS, Viewer(user_id=AUTHOR), Viewer(user_id=3, moderated_group_ids=frozenset({GROUP}))]
    viewers += [reader({slug: mode}) for slug in slugs for mode in policy.MODES]
    viewers += [reader({slug: "blur" for slug in slugs}, show_ed_numbers=True)]
    subjects = [subject(), subject("self_harm"), subject(group_warnings=["eating_disorder"]),
                subject("suicide", status=policy.PENDING), subject(status=policy.PENDING)]
    seen = set()
    for s in subjects:
        for viewer in viewers:
            shown = policy.present(viewer, s)
            if shown.sends_content:
                assert shown.mode in policy.modes_possible(s), (viewer, s, shown)
                seen.add((bool(s.all_warnings), shown.mode))
    assert (True, policy.BLUR) in seen and (False, policy.SHOW) in seen
    assert policy.modes_possible(subject()) == (policy.SHOW,)
