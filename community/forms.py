"""Validation of what members type. No form saves anything: views hand the
cleaned data to community.services."""

from django import forms
from django.conf import settings

from safety.content import check_markup
from safety.fields import TypedTextField
from safety.labels import warning_labels


def _body_field():
    return TypedTextField(
        label="Your post",
        widget=forms.Textarea(attrs={"rows": 10}),
        max_length=settings.HARBOUR["POST_MAX_CHARS"],
        strip=True,
        help_text="You can use Markdown: *italics*, **bold**, > quotes, lists and links.",
        error_messages={
            "required": "Your post is empty. Write a few words, then post it.",
            "max_length": "Your post is longer than %(limit_value)s characters (it has %(show_value)s). "
            "Your text is still here: you could shorten it or split it into two posts.",
        },
    )


def _warning_choices():
    return list(warning_labels().items())


class WarningsField(forms.MultipleChoiceField):
    """Choices come from the cached labels: no query to draw a composer."""

    def __init__(self, **kwargs):
        super().__init__(
            choices=_warning_choices,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Content warnings",
            help_text="Tick any that fit, so readers can choose whether to see your post.",
            error_messages={"invalid_choice": "One of the content warnings isn't one we know. Please tick from the list."},
            **kwargs,
        )


class PostForm(forms.Form):
    body = _body_field()
    warnings = WarningsField()
    idempotency_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def clean_body(self):
        body = self.cleaned_data["body"]
        check_markup(body)
        return body

    def warning_slugs(self):
        return list(self.cleaned_data.get("warnings") or [])


class ThreadForm(PostForm):
    title = TypedTextField(
        label="Title",
        max_length=settings.HARBOUR["TITLE_MAX_CHARS"],
        error_messages={
            "required": "Your thread needs a title. A few words about what it's about is enough.",
            "max_length": "Please keep the title to %(limit_value)s characters or fewer (it has %(show_value)s).",
        },
    )
    field_order = ["title", "body", "warnings"]


class ReplyForm(PostForm):
    quote = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)


class EditForm(PostForm):
    pass


class SearchForm(forms.Form):
    q = TypedTextField(
        label="Search", max_length=settings.HARBOUR["SEARCH_MAX_CHARS"], required=False,
        error_messages={"max_length": "Searches can be up to %(limit_value)s characters (this one has %(show_value)s). "
                                      "A few words usually find more than a long sentence."},
    )
