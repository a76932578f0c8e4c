from django import forms
from django.conf import settings

from moderation.models import FLAG_REASONS, Reason
from safety.content import check_markup
from safety.fields import TypedTextField, too_long_message


def _message_field(label, *, required=True, rows=3, advice="Your words are still here: you could shorten them.",
                   **kwargs):
    limit = settings.HARBOUR["MESSAGE_MAX_CHARS"]
    errors = {"max_length": too_long_message("A message", limit, advice), **kwargs.pop("error_messages", {})}
    return TypedTextField(label=label, required=required, max_length=limit, error_messages=errors,
                          widget=forms.Textarea(attrs={"rows": rows}), **kwargs)


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label="What's wrong?", widget=forms.RadioSelect,
        choices=[(r.value, r.label) for r in FLAG_REASONS],
        error_messages={"required": "Please choose the reason that fits best.",
                        "invalid_choice": "Please choose one of the reasons listed."},
    )
    note = TypedTextField(
        label="Anything a moderator should know? (optional)", required=False,
        max_length=settings.HARBOUR["FLAG_NOTE_MAX_CHARS"], widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": too_long_message(
            "A note", settings.HARBOUR["FLAG_NOTE_MAX_CHARS"],
            "Your words are still here: a moderator will read the post too, so a short note is enough.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("reason") == Reason.OTHER and not data.get("note", "").strip():
            self.add_error("note", "Please add a few words about what's wrong, so a moderator can help.")
        return data


class ActionForm(forms.Form):
    ACTIONS = ["approve", "dismiss", "reject", "remove", "hide", "edit", "reach_out", "ban", "appeal_uphold",
               "appeal_decline"]
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS],
                               error_messages={"required": "Please choose an action.",
                                               "invalid_choice": "Please choose one of the actions listed."})
    reason = _message_field("Reason or message to the member", required=False)
    body = TypedTextField(
        required=False, max_length=settings.HARBOUR["POST_MAX_CHARS"], widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"max_length": too_long_message(
            "A post", settings.HARBOUR["POST_MAX_CHARS"], "The new text is still here: you could shorten it.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("action") == "edit" and data.get("body"):
            try:
                check_markup(data["body"], what="The new text")
            except forms.ValidationError as error:
                self.add_error("body", error)
        return data


class AppealForm(forms.Form):
    text = _message_field("Why should this be looked at again?", rows=5,
                          error_messages={"required": "Please tell us in a few words why you'd like this looked at again."})


class MemberActionForm(forms.Form):
    action = forms.ChoiceField(choices=[("warn", "Warn"), ("suspend", "Suspend"), ("ban", "Ban from a group"),
                                        ("note", "Add a staff note")])
    reason = _message_field("Reason or note", error_messages={"required": "Please write a few words: the reason or the note."})
    days = forms.IntegerField(label="Suspend for (days)", required=False, min_value=1, max_value=365)
    group = forms.SlugField(label="Group (for a ban)", required=False)
