"""Passwords that a server process can check. The suite hashes with a fast
hasher the servers do not know; this one they do (its cost travels inside each
hash), kept cheap so that making the test's members stays quick."""

from django.contrib.auth.hashers import ScryptPasswordHasher


class QuickScryptPasswordHasher(ScryptPasswordHasher):
    work_factor = 2**10
