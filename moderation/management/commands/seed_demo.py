from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from community.demo import DEMO_PASSWORD, LOGINS, load_demo
from community.demo_second_step import DEMO_TOTP_SECRET, SECOND_STEP_LOGINS
from moderation.services.rules import rules_relaxed_for


class Command(BaseCommand):
    help = "Create the demo community (idempotent) and print the demo logins."

    def add_arguments(self, parser):
        parser.add_argument("--allow-production", action="store_true",
                            help="Seed even with DEBUG off (the demo accounts share a known password).")

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("seed_demo creates accounts with a known password; it runs only with DEBUG=1.")
        # A fixed authenticator key only in development; elsewhere demo staff set up their own.
        counts = load_demo(while_loading=rules_relaxed_for, demo_authenticators=settings.DEBUG)
        self.stdout.write(
            f"Demo community ready: {counts['groups']} groups, {counts['members']} members, "
            f"{counts['threads_created']} new threads."
        )
        self.stdout.write("\nDemo logins (password for all: %s)" % DEMO_PASSWORD)
        for username, role in LOGINS:
            self.stdout.write(f"  {username:<18} {role}")
        self._second_step(demo_key=settings.DEBUG)

    def _second_step(self, *, demo_key: bool):
        self.stdout.write(f"\n{', '.join(SECOND_STEP_LOGINS)} sign in with a second step: "
                          "after the password, a six-digit code from an authenticator app.")
        if demo_key:
            self.stdout.write(f"Add this demo key to the app (a time-based account): {DEMO_TOTP_SECRET}\n"
                              "or print the current code with: python manage.py demo_code riley_groupmod")
        else:
            self.stdout.write("Each sets up their own app on first visiting the moderation pages.")
        self.stdout.write("")
