from django import forms

from safety import policy
from safety.models import Mode


class ReaderSettingsForm(forms.Form):
    """One show/blur/hide choice per content warning, built from the taxonomy."""

    show_ed_numbers = forms.BooleanField(
        required=False,
        label="Show numbers in eating-disorder posts",
        help_text="Weights, calories, sizes and measurements are hidden unless you turn this on.",
    )

    def __init__(self, *args, warnings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings = list(warnings)
        for warning in self.warnings:
            self.fields[f"mode_{warning.slug}"] = forms.ChoiceField(
                label=warning.label,
                help_text=warning.description,
                choices=Mode.choices,
                initial=policy.DEFAULT_MODE,
                widget=forms.RadioSelect,
                error_messages={"required": "Please choose show, blur or hide.",
                                "invalid_choice": "Please choose show, blur or hide from the list."},
            )

    def modes(self) -> dict[str, str]:
        return {w.slug: self.cleaned_data[f"mode_{w.slug}"] for w in self.warnings}

    def mode_fields(self):
        return [self[f"mode_{w.slug}"] for w in self.warnings]
