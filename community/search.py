"""Search over the posts a user may see: ranked full-text search on PostgreSQL,
a plain case-insensitive match elsewhere."""

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import F, Q

from community import selectors
from community.models import Post

CONFIG = "english"


def search_posts(user, query: str):
    query = " ".join(query.split())[: settings.HARBOUR["SEARCH_MAX_CHARS"]]
    posts = (
        Post.objects.filter(
            status=Post.Status.PUBLISHED,
            thread__status=Post.Status.PUBLISHED,
            thread__group__in=selectors.visible_groups(user).values("pk"),
        )
        .select_related("thread__group", "author")
    )
    if not query:
        return posts.none()
    if connection.vendor == "postgresql":
        return _ranked(posts, query)
    return posts.filter(Q(body__icontains=query) | Q(thread__title__icontains=query)).order_by("-created_at", "-id")


def _ranked(posts, query):
    vector = SearchVector("body", config=CONFIG)
    search = SearchQuery(query, config=CONFIG, search_type="websearch")
    title_match = Q(thread__title__icontains=query)
    return (
        posts.annotate(document=vector, rank=SearchRank(vector, search))
        .filter(Q(document=search) | title_match)
        .order_by(F("rank").desc(nulls_last=True), "-created_at")
    )
