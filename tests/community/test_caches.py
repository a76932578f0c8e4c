"""Every change to a thread shows on the very next request: for a visitor,
who is served whole cached pages, and for a signed-in member, whose page is
made of cached post fragments. Each test reads the page once first, so the
caches hold the old bytes, then changes things through the services.

Changes announced after commit (edits, removals, hides, warnings, reactions,
locks) are made inside django_capture_on_commit_callbacks(execute=True): in a
test transaction the after-commit receivers that move the thread's
content_version would otherwise never run."""

import pytest
from django.urls import reverse

from community import services as community
from community.fragments import _TOKEN_MARKER
from community.models import Post
from moderation import services as moderation
from privacy import services as privacy
from safety.models import ContentWarning
from tests.community.cache_scene import (
    NEW_WORDS,
    ORIGINAL,
    WARNED,
    article,
    build_scene,
    claimed_case,
    revealed_only_on_request,
    text_of,
)


@pytest.fixture
def scene(make_group, make_member, make_moderator):
    return build_scene(make_group, make_member, make_moderator)


@pytest.fixture(params=["visitor", "member"])
def look(request, client, scene):
    """Reads the thread page as a visitor or as the scene's reader."""
    if request.param == "member":
        client.force_login(scene.reader)

    def read(url=None):
        page = text_of(client.get(url or scene.url))
        assert _TOKEN_MARKER not in page
        return page

    return read


@pytest.fixture
def settle(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_a_reply_shows_on_the_next_request(scene, look, settle):
    assert NEW_WORDS not in look()
    with settle():
        community.post_reply(actor=scene.friend, thread=scene.thread, body=NEW_WORDS)
    assert NEW_WORDS in look()


def test_an_authors_edit_shows_on_the_next_request(scene, look, settle):
    assert ORIGINAL in look()
    with settle():
        community.post_edit(actor=scene.author, post=scene.post, body=NEW_WORDS)
    page = look()
    assert NEW_WORDS in article(page, scene.post) and ORIGINAL not in page


def test_a_moderators_edit_shows_on_the_next_request(scene, look, settle):
    case = claimed_case(scene, scene.post)
    assert ORIGINAL in look()
    with settle():
        moderation.case_edit_post(actor=scene.moderator, case=case, body=NEW_WORDS, reason="Took out a name.")
    page = look()
    assert NEW_WORDS in article(page, scene.post) and ORIGINAL not in page


def test_an_authors_removal_shows_on_the_next_request(scene, look, settle):
    assert ORIGINAL in look()
    with settle():
        community.post_delete_own(actor=scene.author, post=scene.post)
    page = look()
    assert ORIGINAL not in page and "This post was removed by its author." in page


def test_a_moderators_removal_shows_on_the_next_request(scene, look, settle):
    case = claimed_case(scene, scene.post)
    assert ORIGINAL in look()
    with settle():
        moderation.case_remove(actor=scene.moderator, case=case, reason="It named someone.")
    page = look()
    assert ORIGINAL not in page and "This post was removed by a moderator." in page


def test_a_hidden_post_goes_on_the_next_request(scene, look, settle):
    case = claimed_case(scene, scene.post)
    assert ORIGINAL in look()
    with settle():
        moderation.case_hide(actor=scene.moderator, case=case, reason="Looking into a report.")
    page = look()
    assert ORIGINAL not in page and "This post was removed by a moderator." in page


def test_approving_a_hidden_post_brings_it_back_on_the_next_request(scene, look, settle):
    case = claimed_case(scene, scene.post)
    with settle():
        moderation.case_hide(actor=scene.moderator, case=case, reason="Looking into a report.")
    assert ORIGINAL not in look()
    with settle():
        moderation.case_approve(actor=scene.moderator, case=case)
    assert ORIGINAL in article(look(), scene.post)


def test_an_upheld_appeal_brings_a_removed_post_back_on_the_next_request(scene, look, settle):
    with settle():
        moderation.case_remove(actor=scene.moderator, case=claimed_case(scene, scene.post), reason="Off topic.")
    removed = Post.objects.get(pk=scene.post.pk)
    appeal = moderation.appeal_submit(actor=scene.author, text="It was on topic.", post=removed)
    case = moderation.case_claim(actor=scene.colleague, case=appeal.case)
    assert ORIGINAL not in look()
    with settle():
        moderation.appeal_decide(actor=scene.colleague, case=case, uphold=True, reason="You're right.")
    assert ORIGINAL in article(look(), scene.post)


def test_a_warning_a_moderator_adds_blurs_the_post_on_the_next_request(scene, look, settle):
    shown = article(look(), scene.post)
    assert ORIGINAL in shown and not revealed_only_on_request(shown, ORIGINAL)
    with settle():
        moderation.post_warnings_change(actor=scene.moderator, post=scene.post, add=["abuse"],
                                        reason="Trauma details.")
    blurred = article(look(), scene.post)
    assert revealed_only_on_request(blurred, ORIGINAL) and ">Abuse<" in blurred


def test_a_reaction_count_shows_on_the_next_request(scene, look, settle):
    assert 'Thank you <span class="count">0</span>' in article(look(), scene.post)
    with settle():
        community.reaction_toggle(actor=scene.friend, post=scene.post, kind="thanks")
    assert 'Thank you <span class="count">1</span>' in article(look(), scene.post)


def test_a_lock_shows_on_the_next_request(scene, look, settle):
    assert 'id="locked-note" hidden' in look()
    with settle():
        moderation.thread_flag_set(actor=scene.moderator, thread=scene.thread, field="locked", value=True)
    page = look()
    assert 'id="locked-note">' in page and "Post reply" not in page and "?quote=" not in page


def test_a_pin_shows_on_the_next_request_to_a_moderator(client, scene, settle):
    client.force_login(scene.moderator)
    assert '<option value="pin">Pin</option>' in text_of(client.get(scene.url))
    with settle():
        moderation.thread_flag_set(actor=scene.moderator, thread=scene.thread, field="pinned", value=True)
    assert '<option value="unpin">Unpin</option>' in text_of(client.get(scene.url))


def test_a_pin_shows_in_the_groups_thread_list_on_the_next_request(scene, look, settle):
    group_page = scene.group.get_absolute_url()
    assert '<span class="badge">Pinned</span>' not in look(group_page)
    with settle():
        moderation.thread_flag_set(actor=scene.moderator, thread=scene.thread, field="pinned", value=True)
    assert '<span class="badge">Pinned</span>' in look(group_page)


def test_the_groups_default_warnings_blur_every_post_on_the_next_request(scene, look, admin_user):
    assert not revealed_only_on_request(article(look(), scene.post), ORIGINAL)
    community.group_set_default_warnings(actor=admin_user, group=scene.group, slugs=["substance_use"])
    page = look()
    assert revealed_only_on_request(article(page, scene.post), ORIGINAL)
    assert "<h1>A thread with a content warning</h1>" in page and ">Substance use<" in page


def test_a_renamed_group_shows_on_the_next_request(scene, look, admin_user):
    assert "Evening check-ins" in look()
    scene.group.name = "Night harbour"
    community.group_save(actor=admin_user, group=scene.group)
    page = look()
    assert "Night harbour" in page and "Evening check-ins" not in page


def test_a_warning_renamed_in_the_admin_shows_on_the_next_request(client, scene, look, admin_user):
    assert ">Self-harm<" in article(look(), scene.warned)
    warning = ContentWarning.objects.get(slug="self_harm")
    editor = type(client)()
    editor.force_login(admin_user)
    response = editor.post(reverse("admin:safety_contentwarning_change", args=[warning.pk]), {
        "label": "Self-injury", "description": warning.description, "order": warning.order})
    assert response.status_code == 302, response.content.decode()[:2000]
    fragment = article(look(), scene.warned)
    assert ">Self-injury<" in fragment and ">Self-harm<" not in fragment and revealed_only_on_request(fragment, WARNED)


def test_a_member_who_deletes_their_account_loses_their_name_on_the_next_request(scene, look, settle):
    assert ">tidewatcher<" in article(look(), scene.post)
    with settle():
        privacy.account_delete(scene.author, scene.author, posts="anonymise")
    page = look()
    assert "tidewatcher" not in page and ">Former member<" in article(page, scene.post) and ORIGINAL in page
