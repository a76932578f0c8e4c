"""The fixed data set `make bench` measures: 100 members; one group with 200
threads, one of them with 50 replies of about 80 words of Markdown; and a
second group whose 1,000 posts are each flagged, so the queue holds 1,000
open cases. Written through the services, as the forum writes it."""

from dataclasses import dataclass

MEMBERS = 100
THREADS = 200
REPLIES = 50
OPEN_CASES = 1000
CASE_THREADS = 20

_SENTENCES = [
    "Had a **rough week** with my mood all over the place, and sleep has been patchy.",
    "My care coordinator suggested a routine, so I am trying a *walk after breakfast*.",
    "Some days I feel flat and some days I am buzzing, and I never know which one I will get.",
    "> Does anyone else track their mood on paper?",
    "- a walk\n- a cup of tea\n- an early night",
    "I tried an [app](https://example.org/mood) but it made me anxious, so paper it is.",
    "Thank you all for listening; this group has helped more than I can say.",
]


def reply_text(i: int) -> str:
    """About 80 words of Markdown, different for each i."""
    parts = [_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(5)]
    return f"Reply {i}. " + "\n\n".join(parts) + f"\n\nCheck-in number {i}, still here."


@dataclass
class Dataset:
    group: object
    thread: object  # the one with 50 replies
    reply_thread: object  # where the posting benchmark adds replies
    members: list
    moderator: object
    queue_group: object


def seed() -> Dataset:
    from django.contrib.auth import get_user_model

    from community import services
    from community.models import Group
    from moderation.services import flag_post
    from moderation.services.rules import group_rules_set
    from safety import ratelimit

    User = get_user_model()
    admin = User.objects.create_superuser("bench_admin", "admin@example.org", "bench-password")
    moderator = User.objects.create_user("bench_moderator", "mod@example.org", "bench-password")
    members = [User.objects.create_user(f"member{i}", f"m{i}@example.org", "bench-password") for i in range(MEMBERS)]
    group = services.group_save(actor=admin, group=Group(slug="bench", name="Bench peer support"))
    queue_group = services.group_save(actor=admin, group=Group(slug="queue", name="Queue"))
    for g in (group, queue_group):
        group_rules_set(actor=admin, group=g, hold_new_members_until=0, hold_everything=False, acute_rule="hold")
    with ratelimit.suspended():
        for m in members:
            services.membership_join(actor=m, group=group)
            services.membership_join(actor=m, group=queue_group)
        for g in (group, queue_group):
            services.moderator_grant(actor=admin, user=moderator, group=g)
        threads = [services.thread_start(actor=members[i % MEMBERS], group=group, title=f"Check-in {i}",
                                         body=reply_text(i)).thread for i in range(THREADS)]
        thread = threads[-1]
        for i in range(REPLIES):
            services.post_reply(actor=members[(i + 1) % MEMBERS], thread=thread, body=reply_text(i))
        _open_cases(services, flag_post, queue_group, members)
    return Dataset(group=group, thread=thread, reply_thread=threads[0], members=members,
                   moderator=moderator, queue_group=queue_group)


def found() -> Dataset:
    """The data set an earlier seed() left in the benchmark's database."""
    from django.contrib.auth import get_user_model

    from community.models import Group, Thread

    User = get_user_model()
    group = Group.objects.get(slug="bench")
    threads = Thread.objects.select_related("group").filter(group=group)
    members = {user.username: user for user in User.objects.filter(username__startswith="member")}
    # As seed() made them: the 50-reply thread last, the posting benchmark's first.
    return Dataset(group=group, thread=threads.order_by("-pk").first(), reply_thread=threads.order_by("pk").first(),
                   members=[members[f"member{i}"] for i in range(MEMBERS)],
                   moderator=User.objects.get(username="bench_moderator"),
                   queue_group=Group.objects.get(slug="queue"))


def _open_cases(services, flag_post, group, members):
    per_thread = OPEN_CASES // CASE_THREADS
    for t in range(CASE_THREADS):
        author = members[t % MEMBERS]
        first = services.thread_start(actor=author, group=group, title=f"Queue {t}", body=reply_text(t))
        flag_post(actor=members[(t + 1) % MEMBERS], post=first, reason="spam")
        for i in range(per_thread - 1):
            post = services.post_reply(actor=author, thread=first.thread, body=reply_text(i))
            flag_post(actor=members[(t + i + 2) % MEMBERS], post=post, reason="spam")
