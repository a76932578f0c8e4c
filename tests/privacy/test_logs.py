"""No post text, email address or IP address reaches a log, whatever the level.

A whole visit runs through HTTP from one address: signing up, logging in,
posting, an acute-risk reply, a report, a moderator's decision, and the
error pages. Logging is set up from settings.LOGGING as LOG_LEVEL=DEBUG
would set it, every logger is turned up to DEBUG (django.request,
django.server and the project's own included), and every query is logged
as DEBUG=1 logs them."""

import copy
import logging
import logging.config
import uuid

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils.log import configure_logging

from community.models import Post, Thread
from moderation.models import Case
from tests.second_factor import authenticator_for, code_for

pytestmark = pytest.mark.django_db

IP = "203.0.113.77"
EMAIL = "lantern.private@example.net"
PASSWORD = "a quiet harbour at dawn"
TITLE = "Saltmarsh evenings and the long walk home"
OPENING = "The saltmarsh path helps me breathe when the evenings close in."
ACUTE = "I can't carry this anymore. I'm going to end my life tonight, goodbye to the saltmarsh."
NOTE = "The heron-grey note I wrote for the moderators"
CRASHING = "Words typed just before the page broke: kelp and lanterns."
SECRETS = (EMAIL, IP, TITLE, OPENING, ACUTE, NOTE, CRASHING)


class Keep(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def records():
    """Every record any logger emits during the test."""
    names = ["", "django.request", "django.server", *logging.root.manager.loggerDict]
    levels = {name: logging.getLogger(name).level for name in names}
    config = copy.deepcopy(settings.LOGGING)
    config["root"]["level"] = "DEBUG"  # as LOG_LEVEL=DEBUG sets it
    logging.config.dictConfig(config)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    keep = Keep()
    logging.getLogger().addHandler(keep)
    connection.force_debug_cursor = True  # every query logged, as with DEBUG=1
    yield keep.records
    connection.force_debug_cursor = False
    logging.getLogger().removeHandler(keep)
    configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    for name, level in levels.items():  # later tests run at the levels they started with
        logging.getLogger(name).setLevel(level)


def _texts(record) -> list[str]:
    texts = [record.getMessage(), repr(record.args)]
    if record.exc_info:
        texts.append(logging.Formatter().formatException(record.exc_info))
    if record.stack_info:
        texts.append(record.stack_info)
    return texts


def _visitor() -> Client:
    return Client(REMOTE_ADDR=IP, raise_request_exception=False)


def _sign_up_and_post(visitor, group):
    visitor.get(reverse("account_signup"))
    response = visitor.post(reverse("account_signup"), {
        "username": "lanternlight", "email": EMAIL, "password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 302
    visitor.post(reverse("group_join", args=[group.slug]))
    response = visitor.post(reverse("thread_new", args=[group.slug]), {
        "title": TITLE, "body": OPENING, "idempotency_key": uuid.uuid4().hex})
    assert response.status_code == 302
    visitor.post(reverse("account_logout"))
    response = visitor.post(reverse("account_login"), {"login": EMAIL, "password": PASSWORD})
    assert response.status_code == 302
    thread = Thread.objects.get(title=TITLE)
    response = visitor.post(reverse("thread_reply", args=[group.slug, thread.pk]), {
        "body": ACUTE, "idempotency_key": uuid.uuid4().hex})
    assert response.status_code == 302
    return thread


def _reported(group, thread, make_member):
    reporter = _visitor()
    reporter.force_login(make_member(group, "steadyreader"))
    opening = thread.posts.get(number=1)
    response = reporter.post(reverse("post_flag", args=[opening.pk]), {"reason": "other", "note": NOTE})
    assert response.status_code == 302


def _moderated(moderator, acute: Post):
    mod = _visitor()
    authenticator = authenticator_for(moderator)
    mod.post(reverse("account_login"), {"login": moderator.username, "password": "a-long-demo-pass"})
    mod.post(reverse("mfa_authenticate"), {"code": code_for(authenticator)})
    case = Case.objects.get(post=acute, status="open")
    assert mod.get(reverse("case_detail", args=[case.pk])).status_code == 200
    mod.post(reverse("case_claim", args=[case.pk]))
    mod.post(reverse("case_act", args=[case.pk]), {"action": "approve", "reason": "", "body": ""})
    assert Case.objects.get(pk=case.pk).status == "resolved"


def _error_pages(visitor, group, thread, make_group, monkeypatch):
    assert visitor.get("/no-such-page/").status_code == 404
    elsewhere = make_group("Somewhere not joined")
    assert visitor.get(reverse("thread_new", args=[elsewhere.slug])).status_code == 403

    def breaks(**kwargs):
        raise RuntimeError("the reply could not be saved")

    monkeypatch.setattr("community.views.threads.services.post_reply", breaks)
    response = visitor.post(reverse("thread_reply", args=[group.slug, thread.pk]), {
        "body": CRASHING, "idempotency_key": uuid.uuid4().hex})
    assert response.status_code == 500


def test_a_whole_visit_logs_no_words_addresses_or_emails(records, make_group, make_member, make_moderator,
                                                         monkeypatch):
    group = make_group("Coastal walkers")
    moderator = make_moderator(group, "tidemoderator")
    visitor = _visitor()
    thread = _sign_up_and_post(visitor, group)
    _reported(group, thread, make_member)
    _moderated(moderator, Post.objects.get(body=ACUTE))
    _error_pages(visitor, group, thread, make_group, monkeypatch)
    assert any(r.name == "django.request" and r.levelno == logging.ERROR for r in records), "the 500 was logged"
    assert any(r.name == "django.request" and "Not Found" in r.getMessage() for r in records), "the 404 was logged"
    leaks = [(r.name, secret) for r in records for text in _texts(r) for secret in SECRETS if secret in text]
    assert leaks == []
