"""Rules of the residue family (see STYLE.md)."""
