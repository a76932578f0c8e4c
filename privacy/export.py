"""Assembling a member's download: everything they wrote and set.

Two rules decide what goes in. The member's own words go in whole, with no
policy applied: held, removed and rejected posts, every earlier version,
numbers unmasked, because they are theirs. Nothing private of anyone else
goes in: no other member's post text or email address, no word of who
reported them or which moderator acted, and no staff notes (moderators'
working notes about members, kept so that moderators can keep people safe).
Where an item is about something someone else wrote, the download names it
by its address on Harbour instead of copying it.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.utils import timezone

from community.models import Membership, Notification, NotificationPreferences, Post, Reaction, Thread
from community.notices import describe
from community.viewers import viewer_for_user
from moderation.models import Appeal, Flag, Sanction
from safety import policy
from safety.models import Block, ContentWarning, ReaderSettings

FORMAT = "harbour-export/1"
NOT_INCLUDED = [
    "Other members' posts, titles and email addresses: where something you did is about their post, "
    "you get its address on Harbour instead.",
    "Who reported your posts, and which moderator made a decision: reporters and moderators are kept private.",
    "Staff notes: these are moderators' working notes, kept so they can look after everyone's safety.",
    "Moderation work you did as a moderator: it is about other members, and stays in the moderation log.",
    "Your password and the secrets behind two-step sign-in: only whether you use it, and since when.",
]


def _when(moment):
    return moment.isoformat() if moment else None


def build_export(user) -> dict:
    return {
        "format": FORMAT,
        "exported_at": _when(timezone.now()),
        "profile": _profile(user),
        "two_step_sign_in": _authenticators(user),
        "reader_settings": _reader_settings(user),
        "notification_preferences": _notification_preferences(user),
        "blocks": _blocks(user),
        "memberships": _memberships(user),
        "threads_started": _threads(user),
        "posts": _posts(user),
        "reactions": _reactions(user),
        "notifications": _notifications(user),
        "flags": _flags(user),
        "appeals": _appeals(user),
        "sanctions": _sanctions(user),
        "not_included": NOT_INCLUDED,
    }


def _profile(user) -> dict:
    addresses = EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    return {
        "username": user.username,
        "email": user.email,
        "email_addresses": [{"email": a.email, "verified": a.verified, "primary": a.primary} for a in addresses],
        "date_joined": _when(user.date_joined),
        "last_login": _when(user.last_login),
    }


def _authenticators(user) -> list:
    # Only the kind and the date: the secrets stay out of every download.
    rows = Authenticator.objects.filter(user=user).order_by("created_at")
    return [{"type": a.get_type_display(), "since": _when(a.created_at)} for a in rows]


def _reader_settings(user) -> dict:
    # Every warning with the choice in force, defaults included, so the file reads on its own.
    row = ReaderSettings.objects.filter(user=user).first()
    chosen = row.modes if row else {}
    modes = {w.slug: chosen.get(w.slug, policy.DEFAULT_MODE) for w in ContentWarning.objects.all()}
    return {"modes": modes, "show_eating_disorder_numbers": bool(row and row.show_ed_numbers)}


def _notification_preferences(user) -> dict:
    prefs = NotificationPreferences.objects.filter(user=user).first() or NotificationPreferences(user=user)
    return {kind: prefs.delivery(kind) for kind in Notification.Kind.values}


def _blocks(user) -> list:
    # The usernames of members they blocked: their own choice. Who blocked them is not theirs to know.
    rows = Block.objects.filter(blocker=user).select_related("blocked").order_by("created_at")
    return [{"username": b.blocked.username, "since": _when(b.created_at)} for b in rows]


def _memberships(user) -> list:
    rows = Membership.objects.filter(user=user).select_related("group").order_by("created_at")
    return [{"group": m.group.name, "url": m.group.get_absolute_url(), "status": m.status,
             "since": _when(m.created_at)} for m in rows]


def _threads(user) -> list:
    rows = Thread.objects.filter(author=user).select_related("group").order_by("created_at")
    return [{"id": t.pk, "title": t.title, "group": t.group.name, "url": t.get_absolute_url(),
             "started": _when(t.created_at)} for t in rows]


def _posts(user) -> list:
    rows = (Post.objects.filter(author=user).select_related("thread__group")
            .prefetch_related("revisions").order_by("created_at", "id"))
    return [_post(user, post) for post in rows]


def _post(user, post) -> dict:
    thread = post.thread
    return {
        "id": post.pk,
        "url": post.get_absolute_url(),
        "group": thread.group.name,
        "thread_id": thread.pk,
        # A thread's title is its starter's words: only the member's own titles are copied.
        "thread_title": thread.title if thread.author_id == user.pk else None,
        "status": post.get_status_display(),
        "written": _when(post.created_at),
        "edited": _when(post.edited_at),
        "content_warnings": list(post.warning_slugs),
        "text": post.body,
        "versions": [_revision(user, r) for r in post.revisions.all()],
    }


def _revision(user, revision) -> dict:
    # "a moderator", never which one.
    by = "you" if revision.editor_id == user.pk else "a moderator"
    return {"written": _when(revision.created_at), "by": by, "reason": revision.reason, "text": revision.body}


def _reactions(user) -> list:
    rows = Reaction.objects.filter(user=user).order_by("created_at")
    return [{"kind": r.get_kind_display(), "post_url": Post(pk=r.post_id).get_absolute_url(),
             "given": _when(r.created_at)} for r in rows]


def _notifications(user) -> list:
    # The words as the member saw them, through their own content settings;
    # the excerpt of someone else's post that the page shows beside them is left out.
    rows = (Notification.objects.filter(recipient=user)
            .select_related("actor", "group", "thread__group", "post__thread").order_by("created_at"))
    viewer = viewer_for_user(user)
    return [{"text": describe(viewer, n).text, "received": _when(n.created_at), "read": n.read_at is not None}
            for n in rows]


def _flags(user) -> list:
    # Their own reports and notes, by the address of the post reported.
    rows = Flag.objects.filter(reporter=user).order_by("created_at")
    return [{"post_url": Post(pk=f.post_id).get_absolute_url(), "reason": f.get_reason_display(),
             "note": f.note, "status": f.get_status_display(), "sent": _when(f.created_at)} for f in rows]


def _appeals(user) -> list:
    rows = Appeal.objects.filter(appellant=user).select_related("case").order_by("created_at")
    return [{"about": "a post" if a.post_id else "a suspension", "text": a.text, "sent": _when(a.created_at),
             "outcome": a.case.resolution or "waiting for a moderator"} for a in rows]


def _sanctions(user) -> list:
    # What happened and when, and the reason they were given; not who decided.
    rows = Sanction.objects.filter(member=user).select_related("group").order_by("created_at")
    return [{"kind": s.get_kind_display(), "group": s.group.name if s.group else None, "reason": s.reason,
             "until": _when(s.until), "applied": _when(s.created_at)} for s in rows]
