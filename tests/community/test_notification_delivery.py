"""Per-kind notification choices, and emails that obey the reader's policy."""

import pytest
from django.core import mail
from django.urls import reverse

from community import services
from community.models import Notification
from safety import services as safety_services


@pytest.fixture
def scene(make_group, make_member):
    group = make_group()
    author, replier = make_member(group, "tidewatcher"), make_member(group, "stormpetrel")
    thread = services.thread_start(actor=author, group=group, title="Quillfeather evening", body="How was today?").thread
    return group, author, replier, thread


def _reply(replier, thread, body, **kwargs):
    return services.post_reply(actor=replier, thread=thread, body=body, **kwargs)


def test_notifications_are_on_the_site_only_by_default(scene, django_capture_on_commit_callbacks):
    _group, author, replier, thread = scene
    with django_capture_on_commit_callbacks(execute=True):
        _reply(replier, thread, "Thinking of you.")
    assert Notification.objects.filter(recipient=author).count() == 1
    assert mail.outbox == []


def test_a_kind_turned_off_creates_nothing(scene):
    _group, author, replier, thread = scene
    services.notification_preferences_set(actor=author, choices={"thread_reply": "off"})
    _reply(replier, thread, "Thinking of you.")
    assert not Notification.objects.filter(recipient=author).exists()


def test_an_email_carries_the_reply_for_a_reader_who_shows_it(scene, django_capture_on_commit_callbacks):
    _group, author, replier, thread = scene
    services.notification_preferences_set(actor=author, choices={"thread_reply": "email"})
    with django_capture_on_commit_callbacks(execute=True):
        _reply(replier, thread, "Marmalade lanterns at dusk helped me.")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["tidewatcher@example.org"]
    assert "stormpetrel replied to your thread" in message.subject and "Marmalade lanterns" in message.body


@pytest.mark.parametrize("mode", ["blur", "hide"])
def test_an_email_never_carries_words_the_reader_blurs_or_hides(scene, django_capture_on_commit_callbacks, mode):
    _group, author, replier, thread = scene
    services.notification_preferences_set(actor=author, choices={"thread_reply": "email"})
    safety_services.reader_settings_update(actor=author, modes={"self_harm": mode}, show_ed_numbers=False)
    with django_capture_on_commit_callbacks(execute=True):
        _reply(replier, thread, "Marmalade lanterns, but the urges came back last night.", warnings=["self_harm"])
    assert len(mail.outbox) == 1
    assert "Marmalade" not in mail.outbox[0].body and "Marmalade" not in mail.outbox[0].subject


def test_the_settings_page_saves_each_kind(client, scene):
    _group, author, _replier, _thread = scene
    client.force_login(author)
    page = client.get(reverse("notification_settings")).content.decode()
    assert "Replies to your threads" in page and "On Harbour and by email" in page
    client.post(reverse("notification_settings"), {"thread_reply": "email", "mention": "off"})
    from community.models import NotificationPreferences

    prefs = NotificationPreferences.objects.get(user=author)
    assert prefs.delivery("thread_reply") == "email" and prefs.delivery("mention") == "off"
    assert prefs.delivery("join_decision") == "site"
