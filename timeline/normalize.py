"""Arabic normalization for matching, with a map back to the original offsets.

The matching copy folds letter variants one to one (أ إ آ ٱ → ا, ى → ي, ة → ه, Persian
letters, Arabic-Indic and Persian digits → ASCII, ، ؛ ؟ → , ; ?, Latin → lower case) and
deletes what carries no meaning for dates (diacritics, tatweel, bidi marks). Deleted
characters are recorded, so a span of the matching copy maps back to the exact span of
the original text; diacritics just after a span stay inside it (``غداً`` stays whole).
"""

from __future__ import annotations

import array
import bisect
import itertools
import re
from dataclasses import dataclass

import polars as pl

from timeline._programs import kept

__all__ = ["DELETED_CHARS", "FoldedText", "NormalizedText", "deleting", "fold", "fold_chars", "fold_expr",
           "fold_letters", "fold_text", "fold_variants", "normalize", "without_marks"]

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
    "،": ",", "؛": ";", "؟": "?", "٫": ".", "٬": ",", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "–": "-", "—": "-", "“": '"', "”": '"', "«": '"', "»": '"',
}
_FOLD.update({chr(0x0660 + i): str(i) for i in range(10)})
_FOLD.update({chr(0x06F0 + i): str(i) for i in range(10)})
_FOLD.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

# diacritics (harakat, tanween, shadda, sukun, small marks), dagger alef, tatweel, bidi marks: (first, last)
_DELETED_RANGES = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640),
                   (0x200B, 0x200F), (0x202A, 0x202E), (0x2066, 0x2069), (0x061C, 0x061C), (0xFEFF, 0xFEFF))
_DELETED = "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _DELETED_RANGES) + "]"
DELETED_CHARS = "".join(chr(c) for a, b in _DELETED_RANGES for c in range(a, b + 1))  # every one normalize deletes
_DELETED_RE = kept(_DELETED)
_PAIRS = tuple(_FOLD.items())
_FOLDED_RE = kept("[" + re.escape("".join(_FOLD)) + _DELETED[1:])
"""Any character :func:`fold` changes (a variant) or deletes: a text with none is folded as it is."""
# a tatweel between two numbers is a dash ("الفترة 2013 ــ 2022"): its first one folds to "-"
_TATWEEL_DASH = r"(\d[ \t]{0,2})\u0640(\u0640*[ \t]{0,2}\d)"


def _dash_tatweels(text: str) -> str:
    """:data:`_TATWEEL_DASH` applied, found from the (rare) tatweels with ``str.find`` (a
    regex scan of the whole text costs as much as the rest of :func:`normalize`)."""
    parts: list[str] = []
    last = 0
    start = text.find("\u0640")
    while start != -1:
        end = start + 1
        while text.startswith("\u0640", end):
            end += 1
        before, after = text[max(0, start - 3):start].rstrip(" \t"), text[end:end + 3].lstrip(" \t")
        if before[-1:].isdecimal() and after[:1].isdecimal():
            parts += (text[last:start], "-")
            last = start + 1
        start = text.find("\u0640", end)
    return "".join(parts) + text[last:] if parts else text


_COMMON = "أإآٱىةیک،"  # the variants of almost every Arabic sentence
_COMMON_PAIRS = tuple((v, p) for v, p in _PAIRS if v in _COMMON)
_RARE_PAIRS = tuple((v, p) for v, p in _PAIRS if v not in _COMMON)
_RARE_RE = kept("[" + re.escape("".join(v for v, _ in _RARE_PAIRS)) + "]")
_SHORT = 300  # below this many characters one regex search tells whether any rare variant is there
_CAPITAL_PAIRS = tuple((v, p) for v, p in _PAIRS if "A" <= v <= "Z")
_UNCASED_PAIRS = tuple((v, p) for v, p in _PAIRS if not "A" <= v <= "Z")


def _has_capital(text: str) -> bool:
    """Whether ``text`` holds a Latin capital A-Z: its ASCII characters alone, lowered (``bytes.lower``
    lowers A-Z only). ``"A" in text`` is slow on Arabic: in memory "ف" (U+0641) holds the byte of "A"
    (0x41), and so do "ق" to "ي" and the short vowels those of "B" to "R", so its byte search stops at
    nearly every letter."""
    ascii_only = text.encode("ascii", "ignore")
    return ascii_only != ascii_only.lower()


def _fold_chars(text: str) -> str:
    """Replace each variant present; much faster than ``str.translate`` on Arabic text,
    where most characters map to themselves. A short text (the windows events read around
    each expression, thousands per long article) looks for the rare variants (digits,
    Latin capitals, punctuation) with one regex search instead of one ``in`` each; a long
    one with ``in``, which finds one character far faster than a regex scans for a class.
    No plain character is a variant, so the order of the replacements does not matter."""
    if len(text) < _SHORT:
        for variant, plain in _COMMON_PAIRS:
            if variant in text:
                text = text.replace(variant, plain)
        pairs = _RARE_PAIRS if _RARE_RE.search(text) else ()
    else:
        pairs = _UNCASED_PAIRS + _CAPITAL_PAIRS if _has_capital(text) else _UNCASED_PAIRS
    for variant, plain in pairs:
        if variant in text:
            text = text.replace(variant, plain)
    if "\u0640" in text:
        text = _dash_tatweels(text)
    return text


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A matching copy of ``original`` and the positions of the characters it dropped."""

    original: str
    text: str
    # for the t-th deleted character, the index in ``text`` of the next kept character
    _gaps: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the matching copy to the same span of the original text."""
        if not self._gaps:
            return start, end
        gaps = self._gaps
        return start + bisect.bisect_right(gaps, start), end + bisect.bisect_right(gaps, end)

    def marked_at(self, end: int, mark: str) -> bool:
        """Whether the original follows the character before ``end`` (a position in ``text``)
        with ``mark``, a character folding drops (the tanween of "مساءً" after the word "مساء")."""
        if not self._gaps or end <= 0:
            return False
        last = end - 1 + bisect.bisect_right(self._gaps, end - 1)  # that character in the original
        return self.original.startswith(mark, last + 1)


def fold_chars(text: str) -> str:
    """``text`` with every letter variant folded (what :func:`normalize` does before it deletes)."""
    return _fold_chars(text)


def deleting(text: str, folded: str, at: list[int]) -> NormalizedText:
    """:func:`normalize`'s result for ``text`` from ``folded`` (its :func:`fold_chars`) and the
    offsets in ``folded`` of the characters to delete, ascending (found by the caller, e.g. in the
    bytes it encoded ``folded`` to for a scan: :meth:`timeline._keyscan.KeyScan.normalized`)."""
    if not at:
        return NormalizedText(text, folded, ())
    parts = [folded[:at[0]]]
    parts += [folded[a + 1:b] for a, b in zip(at, at[1:])]
    parts.append(folded[at[-1] + 1:])
    # the t-th deleted character is followed, in the matching copy, by the kept characters before it
    return NormalizedText(text, "".join(parts), tuple([p - t for t, p in enumerate(at)]))


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for matching and remember how to map spans back."""
    folded = _fold_chars(text)
    runs = _DELETED_RE.split(folded)  # the runs between deleted characters (one per deleted character, plus one)
    if len(runs) == 1:
        return NormalizedText(text, folded, ())
    # the t-th deleted character is followed, in the folded copy, by the kept characters of the runs before it
    return NormalizedText(text, "".join(runs), tuple(itertools.accumulate(map(len, runs[:-1]))))


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A whole text folded once, read window by window: :meth:`window` is ``fold(original[start:end])``
    (for rules that read many short windows of one text, e.g. the words around each expression)."""

    original: str
    folded: str
    # the offsets in ``original`` of the characters folding deleted, when they are few (a bisect)...
    _deleted: tuple[int, ...]
    # ...else, for each offset of ``original`` and its end, how many were deleted before it (a lookup:
    # bisecting thousands of offsets costs about what folding a short window does)
    _shift: array.array[int]

    def at(self, offset: int) -> int:
        """The offset in ``folded`` of ``original[offset]`` (of the next kept character if it was deleted)."""
        if self._shift:
            return offset - self._shift[offset]
        return offset - bisect.bisect_left(self._deleted, offset) if self._deleted else offset

    def window(self, start: int, end: int) -> str:
        """``fold(original[start:end])`` for ``0 <= start``: the same string, but for a tatweel
        between two numbers cut from one of them by the window's edge (a dash here, deleted there)."""
        end = min(end, len(self.original))
        if start >= end:
            return ""
        shift = self._shift
        if shift:
            return self.folded[start - shift[start]:end - shift[end]]
        deleted = self._deleted
        if not deleted:
            return self.folded[start:end]
        return self.folded[start - bisect.bisect_left(deleted, start):end - bisect.bisect_left(deleted, end)]


_FEW_DELETED = 64  # up to this many deleted characters FoldedText bisects their offsets


def fold_text(text: str) -> FoldedText:
    """``text`` folded once for :meth:`FoldedText.window`."""
    runs = _DELETED_RE.split(_fold_chars(text))  # the runs between deleted characters (as normalize)
    folded = "".join(runs) if len(runs) > 1 else runs[0]
    if len(runs) - 1 <= _FEW_DELETED:  # the t-th deleted character follows t others and the runs before it
        deleted = tuple(n - 1 for n in itertools.accumulate(len(run) + 1 for run in runs[:-1]))
        return FoldedText(text, folded, deleted, array.array("I"))
    # a run of k kept characters and the deleted one after it: k + 1 offsets with the same count
    counts = itertools.chain.from_iterable(itertools.repeat(t, len(run) + 1) for t, run in enumerate(runs))
    return FoldedText(text, folded, (), array.array("I", counts))


def without_marks(text: str) -> str:
    """``text`` as written but for the characters folding deletes (short vowels, tanween, shadda,
    tatweel, invisible marks): its letters unfolded (``اليمنى`` keeps its ى)."""
    return _DELETED_RE.sub("", text)


def fold(text: str) -> str:
    """The matching copy alone, e.g. for comparing wording across articles. A short text
    with no character folding changes or deletes (:data:`_FOLDED_RE`: most words of the
    language data as written) is its own copy, told by one regex search."""
    if len(text) < _SHORT and _FOLDED_RE.search(text) is None:
        return text
    return _DELETED_RE.sub("", _fold_chars(text))


def fold_expr(text: pl.Expr) -> pl.Expr:
    """:func:`fold` as a polars expression over a string column (the same result)."""
    dashed = text.str.replace_many(list(_FOLD), list(_FOLD.values()))
    for _ in range(2):  # twice: a match takes the digit after it ("4 ــ 7 ــ 1436")
        dashed = dashed.str.replace_all(_TATWEEL_DASH, "${1}-${2}")
    return dashed.str.replace_all(_DELETED, "")


_LETTER_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))


def fold_variants(text: str) -> str:
    """``text`` with only the Arabic letter variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه), one to
    one: its offsets stay those of ``text``. One ``str.replace`` per variant present: ~30× faster
    than ``str.translate``, which looks up every character of an Arabic text."""
    for variant, plain in _LETTER_PAIRS:
        if variant in text:
            text = text.replace(variant, plain)
    return text


def fold_letters(pattern: str) -> str:
    """Fold only Arabic letter variants: safe on regex source (keeps \\S, \\W, digits)."""
    return _DELETED_RE.sub("", fold_variants(pattern))
