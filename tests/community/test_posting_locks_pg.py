"""Replies to one busy thread wait for each other only while a post is
numbered, not while another reply is being written and checked; tried with
real concurrent transactions on PostgreSQL."""

import threading

import pytest
from django.db import connection, connections, transaction

from community import services
from community.models import Post
from tests.services import need_postgres

pytestmark = pytest.mark.django_db(transaction=True)


def _writing_elsewhere(thread, author, started, finish):
    """Another member's reply inside its transaction: saved, not yet numbered or committed."""
    try:
        with transaction.atomic():
            Post.objects.create(thread=thread, author=author, body="Still writing", body_html="<p>Still writing</p>")
            started.set()
            finish.wait(20)
            transaction.set_rollback(True)
    finally:
        connections.close_all()


def test_a_reply_is_numbered_while_another_reply_to_the_thread_is_still_being_written(make_group, make_member):
    need_postgres()
    group = make_group()
    first, second = make_member(group), make_member(group)
    thread = services.thread_start(actor=first, group=group, title="Evening", body="How was today?").thread
    started, finish = threading.Event(), threading.Event()
    other = threading.Thread(target=_writing_elsewhere, args=(thread, second, started, finish))
    other.start()
    try:
        assert started.wait(20)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '3s'")
        reply = services.post_reply(actor=first, thread=thread, body="Better than yesterday.")
        assert reply.number == 2
    finally:
        finish.set()
        other.join(30)
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = 0")
    assert Post.objects.filter(thread=thread).count() == 2
