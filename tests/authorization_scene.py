"""The people and things every door of the authorization walk is tried with,
made through the services as the app makes them (tests/authorization_doors.py
describes the scene)."""

from datetime import timedelta
from types import SimpleNamespace

from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.utils import timezone

from community import services as community
from moderation import services as moderation
from moderation.models import Case
from safety import services as safety
from tests.second_factor import authenticator_for

PASSWORD = "a-long-demo-pass"  # make_user's default, so every role can confirm with it
COVE = "Zephyr cove"
TITLE = "Lanternfish evening check-in"
EARLIER = "Quince jam first draft"
BODY = "Marmalade tides helped me sleep"
REPLY = "Kelp forests calm me too"
NOTE = "Cove-only report note"
HELD = "Driftwood lullaby arrivals"
WATCHED = "driftwood"
STAFF_NOTE = "Staff-only note about saltmarsh"
SUSPENSION = "Cooling-off week after heated replies"
APPLICANT = "newsail"


def build(make_user, make_group, make_member, make_moderator, global_moderator, admin_user) -> SimpleNamespace:
    s = SimpleNamespace(anonymous=None, global_mod=global_moderator, staff=admin_user)
    s.lights = make_group("Harbour lights")
    s.cove = make_group(COVE, visibility="private", join_policy="approval")
    s.cove_invite = s.cove.invite_code
    _people(s, make_user, make_member, make_moderator)
    _cove_threads(s)
    _cases(s)
    _held_thread(s, make_member)
    _sanctions(s)
    for user in (s.group_mod, s.other_mod, s.global_mod, s.staff):
        authenticator_for(user)
    s.recovery_code = RecoveryCodes.activate(s.global_mod).get_unused_codes()[0]
    return s


def _people(s, make_user, make_member, make_moderator) -> None:
    s.outsider = make_user("passerby")
    s.author = make_member(s.cove, "saltmarsh")
    s.member = make_member(s.cove, "kelpgarden")
    s.suspended = make_member(s.cove, "stillwater")
    for person in (s.author, s.member, s.suspended):
        community.membership_join(actor=person, group=s.lights)
    s.reporter = make_member(s.cove, "gullwatch")
    s.group_mod = make_moderator(s.cove, "covekeeper")
    s.other_mod = make_moderator(s.lights, "lampkeeper")
    applicant = make_user(APPLICANT)
    s.application = community.membership_join(actor=applicant, group=s.cove)


def _cove_threads(s) -> None:
    opening = community.thread_start(actor=s.author, group=s.cove, title=TITLE, body=EARLIER)
    s.thread = opening.thread
    s.post = community.post_edit(actor=s.author, post=opening, body=BODY)
    s.reply = community.post_reply(actor=s.member, thread=s.thread, body=REPLY)
    safety.block_add(actor=s.author, blocked=s.reporter)


def _cases(s) -> None:
    moderation.flag_post(actor=s.reporter, post=s.post, reason="harassment", note=NOTE)
    moderation.flag_post(actor=s.reporter, post=s.reply, reason="spam")
    s.case = Case.objects.get(post=s.post)
    s.claimed_case = moderation.case_claim(actor=s.group_mod, case=Case.objects.get(post=s.reply))


def _held_thread(s, make_member) -> None:
    moderation.watched_word_add(actor=s.global_mod, text=WATCHED, kind="word", action="hold")
    newcomer = make_member(s.lights, "firstlight")
    s.held_post = community.thread_start(actor=newcomer, group=s.lights, title=HELD, body=f"New here, {WATCHED}.")
    s.held_thread = s.held_post.thread
    s.held_case = moderation.case_claim(actor=s.other_mod, case=Case.objects.get(post=s.held_post))


def _sanctions(s) -> None:
    moderation.staff_note_add(actor=s.global_mod, member=s.author, text=STAFF_NOTE)
    s.suspension = moderation.member_suspend(actor=s.global_mod, member=s.suspended,
                                             until=timezone.now() + timedelta(days=7), reason=SUSPENSION)
    s.suspended.refresh_from_db()
