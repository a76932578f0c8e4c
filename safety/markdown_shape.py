"""How a parsed post is built: how deeply its quotes, lists and formatting
sit inside one another, how many links it holds, and how many elements it
becomes. safety.content refuses posts beyond HARBOUR's limits on each."""

from dataclasses import dataclass

# What a reader sees as one level inside another.  Images count as links:
# they are rendered as links (safety.markup._render_image).
_BLOCK_OPEN = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open"})
_BLOCK_CLOSE = frozenset({"blockquote_close", "bullet_list_close", "ordered_list_close"})
_INLINE_OPEN = frozenset({"em_open", "strong_open", "s_open", "link_open"})
_INLINE_CLOSE = frozenset({"em_close", "strong_close", "s_close", "link_close"})
_LINKS = frozenset({"link_open", "image"})
# Tokens that stand for an element without opening one.
_SINGLE_ELEMENTS = frozenset({"code_inline", "image", "hardbreak", "hr", "fence", "code_block"})


@dataclass(frozen=True)
class Shape:
    depth: int  # quotes, lists, emphasis and links inside one another
    links: int
    parts: int  # elements the post becomes: paragraphs, items, cells, emphasis, code, links


def measure(tokens) -> Shape:
    depth = deepest = links = parts = 0
    for token in tokens:
        depth += (token.type in _BLOCK_OPEN) - (token.type in _BLOCK_CLOSE)
        inner, found, pieces = _inline(token.children or ())
        deepest, links, parts = max(deepest, depth + inner), links + found, parts + pieces + _is_part(token)
    return Shape(depth=deepest, links=links, parts=parts)


def _inline(children) -> tuple[int, int, int]:
    depth = deepest = links = parts = 0
    for token in children:
        depth += (token.type in _INLINE_OPEN) - (token.type in _INLINE_CLOSE)
        deepest, links, parts = max(deepest, depth), links + (token.type in _LINKS), parts + _is_part(token)
    return deepest, links, parts


def _is_part(token) -> bool:
    # Hidden tokens (the paragraphs of a tight list) render nothing.
    return not token.hidden and (token.nesting == 1 or token.type in _SINGLE_ELEMENTS)
