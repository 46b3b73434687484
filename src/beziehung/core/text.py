"""Folding German text for search and name matching.

SQLite's tokenizer neither turns ß into ss nor ü into ue, so every word is indexed in its folded
forms: "Müller" as ``mueller`` and ``muller``, "Straßmann" as ``strassmann``. A query word is
folded the same way and matches either form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters and digits only: the FTS tokenizer splits at underscores too.
_WORD = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262_144)
def word_forms(word: str) -> tuple[str, ...]:
    """The folded forms of one word, the transcribed one (ü → ue) first."""
    lowered = unicodedata.normalize("NFC", word).casefold()
    transcribed = _strip_marks(lowered.translate(_UMLAUTS))
    plain = _strip_marks(lowered)
    return (transcribed,) if transcribed == plain else (transcribed, plain)


def words(text: str) -> list[str]:
    # Composed first, so that a "u" with a combining diaeresis stays inside its word.
    return _WORD.findall(unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """The transcribed folded form of a whole text, words separated by single spaces."""
    return " ".join(word_forms(w)[0] for w in words(text))


def index_text(text: str) -> str:
    """Every folded form of every word, for the full-text index."""
    return " ".join(form for w in words(text) for form in word_forms(w))


def fts_query(text: str, *, all_prefixes: bool = False) -> str | None:
    """An FTS5 query for user text: whole words, the last one (or all) as a prefix.

    User text is never FTS syntax: every word is quoted, so quotes, stars, minus signs and
    keywords like NEAR or OR lose their meaning. Returns None when the text has no words.
    """
    found = words(text)
    if not found:
        return None
    groups = []
    for position, word in enumerate(found):
        star = "*" if all_prefixes or position == len(found) - 1 else ""
        terms = [f'"{form}"{star}' for form in word_forms(word)]
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


def snippet(text: str, query: str, width: int = 120) -> str:
    """A short excerpt of ``text`` around the first word that the query matches."""
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    query_forms = [form for w in words(query) for form in word_forms(w)]
    start = 0
    for match in _WORD.finditer(flat):
        if any(f.startswith(q) for f in word_forms(match.group()) for q in query_forms):
            start = match.start()
            break
    if len(flat) <= width:
        return flat
    begin = max(0, min(start - width // 3, len(flat) - width))
    if begin > 0:
        # Start at a whole word, never inside one or on a separator.
        space = flat.find(" ", begin - 1)
        next_word = _WORD.search(flat, space + 1) if 0 <= space < start else None
        begin = next_word.start() if next_word and next_word.start() <= start else begin
    excerpt = flat[begin : begin + width].rstrip()
    return ("…" if begin > 0 else "") + excerpt + ("…" if begin + width < len(flat) else "")
