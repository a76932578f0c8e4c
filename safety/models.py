from django.conf import settings
from django.db import models


class Mode(models.TextChoices):
    SHOW = "show", "Show"
    BLUR = "blur", "Blur, with a button to reveal"
    HIDE = "hide", "Hide completely"


class ContentWarning(models.Model):
    """One entry of the taxonomy. Slugs are fixed by a data migration; labels
    and descriptions can be edited in the admin."""

    slug = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=60)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("order", "slug")

    def __str__(self):
        return self.label


class ReaderSettings(models.Model):
    """What one reader chooses to see. Missing rows mean the safe defaults."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reader_settings")
    modes = models.JSONField(default=dict, blank=True)  # {slug: "show" | "blur" | "hide"}
    show_ed_numbers = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "reader settings"

    def __str__(self):
        return f"Reader settings of {self.user}"


class Block(models.Model):
    blocker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made")
    blocked = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("blocker", "blocked"), name="safety_block_once"),
            models.CheckConstraint(condition=~models.Q(blocker=models.F("blocked")), name="safety_block_not_self"),
        ]

    def __str__(self):
        return f"{self.blocker} blocks {self.blocked}"


class CrisisResource(models.Model):
    country = models.CharField(max_length=2, help_text="Two-letter country code, e.g. GB or US; ZZ for everywhere.")
    name = models.CharField(max_length=100)
    contact = models.CharField(max_length=100, help_text="How to reach it: a number to call or text, a web address.")
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("country", "order", "name")

    def __str__(self):
        return f"{self.name} ({self.country})"


class DetectorTerm(models.Model):
    """A word or phrase a moderator adds to the detector without a deploy."""

    warning = models.ForeignKey(ContentWarning, on_delete=models.CASCADE, related_name="detector_terms")
    phrase = models.CharField(max_length=80)
    note = models.CharField(max_length=300, help_text="Why this term is here, for other moderators.")
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("warning", "phrase"), name="safety_term_once")]

    def __str__(self):
        return self.phrase
