"""newslint: lint translated news copy.

Library API::

    import newslint
    findings = newslint.check_text(story)            # list[Diagnostic]
    fixed, remaining = newslint.fix_text(story)      # safe fixes applied
"""

__version__ = "0.1.0"
__all__ = ["check_text", "fix_text", "__version__"]


def __getattr__(name):  # lazy: `newslint --version` and the CLI start-up stay fast
    if name in ("check_text", "fix_text"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
