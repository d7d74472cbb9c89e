"""Rules of the numbers family (see STYLE.md)."""
