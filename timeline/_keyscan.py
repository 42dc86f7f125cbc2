"""The key-word scan (:attr:`timeline.engine.Grammar.keys`) run by Hyperscan, when it is installed
(a dependency where it has a wheel; elsewhere not installed): the same spans as the ``re`` scan, found in C.

Hyperscan matches bytes. The folded text is encoded one byte per character, so a byte offset is a
character offset: ASCII as itself, the letters the key words are written in and the Arabic letters
and digits as bytes of their own, and any other character as a stand-in of its class (a letter, a
digit, a space, another non-word character), which is all the scan reads of it. A key is what
``(?<!\\w)[وفبلك]{0,2}(?:\\d+|(?:word|weak)(?![^\\W\\d_]))`` finds (see :func:`timeline.engine.load_grammar`):

- a word: a non-word character, up to two clitics, the word, then a character that is no letter;
- digits: a non-word character, up to two clitics, digits, then a character that is no digit;
- a weak word keyed with the next word ("في الماضي"): the pair, the key being its first word.

Before the scan, every character that is in no key word (nor a clitic, nor "-") is put to one byte per class
(:func:`_collapse`): the scan reads no more of it than its class, and the fewer bytes the expressions' classes hold
the longer the literals Hyperscan can look for first. A key word of one or two letters ("ال", "ت", "غد") is spelled
out with each byte that may come before it and after it (:data:`_SPELLED_OUT`): looked for as a bare literal, it is
found inside nearly every word ("ال" in every definite noun), which made those dozen words cost the scan as much as
the other nine hundred.

Hyperscan is asked only where each match ends (its starts, ``HS_FLAG_SOM_LEFTMOST``, made the
automaton about 1.6x slower): a key word has one expression per clitic count, its id telling the key's
length; the start of a number (one expression) and of a weak pair (one per pair and clitic count) is
read back from its end, over the digits and clitics or over the gap. ``re.finditer`` takes
the leftmost key, then goes on after its end: :meth:`KeyScan.spans` keeps, at each start, the
longest, and drops one that begins inside the last kept (the word "اغسطس" inside the key "اب/اغسطس").

The compiled database (~2.6 MB, ~6 s to compile) is kept between runs as the grammar's patterns are
(:func:`timeline._programs.stored`).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path

from timeline._programs import source_stamp, stored
from timeline.lexicon import clitic_prefixes
from timeline.normalize import DELETED_CHARS, NormalizedText, deleting, fold_chars, normalize

try:
    import hyperscan
except ImportError:  # optional: the ``re`` scan does the same
    hyperscan = None

__all__ = ["KeyScan", "key_scan"]

CLITICS = clitic_prefixes().letters  # و ف ب ل ك
# stand-ins for characters without a byte of their own, one per class the scan tells apart; each is
# of its class, so a text holding one reads the same
_STAND_IN = {"L": "\ua66e", "D": "\u07c0", "S": "\u2005", "O": "\ue000", "U": "_"}
_ERRORS = "timeline_keyscan"
_PREFIX = "keyscan-"
_KEEP = 4


def _class(c: str) -> str:
    """What the key pattern reads of a character: a letter (``[^\\W\\d_]``), a digit, "_", a space, other."""
    if re.match(r"\d", c):
        return "D"
    if re.match(r"[^\W_]", c):
        return "L"
    if c == "_":
        return "U"
    return "S" if re.match(r"\s", c) else "O"


def _stand_ins(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(_STAND_IN[_class(c)] for c in error.object[error.start:error.end]), error.end


codecs.register_error(_ERRORS, _stand_ins)


def _chars(alphabet: Iterable[str]) -> list[str]:
    """The characters with a byte of their own (at most 256): ASCII, ``alphabet``, the Arabic letters
    and digits, the stand-ins; none else is told apart by more than its class."""
    chars = [chr(i) for i in range(128)]
    more = set(alphabet) | set(CLITICS) | {chr(c) for c in range(0x621, 0x64B)} \
        | {chr(c) for c in range(0x660, 0x66A)} | set(_STAND_IN.values())
    chars += sorted(more - set(chars))
    if len(chars) > 256:
        raise ValueError("the key words are written in more than 128 characters beyond ASCII")
    return chars


class KeyScan:
    """The compiled scan: :meth:`spans` of a folded text."""

    def __init__(self, database: object, chars: list[str], collapse: bytes, lengths: tuple[int, ...],
                 weak: dict[int, tuple[int, int]], source: tuple[object, ...] = ()) -> None:
        self._database = database
        self._table = codecs.charmap_build("".join(chars))  # any other character: a stand-in
        self._collapse = collapse  # each byte → its class's when its character is in no key (_collapse)
        self._lengths = lengths  # expression id → its key's length (clitics and word), 0 for digits and weak pairs
        self._weak = weak  # expression id of a weak pair → (its key's length, the next word's)
        classes = [_class(c) for c in chars] + ["O"] * (256 - len(chars))
        self._digit = bytes(c == "D" for c in classes)  # byte → 1 when a digit, for reading a number back
        self._nonword = bytes(c in "SO" for c in classes)
        self._gap = bytes(c == "S" or chars[i:i + 1] == ["-"] for i, c in enumerate(classes))
        self._made_of = (tuple(chars), lengths, tuple(sorted(weak.items())), source)  # what it scans for
        # for :meth:`normalized`: the same table, and each character normalization deletes on a byte no folded
        # text holds (one of no character, or of a variant folding replaces), those bytes, and a table marking them
        free = [*range(len(chars), 256), *(i for i, c in enumerate(chars) if fold_chars(c) != c)]  # unused first
        decoded = chars + ["\ufffe"] * (256 - len(chars))  # U+FFFE: no character
        deleted = [decoded.index(c) for c in DELETED_CHARS if c in decoded]
        wanted = [c for c in DELETED_CHARS if c not in decoded]
        for c, i in zip(wanted, free):
            decoded[i] = c
            deleted.append(i)
        # None when some would have no byte (more key letters): :meth:`normalized` then normalizes, then scans
        self._fold_table = codecs.charmap_build("".join(decoded)) if len(wanted) <= len(free) else None
        self._deleted = bytes(sorted(deleted))
        self._marks = bytes(0 if i in deleted else 1 for i in range(256))  # a deleted character's byte → 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KeyScan) and other._made_of == self._made_of

    def __hash__(self) -> int:
        return hash(self._made_of)

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """The ``(start, end)`` of every key in ``text``, in order; None when Hyperscan is busy in
        another thread (the caller scans with ``re``)."""
        return self._spans(b" " + codecs.charmap_encode(text, _ERRORS, self._table)[0].translate(self._collapse) + b" ")

    def normalized(self, text: str) -> tuple[NormalizedText, list[tuple[int, int]] | None]:
        """``normalize(text)`` and :meth:`spans` of its matching copy, from one encoding of the folded text
        (the characters normalization deletes encoded too, on bytes of their own: found there and deleted
        from the bytes the scan reads, which are then those of the matching copy)."""
        if self._fold_table is None:
            norm = normalize(text)
            return norm, self.spans(norm.text)
        folded = fold_chars(text)
        encoded = codecs.charmap_encode(folded, _ERRORS, self._fold_table)[0]
        data = encoded.translate(self._collapse, self._deleted)
        if len(data) == len(encoded):
            norm = NormalizedText(text, folded, ())
        else:
            marks, at = encoded.translate(self._marks), []
            i = marks.find(0)
            while i >= 0:
                at.append(i)
                i = marks.find(0, i + 1)
            norm = deleting(text, folded, at)
        return norm, self._spans(b" " + data + b" ")

    def _spans(self, data: bytes) -> list[tuple[int, int]] | None:
        """:meth:`spans` from ``data``: the text's bytes, collapsed, between two spaces."""
        # offsets in ``data`` are one past the text's: a match starts at the non-word character before
        # the key (its start in the text) and ends one past the character after it
        hits: list[tuple[int, int]] = []  # (start, -end): the longest first at each start
        add = hits.append
        rest: list[tuple[int, int]] = []
        lengths = self._lengths

        def on(i: int, start: int, end: int, flags: int, context: object) -> None:
            n = lengths[i]
            if n:
                add((end - 2 - n, 2 - end))
            else:
                rest.append((i, end))

        try:
            self._database.scan(data, match_event_handler=on)  # type: ignore[attr-defined]
        except hyperscan.ScratchInUseError:
            return None
        for i, end in rest:  # a number or a weak pair: its start read back from its end
            pair = self._weak.get(i)
            if pair is None:  # digits after up to two clitics after a non-word character
                j, digit, nonword = end - 2, self._digit, self._nonword
                while digit[data[j - 1]]:
                    j -= 1
                start = j - 1 if nonword[data[j - 1]] else j - 2 if nonword[data[j - 2]] else j - 3
                add((start, 2 - end))
            else:  # the key's length, then the gap before the next word
                j, gap = end - 1 - pair[1], self._gap
                while gap[data[j - 1]]:
                    j -= 1
                start = j - 1 - pair[0]
                add((start, -start - pair[0]))
        hits.sort()
        out: list[tuple[int, int]] = []
        last = -1
        for start, end in hits:
            if start >= last:
                last = -end
                out.append((start, last))
        return out


_SPELLED_OUT = 2  # key words of at most this many letters are spelled out with the bytes around them


def _collapse(chars: list[str], words: list[str], pairs: list[tuple[str, str]]) -> bytes:
    """The ``bytes.translate`` table putting each byte whose character is in no key word (of ``words`` and
    ``pairs``), no clitic and no "-" (a gap of a weak pair) to the byte of its class (:data:`_STAND_IN`'s for a
    letter, " " for a space, "0" for a digit, "!" for another non-word character); the others stay."""
    kept = set(CLITICS) | {"-"} | {c for w in (*words, *(p for pair in pairs for p in pair)) for c in w}
    byte = {c: i for i, c in enumerate(chars)}
    first = {"S": byte[" "], "O": byte["!"], "D": byte["0"], "L": byte[_STAND_IN["L"]], "U": byte["_"]}
    return bytes(i if i < len(chars) and chars[i] in kept else first["O" if i >= len(chars) else _class(chars[i])]
                 for i in range(256))


def _classes(chars: list[str], table: bytes) -> dict[str, list[str]]:
    """The bytes (as ``\\xNN``) of each class the expressions read, among those the :func:`_collapse` ``table``
    leaves: "nonword", "no_letter", "digit", "no_digit", "gap" (a space or "-")."""
    seen = [(f"\\x{i:02x}", _class(chars[i]), chars[i]) for i in sorted(set(table))]
    return {"nonword": [b for b, k, _ in seen if k in "SO"], "no_letter": [b for b, k, _ in seen if k != "L"],
            "digit": [b for b, k, _ in seen if k == "D"], "no_digit": [b for b, k, _ in seen if k != "D"],
            "gap": [b for b, k, c in seen if k == "S" or c == "-"]}


def _layout(words: list[str], pairs: list[tuple[str, str]], around: int) -> \
        tuple[tuple[int, ...], dict[int, tuple[int, int]]]:
    """Each expression's key length, by id (0 for digits and weak pairs), and the weak pairs' (key length, next
    word's length): what :func:`_expressions` makes, in its order; ``around``: how many expressions spell out a
    short word at one clitic count (the non-word bytes before it times the non-letter bytes after it)."""
    lengths: list[int] = []
    for w in words:
        for k in range(3):
            lengths += [k + len(w)] * (around if len(w) <= _SPELLED_OUT else 1)
    lengths.append(0)
    weak: dict[int, tuple[int, int]] = {}
    for first, second in pairs:
        for k in range(3):
            weak[len(lengths)] = (k + len(first), len(second))
            lengths.append(0)
    return tuple(lengths), weak


def _expressions(words: list[str], pairs: list[tuple[str, str]], chars: list[str], table: bytes) -> list[str]:
    """The Hyperscan expressions of the key pattern (see the module's doc), over the bytes the :func:`_collapse`
    ``table`` leaves, in :func:`_layout`'s order: each key word after 0, 1 and 2 clitics (a short one spelled out
    with each byte before and after it), the digits, each weak pair after 0, 1 and 2 clitics."""
    byte = {c: f"\\x{i:02x}" for i, c in enumerate(chars)}

    def literal(w: str) -> str:
        return "".join(byte[c] for c in w)

    classes = _classes(chars, table)
    nonword, no_letter = "[" + "".join(classes["nonword"]) + "]", "[" + "".join(classes["no_letter"]) + "]"
    clitic = "[" + "".join(byte[c] for c in CLITICS) + "]"
    out: list[str] = []
    for w in words:
        for k in range(3):
            if len(w) <= _SPELLED_OUT:
                out += [before + clitic * k + literal(w) + after
                        for before in classes["nonword"] for after in classes["no_letter"]]
            else:
                out.append(nonword + clitic * k + literal(w) + no_letter)
    out.append(nonword + clitic + "{0,2}[" + "".join(classes["digit"]) + "]+[" + "".join(classes["no_digit"]) + "]")
    gap = "[" + "".join(classes["gap"]) + "]+"
    out += [nonword + clitic * k + literal(first) + gap + literal(second) + no_letter
            for first, second in pairs for k in range(3)]
    return out


def key_scan(words: Iterable[str], pairs: Iterable[tuple[str, str]], folder: Path | None) -> KeyScan | None:
    """The scan of the key ``words`` and weak ``pairs`` (first word, next word), its database kept in
    ``folder`` (None: compiled every time); None without Hyperscan or when it cannot run here."""
    if hyperscan is None:
        return None
    words, pairs = sorted(set(words)), sorted(set(pairs))
    try:
        chars = _chars(c for w in (*words, *(p for pair in pairs for p in pair)) for c in w)
    except ValueError:
        return None
    table = _collapse(chars, words, pairs)
    classes = _classes(chars, table)
    lengths, weak = _layout(words, pairs, len(classes["nonword"]) * len(classes["no_letter"]))

    def make() -> bytes:
        expressions = _expressions(words, pairs, chars, table)
        database = hyperscan.Database()
        database.compile(expressions=[e.encode("ascii") for e in expressions], ids=list(range(len(expressions))))
        return hyperscan.dumpb(database)

    def loaded(data: bytes) -> object:
        database = hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)
        return database

    stamp = source_stamp(__file__)
    source = (tuple(chars), tuple(words), tuple(pairs))  # all the expressions are made of (this module's code aside)
    key = (stamp, source, getattr(hyperscan, "__version__", ""))
    try:  # a processor Hyperscan cannot run on: the re scan
        if stamp is None:
            database = loaded(make())
        else:
            try:
                database = loaded(stored(folder, _PREFIX, _KEEP, key, make, lambda v: isinstance(v, bytes)))
            except hyperscan.error:  # kept by a host of other processor features (a shared cache): made
                try:  # here, and kept beside it for the hosts like this one
                    database = loaded(stored(folder, _PREFIX, _KEEP, (key, "another host"), make,
                                             lambda v: isinstance(v, bytes)))
                except hyperscan.error:
                    database = loaded(make())
    except hyperscan.error:
        return None
    return KeyScan(database, chars, table, lengths, weak, source)
