"""Personal data in free text: find it and mask it, in time linear in the text's length.

Staff are asked not to write personal data in questions; when they do anyway, the chat answers as
usual with `NOTICE`, and everything written to disk is masked first (logstore.append_log).

Masked (after NFKC, with every dash U+2010–U+2015/U+2212 read as "-" and invisible characters such
as zero-width spaces and soft hyphens ignored):

- personnummer and samordningsnummer (day + 60), only when the date is plausible and the Luhn check
  digit holds: 570315-1232, 5703151232, 195703151232, 1957-03-15-1232, 57.03.15-1232,
  570315/1232, 570315+1232, also glued to letters (pnr5703151232);
- Swedish phone numbers: 070-123 45 67, 070.123 45 67, 0701234567, +46 70 123 45 67, 0046 70…,
  46701234567, 08-123 456 78, (08) 123 45 67, 0920-123 45;
- e-mail addresses;
- names right after a phrase that introduces one ("jag heter", "mitt namn är", "patienten",
  "min kollega", "kollegan", "brukaren", "min chef", "hälsningar" …), and a common Swedish first
  name (`FIRST_NAMES`) followed by a capitalised word ("Anna Berg").

Not masked: other names (a surname alone, an unusual first name without an introducing phrase),
street addresses, ages, diagnoses and other health details, and other numbers (case or ward
numbers). The text outside what is masked is kept exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

NOTICE = ("Skriv inte personuppgifter i frågor. Personnummer, samordningsnummer, telefonnummer, "
          "e-postadresser och namn efter till exempel ”jag heter” eller ”patienten” eller efter ett vanligt "
          "förnamn maskeras innan något sparas; adresser, hälsouppgifter och andra namn maskeras inte.")
MASKS = {"personnummer": "[personnummer]", "samordningsnummer": "[samordningsnummer]",
         "telefonnummer": "[telefonnummer]", "e-post": "[e-post]", "namn": "[namn]"}

# ------------------------------------------------------------------ normalisation with an offset map

# Zero-width, joiner, bidi-control, soft-hyphen and BOM characters: invisible, so ignored.
_INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
                       "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
                       "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d")
_ODD = re.compile("[" + "".join(sorted(_INVISIBLE | _DASHES)) + "]")


def normalised(text: str) -> tuple[str, list[int] | None]:
    """`text` in NFKC with dashes as "-" and invisible characters dropped, and where each char came from.

    The second value maps every position of the normalised text to its position in `text`
    (None when they are the same), so findings can be masked in the text as typed.
    """
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not _ODD.search(text)):
        return text, None
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        folded = "-" if ch in _DASHES else unicodedata.normalize("NFKC", ch)
        folded = "".join("-" if c in _DASHES else c for c in folded)
        chars.append(folded)
        origin.extend([i] * len(folded))
    return "".join(chars), origin


# ------------------------------------------------------------------ the patterns

# YYMMDD-NNNN with an optional century, the same optional separator between the date's parts,
# and an optional one before the serial. Not part of a longer number.
_ID_NUMBER = re.compile(
    r"(?<!\d)(?P<century>\d{2})??(?P<yy>\d{2})(?P<s1>[-./ ]?)(?P<mm>\d{2})(?P=s1)(?P<dd>\d{2})"
    r"(?P<sep>[ ]?[-+/.][ ]?|[ ])?(?P<serial>\d{4})(?!\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
# A separator between digit groups: a space, a hyphen, a slash, a dot or a closing area-code bracket.
_SEP = r"(?:\)?[ ]?[-/.][ ]?|\)[ ]?|[ ])?"
_PHONE = re.compile(
    r"(?<![\d+\-/.])(?:(?:\+|00)[ ]?46[ -]?(?:\(0\)[ ]?)?|46(?=[1-9]\d{7,8}(?!\d))|\(?0)[1-9]"
    rf"(?:{_SEP}\d){{5,8}}(?!\d)")
# Dotted digits that are times or dates, not phone numbers: "08.00-17.00", "01.02.2024".
_NOT_PHONE = re.compile(r"\d{1,2}[.:]\d{2} ?- ?\d{1,2}[.:]\d{2}|^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$")

FIRST_NAMES = frozenset("""
Agneta Agnes Albin Alexander Alfred Alice Alma Amanda Anders Andreas Ann Anna Anneli Annika Anton
Arne Arvid Astrid Axel Barbro Bengt Benjamin Berit Bertil Birgitta Björn Bo Britt Camilla Carina
Carl Caroline Cecilia Charlotte Christer Christina Christoffer Claes Conny Daniel David Ebba Edvin
Elias Elin Elisabet Elisabeth Ella Ellen Elsa Emelie Emil Emilia Emma Erik Eva Ewa Felicia Filip
Frida Fredrik Gabriel Gerd Gun Gunilla Gunnar Gunnel Gustav Göran Gösta Hampus Hanna Hannes Hans
Harald Helen Helena Henrik Hugo Håkan Ida Inger Ingrid Ingela Ingemar Isabelle Isak Jakob Jacob Jan
Jenny Jesper Jessica Jimmy Joakim Johan Johanna Johannes Jonas Josefin Julia Jörgen Karin Karl
Karolina Katarina Kent Kerstin Kjell Kristina Kristoffer Kurt Lars Leif Lena Lennart Liam Lina Linda
Linnea Linnéa Linus Lisa Louise Lovisa Lucas Ludvig Magnus Maja Malin Margareta Maria Marianne Marie
Marita Markus Marcus Martin Matilda Mats Mattias Mikael Moa Mohammed Mona Monica Nils Noah Nora Olle
Olof Oliver Olivia Oscar Oskar Patrik Per Peter Petra Pia Pär Rasmus Rebecka Robert Robin Roger
Roland Rolf Ronja Rune Saga Samuel Sandra Sanna Sara Sebastian Selma Simon Siv Sofia Sofie Stefan
Sten Stig Stina Susanne Sven Theo Therese Thomas Tobias Tomas Tommy Torbjörn Tove Ulf Ulla Ulrika
Vera Viktor Viktoria Vincent Wilma William Ylva Yvonne Åke Åsa
""".split())
_NAME_WORD = r"[A-ZÅÄÖÆØÉÈÜ][a-zåäöæøéèüáíóúç]+(?:-[A-ZÅÄÖÆØÉÈÜ][a-zåäöæøéèüáíóúç]+)?"
# "jag heter"/"mitt namn är": up to three words whatever their case (until a word in `_NOT_NAME`);
# after the other phrases only capitalised words are a name. Up to three words ("Anna Maria Berg").
_SELF_NAMED = re.compile(
    r"(?i:\b(?:jag heter|mitt namn är|jag kallas|my name is)\s+)"
    r"(?P<name>[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2})")
# Words that end a self-given name ("jag heter anna berg och undrar …").
_NOT_NAME = frozenset("""och men som är har jag vill undrar arbetar jobbar bor på i från med till för det
den kan ska and i am from work""".split())
_INTRODUCED = re.compile(
    r"(?i:\b(?:patient(?:en)?|brukare(?:n)?|klient(?:en)?|vårdtagare(?:n)?|"
    r"(?:min|vår|din) (?:kollega|chef|patient|brukare|klient|mamma|pappa|mor|far|son|dotter|man|fru|sambo|"
    r"granne|vän)|kollega(?:n)?|chefen|doktor|dr\.?|"
    r"hälsningar|mvh|med vänlig hälsning)\s*,?\s+)"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})")
_CAPITALISED = re.compile(rf"\b{_NAME_WORD}")
_SURNAMES = re.compile(rf"(?:[ \t]+{_NAME_WORD}){{1,2}}")


@dataclass(frozen=True)
class Finding:
    """One piece of personal data in a text: what kind, and where (positions in the text as typed)."""

    kind: str
    start: int
    end: int
    text: str


def luhn_ok(digits: str) -> bool:
    """True when the last digit is the Luhn check digit of the others (personnummer rule)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _id_kind(match: re.Match) -> str | None:
    """"personnummer", "samordningsnummer" or None for a YYMMDD-NNNN candidate."""
    century, yy, mm, dd = match.group("century", "yy", "mm", "dd")
    serial, s1, sep = match.group("serial"), match.group("s1"), match.group("sep") or ""
    if century is not None and century not in ("18", "19", "20"):
        return None
    if s1 and not sep.strip():
        return None  # "2024-01-01 2025": a separated date needs a separated serial
    month, day = int(mm), int(dd)
    if not 1 <= month <= 12 or not luhn_ok(yy + mm + dd + serial):
        return None
    if 1 <= day <= 31:
        return "personnummer"
    if 61 <= day <= 91:
        return "samordningsnummer"
    return None


def _until_not_name(words):
    """The leading words of a self-given name, up to the first ordinary word."""
    for word in words:
        if word.group().lower() in _NOT_NAME:
            return
        yield word


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of names: after an introducing phrase, or a common first name and a capitalised word."""
    spans = [m.span("name") for m in _INTRODUCED.finditer(text)]
    for match in _SELF_NAMED.finditer(text):
        words = re.finditer(r"\S+", match.group("name"))
        kept = [w for w in _until_not_name(words)]
        if kept:
            spans.append((match.start("name"), match.start("name") + kept[-1].end()))
    for word in _CAPITALISED.finditer(text):
        if word.group().split("-")[0] in FIRST_NAMES:
            rest = _SURNAMES.match(text, word.end())
            if rest:
                spans.append((word.start(), rest.end()))
    return spans


def _candidates(text: str):
    """(kind, start, end) in priority order: e-mail, id numbers, phone numbers, names."""
    for match in _EMAIL.finditer(text):
        yield "e-post", match.start(), match.end()
    for match in _ID_NUMBER.finditer(text):
        kind = _id_kind(match)
        if kind:
            yield kind, match.start(), match.end()
    for match in _PHONE.finditer(text):
        if not _NOT_PHONE.search(match.group()):
            yield "telefonnummer", match.start(), match.end()
    for start, end in _name_spans(text):
        yield "namn", start, end


def find_personal_data(text: str) -> list[Finding]:
    """Every personnummer, samordningsnummer, phone number, e-mail address and name in `text`, in order."""
    text = str(text or "")
    norm, origin = normalised(text)
    taken = bytearray(len(norm) + 1)  # marks what an earlier finding covers: linear, not pairwise
    found: list[Finding] = []
    for kind, start, end in _candidates(norm):
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        found.append(Finding(kind, start, end, text[start:end]))
    return sorted(found, key=lambda f: f.start)


def mask(text: str) -> str:
    """`text` with each piece of personal data replaced by its kind, e.g. "[personnummer]"."""
    text = str(text or "")
    parts, pos = [], 0
    for finding in find_personal_data(text):
        parts += [text[pos:finding.start], MASKS[finding.kind]]
        pos = finding.end
    parts.append(text[pos:])
    return "".join(parts)


def masked(value: Any) -> Any:
    """A JSON-like value with every string in it masked (keys are ours and left alone)."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {key: masked(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [masked(item) for item in value]
    return value
