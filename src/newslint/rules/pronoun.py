"""Rules of the pronoun family (see STYLE.md)."""
