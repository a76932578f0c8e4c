"""A member and a moderator who between them have rows in every table that
can point at a person, made through the services as the site makes them.

The member writes their own username and email address into their posts,
flag notes and appeal; others quote them, @mention them and report them.
Moderators' own reasons do not name the member: those words are copied into
the append-only audit log, which deletion does not rewrite (privacy/records.py).
"""

from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group as StaffGroup
from django.contrib.auth.models import Permission
from django.utils import timezone

from community import services as community
from community.models import Group, Post
from moderation import services as moderation
from moderation.models import Case
from safety import services as safety
from safety.models import ContentWarning, DetectorTerm

PASSWORD = "a-long-demo-pass"
MEMBER, MEMBER_EMAIL = "marrowfinch", "m.finch.home@example.net"
MODERATOR, MODERATOR_EMAIL = "quaysidekeeper", "keeper.of.quays@example.net"
OPENING = f"Evenings are the worst for me. Signing this {MEMBER}; write to me at {MEMBER_EMAIL} if it helps."
RECOVERY = "I'm in recovery from anorexia, and today I managed 1200 calories. Small steps."
LONELY = "Does anyone else find Sunday afternoons strangely quiet?"
ACUTE = "I can't do this anymore. I'm going to end my life tonight, goodbye everyone."


@dataclass
class Scene:
    group: Group
    member: object
    moderator: object
    other: object
    reader: object
    own_thread: object  # the member's, with other people's replies
    lonely_thread: object  # the member's, with no replies
    others_thread: object
    recovery: Post  # the member's reply in someone else's thread, with numbers to mask
    quoting: Post  # another member's reply quoting and @mentioning the member
    acute: Post  # the member's held post
    subjects: tuple  # (pk, username, email) of the member and the moderator


def _person(username, email, group=None):
    user = get_user_model().objects.create_user(username=username, email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    if group is not None:
        community.membership_join(actor=user, group=group)
    return user


def _moderator(admin, group):
    moderator = _person(MODERATOR, MODERATOR_EMAIL)
    community.moderator_grant(actor=admin, user=moderator, group=group)
    moderator.user_permissions.add(Permission.objects.get(codename="moderate_group"))
    StaffGroup.objects.get_or_create(name="Moderators")[0].user_set.add(moderator)
    TOTP.activate(moderator, "JBSWY3DPEHPK3PXP")
    return get_user_model().objects.get(pk=moderator.pk)


def _member_writes(scene_parts, group, member, other):
    own = community.thread_start(actor=member, group=group, title="Evenings are the hardest", body=OPENING,
                                 warnings=["self_harm"], idempotency_key="first-thread-key").thread
    lonely = community.thread_start(actor=member, group=group, title="Quiet Sundays", body=LONELY).thread
    theirs = community.thread_start(actor=other, group=group, title="Small wins this week", body="Mine: a walk.").thread
    recovery = community.post_reply(actor=member, thread=theirs, body=RECOVERY + " Draft.")
    recovery = community.post_edit(actor=member, post=recovery, body=RECOVERY)
    community.reaction_toggle(actor=member, post=theirs.posts.get(number=1), kind="support")
    community.thread_mark_read(actor=member, thread=theirs, up_to=2)
    scene_parts.update(own_thread=own, lonely_thread=lonely, others_thread=theirs, recovery=recovery)


def _others_answer(scene_parts, member, other, reader):
    own, theirs, recovery = scene_parts["own_thread"], scene_parts["others_thread"], scene_parts["recovery"]
    community.post_reply(actor=other, thread=own, body="Evenings are hard here too. You're not alone.")
    quoted = "\n".join("> " + line for line in recovery.body.splitlines())
    quoting = community.post_reply(actor=reader, thread=theirs, quote=recovery,
                                   body=f"> **{MEMBER}** wrote:\n{quoted}\n\nSo proud of you @{MEMBER}!")
    moderation.flag_post(actor=member, post=theirs.posts.get(number=1), reason="other",
                         note=f"{MEMBER} here: this reads like an advert, sorry if I'm wrong.")
    moderation.flag_post(actor=reader, post=recovery, reason="method_or_numbers",
                         note=f"I think {MEMBER} might want the numbers hidden.")
    scene_parts["quoting"] = quoting


def _moderator_acts(scene_parts, group, member, moderator, admin):
    theirs, recovery = scene_parts["others_thread"], scene_parts["recovery"]
    case = moderation.case_claim(actor=moderator, case=Case.objects.get(post=recovery, status="open"))
    moderation.case_edit_post(actor=moderator, case=case, body="I'm in recovery, and today was a good day.",
                              reason="Numbers edited out, as the group asks.")
    acute = community.post_reply(actor=member, thread=theirs, body=ACUTE)
    moderation.case_claim(actor=moderator, case=Case.objects.get(post=acute, status="open"))
    moderation.post_warnings_change(actor=moderator, post=theirs.posts.get(number=1), add=["abuse"])
    community.post_reply(actor=moderator, thread=scene_parts["own_thread"], body="Thank you for sharing this here.")
    moderation.member_warn(actor=moderator, member=member, reason="Please keep adverts out of the group.")
    moderation.staff_note_add(actor=moderator, member=member, text="Checked in privately; doing okay.")
    moderation.watched_word_add(actor=moderator, text="buy followers", kind="phrase", action="hold")
    DetectorTerm.objects.create(warning=ContentWarning.objects.get(slug="suicide"), phrase="catch the bus for good",
                                note="Reported as a coded phrase.", added_by=moderator)
    LogEntry.objects.log_actions(user_id=moderator.pk, queryset=Group.objects.filter(pk=group.pk),
                                 action_flag=CHANGE, change_message="Changed description.")
    LogEntry.objects.log_actions(user_id=admin.pk, queryset=get_user_model().objects.filter(pk=member.pk),
                                 action_flag=CHANGE, change_message="Changed email.")
    scene_parts["acute"] = acute


def _moderator_decides_a_join(admin, moderator, make_group):
    carers = make_group("Carers and supporters", join_policy="approval")
    asking = get_user_model().objects.create_user(username="newcomer", email="newcomer@example.org", password=PASSWORD)
    membership = community.membership_join(actor=asking, group=carers)
    community.membership_decide(actor=moderator, membership=membership, accept=True)


def _suspension_and_appeal(member, moderator):
    sanction = moderation.member_suspend(actor=moderator, member=member, until=timezone.now() + timedelta(days=7),
                                         reason="A week away to rest.")
    moderation.appeal_submit(actor=member, sanction=sanction,
                             text=f"It's {MEMBER}. Could someone look again? I'm at {MEMBER_EMAIL}.")


def build(make_group, admin_user) -> Scene:
    group = make_group("Evening check-ins")
    member = _person(MEMBER, MEMBER_EMAIL, group)
    other, reader = _person("tidewatcher", "tide@example.org", group), _person("quietfern", "fern@example.org", group)
    wary, avoided = _person("waryheron", "heron@example.org", group), _person("loudgull", "gull@example.org", group)
    TOTP.activate(member, "JBSWY3DPEHPK3PXP")
    RecoveryCodes.activate(member)
    safety.reader_settings_update(actor=member, modes={"self_harm": "hide"}, show_ed_numbers=True)
    safety.block_add(actor=member, blocked=avoided)
    safety.block_add(actor=wary, blocked=member)
    community.notification_preferences_set(actor=member, choices={"mention": "email"})
    moderator = _moderator(admin_user, group)
    parts = {}
    _member_writes(parts, group, member, other)
    _others_answer(parts, member, other, reader)
    _moderator_acts(parts, group, member, moderator, admin_user)
    _moderator_decides_a_join(admin_user, moderator, make_group)
    _suspension_and_appeal(member, moderator)
    subjects = ((member.pk, MEMBER, MEMBER_EMAIL), (moderator.pk, MODERATOR, MODERATOR_EMAIL))
    return Scene(group=group, member=member, moderator=moderator, other=other, reader=reader, subjects=subjects,
                 **parts)
