"""The moderation queue's rows, rendered once per case and presentation.

A row's key is a digest of everything it shows: the case's priority, group,
holder and reasons, who it is about, how long it has waited ("5 minutes",
as shown), and the post as safety.policy presents it to this moderator (the
HTML picked, the mode, the labels). A claim, a release, a new flag, an edit or
a warning change is another key on the next request."""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince

from community.presenters import present_post
from safety.caching import digest_key, rendered_many

TEMPLATE = "moderation/_queue_row.html"
TTL = 600


def render_case_rows(viewer, cases, now) -> list:
    """The HTML of each case's row, in order, with its post as `viewer` may see it."""
    items = [present_post(viewer, case.post, case.post.thread.group) if case.post else None for case in cases]
    waited = [timesince(case.opened_at, now) for case in cases]
    keys = [_key(case, item, since) for case, item, since in zip(cases, items, waited)]

    def draw(index):
        return render_to_string(TEMPLATE, {"case": cases[index], "item": items[index], "waited": waited[index]})

    return [mark_safe(html) for html in rendered_many(keys, draw, TTL)]


def _key(case, item, waited) -> str:
    post = case.post
    parts = (
        case.pk, case.priority, case.reasons, case.opened_at, waited,
        case.group.name if case.group_id else "", case.claimed_by.username if case.claimed_by_id else "",
        post.author.username if post and post.author_id else "", case.member.username if case.member_id else "",
        (item.presentation, item.labels, item.html) if item else None,
    )
    return digest_key("moderation:case-row:", parts)
