from django import forms

from moderation.models import FLAG_REASONS, Reason


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label="What's wrong?", widget=forms.RadioSelect,
        choices=[(r.value, r.label) for r in FLAG_REASONS],
        error_messages={"required": "Please choose the reason that fits best."},
    )
    note = forms.CharField(label="Anything a moderator should know? (optional)", required=False, max_length=1000,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        if data.get("reason") == Reason.OTHER and not data.get("note", "").strip():
            self.add_error("note", "Please add a few words about what's wrong, so a moderator can help.")
        return data


class ActionForm(forms.Form):
    ACTIONS = ["approve", "dismiss", "reject", "remove", "hide", "edit", "reach_out", "ban", "appeal_uphold",
               "appeal_decline"]
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    reason = forms.CharField(required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    body = forms.CharField(required=False, max_length=20_000, widget=forms.Textarea(attrs={"rows": 8}))


class AppealForm(forms.Form):
    text = forms.CharField(label="Why should this be looked at again?", max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 5}),
                           error_messages={"required": "Please tell us in a few words why you'd like this looked at again."})


class MemberActionForm(forms.Form):
    action = forms.ChoiceField(choices=[("warn", "Warn"), ("suspend", "Suspend"), ("ban", "Ban from a group"),
                                        ("note", "Add a staff note")])
    reason = forms.CharField(label="Reason or note", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    days = forms.IntegerField(label="Suspend for (days)", required=False, min_value=1, max_value=365)
    group = forms.SlugField(label="Group (for a ban)", required=False)
