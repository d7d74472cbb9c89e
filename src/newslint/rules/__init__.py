"""Built-in Python rules, one module per family; importing a module registers its rules."""

from . import (  # noqa: F401
    attribution,
    consistency,
    dates,
    numbers,
    pronoun,
    quotes,
    repetition,
    residue,
    spelling,
    typography,
)
