"""Markdown rendering for posts, with hidden-number masking.

render_markdown() produces HTML for the page; render_plain() produces text
for excerpts, notifications, e-mails, titles and meta tags.  Both accept
mask_spans: (start, end) character spans of the source that the
eating-disorder numbers guard hides from some readers.  parse() parses once
for callers that want both, or the text's shape (safety.markdown_shape).

Masking works on the source, before Markdown sees it: each span becomes one
SENTINEL character, so the hidden digits never enter the parser and cannot
resurface in an attribute, a link, a list number or a code block.  The
sentinel is swapped for the visible mask only at the very end, after
sanitising, and only where it sits in text content.
"""

import re
import threading

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml

from safety.markdown_shape import Shape, measure
from safety.sanitize import clean_html

__all__ = ["parse", "render_markdown", "render_plain", "Shape", "MASK_HTML", "MASK_TEXT"]

MASK_TEXT = "[number hidden]"
MASK_HTML = f'<span class="masked-number" title="Number hidden">{MASK_TEXT}</span>'

# U+FDD0 is a Unicode noncharacter: markdown-it refuses to decode it from a
# numeric entity (&#xFDD0;) and it is stripped from user text below, so every
# occurrence after preparation is a mask this module put there.
SENTINEL = "\ufdd0"

# Stands in for any link or image URL that contained a mask.  It carries no
# part of the original URL, and _walk_inline drops the link that holds it.
_MASKED_URL = "harbour-masked:"

# C0 controls other than tab and newline (NUL included), DEL and C1 controls
# are invisible and can confuse later consumers; the bidi embeddings,
# overrides and isolates can visually reorder the page around a post.
# U+200E/U+200F marks stay: they are needed by right-to-left writers and
# cannot spill past the text they sit in.
_UNWANTED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069{SENTINEL}]")
_NEWLINES = re.compile(r"\r\n?")

# The newline markdown-it writes after each block tag means nothing to a
# browser but costs html5lib a token apiece: dropping it makes cleaning of
# list- and quote-heavy posts about a quarter faster.  A newline straight
# after <code> is content (a blank first line of a code block), so it stays.
_BETWEEN_BLOCKS = re.compile(r"(?<=>)(?<!<code>)\n(?=<)")

# `#` must not compete with the page's own h1 (site) and h2 (thread title).
_DEMOTED = {"h1": "h3", "h2": "h4", "h3": "h5", "h4": "h6", "h5": "h6", "h6": "h6"}


class _PostMarkdown(MarkdownIt):
    def normalizeLink(self, url: str) -> str:
        # Checked before normalisation, which would percent-encode or
        # punycode the sentinel beyond recognition.
        if SENTINEL in url:
            return _MASKED_URL
        return super().normalizeLink(url)


def _post_process(state) -> None:
    """Core rule: demote headings, keep masks out of attributes, and mark
    links that must go and images that sit inside links."""
    for token in state.tokens:
        if token.type.startswith("heading"):
            token.tag = _DEMOTED[token.tag]
        _scrub_attrs(token)
        if token.children:
            _walk_inline(token.children)


def _scrub_attrs(token) -> None:
    # Titles and fence info strings are shown as plain text, never as markup;
    # a URL with a mask in it is dropped whole (see _walk_inline).
    token.info = token.info.replace(SENTINEL, MASK_TEXT)
    for name, value in list(token.attrs.items()):
        if isinstance(value, str) and SENTINEL in value:
            masked = name in ("href", "src")
            token.attrs[name] = _MASKED_URL if masked else value.replace(SENTINEL, MASK_TEXT)


def _walk_inline(children) -> None:
    # A URL with a hidden number in it is no use to the reader and following
    # it would reveal the number to the far end, so the link goes and its
    # text stays (with its own masks).  Links cannot nest in HTML, so an
    # image inside a link is rendered as its label only.
    in_link = hiding = False
    for token in children:
        _scrub_attrs(token)
        if token.type == "link_open":
            in_link = True
            hiding = token.hidden = token.attrGet("href") == _MASKED_URL
        elif token.type == "link_close":
            token.hidden, in_link, hiding = hiding, False, False
        elif token.type == "image":
            token.meta["in_link"] = in_link


def _render_image(self, tokens, idx, options, env) -> str:
    # Remote images are never embedded: fetching them would leak every
    # reader's IP address to whoever hosts the picture.
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children, options, env).strip()
    label = escapeHtml(f"{alt} (image link)" if alt else "image link")
    src = token.attrGet("src")
    if not src or src == _MASKED_URL or token.meta.get("in_link"):
        return label
    title = token.attrGet("title")
    title_attr = f' title="{escapeHtml(title)}"' if title else ""
    return f'<a href="{escapeHtml(src)}"{title_attr}>{label}</a>'


# Built once: constructing the parser and its rule chains costs more than
# rendering a typical post.  maxNesting bounds the work done on deeply
# nested quotes and lists; content nested beyond it is dropped, so
# safety.content refuses text whose Shape.depth comes near it (a quote costs
# the parser one level, a list two: a depth of 9 or less never reaches 20).
_md = _PostMarkdown(
    "commonmark",
    {"html": False, "linkify": False, "typographer": False, "maxNesting": 20},
).enable(["table", "strikethrough"])
_md.core.ruler.push("harbour_post_process", _post_process)
_md.add_render_rule("image", _render_image)


def _merged_spans(mask_spans, length):
    spans = sorted((max(0, int(s)), min(length, int(e))) for s, e in mask_spans)
    merged = []
    for start, end in spans:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _scrub(text: str) -> str:
    return _UNWANTED.sub("", _NEWLINES.sub("\n", text))


def _prepare(text: str, mask_spans) -> str:
    # Spans index the original text, so masking comes first and scrubbing is
    # applied to the unmasked stretches in between.
    parts, pos = [], 0
    for start, end in _merged_spans(mask_spans, len(text)):
        parts += [_scrub(text[pos:start]), SENTINEL]
        pos = end
    parts.append(_scrub(text[pos:]))
    return "".join(parts)


class Parsed:
    """One parse of a text: render it as HTML or plain text, or measure it."""

    def __init__(self, tokens):
        self.tokens = tokens

    def html(self) -> str:
        with _one_at_a_time:
            html = clean_html(_BETWEEN_BLOCKS.sub("", _md.renderer.render(self.tokens, _md.options, {})))
        return html.replace(SENTINEL, MASK_HTML)

    def plain(self, limit=None) -> str:
        # Split before unmasking so that a mask counts as one word when cutting.
        words = [w.replace(SENTINEL, MASK_TEXT) for w in "".join(_plain_parts(self.tokens)).split()]
        plain = " ".join(words)
        if limit is None or len(plain) <= limit:
            return plain
        return _truncate(words, limit)

    def shape(self) -> Shape:
        return measure(self.tokens)


# Each thread's last parse (see parse's reuse).
_last = threading.local()

# Parsing and cleaning are pure Python: threads of one process take turns on
# one core, so several long posts parsed at once slow every page the process
# serves. One at a time, a hostile post waits behind other posts, not readers.
_one_at_a_time = threading.Lock()


def parse(text: str, *, mask_spans=(), reuse: bool = False) -> Parsed:
    """reuse: give back this thread's last parse if it was of the same text.
    The composer's form measures a post and the service renders it a moment
    later in the same thread; reusing spares the second parse, the larger part
    of the work for a long post. Rendering only reads the tokens."""
    source = _prepare(text, mask_spans)
    if reuse and getattr(_last, "source", None) == source:
        return _last.parsed
    with _one_at_a_time:
        tokens = _md.parse(source)
    _last.source, _last.parsed = source, Parsed(tokens)
    return _last.parsed


def render_markdown(text: str, *, mask_spans=()) -> str:
    """Render a post's Markdown to sanitised HTML, masking mask_spans."""
    return parse(text, mask_spans=mask_spans).html()


def _plain_parts(tokens):
    for token in tokens:
        if token.children:
            yield from _plain_parts(token.children)
        elif token.type in ("text", "code_inline", "code_block", "fence"):
            yield token.content
        elif token.block or token.type in ("softbreak", "hardbreak"):
            yield " "


def _truncate(words, limit: int) -> str:
    # Whole words only, with room for the ellipsis; a single over-long word
    # is cut hard rather than dropping the excerpt entirely.
    kept, used = [], 0
    for word in words:
        cost = len(word) + (1 if kept else 0)
        if used + cost > limit - 1:
            break
        kept.append(word)
        used += cost
    if not kept:
        return words[0][: limit - 1] + "…" if limit > 0 else ""
    return " ".join(kept) + "…"


def render_plain(text: str, *, mask_spans=(), limit=None) -> str:
    """Return the post as one line of plain text, masking mask_spans.

    The result is text, not HTML: escape it wherever it is placed in a page.
    With limit, the result is at most limit characters, cut on a word
    boundary and ended with "…".
    """
    return parse(text, mask_spans=mask_spans).plain(limit)
