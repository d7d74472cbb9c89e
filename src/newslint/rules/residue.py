"""Rules of the residue family: what the wire, the picture desk and the translator leave in the body."""

from __future__ import annotations

import re

from ..diagnostics import Edit, Fix
from ..engine.registry import register
from ..engine.rule import Rule
from ..langid import LANGUAGE_NAMES, foreign_fragments
from ..lazy_regex import lazy

# ---------------------------------------------------------------------------------------------
# RS01: wire metadata in the body

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_ISO_DATE = lazy(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?(?!\d)")
_ISO_DATE_TAIL = lazy(r"-\d\d-\d\d")  # opens with a literal: far quicker to scan for than \d
# "date 2024-04-26", "Date: 2024-04-26", "DATE=2024-04-26": a header field that lost its line.
_DATE_LABEL = lazy(r"(?:\b(?:[Dd]ate|DATE)(?:line|LINE)?|\b(?:[Pp]osted|[Uu]pdated|[Pp]ublished))\s*[:=]?\s*$")
# Header fields, in capitals anywhere or capitalised at the start of a line. (Patterns here open with a
# literal and check word boundaries afterwards: a leading look-behind would make them scan every position.)
_FIELD_NAMES = (r"SLUG|PRIORITY|URGENT|KEYWORDS?|BYLINE|DATELINE|WORD ?COUNT|EMBARGO(?:ED)?|STORY ?ID|HEADLINE"
                r"|DESK|Slug|Priority|Keywords?|Byline|Dateline|Word ?count|Embargo(?:ed)?|Story ?ID")
_FIELD = lazy(rf"(?:{_FIELD_NAMES})\s*:")
_LONGEST_FIELD = 10  # "WORD COUNT" (a test checks it)
# End and continuation marks on a line of their own or closing a paragraph: "ENDS", "-- more --", "(MORE)", "-30-".
# Searched only in the last characters of each line.
_END_MARK = lazy(r"(?:[-–—]+ ?(?:ENDS?|[Ee]nds?|MORE|[Mm]ore) ?[-–—]+|\((?:ENDS?|MORE|[Ee]nd|[Mm]ore)\)"
                       r"|/?ENDS?|MORE|more|-30-|#{3,})[ \t]*$")
_END_CHARS = frozenset("SDEesd)-—–#0")  # the last characters of the end marks
# A line end after one of those: the literal "\n" first, so that the scan is quick.
_MARKED_LINE_END = lazy(r"\n(?<=[SDEesd)\-—–#0]\n)")
# Transmission codes: "BC-US-China-Blinken,1stLd-Writethru".
_WIRE_CODE = lazy(r"BC-[A-Za-z][\w-]*(?:,\d+(?:st|nd|rd|th) ?Ld-Writethru)?|Writethru\b")
_WIRE_CODE_PARTS = (lazy(r"C-(?<=BC-)"), lazy("Writethru"))  # what each code holds, quick to scan for
_LEAD_BEFORE = lazy(r"\d+(?:st|nd|rd|th) ?Ld-$")  # "1stLd-" before "Writethru"


def _word_starts(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")


def _line_starts(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] == "\n"


@register
class LeakedMetadata(Rule):
    """Wire metadata left in the body: a date field, a slug or priority field, an end or "more" mark.

    ## Why
    Copy pulled from an agency feed or a content system often carries its header and trailer
    into the text: "date 2024-04-26", "PRIORITY:", "BC-..." codes, "ENDS", "-- more --". Readers
    should never see them. A sign-off the source publishes as part of its style (Reuters'
    "REUTER") is left alone.
    ## Example
    date 2024-04-26 US Secretary of State Antony Blinken met Xi Jinping on Friday.
    PRIORITY: Blinken meets Xi in Beijing
    The talks will resume in May, the ministry said. ENDS
    BC-US-China-Blinken,1stLd-Writethru
    ## Better
    US Secretary of State Antony Blinken met Xi Jinping on Friday.
    The strike ends on Monday, the union said.
    MORE SOVIET GRAIN BUYING FROM U.S. TIED TO PRICE
    The data, dated 2024-04-26, show a fall.
    ## Fix safety
    Unsafe: the fix deletes the metadata; check that no words of the story go with it.
    """

    code = "RS01"
    name = "leaked-metadata"
    category = "residue"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        # Each search below runs only when the text holds what its finding needs (clean copy seldom does).
        for m in _ISO_DATE.finditer(text) if _ISO_DATE_TAIL.search(text) else ():
            label = _DATE_LABEL.search(text, max(0, m.start() - 14), m.start())
            if label:
                yield self._found(doc, label.start(), m.end(), "date field")
        for m in self._fields(text):
            label = m.group()
            if _line_starts(text, m.start()) or (label.isupper() and _word_starts(text, m.start())):
                yield self._found(doc, m.start(), self._line_end(text, m.end()), "header field")
        line_ends = [m.start() for m in _MARKED_LINE_END.finditer(text)]
        if text and text[-1] in _END_CHARS:
            line_ends.append(len(text))
        for e in line_ends:
            m = _END_MARK.search(text, max(0, e - 16), e)
            if m is None:
                continue
            i = m.start()
            if _line_starts(text, i) or text[i - 2 : i] in (". ", "! ", "? ", '" ', "” "):
                end = i + len(m.group().rstrip())
                yield self._found(doc, i, end, "end mark")
        for m in _WIRE_CODE.finditer(text) if any(p.search(text) for p in _WIRE_CODE_PARTS) else ():
            lead = _LEAD_BEFORE.search(text, max(0, m.start() - 8), m.start()) if m.group()[0] == "W" else None
            start = lead.start() if lead else m.start()
            if _word_starts(text, start):
                yield self._found(doc, start, m.end(), "transmission code")

    @staticmethod
    def _fields(text: str):
        """_FIELD.finditer(text), looked for only before each colon (rare in news copy), not at every capital."""
        pos = 0
        colon = text.find(":")
        while colon >= 0:
            start = colon  # the field's name ends where the white space before its colon starts
            while start > pos and text[start - 1].isspace():
                start -= 1
            m = _FIELD.search(text, max(pos, start - _LONGEST_FIELD), colon + 1)
            if m:
                yield m
                pos = m.end()
            colon = text.find(":", colon + 1)

    @staticmethod
    def _line_end(text: str, start: int) -> int:
        """A header field runs to the end of its line, or to the end of its first sentence."""
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        stop = re.search(r"[.!?](?=\s)", text[start:end])
        return start + stop.end() if stop else end

    def _found(self, doc, start: int, end: int, what: str):
        text = doc.text
        cut_end = end
        while cut_end < len(text) and text[cut_end] in " \t":
            cut_end += 1
        fix = Fix.unsafe(f"Delete the {what}", [Edit.delete(start, cut_end)])
        return self.report(start, end, f"Wire metadata in the body ({what}): '{text[start:end]}'", fix)


# ---------------------------------------------------------------------------------------------
# RS02: translator's and editor's notes

_NOTE_WORDS = (r"TN|T\.N\.|N\.? ?d\.? ?T\.?|NDLR|[Nn]dlr|N\.? ?d\.? ?l\.? ?R\.?|N\. del T\.|N\. de la R\."
               r"|Anm\. d\. (?:Übers|Red)\.|[Tt]ranslator(?:['’]s)? [Nn]ote|[Ee]ditor(?:['’]s)? [Nn]ote|Ed\. [Nn]ote"
               r"|[Nn]ote du traducteur|[Nn]ote de la rédaction|[Nn]ota del traductor|[Nn]ota de la redacción"
               r"|[Nn]ota del traduttore|[Nn]ota da redação|Anmerkung de[rs] (?:Übersetzers|Redaktion)"
               r"|[Пп]рим\. (?:пер|ред)\.|[Пп]римечание (?:переводчика|редакции)")
_TRANSLATED = (r"[Tt]ranslated(?: from (?:the )?[A-Z]\w+)? by|[Tt]ranslation(?: by|:)|[Tt]raducción|[Tt]raducido por"
               r"|[Tt]raduit (?:de \w+ )?par|[Tt]raduction|[Üü]bersetzt von|[Üü]bersetzung|[Tt]raduzione|[Tt]radotto da"
               r"|[Tt]radução|[Tt]raduzido por|[Пп]еревод|[Пп]ереведено")
# A note in brackets: one pattern per opening bracket, so that each opens with a literal (quick to scan for).
_NOTE_BODY = rf"\s*(?:{_NOTE_WORDS}|{_TRANSLATED})(?!\w)[^\])\n]*[\])]"
_PAREN_NOTE = lazy(rf"\({_NOTE_BODY}")
_SQUARE_NOTE = lazy(rf"\[{_NOTE_BODY}")
# At the start of a line a note names itself with a colon: "Translator's note: ...", "TN: ...".
_LINE_NOTE_BODY = rf"(?:(?:{_NOTE_WORDS})\s*:|(?:{_TRANSLATED})(?!\w))[^\n]*"
_FIRST_LINE_NOTE = lazy(_LINE_NOTE_BODY)  # matched at the start of the text
# The line break first, a literal that makes the scan quick; then the first letters of the note words
# (_NOTE_OPENERS, checked by a test), which turn most lines away at once.
_NOTE_OPENERS = "TtNnAEeПпÜü"
_LINE_NOTE = lazy(rf"\n(?=[{_NOTE_OPENERS}])({_LINE_NOTE_BODY})")
# "(Scholz - Ed.)": a clarification signed by the editor, the Russian "(прим. ред.)" habit.
_SIGNED_GLOSS = lazy(r"[(\[][^()\[\]\n]{1,80}?\s?[-–—]\s?(?:Ed|Eds|ed|Red|Transl?|Trans)\.\s?[)\]]")
# How every signed gloss ends, by closing bracket: opening with a literal, quick to scan for.
_GLOSS_ENDS = {")": lazy(r"\)(?<=\.\))|\)(?<=\.\s\))"), "]": lazy(r"\](?<=\.\])|\](?<=\.\s\])")}


@register
class TranslatorNote(Rule):
    """A translator's or editor's note left in the copy ("[TN: ...]", "(Translated by ...)").

    ## Why
    Notes addressed to the desk ("[TN: the minister used a proverb here]", "N.d.T.", "NDLR",
    "(Translated by ...)") must be resolved and removed before publication. An editor's gloss
    signed "- Ed." inside brackets is reported at info severity: English copy puts such
    clarifications in square brackets without a signature.
    ## Example
    The minister quoted a proverb [TN: literally "the wolf changes its coat"] before leaving.
    Talks will resume next week. (Translated by Ana Pérez)
    Translator's note: the original uses an idiom.
    ## Better
    The minister quoted a proverb, saying a wolf may change its coat but not its nature.
    The poem, translated by her brother, was read aloud at the funeral.
    ## Fix safety
    Unsafe: the fix deletes the note; its content may belong in the story.
    """

    code = "RS02"
    name = "translator-note"
    category = "residue"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        for start, end in _bracketed_notes(text) + _line_notes(text):
            cut = start
            while cut > 0 and text[cut - 1] in " \t":
                cut -= 1
            fix = Fix.unsafe("Delete the note", [Edit.delete(cut, end)])
            yield self.report(start, end, f"Translator's or editor's note left in the copy: "
                                          f"'{_clip(text[start:end])}'", fix)
        signed = any(bracket in text and end.search(text) for bracket, end in _GLOSS_ENDS.items())
        for m in _SIGNED_GLOSS.finditer(text) if signed else ():
            yield self.report(m.start(), m.end(), f"Editor's gloss signed in the text: '{m.group()}' (English "
                                                  "copy uses square brackets, unsigned)", severity="info")


def _bracketed_notes(text: str) -> list[tuple[int, int]]:
    """Spans of notes in brackets, as one pattern opening with either bracket would find them."""
    found = sorted(m.span() for pattern, bracket in ((_PAREN_NOTE, "("), (_SQUARE_NOTE, "[")) if bracket in text
                   for m in pattern.finditer(text))
    notes: list[tuple[int, int]] = []
    for span in found:
        if not notes or span[0] >= notes[-1][1]:  # overlapping notes end at the same bracket: keep the first
            notes.append(span)
    return notes


def _line_notes(text: str) -> list[tuple[int, int]]:
    """Spans of notes that open a line (as `^note` with re.MULTILINE would find them)."""
    first = _FIRST_LINE_NOTE.match(text)
    spans = [first.span()] if first else []
    spans += (m.span(1) for m in _LINE_NOTE.finditer(text, spans[0][1] if spans else 0))
    return spans


# ---------------------------------------------------------------------------------------------
# RS03: photo captions and credits pasted into a paragraph

AGENCIES = ["AFP", "AP", "EFE", "dpa", "DPA", "PA", "Reuters", "REUTERS", "Xinhua", "ANSA", "EPA", "EPA-EFE",
            "Getty Images", "AFP via Getty Images", "TASS", "RIA Novosti", "Sputnik", "Anadolu", "AA", "IRNA",
            "Yonhap", "Kyodo", "Jiji", "KCNA", "SANA", "WAFA", "MENA", "Bernama", "Antara", "Belga", "ANP", "APA",
            "Lusa", "Europa Press", "Notimex", "Prensa Latina", "CTK", "PAP", "MTI", "Keystone", "Shutterstock",
            "Imago", "Ukrinform", "UNIAN", "Interfax", "PTI", "IANS", "ANI", "CNS", "China Daily", "Reuters/AP"]
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
# Credits no sentence of news uses: "(AP Photo/Andy Wong)", "(Photo: ...)", "(Photo)"; "(AFP)" is checked apart.
_BRACKETED_CREDIT = lazy(
    rf"\((?:(?:{_AGENCY}) ?(?:Photo|PHOTO|photo|Pool Photo)(?:/[^)\n]{{1,60}})?"
    r"|(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage|[Ff]oto)(?: (?:credit|caption))?(?:\s*(?:[:/]|by)\s*[^)\n]{1,80})?"
    rf"|(?P<agency>{_AGENCY}))\)")
# "Xinhua/Li Xin", "REUTERS/Jason Reed": found from the slash, the agency checked behind it.
_SLASH_NAME = lazy(r"/(?!Getty)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")
_AGENCY_BEFORE = lazy(rf"(?<![\w/])(?:{_AGENCY})$")
_LABEL_LINE = lazy(r"(?:[Pp]hoto(?:graph)?s?|PHOTO|[Pp]icture|[Pp]hoto credit|[Pp]hoto caption|[Cc]aption"
                         r"|[Ii]mage)\s*:[^\n]*")
# What may follow a lone agency credit: the end of the line or a new sentence.
_AFTER_CREDIT = lazy(r"[ \t]*(?:$|\n|[A-Z(\"“])")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
# Opens with the literal "day" so that it scans fast; the weekday is checked behind it.
_WEEKDAY_DATE = lazy(rf"day,? {_MONTH}\.? \d{{1,2}},? \d{{4}}")
_WEEKDAY_BEFORE = lazy(rf"\b{_WEEKDAY}$")
_CAPTION_DATE = lazy(rf"\b{_WEEKDAY}day,? {_MONTH}\.? \d{{1,2}},? \d{{4}}|\b{_MONTH}\.? \d{{1,2}}, \d{{4}}, in [A-Z]")
_CAPTION_PLACE = lazy(r",? in [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)?[.]?\s*$")
_CAPTION_VERB = lazy(
    r"^(?:[A-Z0-9][\w.'’-]*,? ){1,10}(?:\w+ly )?(?:meets|speaks|arrives|attends|gestures|waves|listens|looks on"
    r"|poses|holds|walks|shakes hands|delivers|talks|sits|stands|greets|addresses|visits|leaves|reacts|smiles"
    r"|signs|inspects|kneels|prays|celebrates|cheers|embraces|hugs|chats|votes|casts|departs|boards|steps|points"
    r"|shows|displays|receives|presents|reviews|lays|pays|participates|is seen|are seen|is pictured|are pictured)\b")
# Opens with a character class so that it scans fast; each branch checks that class behind it.
_PLACES = r"L|R|C|left|right|center|centre|front|back|rear|top|bottom|2nd [LR]|pictured|(?:from )?left to right"
_CAPTION_MARK = lazy(
    rf"[(,FfIi](?:(?<=\()(?:{_PLACES})\)|(?<=[Ff])rom left(?: to right)?[,:]|(?<=[Ff])ile photo\b"
    r"|(?<=,) pictured(?: (?:left|right|above|below|here))?,|(?<=[Ii])n this (?:photo|picture|image|handout)\b)")
# The first branch alone, opening with its literal; the words each other branch needs, and where the branch
# starts from them. With these, _CAPTION_MARK is tried only where it can match, not at every comma or "i".
_PLACE_MARK = lazy(rf"\((?:{_PLACES})\)")
_OTHER_MARKS = (("rom left", 1), ("ile photo", 1), (", pictured", 0), ("n this ", 1))
MAX_CAPTION_SENTENCES = 3
MAX_CAPTION_CHARS = 600


def _caption_like(sentence: str, strict: bool = False) -> bool:
    """AP-style caption: a weekday with a full date, a present-tense scene with its place, a picture marker.

    `strict` (no credit follows): the scene, the date and the place all three.
    """
    if len(sentence) > MAX_CAPTION_CHARS:
        return False  # captions are short; this also bounds the cost on one endless "sentence"
    if _CAPTION_MARK.search(sentence):
        return True
    dated, placed = _CAPTION_DATE.search(sentence) is not None, _CAPTION_PLACE.search(sentence) is not None
    scene = _CAPTION_VERB.search(sentence) is not None
    if strict:
        return scene and dated and placed
    return dated or (scene and placed)


def _caption_marks(text: str) -> list[int]:
    """Where _CAPTION_MARK.finditer(text) matches, in order."""
    starts = [m.start() for m in _PLACE_MARK.finditer(text)] if "(" in text else []
    places = len(starts)
    for words, back in _OTHER_MARKS:
        i = text.find(words)
        while i >= 0:
            if i >= back:
                starts.append(i - back)
            i = text.find(words, i + 1)
    if len(starts) == places:
        return starts  # bracketed marks only: they never overlap
    marks: list[int] = []
    end = 0
    for start in sorted(set(starts)):
        m = _CAPTION_MARK.match(text, start) if start >= end else None
        if m:
            marks.append(start)
            end = m.end()
    return marks


@register
class PastedPhotoCaption(Rule):
    """A photo caption or credit pasted into a paragraph ("... in Beijing, China. (PA)", "(AP Photo/...)").

    ## Why
    Copy taken from a web page carries the captions of its pictures; they read as present-tense
    scenes with a full date ("meets ... Friday, April 26, 2024, in Beijing, China.") and end with
    an agency credit. The whole caption, not only the credit, has to go. A credit standing alone
    after a sentence ("(AFP)") is reported too; an agency named in a sentence or a dateline
    ("PARIS (AFP) -") is not.
    ## Example
    Blinken met Xi on Friday. Blinken meets with Chinese President Xi Jinping at the Great Hall of the People, Friday, April 26, 2024, in Beijing, China. (PA)
    Rescue workers search the rubble in Antakya, Turkey, Tuesday, Feb. 7, 2023. (AP Photo/Khalil Hamra)
    The prime minister resigned on Monday. (AFP)
    ## Better
    Riots flared in the east of the country, Agence France Presse (AFP) reported.
    PARIS (AFP) - The French government said on Friday it would raise the minimum wage.
    The Palestinian Authority (PA) said it was making every effort.
    Blinken met Xi at the Great Hall of the People in Beijing on Friday.
    ## Fix safety
    Unsafe: the fix deletes the caption and its credit; check where the caption begins.
    """

    code = "RS03"
    name = "pasted-photo-caption"
    category = "residue"
    severity = "warning"
    fixable = True

    def check(self, doc):
        text = doc.text
        reported: list[tuple[int, int]] = []
        for start, end in self._credits(doc):
            if reported and start < reported[-1][1]:
                continue
            caption_start = self._caption_start(doc, start)
            if caption_start < start:
                msg = f"Photo caption pasted into the text: '{_clip(text[caption_start:end])}'"
            else:
                msg = f"Photo or agency credit left in the text: '{text[start:end]}'"
            reported.append((caption_start, end))
            yield self._report(doc, caption_start, end, msg)
        dated = [m.start() for m in _WEEKDAY_DATE.finditer(text)
                 if _WEEKDAY_BEFORE.search(text, max(0, m.start() - 8), m.start())]
        for offset in sorted(dated + _caption_marks(text)):
            s = doc.sentence_at(offset)
            if s is None or s.end - s.start > MAX_CAPTION_CHARS or any(a <= s.start < b for a, b in reported):
                continue  # (the length first: copying one endless sentence per date would be quadratic)
            sentence = text[s.start : s.end]
            if _caption_like(sentence, strict=True):
                reported.append((s.start, s.end))
                yield self._report(doc, s.start, s.end, f"Reads as a photo caption: '{_clip(sentence)}'")

    @staticmethod
    def _credits(doc):
        """Spans of picture credits, in text order."""
        text = doc.text
        found = []
        for m in _BRACKETED_CREDIT.finditer(text):
            if m.group("agency"):
                # "(AFP)" alone is a credit after the end of a sentence, not in "Agence France-Presse (AFP) said".
                if text[m.start() - 2 : m.start()] not in (". ", "! ", "? ", '" ', "” ") or not _AFTER_CREDIT.match(
                        text, m.end()):
                    continue
            found.append((m.start(), m.end()))
        for m in _SLASH_NAME.finditer(text):
            agency = _AGENCY_BEFORE.search(text, max(0, m.start() - 25), m.start())
            if agency:
                found.append((agency.start(), m.end()))
        for p in doc.paragraphs if ":" in text else ():
            m = _LABEL_LINE.match(text, p.start)
            if m:
                found.append((m.start(), m.end()))
        return sorted(found)

    @staticmethod
    def _caption_start(doc, credit_start: int) -> int:
        """Walk back over the caption-like sentences of the credit's paragraph."""
        text = doc.text
        p = doc.paragraph_at(credit_start)
        if p is None:
            return credit_start
        before = [s for s in doc.sentences_in(p) if s.start < credit_start]
        start = credit_start
        for s in reversed(before[-MAX_CAPTION_SENTENCES:]):
            piece = text[s.start : min(s.end, credit_start)].strip()
            if not piece:
                continue
            if not _caption_like(piece):
                break
            start = s.start
        return start

    def _report(self, doc, start: int, end: int, msg: str):
        text = doc.text
        cut = start
        while cut > 0 and text[cut - 1] in " \t":
            cut -= 1
        return self.report(start, end, msg, Fix.unsafe("Delete the caption", [Edit.delete(cut, end)]))


# ---------------------------------------------------------------------------------------------
# RS04: fragments left in the source language


@register
class UntranslatedFragment(Rule):
    """A clause or sentence left in the source language.

    ## Why
    A segment the translation skipped (French, Spanish, German, Italian, Portuguese, Russian, Chinese or
    Arabic) or a quotation pasted from the source stays in the copy.
    lingua identifies the language; proper names ("Banco do Brasil"), short quoted titles
    ("La vita è bella") and originals followed by their translation in brackets stay silent.
    ## Example
    The minister said the plan was sound. Nous sommes très heureux de cette décision.
    He told reporters that la situación sigue siendo muy complicada.
    Мы продолжим работу в этом направлении, Lavrov said.
    ## Better
    The minister said the plan was sound. "We are very happy with this decision," he said.
    Le Monde reported that the de facto leader of the Partido dos Trabalhadores had resigned.
    The film "La vita è bella" won an Oscar in 1999.
    Xi Jinping (习近平) met Blinken in Beijing.
    """

    code = "RS04"
    name = "untranslated-fragment"
    category = "residue"
    severity = "warning"

    def check(self, doc):
        text = doc.text
        for group in self._runs(doc, foreign_fragments(doc)):
            first, last = group[0], group[-1]
            language = LANGUAGE_NAMES[first.language]
            if len(group) > 1:
                msg = f"{len(group)} paragraphs left in {language}, from '{_clip(text[first.start:first.end], 40)}'"
            else:
                msg = f"Left in {language}: '{_clip(text[first.start:first.end])}'"
            yield self.report(first.start, last.end, msg)

    @staticmethod
    def _runs(doc, fragments):
        """Whole paragraphs in a row in one language make one finding (an untranslated article is one defect)."""
        runs: list[list] = []
        previous = None
        for f in fragments:
            p = doc.paragraph_at(f.start)
            whole = p is not None and f.start - p.start <= 2 and p.end - f.end <= 2
            if (whole and runs and previous is not None and previous[1] and previous[0] == p.index - 1
                    and runs[-1][-1].language == f.language):
                runs[-1].append(f)
            else:
                runs.append([f])
            previous = (p.index if p else -1, whole)
        return runs


def _clip(found: str, width: int = 70) -> str:
    found = " ".join(found.split())
    return found if len(found) <= width else found[: width - 1] + "…"
