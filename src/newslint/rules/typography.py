"""Rules of the typography family (see STYLE.md)."""
