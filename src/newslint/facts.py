"""`newslint facts FILE`: a story's amounts (the part-whole ledger) and its dated events, at a glance.

The numbers and dates come from the same analyses the numbers and dates rules read
(newslint/quantities.py, newslint/datefacts.py); this module only lays them out, as a text table
or as JSON.
"""

from __future__ import annotations

import json

from .datefacts import dates, relative_days, resolve, resolve_relative, story_date, weekday_name
from .document import Document, LineIndex
from .lazy_regex import lazy
from .markup import extract as extract_prose
from .quantities import Entry, Quantity, amount_text, describe, ledger, quantities, small_counts

_CONTEXT_WORDS = lazy(r"(?:[^.,;:!?()\n]|[.,](?=\d)){0,70}")
_WIDTH = 72  # how much of a sentence an event line shows


def collect(text: str, path: str = "<text>") -> dict:
    """The story's facts as plain data (what `--format json` prints)."""
    ext = extract_prose(text, path)
    doc = Document(ext.text, path)
    lines = LineIndex(text)

    def where(start: int, end: int) -> dict:
        s, e = ext.source_span(start, end)
        line, column = lines.position(s)
        return {"line": line, "column": column, "offset": s, "end_offset": e}

    def amount(q: Quantity) -> dict:
        out = {"text": q.text, "kind": q.kind, "unit": q.unit, "value": q.value, "normalised": describe(q)}
        if q.is_range:
            out["high"] = q.high
        if q.approx:
            out["approx"] = q.approx
        if q.continental:
            out["continental"] = q.continental
        if q.equivalent:
            out["equivalent"] = True
        return out | where(q.start, q.end)

    story = story_date(doc)
    base = story.date if story else None
    entries = []
    for e in ledger(doc):
        entries.append({
            "total": amount(e.total), "label": e.label,
            "parts": [amount(p) | {"for": _context(doc.text, p)} for p in e.parts],
            "shares": [amount(s) | {"for": _context(doc.text, s)} for s in e.shares],
            "named": e.named, "remainder": e.remainder, "summary": summary(e),
        })
    seen = {q.start for q in quantities(doc)}
    amounts = sorted(list(quantities(doc)) + [q for q in small_counts(doc.text) if q.start not in seen],
                     key=lambda q: q.start)
    events = []
    for d in dates(doc):
        day = resolve(d, story)
        events.append({
            "text": d.text, "date": day.isoformat() if day else None,
            "weekday": weekday_name(day.weekday()) if day else None,
            "written_weekday": weekday_name(d.weekday) if d.weekday is not None else None,
            "relative": False, "possible": d.possible, "event": _sentence(doc, d.start, d.end),
        } | where(d.start, d.end))
    for r in relative_days(doc):
        day = resolve_relative(r, story)
        events.append({
            "text": r.text, "date": day.isoformat() if day else None,
            "weekday": weekday_name(day.weekday()) if day else
            (weekday_name(r.weekday) if r.weekday is not None else None),
            "written_weekday": weekday_name(r.weekday) if r.weekday is not None else None,
            "relative": True, "possible": True, "event": _sentence(doc, r.start, r.end),
        } | where(r.start, r.end))
    events.sort(key=lambda ev: ev["offset"])
    return {
        "path": path,
        "story_date": None if story is None else {
            "date": base.isoformat() if base else None,
            "month": story.month, "day": story.day, "year": story.year,
            "weekday": weekday_name(base.weekday()) if base else None,
            "long": f"{base:%B} {base.day}, {base.year}" if base else None,
            "source": story.source, "text": doc.text[story.start:story.end],
        } | where(story.start, story.end),
        "ledger": entries,
        "amounts": [amount(q) for q in amounts],
        "dates": events,
    }


def summary(e: Entry) -> str:
    """"$95 billion in all; named parts $8 billion + $61 billion = $69 billion; $26 billion not accounted for"."""
    total = e.total
    if not e.breakdown:  # shares only: say them in percent
        named = sum(s.value for s in e.shares)
        rest = 100 - named
        tail = "" if abs(rest) <= 1 else f"; {rest:g}% not accounted for" if rest > 0 else \
            f"; shares pass 100% by {-rest:g} points"
        return f"{describe(total)} in all; named shares {' + '.join(s.text for s in e.shares)} = {named:g}%{tail}"
    named = sum(p.value for p in e.breakdown)
    rest = total.value - named
    tail = ("; nothing left over" if abs(rest) <= total.value * 0.01 else
            f"; {amount_text(rest, total)} not accounted for" if rest > 0 else
            f"; parts exceed the total by {amount_text(-rest, total)}")
    shares = f" (also shares of it: {', '.join(s.text for s in e.shares)})" if e.shares else ""
    parts = " + ".join(amount_text(p.value, total) for p in e.breakdown)
    return f"{describe(total)} in all; named parts {parts} = {amount_text(named, total)}{tail}{shares}"


def _context(text: str, q: Quantity) -> str:
    """The words after an amount, up to the next punctuation: what it is for."""
    m = _CONTEXT_WORDS.match(text, q.end)
    words = m.group().split() if m else []
    return " ".join(words[:10])


def _sentence(doc: Document, start: int, end: int) -> str:
    s = doc.sentence_at(start)
    lo, hi = (s.start, s.end) if s else (start, end)
    if hi - lo <= _WIDTH:
        return doc.text[lo:hi].replace("\n", " ")
    left = max(lo, min(start - _WIDTH // 3, hi - _WIDTH))
    right = min(hi, left + _WIDTH)
    return ("…" if left > lo else "") + doc.text[left:right].replace("\n", " ").strip() + ("…" if right < hi else "")


# ---------------------------------------------------------------------------------------------
# Output


def render_facts(text: str, path: str, fmt: str = "text") -> str:
    facts = collect(text, path)
    if fmt == "json":
        return json.dumps(facts, ensure_ascii=False, indent=2) + "\n"
    return render_text(facts)


def render_text(facts: dict) -> str:
    out = [facts["path"]]
    sd = facts["story_date"]
    if sd is None:
        out.append("Story date: none found (no date header or dateline)")
    else:
        when = f"{sd['weekday']}, {sd['long']}" if sd["date"] else f"{sd['text']} (year not given)"
        out.append(f"Story date: {when} ({sd['source']}, line {sd['line']})")

    out += ["", "Ledger"]
    if not facts["ledger"]:
        out.append("  (no total broken down into parts)")
    for e in facts["ledger"]:
        t = e["total"]
        rows = [(str(t["line"]), t["text"], f"total: {e['label']}" if e["label"] else "total")]
        rows += [(str(p["line"]), "  " + p["text"], p["for"]) for p in e["parts"] + e["shares"]]
        out += _table(("line", "amount", "for"), rows)
        out.append(f"  = {e['summary']}")
        out.append("")
    if out[-1] == "":
        out.pop()

    out += ["", "Amounts"]
    money = [a for a in facts["amounts"] if a["kind"] in ("money", "percent", "count")]
    if not money:
        out.append("  (none)")
    else:
        out += _table(("line", "as written", "reads as", "kind"),
                      [(str(a["line"]), a["text"], a["normalised"], a["kind"] + (" ~" if a.get("approx") else ""))
                       for a in money])

    out += ["", "Dated events"]
    if not facts["dates"]:
        out.append("  (none)")
    else:
        rows = []
        for ev in facts["dates"]:
            day = ev["date"] or "?"
            weekday = ev["weekday"] or ""
            if ev["written_weekday"] and ev["weekday"] and ev["written_weekday"] != ev["weekday"]:
                weekday = f"{weekday} (written {ev['written_weekday']})"
            if not ev["possible"]:
                day = "no such date"
            rows.append((day, weekday, str(ev["line"]), ev["text"], ev["event"]))
        out += _table(("date", "day", "line", "as written", "event"), rows)
    return "\n".join(out) + "\n"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]

    def line(cells):
        return ("  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))).rstrip()

    return [line(header)] + [line(r) for r in rows]
