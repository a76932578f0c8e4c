"""Two moderators acting on one case at the same moment, in real concurrent
transactions on PostgreSQL: exactly one action is recorded, the other is told."""

import threading

import pytest
from django.db import connection, connections

from community import services as community
from moderation import services
from moderation.models import AuditEntry, Case
from tests.services import need_postgres

pytestmark = pytest.mark.django_db(transaction=True)


def _race(*calls):
    """Run each call in its own thread and connection, released together."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            outcomes[index] = ("ok", call())
        except services.CaseUnavailable as error:
            outcomes[index] = ("refused", error.messages[0])
        except Exception as error:  # noqa: BLE001  (reported in the assertion)
            outcomes[index] = ("error", repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcomes


@pytest.fixture
def flagged_case(make_group, make_member, make_moderator):
    group = make_group()
    author, reporter = make_member(group), make_member(group)
    post = community.thread_start(actor=author, group=group, title="Hello", body="A calm day.")
    services.flag_post(actor=reporter, post=post, reason="spam")
    return group, Case.objects.get(post=post), make_moderator(group), make_moderator(group)


def test_two_moderators_claiming_at_once_one_wins_one_is_told(flagged_case):
    need_postgres()
    _group, case, first, second = flagged_case
    outcomes = _race(lambda: services.case_claim(actor=first, case=case),
                     lambda: services.case_claim(actor=second, case=case))
    kinds = sorted(kind for kind, _ in outcomes)
    assert kinds == ["ok", "refused"], outcomes
    refused = next(text for kind, text in outcomes if kind == "refused")
    assert "is working on this case" in refused
    assert AuditEntry.objects.filter(action="case_claim").count() == 1


def test_two_moderators_resolving_at_once_record_exactly_one_action(flagged_case):
    need_postgres()
    _group, case, first, second = flagged_case
    services.case_claim(actor=first, case=case)
    # The second moderator's claim lapses into theirs only after 15 minutes, so
    # both race to act: the holder and a colleague who also pressed a button.
    outcomes = _race(lambda: services.case_remove(actor=first, case=case, reason="Spam link"),
                     lambda: services.case_dismiss(actor=second, case=case, reason="Looks fine"))
    assert sorted(kind for kind, _ in outcomes) == ["ok", "refused"], outcomes
    case.refresh_from_db()
    assert case.status == "resolved" and case.resolution == "removed"
    assert AuditEntry.objects.filter(action__in=["post_removed", "flags_dismiss"]).count() == 1


def test_racing_resolutions_by_the_same_moderator_record_one(flagged_case):
    need_postgres()
    _group, case, first, _second = flagged_case
    services.case_claim(actor=first, case=case)
    outcomes = _race(lambda: services.case_remove(actor=first, case=case, reason="Spam link"),
                     lambda: services.case_dismiss(actor=first, case=case, reason="Double click"))
    assert sorted(kind for kind, _ in outcomes) == ["ok", "refused"], outcomes
    refused = next(text for kind, text in outcomes if kind == "refused")
    assert "resolved this case a moment ago" in refused
    assert connection.vendor == "postgresql"
    assert AuditEntry.objects.filter(action__in=["post_removed", "flags_dismiss"]).count() == 1
