"""Request bodies no Harbour page sends, built byte by byte: larger than any
form, not UTF-8, with more fields than any form has. Each gets a calm page
before any view runs, and nothing is saved; the largest legitimate form
still goes through."""

import pytest
from channels.testing import ApplicationCommunicator
from django.conf import settings
from django.urls import reverse

from community import services
from community.models import Post, PostRevision, Thread
from config.asgi import application
from tests.hardening.form_echo import readable
from tests.hardening.measured import BOUND_SECONDS, timed

pytestmark = pytest.mark.django_db

URLENCODED = "application/x-www-form-urlencoded"
MEGABYTE = 1024 * 1024
TOO_LARGE = "That was too much to send at once"
GARBLED = "That didn't come through properly"


@pytest.fixture
def thread(make_group, make_member, make_thread):
    group = make_group("Evening check-ins")
    return make_thread(group, make_member(group, "tidewatcher"))


@pytest.fixture
def reply_url(thread):
    return reverse("thread_reply", args=[thread.group.slug, thread.pk])


@pytest.fixture
def member_client(client, thread):
    client.force_login(thread.author)
    return client


def multipart(fields: dict[str, bytes]) -> tuple[bytes, str]:
    boundary = b"harbour-boundary-7d1f"
    parts = [b"--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n" % (boundary, name.encode(), value)
             for name, value in fields.items()]
    return b"".join(parts) + b"--%s--\r\n" % boundary, f"multipart/form-data; boundary={boundary.decode()}"


def stored():
    return Thread.objects.count(), sorted(Post.objects.values_list("id", "body")), PostRevision.objects.count()


def send(client, url, body: bytes, content_type: str, label: str):
    before = stored()
    response, seconds = timed(label, lambda: client.post(url, data=body, content_type=content_type))
    assert stored() == before and seconds < BOUND_SECONDS
    return response, readable(response.content.decode())


BIG = {
    "a 1 MB urlencoded post": (b"idempotency_key=big&body=" + b"a" * MEGABYTE, URLENCODED),
    "a 1 MB multipart post": multipart({"idempotency_key": b"big", "body": b"a" * MEGABYTE}),
    "just over the request limit": (b"body=" + b"a" * settings.HARBOUR["REQUEST_MAX_BYTES"], URLENCODED),
}


@pytest.mark.parametrize("case", BIG)
def test_a_body_larger_than_any_form_gets_a_kind_413_page(member_client, reply_url, case):
    body, content_type = BIG[case]
    response, text = send(member_client, reply_url, body, content_type, case)
    assert response.status_code == 413
    assert TOO_LARGE in text and "nothing was saved or posted" in text and "Back button" in text
    assert "A post can be up to 20,000 characters" in text


GARBLED_BODIES = {
    "percent-encoded bytes that are not UTF-8": (b"idempotency_key=g1&body=Hello%FF%FEthere", URLENCODED),
    "raw bytes that are not UTF-8": (b"idempotency_key=g2&body=Hello\xff\xfethere", URLENCODED),
    "a lone surrogate, encoded": (b"idempotency_key=g3&body=Hello%ED%A0%80there", URLENCODED),
    "a multipart field that is not UTF-8": multipart({"idempotency_key": b"g4", "body": b"Hello\xff\xfethere"}),
    "more fields than any form has": (b"&".join(b"f%d=1" % n for n in range(1_000)), URLENCODED),
}


@pytest.mark.parametrize("case", GARBLED_BODIES)
def test_a_body_that_is_not_readable_text_gets_a_kind_page_and_saves_nothing(member_client, reply_url, case):
    body, content_type = GARBLED_BODIES[case]
    response, text = send(member_client, reply_url, body, content_type, case)
    assert response.status_code == 400
    assert GARBLED in text and "nothing was saved or posted" in text and "isn't something you did" in text


def test_the_largest_legitimate_form_still_goes_through(member_client, thread):
    # A post of 20,000 four-byte characters, percent-encoded: 12 bytes each.
    post = services.post_reply(actor=thread.author, thread=thread, body="Before.")
    body = "\N{SMILING FACE WITH SMILING EYES}" * settings.HARBOUR["POST_MAX_CHARS"]
    response = member_client.post(reverse("post_edit", args=[post.pk]), {"body": body})
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.body == body


def test_a_lone_surrogate_from_another_door_is_taken_out_before_saving(thread):
    post = services.post_reply(actor=thread.author, thread=thread, body="Half\ud800 a character\udfff, then more.")
    assert Post.objects.get(pk=post.pk).body == "Half a character, then more."


def _scope(*headers):
    return {"type": "http", "http_version": "1.1", "method": "POST", "path": "/groups/any/new/", "raw_path": b"",
            "query_string": b"", "root_path": "", "scheme": "http", "server": ("127.0.0.1", 80),
            "client": ("127.0.0.1", 5000),
            "headers": [(b"host", b"localhost"), (b"content-type", URLENCODED.encode()), *headers]}


async def _answer(communicator):
    """The response, within the bound, and the application done with the request."""
    start = await communicator.receive_output(BOUND_SECONDS)
    body = await communicator.receive_output(BOUND_SECONDS)
    await communicator.wait(BOUND_SECONDS)
    return start["status"], body["body"].decode()


async def test_a_declared_length_over_the_limit_is_answered_without_waiting_for_the_body():
    # 50 MB announced and 64 KB sent so far: reading on would wait for the rest.
    communicator = ApplicationCommunicator(application, _scope((b"content-length", b"%d" % (50 * MEGABYTE))))
    await communicator.send_input({"type": "http.request", "body": b"a" * 65_536, "more_body": True})
    status, page = await _answer(communicator)
    assert status == 413 and TOO_LARGE in page


async def test_a_body_sent_in_pieces_without_a_length_is_cut_off_at_the_limit():
    communicator = ApplicationCommunicator(application, _scope())
    for _ in range(8):  # 512 KB so far, more than the limit, and more to come
        await communicator.send_input({"type": "http.request", "body": b"a" * 65_536, "more_body": True})
    status, page = await _answer(communicator)
    assert status == 413 and TOO_LARGE in page
