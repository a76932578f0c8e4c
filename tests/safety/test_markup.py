"""render_markdown and render_plain against real markdown-it and bleach.

No database and no mocks; run with `-p no:django`.
"""

import re
import time
from html.parser import HTMLParser

from safety.markup import MASK_HTML, MASK_TEXT, render_markdown, render_plain
from safety.sanitize import LINK_REL

REL = f'rel="{LINK_REL}"'


def hrefs(html):
    return re.findall(r'href="([^"]*)"', html)


def attribute_names(html):
    """Every attribute name in html, as a browser's tokenizer would see it."""
    names = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: names.extend(name for name, _ in attrs)
    parser.feed(html)
    parser.close()
    return names


def spans_of(text, needle):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def test_raw_html_arrives_as_visible_text():
    assert render_markdown("<b>hi</b>") == "<p>&lt;b&gt;hi&lt;/b&gt;</p>\n"


def test_script_tags_never_reach_the_page():
    for source in ("<script>alert(1)</script>", "<SCRIPT>x</SCRIPT>\n\ntext", "    <script>x</script>"):
        assert "<script" not in render_markdown(source).lower()


def test_event_handlers_never_reach_the_page():
    html = render_markdown('<img src=x onerror="alert(1)">\n\n[a](https://e.org "x\\" onmouseover=\\"y")')
    assert "<img" not in html
    assert set(attribute_names(html)) == {"href", "title", "rel"}


def test_javascript_links_lose_their_href():
    for source in (
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "[x](vbscript:msgbox(1))",
    ):
        html = render_markdown(source)
        assert hrefs(html) == [], source


def test_data_urls_are_not_links():
    for source in ("[x](data:text/html;base64,PHNjcmlwdD4=)", "![x](data:image/png;base64,iVBORw0KGgo=)"):
        assert hrefs(render_markdown(source)) == [], source


def test_links_get_nofollow_ugc_noopener_noreferrer():
    html = render_markdown('[help](https://example.org/help "Help") and <https://example.org/x>')
    assert html == (
        f'<p><a href="https://example.org/help" title="Help" {REL}>help</a> and '
        f'<a href="https://example.org/x" {REL}>https://example.org/x</a></p>\n'
    )
    assert "target=" not in html


def test_reference_style_links_render_with_rel():
    html = render_markdown("See [the guide][g].\n\n[g]: https://example.org/guide 'Guide'")
    assert html == f'<p>See <a href="https://example.org/guide" title="Guide" {REL}>the guide</a>.</p>\n'


def test_email_autolinks_become_mailto_links():
    assert hrefs(render_markdown("<someone@example.org>")) == ["mailto:someone@example.org"]


def test_remote_images_become_links():
    html = render_markdown("![a calm lake](https://x.example/y.png)")
    assert html == f'<p><a href="https://x.example/y.png" {REL}>a calm lake (image link)</a></p>\n'
    assert "<img" not in html


def test_images_without_alt_text_are_labelled():
    html = render_markdown("![](https://x.example/y.png)")
    assert f'<a href="https://x.example/y.png" {REL}>image link</a>' in html


def test_image_inside_a_link_does_not_nest_links():
    html = render_markdown("[![badge](https://x.example/b.png)](https://example.org)")
    assert html == f'<p><a href="https://example.org" {REL}>badge (image link)</a></p>\n'


def test_svg_and_mathml_arrive_as_text():
    html = render_markdown("<svg onload=alert(1)></svg>\n\n<math><mi>x</mi></math>")
    assert "<svg" not in html and "<math" not in html
    assert "&lt;svg" in html


def test_style_attributes_never_appear():
    html = render_markdown("| a | b |\n|:--|--:|\n| 1 | 2 |")
    assert "<table>" in html and "<td>1</td>" in html
    assert "style" not in html


def test_headings_are_demoted():
    html = render_markdown("# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six\n\nSetext\n======")
    assert re.findall(r"<(h\d)>", html) == ["h3", "h4", "h5", "h6", "h6", "h3"]


def test_nested_quotes_are_bounded():
    started = time.perf_counter()
    html = render_markdown(">" * 20_000 + " deep")
    assert time.perf_counter() - started < 1
    assert 0 < html.count("<blockquote>") <= 20


def test_nested_lists_are_bounded():
    html = render_markdown("- " * 5_000 + "x")
    assert 0 < html.count("<ul>") <= 20


def test_nul_bytes_and_control_characters_are_removed():
    html = render_markdown("a\x00b\x07c\x1bd\x7fe\tf\r\ng")
    assert html == "<p>abcde\tf\ng</p>\n"
    assert render_plain("a\x00b") == "ab"


def test_bidi_override_characters_are_removed():
    source = "safe \u202eelif.exe\u202c \u2066x\u2069 \u202a\u202b\u202d\u2067\u2068"
    for out in (render_markdown(source), render_plain(source)):
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", out)
    assert "elif.exe" in render_plain(source)


def test_masked_numbers_show_the_mask_markup():
    text = "I ate 1200 today."
    assert render_markdown(text, mask_spans=spans_of(text, "1200")) == f"<p>I ate {MASK_HTML} today.</p>\n"
    assert MASK_HTML == '<span class="masked-number" title="Number hidden">[number hidden]</span>'


def test_masked_numbers_are_absent_from_the_html():
    text = (
        "# Day 1200\n\nI weigh 1200 and **1200** `1200`\n\n1200. list\n\n"
        '[my log](https://example.org/log/1200 "1200 kcal") <https://example.org/1200>\n\n'
        "![photo 1200](https://img.example/1200.png \"1200\") [ref][r] <me1200@example.org>\n\n"
        "```1200\ncode 1200\n```\n\n| a | 1200 |\n|---|---|\n| 1200 | b |\n\n"
        "[r]: https://example.org/1200 '1200'"
    )
    html = render_markdown(text, mask_spans=spans_of(text, "1200"))
    assert "1200" not in html and "12" not in html
    # Every link here has a masked URL, so none survives; the masks that stay
    # visible are the heading, the text, bold, code span, list marker,
    # autolink text, image alt, e-mail text, code block and two table cells.
    assert hrefs(html) == []
    assert html.count(MASK_HTML) == 11
    assert "language-" not in html and "title=" not in html.replace(MASK_HTML, "")


def test_links_whose_url_is_masked_keep_their_text_but_lose_the_link():
    text = "[my log](https://example.org/log/1200) and [fine](https://example.org/)"
    html = render_markdown(text, mask_spans=spans_of(text, "1200"))
    assert html == f'<p>my log and <a href="https://example.org/" {REL}>fine</a></p>\n'


def test_masked_numbers_are_absent_from_render_plain():
    text = "# 1200 kcal\n\nToday **1200** and [log](https://x.example/1200) ![1200](https://x/1200.png)"
    plain = render_plain(text, mask_spans=spans_of(text, "1200"))
    assert "1200" not in plain
    assert plain == f"{MASK_TEXT} kcal Today {MASK_TEXT} and log {MASK_TEXT}"


def test_mask_spans_may_overlap_and_run_past_the_end():
    text = "ran 5000 m"
    html = render_markdown(text, mask_spans=[(4, 6), (5, 8), (7, 8), (9, 99), (-3, 0)])
    assert html == f"<p>ran {MASK_HTML} {MASK_HTML}</p>\n"


def test_a_typed_sentinel_is_not_a_mask():
    for source in ("a\ufdd0b", "a&#xFDD0;b", "a&#64976;b"):
        assert "masked-number" not in render_markdown(source)
        assert MASK_TEXT not in render_plain(source)


def test_render_plain_strips_markdown_syntax():
    source = "## Title\n\n> **Bold** and _em_ with [a link](https://e.org)\n\n- one\n- two\n\n`code` <b>x</b>"
    assert render_plain(source) == "Title Bold and em with a link one two code <b>x</b>"


def test_render_plain_truncates_on_a_word_boundary():
    source = "The quick brown fox jumps over the lazy dog"
    assert render_plain(source, limit=20) == "The quick brown fox…"
    assert render_plain(source, limit=19) == "The quick brown…"
    assert render_plain(source, limit=100) == source
    assert render_plain("Supercalifragilistic", limit=6) == "Super…"


def test_render_plain_never_cuts_a_mask_in_half():
    text = "weight 1200 today"
    assert render_plain(text, mask_spans=spans_of(text, "1200"), limit=20) == "weight…"


def test_render_plain_collapses_whitespace():
    assert render_plain("a\n\n\n   b\t\tc  \n") == "a b c"


def _long_post():
    paragraph = (
        "I wanted to write this down because the last few weeks have been hard and this group has helped "
        "more than I expected. Some mornings I could not get out of bed, and some mornings I could, and I "
        "am learning that both are allowed. My counsellor suggested keeping a journal, so I have been "
        "writing a little every evening, even if it is only a sentence or two about what went well. "
        "Reading your replies late at night made me feel less alone, so thank you all for being here. "
    )
    blocks = ["## How things have been", ""]
    for i in range(60):
        text = paragraph
        if i % 2:
            text = text.replace("both are allowed", "*both are allowed*")
        if i % 4 == 0:
            text += "This [page about sleep](https://example.org/sleep) helped too."
        blocks += [text, ""]
        if i % 10 == 5:
            blocks += ["> One step at a time.", "", "- walked outside", "- ate breakfast", "- called a friend", ""]
    return "\n".join(blocks)[:20_000]


def test_a_20000_character_post_renders_under_50_ms():
    post = _long_post()
    assert len(post) == 20_000
    render_markdown(post)  # warm-up: the first call pays one-off regex compilation
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        render_markdown(post, mask_spans=spans_of(post, "a little"))
        timings.append(time.perf_counter() - started)
    assert min(timings) < 0.050, f"best of 5 took {min(timings) * 1000:.1f} ms"
