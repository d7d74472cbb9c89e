"""Amounts in a story: money, percentages and counts, normalised, and the part-whole ledger.

Read them through `quantities(doc)` and `ledger(doc)`: both are memoised on the Document, so the
numbers rules and `newslint facts` share one pass over the text.

A quantity is found by one regex over the whole text (a number in digits or words, its scale,
its currency or unit); ranges ("$5-6 billion", "between 5 and 6 pct") are merged afterwards, and
continental formats left by translation ("1.234,5", "3,2 %", "95 milliards") are recorded on the
quantity so a rule can flag them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .lazy_regex import lazy

# ---------------------------------------------------------------------------------------------
# Lexicon

SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bln": 1e9,
          "milliard": 1e9, "mrd": 1e9, "mio": 1e6, "crore": 1e7, "lakh": 1e5,
          "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
# Spelled-out scale a normalised amount is written back with.
SCALE_WORD = {1e2: "hundred", 1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion", 1e5: "lakh", 1e7: "crore"}
# Translation leftovers for "billion" and "million" (French/German/Dutch/Italian).
FOREIGN_SCALES = {"milliard": "billion", "milliards": "billion", "mrd": "billion", "mrd.": "billion",
                  "mio": "million", "mio.": "million"}

WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
WORD_NUMBERS |= {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
WORD_NUMBERS |= {"a": 1, "an": 1, "dozen": 12, "a dozen": 12, "hundred": 100, "a hundred": 100}

# Currency prefixes ("$", "US$", "€", "USD ") and the key each amount is compared under.
_PREFIX_KEYS = {"$": "$", "US$": "$", "U.S.$": "$", "USD": "$", "€": "€", "EUR": "€", "£": "£", "GBP": "£",
                "¥": "¥", "JPY": "¥", "CNY": "yuan", "RMB": "yuan", "₹": "rupee", "INR": "rupee", "Rs": "rupee",
                "Rs.": "rupee", "₽": "rouble", "RUB": "rouble", "₩": "won", "₺": "lira", "₪": "shekel",
                "₦": "naira", "CHF": "Swiss franc"}
# Currency words after the number ("95 billion dollars", "15 mln dlrs", "3 bln yuan").
_WORD_KEYS = {"dollar": "$", "dollars": "$", "dlr": "$", "dlrs": "$", "euro": "€", "euros": "€",
              "pound": "£", "pounds": "£", "sterling": "£", "stg": "£", "yuan": "yuan", "renminbi": "yuan",
              "yen": "¥", "rouble": "rouble", "roubles": "rouble", "ruble": "rouble", "rubles": "rouble",
              "rupee": "rupee", "rupees": "rupee", "franc": "franc", "francs": "franc", "mark": "mark",
              "marks": "mark", "lire": "lira", "lira": "lira", "peseta": "peseta", "pesetas": "peseta",
              "guilder": "guilder", "guilders": "guilder", "crown": "crown", "crowns": "crown",
              "kronor": "krona", "krona": "krona", "kroner": "krone", "krone": "krone", "won": "won",
              "baht": "baht", "ringgit": "ringgit", "rand": "rand", "riyal": "riyal", "riyals": "riyal",
              "dirham": "dirham", "dirhams": "dirham", "shekel": "shekel", "shekels": "shekel",
              "peso": "peso", "pesos": "peso", "reais": "real", "hryvnia": "hryvnia", "hryvnias": "hryvnia",
              "tenge": "tenge", "rupiah": "rupiah", "dinar": "dinar", "dinars": "dinar", "naira": "naira",
              "zloty": "zloty", "zlotys": "zloty", "forint": "forint", "forints": "forint"}
# Words that are money only with a scale or a qualifier ("five pounds" may be a weight).
_AMBIGUOUS_CURRENCY = frozenset("pound pounds mark marks crown crowns won rand".split())

_CUR_PREFIX = (r"(?:(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|NT|R|Z)?\$|[€£¥₹₽₩₺₪₦]"
               r"|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|INR|Rs\.?)(?:\s|(?=\d)))")
_COUNTRY_ADJ = (r"(?:U\.S\.|US|American|Canadian|Australian|Hong Kong|Singapore|New Zealand|Taiwan|"
                r"Taiwanese|Zimbabwean|Swiss|French|Belgian|German|Deutsche|D-)")
_CUR_WORD = r"(?:" + "|".join(sorted(_WORD_KEYS, key=len, reverse=True)) + r")"
_WORD_NUM = (r"(?:an? (?:dozen|hundred)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
             r"seven|eight|nine))?|seventeen|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|eleven|twelve|"
             r"one|two|three|four|five|six|seven|eight|nine|ten|an?(?= (?:dozen|hundred|thousand|million|billion|"
             r"trillion)\b)|dozen|hundred)")
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|mln|bln|milliards?|Mrd\.?|Mio\.?|crores?|lakhs?)"
_SCALE_ABBR = r"(?:bn|tn|trn|mn|m|k|b)"

# One amount: [currency] number [scale] [currency word | percent | unit noun].
_QUANTITY_BODY = (
    r"(?<![\w.,/])"
    r"(?P<prefix>" + _CUR_PREFIX + r")?(?<![A-Za-z]-)"
    r"(?:(?P<cont>\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![.\d])|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:,\d+)?)"
    r"|(?P<cdec>\d+,\d{1,2})(?!\d)(?=\s?(?:%|per ?cent|percent|pct|" + _SCALE_WORD + r"|" + _SCALE_ABBR + r"\b))"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<frac>[ -]\d{1,2}/\d{1,2}(?![\d/])|[½¼¾⅓⅔⅛])?"
    r"|(?P<wnum>(?i:" + _WORD_NUM + r"))(?=[\s-]))"
    r"(?:(?P<abbr>" + _SCALE_ABBR + r")(?![\w$€£]))?"
    r"(?:[\s-](?P<scale>(?i:" + _SCALE_WORD + r"))(?![\w-]))?"
    r"(?P<unit>\s?(?:%|per ?cent\b|percent\b|pct\b)"
    r"|[\s-](?:percentage points?|basis points?)\b"
    r"|[\s-](?:" + _COUNTRY_ADJ + r"\s)?" + _CUR_WORD + r"\b"
    r"|\s(?:[a-z][a-z]+(?:-[a-z]+)*))?"
)
_QUANTITY = lazy(_QUANTITY_BODY)
# One scan over the text finds where an amount or a date may start (speed: a leading character class lets the
# regex engine skip the text in C, and the text is read once for both). An amount starts at a digit or a
# currency sign after no word character, a currency code ("US$", "USD", "Rs") or a capitalised number word:
# where `(?=[\d$€£¥₹₽₩₺₪₦UACNHSRZEGJI])` + _QUANTITY_BODY may match. A date starts at a digit before a month
# or starting "2024-", a month before a day, or a weekday: where datefacts._DATE may match. After the first
# character, alternatives open with the characters that must follow it (the engine skips a failing one
# cheaply) and check that first character in a look-behind only then. [0-9] and all non-ASCII characters
# make a quicker first class than \d.
_DIGIT_DATE = r"(?<=\d)(?<!\w.)(?=\d?(?:st|nd|rd|th|\.)?[ \t]+(?:of[ \t]+)?[FJMASOND]|\d{3}-)"
_LETTER_AMOUNT = (r"\$(?<=[UACNHSRZ]\$)|[A-Z]\$(?<=[UACNHSRZ].\$)|\.S\.\$(?<=U\.S\.\$)"
                  r"|SD(?<=USD)|UR(?<=EUR)|BP(?<=GBP)|PY(?<=JPY)|NY(?<=CNY)|HF(?<=CHF)|MB(?<=RMB)|s(?<=Rs)|NR(?<=INR)"
                  r"|[nN](?<=A.) (?i:dozen|hundred|thousand|million|billion|trillion)"
                  r"| (?<=A.)(?i:dozen|hundred|thousand|million|billion|trillion)"
                  r"|[iI](?<=[ESN].)(?i:ght|x|ne)|[lL](?<=E.)(?i:even)|[eE](?<=S.)(?i:ven)|[uU](?<=H.)(?i:ndred)")
_LETTER_DATE = r"(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)[a-z]*\.?[ \t]+\d|onday|uesday|ednesday|hursday|riday|aturday|unday"
# The first character: 0-9 $ A C D E F G H I J M N O R S T U W Z or any non-ASCII, written as the ASCII
# characters it is not (a range up to \U0010ffff is slow to compile).
_CANDIDATE = lazy(r"[^\x00-#%-/:-@BKLPQVXY\[-\x7f]"
                  r"(?:(?<=[\d$€£¥₹₽₩₺₪₦])(?:(?<![\w.,/].)(?P<q>)(?:" + _DIGIT_DATE + r"(?P<qd>))?"
                  r"|" + _DIGIT_DATE + r"(?P<d>))|(?=(?:" + _LETTER_AMOUNT + r")(?P<lq>)|(?:" + _LETTER_DATE + r")(?P<ld>)))")
_AMOUNT_KINDS, _DATE_KINDS = frozenset({"q", "qd", "lq"}), frozenset({"qd", "d", "ld"})
# Numbers in words are found from the scale word after them ("two billion dollars", "a dozen"); "illion" and
# "ln" stand for million, billion, trillion, mln and bln (fewer passes over the text).
_SCALE_ANCHORS = ("illion", "ln", "thousand", "dozen", "hundred")
_WORD_NUM_BEFORE = lazy(r"(?<![\w-])(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                              r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|seventeen|thirteen|fourteen|"
                              r"fifteen|sixteen|eighteen|nineteen|eleven|twelve|one|two|three|four|five|six|seven|"
                              r"eight|nine|ten|an?)[\s-]$")
# Small numbers in words before a noun ("five people"), for the facts table only.
_SMALL_WORDS = lazy(r"(?<![\w-])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                          r"[Ee]leven|[Tt]welve|[Aa] dozen|[Dd]ozens of) [a-z]")
_TIME_OR_SCORE_AFTER = lazy(r"[:.]\d|/\d|(?:st|nd|rd|th)\b")
# Words written before an amount that qualify it, as _APPROX_BEFORE finds them; the search is skipped when the
# text before an amount ends with none of them (a text that is not ASCII is always searched: IGNORECASE folds a
# few non-ASCII letters to ASCII ones).
_APPROX_PHRASES = ("about", "around", "some", "nearly", "almost", "roughly", "approximately", "an estimated",
                   "estimated", "more than", "over", "at least", "up to", "as much as", "as many as", "less than",
                   "fewer than", "under", "at most", "just over", "just under", "close to", "upwards of",
                   "in excess of", "a further", "another", "an additional", "a record", "a total of", "totalling",
                   "totaling")
_APPROX_BEFORE = lazy(r"\b(?P<w>" + "|".join(_APPROX_PHRASES) + r")\s+$", re.IGNORECASE)
LOWER_BOUND = frozenset(["more than", "over", "at least", "just over", "upwards of", "in excess of"])
UPPER_BOUND = frozenset(["up to", "as much as", "as many as", "less than", "fewer than", "under", "at most",
                         "just under"])
ADDITIVE = frozenset(["a further", "another", "an additional"])  # "a further $38 billion": one more part
ROUGH = frozenset(["about", "around", "some", "nearly", "almost", "roughly", "approximately", "an estimated",
                   "estimated", "close to"])
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_MONTH_BEFORE = lazy(r"\b(?:" + _MONTHS + r")\.?\s+$")
_MONTH_NAMES = tuple(_MONTHS.split("|"))
_NAME_BEFORE = lazy(r"\b[A-Z][A-Z&]+\s$")
_NAME_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ&")  # the last character of a _NAME_BEFORE name
_MONTH_AFTER = lazy(r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTHS + r")\b")
# Words that follow a number without being its unit ("5 of the", "won 3 against").
_NOT_UNITS = frozenset(
    """a an the of and or to in on at by for from with as than that which who is was are were be been has had have
    but if so per each after before since until against between into onto over under about this these those
    it its his her their our my your we they he she you i also not no more less up down out off am pm
    said says percent year years old through via within across among around during without toward towards while
    when where because if then there here ago last next earlier later more less only just almost nearly""".split())


class Quantity(NamedTuple):
    """One amount as written: its span, normalised value(s), kind and unit (a named tuple: quick to build)."""

    start: int
    end: int
    text: str
    kind: str  # money | percent | count | number
    unit: str  # currency key ("$", "€", "yuan"), "%", "pp", "bp", a count noun, or ""
    value: float  # normalised; the low end of a range
    high: float  # the high end of a range (== value otherwise)
    mantissa: float  # the number as written, before the scale
    scale: float  # 1, 1e3, 1e6 ...
    approx: str = ""  # "about", "more than", "up to" ... written before it
    continental: str = ""  # how it is written in a continental style, if it is
    continental_span: tuple[int, int] | None = None
    equivalent: bool = False  # a conversion in brackets after another amount: "$500m (£265m)"

    @property
    def is_range(self) -> bool:
        return self.high != self.value


def quantities(doc) -> list[Quantity]:
    """Every amount in the document, in reading order (memoised on the document).

    Numbers in words are included when a scale follows ("two billion dollars", "a dozen").
    """
    return doc.cached("quantities", lambda d: extract(d.text, candidates(d)[0]))


def candidates(doc) -> tuple[list[int], list[int]]:
    """Where amounts and where dates may start, from one scan (memoised on the document)."""
    return doc.cached("number_candidates", lambda d: scan(d.text))


def scan(text: str) -> tuple[list[int], list[int]]:
    amounts, dates = [], []
    for c in _CANDIDATE.finditer(text):
        kind = c.lastgroup
        if kind in _AMOUNT_KINDS:
            amounts.append(c.start())
        if kind in _DATE_KINDS:
            dates.append(c.start())
    return amounts, dates


def small_counts(text: str) -> list[Quantity]:
    """Small counts in words ("five people", "a dozen countries"), for the facts table."""
    found = []
    for w in _SMALL_WORDS.finditer(text):
        m = _QUANTITY.match(text, w.start())
        q = _read(text, m) if m else None
        if q is not None and q.kind == "count":
            found.append(q)
    return found


def extract(text: str, starts: list[int] | None = None) -> list[Quantity]:
    """The amounts in `text`; `starts` are its amount candidates if already scanned."""
    found: list[Quantity] = []
    end = 0
    for start in scan(text)[0] if starts is None else starts:
        if start < end:
            continue  # inside the last amount: the same matches as a regex scan over the whole text
        m = _QUANTITY.match(text, start)
        if m is None:
            continue
        end = m.end()
        q = _read(text, m)
        if q is not None and (q.scale != 1.0 or not m.group("wnum")):
            found.append(q)
    taken, scanned = None, len(found)
    for a in _scale_anchors(text):
        w = _WORD_NUM_BEFORE.search(text, max(0, a - 16), a) if text[a - 2:a - 1].isalpha() else None
        if w is None:
            continue
        if taken is None:
            taken = {q.start for q in found[:scanned]}
        if w.start() not in taken:
            m = _QUANTITY.match(text, w.start())
            q = _read(text, m) if m else None
            if q is not None:
                found.append(q)
    if len(found) > scanned:  # the scan's amounts are in order already
        found.sort(key=lambda q: q.start)
    return _mark_equivalents(text, _merge_ranges(text, found))


def _scale_anchors(text: str) -> list[int]:
    """Where a scale word ends a word (no boundary needed before it), in order: str.find is much faster than a regex."""
    out = []
    for word in _SCALE_ANCHORS:
        i = text.find(word)
        while i >= 0:
            after = i + len(word)
            if after == len(text) or not (text[after].isalnum() or text[after] == "_"):
                if len(word) > 2 and word != "illion":
                    out.append(i)
                elif text[i - 1:i] in ("m", "b"):  # million, billion, mln, bln
                    out.append(i - 1)
                elif word == "illion" and text[i - 2:i] == "tr":
                    out.append(i - 2)
            i = text.find(word, after)
    out.sort()
    return out


def _read(text: str, m: re.Match) -> Quantity | None:
    start, end = m.span()
    # All groups in one call (by position, in the order of _QUANTITY_BODY): quicker than one call per name.
    prefix, cont, cdec, num, frac, wnum, abbr, scale_word, unit_text = m.groups()
    if not (prefix or unit_text or scale_word) and (abbr or (num or wnum) and not _RANGE_NEXT.match(text, end)):
        return None  # most numbers in a text: bare, not the low end of a range (the checks below, early)
    unit_text = unit_text or ""
    if not (prefix or unit_text) and _TIME_OR_SCORE_AFTER.match(text, m.end("num") if num else end):
        return None
    continental, cspan = "", None
    if num:
        mantissa = float(num.replace(",", "")) + (_fraction(frac) if frac else 0.0)
    elif wnum:
        word = wnum.lower()
        mantissa = _word_value(word)
        if word in ("a", "an") and not scale_word:
            return None
    else:
        group = "cont" if cont else "cdec"
        if _looks_like_ip(cont or cdec):
            return None
        continental, cspan = cont or cdec, m.span(group)
        mantissa = _continental_value(continental)
    scale = 1.0
    if scale_word:
        key = scale_word.lower().rstrip(".")
        key = key[:-1] if key.endswith("s") and key[:-1] in SCALES else key
        scale = SCALES.get(key, 1.0)
        if key in ("milliard", "mrd", "mio") and not continental:
            continental, cspan = scale_word, (m.start("scale"), m.end("scale"))
    unit, kind = "", "number"
    word = unit_text.strip().lstrip("-").strip()
    low = word.lower()
    if prefix:
        kind, unit = "money", _prefix_key(prefix.strip())
        if word and not (low.startswith(("%", "per", "pct")) or _currency_word(word)):
            end = m.start("unit")  # "$5 billion aid": the noun is not part of the amount
    elif low.startswith("percentage point"):
        kind, unit = "percent", "pp"
    elif low.startswith(("%", "per cent", "percent", "pct")):
        kind, unit = "percent", "%"
    elif low.startswith("basis point"):
        kind, unit = "percent", "bp"
    elif word and (cur := _currency_word(word)):
        if cur in _AMBIGUOUS_CURRENCY and scale == 1.0 and not word[0].isupper() and \
                not (cur in ("won",) and mantissa >= 1000) and "sterling" not in low:
            kind, unit = "count", cur
        else:
            kind, unit = "money", _WORD_KEYS[cur] if not word[0].isupper() or cur == word else _country_key(word, cur)
    elif word:
        if low in _NOT_UNITS or low.split("-")[0] in _NOT_UNITS:
            end = m.start("unit")
        else:
            kind, unit = "count", low
    if abbr:
        if kind != "money":
            return None  # "100m", "5k": metres, a race, not an amount
        scale = SCALES[abbr]
    if kind == "number" and not scale_word and not continental and not _RANGE_NEXT.match(text, end):
        return None  # a bare number, not the low end of a range: nothing to check it against
    # The word before the amount, to skip the look-back regexes below when it cannot match (speed).
    tail = text[max(0, start - 20):start]
    last = tail.split()[-1] if tail[-1:].isspace() and not tail.isspace() else ""
    if kind in ("number", "count") and num:
        if not scale_word and len(num) == 4 and _looks_like_year(num):
            return None
        if last.rstrip(".").endswith(_MONTH_NAMES) and _MONTH_BEFORE.search(text, max(0, start - 12), start) \
                or _MONTH_AFTER.match(text, m.end("num")):
            return None  # a day of the month ("April 26 people" included)
    if kind == "count" and tail[-2:-1] in _NAME_END and _NAME_BEFORE.search(text, max(0, start - 8), start):
        return None  # "S&P 500 gained", "FTSE 100 shares": a number in a name
    text_ = text[start:end].rstrip()
    end = start + len(text_)
    approx = _approx_before(text, start) if last and (
        not tail.isascii() or tail.rstrip().lower().endswith(_APPROX_PHRASES)) else ""  # else the regex cannot match
    value = mantissa * scale
    return Quantity(start, end, text_, kind, unit, value, value, mantissa, scale, approx, continental, cspan)


def _prefix_key(prefix: str) -> str:
    if prefix.endswith("$") and prefix not in ("$", "US$", "U.S.$"):
        return prefix  # A$, C$, HK$: other dollars
    return _PREFIX_KEYS.get(prefix, "$")


def _approx_before(text: str, start: int) -> str:
    m = _APPROX_BEFORE.search(text, max(0, start - 20), start)
    return m.group("w").lower() if m else ""


def _currency_word(word: str) -> str:
    last = word.split()[-1]
    return last if last in _WORD_KEYS else ""


def _country_key(word: str, cur: str) -> str:
    country = word[: -len(cur)].strip()
    if country in ("U.S.", "US", "American") or _WORD_KEYS[cur] != "$":
        return _WORD_KEYS[cur]
    return f"{country} {_WORD_KEYS[cur]}"


def _fraction(frac: str | None) -> float:
    if not frac:
        return 0.0
    vulgar = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
    if frac in vulgar:
        return vulgar[frac]
    top, bottom = frac[1:].split("/")
    return int(top) / int(bottom) if int(bottom) else 0.0


def _word_value(word: str) -> float:
    if word in WORD_NUMBERS:
        return float(WORD_NUMBERS[word])
    tens, _, unit = word.partition("-")
    return float(WORD_NUMBERS.get(tens, 0) + WORD_NUMBERS.get(unit, 0))


def _continental_value(raw: str) -> float:
    digits = re.sub(r"[.\u00a0\u202f\u2009]", "", raw).replace(",", ".")
    return float(digits)


def _looks_like_ip(raw: str) -> bool:
    parts = raw.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 for p in parts)


def _looks_like_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1000 <= int(num) <= 2199


def english_number(q: Quantity) -> str:
    """The continental number of `q` written the English way: "1.234,5" -> "1,234.5"."""
    raw = q.continental
    if raw.lower().rstrip(".") in ("milliard", "milliards", "mrd", "mio"):
        return FOREIGN_SCALES.get(raw.lower(), FOREIGN_SCALES.get(raw.lower().rstrip("."), raw))
    whole, _, dec = re.sub(r"[.\u00a0\u202f\u2009]", "", raw).partition(",")
    head = len(whole) % 3 or 3  # 1234567 -> 1,234,567, written out (int() refuses very long numbers)
    grouped = ",".join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return grouped + (f".{dec}" if dec else "")


# ---------------------------------------------------------------------------------------------
# Ranges and equivalents

_RANGE_NEXT = lazy(r"(?:\s?[-–—]\s?|\s+(?:to|and)\s+)[$€£¥]?\d")
_RANGE_GLUE = lazy(r"\s?[-–—]\s?|\s+to\s+|\s+and\s+")
_CONVERSION_GLUE = lazy(r"\s*(?:\(|;|/|,\s*or\s|\bor\s)\s*(?:about|around|roughly|some|approx\.?|nearly)?\s*$")


def _merge_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"$5-6 billion", "5 to 6 pct", "between 5 and 6 percent": one quantity with a low and a high end."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and prev.high == prev.value and (prev.kind != "number" or q.kind != "number") and \
                (prev.kind == q.kind or "number" in (prev.kind, q.kind)) and (prev.unit in ("", q.unit) or not q.unit):
            glue = _RANGE_GLUE.fullmatch(text, prev.end, q.start)
            if glue and _joins_range(text, prev, glue.group()):
                unit_q = q if q.kind != "number" else prev
                scale = prev.scale if prev.scale != 1.0 else (q.scale if prev.mantissa <= q.mantissa else 1.0)
                low = prev.mantissa * scale
                if low <= q.value:
                    out[-1] = Quantity(prev.start, q.end, text[prev.start:q.end], unit_q.kind, unit_q.unit, low,
                                       q.value, prev.mantissa, scale, prev.approx or q.approx,
                                       prev.continental or q.continental,
                                       prev.continental_span or q.continental_span)
                    continue
        out.append(q)
    return [q for q in out if q.kind != "number" or q.continental or q.scale != 1.0]


def _joins_range(text: str, prev: Quantity, glue: str) -> bool:
    head = text[max(0, prev.start - 9):prev.start].lower()
    if "and" in glue:
        return head.endswith("between ")
    if "to" in glue:
        return not head.endswith(("from ", "rose ", "fell "))
    return True


def _mark_equivalents(text: str, qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and q.kind == prev.kind == "money" and q.unit != prev.unit and \
                q.start - prev.end < 24 and _CONVERSION_GLUE.search(text, prev.end, q.start):
            q = Quantity(q.start, q.end, q.text, q.kind, q.unit, q.value, q.high, q.mantissa, q.scale, q.approx,
                         q.continental, q.continental_span, equivalent=True)
        out.append(q)
    return out


# ---------------------------------------------------------------------------------------------
# Display


_SAME_IN_PLURAL = frozenset("yuan yen won baht rand rupiah tenge naira real lira".split())


def money_text(value: float, unit: str) -> str:
    """"$26 billion", "€3 million", "1.5 billion yuan": an amount the way a story writes it."""
    words = _scaled(value)
    if unit in ("$", "€", "£", "¥") or unit.endswith("$"):
        return f"{unit}{words}"
    if value != 1 and unit and unit.split()[-1] not in _SAME_IN_PLURAL:
        unit += "s"  # rouble -> roubles, Swiss franc -> Swiss francs
    return f"{words} {unit}".strip()


def amount_text(value: float, like: Quantity) -> str:
    """`value` written in the currency or unit of the quantity `like`: "$26 billion", "1.4 million tonnes"."""
    if like.kind == "money":
        return money_text(value, like.unit)
    if like.kind == "percent":
        return f"{value:g}" + ("%" if like.unit == "%" else f" {like.unit}")
    return _scaled(value) + (f" {like.unit}" if like.unit else "")


def _scaled(value: float) -> str:
    scale = next((s for s in (1e12, 1e9, 1e6) if abs(value) >= s), 1.0)
    number = f"{value / scale:,.3f}".rstrip("0").rstrip(".")
    return f"{number} {SCALE_WORD[scale]}" if scale != 1.0 else number


def describe(q: Quantity) -> str:
    """The normalised reading of an amount, a range as low–high."""
    low = amount_text(q.value, q)
    if not q.is_range:
        return low
    if q.kind == "money":
        return f"{low}–{money_text(q.high, q.unit)}"
    return f"{low.removesuffix(q.unit).rstrip()}–{amount_text(q.high, q)}" if q.unit else f"{low}–{_scaled(q.high)}"


# ---------------------------------------------------------------------------------------------
# The part-whole ledger

# Nouns that name a whole an amount is split from ("a $95 billion aid package").
WHOLE_NOUNS = frozenset(
    """package bill budget plan programme program deal fund loan aid spending stimulus bailout facility scheme
    settlement request measure legislation law act agreement grant allocation investment contract financing
    rescue pledge appropriation appropriations accord offer credit envelope""".split())
# Nouns that may name the same whole ("the bill" after "a $95 billion package").
_WHOLE_GROUPS = (
    frozenset("bill package legislation measure law act aid appropriation appropriations spending request".split()),
    frozenset("budget plan programme program scheme stimulus package spending envelope allocation".split()),
    frozenset("deal agreement contract settlement accord package offer".split()),
    frozenset("fund facility loan bailout rescue package credit programme financing grant pledge aid".split()),
)
_DETERMINER_BEFORE = lazy(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Oo]ur|[A-Z][\w.]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}$")
_NEXT_WORDS = lazy(r"(?:[ \t-]+[A-Za-z][\w'’-]*){1,5}")
_DETERMINERS = ("a", "an", "the", "its", "their", "this", "that", "his", "her", "our", "'s", "’s")
_TOTAL_BEFORE = lazy(r"\b(?:a total of|total of|totall?ing|totals?|totall?ed|amounting to|worth a total of|"
                           r"altogether|in all|in total)\s+(?:about |around |some |nearly |almost |roughly )?$",
                           re.IGNORECASE)
_TOTAL_AFTER = lazy(r"\s+(?:in all|in total|altogether|all told)\b")
_PART_BEFORE = lazy(
    r"(?:\b(?P<incl>including|includes|include|included)"
    r"|\b(?P<which>of which(?:\s+[\w'’-]+){0,4}?|of that|of this|of it|of the total|of the sum|of the amount|"
    r"of the money)\s*,?)"
    r"\s+(?:about |around |some |nearly |almost |roughly |more than |over |up to |at least |a further |another |"
    r"an additional )?$", re.IGNORECASE)
_VERB_PART_BEFORE = lazy(
    r"\b(?P<subj>(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)|It|it)\s+"
    r"(?:(?:also|would|will|further|additionally)\s+)*"
    r"(?:provides?|provided|includes?|included|contains?|contained|earmarks?|earmarked|allocates?|allocated|"
    r"sets aside|set aside|devotes?|devoted|directs?|directed|commits?|committed|gives?|gave|"
    r"sends?|sent|offers?|offered|(?:would |will )?provide|(?:would |will )?include)\s+"
    r"(?:about |around |some |nearly |almost |roughly |more than |over |up to |at least |a further |another |"
    r"an additional )?$")
# "Of the $95 billion, $61 billion goes to Ukraine": the first amount restates a total.
_OF_AMOUNT_BEFORE = lazy(r"\b[Oo]f\s+(?:the|that|this|its)\s+$")
_RESTATED_GLUE = lazy(r"(?:\s+(?:for|to|in|from)\s+[^,.;:$€£¥]{1,40}?)?\s*,\s*"
                            r"(?:about |around |some |nearly |almost |roughly |more than |over |up to )?")
# "$8 billion of the package goes to Taiwan", "$8 billion of it": a part named before its whole.
_PART_AFTER = lazy(r"\s+of\s+(?:(?:the|that|this)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)|it)\b(?!\s+of\b)")
_OF_WHICH_AFTER = lazy(r"\s+of (?:which|whom|that|this)\b")
# What may sit between two amounts of one list of parts ("$61 billion for Ukraine and $8 billion").
_LIST_GLUE = lazy(r"(?:[^.;:()$€£¥]{0,80}?)(?:,\s*(?:and|plus|with)?|\s(?:and|plus|as well as|with|while))\s+"
                        r"(?:[a-z][\w'’-]*\s+){0,2}?"  # a noun left standing: "... and imports 17.99 trillion"
                        r"(?:about |around |some |nearly |almost |roughly |more than |over |up to |another |"
                        r"a further |an additional )?$")
_LIST_BLOCKERS = lazy(r"\b(?:from|than|compared with|compared to|versus|vs|against)\s+$"
                            r"|\b(?:up|down|rose|fell|rising|falling|increase|decrease|year|years|previous|earlier|"
                            r"later|after|before|per|each|share|respectively|or|instead|replac\w*|out of|"
                            r"bringing|brings|to a total)\b", re.IGNORECASE)
# Results in which a part can exceed the whole (a gain larger than the net profit).
_NETTED = lazy(r"\b(?:profit|profits|loss|losses|income|earnings|net|gain|gains|charge|charges|deficit|"
                     r"surplus|write-?downs?|write-?offs?|provisions?|balance|cash flow|margin)\b", re.IGNORECASE)


# Words one of which each look-back regex needs: a window without any is not searched (speed).
_NETTED_WORDS = ("profit", "loss", "income", "earnings", "net", "gain", "charge", "deficit", "surplus", "write",
                 "provision", "balance", "cash flow", "margin")
_TOTAL_WORDS = ("total", "amounting", "altogether", "in all")
_PART_WORDS = ("includ", "of which", "of th", "of it")
_VERB_TOKENS = frozenset("""provide provides provided include includes included contain contains contained earmark
    earmarks earmarked allocate allocates allocated aside devote devotes devoted direct directs directed commit
    commits committed give gives gave send sends sent offer offers offered""".split())  # of _VERB_PART_BEFORE
_RECIPIENT_VERBS = ("receive", "get", "got", "obtain")


def _may_hold(window: str, words: tuple[str, ...], fold: bool = False) -> bool:
    """Whether `window` holds one of `words`; with `fold`, ignoring case as an IGNORECASE regex does (a window
    that is not ASCII always may: a few non-ASCII letters fold to ASCII ones)."""
    if fold:
        if not window.isascii():
            return True
        window = window.lower()
    for w in words:  # a loop, not any(): quicker for a few words
        if w in window:
            return True
    return False


_NEAR = 300  # characters around an amount that its sentence-level cues are looked for in
_KEEP = 8  # amounts earlier in the sentence a part may refer back to
_RECENT = 20  # totals a later part may be linked to


@dataclass
class Entry:
    """A total and the parts the story names for it."""

    total: Quantity
    label: str  # what the total is of ("foreign aid package"), "" when unnamed
    parts: list[Quantity] = field(default_factory=list)
    shares: list[Quantity] = field(default_factory=list)  # parts given as percentages of the total
    netted: bool = False  # a result parts may exceed (profit including a larger gain)
    # Parts by the breakdown they belong to: "main" for those named with the total or added to it
    # ("The bill also provides..."), else the start of the sentence that names them together.
    groups: dict = field(default_factory=dict)
    first_at: dict = field(default_factory=dict)  # a part's value -> where it was first named

    def compatible(self, noun: str) -> bool:
        head = self.label.split()[-1] if self.label else ""
        return noun == head or any(noun in g and head in g for g in _WHOLE_GROUPS)

    @property
    def breakdown(self) -> list[Quantity]:
        """The parts that split the total along one line: the main group, else the largest one."""
        if not self.groups:
            return []
        return self.groups.get("main") or max(self.groups.values(), key=len)

    @property
    def named(self) -> float:
        return sum(p.value for p in self.breakdown if p.approx not in UPPER_BOUND)

    @property
    def remainder(self) -> float:
        return self.total.value - self.named


def ledger(doc) -> list[Entry]:
    """The story's totals and their parts, in order of the totals (memoised on the document)."""
    return doc.cached("ledger", _build_ledger)


def _build_ledger(doc) -> list[Entry]:
    text = doc.text
    entries: list[Entry] = []
    by_total: dict[int, Entry] = {}  # a total's start -> its entry
    part_of: dict[int, Entry] = {}  # a part's start -> its entry, for lists of parts
    group_of: dict[int, object] = {}  # a part's start -> its group in its entry
    sentence, before = None, []
    for q in quantities(doc):
        if q.equivalent:
            continue
        s = sentence if sentence is not None and sentence.start <= q.start < sentence.end else \
            doc.sentence_at(q.start)  # the sentence of the amount before, most often
        if s is not sentence:
            sentence, before = s, []
        lo, hi = (s.start, s.end) if s else (0, len(text))
        whole, how = _whole_of(doc, q, lo, before, entries, by_total, part_of)
        if whole is not None and _fits(whole.total, q):
            if q.kind == "percent":
                whole.shares.append(q)
                part_of[q.start] = whole
            elif not _repeats(whole, q, lo):
                if how == "list":
                    group = group_of.get(before[-1].start, "main")
                else:
                    joins = how == "verb" or q.approx in ADDITIVE or whole.total.start >= lo
                    group = "main" if joins else lo
                whole.parts.append(q)
                whole.groups.setdefault(group, []).append(q)
                part_of[q.start], group_of[q.start] = whole, group
        label = _total_label(text, q, lo) if q.kind in ("money", "count") else None
        if label is not None:
            a, b = max(lo, q.start - _NEAR), min(hi, q.end + _NEAR)
            near = _may_hold(text[a:b], _NETTED_WORDS, fold=True) and bool(_NETTED.search(text, a, b))
            _add_entry(Entry(q, label, netted=near), entries, by_total)
        before.append(q)
        if len(before) > _KEEP:
            del before[0]
    return sorted((e for e in entries if e.parts or e.shares), key=lambda e: e.total.start)


def _add_entry(entry: Entry, entries: list[Entry], by_total: dict[int, Entry]) -> Entry:
    entries.append(entry)
    by_total[entry.total.start] = entry
    return entry


def _fits(total: Quantity, q: Quantity) -> bool:
    """Whether `q` can be a part of `total`: same currency or unit, a share of it, or a bare scaled number."""
    if q.value == total.value and q.kind == total.kind:
        return False
    if q.kind == "percent":
        return q.unit == "%"
    return (q.kind, q.unit) == (total.kind, total.unit) or (q.kind == "number" and q.scale != 1.0)


def _repeats(entry: Entry, q: Quantity, sentence_start: int) -> bool:
    """A part named again in a later sentence ("the $8 billion for Taiwan") is not a new part."""
    first = entry.first_at.setdefault(q.value, q.start)
    return first < sentence_start


def _total_label(text: str, q: Quantity, lo: int) -> str | None:
    """What `q` is the total of: "foreign aid package", "" for "a total of $5 billion", None if not a total."""
    if q.kind == "money":
        label = _whole_name(text, q, lo)
        if label:
            return label
    a = max(lo, q.start - 30)
    if _may_hold(text[a:q.start], _TOTAL_WORDS, fold=True) and _TOTAL_BEFORE.search(text, a, q.start) or \
            _TOTAL_AFTER.match(text, q.end):
        return ""
    return None


def _whole_name(text: str, q: Quantity, lo: int) -> str:
    """The whole a money amount is named as after a determiner ("a $95 billion foreign aid package"), else ""."""
    m = _NEXT_WORDS.match(text, q.end)  # the words after first: a whole noun among them is rarer than a determiner
    words = m.group().replace("-", " ").split() if m else []
    label = ""
    for i, w in enumerate(words):  # the last whole noun before a function word: "foreign aid package"
        w = w.lower()
        if w in _NOT_UNITS:
            break
        if w in WHOLE_NOUNS:
            label = " ".join(words[: i + 1]).lower()
    a = max(lo, q.start - 40)
    return label if label and _determiner_near(text[a:q.start]) and _DETERMINER_BEFORE.search(text, a, q.start) else ""


def _determiner_near(window: str) -> bool:
    """Whether a determiner may end one of the last three words of `window` (cheap test for _DETERMINER_BEFORE)."""
    if not window[-1:].isspace():
        return False
    for w in window.split()[-3:]:
        if w.lower().endswith(_DETERMINERS):
            return True
    return False


def _whole_of(doc, q, lo, before, entries, by_total, part_of) -> tuple[Entry | None, str]:
    """The ledger entry `q` is a named part of, if any, and how it was linked; `before` are the amounts before
    it in its sentence."""
    text = doc.text
    prev = before[-1] if before else None
    window = max(lo, q.start - 90)
    behind = text[window:q.start]
    m = _PART_BEFORE.search(text, window, q.start) if _may_hold(behind, _PART_WORDS, fold=True) else None
    if not before and not entries and not m:
        return None, ""  # no amount before it in its sentence, no total yet, no cue: the checks below all fail
    whole = None  # the nearest amount before it in its sentence that it can be a part of
    for c in reversed(before):  # a loop, not next() over a generator: quicker for a few amounts
        if (c.kind == "money" or c.kind == "count") and _fits(c, q):
            whole = c
            break
    if m and whole is not None:
        if m.group("which"):  # "$10 billion, of which $4 billion": a partition, the total need not be declared
            return (by_total.get(whole.start) or _add_entry(Entry(whole, ""), entries, by_total)), "marker"
        return by_total.get(whole.start), "marker"
    if m and prev is None and m.group("which") and m.group("which").lower() in (
            "of that", "of this", "of it", "of the total", "of the sum", "of the amount", "of the money"):
        return _previous_sentence_total(doc, q, lo, entries, by_total), "previous"
    if prev is not None and _RESTATED_GLUE.fullmatch(text, prev.end, q.start) and \
            _OF_AMOUNT_BEFORE.search(text, max(lo, prev.start - 10), prev.start):
        restated = next((e for e in reversed(entries[-_RECENT:])
                         if e.total.value == prev.value and e.total.unit == prev.unit), None)
        return (restated or _add_entry(Entry(prev, ""), entries, by_total)), "restated"
    if whole is not None and _OF_WHICH_AFTER.match(text, q.end):  # "63 billion marks - 44.1 billion of which ..."
        return (by_total.get(whole.start) or _add_entry(Entry(whole, ""), entries, by_total)), "after"
    if not entries:
        return None, ""  # no total yet: the links below are all to an entry
    after = _PART_AFTER.match(text, q.end)
    if after:
        noun = after.group("noun")
        candidates = [e for e in entries[-_RECENT:] if e.total.end <= q.start]
        if noun is None or noun in ("total", "sum", "amount", "money"):
            return (candidates[-1] if candidates and q.start - candidates[-1].total.end < 600 else None), "after"
        if noun in WHOLE_NOUNS:
            return next((e for e in reversed(candidates) if e.label and e.compatible(noun)), None), "after"
    # The verb is one of the last three words (an approximation of two words may follow it).
    v = None if _VERB_TOKENS.isdisjoint(behind.split()[-3:]) else _VERB_PART_BEFORE.search(text, window, q.start)
    if v:
        noun = v.group("noun")
        candidates = [e for e in entries[-_RECENT:] if e.total.end <= q.start]
        if noun is None:  # "It also provides ...": the latest total, close by
            return (candidates[-1] if candidates and q.start - candidates[-1].total.end < 600 else None), "verb"
        if noun in WHOLE_NOUNS:
            return next((e for e in reversed(candidates) if e.label and e.compatible(noun)), None), "verb"
        return None, ""
    if prev is not None and prev.start in part_of and q.kind in (prev.kind, "number"):
        glue = _LIST_GLUE.fullmatch(text, prev.end, q.start)
        if glue and not _LIST_BLOCKERS.search(glue.group()):
            return part_of[prev.start], "list"
    return None, ""


def _starts(doc) -> list[int]:
    return doc.cached("quantity_starts", lambda d: [q.start for q in quantities(d)])


def _previous_sentence_total(doc, q, lo, entries, by_total) -> Entry | None:
    """"Of that, $23 billion...": the last amount of the sentence before, in the same currency or unit."""
    before = doc.sentence_at(lo - 1) if lo else None
    if before is None:
        return None
    qs = quantities(doc)
    i = bisect.bisect_left(_starts(doc), before.end)
    last = next((c for c in reversed(qs[max(0, i - _KEEP):i]) if c.start >= before.start and not c.equivalent
                 and c.kind in ("money", "count") and _fits(c, q)), None)
    if last is None:
        return None
    return by_total.get(last.start) or _add_entry(Entry(last, ""), entries, by_total)


# ---------------------------------------------------------------------------------------------
# Breakdowns in percentages

# What may join two shares of one breakdown: a list separator, with a name or a verb between
# ("36% of the vote, the Conservatives 33% and the Liberal Democrats 22%").
_SHARE_GLUE = lazy(r"\)?[^.;:()%]{0,70}?(?:,\s*(?:and|while|with|against)?|\s(?:and|while|with|against))\s+"
                         r"(?:[\w'’-]+\s+){0,4}?\(?(?:about |around |some |nearly |almost |roughly |just |only )?$")
_SHARE_BLOCKERS = lazy(r"\b(?:from|than|compared|versus|vs|up|down|rose|fell|rising|falling|increased?|"
                             r"decreased?|grew|dropped|year|years|month|months|previous|earlier|later|last|next|"
                             r"after|before|by|in \d{4}|respectively|or|each|per|rate|ratio|turnout|"
                             r"participation)\b", re.IGNORECASE)
# The whole a share is "of": the first share names it, the others leave it out.
_SHARE_OF = lazy(r"\s+of\s+(?:the\s+|all\s+|those\s+|its\s+|their\s+)?(?P<whole>[\w'’-]+(?:\s+(?!(?:in|of|for|among|at|on|from|by|to|and|or|with)\b)[\w'’-]+)?)")
_QUALIFIED_AFTER = lazy(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s+(?:in|among|across|at|on|from|during|since)\s")
BREAKDOWN_WHOLES = frozenset(
    """vote votes ballots poll electorate seats respondents polled surveyed questioned asked interviewed voters
    sample total""".split())
_SPLIT_CUE = lazy(r"\b(?:split|divided|broken down|breakdown|distributed|shared out|apportioned|"
                        r"made up of|comprising|consisting of)\b", re.IGNORECASE)
# Answers of one poll question: a breakdown only when opposite answers are both given.
_YES = lazy(r"\s+(?:said yes|in favou?r|for\b|backed|support(?:ed)?|approved?|agreed?)", re.IGNORECASE)
_NO = lazy(r"\s+(?:said no|against|opposed?|disapproved?|disagreed?|rejected)", re.IGNORECASE)


@dataclass(frozen=True)
class Breakdown:
    """Percentages that split one whole; their sum should not pass 100."""

    shares: tuple[Quantity, ...]
    whole: str  # what they are shares of, as the story names it

    @property
    def total(self) -> float:
        return sum(q.value for q in self.shares)

    @property
    def tolerance(self) -> float:
        return 0.5 * len(self.shares)  # each rounded share may be off by half a point


def breakdowns(doc) -> list[Breakdown]:
    """Lists of percentages that split one whole (memoised on the document)."""
    return doc.cached("breakdowns", _build_breakdowns)


def _build_breakdowns(doc) -> list[Breakdown]:
    text = doc.text
    found = []
    for entry in ledger(doc):
        if len(entry.shares) >= 2:
            found.append(Breakdown(tuple(entry.shares), f"the {describe(entry.total)}"))
    in_ledger = {q.start for b in found for q in b.shares}
    chain: list[Quantity] = []
    for q in quantities(doc):
        if q.kind != "percent" or q.unit != "%" or q.is_range or q.start in in_ledger:
            continue
        if chain and _SHARE_GLUE.fullmatch(text, chain[-1].end, q.start) and \
                not _SHARE_BLOCKERS.search(text, chain[-1].end, q.start):
            chain.append(q)
            continue
        _close_chain(doc, chain, found)
        chain = [q]
    _close_chain(doc, chain, found)
    return found


def _close_chain(doc, chain: list[Quantity], found: list[Breakdown]) -> None:
    if len(chain) < 2:
        return
    text = doc.text
    s = doc.sentence_at(chain[0].start)
    lo, hi = (s.start, s.end) if s else (0, len(text))
    lo, hi = max(lo, chain[0].start - _NEAR), min(hi, chain[-1].end + _NEAR)
    if "respectively" in text[chain[-1].end:hi]:
        return  # parallel figures for several wholes
    if any(_QUALIFIED_AFTER.match(text, q.end) for q in chain[1:]):
        return  # "35% of the vote in England and 25% in Scotland": shares of several wholes
    wholes = [_SHARE_OF.match(text, q.end) for q in chain]
    first = wholes[0]
    if first and any(w is not None for w in wholes[1:]):
        return  # "75 pct of exports and 75 pct of imports": each share has a whole of its own
    if first and first.group("whole").split()[0].lower() in BREAKDOWN_WHOLES:
        found.append(Breakdown(tuple(chain), first.group().strip()[3:]))
        return
    if _SPLIT_CUE.search(text, lo, chain[0].start):
        found.append(Breakdown(tuple(chain), "one whole"))
        return
    if any(_YES.match(text, q.end) for q in chain) and any(_NO.match(text, q.end) for q in chain):
        found.append(Breakdown(tuple(chain), "the answers to one question"))


# ---------------------------------------------------------------------------------------------
# What an amount is for

_RECIPIENT_AFTER = lazy(
    r"\s+(?:(?:in|of|worth)\s+(?:[a-z][\w-]*\s+){0,3}?)?"
    r"(?:for|to|to help|to aid|to support|to assist|to rebuild|to arm|going to|earmarked for|set aside for)\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_RECIPIENT_BEFORE = lazy(
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:(?:will|would|is to|is due to|is set to)\s+)?"
    r"(?:receives?|received|gets?|got|obtains?|obtained)\s+(?:about |around |some |nearly |almost |more than )?$")
_NOT_NAMES = frozenset("The A An This That It He She They We I In On At For To And But Mr Mrs Ms".split())


def recipient(text: str, q: Quantity) -> str:
    """Who or what an amount goes to, when the story names it: "$61 billion to help Ukraine" -> "Ukraine"."""
    a = max(0, q.start - 60)
    m = _RECIPIENT_AFTER.match(text, q.end) or \
        _may_hold(text[a:q.start], _RECIPIENT_VERBS) and _RECIPIENT_BEFORE.search(text, a, q.start)
    if not m or m.group("who").split()[0] in _NOT_NAMES:
        return ""
    return m.group("who")


def whole_label(text: str, q: Quantity) -> str:
    """"foreign aid package" for "the $95 billion foreign aid package", else ""."""
    return _whole_name(text, q, max(0, q.start - 40)) if q.kind == "money" else ""
