"""The table of every door: each project route (by name, or by its pattern when
it has none) and each WebSocket route, with what each role must get there.
Third-party route sets (the admin, the sign-in library's pages) are covered by
a stated rule. tests/test_authorization_walk.py walks the URL resolver and the
WebSocket routes and fails for a route this table does not cover, and for an
entry whose route no longer exists.

The scene the probes name (tests/authorization_scene.py): a public group,
"lights", and a private one, "cove". In the cove, `author` wrote a thread whose
opening post (`post`) was edited once, so its history holds earlier words;
`member` replied (`reply`); a reporter flagged both: `case` is open and
unclaimed, `claimed_case` is held by `group_mod`. The author blocked the
reporter; a global moderator wrote a staff note about the author and suspended
`suspended`; `application` is someone's request to join the cove. In lights, a
newcomer's thread (`held_thread`, `held_post`) waits for a moderator; its case,
`held_case`, is claimed by lights' moderator, `other_mod`."""

from dataclasses import dataclass
from typing import Callable, Mapping

from django.contrib.auth import get_user_model

from community.models import Membership, Notification, NotificationPreferences, Post, Thread
from moderation.models import Appeal, Case, Flag, StaffNote, WatchedWord
from safety.models import Block, ReaderSettings
from tests.authorization_scene import (
    APPLICANT, BODY, COVE, EARLIER, HELD, NOTE, PASSWORD, STAFF_NOTE, SUSPENSION, TITLE, WATCHED,
)

ROLES = ("anonymous", "outsider", "member", "author", "suspended", "group_mod", "other_mod", "global_mod", "staff")
MODERATORS = ("group_mod", "global_mod", "staff")  # moderate the cove
LIGHTS_MODERATORS = ("other_mod", "global_mod", "staff")  # moderate lights, where the held thread is
COVE_MEMBERS = ("member", "author", "suspended", "group_mod")  # a group's moderators are its members too

# Allowed outcomes.
SEE = "200, showing the protected words"
OK = "200"
DONE = "302 after a change"
KEPT = "302, nothing of anyone else's changed"
# Refused outcomes: nothing changes, and none of the protected words is sent.
BLIND = "200 without the protected words"
LOGIN = "302 to sign in"
NOT_FOUND = "404"
FORBIDDEN = "403"
REFUSED = {BLIND, LOGIN, NOT_FOUND, FORBIDDEN}
WARNING_SLUGS = ("suicide", "self_harm", "eating_disorder", "substance_use", "abuse")


def expect(default: str, **roles: str) -> dict[str, str]:
    return {role: roles.get(role, default) for role in ROLES}


def each(names, outcome: str) -> dict[str, str]:
    return dict.fromkeys(names, outcome)


@dataclass(frozen=True)
class Probe:
    """One request at a door. `args` name scene attributes (a group gives its
    slug, a member their username, anything else its id; "=text" is itself);
    `rows` reads what the request must not change when refused; `secrets` are
    the words a refused role must not get, the first of them shown on SEE."""

    method: str
    expect: Mapping[str, str]
    args: tuple[str, ...] = ()
    query: Callable | None = None
    data: Callable | None = None
    rows: Callable | None = None
    secrets: tuple[str, ...] | Callable = ()


def get(expect, *args, **kwargs) -> Probe:
    return Probe("get", expect, args, **kwargs)


def post(expect, *args, **kwargs) -> Probe:
    return Probe("post", expect, args, **kwargs)


# What each probe watches, read fresh from the database.
def memberships(s):
    return sorted(Membership.objects.filter(group=s.cove).values_list("user_id", "status"))


def post_state(s, name="post"):
    return Post.objects.filter(pk=getattr(s, name).pk).values_list("body", "status", "support_count").first()


def post_warnings(s):
    return sorted(s.post.warnings.values_list("warning__slug", flat=True))


def thread_state(s, name="thread"):
    thread = getattr(s, name)
    return Thread.objects.filter(pk=thread.pk).values_list("locked", "pinned", "post_count").first()


def cove_threads(s):
    return Thread.objects.filter(group=s.cove).count()


def case_state(s, name="case"):
    return Case.objects.filter(pk=getattr(s, name).pk).values_list("status", "claimed_by_id").first()


def flags(s, name="post"):
    return Flag.objects.filter(post=getattr(s, name)).count()


def unread(s):
    return s.author.notifications.filter(read_at__isnull=True).count()


def author_account(s):
    user = get_user_model().objects.filter(pk=s.author.pk).values_list("username", "email").first()
    return user, post_state(s)


PROJECT_DOORS: dict[str, tuple[Probe, ...]] = {
    # Open to everyone; lists are filtered for each viewer.
    "healthz": (get(expect(OK)),),
    "crisis": (get(expect(OK)),),
    "privacy_goodbye": (get(expect(OK)),),
    "home": (get(expect(OK, anonymous=BLIND, outsider=BLIND, other_mod=BLIND), secrets=(TITLE,)),),
    "search": (get(expect(SEE, anonymous=BLIND, outsider=BLIND, other_mod=BLIND),
                   query=lambda s: {"q": "Marmalade"}, secrets=(BODY,)),),
    "group_list": (get(expect(SEE, anonymous=BLIND, outsider=BLIND, other_mod=BLIND),
                       secrets=(COVE,)),),
    # Groups.
    "group_detail": (
        get(expect(SEE, anonymous=NOT_FOUND, outsider=NOT_FOUND, other_mod=NOT_FOUND), "cove", secrets=(TITLE,)),
        # A held thread is listed for no one but its author; moderators find it in the queue.
        get(expect(BLIND, **each(LIGHTS_MODERATORS, OK)), "lights", secrets=(HELD,)),
    ),
    "group_join": (
        post(expect(DONE, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, **each(COVE_MEMBERS, KEPT)),
             "cove", data=lambda s: {"invite": "not-the-invite-code"}, rows=memberships, secrets=(COVE,)),
        post(expect(DONE, anonymous=LOGIN, **each(COVE_MEMBERS, KEPT)),
             "cove", data=lambda s: {"invite": s.cove.invite_code}, rows=memberships),
    ),
    "group_leave": (post(expect(KEPT, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND,
                                **each(COVE_MEMBERS, DONE)), "cove", rows=memberships, secrets=(COVE,)),),
    "group_invite": (
        get(expect(NOT_FOUND), "=not-the-invite-code", secrets=(COVE,)),
        get(expect(SEE), "cove_invite", secrets=(COVE,)),
    ),
    "join_requests": (
        get(expect(NOT_FOUND, anonymous=LOGIN, **each(MODERATORS, SEE)), "cove", secrets=(APPLICANT,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, **each(MODERATORS, DONE)), "cove", rows=memberships,
             data=lambda s: {"membership": s.application.pk, "decision": "accept"}, secrets=(APPLICANT,)),
        # A moderator of lights names the cove's request through lights' page.
        post(expect(NOT_FOUND, anonymous=LOGIN), "lights", rows=memberships,
             data=lambda s: {"membership": s.application.pk, "decision": "accept"}, secrets=(APPLICANT,)),
    ),
    # Threads.
    "thread_new": (
        get(expect(OK, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, suspended=FORBIDDEN), "cove"),
        post(expect(DONE, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, suspended=FORBIDDEN), "cove",
             data=lambda s: {"title": "A new evening thread", "body": "Hello, all.", "idempotency_key": "walk-1"},
             rows=cove_threads, secrets=(TITLE,)),
        get(expect(FORBIDDEN, anonymous=LOGIN, member=OK, author=OK, **each(LIGHTS_MODERATORS, OK)), "lights"),
    ),
    "thread_detail": (
        get(expect(SEE, anonymous=NOT_FOUND, outsider=NOT_FOUND, other_mod=NOT_FOUND), "cove", "thread",
            secrets=(BODY, TITLE)),
        get(expect(NOT_FOUND, **each(LIGHTS_MODERATORS, SEE)), "lights", "held_thread", secrets=(HELD,)),
        # The cove's thread id under lights' address is no thread at all, whoever asks.
        get(expect(NOT_FOUND), "lights", "thread", secrets=(BODY, TITLE)),
    ),
    "thread_reply": (
        get(expect(OK, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, suspended=FORBIDDEN),
            "cove", "thread", secrets=(TITLE,)),
        post(expect(DONE, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, suspended=FORBIDDEN),
             "cove", "thread", data=lambda s: {"body": "Sending warmth.", "idempotency_key": "walk-2"},
             rows=thread_state, secrets=(TITLE,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, **each(LIGHTS_MODERATORS, DONE)), "lights", "held_thread",
             data=lambda s: {"body": "Welcome in.", "idempotency_key": "walk-3"},
             rows=lambda s: thread_state(s, "held_thread"), secrets=(HELD,)),
        post(expect(NOT_FOUND, anonymous=LOGIN), "lights", "thread", rows=thread_state, secrets=(BODY, TITLE),
             data=lambda s: {"body": "Through the wrong door.", "idempotency_key": "walk-4"}),
    ),
    "thread_moderate": (
        post(expect(NOT_FOUND, anonymous=LOGIN, **each(MODERATORS, DONE)), "thread",
             data=lambda s: {"action": "lock", "reason": "Cooling off."}, rows=thread_state, secrets=(TITLE,)),
        # Moving needs both groups: the cove's moderator does not moderate lights.
        post(expect(NOT_FOUND, anonymous=LOGIN, group_mod=KEPT, global_mod=DONE, staff=DONE), "thread",
             data=lambda s: {"action": "move", "group": s.lights.slug, "reason": "Better fit."},
             rows=lambda s: Thread.objects.filter(pk=s.thread.pk).values_list("group_id").first(),
             secrets=(TITLE,)),
    ),
    # Posts.
    "post_link": (
        get(expect(KEPT, anonymous=NOT_FOUND, outsider=NOT_FOUND, other_mod=NOT_FOUND), "post"),
        get(expect(NOT_FOUND, **each(LIGHTS_MODERATORS, KEPT)), "held_post"),
    ),
    "post_edit": (
        get(expect(NOT_FOUND, anonymous=LOGIN, author=SEE), "post", secrets=(BODY,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, author=DONE), "post", data=lambda s: {"body": "Rewritten."},
             rows=post_state, secrets=(BODY,)),
    ),
    "post_delete": (
        get(expect(NOT_FOUND, anonymous=LOGIN, author=OK), "post", secrets=(BODY,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, author=DONE), "post", rows=post_state, secrets=(BODY,)),
    ),
    "post_history": (get(expect(NOT_FOUND, anonymous=LOGIN, author=SEE, **each(MODERATORS, SEE)), "post",
                         secrets=(EARLIER,)),),
    "post_react": (
        post(expect(DONE, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, suspended=FORBIDDEN), "post",
             data=lambda s: {"kind": "support"}, rows=post_state, secrets=(BODY,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, **each(LIGHTS_MODERATORS, FORBIDDEN)), "held_post",
             data=lambda s: {"kind": "support"}, rows=lambda s: post_state(s, "held_post"), secrets=(HELD,)),
    ),
    "post_flag": (
        get(expect(OK, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND), "post", secrets=(BODY,)),
        # The author cannot report their own post, nor a suspended member anything: the form says so.
        post(expect(DONE, anonymous=LOGIN, outsider=NOT_FOUND, other_mod=NOT_FOUND, author=OK, suspended=OK),
             "post", data=lambda s: {"reason": "spam", "note": "Walk report."}, rows=flags, secrets=(BODY,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, **each(LIGHTS_MODERATORS, DONE)), "held_post",
             data=lambda s: {"reason": "spam"}, rows=lambda s: flags(s, "held_post"), secrets=(HELD,)),
    ),
    "post_warnings": (post(expect(NOT_FOUND, anonymous=LOGIN, **each(MODERATORS, DONE)), "post",
                           data=lambda s: {"warnings": ["abuse"], "reason": "Adding a warning."},
                           rows=post_warnings, secrets=(BODY,)),),
    # Moderation.
    "moderation_queue": (get(expect(NOT_FOUND, anonymous=LOGIN, other_mod=BLIND, **each(MODERATORS, SEE)),
                             secrets=(COVE, BODY)),),
    "moderation_health": (get(expect(NOT_FOUND, anonymous=LOGIN, other_mod=OK, **each(MODERATORS, OK))),),
    # Staff notes and suspensions span groups: their reasons are in the audit log for global moderators only.
    "moderation_audit": (get(expect(NOT_FOUND, anonymous=LOGIN, other_mod=BLIND, group_mod=BLIND, global_mod=SEE,
                                    staff=SEE), secrets=(STAFF_NOTE, SUSPENSION)),),
    "watched_words": (
        get(expect(NOT_FOUND, anonymous=LOGIN, global_mod=SEE, staff=SEE), secrets=(WATCHED,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, global_mod=DONE, staff=DONE),
             data=lambda s: {"text": "seaglass", "kind": "word", "action": "hold"},
             rows=lambda s: WatchedWord.objects.count(), secrets=(WATCHED,)),
    ),
    "case_detail": (get(expect(NOT_FOUND, anonymous=LOGIN, **each(MODERATORS, SEE)), "case", secrets=(NOTE,)),),
    "case_claim": (post(expect(NOT_FOUND, anonymous=LOGIN, **each(MODERATORS, DONE)), "case", rows=case_state,
                        secrets=(NOTE,)),),
    # The claim is group_mod's: another moderator can neither release it nor act on the case.
    "case_release": (post(expect(NOT_FOUND, anonymous=LOGIN, group_mod=DONE, global_mod=KEPT, staff=KEPT),
                          "claimed_case", rows=lambda s: case_state(s, "claimed_case")),),
    "case_act": (
        post(expect(NOT_FOUND, anonymous=LOGIN, group_mod=DONE, global_mod=KEPT, staff=KEPT),
             "claimed_case", data=lambda s: {"action": "dismiss", "reason": "Looks fine."},
             rows=lambda s: case_state(s, "claimed_case")),
        # Approving the held post in lights: its claimer (lights' moderator) only; the cove's moderator sees nothing.
        post(expect(NOT_FOUND, anonymous=LOGIN, other_mod=DONE, global_mod=KEPT, staff=KEPT),
             "held_case", data=lambda s: {"action": "approve"},
             rows=lambda s: (case_state(s, "held_case"), post_state(s, "held_post")), secrets=(HELD,)),
    ),
    "moderation_member": (
        get(expect(NOT_FOUND, anonymous=LOGIN, global_mod=SEE, staff=SEE), "author", secrets=(STAFF_NOTE,)),
        post(expect(NOT_FOUND, anonymous=LOGIN, global_mod=DONE, staff=DONE), "author",
             data=lambda s: {"action": "note", "reason": "Checked in kindly."},
             rows=lambda s: StaffNote.objects.filter(member=s.author).count(), secrets=(STAFF_NOTE,)),
    ),
    "appeal": (
        get(expect(NOT_FOUND, anonymous=LOGIN, suspended=OK), query=lambda s: {"sanction": s.suspension.pk}),
        post(expect(NOT_FOUND, anonymous=LOGIN, suspended=DONE), query=lambda s: {"sanction": s.suspension.pk},
             data=lambda s: {"text": "Please look again."}, rows=lambda s: Appeal.objects.count()),
        get(expect(NOT_FOUND, anonymous=LOGIN, author=OK), query=lambda s: {"post": s.post.pk}),
    ),
    # Notifications and settings act on the person asking, whatever the request names.
    "notifications": (get(expect(BLIND, anonymous=LOGIN, author=SEE), secrets=(TITLE,)),),
    "notifications_read": (post(expect(KEPT, anonymous=LOGIN, author=DONE), rows=unread,
                                data=lambda s: {"user": s.author.pk}),),
    "notification_settings": (
        get(expect(OK, anonymous=LOGIN)),
        post(expect(KEPT, anonymous=LOGIN, author=DONE),
             data=lambda s: {**dict.fromkeys(Notification.Kind.values, "off"), "user": s.author.pk},
             rows=lambda s: list(NotificationPreferences.objects.filter(user=s.author).values_list("choices"))),
    ),
    "reader_settings": (
        get(expect(OK, anonymous=LOGIN)),
        post(expect(KEPT, anonymous=LOGIN, author=DONE),
             data=lambda s: {**{f"mode_{slug}": "hide" for slug in WARNING_SLUGS}, "user": s.author.pk},
             rows=lambda s: list(ReaderSettings.objects.filter(user=s.author).values_list("modes"))),
    ),
    # Blocking: never oneself; unblocking takes back only one's own block.
    "member_block": (
        get(expect(OK, anonymous=LOGIN, author=NOT_FOUND), "author"),
        post(expect(DONE, anonymous=LOGIN, author=NOT_FOUND), "author",
             rows=lambda s: sorted(Block.objects.values_list("blocker_id", "blocked_id"))),
    ),
    "member_unblock": (post(expect(KEPT, anonymous=LOGIN, author=DONE), "reporter",
                            rows=lambda s: sorted(Block.objects.values_list("blocker_id", "blocked_id"))),),
    # Your data: only ever the requester's own.
    "privacy_data": (get(expect(OK, anonymous=LOGIN)),),
    "privacy_export_json": (get(expect(BLIND, anonymous=LOGIN, author=SEE), query=lambda s: {"user": s.author.pk},
                                secrets=(EARLIER, "saltmarsh@example.org")),),
    "privacy_export_html": (get(expect(BLIND, anonymous=LOGIN, author=SEE), query=lambda s: {"user": s.author.pk},
                                secrets=(EARLIER, "saltmarsh@example.org")),),
    "privacy_delete": (
        get(expect(OK, anonymous=LOGIN)),
        # Everyone's own password is the same here: each deletes only their own account.
        post(expect(KEPT, anonymous=LOGIN, author=DONE), rows=author_account,
             data=lambda s: {"password": PASSWORD, "confirm": "on", "posts": "remove", "user": s.author.pk}),
    ),
    # Harbour's own pages among the sign-in library's.
    "account_signup": (
        get(expect(KEPT, anonymous=OK)),
        post(expect(KEPT, anonymous=DONE), rows=lambda s: get_user_model().objects.count(),
             data=lambda s: {"username": "fresh_sail", "email": "fresh_sail@example.org",
                             "password1": "a-long-fresh-pass", "password2": "a-long-fresh-pass"}),
    ),
    # Setting up an app asks members to confirm their password first; moderators have one already.
    "accounts/2fa/totp/activate/": (get(expect(KEPT, anonymous=LOGIN)),),
    # Only the global moderator has recovery codes: they are asked to confirm it's them; no one else sees them.
    "accounts/2fa/recovery-codes/": (get(expect(NOT_FOUND, anonymous=LOGIN, global_mod=KEPT),
                                         secrets=lambda s: (s.recovery_code,)),),
}


# The sign-in library's pages, by name: open to visitors, or for signed-in members.
PUBLIC, MEMBERS_ONLY, IN_A_FLOW = "public", "signed in", "part of a sign-in in progress"
SIGN_OUT = "signs out whoever asks"
ALLAUTH_PAGES = {
    "account_login": PUBLIC, "account_signup": PUBLIC, "account_reset_password": PUBLIC,
    "account_reset_password_done": PUBLIC, "account_reset_password_from_key_done": PUBLIC,
    "account_email_verification_sent": PUBLIC, "account_inactive": PUBLIC,
    "account_confirm_email": PUBLIC, "account_reset_password_from_key": PUBLIC,
    "account_logout": SIGN_OUT, "account_email": MEMBERS_ONLY, "account_change_password": MEMBERS_ONLY,
    "account_set_password": MEMBERS_ONLY, "account_reauthenticate": MEMBERS_ONLY,
    "mfa_index": MEMBERS_ONLY, "mfa_reauthenticate": MEMBERS_ONLY, "mfa_activate_totp": MEMBERS_ONLY,
    "mfa_deactivate_totp": MEMBERS_ONLY, "mfa_view_recovery_codes": MEMBERS_ONLY,
    "mfa_generate_recovery_codes": MEMBERS_ONLY, "mfa_download_recovery_codes": MEMBERS_ONLY,
    "account_confirm_login_code": IN_A_FLOW, "mfa_authenticate": IN_A_FLOW,
}
ALLAUTH_ARGS = {"account_confirm_email": {"key": "no-such-key"},
                "account_reset_password_from_key": {"uidb36": "zz", "key": "no-such-key"}}

# Every address under /admin/: visitors are sent to sign in, members get the
# admin's own sign-in page, staff without the second step are sent for it, and
# staff who used it pass the gate.
ADMIN_PREFIX = "admin/"

# WebSocket routes, by pattern: who may connect (True) or is closed (a code).
WEBSOCKET_DOORS = {
    "ws/threads/<int:thread_id>/": {
        "thread": expect(True, anonymous=4403, outsider=4403, other_mod=4403, suspended=4403),
        "held_thread": expect(4403, **each(LIGHTS_MODERATORS, True)),
    },
    "ws/notifications/": {None: expect(True, anonymous=4403)},
    # Moderators who signed in without the second step are closed with 4401 before any frame.
    "ws/moderation/": {None: {**expect(4403, **each(MODERATORS + ("other_mod",), True)),
                              "group_mod_without_step": 4401, "staff_without_step": 4401}},
}
