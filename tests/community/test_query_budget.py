"""Pages cost a fixed number of queries, however many posts, threads or cases
they list: a thread page read again costs at most 8 queries signed in and 4
as a visitor, and posting a reply at most 23.

The first read of a thread page runs inside
django_capture_on_commit_callbacks(execute=True): the read marker remembers
where it stands only after commit, and in a test transaction nothing commits."""

import pytest

from community import services as community
from moderation import services as moderation
from moderation.models import Case, Reason
from safety import ratelimit

SIGNED_IN_BUDGET, VISITOR_BUDGET = 8, 4
POSTING_BUDGET = 23  # the reply, its revision, warnings, numbering, notifications and live readers told


@pytest.fixture
def group(make_group):
    return make_group("Evening check-ins")


@pytest.fixture
def author(group, make_member):
    return make_member(group, "tidewatcher")


def _thread_of(group, author, posts: int):
    with ratelimit.suspended():
        thread = community.thread_start(actor=author, group=group, title=f"{posts} posts", body="Opening").thread
        for number in range(2, posts + 1):
            community.post_reply(actor=author, thread=thread, body=f"Reply number {number}")
    return thread


def _read_again(client, url, budget, assert_max_queries, capture_on_commit) -> int:
    with capture_on_commit(execute=True):
        assert client.get(url).status_code == 200
    with assert_max_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("signed_in, budget", [(True, SIGNED_IN_BUDGET), (False, VISITOR_BUDGET)])
def test_a_thread_page_read_again_stays_within_budget_for_5_or_50_posts(
        client, group, author, make_member, signed_in, budget, django_assert_max_num_queries,
        django_capture_on_commit_callbacks):
    if signed_in:
        client.force_login(make_member(group, "saltmarsh"))
    few, many = _thread_of(group, author, 5), _thread_of(group, author, 50)
    counts = [_read_again(client, thread.get_absolute_url() + suffix, budget, django_assert_max_num_queries,
                          django_capture_on_commit_callbacks)
              for thread, suffix in ((few, ""), (many, ""), (many, "?page=2"))]
    assert len(set(counts)) == 1, counts


def _list_queries(client, url, assert_max_queries) -> int:
    client.get(url)
    with assert_max_queries(20) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("signed_in", [True, False])
def test_a_groups_thread_list_costs_the_same_for_5_or_50_threads(client, make_group, make_member, signed_in,
                                                                 django_assert_max_num_queries):
    small, large = make_group("Small harbour"), make_group("Large harbour")
    author = make_member(small, "tidewatcher")
    community.membership_join(actor=author, group=large)
    with ratelimit.suspended():
        for group, count in ((small, 5), (large, 50)):
            for number in range(count):
                community.thread_start(actor=author, group=group, title=f"Thread {number}", body="hello")
    if signed_in:
        client.force_login(author)
    counts = [_list_queries(client, group.get_absolute_url(), django_assert_max_num_queries)
              for group in (small, large)]
    assert counts[0] == counts[1], counts


def _vary_cases(group, moderator, member) -> None:
    """Every kind of row the queue draws: held by a moderator, under a warning,
    quoting someone, and about a member rather than a post."""
    cases = list(Case.objects.filter(group=group).select_related("post__thread"))
    for case in cases[::3]:
        moderation.case_claim(actor=moderator, case=case)
    thread = cases[0].post.thread
    with ratelimit.suspended():
        for _ in range(2):
            warned = community.post_reply(actor=member, thread=thread, body="Hard night.", warnings=["self_harm"],
                                          quote=cases[1].post)
            moderation.flag_post(actor=moderator, post=warned, reason="spam")
    moderation.case_open(reason=Reason.APPEAL, member=member, group=group)


def _open_cases(group, author, reporter, count: int) -> None:
    with ratelimit.suspended():
        thread = community.thread_start(actor=author, group=group, title=f"{count} reports", body="Opening").thread
        for number in range(count):
            post = community.post_reply(actor=author, thread=thread, body=f"Reply number {number}")
            moderation.flag_post(actor=reporter, post=post, reason="spam")


def test_the_moderation_queue_costs_the_same_for_5_or_50_open_cases(client, make_group, make_member, make_moderator,
                                                                     admin_user, django_assert_max_num_queries):
    small, large = make_group("Small harbour"), make_group("Large harbour")
    moderator = make_moderator(small, "harbourmaster")
    community.moderator_grant(actor=admin_user, user=moderator, group=large)
    for group, count in ((small, 5), (large, 50)):
        _open_cases(group, make_member(group), make_member(group), count)
        _vary_cases(group, moderator, make_member(group))
    client.force_login(moderator)  # with the second sign-in step recorded (tests/second_factor.py)
    counts = [_list_queries(client, f"/moderation/?group={group.slug}", django_assert_max_num_queries)
              for group in (small, large)]
    assert counts[0] == counts[1], counts


def test_posting_a_reply_costs_the_same_in_a_thread_of_5_or_50_posts(
        client, group, author, make_member, django_assert_max_num_queries, django_capture_on_commit_callbacks):
    client.force_login(make_member(group, "lanternlight"))
    threads = [_thread_of(group, author, 5), _thread_of(group, author, 5), _thread_of(group, author, 50)]
    counts = []
    for n, thread in enumerate(threads):  # the first one warms the caches every request finds warm
        # Inner, so the work done after commit (live readers, badges, page versions) is counted too.
        with django_assert_max_num_queries(POSTING_BUDGET) as captured, \
                django_capture_on_commit_callbacks(execute=True):
            response = client.post(thread.get_absolute_url() + "reply/",
                                   {"body": "Thinking of you all tonight.", "idempotency_key": f"budget-{n}"})
        assert response.status_code == 302
        counts.append(len(captured))
    assert counts[1] == counts[2], counts
