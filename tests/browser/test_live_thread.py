"""Two members on one thread in two browsers: one replies, the other sees it
arrive without reloading, announced politely to screen readers."""

import pytest
from django.conf import settings
from django.test import Client

from community import services
from bench.servers import server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _context(browser, host, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=f"http://{host}")
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                          "domain": "127.0.0.1", "path": "/"}])
    return context


def test_a_reply_appears_live_on_another_members_page(browser, make_group, make_member):
    group = make_group("Anxiety and panic")
    writer, reader = make_member(group, "tidewatcher"), make_member(group, "harbourlight")
    thread = services.thread_start(actor=writer, group=group, title="Box breathing", body="Four in, four out.").thread
    url = thread.get_absolute_url()
    with server(None) as host:
        reading = _context(browser, host, reader).new_page()
        reading.goto(url)
        reading.wait_for_timeout(1000)  # connected
        writing = _context(browser, host, writer).new_page()
        writing.goto(url)
        writing.get_by_label("Your post").fill("It helped again this morning.")
        writing.get_by_role("button", name="Post reply").click()
        arrived = reading.locator("article.post").filter(has_text="It helped again this morning.")
        arrived.wait_for(timeout=10_000)
        assert reading.locator("#live-announcer").inner_text() == "New reply from tidewatcher"


def test_the_new_replies_button_stays_hidden_until_there_are_new_replies(browser, make_group, make_member):
    group = make_group()
    writer = make_member(group)
    thread = services.thread_start(actor=writer, group=group, title="Quiet", body="Nothing new yet.").thread
    url = thread.get_absolute_url()
    with server(None) as host:
        page = _context(browser, host, writer).new_page()
        page.set_viewport_size({"width": 320, "height": 700})
        page.goto(url)
        assert not page.locator("#new-replies").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320  # usable at 320 px
