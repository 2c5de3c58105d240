"""Errors the user can act on. Each message starts with what it concerns."""


class FactcheckError(Exception):
    """Base class: the CLI prints the message on one line and exits with `exit_code`."""

    exit_code = 2


class InputError(FactcheckError):
    """A document cannot be read or decoded: `path: problem`."""


class UsageError(FactcheckError):
    """An option or argument is wrong."""


class RuleError(FactcheckError):
    """A rule file is broken: `file:line: problem`."""
