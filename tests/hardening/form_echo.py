"""What a refused form gives back: the words in its fields and its messages,
read from the page as a person's browser shows them."""

import html
import re


def textarea_text(page: str, name: str) -> str | None:
    """The text in the textarea called `name` (the leading newline Django writes is not content)."""
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>\n?(.*?)</textarea>', page, re.DOTALL)
    return html.unescape(match.group(1)) if match else None


def input_value(page: str, name: str) -> str | None:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', page)
    return html.unescape(match.group(1)) if match else None


def readable(page: str) -> str:
    """The page's text with entities decoded, for finding a message in it."""
    return html.unescape(page)
