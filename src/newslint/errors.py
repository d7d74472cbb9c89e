"""Errors that end in one clear line for the user and exit code 2."""


class NewslintError(Exception):
    exit_code = 2


class ConfigError(NewslintError):
    """A bad configuration file or rule pack."""


class InputError(NewslintError):
    """A file that cannot be read or decoded."""
