"""The settings page and blocking."""

import re

import pytest
from django.urls import reverse

from community import services
from community.models import Notification
from safety.models import Block, ReaderSettings


def test_the_settings_page_offers_show_blur_hide_for_each_warning(client, make_user):
    client.force_login(make_user())
    page = client.get(reverse("reader_settings")).content.decode()
    for label in ("Suicide", "Self-harm", "Eating disorders", "Substance use", "Abuse"):
        assert label in page
    assert len(re.findall(r'value="blur"[^>]*checked', page)) == 5  # the safe default
    numbers_box = re.search(r'<input[^>]*name="show_ed_numbers"[^>]*>', page).group(0)
    assert "checked" not in numbers_box


def test_saving_settings_changes_what_the_next_page_shows(client, make_group, make_member):
    group = make_group()
    author, reader = make_member(group), make_member(group)
    services.thread_start(actor=author, group=group, title="Quillfeather night", body="Hard night.", warnings=["self_harm"])
    client.force_login(reader)
    assert "Quillfeather" in client.get(group.get_absolute_url()).content.decode()
    modes = {f"mode_{slug}": "blur" for slug in ("suicide", "self_harm", "eating_disorder", "substance_use", "abuse")}
    client.post(reverse("reader_settings"), {**modes, "mode_self_harm": "hide"})
    assert ReaderSettings.objects.get(user=reader).modes["self_harm"] == "hide"
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Quillfeather" not in page and "1 thread hidden" in page


def test_blocking_hides_a_member_and_unblocking_brings_them_back(client, make_group, make_member):
    group = make_group()
    author, reader = make_member(group, "stormpetrel"), make_member(group)
    thread = services.thread_start(actor=author, group=group, title="Marigold chat", body="Marigolds everywhere").thread
    client.force_login(reader)
    assert client.get(reverse("member_block", args=["stormpetrel"])).status_code == 200  # asks first
    client.post(reverse("member_block", args=["stormpetrel"]))
    assert Block.objects.filter(blocker=reader, blocked=author).exists()
    for url in (thread.get_absolute_url(), group.get_absolute_url(), "/search/?q=Marigolds", "/"):
        page = client.get(url).content.decode()
        assert "Marigolds everywhere" not in page and "Marigold chat" not in page, url
    client.post(reverse("member_unblock", args=["stormpetrel"]))
    assert "Marigold" in client.get(thread.get_absolute_url()).content.decode()


def test_a_blocked_member_cannot_mention_or_quote_the_blocker(make_group, make_member):
    from django.core.exceptions import ValidationError
    from safety import services as safety_services

    group = make_group()
    blocker, blocked = make_member(group, "quietfern"), make_member(group, "loudgull")
    first = services.thread_start(actor=blocker, group=group, title="Hi", body="Hello all.")
    safety_services.block_add(actor=blocker, blocked=blocked)
    services.post_reply(actor=blocked, thread=first.thread, body="Hey @quietfern")
    assert not Notification.objects.filter(recipient=blocker).exists()
    with pytest.raises(ValidationError):
        services.post_reply(actor=blocked, thread=first.thread, body="> Hello all.", quote=first)


def test_nobody_can_block_themselves(client, make_user):
    user = make_user("selfish")
    client.force_login(user)
    assert client.post(reverse("member_block", args=["selfish"])).status_code == 404
