"""Loading the demo community from demo_content.json through the services.
Idempotent: running it again finds what exists and adds nothing twice.

demo_content.json holds fictional, pseudonymous members and warm, non-graphic
peer conversation that follows SAFETY.md: no method details, no weights,
calorie counts or sizes, suicidal thoughts only in the past tense with the
`suicide` warning. "groups": slug, name, description, visibility, join_policy,
default_warnings; "members": username and group slugs; "threads": group, title,
warnings, posts (author, body, warnings, optional "quote": index of an earlier
post), optional pinned and locked."""

import contextlib
import json
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from community import services
from community.demo_second_step import SECOND_STEP_LOGINS, give_demo_authenticators
from community.models import Group, Membership, Thread
from safety import ratelimit

CONTENT = json.loads((Path(__file__).with_name("demo_content.json")).read_text(encoding="utf-8"))
GROUPS, MEMBERS, THREADS = CONTENT["groups"], CONTENT["members"], CONTENT["threads"]
DEMO_PASSWORD = "harbour-demo-2026"
LOGINS = [
    ("sam_member", "a member of Bipolar, Anxiety and Carers"),
    ("riley_groupmod", "moderator of Bipolar peer support and Eating disorder recovery"),
    ("jordan_globalmod", "global moderator"),
    ("alex_admin", "administrator (also /admin/)"),
]
MODERATED = {"riley_groupmod": ("bipolar", "eating-disorder-recovery")}


def _user(username, **flags):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(username=username, email=f"{username}@example.org", password=DEMO_PASSWORD)
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    changed = [name for name, value in flags.items() if getattr(user, name) != value]
    for name in changed:
        setattr(user, name, flags[name])
    if changed:
        user.save(update_fields=changed)
    return user


def _groups(admin) -> dict[str, Group]:
    groups = {}
    for spec in GROUPS:
        group = Group.objects.filter(slug=spec["slug"]).first()
        if group is None:
            group = Group(slug=spec["slug"], name=spec["name"], description=spec["description"],
                          visibility=spec["visibility"], join_policy=spec["join_policy"])
            services.group_save(actor=admin, group=group)
            services.group_set_default_warnings(actor=admin, group=group, slugs=spec["default_warnings"])
        groups[spec["slug"]] = group
    return groups


def _members(admin, groups) -> dict:
    users = {}
    for spec in MEMBERS:
        user = _user(spec["username"])
        users[spec["username"]] = user
        for slug in spec["groups"]:
            membership = services.membership_join(actor=user, group=groups[slug])
            if membership.status == Membership.Status.PENDING:
                services.membership_decide(actor=admin, membership=membership, accept=True)
    return users


def _staff(admin, groups, users):
    jordan = users["jordan_globalmod"]
    jordan.user_permissions.add(Permission.objects.get(codename="moderate_group", content_type__app_label="community"))
    for username, slugs in MODERATED.items():
        for slug in slugs:
            services.moderator_grant(actor=admin, user=users[username], group=groups[slug])


def _threads(admin, groups, users) -> int:
    created = 0
    for t_index, spec in enumerate(THREADS):
        group = groups[spec["group"]]
        if Thread.objects.filter(group=group, title=spec["title"]).exists():
            continue
        opening, *replies = spec["posts"]
        first = services.thread_start(
            actor=users[opening["author"]], group=group, title=spec["title"], body=opening["body"],
            warnings=opening.get("warnings", ()), idempotency_key=f"demo-{t_index}-0",
        )
        posts = [first]
        for p_index, reply in enumerate(replies, start=1):
            quote = posts[reply["quote"]] if "quote" in reply else None
            posts.append(services.post_reply(
                actor=users[reply["author"]], thread=first.thread, body=reply["body"],
                warnings=reply.get("warnings", ()), quote=quote, idempotency_key=f"demo-{t_index}-{p_index}",
            ))
        if spec.get("pinned"):
            services.thread_pin(actor=admin, thread=first.thread)
        if spec.get("locked"):
            services.thread_lock(actor=admin, thread=first.thread)
        created += 1
    return created


def load_demo(*, while_loading=None, demo_authenticators=False) -> dict:
    """`while_loading(groups)` is a context manager from the floor above that
    sets group rules for the load (demo members are not new members).
    `demo_authenticators` gives the demo moderators and administrator the fixed
    demo authenticator key (development only)."""
    with ratelimit.suspended():
        admin = _user("alex_admin", is_staff=True, is_superuser=True)
        groups = _groups(admin)
        users = _members(admin, groups)
        _staff(admin, groups, users)
        if demo_authenticators:
            give_demo_authenticators([users[name] for name in SECOND_STEP_LOGINS])
        with while_loading(list(groups.values())) if while_loading else contextlib.nullcontext():
            created = _threads(admin, groups, users)
    return {"groups": len(groups), "members": len(users), "threads_created": created}
