"""Data behind the entity model: word lists (lexicon.py), first names and countries (plain text)."""
