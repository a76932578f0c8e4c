"""The composer guides: warnings applied, numbers hidden, a kind reminder, and
crisis lines straight after an acute post. It never blocks."""

import pytest
from django.urls import reverse

from community import services
from community.models import Post, PostWarning


@pytest.fixture
def group(make_group):
    return make_group("Eating disorder recovery", default_warnings=("eating_disorder",))


@pytest.fixture
def member(group, make_member):
    return make_member(group, "tidewatcher")


def test_preview_shows_the_warnings_and_which_numbers_will_be_hidden(client, group, member):
    client.force_login(member)
    response = client.post(reverse("thread_new", args=[group.slug]), {
        "title": "A hard week", "body": "I was 45kg at my lowest, 3 weeks into the meal plan now.", "preview": "1",
    })
    page = response.content.decode()
    assert response.status_code == 200 and not Post.objects.exists()
    assert "Eating disorders" in page
    assert '<span class="masked-number">45kg</span>' in page  # listed for the author
    assert "[number hidden]" in page  # and shown masked, as readers will see it
    assert "leave out details of methods" in page
    assert "3 weeks into the meal plan" in page  # the draft stays in the form


def test_submitting_tells_the_author_which_warnings_were_applied(client, group, member):
    client.force_login(member)
    response = client.post(reverse("thread_new", args=[group.slug]),
                           {"title": "Meal plan wins", "body": "Ate with my family today."}, follow=True)
    assert "Your post carries these content warnings: Eating disorders" in response.content.decode()


def test_an_acute_post_shows_its_author_the_crisis_lines_kindly(client, make_group, make_member):
    group = make_group()
    member = make_member(group)
    client.force_login(member)
    response = client.post(reverse("thread_new", args=[group.slug]), {
        "title": "Tonight", "body": "I can't do this anymore. I'm going to end my life tonight, goodbye everyone.",
    }, follow=True)
    page = response.content.decode()
    assert Post.objects.get().risk == "acute"
    assert "You're not alone" in page and "116 123" in page and "988" in page
    assert "Need help now?" in page


def test_the_crisis_page_lists_the_default_lines(client, db):
    page = client.get("/help/").content.decode()
    for line in ("Samaritans", "116 123", "85258", "988", "Crisis Text Line", "999"):
        assert line in page


def test_an_author_cannot_remove_a_detector_warning_by_editing(make_group, make_member):
    group = make_group()
    member = make_member(group)
    post = services.thread_start(actor=member, group=group, title="Update",
                                 body="I self-harmed again last night and I feel awful.")
    assert "self_harm" in post.warning_slugs
    services.post_edit(actor=member, post=post, body="I self-harmed again last night.", warnings=[])
    post.refresh_from_db()
    assert "self_harm" in post.warning_slugs
    assert post.warnings.get(warning__slug="self_harm").source == PostWarning.Source.DETECTOR


def test_an_author_can_untick_their_own_warning(make_group, make_member):
    group = make_group()
    member = make_member(group)
    post = services.thread_start(actor=member, group=group, title="Update", body="A calm day.", warnings=["abuse"])
    assert post.warning_slugs == ["abuse"]
    services.post_edit(actor=member, post=post, body="A calm day.", warnings=[])
    post.refresh_from_db()
    assert post.warning_slugs == []


def test_quoting_a_warned_post_carries_its_warnings(make_group, make_member):
    group = make_group()
    a, b = make_member(group), make_member(group)
    first = services.thread_start(actor=a, group=group, title="Hi", body="Some words.", warnings=["substance_use"])
    reply = services.post_reply(actor=b, thread=first.thread, body="> Some words.\n\nSame here.", quote=first)
    assert reply.warnings.get().source == PostWarning.Source.QUOTE
    assert reply.warning_slugs == ["substance_use"]


def test_thread_titles_are_assessed_and_labelled_in_lists(client, make_group, make_member):
    group = make_group()
    member = make_member(group)
    services.thread_start(actor=member, group=group, title="Relapsed into self-harm after two years", body="Tired.")
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Self-harm" in page


def test_group_default_warnings_label_every_post(client, group, member):
    services.thread_start(actor=member, group=group, title="Small win", body="Went to the cafe with a friend.")
    client.force_login(member)
    assert "Eating disorders" in client.get(group.get_absolute_url()).content.decode()
