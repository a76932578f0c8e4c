from django.conf import settings
from django.db import models

USER = settings.AUTH_USER_MODEL


class Reason(models.TextChoices):
    AT_RISK = "at_risk", "This person may be at risk"
    HARASSMENT = "harassment", "Harassment or bullying"
    MISINFORMATION = "misinformation", "Misinformation"
    NEEDS_WARNING = "needs_warning", "Needs a content warning"
    METHOD_OR_NUMBERS = "method_or_numbers", "Method details or numbers"
    SPAM = "spam", "Spam"
    OTHER = "other", "Something else"
    # Reasons a case opens without a member's flag.
    ACUTE = "acute", "The detector assessed acute risk"
    HELD = "held", "Held for review before publishing"
    WATCHED_WORD = "watched_word", "A watched word"
    APPEAL = "appeal", "An appeal"


FLAG_REASONS = [Reason.AT_RISK, Reason.HARASSMENT, Reason.MISINFORMATION, Reason.NEEDS_WARNING,
                Reason.METHOD_OR_NUMBERS, Reason.SPAM, Reason.OTHER]


class Priority(models.IntegerChoices):
    URGENT = 0, "Urgent"
    HARASSMENT = 1, "Harassment"
    METHOD = 2, "Method details or numbers"
    OTHER = 3, "Other"


PRIORITY_OF = {
    Reason.ACUTE: Priority.URGENT,
    Reason.AT_RISK: Priority.URGENT,
    Reason.HARASSMENT: Priority.HARASSMENT,
    Reason.METHOD_OR_NUMBERS: Priority.METHOD,
}


class CaseQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Case.Status.OPEN)

    def in_queue_order(self):
        return self.order_by("priority", "opened_at", "id")


class Case(models.Model):
    """One post (or one member) with everything that brought it to the queue."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"

    post = models.ForeignKey("community.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # Cases, flags, sanctions, notes and appeals outlive a deleted account, pointing at no one.
    member = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    group = models.ForeignKey("community.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    priority = models.PositiveSmallIntegerField(choices=Priority, default=Priority.OTHER)
    reasons = models.JSONField(default=list)
    opened_at = models.DateTimeField(auto_now_add=True)
    claimed_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    claimed_at = models.DateTimeField(null=True, blank=True)
    first_action_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    resolution = models.CharField(max_length=40, blank=True)
    # An appeal must be decided by someone other than the moderator who acted.
    excluded_moderator = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    objects = CaseQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("post",), condition=models.Q(status="open"), name="moderation_one_open_case_per_post"),
        ]
        indexes = [models.Index(fields=("status", "priority", "opened_at")), models.Index(fields=("group", "status"))]

    def __str__(self):
        return f"Case {self.pk} ({self.get_status_display()})"

    @property
    def is_urgent(self):
        return self.priority == Priority.URGENT


class Flag(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Open"
        UPHELD = "upheld", "Action taken"
        DISMISSED = "dismissed", "No action needed"

    post = models.ForeignKey("community.Post", on_delete=models.CASCADE, related_name="+")
    reporter = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="flags_made")
    reason = models.CharField(max_length=20, choices=Reason)
    note = models.CharField(max_length=1000, blank=True)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="flags")
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("post", "reporter"), condition=models.Q(status="open"), name="moderation_one_open_flag"),
        ]

    def __str__(self):
        return f"Flag {self.pk} on post {self.post_id}"


class GroupRules(models.Model):
    """How a group holds posts for review."""

    class AcuteRule(models.TextChoices):
        HOLD = "hold", "Hold and escalate"
        PUBLISH = "publish", "Publish and escalate"

    group = models.OneToOneField("community.Group", on_delete=models.CASCADE, related_name="rules")
    hold_new_members_until = models.PositiveSmallIntegerField(
        default=2, help_text="Hold a member's posts until this many of theirs were approved (0: never)."
    )
    hold_everything = models.BooleanField(default=False, help_text="Every post waits for a moderator.")
    acute_rule = models.CharField(max_length=10, choices=AcuteRule, default=AcuteRule.HOLD)

    class Meta:
        verbose_name_plural = "group rules"

    def __str__(self):
        return f"Rules of {self.group}"


class WatchedWord(models.Model):
    class Kind(models.TextChoices):
        WORD = "word", "Whole word"
        PHRASE = "phrase", "Phrase"
        PATTERN = "pattern", "Bounded pattern"

    class Action(models.TextChoices):
        BLOCK = "block", "Refuse the post, kindly"
        HOLD = "hold", "Hold for review"
        CASE = "case", "Publish and open a case"
        WARN = "warn", "Apply a content warning"

    text = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.WORD)
    action = models.CharField(max_length=10, choices=Action, default=Action.HOLD)
    warning = models.ForeignKey("safety.ContentWarning", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    note = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.text


class Sanction(models.Model):
    class Kind(models.TextChoices):
        WARNING = "warning", "Warning"
        SUSPENSION = "suspension", "Suspension"
        GROUP_BAN = "group_ban", "Ban from a group"

    member = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="sanctions")
    kind = models.CharField(max_length=12, choices=Kind)
    group = models.ForeignKey("community.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=1000)
    until = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.get_kind_display()} for {self.member}"


class StaffNote(models.Model):
    member = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    author = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.CharField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self):
        return f"Note on {self.member_id}"


class Appeal(models.Model):
    """A member asks once for a removal or a suspension to be looked at again."""

    appellant = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    post = models.ForeignKey("community.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    sanction = models.ForeignKey(Sanction, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    text = models.CharField(max_length=2000)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("appellant", "post"), condition=models.Q(post__isnull=False), name="moderation_one_appeal_per_post"),
            models.UniqueConstraint(fields=("appellant", "sanction"), condition=models.Q(sanction__isnull=False), name="moderation_one_appeal_per_sanction"),
        ]

    def __str__(self):
        return f"Appeal {self.pk}"


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")


class AuditEntry(models.Model):
    """Append-only: one row per moderator action; never changed or deleted."""

    actor = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=40, db_index=True)
    target_type = models.CharField(max_length=20)
    target_id = models.PositiveBigIntegerField()
    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit")
    reason = models.CharField(max_length=2000, blank=True)
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name_plural = "audit entries"

    def __str__(self):
        return f"{self.action} on {self.target_type} {self.target_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")
