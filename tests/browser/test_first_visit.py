"""A newcomer signs up, joins a group, starts a thread, replies, and sees the reply."""

import pytest

from community.models import Group
from moderation.models import GroupRules
from community import services
from django.contrib.auth import get_user_model

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def open_group(transactional_db):
    admin = get_user_model().objects.create_superuser("site_admin", "admin@example.org", "x")
    group = Group(slug="anxiety", name="Anxiety and panic", description="Swap grounding tricks.")
    group = services.group_save(actor=admin, group=group)
    GroupRules.objects.create(group=group, hold_new_members_until=0)  # holding is tested in moderation
    return group


def test_sign_up_join_start_a_thread_and_reply(page, open_group):
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill("lantern_keeper")
    page.get_by_label("Email").fill("lantern@example.org")
    page.get_by_label("Password:", exact=True).fill("a quiet harbour at dawn")
    page.get_by_label("Password (again)").fill("a quiet harbour at dawn")
    page.get_by_role("button", name="Sign Up").click()

    page.goto("/groups/anxiety/")
    page.get_by_role("button", name="Join this group").click()
    page.get_by_text("Welcome to Anxiety and panic").wait_for()

    page.get_by_role("link", name="Start a thread").click()
    page.get_by_label("Title").fill("Box breathing before work")
    page.get_by_label("Your post").fill("Four in, hold, four out. It **helps** me most mornings.")
    page.get_by_role("button", name="Post thread").click()
    page.get_by_role("heading", name="Box breathing before work").wait_for()

    page.get_by_label("Your post").fill("Trying this tomorrow, thank you for sharing.")
    page.get_by_role("button", name="Post reply").click()
    reply = page.locator("article.post").filter(has_text="Trying this tomorrow")
    reply.wait_for()
    assert reply.locator(".author").inner_text() == "lantern_keeper"
    assert page.locator("article.post").count() == 2
