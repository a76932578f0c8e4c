"""Taking a deleted member's name and email address out of text that stays.

Their own words (kept when they choose "anonymise") lose every mention of
their username and email. Other people's words are theirs: only the two
places where the site itself wrote the name are changed, the header of a
quote ("**name** wrote:") and an @mention, and, when the member's posts are
removed, the quoted lines themselves.
"""

import re

FORMER = "a former member"
EMAIL_GONE = "[email address removed]"
QUOTE_GONE = "> *A quote from a post that has since been removed.*"


def _name(username: str) -> str:
    # A username is letters, digits, "_" and "-": it stands alone when neither side continues it.
    return rf"(?<![\w-]){re.escape(username)}(?![\w-])"


def own_text(text: str, username: str, email: str) -> str:
    """The member's own words with their email address and username taken out."""
    if email:
        text = re.sub(re.escape(email), EMAIL_GONE, text, flags=re.IGNORECASE)
    return re.sub(rf"@?{_name(username)}", FORMER, text, flags=re.IGNORECASE)


def others_text(text: str, username: str, *, drop_quotes: bool = False) -> str:
    """Someone else's words with the member's quote headers and @mentions
    rewritten; with `drop_quotes`, the quoted lines under a header go too."""
    if drop_quotes:
        text = _drop_quote_blocks(text, username)
    text = re.sub(rf"\*\*{_name(username)}\*\* wrote:", f"**{FORMER}** wrote:", text, flags=re.IGNORECASE)
    return re.sub(rf"@{_name(username)}", FORMER, text, flags=re.IGNORECASE)


def _drop_quote_blocks(text: str, username: str) -> str:
    header = re.compile(rf"^>\s*\*\*{_name(username)}\*\* wrote:\s*$", re.IGNORECASE)
    kept, skipping = [], False
    for line in text.split("\n"):
        if header.match(line):
            kept.append(QUOTE_GONE)
            skipping = True
        elif skipping and line.startswith(">"):
            continue
        else:
            skipping = False
            kept.append(line)
    return "\n".join(kept)


def drop_leading_quote(text: str) -> str:
    """A reply whose quote header was edited away still opens with the quoted
    lines (the composer puts them first): those go."""
    lines = text.split("\n")
    if not lines or not lines[0].startswith(">"):
        return text
    rest = lines[next((i for i, line in enumerate(lines) if not line.startswith(">")), len(lines)):]
    return "\n".join([QUOTE_GONE, *rest])


def mentions(text: str, username: str, email: str = "") -> bool:
    """Whether `text` holds the name or the email address at all (quick filter before rewriting)."""
    lowered = text.lower()
    return username.lower() in lowered or bool(email) and email.lower() in lowered
