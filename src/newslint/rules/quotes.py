"""Rules of the quotes family (see STYLE.md)."""
