"""Validation of what members type. No form saves anything: views hand the
cleaned data to community.services."""

from django import forms
from django.conf import settings

from safety.models import ContentWarning


def _body_field():
    return forms.CharField(
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


class WarningsField(forms.ModelMultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            queryset=ContentWarning.objects.all(),
            to_field_name="slug",
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label="Content warnings",
            help_text="Tick any that fit, so readers can choose whether to see your post.",
            **kwargs,
        )


class PostForm(forms.Form):
    body = _body_field()
    warnings = WarningsField()
    idempotency_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def warning_slugs(self):
        return [w.slug for w in self.cleaned_data.get("warnings") or []]


class ThreadForm(PostForm):
    title = forms.CharField(
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
    q = forms.CharField(label="Search", max_length=200, required=False)
