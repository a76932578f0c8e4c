"""Bad input in the composer (new thread, reply, edit), through real form posts:
each is refused with words a person understands and their draft still in the
form, and nothing is saved; or, where the input is strange but harmless, it
is posted once in bounded time. Invisible control characters are taken out
silently (safety/control_chars.py says why)."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from community import services
from community.models import Post, PostRevision, Thread
from tests.hardening.form_echo import input_value, readable, textarea_text
from tests.hardening.measured import BOUND_SECONDS, POSTING_BOUND_SECONDS, timed

pytestmark = pytest.mark.django_db

SURFACES = ["new thread", "reply", "edit"]
LIMIT = settings.HARBOUR["POST_MAX_CHARS"]
TOO_LONG = f"Your post is longer than {LIMIT} characters"
TOO_NESTED = "inside one another more than 8 levels deep"
TOO_MANY_PARTS = "separate parts (paragraphs, list items, table cells"

REFUSED = {
    "just over the length limit": ("a" * (LIMIT + 1), TOO_LONG),
    # No 10,000 links fit in 20,000 characters: the shortest link takes six.
    "ten thousand links": ("<ab:c> " * 10_000, TOO_LONG),
    "101 links": ("[help](https://example.org/help) " * 101, "has 101 links, and the most we can take is 100"),
    "10,000 nested quotes": (">" * 10_000 + " still here", TOO_NESTED),
    "9,000 nested lists": ("- " * 9_000 + "still here", TOO_NESTED),
    "6,000 nested numbered lists": ("1. " * 6_000 + "still here", TOO_NESTED),
    "3,000 levels of bold italics": ("***" * 3_000 + "still here" + "***" * 3_000, TOO_NESTED),
    "nine quotes, one inside another": ("> " * 9 + "still here", TOO_NESTED),
    "a 2,000-row table": ("|a|b|c|\n|-|-|-|\n" + "|1|2|3|\n" * 2_000, TOO_MANY_PARTS),
    "4,000 short paragraphs": ("ok\n\n" * 4_000, TOO_MANY_PARTS),
    "4,750 code spans": ("`a" * 9_500, TOO_MANY_PARTS),
}

# The three surfaces share one form's checks: each kind of refusal is tried on
# every surface, and every case on replies.
ON_EVERY_SURFACE = ["just over the length limit", "101 links", "10,000 nested quotes", "a 2,000-row table"]
REFUSALS = [(surface, case) for surface in SURFACES for case in ON_EVERY_SURFACE]
REFUSALS += [("reply", case) for case in REFUSED if case not in ON_EVERY_SURFACE]

# Strange but harmless: posted once, and shown, in bounded time.
BOUNDED = {
    "10,000 opening brackets before a link": "[" * 10_000 + "x](https://example.org/)",
    "a 600-cell table": "|a|b|c|\n|-|-|-|\n" + "|1|2|3|\n" * 199,
    "19,000 backticks": "`" * 19_000,
    "1,900 short paragraphs": "ok\n\n" * 1_900,
    "19,000 angle brackets": "<" * 19_000,
    "9,500 image openings": "![" * 9_500,
    "eight quotes, one inside another": "> " * 8 + "still here",
}


@pytest.fixture
def group(make_group):
    return make_group("Evening check-ins")


@pytest.fixture
def member(group, make_member):
    return make_member(group, "tidewatcher")


@pytest.fixture
def thread(group, member, make_thread):
    return make_thread(group, member)


@pytest.fixture
def own_post(thread, member, make_reply):
    return make_reply(thread, member, body="What I wrote first.")


@pytest.fixture
def composer(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def url_for(group, thread, own_post):
    urls = {
        "new thread": reverse("thread_new", args=[group.slug]),
        "reply": reverse("thread_reply", args=[group.slug, thread.pk]),
        "edit": reverse("post_edit", args=[own_post.pk]),
    }
    return urls.__getitem__


def fields(surface, body, **extra):
    data = {"body": body, "idempotency_key": f"{surface}-{len(body)}", **extra}
    if surface == "new thread":
        data.setdefault("title", "A quiet evening")
    return data


def stored():
    """Every thread, post and revision as saved, to compare before and after."""
    return (sorted(Thread.objects.values_list("id", "title")), sorted(Post.objects.values_list("id", "body")),
            PostRevision.objects.count())


@pytest.mark.parametrize(("surface", "case"), REFUSALS)
def test_bad_input_is_refused_kindly_with_the_draft_kept_and_nothing_saved(composer, url_for, surface, case):
    body, message = REFUSED[case]
    before = stored()
    response, seconds = timed(f"{surface}, {case}", lambda: composer.post(url_for(surface), fields(surface, body)))
    page = response.content.decode()
    assert response.status_code == 200
    assert message in readable(page) and "Your text is still here" in readable(page)
    assert textarea_text(page, "body").strip() == body.strip()
    assert stored() == before
    assert seconds < BOUND_SECONDS


@pytest.mark.parametrize("case", BOUNDED)
def test_strange_but_harmless_markdown_is_posted_once_and_shown_in_bounded_time(composer, url_for, thread, case):
    body = BOUNDED[case]
    response, seconds = timed(f"reply, {case}", lambda: composer.post(url_for("reply"), fields("reply", body)))
    assert response.status_code == 302 and seconds < POSTING_BOUND_SECONDS
    post = Post.objects.get(thread=thread, body=body.strip())
    page, seconds = timed(f"thread page with {case}", lambda: composer.get(post.get_absolute_url(), follow=True))
    assert page.status_code == 200 and f'id="post-{post.pk}"' in page.content.decode()
    assert seconds < BOUND_SECONDS


@pytest.mark.parametrize("surface", SURFACES)
def test_a_body_just_at_the_limit_as_a_browser_counts_it_is_accepted(composer, url_for, surface):
    # A browser counts a line break as one character against the textarea's
    # maxlength but sends it as two (CR LF).
    body = ("a" * 99 + "\r\n") * (LIMIT // 100)
    response = composer.post(url_for(surface), fields(surface, body))
    assert response.status_code == 302
    assert Post.objects.filter(body=body.replace("\r\n", "\n").strip()).exists()


def test_a_title_just_over_its_limit_is_refused_with_title_and_body_kept(composer, url_for):
    title, limit = "t" * (settings.HARBOUR["TITLE_MAX_CHARS"] + 1), settings.HARBOUR["TITLE_MAX_CHARS"]
    before = stored()
    response = composer.post(url_for("new thread"), fields("new thread", "My week, mostly.", title=title))
    page = response.content.decode()
    assert f"Please keep the title to {limit} characters or fewer" in readable(page)
    assert input_value(page, "title") == title and textarea_text(page, "body") == "My week, mostly."
    assert stored() == before


@pytest.mark.parametrize("surface", SURFACES)
def test_invisible_control_characters_are_taken_out_and_the_rest_is_posted(composer, url_for, surface):
    typed = "Feeling\x00 a bit\x07 better\x1b today.\n\tTab and line break stay.\x7f"
    extra = {"title": "Mon\x00day\x08 notes"} if surface == "new thread" else {}
    response = composer.post(url_for(surface), fields(surface, typed, **extra))
    assert response.status_code == 302
    post = Post.objects.get(body="Feeling a bit better today.\n\tTab and line break stay.")
    assert post.revisions.filter(body=post.body).exists()
    if surface == "new thread":
        assert post.thread.title == "Monday notes"


def test_a_double_submitted_thread_creates_one_thread(composer, url_for):
    data = fields("new thread", "Posting this once, though I pressed twice.", title="Pressed twice")
    first, second = composer.post(url_for("new thread"), data), composer.post(url_for("new thread"), data)
    assert first.status_code == second.status_code == 302 and first["Location"] == second["Location"]
    assert Thread.objects.filter(title="Pressed twice").count() == 1
    assert Post.objects.filter(body=data["body"]).count() == 1


def test_a_refused_edit_keeps_the_old_text_and_history(composer, url_for, own_post):
    response = composer.post(url_for("edit"), fields("edit", "> " * 50 + "rewritten"))
    own_post.refresh_from_db()
    assert response.status_code == 200
    assert own_post.body == "What I wrote first." and "What I wrote first." in own_post.body_html
    assert list(own_post.revisions.values_list("body", flat=True)) == ["What I wrote first."]


def test_other_doors_get_the_same_refusal_from_the_service(thread, member):
    before = stored()
    with pytest.raises(ValidationError) as error:
        services.post_reply(actor=member, thread=thread, body=">" * 10_000 + " still here")
    assert TOO_NESTED in error.value.messages[0] and stored() == before
