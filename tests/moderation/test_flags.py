"""Members reporting posts: one case per post, one open flag per member, kind
refusals, a rate limit, and the reporter's name kept from the author."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from community import services as community
from community.models import Notification
from moderation import services
from moderation.forms import FlagForm
from moderation.models import FLAG_REASONS, PRIORITY_OF, Case, Flag, Priority, Reason
from tests.moderation.helpers import case_of, claimed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("reason", [r.value for r in FLAG_REASONS])
def test_a_flag_with_any_reason_opens_one_case_for_the_post(post, reporter, reason):
    note = "It reads like an advert." if reason == Reason.OTHER else ""
    flag = services.flag_post(actor=reporter, post=post, reason=reason, note=note)
    case = Case.objects.get(post=post)
    assert flag.case == case and case.status == "open"
    assert case.reasons == [reason]
    assert case.priority == PRIORITY_OF.get(reason, Priority.OTHER)
    assert case.group == post.thread.group


def test_flags_from_several_members_gather_in_the_posts_one_case(group, post, reporter, make_member):
    services.flag_post(actor=reporter, post=post, reason="spam")
    services.flag_post(actor=make_member(group), post=post, reason="harassment")
    services.flag_post(actor=make_member(group), post=post, reason="at_risk")
    services.flag_post(actor=make_member(group), post=post, reason="spam")
    case = Case.objects.get(post=post)
    assert sorted(case.reasons) == ["at_risk", "harassment", "spam"]
    assert case.priority == Priority.URGENT  # the most pressing reason wins
    assert case.flags.count() == 4


def test_a_member_has_one_open_flag_per_post_and_is_told_they_already_reported(post, reporter):
    services.flag_post(actor=reporter, post=post, reason="spam")
    with pytest.raises(ValidationError) as error:
        services.flag_post(actor=reporter, post=post, reason="harassment")
    assert "already reported this post" in error.value.messages[0]
    assert Flag.objects.filter(post=post).count() == 1
    assert case_of(post).reasons == ["spam"]


def test_after_the_case_is_resolved_the_member_may_report_the_post_again(post, reporter, moderator):
    services.flag_post(actor=reporter, post=post, reason="spam")
    first = claimed(case_of(post), moderator)
    services.case_dismiss(actor=moderator, case=first)
    services.flag_post(actor=reporter, post=post, reason="harassment")
    assert Case.objects.filter(post=post).count() == 2
    assert case_of(post).reasons == ["harassment"]


@pytest.mark.parametrize("note", ["", "   ", "\x00"])
def test_the_reason_other_needs_a_note(post, reporter, note):
    with pytest.raises(ValidationError) as error:
        services.flag_post(actor=reporter, post=post, reason="other", note=note)
    assert "a few words" in error.value.messages[0]
    assert not Flag.objects.exists() and not Case.objects.exists()


def test_the_flag_form_asks_for_a_note_with_other():
    assert not FlagForm({"reason": "other", "note": ""}).is_valid()
    assert FlagForm({"reason": "other", "note": "Selling something"}).is_valid()
    assert FlagForm({"reason": "spam", "note": ""}).is_valid()


def test_an_unknown_reason_is_refused(post, reporter):
    for reason in ("acute", "held", "appeal", "nonsense"):
        with pytest.raises(ValidationError):
            services.flag_post(actor=reporter, post=post, reason=reason)
    assert not Case.objects.exists()


def test_flagging_is_rate_limited(settings, thread, author, reporter):
    settings.HARBOUR = {**settings.HARBOUR, "RATE_LIMITS": {**settings.HARBOUR["RATE_LIMITS"], "flag": (2, 3600)}}
    posts = [community.post_reply(actor=author, thread=thread, body=f"Reply {i}") for i in range(3)]
    services.flag_post(actor=reporter, post=posts[0], reason="spam")
    services.flag_post(actor=reporter, post=posts[1], reason="spam")
    with pytest.raises(ValidationError) as error:
        services.flag_post(actor=reporter, post=posts[2], reason="spam")
    assert "please wait a little" in error.value.messages[0]
    assert Flag.objects.filter(reporter=reporter).count() == 2
    assert not Case.objects.filter(post=posts[2]).exists()


def test_the_default_flag_limit_is_ten_an_hour(settings):
    assert settings.HARBOUR["RATE_LIMITS"]["flag"] == (10, 3600)


def test_members_cannot_flag_their_own_post(post, author):
    with pytest.raises(PermissionDenied):
        services.flag_post(actor=author, post=post, reason="spam")


def test_people_outside_a_private_group_cannot_flag_its_posts(make_group, make_member, make_user):
    private = make_group(visibility="private")
    post = community.thread_start(actor=make_member(private), group=private, title="Ours", body="Just us.")
    with pytest.raises(PermissionDenied):
        services.flag_post(actor=make_user(), post=post, reason="spam")


def test_reporting_through_the_page_thanks_the_member(client, post, reporter):
    client.force_login(reporter)
    response = client.post(reverse("post_flag", args=[post.pk]), {"reason": "harassment", "note": ""}, follow=True)
    assert "Thank you for letting us know" in response.content.decode()
    assert Flag.objects.get().reason == "harassment"


def test_reporting_twice_through_the_page_says_already_reported(client, post, reporter):
    client.force_login(reporter)
    client.post(reverse("post_flag", args=[post.pk]), {"reason": "spam"})
    response = client.post(reverse("post_flag", args=[post.pk]), {"reason": "spam"})
    assert response.status_code == 200
    assert "already reported this post" in response.content.decode()
    assert Flag.objects.count() == 1


def test_a_held_post_cannot_be_reported_by_another_member(client, held_group, make_member):
    newcomer, other = make_member(held_group), make_member(held_group)
    held = community.thread_start(actor=newcomer, group=held_group, title="Hi", body="Hello all.")
    assert held.status == "pending"
    client.force_login(other)
    assert client.get(reverse("post_flag", args=[held.pk])).status_code == 404
    assert client.post(reverse("post_flag", args=[held.pk]), {"reason": "spam"}).status_code == 404
    assert not Flag.objects.exists()


@pytest.mark.parametrize("decision", ["remove", "dismiss"])
def test_the_reporter_is_never_shown_to_the_author(client, post, reporter, author, moderator, decision):
    services.flag_post(actor=reporter, post=post, reason="harassment", note="It hurt to read.")
    case = claimed(case_of(post), moderator)
    if decision == "remove":
        services.case_remove(actor=moderator, case=case, reason="This was unkind to another member.")
    else:
        services.case_dismiss(actor=moderator, case=case)
    assert not Notification.objects.filter(recipient=author, actor=reporter).exists()
    for notification in Notification.objects.filter(recipient=author):
        assert "whistlingkettle" not in str(notification.data)
    client.force_login(author)
    for url in (reverse("notifications"), post.thread.get_absolute_url(), reverse("post_history", args=[post.pk]),
                reverse("home")):
        page = client.get(url, follow=True).content.decode()
        assert "whistlingkettle" not in page, url
        assert "It hurt to read" not in page, url


@pytest.mark.parametrize("decision, upheld, words", [
    ("remove", True, "a moderator took action"),
    ("dismiss", False, "decided no action was needed"),
])
def test_the_reporter_is_told_the_outcome(client, post, reporter, moderator, decision, upheld, words):
    services.flag_post(actor=reporter, post=post, reason="spam")
    assert not Notification.objects.filter(recipient=reporter).exists()
    case = claimed(case_of(post), moderator)
    if decision == "remove":
        services.case_remove(actor=moderator, case=case, reason="Advertising")
    else:
        services.case_dismiss(actor=moderator, case=case)
    told = Notification.objects.get(recipient=reporter)
    assert told.kind == Notification.Kind.FLAG_OUTCOME and told.data["upheld"] is upheld
    assert Flag.objects.get().status == ("upheld" if upheld else "dismissed")
    client.force_login(reporter)
    assert words in client.get(reverse("notifications")).content.decode()


def test_every_reporter_of_a_post_is_told(group, post, reporter, moderator, make_member):
    others = [make_member(group) for _ in range(2)]
    for who in [reporter, *others]:
        services.flag_post(actor=who, post=post, reason="spam")
    services.case_remove(actor=moderator, case=claimed(case_of(post), moderator), reason="Advertising")
    told = Notification.objects.filter(kind=Notification.Kind.FLAG_OUTCOME)
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted(u.pk for u in [reporter, *others])
