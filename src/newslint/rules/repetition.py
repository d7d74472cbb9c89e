"""Rules of the repetition family: words said twice by accident."""

from __future__ import annotations

import re

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Option, Rule

# Doublings that English grammar allows ("I had had enough", "he said that that was all").
ALLOWED_DOUBLES = ["had", "that", "is", "bye", "so", "very", "no", "yes", "ha", "knock", "tut", "chop", "pooh",
                   "bora", "baden", "walla", "sing", "ylang", "duran", "mahi", "can", "tsk", "dum"]

_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)([ \t]+)(\1)(?![\w'’-])", re.IGNORECASE)


@register
class DoubledWord(Rule):
    """A word is repeated by accident ("the the").

    ## Why
    Editing and machine translation leave a word twice in a row; readers stumble on it.
    Doublings that grammar allows ("had had", "that that") stay silent.
    ## Example
    The the minister arrived on Friday.
    Talks will resume in in May.
    ## Better
    The minister arrived on Friday.
    By the time he left, he had had enough.
    He said that that was the end of it.
    ## Fix safety
    Safe: the fix deletes the second word and the space before it.
    """

    code = "RP01"
    name = "doubled-word"
    category = "repetition"
    severity = "warning"
    fixable = True
    options = {"allow": Option(list, ALLOWED_DOUBLES, "words that may be doubled")}

    def check(self, doc):
        allow = {w.lower() for w in self.opts.allow}
        text = doc.text
        for m in _DOUBLED.finditer(text):
            word = m.group(1)
            if word.lower() in allow or (word[0].isupper() and m.group(3)[0].isupper()):
                continue  # allowed, or a name such as "Sirhan Sirhan" or "Duran Duran"
            quoted = doc.in_quotation(m.start(), m.end())
            fix = Fix.safe(f"Delete the second '{m.group(3)}'", [Edit.delete(m.end(1), m.end(3))])
            yield self.report(m.start(), m.end(), f"'{word}' is repeated: '{m.group()}'", fix,
                              severity="info" if quoted else None)
