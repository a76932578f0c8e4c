"""Filters that keep members' words and addresses out of the logs."""

import logging


class DropRecords(logging.Filter):
    """Drops every record of the logger it is attached to, whatever the level.

    Attached to django.db.backends, which with DEBUG on logs each SQL
    statement with its parameters filled in (post text, email addresses,
    session data), and to django.template, whose DEBUG notes on missing
    variables carry the whole page context, forms and drafts included."""

    def filter(self, record: logging.LogRecord) -> bool:
        return False
