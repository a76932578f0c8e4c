"""Taking a name out of text: whole names only, their own words and others' treated differently."""

from privacy import forgetting


def test_their_own_text_loses_the_name_and_the_address_but_not_other_words():
    text = "I'm Sam, @sam on here; same as ever. Mail SAM.home@example.net or sam_2."
    assert forgetting.own_text(text, "sam", "sam.home@example.net") == (
        "I'm a former member, a former member on here; same as ever. Mail [email address removed] or sam_2.")


def test_others_text_keeps_their_words_and_rewrites_only_headers_and_mentions():
    text = "> **Sam** wrote:\n> rough day\n\nSam, hugs @sam! Also @samuel."
    assert forgetting.others_text(text, "sam") == (
        "> **a former member** wrote:\n> rough day\n\nSam, hugs a former member! Also @samuel.")


def test_removing_drops_the_quoted_lines_of_that_member_only():
    text = "> **sam** wrote:\n> rough day\n> still here\n\n> **fern** wrote:\n> me too\n\nThinking of you."
    assert forgetting.others_text(text, "sam", drop_quotes=True) == (
        f"{forgetting.QUOTE_GONE}\n\n> **fern** wrote:\n> me too\n\nThinking of you.")


def test_a_quote_whose_header_was_edited_away_still_goes():
    text = "> rough day\n> still here\n\nThinking of you."
    assert forgetting.drop_leading_quote(text) == f"{forgetting.QUOTE_GONE}\n\nThinking of you."
    assert forgetting.drop_leading_quote("No quote here.") == "No quote here."
