"""The one place that decides what a viewer gets of a post or a thread.

Every surface (pages, lists, search, notifications, emails, titles, meta tags,
JSON, WebSocket frames) asks `present()` and renders only what it allows. The
function works on plain facts so that it needs no query: callers build a
`Viewer` once per request or connection and a `Subject` per post.
"""

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

SHOW, BLUR, HIDE = "show", "blur", "hide"
MODES = (SHOW, BLUR, HIDE)
DEFAULT_MODE = BLUR
_STRICTNESS = {SHOW: 0, BLUR: 1, HIDE: 2}

# Extra outcomes beside the reader's own three choices.
ABSENT = "absent"  # not sent and not counted: held for someone else, rejected
REMOVED = "removed"  # a placeholder saying the post was removed
BLOCKED = "blocked"  # the viewer blocked the author: counted as hidden, nothing sent

# Post states, shared with community.models.Post.Status.
PUBLISHED = "published"
PENDING = "pending"
REJECTED = "rejected"
REMOVED_BY_AUTHOR = "removed_by_author"
REMOVED_BY_MODERATOR = "removed_by_moderator"

ED_SLUG = "eating_disorder"


@dataclass(frozen=True)
class Viewer:
    """Who is looking, and what they chose. The default is an anonymous visitor
    with the safe defaults: every warning blurred, numbers masked."""

    user_id: int | None = None
    modes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    show_ed_numbers: bool = False
    blocked_ids: frozenset[int] = frozenset()
    moderated_group_ids: frozenset[int] = frozenset()
    is_global_moderator: bool = False

    @property
    def is_anonymous(self) -> bool:
        return self.user_id is None

    def mode_for(self, slug: str) -> str:
        return self.modes.get(slug, DEFAULT_MODE)

    def moderates(self, group_id: int) -> bool:
        return self.is_global_moderator or group_id in self.moderated_group_ids

    @property
    def cache_key(self) -> str:
        """A key that differs whenever two viewers could be shown different
        bytes of the same post, for caches of rendered fragments."""
        modes = ",".join(f"{slug}={self.mode_for(slug)}" for slug in sorted(self.modes))
        return f"{modes}|n={int(self.show_ed_numbers)}"


ANONYMOUS = Viewer()


@dataclass(frozen=True)
class Subject:
    """The facts about a post (or a thread's opening) the decision needs."""

    author_id: int | None
    group_id: int
    status: str
    warnings: frozenset[str]
    group_warnings: frozenset[str] = frozenset()
    quoted_author_id: int | None = None  # a quote carries that member's words

    @property
    def all_warnings(self) -> frozenset[str]:
        return self.warnings | self.group_warnings

    @property
    def ed_context(self) -> bool:
        return ED_SLUG in self.all_warnings


@dataclass(frozen=True)
class Presentation:
    mode: str
    labels: tuple[str, ...] = ()
    mask_numbers: bool = False
    own: bool = False
    held: bool = False  # waiting for a moderator; only its author and moderators get it

    @property
    def sends_content(self) -> bool:
        return self.mode in (SHOW, BLUR)

    @property
    def counts_as_hidden(self) -> bool:
        return self.mode in (HIDE, BLOCKED)

    @property
    def is_listed(self) -> bool:
        """Whether the post takes a place at all (as content or a placeholder)."""
        return self.mode != ABSENT


def strictest_mode(viewer: Viewer, warnings: frozenset[str]) -> str:
    mode = SHOW
    for slug in warnings:
        chosen = viewer.mode_for(slug)
        if _STRICTNESS.get(chosen, 1) > _STRICTNESS[mode]:
            mode = chosen if chosen in _STRICTNESS else BLUR
    return mode


def modes_possible(subject: Subject) -> tuple[str, ...]:
    """The modes `present` could show this subject's content in to someone, so a
    renderer knows which variants anyone may need: blurring needs a warning."""
    return (SHOW, BLUR) if subject.all_warnings else (SHOW,)


def hears_from(viewer: Viewer, member_id: int | None) -> bool:
    """Whether signals about a member (such as "someone is replying") may reach the viewer."""
    return member_id != viewer.user_id and member_id not in viewer.blocked_ids


def present(viewer: Viewer, subject: Subject) -> Presentation:
    own = viewer.user_id is not None and viewer.user_id == subject.author_id
    moderator = viewer.moderates(subject.group_id)
    if subject.status in (REMOVED_BY_AUTHOR, REMOVED_BY_MODERATOR):
        return Presentation(REMOVED, own=own)
    if subject.status == PENDING and not (own or moderator):
        return Presentation(ABSENT)
    if subject.status == REJECTED and not moderator:
        return Presentation(ABSENT)
    labels = tuple(sorted(subject.all_warnings))
    held = subject.status in (PENDING, REJECTED)
    if own:
        # Authors always see their own words, numbers included.
        return Presentation(SHOW, labels=labels, own=True, held=held)
    if {subject.author_id, subject.quoted_author_id} & viewer.blocked_ids:
        return Presentation(BLOCKED)
    mode = strictest_mode(viewer, subject.all_warnings)
    mask = subject.ed_context and not viewer.show_ed_numbers
    return Presentation(mode, labels=labels, mask_numbers=mask, held=held)
