"""Every moderation write: views, admin actions and commands call these."""

from moderation.services.actions import (
    case_approve,
    case_dismiss,
    case_edit_post,
    case_hide,
    case_reach_out,
    case_reject,
    case_remove,
    post_warnings_change,
    thread_flag_set,
    thread_move,
)
from moderation.services.appeals import appeal_decide, appeal_submit
from moderation.services.cases import case_claim, case_open, case_release
from moderation.services.errors import CaseUnavailable
from moderation.services.flags import flag_post
from moderation.services.members import member_ban_from_group, member_suspend, member_warn, staff_note_add
from moderation.services.watched import watched_word_add, watched_word_remove

__all__ = [
    "CaseUnavailable",
    "appeal_decide",
    "appeal_submit",
    "case_approve",
    "case_claim",
    "case_dismiss",
    "case_edit_post",
    "case_hide",
    "case_open",
    "case_reach_out",
    "case_reject",
    "case_release",
    "case_remove",
    "flag_post",
    "member_ban_from_group",
    "member_suspend",
    "member_warn",
    "post_warnings_change",
    "staff_note_add",
    "thread_flag_set",
    "thread_move",
    "watched_word_add",
    "watched_word_remove",
]
