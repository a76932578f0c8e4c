"""A member flags a post; a moderator signs in with password and authenticator
code, claims and resolves the case; the member sees the outcome."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model

from community import services
from community.models import Group
from moderation.models import GroupRules
from tests.second_factor import authenticator_for, code_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a quiet harbour at dawn"


@pytest.fixture
def scene(transactional_db):
    User = get_user_model()
    admin = User.objects.create_superuser("site_admin", "admin@example.org", PASSWORD)
    group = services.group_save(actor=admin, group=Group(slug="carers", name="Carers and supporters"))
    GroupRules.objects.create(group=group, hold_new_members_until=0)
    author, reporter, moderator = (User.objects.create_user(n, f"{n}@example.org", PASSWORD)
                                   for n in ("pushy_seller", "kind_reader", "steady_mod"))
    for member in (author, reporter):
        services.membership_join(actor=member, group=group)
    services.moderator_grant(actor=admin, user=moderator, group=group)
    authenticator_for(moderator)
    post = services.thread_start(actor=author, group=group, title="Great deals",
                                 body="Buy cheap followers at example.org today")
    return post


def _log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username or email").fill(username)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/")


def _log_in_with_code(page, username):
    """Password first; then the code page, where the person types what their app shows."""
    page.goto("/accounts/login/")
    page.get_by_label("Username or email").fill(username)
    page.get_by_label("Password:").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/accounts/2fa/authenticate/")
    code = code_for(authenticator_for(get_user_model().objects.get(username=username)))
    page.get_by_placeholder("Code").fill(code)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: urlsplit(url).path == "/")


def test_a_flag_reaches_a_moderator_and_the_reporter_hears_back(browser, live_server, scene):
    post = scene
    reporter = browser.new_context(base_url=live_server.url).new_page()
    _log_in(reporter, "kind_reader")
    reporter.goto(post.thread.get_absolute_url())
    reporter.get_by_role("link", name="Report").click()
    reporter.get_by_label("Spam").check()
    reporter.get_by_role("button", name="Send to a moderator").click()
    reporter.get_by_text("Thank you for letting us know").wait_for()

    moderator = browser.new_context(base_url=live_server.url).new_page()
    _log_in_with_code(moderator, "steady_mod")
    moderator.get_by_role("link", name="Queue").click()
    moderator.get_by_role("link", name="case").first.click()
    moderator.get_by_role("button", name="Claim this case").click()
    moderator.get_by_text("The case is yours").wait_for()
    moderator.get_by_label("Remove the post").check()
    moderator.get_by_label("Reason or message to the member").fill("Selling things isn't allowed here.")
    moderator.get_by_role("button", name="Do it").click()
    moderator.get_by_text("No cases here").wait_for()

    reporter.goto("/notifications/")
    reporter.get_by_text("Thank you for your report: a moderator took action.").wait_for()
    reporter.goto(post.thread.get_absolute_url())
    assert "Buy cheap followers" not in reporter.content()
    reporter.get_by_text("This post was removed by a moderator.").wait_for()
