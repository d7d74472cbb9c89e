"""Rules of the consistency family (see STYLE.md)."""
