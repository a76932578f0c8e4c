"""Seeding the hostile corpus through Harbour's own services, one surface at a
time, so that every payload takes the path a member's words take."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from bench.servers import Browserless
from community import services
from community.models import Group
from moderation import services as moderation
from moderation.models import Case, GroupRules, Reason
from safety import ratelimit
from safety import services as safety
from safety.fields import TypedTextField
from tests.browser.hostile_payloads import payloads

WARNING = "self_harm"  # any warning will do: blurred by default, shown by choice
MARKER = "corpusprobe"  # in every seeded thread's title or opening post, so one search finds them all


def texts() -> list[str]:
    return [payload.text for payload in payloads()]


def legacy_names() -> list[str]:
    """One payload a family that fits the username column, as the name of a member
    from before today's sign-up rules (those rules refuse every one of them)."""
    longest = get_user_model()._meta.get_field("username").max_length
    names = {}
    for payload in payloads():
        if len(payload.text) <= longest and "\n" not in payload.text:
            names.setdefault(payload.family, payload.text)
    return list(names.values())


def reader(user, mode: str):
    """`user` reads posts carrying WARNING in `mode` ("show" or "blur")."""
    safety.reader_settings_update(actor=user, modes={WARNING: mode}, show_ed_numbers=False)
    return user


def group_of(actor, slug: str, name: str, description: str = "") -> Group:
    group = services.group_save(actor=actor, group=Group(slug=slug, name=name, description=description))
    GroupRules.objects.create(group=group, hold_new_members_until=0)
    return group


def warned_replies(*, thread, author, bodies, quote_each=()) -> list:
    """One reply a payload, each carrying the warning; with `quote_each`, the
    reply quotes that post the way the composer's Quote link writes it."""
    quotes = list(quote_each) or [None] * len(bodies)
    with ratelimit.suspended():
        return [services.post_reply(actor=author, thread=thread, body=body, warnings=[WARNING], quote=quote)
                for body, quote in zip(bodies, quotes, strict=True)]


def quote_text(post) -> str:
    """The words the composer's Quote link puts in the reply box."""
    quoted = "\n".join("> " + line for line in post.body.splitlines())
    return f"> **{post.author.username}** wrote:\n{quoted}\n\n"


def titled_threads(*, group, author, titles, warned_every: int = 2) -> list:
    """A thread a title; every `warned_every`-th carries the warning (blurred
    titles for some readers), the rest none (shown to everyone)."""
    with ratelimit.suspended():
        return [services.thread_start(actor=author, group=group, title=title, body=f"{MARKER} thread {n}",
                                      warnings=[WARNING] if n % warned_every == 0 else []).thread
                for n, title in enumerate(titles)]


def described_groups(*, actor, descriptions) -> list[Group]:
    return [group_of(actor, f"hostile-{n}", f"Hostile description {n}", text) for n, text in enumerate(descriptions)]


def flagged_with_notes(*, post, reporters, notes) -> Case:
    with ratelimit.suspended():
        flags = [moderation.flag_post(actor=reporter, post=post, reason=Reason.OTHER, note=note)
                 for reporter, note in zip(reporters, notes, strict=True)]
    return flags[0].case


def members(group, prefix: str, count: int) -> list:
    users = [get_user_model().objects.create_user(f"{prefix}{n}", f"{prefix}{n}@example.org", "a-long-demo-pass")
             for n in range(count)]
    with ratelimit.suspended():
        for user in users:
            services.membership_join(actor=user, group=group)
    return users


def legacy_user(name: str):
    """A member whose name predates today's sign-up rules: written straight to
    the table, as an old row would be, past the username validator."""
    User = get_user_model()
    user = User.objects.create_user(f"legacy{User.objects.count()}", password="a-long-demo-pass")
    User.objects.filter(pk=user.pk).update(username=name)
    user.refresh_from_db()
    return user


def legacy_member(group, name: str):
    user = legacy_user(name)
    with ratelimit.suspended():
        services.membership_join(actor=user, group=group)
    return user


def writers(group, *, names, replies: int) -> list:
    """Members enough to send `replies` replies within the posting limit, the
    first ones under `names` (legacy rows)."""
    legacy = [legacy_member(group, name) for name in names]
    needed = -(-replies // _posts_per_writer()) - len(legacy)
    return legacy + members(group, "writer", max(needed, 0))


def _posts_per_writer() -> int:
    return settings.HARBOUR["RATE_LIMITS"]["post"][0]


def replies_over_http(host: str, *, thread, writers, bodies) -> None:
    """Each body sent through the reply form of the server at `host`, with the
    warning ticked, as its writer's browser would send it. Writers take turns so
    that none passes the server's posting limit."""
    per_writer = _posts_per_writer()
    assert len(writers) * per_writer >= len(bodies), "too few writers for the posting limit"
    reply = reverse("thread_reply", args=[thread.group.slug, thread.pk])
    sessions = [_session(host, writer, thread.get_absolute_url()) for writer in writers]
    for n, body in enumerate(bodies):
        session, token = sessions[n // per_writer]
        status, _page = session.post(reply, {"csrfmiddlewaretoken": token, "body": body, "warnings": WARNING})
        assert status == 302, f"the reply form did not take payload {n} ({status}): {body!r}"


def _session(host, user, form_page):
    client = Client()
    client.force_login(user)
    session = Browserless(host, client.cookies[settings.SESSION_COOKIE_NAME].value)
    return session, session.token(form_page)


def flags_on_every_post(*, posts, reporters, notes) -> Case:
    """Each reporter reports the first post with one payload as the note (one
    case page holds every note) and one other post as spam (every post reaches
    the queue). Returns the first post's case."""
    with ratelimit.suspended():
        for n, (reporter, note) in enumerate(zip(reporters, notes, strict=True)):
            moderation.flag_post(actor=reporter, post=posts[0], reason=Reason.OTHER, note=note)
            if n:
                moderation.flag_post(actor=reporter, post=posts[n], reason=Reason.SPAM)
    return Case.objects.get(post=posts[0], status=Case.Status.OPEN)


def moderator_messages(*, moderator, case, member, messages) -> None:
    """Half the corpus as private reach-out messages on `case`, half as warnings'
    reasons, each of which reaches the member as a notification; every one as a
    staff note on the member. Then the post is removed, the last one the reason."""
    moderation.case_claim(actor=moderator, case=case)
    for n, text in enumerate(typed(message) for message in messages):
        if n % 2:
            moderation.member_warn(actor=moderator, member=member, reason=text)
        else:
            moderation.case_reach_out(actor=moderator, case=case, message=text)
        moderation.staff_note_add(actor=moderator, member=member, text=text)
    moderation.case_remove(actor=moderator, case=case, reason=typed(messages[-1]))


def typed(text: str) -> str:
    """`text` as a moderator's form hands it on (safety.fields.TypedTextField):
    the moderation services store what they are given, and PostgreSQL refuses
    the NUL characters a few payloads carry."""
    return TypedTextField().clean(text)
