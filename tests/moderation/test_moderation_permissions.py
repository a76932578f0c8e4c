"""Who sees and acts on which cases: the moderation pages are for moderators,
and a moderator of group A can neither see nor act on group B's cases."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from community import services as community
from moderation import permissions, selectors, services
from moderation.models import Case
from tests.moderation.helpers import audit_actions, case_of, claimed

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_group(make_group):
    return make_group("Private circle", visibility="private")


@pytest.fixture
def other_moderator(other_group, make_moderator):
    return make_moderator(other_group, "circlekeeper")


@pytest.fixture
def other_post(other_group, make_member):
    poster = make_member(other_group, "circlemember")
    return community.thread_start(actor=poster, group=other_group, title="Circle news", body="Just us here.")


@pytest.fixture
def other_case(other_post, other_group, make_member):
    services.flag_post(actor=make_member(other_group), post=other_post, reason="harassment",
                       note="Circle-only report note")
    return case_of(other_post)


PAGES = ["moderation_queue", "moderation_health", "moderation_audit", "case_detail"]


def _url(name, case):
    return reverse(name, args=[case.pk]) if name == "case_detail" else reverse(name)


@pytest.mark.parametrize("name", PAGES)
def test_moderation_pages_answer_404_to_members(client, flagged, reader, name):
    client.force_login(reader)
    assert client.get(_url(name, flagged)).status_code == 404


@pytest.mark.parametrize("name", PAGES)
def test_moderation_pages_answer_200_to_moderators(client, flagged, moderator, global_moderator, name):
    for person in (moderator, global_moderator):
        client.force_login(person)
        assert client.get(_url(name, flagged)).status_code == 200, person.username


@pytest.mark.parametrize("name", PAGES)
def test_moderation_pages_send_visitors_to_log_in(client, flagged, name):
    response = client.get(_url(name, flagged))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_member_page_answers_404_to_members(client, reader, author):
    client.force_login(reader)
    assert client.get(reverse("moderation_member", args=[author.username])).status_code == 404


@pytest.mark.parametrize("name", ["case_detail", "case_claim", "case_release", "case_act"])
def test_a_moderator_of_A_gets_404_for_Bs_case_by_url(client, moderator, other_case, name):
    client.force_login(moderator)
    url = reverse(name, args=[other_case.pk])
    response = client.get(url) if name == "case_detail" else client.post(url, {"action": "dismiss", "reason": "x"})
    assert response.status_code == 404
    other_case.refresh_from_db()
    assert other_case.status == "open" and other_case.claimed_by is None


CALLS = {
    "claim": lambda m, c: services.case_claim(actor=m, case=c),
    "approve": lambda m, c: services.case_approve(actor=m, case=c),
    "dismiss": lambda m, c: services.case_dismiss(actor=m, case=c, reason="x"),
    "reject": lambda m, c: services.case_reject(actor=m, case=c, reason="x"),
    "remove": lambda m, c: services.case_remove(actor=m, case=c, reason="x"),
    "edit": lambda m, c: services.case_edit_post(actor=m, case=c, body="x", reason="x"),
    "reach_out": lambda m, c: services.case_reach_out(actor=m, case=c, message="x"),
    "appeal": lambda m, c: services.appeal_decide(actor=m, case=c, uphold=True, reason="x"),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_a_moderator_of_A_cannot_act_on_Bs_case_by_id(moderator, other_case, other_post, name):
    with pytest.raises(PermissionDenied):
        CALLS[name](moderator, other_case)
    other_case.refresh_from_db()
    other_post.refresh_from_db()
    assert other_case.status == "open" and other_post.status == "published" and audit_actions() == []


def test_a_moderator_of_A_cannot_change_Bs_posts_or_threads(moderator, other_post, group, other_group, author):
    with pytest.raises(PermissionDenied):
        services.post_warnings_change(actor=moderator, post=other_post, add=["abuse"])
    with pytest.raises(PermissionDenied):
        services.thread_flag_set(actor=moderator, thread=other_post.thread, field="locked", value=True)
    with pytest.raises(PermissionDenied):
        services.thread_move(actor=moderator, thread=other_post.thread, to_group=group)
    with pytest.raises(PermissionDenied):
        services.member_ban_from_group(actor=moderator, member=other_post.author, group=other_group, reason="x")


def test_the_permission_helpers_keep_groups_apart(moderator, other_moderator, global_moderator, flagged,
                                                  other_case, reader):
    assert permissions.can_see_case(moderator, flagged) and not permissions.can_see_case(moderator, other_case)
    assert permissions.can_see_case(other_moderator, other_case)
    assert not permissions.can_see_case(other_moderator, flagged)
    assert permissions.can_act_on_case(global_moderator, other_case)
    assert not permissions.can_moderate_anything(reader) and permissions.can_moderate_anything(moderator)
    ids = set(permissions.visible_cases(moderator, Case.objects.all()).values_list("pk", flat=True))
    assert ids == {flagged.pk}


def test_a_moderator_of_A_finds_nothing_of_B_in_the_queue_audit_or_health(client, moderator, flagged,
                                                                           other_case, other_moderator):
    services.case_reach_out(actor=other_moderator, case=claimed(other_case, other_moderator),
                            message="Circle-only audit message")
    assert [c.pk for c in selectors.queue(moderator)] == [flagged.pk]
    assert list(selectors.queue(moderator, group=other_case.group.slug)) == []
    assert selectors.counts(moderator) == {"open": 1, "urgent": 0}
    client.force_login(moderator)
    for name in ("moderation_queue", "moderation_audit", "moderation_health"):
        page = client.get(reverse(name)).content.decode()
        for secret in ("Private circle", "Circle-only", reverse("case_detail", args=[other_case.pk])):
            assert secret not in page, (name, secret)
    health = client.get(reverse("moderation_health")).content.decode()
    assert "Harassment: 0" in health


def test_a_global_moderator_sees_every_groups_cases(moderator, global_moderator, flagged, other_case):
    assert {c.pk for c in selectors.queue(global_moderator)} == {flagged.pk, other_case.pk}
    assert selectors.counts(global_moderator) == {"open": 2, "urgent": 0}


def test_a_case_page_in_A_reveals_nothing_of_the_authors_cases_or_posts_in_B(client, group, moderator,
                                                                              other_group, other_case, make_member):
    # The same person writes in both groups; A's moderator looks at A's case.
    person = other_case.post.author
    community.membership_join(actor=person, group=group)
    post = community.thread_start(actor=person, group=group, title="Hello A", body="Hello from A.")
    services.flag_post(actor=make_member(group), post=post, reason="spam")
    client.force_login(moderator)
    page = client.get(reverse("case_detail", args=[case_of(post).pk])).content.decode()
    leaks = [secret for secret in (reverse("case_detail", args=[other_case.pk]), "Private circle",
                                   reverse("post_link", args=[other_case.post_id])) if secret in page]
    assert leaks == []


def test_the_reporters_name_and_note_are_shown_to_the_groups_moderators(client, flagged, moderator, reporter):
    client.force_login(moderator)
    page = client.get(reverse("case_detail", args=[flagged.pk])).content.decode()
    assert "whistlingkettle" in page and "Spam" in page
