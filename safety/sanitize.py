"""Allow-list HTML cleaning for user-authored content.

This is the only module in Harbour that imports bleach, so the allow-list
below is the single place to review when deciding what a post may contain.

Markdown is rendered with raw HTML disabled (see safety.markup), so by the
time HTML reaches clean_html it should already be harmless; this is the
second line of defence.  Anything outside the allow-list is therefore
stripped, not escaped: a stray tag is a bug or an attack, never something a
reader needs to see as literal text.
"""

import re
import threading

import bleach
from bleach.html5lib_shim import Filter

__all__ = ["clean_html", "ALLOWED_TAGS", "ALLOWED_PROTOCOLS", "LINK_REL"]

# h1/h2 are let through the sanitizer only so that _PostFilter can clamp
# them to h3; no h1 or h2 ever leaves clean_html (see _HEADING_CLAMP).
ALLOWED_TAGS = frozenset({
    "p", "br", "hr",
    "strong", "em", "del", "s", "code", "pre", "sup", "sub",
    "blockquote", "ul", "ol", "li", "a",
    "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
})

# No style, class or id anywhere: user content must not restyle the page,
# borrow the site's own classes, or collide with anchors the page relies on.
# rel is not listed because _PostFilter always writes it.
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title"],
    "ol": ["start"],
}

ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Replaces any rel the author wrote: nofollow/ugc tell search engines the
# link is user content, noopener/noreferrer keep the destination from
# learning which thread (and so which community) the reader came from.
LINK_REL = "nofollow ugc noopener noreferrer"

# A post sits below the page's own h1 (site) and h2 (thread title), so it
# must not be able to add entries at those outline levels.  Clamping rather
# than shifting keeps clean_html idempotent; safety.markup does the real
# level shift (# -> h3, ## -> h4, ...) where Markdown levels are known.
_HEADING_CLAMP = {"h1": "h3", "h2": "h3"}

# An absurd start value is only noise; a bounded integer is all a list needs.
_OL_START = re.compile(r"\d{1,6}")

_TAG_TOKENS = frozenset({"StartTag", "EndTag", "EmptyTag"})


class _PostFilter(Filter):
    """Runs after bleach's sanitizer, on tokens that are already allowed."""

    def __iter__(self):
        for token in super().__iter__():
            if token["type"] in _TAG_TOKENS:
                _adjust_tag(token)
            yield token


def _adjust_tag(token):
    name = token["name"]
    token["name"] = _HEADING_CLAMP.get(name, name)
    if token["type"] == "EndTag":
        return
    attrs = token["data"]
    if name == "a":
        attrs[(None, "rel")] = LINK_REL
    elif name == "ol":
        start = attrs.get((None, "start"))
        if start is not None and not _OL_START.fullmatch(start):
            del attrs[(None, "start")]


# bleach documents Cleaner as not thread-safe (its parser keeps state), and
# building one per call costs more than the cleaning of a short post.
_local = threading.local()


def _cleaner():
    cleaner = getattr(_local, "cleaner", None)
    if cleaner is None:
        cleaner = bleach.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
            strip_comments=True,
            filters=[_PostFilter],
        )
        _local.cleaner = cleaner
    return cleaner


def clean_html(html: str) -> str:
    """Return html reduced to the forum allow-list.

    Disallowed tags are removed (their text content is kept, escaped),
    disallowed attributes and URL schemes are dropped, h1/h2 become h3, and
    every link gets rel="nofollow ugc noopener noreferrer".
    """
    if not isinstance(html, str):
        raise TypeError(f"clean_html expects str, not {type(html).__name__}")
    if not html:
        return ""
    return _cleaner().clean(html)
