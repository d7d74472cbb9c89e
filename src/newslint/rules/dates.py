"""Rules of the dates family (see STYLE.md)."""
