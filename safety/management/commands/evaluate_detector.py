from django.core.management.base import BaseCommand, CommandError

from safety.evaluation import DatasetError, evaluate_file, format_report


class Command(BaseCommand):
    requires_system_checks = []  # reads a file and runs pure functions; no models involved
    help = "Score the content-warning detector against a labelled JSONL file (format in SAFETY.md)."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="FILE.jsonl")

    def handle(self, *args, path, **options):
        try:
            report = evaluate_file(path)
        except DatasetError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(format_report(report))
