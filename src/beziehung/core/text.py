"""Folding German text for search and name matching.

SQLite's tokenizer neither turns ß into ss nor ü into ue, so every word is indexed in its folded
forms: "Müller" as ``mueller`` and ``muller``, "Straßmann" as ``strassmann``; the Turkish dotless
ı and dotted İ become i ("Yıldız" as ``yildiz``). A query word is folded the same way and matches
either form.

German joins words: nobody typing "vertrag" should miss an "Arbeitsvertrag". A word is indexed
with its folded forms and, where a known word begins inside it (:data:`COMPOUND_PARTS`), with the
rest of it from there: "Arbeitsvertrag" also as ``vertrag``, "Gewerbemietvertrags" also as
``mietvertrags`` and ``vertrags``. Prefix queries then find the parts. The list holds the words
that end compounds in a consultant's notes; a word list keeps the index small and a typed "ller"
still finds no "Müller", where matching every substring would do both the other way round.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Letters and digits only: the FTS tokenizer splits at underscores too.
_WORD = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
# Turkish: casefold keeps the dotless ı and turns İ into i with a combining dot (stripped below).
_DOTLESS = str.maketrans({"ı": "i"})

# Words that begin inside German compounds, as typed; folded when the module loads. Parts shorter
# than four letters would make nearly every word match ("amt" in "Samtkissen").
COMPOUND_PARTS = """
    abgabe abrechnung abschluss absprache abstimmung angebot angelegenheit anlage anmeldung
    antrag anwalt arbeit auftrag aufwand ausgabe auskunft bank beginn beitrag beratung bericht
    bescheid beschluss besuch betrag betrieb bewertung bilanz brief buchhaltung buero bürgschaft
    darlehen datei daten einkommen einlage einnahme einspruch entwurf erbschaft erklärung
    fahrzeug familie finanz firma folge forderung frist gebühr gehalt geld gericht gesellschaft
    geschäft gesetz gespräch gewerbe gewinn grundstück gutachten haftung halle handel haus honorar
    immobilie inhaber investition jahr kanzlei kapital kauf kosten kredit kunde kündigung lager
    leasing leistung lieferant lieferung liste lohn mahnung mandant mandat meldung miete mietvertrag
    mitarbeiter nachfolge nachweis nummer ordnung partner pension personal pflicht plan prämie
    preis projekt protokoll prüfung recht rechnung regelung rente rücklage sache schaden
    schenkung schluss schreiben schuld sitzung sozial steuer streit summe tarif teil termin
    testament treuhand umsatz unterlage unternehmen urlaub verfahren vergütung verhandlung
    verkauf verlängerung vermögen versicherung vertrag vertrieb verwaltung vollmacht voranmeldung
    vorsorge vorstand wagen wechsel werk wert wohnung zahlung zins zulage zuschuss
""".split()


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262_144)
def word_forms(word: str) -> tuple[str, ...]:
    """The folded forms of one word, the transcribed one (ü → ue) first."""
    lowered = unicodedata.normalize("NFC", word).casefold().translate(_DOTLESS)
    transcribed = _strip_marks(lowered.translate(_UMLAUTS))
    plain = _strip_marks(lowered)
    return (transcribed,) if transcribed == plain else (transcribed, plain)


def words(text: str) -> list[str]:
    # Composed first, so that a "u" with a combining diaeresis stays inside its word.
    return _WORD.findall(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """The transcribed folded form of a whole text, words separated by single spaces."""
    return " ".join(word_forms(w)[0] for w in words(text))


def _part_starts() -> dict[str, tuple[str, ...]]:
    by_start: dict[str, set[str]] = {}
    for part in COMPOUND_PARTS:
        for form in word_forms(part):
            by_start.setdefault(form[:_PART_MIN], set()).add(form)
    return {start: tuple(sorted(parts)) for start, parts in by_start.items()}


# A part begins after at least three letters and is at least four long.
_HEAD_MIN = 3
_PART_MIN = 4
_PARTS_BY_START = _part_starts()


@lru_cache(maxsize=262_144)
def compound_tails(form: str) -> tuple[str, ...]:
    """The rests of a folded word from each place where a known word begins inside it."""
    tails = []
    for i in range(_HEAD_MIN, len(form) - _PART_MIN + 1):
        candidates = _PARTS_BY_START.get(form[i : i + _PART_MIN], ())
        if any(form.startswith(part, i) for part in candidates):
            tails.append(form[i:])
    return tuple(tails)


@lru_cache(maxsize=262_144)
def word_keys(word: str) -> tuple[str, ...]:
    """What the index holds for one word: its folded forms and the tails of its parts.

    A query word matches a word when one of these begins with one of the query's forms.
    """
    forms = word_forms(word)
    keys = list(forms)
    for form in forms:
        keys.extend(t for t in compound_tails(form) if t not in keys)
    return tuple(keys)


def index_text(text: str) -> str:
    """Every folded form of every word and of its compound parts, for the full-text index."""
    return " ".join(key for w in words(text) for key in word_keys(w))


# Prefixes this short are answered by the tables' own prefix indexes; longer ones are spelt out.
PREFIX_INDEX_MAX = 2


def fts_query(
    text: str,
    *,
    all_prefixes: bool = False,
    expand: Callable[[str], Sequence[str] | None] | None = None,
) -> str | None:
    """An FTS5 query for user text: whole words, the last one (or all) as a prefix.

    User text is never FTS syntax: every word is quoted, so quotes, stars, minus signs and
    keywords like NEAR or OR lose their meaning. Returns None when the text has no words.

    ``expand`` turns a prefix longer than :data:`PREFIX_INDEX_MAX` into the indexed words it
    begins (None when there are too many): FTS5 reads an OR of words lazily, newest first,
    but merges every word of a ``"wir"*`` before it returns the first row.
    """
    found = words(text)
    if not found:
        return None
    groups = []
    for position, word in enumerate(found):
        prefix = all_prefixes or position == len(found) - 1
        terms: list[str] = []
        for form in word_forms(word):
            spelt = expand(form) if prefix and expand and len(form) > PREFIX_INDEX_MAX else None
            if spelt is not None:
                terms.extend(f'"{term}"' for term in spelt if f'"{term}"' not in terms)
                if not spelt:
                    terms.append(f'"{form}"')
            else:
                terms.append(f'"{form}"*' if prefix else f'"{form}"')
        groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(groups)


def matches_word_starts(query: str, target: str) -> bool:
    """True when each query word begins a different word of the target, in any order."""
    query_forms = [word_forms(w) for w in words(query)]
    if not query_forms:
        return False
    unused = [word_forms(w) for w in words(target)]
    # Longest words first, so that a short one does not take the only word a long one fits.
    for forms in sorted(query_forms, key=lambda f: -len(f[0])):
        fitting = next(
            (
                i
                for i, cand in enumerate(unused)
                if any(t.startswith(q) for q in forms for t in cand)
            ),
            None,
        )
        if fitting is None:
            return False
        del unused[fitting]
    return True


@dataclass(frozen=True)
class Excerpt:
    """A short excerpt of a text around the first word the query matches.

    ``marks`` are the (start, end) offsets of every matched word inside ``text``, for a view to
    emphasise; ``words`` are the distinct matched words of the whole text as written there.
    """

    text: str
    marks: tuple[tuple[int, int], ...]
    words: tuple[str, ...]


def word_matches(word: str, query_forms: Sequence[str]) -> bool:
    """True when a word, one of its forms or one of its compound parts begins with a query
    form: the same rule the index follows."""
    return any(key.startswith(q) for key in word_keys(word) for q in query_forms)


def excerpt(text: str, query: str, width: int = 120) -> Excerpt:
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    query_forms = [form for w in words(query) for form in word_forms(w)]
    spans = [
        (m.start(), m.end()) for m in _WORD.finditer(flat) if word_matches(m.group(), query_forms)
    ]
    found = tuple(dict.fromkeys(flat[a:b] for a, b in spans))
    start = spans[0][0] if spans else 0
    if len(flat) <= width:
        return Excerpt(flat, tuple(spans), found)
    begin = max(0, min(start - width // 3, len(flat) - width))
    if begin > 0:
        # Start at a whole word, never inside one or on a separator.
        space = flat.find(" ", begin - 1)
        next_word = _WORD.search(flat, space + 1) if 0 <= space < start else None
        begin = next_word.start() if next_word and next_word.start() <= start else begin
    cut = flat[begin : begin + width].rstrip()
    lead = "…" if begin > 0 else ""
    shift = len(lead) - begin
    marks = tuple((a + shift, b + shift) for a, b in spans if a >= begin and b <= begin + len(cut))
    tail = "…" if begin + width < len(flat) else ""
    return Excerpt(lead + cut + tail, marks, found)


def snippet(text: str, query: str, width: int = 120) -> str:
    """A short excerpt of ``text`` around the first word that the query matches."""
    return excerpt(text, query, width).text
