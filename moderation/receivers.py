"""Moderation's answers to community's signals: whether a post is held or
refused before it is saved, and which cases open once it is."""

from django.dispatch import receiver

from community import permissions as community_permissions
from community.models import Post, PostWarning
from community.services import sync_warnings
from community.signals import Screening, post_saved, post_screen
from moderation import watched
from moderation.models import GroupRules, Reason, WatchedWord
from moderation.services.cases import case_open
from safety.models import ContentWarning

REFUSED = ("Your post includes something this community has asked members not to share, so it "
           "wasn't posted. Your text is still here: you could reword that part and try again. "
           "A moderator can explain more if you'd like.")


def watched_entries() -> tuple:
    rows = WatchedWord.objects.values_list("pk", "kind", "text", "action", "warning__slug").order_by("pk")
    return tuple(rows)


def rules_for(group) -> GroupRules:
    return GroupRules.objects.filter(group=group).first() or GroupRules(group=group)


def _is_new_member(actor, group, rules) -> bool:
    if rules.hold_new_members_until == 0:
        return False
    published = Post.objects.filter(author=actor, thread__group=group, status=Post.Status.PUBLISHED).count()
    return published < rules.hold_new_members_until


@receiver(post_screen)
def screen(sender, *, actor, thread, body, assessment, **kwargs):
    found = watched.matches(watched_entries(), body + "\n" + thread.title)
    if any(action == WatchedWord.Action.BLOCK for _pk, action, _w in found):
        return Screening(refuse_message=REFUSED)
    if community_permissions.can_moderate_group(actor, thread.group):
        return Screening()  # moderators' posts are never held
    rules = rules_for(thread.group)
    reasons = []
    if rules.hold_everything or _is_new_member(actor, thread.group, rules):
        reasons.append(Reason.HELD)
    if assessment.risk == "acute" and rules.acute_rule == GroupRules.AcuteRule.HOLD:
        reasons.append(Reason.ACUTE)
    if any(action == WatchedWord.Action.HOLD for _pk, action, _w in found):
        reasons.append(Reason.WATCHED_WORD)
    return Screening(hold=bool(reasons), reasons=tuple(reasons))


@receiver(post_saved)
def open_cases(sender, *, post, created, screening=None, **kwargs):
    if not created:
        return
    title = post.thread.title if post.thread.post_count == 0 or post.number == 1 else ""
    found = watched.matches(watched_entries(), post.body + "\n" + title)
    _apply_watched_warnings(post, found)
    reasons = set(screening.reasons if screening else ())
    if post.risk == Post.Risk.ACUTE:
        reasons.add(Reason.ACUTE)  # always an urgent case, held or published
    if any(action == WatchedWord.Action.CASE for _pk, action, _w in found):
        reasons.add(Reason.WATCHED_WORD)
    for reason in sorted(reasons):
        case_open(reason=reason, post=post)


def _apply_watched_warnings(post, found):
    slugs = {w for _pk, action, w in found if action == WatchedWord.Action.WARN and w}
    if not slugs:
        return
    rows = [PostWarning(post=post, warning=w, source=PostWarning.Source.MODERATOR)
            for w in ContentWarning.objects.filter(slug__in=slugs)]
    PostWarning.objects.bulk_create(rows, ignore_conflicts=True)
    sync_warnings(post)
