"""Rules of the numbers family: amounts checked against each other (the part-whole ledger) and number formats.

The analysis lives in newslint/quantities.py (extraction, ledger, breakdowns), shared through doc.cached.
"""

from __future__ import annotations

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Rule
from ..quantities import (
    LOWER_BOUND,
    ROUGH,
    UPPER_BOUND,
    amount_text,
    breakdowns,
    describe,
    english_number,
    ledger,
    quantities,
    recipient,
    whole_label,
)


@register
class ContinentalNumberFormat(Rule):
    """A number is written the continental way ("1.234,5", "3,2 %", "95 milliards").

    ## Why
    Translation from French, German, Spanish, Russian or Czech copy leaves the decimal comma, the
    thousands point or "milliard" behind. English readers take "3,2 %" for a list and "1.234" for a
    number just over one.
    ## Example
    The budget deficit reached 3,2 % of GDP last year.
    The company lost 1.234,5 million euros in the first quarter.
    The fund holds 95 milliards of euros in assets.
    ## Better
    The budget deficit reached 3.2% of GDP last year.
    The company lost 1,234.5 million euros in the first quarter.
    Turnout was 62%, 3 percentage points up, in 2, 3 and 4 of the districts.
    ## Fix safety
    Safe: only unambiguous forms are flagged (a point before a comma, two thousands points, a decimal
    comma before a scale, percent sign or after a currency sign), and the fix swaps the separators.
    """

    code = "NM01"
    name = "continental-number-format"
    category = "numbers"
    severity = "warning"
    fixable = True

    def check(self, doc):
        for q in quantities(doc):
            if not q.continental:
                continue
            start, end = q.continental_span
            english = english_number(q)
            what = "the word for 'billion'" if english in ("billion", "million") else "a continental number"
            fix = Fix.safe(f"Write '{english}'", [Edit(start, end, english)])
            yield self.report(start, end, f"'{doc.text[start:end]}' is {what}; in English: '{english}'", fix)


@register
class PartsExceedTotal(Rule):
    """The parts the story names for a total add up to more than the total.

    ## Why
    A total and its parts are often edited, converted or translated apart; when "$61 billion" and
    "$48 billion" are both part of a "$95 billion package", one of the three figures is wrong.
    ## Example
    Congress passed a $95 billion aid package, including $61 billion for Ukraine and $48 billion for Israel.
    The $50 million deal includes $30 million in cash and $25 million in shares.
    ## Better
    Congress passed a $95 billion aid package, including $61 billion for Ukraine and $26 billion for Israel.
    Net profit was 5 mln dlrs, including a gain of 8 mln dlrs on the sale of a unit.
    Sales rose to a total of 150 mln dlrs from 125 mln dlrs.
    """

    code = "NM02"
    name = "parts-exceed-total"
    category = "numbers"
    severity = "error"

    def check(self, doc):
        for entry in ledger(doc):
            total = entry.total
            if entry.netted or total.approx in LOWER_BOUND or total.approx in ("a further", "another"):
                continue  # a net result, or a total given as "more than": parts may pass it
            for parts in entry.groups.values():  # each breakdown of the total on its own
                finding = self._check_breakdown(entry, parts)
                if finding is not None:
                    yield finding

    def _check_breakdown(self, entry, parts):
        total = entry.total
        slack = 0.05 if total.approx in ROUGH or any(p.approx in ROUGH for p in parts) else 0.005
        running, named = 0.0, []
        for part in parts:
            if part.approx in UPPER_BOUND:
                continue
            running += part.value
            named.append(part)
            if running > total.high * (1 + slack):
                sum_text = " + ".join(amount_text(p.value, total) for p in named)
                of = f"the {describe(total)} {entry.label}" if entry.label else describe(total)
                return self.report(part.start, part.end, f"Parts add up to more than their total: {sum_text} = "
                                                         f"{amount_text(running, total)}, more than {of}")
        return None


@register
class UnaccountedRemainder(Rule):
    """Part of a total is not accounted for by the parts the story names (for the editor's information).

    ## Why
    When a story breaks a total down, readers add the parts up. A remainder nobody names is often
    fine (the story picks the parts that matter), but it is worth a look: a part may have been cut
    in editing or translation.
    ## Example
    The $95 billion package includes $61 billion for Ukraine and $8 billion for Taiwan.
    ## Better
    The $95 billion package includes $61 billion for Ukraine, $26 billion for Israel and $8 billion for Taiwan.
    The $95 billion package includes $61 billion for Ukraine.
    """

    code = "NM03"
    name = "unaccounted-remainder"
    category = "numbers"
    severity = "info"

    def check(self, doc):
        for entry in ledger(doc):
            total = entry.total
            named = [p for p in entry.breakdown if p.approx not in UPPER_BOUND]
            if len(named) + len(entry.shares) < 2 or entry.shares and entry.parts:
                continue  # one part is a detail, not a breakdown
            rest = entry.remainder
            if rest <= total.value * 0.01 or total.is_range:
                continue
            if entry.shares:
                parts_text = " + ".join(s.text for s in entry.shares)
                rest_text = f"{100 * rest / total.value:.3g}%"
                named_text = f"{100 - 100 * rest / total.value:.3g}%"
            else:
                parts_text = " + ".join(amount_text(p.value, total) for p in named)
                rest_text, named_text = amount_text(rest, total), amount_text(entry.named, total)
            yield self.report(total.start, total.end,
                              f"{describe(total)} in all; named parts {parts_text} = {named_text}; "
                              f"{rest_text} not accounted for")


@register
class BreakdownOverHundredPercent(Rule):
    """Percentages that split one whole add up to more than 100.

    ## Why
    Shares of one vote, one budget or one poll question cannot pass 100%. One of them was mistyped,
    mistranslated or belongs to another whole. Rounding is allowed for (half a point per share).
    ## Example
    Labour won 46% of the vote, the Conservatives 43% and the Liberal Democrats 22%.
    Of those polled, 55% said yes, 50% said no and 5% were undecided.
    ## Better
    Labour won 36% of the vote, the Conservatives 33% and the Liberal Democrats 22%.
    The U.S. takes 90 pct of Korea's computer exports, 72 pct of its appliances and 65 pct of its equipment.
    Countries accounting for 75 pct of world exports and 75 pct of world imports must ratify it.
    """

    code = "NM04"
    name = "breakdown-over-hundred-percent"
    category = "numbers"
    severity = "error"

    def check(self, doc):
        for b in breakdowns(doc):
            if b.total > 100 + b.tolerance:
                listed = " + ".join(q.text for q in b.shares)
                first, last = b.shares[0], b.shares[-1]
                yield self.report(first.start, last.end,
                                  f"Shares of {b.whole} add up to more than 100%: {listed} = {b.total:g}%")


@register
class ConflictingAmounts(Rule):
    """The same amount is given two values or two scales in one story ("$61 billion", later "$61 million").

    ## Why
    Scale words are what translation and editing break most often (billion/milliard, million/mln,
    bn/m), and digits get swapped in retyping. The rule compares an amount with an earlier one for
    the same recipient ("for Ukraine": another scale) or for the same named whole ("the $59 billion
    foreign aid package" after "a $95 billion foreign aid package": another scale, two digits swapped
    or one digit changed). Amounts far apart are taken to be different things.
    ## Example
    The bill provides $61 billion to help Ukraine. Of the $61 million for Ukraine, most buys weapons.
    Congress passed a $95 billion foreign aid package. The $59 billion foreign aid package also covers Israel.
    ## Better
    The bill provides $61 billion to help Ukraine. Of the $61 billion for Ukraine, most buys weapons.
    Ukraine received $5 billion for Ukraine's grid in May and $7 billion for Ukraine's army in June.
    """

    code = "NM05"
    name = "conflicting-amounts"
    category = "numbers"
    severity = "warning"

    def check(self, doc):
        text = doc.text
        seen_for: dict[tuple, object] = {}  # (currency, recipient) -> first amount
        seen_label: dict[tuple, object] = {}  # (currency, label) -> first amount
        for q in quantities(doc):
            if q.kind != "money" or q.equivalent or q.is_range:
                continue
            who = recipient(text, q)
            if who:
                first = seen_for.setdefault((q.unit, who), q)
                if first is not q and first.mantissa == q.mantissa and first.scale != q.scale:
                    yield self.report(q.start, q.end, f"'{q.text}' for {who} here, '{first.text}' for {who} "
                                                      f"earlier: the same amount at two scales")
                    continue
            label = whole_label(text, q)
            if len(label.split()) < 2:
                continue
            first = seen_label.setdefault((q.unit, label), q)
            if first is q or q.approx or first.approx or not _definite(text, q):
                continue
            if first.value != q.value and _slip(first, q) and \
                    doc.sentence_at(first.start) is not doc.sentence_at(q.start):
                yield self.report(q.start, q.end, f"'{q.text}' {label} here, '{first.text}' {label} earlier: "
                                                  f"the same amount given two values")


def _slip(a, b) -> bool:
    """Two figures one slip apart: another scale, two digits swapped, or one digit changed ($95/$59, $61/$67)."""
    if a.mantissa == b.mantissa:
        return a.scale != b.scale
    x, y = _digits(a), _digits(b)
    if len(x) != len(y) or a.scale != b.scale:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]
                                                  and x[diff[1]] == y[diff[0]])


def _digits(q) -> str:
    return f"{q.mantissa:g}".replace(".", "")


def _definite(text: str, q) -> bool:
    return text[max(0, q.start - 4):q.start].lower() == "the "
