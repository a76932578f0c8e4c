from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from community.demo import DEMO_PASSWORD, LOGINS, load_demo
from moderation.services.rules import rules_relaxed_for


class Command(BaseCommand):
    help = "Create the demo community (idempotent) and print the demo logins."

    def add_arguments(self, parser):
        parser.add_argument("--allow-production", action="store_true",
                            help="Seed even with DEBUG off (the demo accounts share a known password).")

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("seed_demo creates accounts with a known password; it runs only with DEBUG=1.")
        counts = load_demo(while_loading=rules_relaxed_for)
        self.stdout.write(
            f"Demo community ready: {counts['groups']} groups, {counts['members']} members, "
            f"{counts['threads_created']} new threads."
        )
        self.stdout.write("\nDemo logins (password for all: %s)" % DEMO_PASSWORD)
        for username, role in LOGINS:
            self.stdout.write(f"  {username:<18} {role}")
        self.stdout.write("")
