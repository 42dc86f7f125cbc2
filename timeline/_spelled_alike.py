"""One foreign name written two ways (a long vowel written or not, another letter for g) read as one stem
by the merge: ``spelled_alike`` of ``lang/<code>/wording.yaml``."""

from __future__ import annotations

import functools
from typing import NamedTuple

import polars as pl

from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import clitic_prefixes
from timeline.normalize import fold

__all__ = ["LONG_FIRST", "SPELLED_ALIKE", "preload", "spelled_alike"]

SPELLED_ALIKE = 6
"""Least length of the longer of two bare tokens read as one (:func:`spelled_alike`; the shorter may have one
letter less). On the 5k corpus vocabulary: 136 stems joined; a random 40 (seed 62) read: 31 one name
(غوانتانامو/جوانتانامو، دميرتاش/دمرتاش، ريفربليت/ريفربلايت، مانشيستر/مانشستر), 5 not (جينيس/جانيس through
جيانيس, شينكاي/شينج, شهدناه/شاهدنا, قلقله/جليجل), 4 unclear. At 5 it joins 121 stems more, about half of them
Arabic verbs (صدرت/صادرت، عرضت/عارضت، قدرت/غادرت): so بوتين/بوتن (5/4 letters) stay two."""
LONG_FIRST = 8
"""Least length of a bare token opening with a letter of ``long_first`` (``م``: a participle, متحامل/متحمل;
مارسيليا/مرسيليا has 8)."""
_LETTERS_ONLY = r"^[\u0621-\u063a\u0641-\u064a]+$"


class _Alike(NamedTuple):
    letters: dict[str, str]
    vowels: str
    not_first: str
    not_last: tuple[str, ...]
    long_first: str


@functools.lru_cache(maxsize=None)
def _alike(code: str = "ar") -> _Alike | None:
    """``spelled_alike`` of ``lang/<code>/wording.yaml``, folded; None when it has none."""
    where = f"timeline.lang.{code}/wording.yaml: spelled_alike"
    spec = load_language_yaml(code, "wording.yaml").get("spelled_alike")
    if not spec:
        return None
    try:
        letters = {fold(str(k)): fold(str(v)) for k, v in spec["letters"].items()}
        vowels = "".join(fold(str(v)) for v in spec["vowels"])
        first = "".join(fold(str(v)) for v in spec["not_first"])
        last = tuple(fold(str(v)) for v in spec["not_last"])
        long_first = "".join(fold(str(v)) for v in spec.get("long_first") or [])
    except (KeyError, TypeError, AttributeError) as exc:
        raise LanguageDataError(f"{where}: {exc}") from exc
    return _Alike(letters, vowels, first, last, long_first)


def _skeleton(word: str, alike: _Alike) -> str:
    """``word`` with its letters read as one (``letters``), its last ``ا``/``ه`` gone (غرناطه/غرناطا)."""
    word = word.translate(str.maketrans(alike.letters))
    return word[:-1] if word[-1:] in "اه" else word


def _vowelled(short: str, long: str, vowels: str) -> bool:
    """``long`` is ``short`` with at most one letter of ``vowels`` added inside it (not first, not last)."""
    if not 0 <= len(long) - len(short) <= 1 or short[:1] != long[:1] or short[-1:] != long[-1:]:
        return False
    k = 0
    for letter in long:
        if k < len(short) and letter == short[k]:
            k += 1
        elif letter not in vowels:
            return False
    return k == len(short)


def spelled_alike(stems: pl.DataFrame, code: str = "ar") -> pl.DataFrame:
    """``stems`` (``token``, ``stem``) with the stem of each bare token another bare token spells alike (the
    longer at least :data:`SPELLED_ALIKE` letters, :data:`LONG_FIRST` after a letter of ``long_first``; neither
    opening with a letter of ``not_first`` nor ending with one of ``not_last``; each its stem's start, no form of
    either stem with the article) read as the least of the two stems: ``مرسيليا`` (``مرسيل``) as ``مارسيليا``
    (``مارسيل``). Chains are read to their end (``رودريغيز``، ``رودريجيز``، ``رودريجز``: one stem)."""
    alike = _alike(code)
    if alike is None or not stems.height:
        return stems
    token = pl.col("token")
    with_article = stems.filter(token.str.contains(clitic_prefixes(code).definite()))["stem"].unique()
    ends = "|".join(alike.not_last)
    first, size = token.str.slice(0, 1), token.str.len_chars()
    bare = stems.filter(
        size >= SPELLED_ALIKE - 1, token.str.contains(_LETTERS_ONLY), ~token.str.contains(f"(?:{ends})$"),
        token.str.starts_with(pl.col("stem")),  # no proclitic split off (بوجبا → جبا is read as it is)
        ~first.is_in(list(alike.not_first)), ~first.is_in(list(alike.long_first)) | (size >= LONG_FIRST - 1),
        ~pl.col("stem").is_in(with_article.implode()),
    )
    if bare.height < 2:
        return stems
    vowels = f"[{alike.vowels}]"
    letters = token.str.replace_many(list(alike.letters), list(alike.letters.values()))
    key = letters.str.slice(0, 1) + letters.str.slice(1).str.replace_all(vowels, "").str.replace(r"[اه]$", "")
    groups = (bare.with_columns(key.alias("key")).filter(pl.col("key").str.len_chars() >= 3)
              .group_by("key").agg("token", "stem").filter(pl.col("stem").list.n_unique() > 1))
    read: dict[str, str] = {}
    for tokens, stem_of in zip(groups["token"].to_list(), groups["stem"].to_list()):
        shapes = [(_skeleton(t, alike), s, len(t)) for t, s in zip(tokens, stem_of)]
        for a, sa, na in shapes:
            least = LONG_FIRST if a[:1] in alike.long_first else SPELLED_ALIKE
            for b, sb, nb in shapes:
                alike_spelled = _vowelled(a, b, alike.vowels) or _vowelled(b, a, alike.vowels)
                if sa < sb and max(na, nb) >= least and alike_spelled:
                    read[sb] = min(read.get(sb, sa), sa)
    if not read:
        return stems
    for stem in list(read):  # a chain (c → b → a) read to its end
        while read[stem] in read:
            read[stem] = read[read[stem]]
    return stems.with_columns(pl.col("stem").replace(read))


def preload() -> None:
    """Read ``spelled_alike`` now, as :func:`spelled_alike` reads it (its cache's key is ``"ar"``), for
    :func:`timeline.wording.preload`: not on a build's one-core tail."""
    _alike("ar")
