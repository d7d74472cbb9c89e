"""Rules of the attribution family (see STYLE.md)."""
