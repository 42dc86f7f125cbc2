"""What each event's clause says, as polars columns: its content words, happening word,
counts, town and title words (what :mod:`timeline.merge` compares).

Content words. The clause is folded (:func:`timeline.normalize.fold_expr`), every date
expression tagged in it is cut out, function words and time words
(``lang/ar/wording.yaml``), day numbers and years are dropped, the article is stripped
(``ال وال بال لل``...), a light stemmer removes the accusative ``ا`` and common
suffixes (``ات ون ين ية ه ي``...), and the hamza gets one spelling (:func:`spelled`:
``طوارىء`` = ``طوارئ``, ``مسئول`` = ``مسؤول``). A leading ``و ف ب ل ك`` is split off
only when the rest of the word occurs in the batch too, so ``وغمرت`` meets ``غمرت``
while ``وسيط`` stays whole, and never off a happening word ``triggers.yaml`` lists whole
(``لقاء`` beside ``قاء``: :attr:`Wording.whole`); a feminine noun's ``ة`` written ``ت`` before a pronoun is read
as the noun when the batch has it (``جلسته`` meets ``الجلسة``); a foreign name written
with other letters for one sound is one word (:func:`_transliterated`: ``الكونغرس``،
``الكونجرس``). Words are interned as integers
(``word``), each with its length and its inverse document frequency over the batch's events
(``info``).

Everything is computed once per clause (events of one clause share its words), and once
per distinct word (the vocabulary grows much slower than the events: word by word in Python
for a small one, as columns for a large one, :meth:`Wording.stem_table`); the rest are
polars expressions, joins and list operations.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import polars as pl

from timeline._background import in_background
from timeline._spelled_alike import preload as _preload_alike
from timeline._spelled_alike import spelled_alike
from timeline._clause_rows import beside, row_in_clause, sum_in_clause
from timeline._information import information, least_information
from timeline._listed import listed, mapped
from timeline._programs import kept
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.happenings import (DATELINE_CHARS, NAMING_BETWEEN, OPENING_WORDS, PLAIN, TriggerLexicon, load_triggers,
                                 thread_breaks, verb_forms)
from timeline.lexicon import accusative, clitic_prefixes, definite, dual, feminine, load_lexicon, trie_regex, unjoined
from timeline.normalize import fold, fold_expr, normalize
from timeline.places import load_gazetteer
from timeline.sites import site_words
from timeline.verbs import load_shapes

__all__ = [
    "ACTOR_REACH", "ACTOR_WORDS", "AFTER_REACH", "AHEAD_REACH", "ANNOUNCER_REACH", "CASE_REACH", "CASE_WORDS", "CAUSE_REACH",
    "COLUMNS_FROM", "ClauseFeatures", "INCIPIT_WORDS", "OBJECT_REACH", "OBJECT_WORDS", "SAID_NOUN_GAP",
    "SIDE_AFTER", "TRANSLITERATED", "WHOLE_STEM", "Wording", "ahead", "announcers", "bodies", "body_named", "case_markers",
    "case_stops", "causes", "clause_features", "clubs", "consequences", "content_words", "doers", "lead_cues",
    "load_wording", "match_text", "matches", "means", "preload", "spelled", "sums_up", "told_after", "told_apart",
    "told_by_case", "told_by_object", "told_by_sides", "told_for", "told_for_not", "who_acts", "without_dateline",
]

_TOKEN = r"\w+"
# the hamza's spellings (folded text: ى is already ي): ءا inside a word for آ, a ي before
# the hamza (final ىء for ئ), and its seats ؤ ئ
_LONG_A = kept(r"(?<=[^\Wا])ءا(?=\w)")
_YA_SEAT = kept(r"(?<=\w)ي(?=[ءئ])")
_SEATS = str.maketrans("ؤئ", "ءء")
_CLITIC = kept(r"^(?:و|ف)?(?:(?:ب|ك|ل)?ال|لل)(?=\w\w)")
_CLAUSE = 2**32  # above every offset in a clause
_OPENING_CHARS = 16  # a clause's first characters, enough to hold what opens it (وبعد أن)
FRAGMENT_TOKENS = 10
"""A clause of this many tokens or fewer (its date words too) is a fragment: followed by what
it says (أن، إن), it borrows the rest of its sentence for the merge's words (:func:`_lent`).
On the MH370 story ``وأعلنت وزارة النقل الماليزية الاحد أنّه`` then joins the two outlets
telling that announcement; borrowing only up to the next date lent it ``منذ العثور عليه``,
the find's words (on the 5k corpus it joined the find). 10 lends to 12 events of the 5k
corpus (6 to 4); lending with no أن (at 6) changed 12 entries, 7 wrongly (Friday sermons of
several mosques, a day's football)."""
_MORE_TOKENS = rf"^\W*(?:\w+\W+){{{FRAGMENT_TOKENS}}}\w"
"""A text of more than :data:`FRAGMENT_TOKENS` tokens (runs of ``\\w``): read from its start up to
the token past the count, not to its end (a clause may be thousands of characters long).
What :func:`_few_tokens` tells without it (its ten copies of ``\\w`` and ``\\W`` cost polars'
regex ~8 ms to compile, once per process: the dearest of the ~33 patterns a merge compiles)."""
_HEAD_CHARS = 96
"""The characters of a text whose tokens :func:`_few_tokens` counts first (eleven Arabic words
and their spaces mostly fit: only texts with fewer tokens there are counted whole)."""
PATTERN_FROM = 10_000
"""From how many rows :func:`_few_tokens` reads :data:`_MORE_TOKENS` (its compile, ~8 ms once,
then costs less than counting each head: measured ~0.7 µs a row more, 117,520 clauses of a
50,000-article batch 35 ms vs 115 ms)."""
NAME_INFO = 5.5
"""Least information (``info`` of :class:`ClauseFeatures`) of a word a clause cut off its
sentence borrows from the rest of it (:func:`_lent`): rare enough to name who, where or what
(as the merge's ``SIDE_INFO`` for who meets); a word common in the batch (الرئيس، الفريق) would
only weigh the clause with what many other clauses share."""
NAME_FLOOR = 10
"""In a small batch, :data:`NAME_INFO` is at most the information of a word held by this many
events (as the merge's ``RARE_FLOOR``)."""
INCIPIT_WORDS = 5
"""How many content words open a clause's incipit (its first words, dates cut): copies of
one wire report share it."""
OBJECT_WORDS = 2
"""How many content words after a clause's happening word tell what it governs."""
OBJECT_REACH = 4
"""How many words after the happening word its object may lie (function words between)."""
ACTOR_WORDS = 3
"""How many content words tell who a reaction is by (the words after ``أدانت``, the caller
after ``اتصالا هاتفيا من``): more than an object's, since actors share their first words
(``وزارة الخارجية الأمريكية`` and ``وزارة الخارجية المصرية``, ``جلالة الملك محمد``)."""
ACTOR_REACH = 5
"""How many words after a reaction word its actor may lie."""
SAID_NOUN_GAP = 3
"""How many words after a saying's subject (and its adjectives) the noun of its happening may stand, for the
subject to be who does it (:func:`_actors`: ``أعلنت نقابة المهندسين أنها ستنفذ إضرابا``: the pronoun, the
verb, the noun); after any other verb opening the clause, the noun follows them (``ينفذ الممرضون إضرابا``)."""
SIDE_AFTER = 30
"""How many words after a meeting word may name who meets: the host, then the guest after
the host's titles, the place and the day (``استقبل معالي المستشار بالديوان الملكي المشرف
العام على مركز الملك سلمان… الدكتور عبدالله الربيعة أمس، وفد اللجنة الكويتية``)."""
PURPOSE_STEM = 4
"""How many letters a verbal noun told as a meeting's purpose has after its first letter (``verbal_noun_first``
of event_dates.yaml ``purpose``): ``لتعزيز``، ``لتهدئة``; not ``لتلك``."""
CASE_WORDS = 2
"""How many content words after a word naming a case (``cases`` of ``lang/ar/wording.yaml``:
``قضية``، ``المتهمين ب``، ``بحق``) tell which case, within :data:`CASE_REACH` words."""
CASE_REACH = 5
"""How many words after a word naming a case its name may lie."""
CAUSE_REACH = 8
"""How many words after a toll's word (``قتلى``: ``lang/ar/triggers.yaml``'s ``tolls``) the
happening it names as its cause may lie (``قتل جندي تركي وأصيب آخر إثر انفجار لغم``; past the
count, the victims and a place: ``قتل ثلاثة جنود في منطقة جبلية عقب استهداف عربتهم``; 6 words
missed that, and 8 changed three corpus tolls' cause, all right)."""
TOLD_FOR_BEFORE = 3
"""How many words before a word of :func:`told_for`, in its stretch, a verb of outcome whose subject
it is may stand (``نجحت أمس جهود الوساطة``: the verb, the date, the efforts)."""
AFTER_REACH = 8
"""How many words after a word of :func:`told_after` (``بعد``، ``إثر``، ``احتجاجا``) the happening
words of the phrase it opens may lie (``بعد ساعات من الهجوم``، ``بعد مقتل ثلاثة في اشتباكات``),
up to the next mark of punctuation."""
TRANSLITERATED = 6
"""Least length of two stems of the batch told apart only by letters outlets write one foreign
sound with (``transliterations`` of ``lang/ar/wording.yaml``: غ/ج anywhere, ت/د past the first
letter of a stem ending in no pronoun) that are read as one name; ``anywhere`` letters from one
letter less (``بوينغ``/``بوينج``). On the 5k corpus's vocabulary: 47 such pairs, 45 one name or
one word (غوارديولا، غوتيريز، سالزبورغ، الكونغرس، كيلوغرام، دوغوبيازيت…), 2 not (تجريب/تغريب،
أجدر/أغادير: rare words)."""
WHOLE_STEM = 3
"""Least length of a listed happening word's stem that keeps a word with it whole (:attr:`Wording.whole`): ``لقاءات``
(``لقاء``), ``وصوله`` (``وصول``) stay whole; with two letters ``بدون`` (``بد`` of ``بدا``) and ``كمان`` (``كم`` of
``كمين``) would too (on the 5k corpus vocabulary: the only wrong changes of the rule at two)."""
_MIN_NUMBER = 100  # numbers below this are mostly leftovers of dates (days, hours)
_YEARS = frozenset(range(1300, 1501)) | frozenset(range(1900, 2101))  # Hijri, Gregorian years


def spelled(word: str) -> str:
    """One spelling of a folded word for comparing words across outlets, which seat the
    hamza differently: ``ءا`` inside a word is ``ا`` (``قرءان`` = ``قرآن``), a ``ي`` before
    the hamza goes (``طوارىء`` = ``طوارئ``, ``شيء`` = ``شئ``) and the seats ``ؤ ئ`` are
    ``ء`` (``مسؤول`` = ``مسئول``). Not one to one: for comparing only, never for offsets."""
    if "ء" not in word and "ئ" not in word and "ؤ" not in word:
        return word
    return _YA_SEAT.sub("", _LONG_A.sub("ا", word)).translate(_SEATS)


@dataclass(frozen=True, slots=True)
class Wording:
    """The word lists of ``lang/<code>/wording.yaml``, folded."""

    stop: frozenset[str]
    time: frozenset[str]
    suffixes: frozenset[str]
    proclitics: str
    spellings: dict[str, str] = field(default_factory=dict)
    complements: frozenset[str] = frozenset()
    aliases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    sounds: dict[str, str] = field(default_factory=dict)
    """Letters one foreign sound is written with, anywhere in a stem, and the one read."""
    sounds_inside: dict[str, str] = field(default_factory=dict)
    """The same past a stem's first letter, in a stem ending in none of :attr:`endings`."""
    endings: tuple[str, ...] = ()
    """``(form, canonical)``: the folded words of a name and of the name the merge reads it as
    (``مجلس النواب`` → ``البرلمان``), the longest forms first."""
    feminine: tuple[str, ...] = ()
    """The pronouns after which a word's ``ت`` may be a feminine noun's ``ة`` (:meth:`stem_table`)."""
    whole: frozenset[str] = frozenset()
    """Folded words and stems never split (:meth:`stem_table`): the happening words
    ``lang/<code>/triggers.yaml`` lists whole (its exact forms, its stems and its sensed words) and
    their stems, whose first letter is a radical that only looks like a proclitic (``لقاء`` is no
    ``ل`` + ``قاء``, ``وافق`` no ``و`` + ``افق``; ``كمينا`` has the stem of ``كمين``)."""

    def words_of(self, name: Sequence[str]) -> tuple[str, ...] | None:
        """The content stems of a name's folded words (:meth:`plain`, :meth:`stem`); None
        when one of them is a function or time word."""
        plain = [self.plain(word) for word in name]
        return None if None in plain else tuple(self.stem(word) for word in plain if word)

    def plain(self, word: str) -> str | None:
        """A folded word without its article; None for a function or time word or a small
        number. A word with the article is a time word when what follows it is one
        (الشهر), never a function word (العند، الامام are names, not عند، امام)."""
        if clitic_prefixes().reads(word, self.stop, least=1):
            return None
        if word.isdecimal():
            number = int(word)
            return None if number < _MIN_NUMBER or number in _YEARS else word
        word = _CLITIC.sub("", word)
        return None if word in self.time or _no_word(word) else word

    def stem(self, word: str) -> str:
        """Light stem (after Larkey's light10): drop the accusative ``ا``, then one
        two-letter suffix, then ``ه``, then ``ي``, each only while at least two letters
        stay; the hamza :func:`spelled` (``ءا`` first: ``القرءان`` as ``القران``; the rest
        last: ``شيئا`` and ``شيء`` → ``شء``); a stem spelled two ways as one
        (``spellings``: ``اميرك`` → ``امريك``)."""
        if word.isdecimal():
            return word
        if "ء" in word:
            word = _LONG_A.sub("ا", word)
        if len(word) > 3 and word[-1] == "ا":
            word = word[:-1]
        if len(word) > 3 and word[-2:] in self.suffixes:
            word = word[:-2]
        if len(word) > 2 and word[-1] == "ه":
            word = word[:-1]
        if len(word) > 2 and word[-1] == "ي":
            word = word[:-1]
        word = spelled(word)
        return self.spellings.get(word, word)

    def plain_column(self, words: pl.Series) -> pl.Series:
        """:meth:`plain` of every word of ``words``, in order: word by word below
        :data:`COLUMNS_FROM` words, from there as columns (:func:`_plain_column`)."""
        if words.len() < COLUMNS_FROM:
            return pl.Series(words.name, [None if w is None else self.plain(w) for w in words.to_list()], pl.String)
        return _plain_column(self, words).rename(words.name)

    def stems(self, tokens: Sequence[str]) -> dict[str, str]:
        """The content stem of each distinct folded token (tokens with none left out):
        :meth:`stem_table` as a dict."""
        if len(tokens) < COLUMNS_FROM:
            return self._stems_by_word(tokens)
        table = self.stem_table(pl.Series("token", tokens, pl.String))
        return dict(zip(table["token"].to_list(), table["stem"].to_list()))

    def stem_table(self, tokens: pl.Series) -> pl.DataFrame:
        """``(token, stem)``: the content stem of each distinct folded token, in order of
        first appearance (tokens with none, and nulls, left out).

        A leading proclitic (at most two) is split off a word only when what remains is,
        stemmed, a word of the batch too: ``وغمرت`` → ``غمرت`` when another token is ``غمرت``;
        never off a word of :attr:`whole` (``لقاء`` stays whole beside ``قاء``; ``ولقاء`` → ``لقاء``).
        So is a feminine noun's ``ة`` written ``ت`` before a pronoun read (:meth:`_feminine`):
        ``جلسته`` → ``جلس`` when another token is ``جلسة``.
        Word by word (:meth:`plain`, :meth:`stem`) for a small vocabulary; from
        :data:`COLUMNS_FROM` distinct tokens the same as columns (:func:`_plain_column`,
        :func:`_stem_column`: polars' fixed cost per step is then less than Python's per word).
        """
        words = tokens.drop_nulls().unique(maintain_order=True)
        if words.len() < COLUMNS_FROM:
            stems = self._stems_by_word(words.to_list())
            return pl.DataFrame({"token": list(stems), "stem": list(stems.values())},
                                schema={"token": pl.String, "stem": pl.String})
        plain = _plain_column(self, words)
        forms = plain.drop_nulls().unique(maintain_order=True)
        stem = _stem_column(self, forms)
        proclitics, known, whole = list(self.proclitics), stem.implode(), listed(self.whole)
        stem = self._feminine_column(forms, stem, known)
        content = pl.DataFrame({"form": forms, "stem": stem, "bare": forms})
        # a proclitic split off (then a second) when the rest's stem is a word's stem
        split = pl.int_range(len(forms), dtype=pl.UInt32, eager=True)
        for _ in range(2):
            bare = content["bare"].gather(split)
            leading = (bare.str.slice(0, 1).is_in(proclitics) & ~bare.is_in(whole)
                       & ~content["stem"].gather(split).is_in(whole))
            split, bare = split.filter(leading), bare.filter(leading).str.slice(1)
            rest = self._feminine_column(bare, _stem_column(self, bare), known)
            found = (rest.str.len_chars() >= 3) & rest.is_in(known)
            split, bare, rest = split.filter(found), bare.filter(found), rest.filter(found)
            if not split.len():
                break
            content = content.with_columns(content["bare"].scatter(split, bare), content["stem"].scatter(split, rest))
        # a name like العند keeps عند: a split that leaves a function word is none
        content = content.filter((pl.col("bare") == pl.col("form")) | ~pl.col("bare").is_in(listed(self.stop)))
        return (
            pl.DataFrame({"token": words, "form": plain})
            .join(content.select("form", "stem"), on="form", maintain_order="left")
            .select("token", "stem")
        )

    def _stems_by_word(self, tokens: Sequence[str]) -> dict[str, str]:
        """:meth:`stem_table` word by word, as a dict."""
        plain = {word: self.plain(word) for word in tokens}
        stems = {word: self.stem(word) for word in set(plain.values()) if word}
        known = set(stems.values())
        if self.feminine:
            stems = {word: self._feminine(word, stem, known) for word, stem in stems.items()}
        content: dict[str, str] = {}
        for word, stem in stems.items():
            bare = word
            for _ in range(2):
                if bare[0] not in self.proclitics or bare in self.whole or stem in self.whole:
                    break
                rest = stems.get(bare[1:]) or self._feminine(bare[1:], self.stem(bare[1:]), known)
                if len(rest) < 3 or rest not in known:
                    break
                bare, stem = bare[1:], rest
            if bare == word or bare not in self.stop:  # a name like العند keeps عند
                content[word] = stem
        return {word: content[p] for word, p in plain.items() if p is not None and p in content}

    def unclitic(self, word: str, known: Container[str], letters: str | None = None) -> str:
        """A folded word without the proclitics (at most two; of ``letters`` only, when given) :meth:`stem_table`
        would split off it, each only when the rest's stem is one of ``known`` (a batch's stems) and never off a
        word of :attr:`whole`: ``ووليد`` → ``وليد`` beside ``وليد``, ``وزير``، ``فيصل`` stay (``زير``، ``يصل`` no words)."""
        bare, letters = word, self.proclitics if letters is None else letters
        for _ in range(2):
            if bare[:1] not in letters or bare in self.whole:
                break
            rest = self.stem(bare[1:])
            if len(rest) < 3 or rest not in known:
                break
            bare = bare[1:]
        return bare

    def _feminine(self, word: str, stem: str, known: Container[str]) -> str:
        """``stem``, or when ``word`` ends in ``ت`` and a pronoun of :attr:`feminine` with at
        least three letters before them (``جلسته``، ``حكومتها``), the stem of the word with ``ة``
        (``جلس``، ``حكوم``) if ``known`` holds it (not ``مؤقتة``, folded ``مؤقته``: ``مؤق`` is no word)."""
        if stem[-1:] != "ت":
            return stem
        for pronoun in self.feminine:
            cut = len(pronoun) + 1
            if len(word) - cut >= 3 and word.endswith("ت" + pronoun):
                noun = self.stem(word[:-cut] + "ه")
                return noun if noun in known else stem
        return stem

    def _feminine_column(self, words: pl.Series, stems: pl.Series, known: pl.Series) -> pl.Series:
        """:meth:`_feminine` of every word (``stems`` their stems; ``known`` the batch's stems,
        imploded), as a column."""
        if not self.feminine or not words.len():
            return stems
        ending = f"ت(?:{'|'.join(self.feminine)})$"
        at = (stems.str.ends_with("ت") & words.str.contains(rf"^\w{{3,}}{ending}")).arg_true()
        if not at.len():
            return stems
        nouns = _stem_column(self, words.gather(at).str.replace(ending, "ه"))
        found = nouns.is_in(known)
        return stems.scatter(at.filter(found), nouns.filter(found))


COLUMNS_FROM = 8000
"""From how many distinct tokens :meth:`Wording.stem_table` works on columns (measured:
the same time at ~7,000 tokens; half the time at 48,000, a 5,000-article build's)."""
_ARABIC_WORD = r"^[\u0621-\u063a\u0641-\u064a]+$"  # letters only (no tatweel, digit or Latin)
_ARTICLE = "^((?:و|ف)?(?:(?:ب|ك|ل)?ال|لل))"  # _CLITIC without its lookahead
_CLITICS = "^" + clitic_prefixes().loose  # و ف, a preposition, the article: what a token may begin with


def _no_word(word: str) -> bool:
    """Whether a folded word, its article off, is only clitics written apart from their word before
    a tatweel (``بـ“تويتر”``، ``لـ«داعش»``، ``الـ23``: ``ب``، ``ل``، ``ال``) or a one-letter initial
    (``د.`` for a doctor): one letter, a conjunction and a preposition (``ولـ``) or a digit (``و5``), or the
    article alone; a word of two letters opening on a conjunction's letter is a word (``فن``، ``فض``، ``ود``)."""
    clitics = clitic_prefixes()
    bare = word[1:] if word[:1] in clitics.conjunctions else word
    return len(word) < 2 or len(bare) < 2 and not bare.isalpha() or bare in clitics.prepositions \
        or bare in (clitics.article, clitics.lam_article)


def _plain_column(wording: Wording, words: pl.Series) -> pl.Series:
    """:meth:`Wording.plain` of every word, as a column: words of Arabic letters alone as
    polars expressions, the others (numbers, Latin, a word the article would leave with
    fewer than two letters, where ``_CLITIC``'s lookahead decides, a word of one or two letters,
    which may be :func:`_no_word`'s) word by word."""
    stop = listed(wording.stop)
    word = pl.col("word")
    article = word.str.extract(_ARTICLE, 1).str.len_chars().fill_null(0)
    frame = words.to_frame("word").select(
        word,
        (~word.str.contains(_ARABIC_WORD) | ((article > 0) & (word.str.len_chars() - article < 2))
         | (word.str.len_chars() < 3)).alias("hard"),  # (a word of one or two letters: _no_word's, word by word)
        pl.when(word.is_in(stop) | (word.str.slice(0, 1).is_in(clitic_prefixes().conjunctions) & word.str.slice(1).is_in(stop)))
        .then(None).otherwise(word.str.slice(article)).alias("plain"),
    ).with_columns(pl.when(pl.col("plain").is_in(listed(wording.time))).then(None).otherwise("plain").alias("plain"))
    return _by_word(frame, wording.plain)


def _stem_column(wording: Wording, words: pl.Series) -> pl.Series:
    """:meth:`Wording.stem` of every word, as a column: words of Arabic letters without a
    hamza as polars expressions, the others word by word."""
    suffixes = listed(wording.suffixes)
    frame = words.to_frame("word").with_columns(
        (~pl.col("word").str.contains(_ARABIC_WORD) | pl.col("word").str.contains("[ءئؤ]")).alias("hard"),
        pl.col("word").alias("plain"),
    )
    stem = pl.col("plain")
    size = stem.str.len_chars()
    # each step on what the one before left: (longer than, ending, letters dropped)
    for longer, ending, drop in ((3, stem.str.ends_with("ا"), 1), (3, stem.str.slice(-2).is_in(suffixes), 2),
                                 (2, stem.str.ends_with("ه"), 1), (2, stem.str.ends_with("ي"), 1)):
        frame = frame.with_columns(
            pl.when((size > longer) & ending).then(stem.str.slice(0, size - drop)).otherwise(stem))
    if wording.spellings:
        frame = frame.with_columns(pl.col("plain").replace(wording.spellings))
    return _by_word(frame, wording.stem)


def _by_word(frame: pl.DataFrame, one: Callable[[str], str | None]) -> pl.Series:
    """``frame``'s ``plain`` column, with ``one(word)`` on the rows marked ``hard``."""
    out = frame["plain"]
    hard = frame["hard"].arg_true()
    if hard.len():
        out = out.scatter(hard, pl.Series([one(w) for w in frame["word"].gather(hard).to_list()], dtype=pl.String))
    return out


def _letters(value: object, where: str) -> dict[str, str]:
    """A mapping of single letters (folded) to the letter each is read as."""
    value = value or {}
    if not isinstance(value, dict) or any(len(fold(str(k))) != 1 or len(fold(str(v))) != 1 for k, v in value.items()):
        raise LanguageDataError(f"{where}: a mapping of one letter to one letter, not {value!r}")
    return {fold(str(k)): fold(str(v)) for k, v in value.items()}


@functools.lru_cache(maxsize=None)
def load_wording(code: str = "ar") -> Wording:
    """Read ``lang/<code>/wording.yaml`` (cached: read once)."""
    where = f"timeline.lang.{code}/wording.yaml"
    data = load_language_yaml(code, "wording.yaml")
    try:
        time = frozenset(fold(str(w)) for w in data["time_words"])
        stop = frozenset(fold(str(w)) for w in data["function_words"]) | time
        suffixes = frozenset(fold(str(s)) for s in data["suffixes"])
        proclitics = clitic_prefixes(code).letters
        spellings = {fold(str(k)): fold(str(v)) for k, v in (data.get("spellings") or {}).items()}
        complements = frozenset(fold(str(w)) for w in data.get("complements") or [])
        aliases = _aliases(data.get("aliases") or {}, where)
        sounds = data.get("transliterations") or {}
        if not isinstance(sounds, dict):
            raise LanguageDataError(f"{where}: transliterations: a mapping, not {sounds!r}")
        anywhere, inside = (_letters(sounds.get(key), f"{where}: transliterations: {key}")
                            for key in ("anywhere", "inside"))
        endings = sounds.get("endings") or []
        if not isinstance(endings, list):
            raise LanguageDataError(f"{where}: transliterations: endings: a list, not {endings!r}")
        endings = tuple(fold(str(e)) for e in endings)
        feminine = tuple(sorted({fold(str(p)) for p in data.get("feminine_pronouns") or []},
                                key=lambda p: (-len(p), p)))
        plurals = data.get("plurals") or {}
        if not isinstance(plurals, dict):
            raise LanguageDataError(f"{where}: plurals: a mapping, not {plurals!r}")
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"{where}: {exc}") from exc
    wording = Wording(stop, time, suffixes, proclitics, spellings, complements, aliases, anywhere, inside, endings,
                      feminine)
    if plurals:
        # a broken plural is read as its singular's stem (قنابل → قنبل, as قنبلة): stems as the stemmer makes them
        wording = replace(wording, spellings={**spellings, **{wording.stem(fold(str(p))): wording.stem(fold(str(s)))
                                                              for s, p in plurals.items()}})
    triggers = load_triggers(code)
    listed_whole = {*triggers.exact, *triggers.prefixes, *triggers.senses}
    stems = {wording.stem(word) for word in listed_whole}  # a stem of two letters (كم of كمين، بد of بدا) is others' too
    return replace(wording, whole=frozenset(listed_whole | {stem for stem in stems if len(stem) >= WHOLE_STEM}))


def _aliases(data: object, where: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """``aliases`` of ``wording.yaml`` as ``(form, canonical)`` folded word tuples, the longest
    form first; a form needs at least as many words as its canonical name."""
    if not isinstance(data, dict):
        raise LanguageDataError(f"{where}: aliases: a mapping of names to lists of forms, not {data!r}")
    out = []
    for name, forms in data.items():
        canonical = tuple(re.findall(_TOKEN, fold(str(name))))
        if not isinstance(forms, list):
            raise LanguageDataError(f"{where}: aliases: {name}: a list of forms, not {forms!r}")
        for form in forms:
            words = tuple(re.findall(_TOKEN, fold(str(form))))
            if len(words) < len(canonical):
                raise LanguageDataError(f"{where}: aliases: {name}: {form!r} has fewer words than its name")
            out.append((words, canonical))
    return tuple(sorted(out, key=lambda alias: -len(alias[0])))


@functools.lru_cache(maxsize=None)
def told_by_object(code: str = "ar") -> frozenset[str]:
    """The happening classes whose word alone does not tell one happening from another and
    what it governs does (``told_by_object`` in ``lang/<code>/actors.yaml``: who arrives,
    ``وصل الملك`` and ``وصل كيري``), each a class of ``triggers.yaml`` (cached)."""
    return _class_list(code, "actors.yaml", "told_by_object")


class _WhoActs(NamedTuple):
    """Who does a clause's happening (``who_acts`` in ``lang/<code>/actors.yaml``)."""

    classes: frozenset[str]  # happenings told by who does them (a strike, a vote)
    resumed: tuple[str, ...]  # what takes a saying's subject up again (أنها): it does what is said


@functools.lru_cache(maxsize=None)
def who_acts(code: str = "ar") -> _WhoActs:
    """The happening classes told by who does them and the words after which a saying's subject
    does what it says (``who_acts`` in ``lang/<code>/actors.yaml``; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    spec = (data.get("who_acts") or {}) if isinstance(data, dict) else None
    classes = spec.get("classes") if isinstance(spec, dict) else None
    resumed = spec.get("resumed") if isinstance(spec, dict) else None
    if not isinstance(classes, list) or not isinstance(resumed, list) \
            or not all(isinstance(w, str) and w.strip() for w in resumed):
        raise LanguageDataError(f"{where}: who_acts: a mapping of classes and resumed (lists), not {spec!r}")
    return _WhoActs(_known_classes(classes, code, f"{where}: who_acts: classes"), _folded(resumed))


_Sides = tuple[frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@functools.lru_cache(maxsize=None)
def case_markers(code: str = "ar") -> tuple[str, ...]:
    """The folded words after which a clause names a case (``cases`` of
    ``lang/<code>/wording.yaml``; cached)."""
    return _word_list(code, "cases")


@functools.lru_cache(maxsize=None)
def case_stops(code: str = "ar") -> tuple[str, ...]:
    """The folded connectives that, right after a word naming a case, open another clause: the
    word names no case there (``case_stops`` of ``lang/<code>/wording.yaml``; cached)."""
    return _word_list(code, "case_stops")


@functools.lru_cache(maxsize=None)
def told_by_case(code: str = "ar") -> frozenset[str]:
    """The happening classes a case tells apart (``told_by_case`` of ``lang/<code>/wording.yaml``:
    a court's hearings and sentences; a bombing's ``بحق المدنيين`` names its victims), each a
    class of ``triggers.yaml`` (cached)."""
    return _class_list(code, "wording.yaml", "told_by_case")


def _class_list(code: str, file: str, key: str) -> frozenset[str]:
    """List ``key`` of ``lang/<code>/<file>``: happening classes of ``triggers.yaml``; anything
    else is a :class:`LanguageDataError` naming the file and field."""
    where = f"timeline.lang.{code}/{file}"
    data = load_language_yaml(code, file)
    classes = (data.get(key) or []) if isinstance(data, dict) else None
    if not isinstance(classes, list):
        raise LanguageDataError(f"{where}: {key}: a list of happening classes, not {classes!r}")
    return _known_classes(classes, code, f"{where}: {key}")


@functools.lru_cache(maxsize=None)
def consequences(code: str = "ar") -> tuple[str, ...]:
    """The folded nouns after which a happening word names a happening told before by what
    followed it (``consequences`` of ``lang/<code>/wording.yaml``: ``مصابي تفجير``; cached)."""
    return _word_list(code, "consequences")


@functools.lru_cache(maxsize=None)
def announcers(code: str = "ar") -> tuple[str, ...]:
    """The folded verbs of announcing (``announcers`` of ``lang/<code>/wording.yaml``: ``أعلنت … عن
    تحطم طائرة``; cached)."""
    return _word_list(code, "announcers")


ANNOUNCER_REACH = 6
"""Most words from a verb of announcing (:func:`announcers`) to the happening word after عن it announces."""


@functools.lru_cache(maxsize=None)
def ahead(code: str = "ar") -> tuple[str, ...]:
    """The folded adjectives of expectation and their feminines (``ahead`` of ``lang/<code>/wording.yaml``:
    ``اللقاء المرتقب``، ``القمة المقررة``): a happening word they follow is announced as ahead; cached."""
    return tuple(form for word in _word_list(code, "ahead") for form in feminine(word))


AHEAD_REACH = 2
"""Most words from a happening word to the adjective of expectation (:func:`ahead`) that tells it ahead."""


@functools.lru_cache(maxsize=None)
def doers(code: str = "ar") -> tuple[str, ...]:
    """The folded verbs after a happening word that name who did it (``doers`` of
    ``lang/<code>/wording.yaml``: ``هجوم نفذه حزب العمال``): what the word governs ends there
    (cached)."""
    return _word_list(code, "doers")


@functools.lru_cache(maxsize=None)
def since(code: str = "ar") -> tuple[str, ...]:
    """The folded words after which a happening word names the start of what is still going on
    (``since`` of ``lang/<code>/wording.yaml``: ``منذ بدء عمليات التحالف``; cached)."""
    return _word_list(code, "since")


@functools.lru_cache(maxsize=None)
def means(code: str = "ar") -> dict[str, tuple[str, ...]]:
    """By class of happening, the folded words telling how a toll's victims were killed or hurt
    (``means`` of ``lang/<code>/wording.yaml``: ``قتل طفل حرقا``، ``أصيب جنديان بزرع ألغام``): a toll
    whose clause holds one is read with that class as its cause; cached."""
    where = f"timeline.lang.{code}/wording.yaml: means"
    data = load_language_yaml(code, "wording.yaml")
    found = (data.get("means") or {}) if isinstance(data, dict) else None
    if not isinstance(found, dict):
        raise LanguageDataError(f"{where}: words by class, not {found!r}")
    groups = load_triggers(code).groups
    out = {}
    for cls, words in found.items():
        if str(cls) not in groups:
            raise LanguageDataError(f"{where}: unknown class {cls!r}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip("*") for w in words):
            raise LanguageDataError(f"{where}: {cls}: a list of words, not {words!r}")
        out[str(cls)] = _folded(words)
    return out


@functools.lru_cache(maxsize=None)
def causes(code: str = "ar") -> tuple[str, ...]:
    """The folded words after which a happening word names what caused a toll told before it
    (``causes`` of ``lang/<code>/wording.yaml``: ``قتلوا إثر انهيار مبنى``، ``حصيلة ضحايا
    الهجوم``; cached)."""
    return _word_list(code, "causes")


@functools.lru_cache(maxsize=None)
def told_after(code: str = "ar") -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The folded words opening a phrase that names another happening than its clause's own
    (``told_after`` of ``lang/<code>/wording.yaml``: ``بعد مقتل ثلاثة``، ``إثر الهجوم``،
    ``احتجاجا على اعتقال``), those right after one that make it none (``بعد ذلك``) and those
    right before one that make it its clause's own (``كان جراء تفجير``; cached)."""
    return _word_list(code, "told_after"), _word_list(code, "told_after_not"), _word_list(code, "told_after_is")


@functools.lru_cache(maxsize=None)
def told_for(code: str = "ar") -> tuple[str, ...]:
    """The folded words opening a phrase that names an aim, what is sought and has not happened
    (``told_for`` of ``lang/<code>/wording.yaml``: ``من أجل إطلاق سراحها``، ``لبحث جهود الإفراج``):
    read as :func:`told_after`'s, but a happening word inside gives its clause no class (cached)."""
    return _word_list(code, "told_for")


@functools.lru_cache(maxsize=None)
def told_for_not(code: str = "ar") -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """When a word of :func:`told_for` opens no aim: the word as written (after و ف, ب ل ك) and the folded
    word right after it, joined by a space (``told_for_not``: ``بهدف نظيف``، a goal); the forms of the
    verbs of outcome (``told_for_done``, their persons derived, after و ف) that make its phrase what
    happened (``نجحت جهود الوساطة في إطلاق سراح الرهائن``); the words that open one only right after
    another (``told_for_only_after``, written bare or after و ف: ``أجل``، ``وأجل``) and those pairs, the
    word before first (``من أجل``، ``ومن أجل``; not ``أجل المجلس التصويت``, postponed; cached)."""
    where = f"timeline.lang.{code}/wording.yaml"
    data = load_language_yaml(code, "wording.yaml")
    tables = [data.get(key) or {} for key in ("told_for_not", "told_for_only_after")]
    for key, table in zip(("told_for_not", "told_for_only_after"), tables):
        if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
            raise LanguageDataError(f"{where}: {key}: openers and their words, not {table!r}")
    scores, only_after = tables
    conjunctions = ("", *clitic_prefixes(code).conjunctions)  # و ف, or none
    pairs = {f"{form} {after}" for opener, words in scores.items() for form in _with_clitics(fold(str(opener)))
             for after in _folded(words)}
    done = {c + form for verb in _word_list(code, "told_for_done") for form in verb_forms(verb) | {verb}
            for c in conjunctions}
    bare = {c + fold(str(opener)): opener for opener in only_after for c in conjunctions}
    allowed = {f"{c + before} {form}" for form, opener in bare.items() for before in _folded(only_after[opener])
               for c in conjunctions}
    return frozenset(pairs), frozenset(done), frozenset(bare), frozenset(allowed)


@functools.lru_cache(maxsize=None)
def duals(code: str = "ar") -> tuple[tuple[tuple[str, str], ...], re.Pattern[str]]:
    """The folded endings of a noun in the dual with its singular's end (longest first), and
    a pattern of what the word less its ending may not end or begin with (``duals`` of
    ``lang/<code>/wording.yaml``; cached)."""
    where = f"timeline.lang.{code}/wording.yaml: duals"
    data = load_language_yaml(code, "wording.yaml")
    spec = data.get("duals") if isinstance(data, dict) else None
    endings = spec.get("endings") if isinstance(spec, dict) else None
    if not isinstance(spec, dict) or not isinstance(endings, dict) \
            or not all(isinstance(k, str) and k and isinstance(v, str) for k, v in endings.items()):
        raise LanguageDataError(f"{where}: endings: a mapping of endings to singular ends, not {endings!r}")
    after, before = (spec.get(key) or [] for key in ("not_after", "not_before"))
    if not all(isinstance(w, list) and all(isinstance(x, str) and x for x in w) for w in (after, before)):
        raise LanguageDataError(f"{where}: not_after, not_before: lists of letters")
    pairs = tuple(sorted(((fold(k), fold(v)) for k, v in endings.items()), key=lambda kv: -len(kv[0])))
    clitics = "|".join(clitic_prefixes(code).letters)
    parts = [f"(?:{'|'.join(_folded(after))})$"] if after else []
    if before:
        parts.append(f"^(?:{clitics})?(?:ال)?(?:{'|'.join(_folded(before))})")
    return pairs, re.compile("|".join(parts) or r"(?!)")


def _dual_words(tokens: pl.Series, lexicon: TriggerLexicon) -> pl.Series:
    """The folded ``tokens`` that are a happening word in the dual (:func:`duals`): انفجارين،
    الهجومين."""
    endings, unlike = duals()
    ends = tokens.filter(tokens.str.contains(f"(?:{'|'.join(e for e, _ in endings)})$"))
    found = []
    for token in ends.to_list():
        for ending, end in endings:
            if token.endswith(ending):
                stem = token[:-len(ending)]
                kind = lexicon.word_class(stem + end) if len(stem) > 2 and not unlike.search(stem) else None
                if kind is not None and lexicon.word_class(token) in (None, kind):
                    found.append(token)
                break
    return pl.Series(found, dtype=pl.String)


def _word_list(code: str, key: str) -> tuple[str, ...]:
    """The folded words of list ``key`` of ``lang/<code>/wording.yaml`` (a trailing ``*`` for a
    beginning); anything else is a :class:`LanguageDataError` naming the field."""
    where = f"timeline.lang.{code}/wording.yaml"
    data = load_language_yaml(code, "wording.yaml")
    words = (data.get(key) or []) if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip("*") for w in words):
        raise LanguageDataError(f"{where}: {key}: a list of words, not {words!r}")
    return _folded(words)


@functools.lru_cache(maxsize=None)
def not_tolls(code: str = "ar") -> frozenset[str]:
    """The folded words after which a count is none of the happening's (``not_tolls`` of
    ``lang/<code>/wording.yaml``: a distance, an area, the places it spans; with each
    singular's accusative, ``كيلومترا``, unless that is a function word: ``كما`` is no كم); cached."""
    words = _word_list(code, "not_tolls")
    accusative = {w + "ا" for w in words if w[-1] not in "اهيى"} - set(_word_list(code, "function_words"))
    return frozenset(words) | accusative


@functools.lru_cache(maxsize=None)
def not_counts(code: str = "ar") -> frozenset[str]:
    """The folded words after which a number counts nothing of the happening's: :func:`not_tolls`
    and the time units the grammar knows (``units.yaml``: «30 دقيقة»، «35 عاما»: a duration, an
    age), less a unit that is also a counted noun (``signed_after``: عقود are contracts too); cached."""
    lex = load_lexicon(code)
    return not_tolls(code) | frozenset(form for form, (unit, _) in lex.units.items()
                                       if unit not in lex.unit_signed_after)


@functools.lru_cache(maxsize=None)
def versioned(code: str = "ar") -> tuple[str, ...]:
    """The folded names after which a number is a version's or a model's, not a count
    (``versioned`` of ``lang/<code>/wording.yaml``: «ويندوز 10»، «النسخة 10»); cached."""
    return _word_list(code, "versioned")


@functools.lru_cache(maxsize=None)
def measures(code: str = "ar") -> dict[str, str]:
    """Each folded form of a noun naming what a market report tells moving (``measures`` of
    ``lang/<code>/wording.yaml``: a price, an index, a count of rigs), with the thing it names: the
    noun, with the article, a feminine's plural in ات (منصة → منصات), and the clitics (لخام، وبرنت);
    a name of ``not_measures`` and a verb of ``measure_verbs`` before its words (``اسهم في``) name none
    (:data:`NO_MEASURE`); cached."""
    where = f"timeline.lang.{code}/wording.yaml"
    data = load_language_yaml(code, "wording.yaml")
    things = (data.get("measures") or {}) if isinstance(data, dict) else None
    if not isinstance(things, dict) or not all(isinstance(nouns, list) and nouns for nouns in things.values()):
        raise LanguageDataError(f"{where}: measures: a mapping of things to lists of nouns, not {things!r}")
    article = clitic_prefixes(code).article
    forms: dict[str, str] = {}
    named_apart = data.get("not_measures") or []
    if not isinstance(named_apart, list) or not all(isinstance(name, str) for name in named_apart):
        raise LanguageDataError(f"{where}: not_measures: a list of names, not {named_apart!r}")
    verbs = data.get("measure_verbs") or {}
    if not isinstance(verbs, dict) or not all(isinstance(after, list) for after in verbs.values()):
        raise LanguageDataError(f"{where}: measure_verbs: a mapping of verbs to lists of words, not {verbs!r}")
    # a measure's noun that is a verb before these words (أسهم في): no thing ("")
    for verb, after in verbs.items():
        for conjunction in ("", *clitic_prefixes(code).conjunctions):
            forms.update((f"{conjunction}{fold(str(verb))} {fold(str(word))}", NO_MEASURE) for word in after)
    # a name of two words naming no measure though its first word does (مؤشر الدولار): no thing ("")
    for thing, nouns in ((NO_MEASURE, named_apart), *things.items()):
        for noun in map(fold, map(str, nouns)):
            plural = [noun[:-1] + "ات"] if noun.endswith("ه") else []
            for bare in (noun, *plural):
                for written in (form for told in ((bare,) if bare.startswith(article) else (bare, article + bare))
                                for form in _with_clitics(told, code)):
                    forms.setdefault(written, fold(str(thing)))
    return forms


NO_MEASURE = ""
"""The thing :func:`measures` gives a name of ``not_measures`` (``مؤشر الدولار``): none."""


@functools.lru_cache(maxsize=None)
def measures_aside(code: str = "ar") -> frozenset[str]:
    """The folded words (with their clitics) after which, one or two words on, a measure is named in
    passing (``measures_aside`` of ``lang/<code>/wording.yaml``: «رغم تراجع النفط، ارتفعت الأسهم»); cached."""
    return frozenset(form for word in _word_list(code, "measures_aside") for form in (word, *_with_clitics(word, code)))


@functools.lru_cache(maxsize=None)
def told_by_sides(code: str = "ar") -> _Sides:
    """The happening classes and the folded words (a trailing ``*`` for a beginning) that
    name a meeting or a reception, told apart by who meets, the words after which a clause
    names no more who meets, and the words of its formula that name no one
    (``told_by_sides`` in ``lang/<code>/actors.yaml``; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    sides = (data.get("told_by_sides") or {}) if isinstance(data, dict) else None
    if not isinstance(sides, dict):
        raise LanguageDataError(f"{where}: told_by_sides: a mapping of classes and words, not {sides!r}")
    classes, words, ends, unnamed = (sides.get(key) or [] for key in ("classes", "words", "ends", "unnamed"))
    for name, value in (("classes", classes), ("words", words), ("ends", ends), ("unnamed", unnamed)):
        if not isinstance(value, list):
            raise LanguageDataError(f"{where}: told_by_sides: {name}: a list, not {value!r}")
    return _known_classes(classes, code, f"{where}: told_by_sides: classes"), _folded(words), _folded(ends), \
        _folded(unnamed)


class _Bodies(NamedTuple):
    classes: frozenset[str]  # the happening classes a body's session or decision is told with
    opening: int  # among how many opening words the body must be named
    forms: tuple[tuple[tuple[str, ...], str], ...]  # each folded form's words and its body, longest first


@functools.lru_cache(maxsize=None)
def bodies(code: str = "ar") -> _Bodies:
    """The bodies that sit and decide (a cabinet, a parliament) and the classes their sessions
    and decisions are told with (``bodies`` in ``lang/<code>/actors.yaml``; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    spec = (data.get("bodies") or {}) if isinstance(data, dict) else None
    names = spec.get("names") if isinstance(spec, dict) else None
    if not isinstance(spec, dict) or not isinstance(names, dict) or not isinstance(spec.get("opening", 0), int):
        raise LanguageDataError(f"{where}: bodies: a mapping of classes, opening and names, not {spec!r}")
    forms = [(tuple(form.split()), fold(str(body))) for body, listed_forms in names.items()
             for form in _folded(listed_forms or [])]
    return _Bodies(_known_classes(spec.get("classes") or [], code, f"{where}: bodies: classes"),
                   int(spec.get("opening", 0)), tuple(sorted(forms, key=lambda f: -len(f[0]))))


def body_named(clause: str, code: str = "ar") -> str | None:
    """The body a clause names as who does its happening (:func:`bodies`: one of its forms
    begins among the clause's opening words, after و or ف), with the country its adjective
    after it names (``حكومه عراق`` for ``تعقد الحكومة العراقية``; ``حكومه`` alone without one);
    ``None`` when it names none there."""
    spec = bodies(code)
    tokens = re.findall(r"\w+", fold(clause or ""))
    for at in range(min(spec.opening, len(tokens))):
        for words, body in spec.forms:
            first = tokens[at]
            if first not in (words[0], "و" + words[0], "ف" + words[0]) or tuple(tokens[at + 1:at + len(words)]) != words[1:]:
                continue
            after = tokens[at + len(words)] if at + len(words) < len(tokens) else ""
            country = re.fullmatch(r"ال(\w{2,}?)(?:يه|ي)", after)
            return f"{body} {country.group(1)}" if country else body
    return None


def _known_classes(classes: Sequence[object], code: str, where: str) -> frozenset[str]:
    """``classes`` as a set of happening classes of ``triggers.yaml``; an unknown one is an
    error at ``where``."""
    known = set(load_triggers(code).groups)
    unknown = sorted(str(c) for c in classes if str(c) not in known)
    if unknown:
        raise LanguageDataError(f"{where}: unknown classes {unknown}")
    return frozenset(str(c) for c in classes)


def _folded(words: Sequence[object]) -> tuple[str, ...]:
    return tuple(fold(str(w)) for w in words)


@functools.lru_cache(maxsize=None)
def told_apart(code: str = "ar") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns of a folded clause's opening (after و or ف): one with what tells another
    happening than those told before it in its article (``told_apart``, ``separate_incidents``,
    ``aside`` and ``meanwhile`` of ``lang/<code>/event_dates.yaml``: ``كما استهدف``، ``وفي حادث
    منفصل``، ``إلى ذلك``), one with what opens a thread beside the article's (its ``simultaneous``,
    ``background_openers`` and ``thread_breaks``: ``فيما تستمر``، ``وكان``، ``من جانبه``); cached."""
    where = f"timeline.lang.{code}/event_dates.yaml"
    data = load_language_yaml(code, "event_dates.yaml")
    try:
        incidents = data["separate_incidents"]
        nouns = {form for noun in map(str, incidents["nouns"]) for form in (fold(noun), *dual(noun))}
        kinds = {form for word in map(str, incidents["words"]) for one in feminine(word) for form in (one, *dual(one))}
        other = {fold(str(p)) for key in ("told_apart", "aside", "meanwhile") for p in data[key]}
        beside = {fold(str(p)) for p in (*data["simultaneous"], *data["background_openers"], *thread_breaks(data))}
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"{where}: {exc}") from exc
    noun_re, kind_re, other_re, beside_re = (trie_regex(forms, cache=None) for forms in (nouns, kinds, other, beside))
    conj = clitic_prefixes(code).conjunction
    return (re.compile(rf"\W*{conj}?(?:في\s+{noun_re}\s+{kind_re}|{other_re})(?!\w)"),
            re.compile(rf"\W*{conj}?{beside_re}(?!\w)"))


@functools.lru_cache(maxsize=None)
def lead_cues(code: str = "ar") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns of a folded clause: a roundup's several fronts or places (``roundups`` of
    ``lang/<code>/event_dates.yaml``: ``في عدد من جبهات``، ``في عدة مناطق``) and a purpose (its
    ``purpose: aims``, glued to ل or لل or after بهدف / من أجل: ``لتفادي``، ``للمطالبة``); cached."""
    where = f"timeline.lang.{code}/event_dates.yaml"
    data = load_language_yaml(code, "event_dates.yaml")
    try:
        roundups = {fold(str(p)) for p in data["roundups"]}
        purposes = {fold(str(p)) for p in data["purpose"]["aims"]}
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"{where}: {exc}") from exc
    spaced, nouns = trie_regex(roundups, cache=None), trie_regex(purposes, cache=None)
    conj = clitic_prefixes(code).conjunction
    return (re.compile(rf"(?<!\w){conj}?{spaced}\s+(?:ال)?(?P<counted>\w+)"),
            re.compile(rf"(?<!\w)(?:{conj}?(?:لل|ل)|(?:بهدف|من\s+اجل)\s+(?:ال)?){nouns}(?!\w)"))


def sums_up(folded: str) -> bool:
    """Whether a folded clause names several fronts or places at once (a roundup's lead,
    :func:`lead_cues`: ``في عدد من جبهات القتال``), not several units of time (``في عدة أشهر``)."""
    units = load_lexicon().units
    return any(m.group("counted") not in units for m in lead_cues()[0].finditer(folded))


@functools.lru_cache(maxsize=None)
def clubs(code: str = "ar") -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...]]:
    """The words that make a clause one of football (a trailing ``*`` for a beginning),
    each folded form of a club's name (written with the article when the text needs it)
    with its club, and the words after which a club is the other side of a match (``clubs``
    in ``lang/<code>/actors.yaml``; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    teams = (data.get("clubs") or {}) if isinstance(data, dict) else None
    if not isinstance(teams, dict):
        raise LanguageDataError(f"{where}: clubs: a mapping of cues and names, not {teams!r}")
    cues, names = teams.get("cues") or [], teams.get("names") or {}
    if not isinstance(cues, list):
        raise LanguageDataError(f"{where}: clubs: cues: a list, not {cues!r}")
    if not isinstance(names, dict) or not all(isinstance(forms, list) for forms in names.values()):
        raise LanguageDataError(f"{where}: clubs: names: a mapping of clubs to lists of forms, not {names!r}")
    opponents = teams.get("opponents") or []
    if not isinstance(opponents, list):
        raise LanguageDataError(f"{where}: clubs: opponents: a list, not {opponents!r}")
    return _folded(cues), {
        written: fold(str(club)) for club, forms in names.items() for form in forms
        for written in _with_clitics(fold(str(form)))}, _folded(opponents)


@functools.lru_cache(maxsize=None)
def cues_not_before(code: str = "ar") -> tuple[str, ...]:
    """The words after which a word of football of :func:`ranked_cues` is none (``clubs:
    not_before`` in ``lang/<code>/actors.yaml``: "الفريق أول"، "الفريق الركن" a general's rank,
    "فريق العمل" a working group), and the common given names (``surname_before`` of the
    lexicon: "الفريق محمد") but those that folded are a function word (``علي`` is ``على``:
    "حافظ الفريق على"; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    teams = (data.get("clubs") or {}) if isinstance(data, dict) else {}
    words = teams.get("not_before") or [] if isinstance(teams, dict) else []
    if not isinstance(words, list):
        raise LanguageDataError(f"{where}: clubs: not_before: a list, not {words!r}")
    stop = load_wording(code).stop
    return _folded(words) + tuple(sorted(name for name in load_lexicon().surname_before if name not in stop))


@functools.lru_cache(maxsize=None)
def ranked_cues(code: str = "ar") -> tuple[str, ...]:
    """The words of football that are also a rank or a team of another trade (``clubs:
    not_before_cues`` in ``lang/<code>/actors.yaml``: "الفريق"), the only ones
    :func:`cues_not_before` reads (a player's name follows "اللاعب"; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    teams = (data.get("clubs") or {}) if isinstance(data, dict) else {}
    words = teams.get("not_before_cues") or [] if isinstance(teams, dict) else []
    if not isinstance(words, list):
        raise LanguageDataError(f"{where}: clubs: not_before_cues: a list, not {words!r}")
    return _folded(words)


def _football(positions: pl.DataFrame, vocabulary: pl.Series, cues: Sequence[str]) -> pl.Series:
    """The clauses (``c``) holding a word of football (``cues``) but one of :func:`ranked_cues`
    that a word of :func:`cues_not_before` follows ("استقبل الفريق أول …" tells of a general,
    not a team; "اللاعب محمد" of a player)."""
    after = (_among(vocabulary, ranked_cues())
             & beside("token", -1).is_in(list(cues_not_before())).fill_null(False))
    return positions.filter(_among(vocabulary, cues), ~after)["c"].unique()


class _Matches(NamedTuple):
    """A match as a happening (``matches`` in ``lang/<code>/actors.yaml``)."""

    label: str | None  # the class a match's reports take (None: no matches read)
    words: tuple[str, ...]  # words naming or playing a match (folded; ``*`` a beginning)
    cues: tuple[str, ...]  # words making a clause one of football besides the clubs' cues
    reach: int  # how many words after a match word its date may stand
    not_after: tuple[str, ...]  # words after which a match word is background
    not_before: tuple[str, ...] = ()  # words up to ``not_before_reach`` after a match word naming none (يلعب دورا)
    not_before_reach: int = 0  # how many words after a match word one of ``not_before`` may stand


@functools.lru_cache(maxsize=None)
def matches(code: str = "ar") -> _Matches:
    """The words that name a match a date may follow (``matches`` in
    ``lang/<code>/actors.yaml``; cached)."""
    where = f"timeline.lang.{code}/actors.yaml"
    data = load_language_yaml(code, "actors.yaml")
    found = (data.get("matches") or {}) if isinstance(data, dict) else None
    if not isinstance(found, dict):
        raise LanguageDataError(f"{where}: matches: a mapping of class, words, cues and reach, not {found!r}")
    label, words, cues = found.get("class"), found.get("words") or [], found.get("cues") or []
    reach, not_after, not_before = found.get("reach", 0), found.get("not_after") or [], found.get("not_before") or []
    role_reach = found.get("not_before_reach", 0)
    for name, value in (("words", words), ("cues", cues), ("not_after", not_after), ("not_before", not_before)):
        if not isinstance(value, list):
            raise LanguageDataError(f"{where}: matches: {name}: a list, not {value!r}")
    for name, count in (("reach", reach), ("not_before_reach", role_reach)):
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise LanguageDataError(f"{where}: matches: {name}: a count of words, not {count!r}")
    return _Matches(str(label) if label else None, _folded(words), _folded(cues), reach, _folded(not_after),
                    _folded(not_before), role_reach)


def _with_clitics(form: str, code: str = "ar") -> list[str]:
    """A folded word as the text may write it: after each prefix of :func:`timeline.lexicon.clitic_prefixes`
    but the article (و or ف, then ب ك or ل), ل and the article making ``lam_article`` (للهلال)."""
    clitics = clitic_prefixes(code)
    lam = clitics.lam_article[:1]
    definite = form.startswith(clitics.article)
    return sorted(p[:-1] + clitics.lam_article + form[len(clitics.article):] if definite and p.endswith(lam) else p + form
                  for p in clitics.prefixes(article=False))


def _words_pattern(words: Sequence[str], *, article: bool = True) -> str:
    """A regular expression for a token that is one of the folded ``words`` (a trailing
    ``*`` for a beginning), after و ف, ب ل ك and (``article``) the article; none for no words
    (not the bare clitics): :func:`timeline.lexicon.clitic_prefixes`, ل and the article as لل."""
    if not words:
        return "^$"  # no token is empty
    exact = [re.escape(w) for w in words if not w.endswith("*")]
    # the beginnings share one \w* (the same tokens match: p\w*|q\w* is (?:p|q)\w*): polars'
    # regex compiles each \w anew, ~0.4 ms a copy (the football cues' twelve cost ~5 ms a merge)
    begins = [re.escape(w[:-1]) for w in words if w.endswith("*")]
    if begins:
        exact.append("(?:" + "|".join(begins) + r")\w*")
    return "^" + clitic_prefixes().pattern(article) + "(?:" + "|".join(exact) + ")$"


def _cut(clause: str, clause_start: int, spans: Sequence[tuple[int, int]]) -> str:
    """``clause`` with the ``spans`` (date expressions, as article offsets) blanked out."""
    pieces, pos = [], 0
    for start, end in sorted(spans):
        lo, hi = start - clause_start, end - clause_start
        if pos <= lo <= hi <= len(clause):
            pieces.append(clause[pos:lo])
            pos = hi
    pieces.append(clause[pos:])
    return " ".join(pieces)


def match_text(clause: str, clause_start: int, expr_start: int, expr_end: int) -> str:
    """The folded words of a clause, its expression cut, function words out, article stripped."""
    wording = load_wording()
    words = map(wording.plain, re.findall(_TOKEN, fold(_cut(clause, clause_start, [(expr_start, expr_end)]))))
    return " ".join(word for word in words if word)


def content_words(texts: Sequence[str]) -> list[str]:
    """The stemmed content words of each text of one batch, in order, joined by spaces."""
    tokens = fold_expr(pl.Series("t", list(texts), pl.String)).str.extract_all(_TOKEN)
    stems = load_wording().stem_table(tokens.explode().drop_nulls())
    return (
        tokens.list.eval(pl.element().replace_strict(stems["token"], stems["stem"], default=None,
                                                     return_dtype=pl.String).drop_nulls())
        .list.join(" ").to_list()
    )


@dataclass(frozen=True, slots=True)
class ClauseFeatures:
    """What :func:`clause_features` gives.

    ``events``, one row per event in the input's order: ``i`` (its row), ``words`` (the
    distinct content words of its clause, as ``word`` ids), ``incipit`` (the ids of its first
    :data:`INCIPIT_WORDS` content words, in order), ``n_words``, ``chars`` (their
    summed lengths), ``info`` (their summed inverse document frequency), ``said`` (a fragment
    whose words are mostly what its speech verb says, borrowed: ``أكدت ماليزيا أمس | أن قطعة…``,
    :func:`_lent`), ``trigger`` and
    ``group`` (its happening word's class and group, :mod:`timeline.happenings`; a match's
    class and no group when its date is a match's, :func:`matches`),
    ``trigger_word`` (that happening word's ``word`` id), ``own`` (whether that word is the
    clause's own predicate, not one after a subordinator read for want of another — ``وقف …
    على موقع التفجير`` reads تفجير by that fallback — nor one after a noun of what followed it,
    :func:`consequences`: ``مصابي تفجير``),
    ``cause`` (for a toll, the class of the happening it names as its cause: ``قتلوا إثر
    انهيار مبنى`` → انهيار, :func:`causes`; null otherwise; the toll's ``group`` is then its
    cause's), ``two`` (that happening word is in the dual, or one of its class, or of the cause's,
    right after a word of :func:`causes` is: ``قتلوا جراء انفجارين``, two happenings told in one
    clause, :func:`duals`), ``since`` (that happening word follows a word of :func:`since`: ``منذ بدء
    عمليات التحالف``, the start of what is still going on), ``told_after`` (the class of the
    happening a phrase of :func:`told_after` names, when the clause's own is another: ``تظاهروا أمس
    بعد مقتل ثلاثة`` → قتلى; null otherwise; the merge does not read it),
    ``object`` (what the happening word governs: the ids of the first :data:`OBJECT_WORDS`
    content words after it, within :data:`OBJECT_REACH` words, happening words passed over),
    ``actor`` (who does it: the ids of a subject's content words, :func:`_actors`; empty for none read),
    ``governed`` (after a verb whose subject the date follows, what it governs past that subject:
    ``يفتتح وزير التعليم الخميس المقبل مدرسة الأمل`` → مدرس، امل; ``object`` keeps the subject there),
    ``numbers`` (the counts it gives), ``town`` (its place when a city of the gazetteer),
    ``owners`` (when it has a town, the towns its clause tells as institutions' own: ``لجنة
    الانتخابات بمحافظة جدة``),
    ``title`` (its article title's content words), ``sides`` (the content words naming who
    meets after a meeting or reception word opening its clause, null for none:
    :func:`told_by_sides`) and ``teams`` (the clubs a clause of football tells of, not
    their opponents: :func:`clubs`; a match's report: both sides) and ``case`` (the words naming a court's case or whom a
    sentence is carried out on: :func:`_cases`; empty for a clause naming a class no case tells
    apart, :func:`told_by_case`) and ``sites`` (the ``word`` ids of the places finer than a town
    its clause names: ``حي الدورة``, :mod:`timeline.sites`; empty for none) and ``spots`` (those of them
named as a spot in a district: ``سوق مريدي``) and ``moves`` (the thing of :func:`measures` a clause
names first, what a market report tells moving: ``نزل خام برنت`` → نفط; null for none, :func:`_moves`).

    ``words``: ``word`` (id; ids follow the order of their stems), ``stem``, ``chars`` and
    ``info`` (``log((n + 1) / (df + 1)) + 1`` over the ``n`` events, ``df`` the events whose
    clause holds it).
    """

    events: pl.DataFrame
    words: pl.DataFrame


def _opening(code: str, keys: tuple[str, ...]) -> str:
    """A regular expression (polars', on folded text) for a clause or phrase opening with one of the
    words of ``keys`` in ``lang/<code>/event_dates.yaml`` (after و or not), longest first."""
    where = f"timeline.lang.{code}/event_dates.yaml"
    data = load_language_yaml(code, "event_dates.yaml")
    try:
        words = sorted({fold(str(w)) for key in keys for w in data[key]}, key=lambda w: (-len(w), w))
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"{where}: {', '.join(keys)}: {exc}") from exc
    either = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return rf"^\W*و?(?:{either})(?:\W|$)"


@functools.lru_cache(maxsize=None)
def _cut_off(code: str = "ar") -> str:
    """A regular expression (polars') for what opens a subordinate clause that
    :func:`timeline.events.split_clauses` cuts off its sentence for holding the sentence's only
    date (``subordinate_clauses`` of ``lang/<code>/event_dates.yaml``: ``بعد أن عثر عليها``),
    on folded text. Not a relative clause cut off with its antecedent: that names its happening
    (``الحوار الاستراتيجي الذي عقد``), and lending it the rest of its sentence, measured on the
    corpus, parted more right joins than it made (the note of :func:`_lent`)."""
    return _opening(code, ("subordinate_clauses",))


@functools.lru_cache(maxsize=None)
def _after_phrase(code: str = "ar") -> str:
    """A regular expression (polars') for what opens an "after" or "before" phrase
    (``after_happening``, ``before_happening`` of ``lang/<code>/event_dates.yaml``: بعد، عقب،
    إثر، قبل), on folded text: :func:`timeline.events.split_clauses` cuts such a phrase with a
    date of its own off a clause dated by its predicate (``تراجعت أسعار الذهب اليوم | بعد
    هبوطها يوم الخميس``), leaving a short main clause whose words are common in a busy week: it
    borrows the phrase's names (:func:`_lent`). Not the other way: the phrase lent its head's names
    (measured on the 5k corpus) joined reports of another happening of its day told beside it (a
    return from a camp with the trainings after it, a storm's rain with an attack's day)."""
    return _opening(code, ("after_happening", "before_happening"))


def _lent(frame: pl.DataFrame) -> pl.DataFrame:
    """Each event's clause as the merge reads it: a fragment (:data:`FRAGMENT_TOKENS` tokens
    or fewer: ``أكدت ماليزيا أمس``, ``وأعلنت وزارة النقل الأحد أنه``) whose sentence goes on
    with what it says (``complements`` of ``wording.yaml``: أن، إن) borrows the rest of its
    sentence for its words (``أن قطعة من جناح طائرة جرفتها المياه… هي جزء من الطائرة``); a
    clause cut off its sentence for holding its only date (:func:`_cut_off`: ``ونقلت القطعة
    إلى فرنسا | بعد أن عثر عليها الأسبوع الماضي``), when what comes before it in the sentence is
    no event's, borrows that for its names (``names``: القطعة، فرنسا; not its happening words,
    :func:`clause_features`). Borrowed words follow the clause (offsets hold); the clause shown
    is not changed. A fragment cut before an "after" or "before" phrase with a date of its own
    (:func:`_after_phrase`: ``تراجعت أسعار الذهب اليوم | بعد تكبدها أكبر خسائرها في يوليو``)
    borrows the rest of its sentence for its names too: its own words (أسعار الذهب تراجعت) are
    too common in a week of a large batch to find its twins by. ``own``: how many characters of
    ``clause`` are the event's own clause
    (null when nothing is borrowed). Without ``sentence`` (or ``clause_end``) the clause as
    it is."""
    clause = frame["clause"].fill_null("").alias("clause")
    own = pl.Series("own", [None] * frame.height, pl.Int64)
    names = pl.Series("names", [False] * frame.height, pl.Boolean)
    if "sentence" not in frame.columns or "clause_end" not in frame.columns:
        return pl.DataFrame([clause, own, names])
    # where the clause stands in its sentence, in characters (str.find counts bytes), null when
    # not in it; by splitting: polars compiles a one-row column of patterns into a regex even
    # when literal, and a clause of 300,000 characters passes its size limit
    pieces = pl.col("sentence").str.split(pl.col("clause"), inclusive=False)
    at = pl.when((pl.col("clause") != "") & (pieces.list.len() > 1)).then(pieces.list.first().str.len_chars())
    tail = pl.col("sentence").str.slice(pl.col("at") + pl.col("clause_end") - pl.col("clause_start"))
    # ...only what a speech or report verb says: the clause ends with أن, or what follows opens with it
    complements = listed(load_wording().complements)
    said = (fold_expr(pl.col("clause")).str.extract(r"(\w+)\W*$", 1).is_in(complements)
            | fold_expr(pl.col("tail")).str.extract(r"^\W*(\w+)", 1).is_in(complements))
    rows = frame.select("article_id", "clause", "sentence", "clause_start", "clause_end").with_row_index("r") \
        .filter(pl.col("clause_end") > pl.col("clause_start"))
    # what a row borrows is read from its clause, its sentence and its span alone: each distinct one
    # read once (wire copies tell one sentence in many rows), its rows (``r``) listed beside it
    keys = rows.group_by("clause", "sentence", "clause_start", "clause_end", maintain_order=True) \
        .agg("r", "article_id")
    short = (
        _few_tokens(keys, "clause")
        .with_columns(at.alias("at")).filter(pl.col("at").is_not_null())
        .with_columns(tail.alias("tail")).with_columns(said.fill_null(False).alias("said"))
    )
    fragments = short.filter(pl.col("said"))
    # a fragment cut before an "after" or "before" phrase of its sentence (its own date beside
    # the phrase's) borrows the phrase's names (not the phrase's lending its head: _after_phrase)
    ahead = short.filter(~pl.col("said"),
                         fold_expr(pl.col("tail").str.slice(0, _OPENING_CHARS)).str.contains(_after_phrase()))
    fragments, ahead = (f.explode("r", "article_id") for f in (fragments, ahead))
    opening = fold_expr(pl.col("clause").str.slice(0, _OPENING_CHARS))
    # a clause cut off: what comes before it in its sentence dates no event of the article
    cut = (
        keys.filter(opening.str.contains(_cut_off())).with_columns(pieces.list.first().alias("head"))
        .filter(pl.col("head").str.len_chars() > 0, pl.col("head") != pl.col("sentence")).explode("r", "article_id")
        .filter(~pl.col("r").is_in(pl.concat([fragments["r"], ahead["r"]]).implode()))
    )
    if cut.height:
        cut = cut.filter(~pl.col("r").is_in(_over_events(rows, cut).implode()))
    # an "after" or "before" phrase cut off a clause dated by its own predicate, its verbal noun holding
    # a pronoun of that clause's subject (وانخفض سعر الخام الأمريكي 20 سنتا | بعد هبوطه يوم الخميس):
    # borrows that subject, the noun's owner (:func:`_owner`), for its names; nothing else of its head
    owned = (
        keys.filter(opening.str.contains(_after_phrase()), ~opening.str.contains(_cut_off()))
        .with_columns(pieces.list.first().alias("head"))
        .filter(pl.col("head").str.len_chars() > 0, pl.col("head") != pl.col("sentence")).explode("r", "article_id")
        .filter(~pl.col("r").is_in(pl.concat([fragments["r"], ahead["r"], cut["r"]]).implode()))
    )
    if owned.height:  # ...only when its head is another event's clause (its own date: the phrase was cut off it)
        owned = owned.filter(pl.col("r").is_in(_over_events(rows, owned).implode()))
    if owned.height:
        read: dict[tuple[str, str], str | None] = {}  # each (phrase, head) once
        owners = [read[k] if k in read else read.setdefault(k, _owner(*k))
                  for k in zip(owned["clause"].to_list(), owned["head"].to_list())]
        owned = owned.with_columns(pl.Series("owner", owners, pl.String)).filter(pl.col("owner").is_not_null())
    if not fragments.height and not cut.height and not ahead.height and not owned.height:  # nothing borrowed
        return pl.DataFrame([clause, own, names])
    lent = pl.concat([
        fragments.select("r", pl.concat_str("clause", pl.lit(" "), "tail").alias("clause"),
                         pl.col("clause").str.len_chars().cast(pl.Int64).alias("own"), pl.lit(False).alias("names")),
        ahead.select("r", pl.concat_str("clause", pl.lit(" "), "tail").alias("clause"),
                     pl.col("clause").str.len_chars().cast(pl.Int64).alias("own"), pl.lit(True).alias("names")),
        cut.select("r", pl.concat_str("clause", pl.lit(" "), "head").alias("clause"),
                   pl.col("clause").str.len_chars().cast(pl.Int64).alias("own"), pl.lit(True).alias("names")),
        *([owned.select("r", pl.concat_str("clause", pl.lit(" "), "owner").alias("clause"),
                        pl.col("clause").str.len_chars().cast(pl.Int64).alias("own"), pl.lit(True).alias("names"))]
          if owned.height else []),
    ])
    return pl.DataFrame([clause.scatter(lent["r"], lent["clause"]), own.scatter(lent["r"], lent["own"]),
                         names.scatter(lent["r"], lent["names"])])


OWNER_WORDS = 6
"""Most words of a head clause's subject (after its first word, up to a figure) an "after" phrase
borrows as its verbal noun's owner (:func:`_owner`): ``سعر الخام الأمريكي (غرب تكساس الوسيط)``."""


def _over_events(rows: pl.DataFrame, heads: pl.DataFrame) -> pl.Series:
    """The rows (``r``) of ``heads`` whose head, the text of its sentence before its clause, meets another
    event's clause of its article."""
    spans = rows.filter(pl.col("article_id").is_in(heads["article_id"].implode())) \
        .select("article_id", pl.col("clause_start").alias("s"), pl.col("clause_end").alias("e"))
    return (
        heads.select("r", "article_id", "clause_start",
                     (pl.col("clause_start") - pl.col("head").str.len_chars().cast(pl.Int64)).alias("from"))
        .join(spans, on="article_id")
        .filter(pl.col("s") < pl.col("clause_start"), pl.col("e") > pl.col("from"))["r"]
    )


@functools.lru_cache(maxsize=None)
def _after_words(code: str = "ar") -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded words of the "after" and "before" openers (``after_happening``, ``before_happening``:
    بعد، على، إثر) and the attached pronouns (``attached_pronouns``: ه، ها، هم), of
    ``lang/<code>/event_dates.yaml``."""
    data = load_language_yaml(code, "event_dates.yaml")
    words = frozenset(w for key in ("after_happening", "before_happening") for phrase in data[key]
                      for w in fold(str(phrase)).split())
    return words, tuple(sorted(map(str, data["attached_pronouns"]), key=len, reverse=True))


def _owner(phrase: str, head: str) -> str | None:
    """The owner an "after" or "before" ``phrase`` cut off ``head`` (the text of its sentence before
    it) borrows: when the noun it governs holds an attached pronoun (``بعد هبوطه``, ``قبل عودتهم``; not
    a definite noun, ``بعد الفوز``, nor a demonstrative), the head's subject: its words after the first
    (the predicate) up to a figure, :data:`OWNER_WORDS` at most (``سعر الخام الأمريكي``); else None."""
    cues, pronouns = _after_words()
    words = re.findall(_TOKEN, phrase)
    at = 0
    while at < len(words) and (fold(words[at]) in cues or unjoined(fold(words[at])) in cues):
        at += 1
    if at == 0 or at == len(words):
        return None
    noun = words[at]  # as written: a pronoun ه is no ة (folded alike)
    if definite(noun) == [fold(noun)] or not any(noun.endswith(p) and len(noun) > len(p) + 2 for p in pronouns):
        return None
    subject: list[str] = []
    for word in head.split()[1:]:
        if any(ch.isdigit() for ch in word):
            return " ".join(subject) or None  # a move told by a figure: its subject ends there
        if len(subject) == OWNER_WORDS:
            return None
        subject.append(word)
    return None


def _few_tokens(frame: pl.DataFrame, column: str) -> pl.DataFrame:
    """The rows of ``frame`` whose text ``column`` holds at most :data:`FRAGMENT_TOKENS` tokens (runs
    of ``\\w``; a null text is no row): the rows of ``~str.contains(_MORE_TOKENS)``. The tokens
    starting in the first :data:`_HEAD_CHARS` characters are counted first (a token cut there
    starts there too: more than the count there is more in the whole); only the texts with no
    more there are counted whole. ``\\w+`` is the pattern polars compiles for the tokens anyway.
    From :data:`PATTERN_FROM` rows, :data:`_MORE_TOKENS` itself."""
    text = pl.col(column)
    if frame.height >= PATTERN_FROM:
        return frame.filter(~text.str.contains(_MORE_TOKENS))
    return (frame.filter(text.str.slice(0, _HEAD_CHARS).str.count_matches(_TOKEN) <= FRAGMENT_TOKENS)
            .filter(text.str.count_matches(_TOKEN) <= FRAGMENT_TOKENS))


def clause_features(frame: pl.DataFrame, *, threads: bool = True) -> ClauseFeatures:
    """The features of each event of ``frame`` (conformed events, in any order); some read on
    another thread from :data:`timeline._background.BACKGROUND_FROM` rows, unless not ``threads``."""
    lent = _lent(frame)
    events = frame.select(
        pl.int_range(pl.len(), dtype=pl.UInt32).alias("i"),
        pl.col("article_id").fill_null(""), lent["clause"], lent["own"].alias("told"), lent["names"],
        pl.col("clause_start").fill_null(0).cast(pl.Int64),
        pl.col("expr_start").cast(pl.Int64), pl.col("expr_end").cast(pl.Int64),
        pl.col("inherited").fill_null(False), pl.col("title").fill_null(""), "place",
    )
    del lent  # (memory: each frame no longer read is let go, the wide ones first)
    key = ["article_id", "clause_start", "clause"]
    # clauses numbered in order of first appearance, each row given its clause's number: the keys
    # (long texts) hashed once, no join back on them
    numbered = events.select(key).with_row_index("r").group_by(key, maintain_order=True).agg("r") \
        .with_row_index("c")
    events = events.with_columns(numbered.select("c", "r").explode("r").sort("r")["c"])
    clauses = numbered.select("c", *key)
    del numbered
    events, clauses, spans = _told_alike(events, clauses, _spans(events, clauses))
    clauses = _cut_clauses(clauses, spans).with_columns(fold_expr(pl.col("text")).alias("folded"))
    busy = events.height if threads else 0  # (the rows by which work goes to another thread)
    aside = in_background(_aside, events, spans, clauses, rows=busy)  # while the words are made

    clause_tokens = clauses.select("c", pl.col("folded").str.extract_all(_TOKEN).alias("token"))
    titles = events.select(pl.col("title").unique()).with_row_index("t")
    title_tokens = titles.select("t", fold_expr(pl.col("title")).str.extract_all(_TOKEN).alias("token"))
    positions = clause_tokens.explode("token").with_columns(row_in_clause().alias("pos"))
    del clause_tokens
    phrase_words = positions  # (the clauses' words as told, before names are read as one)
    clause_vocabulary = positions["token"].unique()
    vocabulary = pl.concat([clause_vocabulary, title_tokens["token"].explode()]).drop_nulls().unique()
    wording, lexicon = load_wording(), load_triggers()
    # word ids follow the order of their stems
    stems, aliases = _with_aliases(wording, _town_spellings(wording, wording.stem_table(vocabulary)))
    stems = spelled_alike(_transliterated(stems))
    stems = stems.with_columns((pl.col("stem").rank("dense") - 1).cast(pl.UInt32).alias("word"))
    # only words the lexicon's pattern finds may hold a happening word
    classes = {w: c for w in _pattern_words(vocabulary, lexicon.pattern).to_list()
               if lexicon.pattern.fullmatch(w) and (c := lexicon.word_class(w)) is not None}
    token_table = stems.select("token", "word")
    del vocabulary

    # content words of each clause and each title
    positions = _token_marks(positions, clause_vocabulary, lexicon, classes, token_table)
    positions = _aliased(positions, aliases, stems)
    named_sites = _sites(positions)
    events, borrowed, towns = aside.result()
    # what a clause cut off its sentence borrows lends names, not happening words (_lent)
    positions = _names_only(positions, borrowed)
    told = positions  # (before the leads are marked: what the clause words and counts read)
    positions = _leads(positions, clauses, lexicon)
    # the happening words (the longest step, mostly Python) on another thread while the
    # clause words, counts, weights, sides, teams, cases and matches (polars) are made on this one
    # (it reads the clauses' marks of punctuation only: their texts as told and cut are let go below)
    reading = in_background(_read_happenings, events, positions, borrowed, classes, lexicon,
                            clauses.select("c", "folded"), phrase_words, clause_vocabulary,
                            rows=busy)
    del phrase_words  # (the reading holds what it reads)
    own_word = pl.col("word").filter(~pl.col("lent")) if borrowed["names"].any() else pl.col("word")
    clause_words = (
        told.filter(pl.col("word").is_not_null()).sort("c", "pos").group_by("c", maintain_order=True)
        .agg(own_word.unique().sort().alias("words"), own_word.head(INCIPIT_WORDS).alias("incipit"),
             pl.col("word").filter(pl.col("lent")).unique().alias("lent"))
    )
    title_words = (
        title_tokens.explode("token").join(token_table, on="token").group_by("t")
        .agg(pl.col("word").unique().sort().alias("title_words"))
    )
    del title_tokens
    # the counts a clause gives: runs of digits, not part of a date or a time (12/5, 10:30),
    # and counts in words (خمسة قتلى is قتل 5)
    # — not a count of a distance, an area or places (not_tolls: «600 كيلومتر»: such a run
    # ends with its unit, and is no run of digits alone)
    numbers = (
        pl.concat([
            clauses.select("c", pl.col("folded").str.extract_all(_counted_run()).alias("n"))
            .explode("n").with_columns(pl.col("n").str.replace(_lost_space(), "${digits}").str.replace_all(",", "")
                                       .str.replace(_thousands_run(), "${digits}000"))
            .filter(pl.col("n").str.contains(r"^[0-9]{1,6}$"))
            .select("c", pl.col("n").cast(pl.UInt32)),
            _counted_in_words(told),
        ])
        .filter(pl.col("n") >= 2, ~pl.col("n").is_in(listed(_YEARS, pl.Int64)))
        .group_by("c").agg(pl.col("n").unique().sort().alias("numbers"))
    )
    del told, clauses
    words, clause_words, totals = _weights(events, clause_words, stems)
    del stems, aliases
    sides = _sides(positions, classes)
    teams = _teams(positions, clause_vocabulary)
    moves = _moves(positions, clause_vocabulary)
    cases = _cases(positions, clause_vocabulary)
    played = _matches(events, positions, clause_vocabulary)
    triggers = reading.result()
    empty = pl.lit([], pl.List(pl.UInt32))
    out = (
        events.join(clause_words.drop("lent_info"), on="c", how="left")
        .join(totals, on="c", how="left")
        .join(numbers, on="c", how="left")
        .join(triggers, on="i", how="left")
        .join(titles, on="title", how="left").join(title_words, on="t", how="left")
        .join(towns, left_on=["c", "place"], right_on=["c", "town"], how="left")
        .join(sides, on="c", how="left")
        .join(teams, on="c", how="left")
        .join(moves, on="c", how="left")
        .join(cases, on="c", how="left")
        .join(named_sites, on="c", how="left")
        .join(played, on="i", how="left")
        .with_columns(_as_match(pl.col("played").is_not_null()))
        .sort("i")
        .select(
            "i",
            pl.col("words").fill_null(empty), pl.col("incipit").fill_null(empty),
            pl.col("n_words").fill_null(0), pl.col("chars").fill_null(0), pl.col("info").fill_null(0.0),
            (pl.col("told").is_not_null() & ~pl.col("names")).alias("said"),
            "trigger", "trigger_word", "group", pl.col("own").fill_null(False), pl.col("object").fill_null(empty),
            pl.col("actor").fill_null(empty), pl.col("governed").fill_null(empty),
            "cause", pl.col("two").fill_null(False), pl.col("since").fill_null(False), "told_after",
            pl.col("numbers").fill_null(empty),
            pl.when(pl.col("named")).then(pl.col("place")).alias("town"),
            pl.when(pl.col("named")).then(pl.col("owners")).otherwise(pl.lit([], pl.List(pl.String))).alias("owners"),
            pl.col("title_words").fill_null(empty).alias("title"),
            "sides", pl.col("teams").fill_null(pl.lit([], pl.List(pl.String))), "moves",
            # a case tells which happening only for a court's classes (or a clause naming none)
            pl.when(pl.col("trigger").is_null() | pl.col("trigger").is_in(listed(told_by_case())))
            .then(pl.col("case").fill_null(empty)).otherwise(empty).alias("case"),
            pl.col("sites").fill_null(empty), pl.col("spots").fill_null(empty),
        )
    )
    return ClauseFeatures(out, words)


def _as_match(played: pl.Expr) -> list[pl.Expr]:
    """An event whose date is a match's (:func:`_matches`) is of the match's class, its own, of
    no group (a report of the match's injury or referees, read as another class, may still
    join it through other reports), governing nothing and placed in no town; its teams are
    both sides."""
    label = matches().label
    empty = pl.lit([], pl.List(pl.UInt32))
    return [
        pl.when(played).then(pl.lit(label, pl.String)).otherwise(pl.col("trigger")).alias("trigger"),
        pl.when(played).then(None).otherwise(pl.col("group")).alias("group"),
        pl.when(played).then(None).otherwise(pl.col("trigger_word")).alias("trigger_word"),
        pl.when(played).then(None).otherwise(pl.col("cause")).alias("cause"),
        pl.when(played).then(True).otherwise(pl.col("own")).alias("own"),
        pl.when(played).then(empty).otherwise(pl.col("object")).alias("object"),
        pl.when(played).then(empty).otherwise(pl.col("actor")).alias("actor"),
        pl.when(played).then(empty).otherwise(pl.col("governed")).alias("governed"),
        pl.when(played).then(False).otherwise(pl.col("named")).alias("named"),
        pl.when(played).then(pl.col("played")).otherwise(pl.col("teams")).alias("teams"),
    ]


def _read_happenings(events: pl.DataFrame, positions: pl.DataFrame, borrowed: pl.DataFrame,
                     classes: dict[str, str], lexicon: TriggerLexicon, clauses: pl.DataFrame,
                     phrase_words: pl.DataFrame, vocabulary: pl.Series | None = None) -> pl.DataFrame:
    """:func:`_happenings` of the clauses' ``positions``, with where each clause's own part ends
    (``borrowed``, :func:`_aside`) and the phrases naming what a clause is told after
    (:func:`_after_phrases` of its words as told, ``phrase_words``): the part of
    :func:`clause_features` that :func:`_weights`, :func:`_sides`, :func:`_teams`, :func:`_cases`
    and :func:`_matches` do not need, run beside them. ``vocabulary``: the distinct tokens of
    ``positions``, when the caller has them."""
    return _happenings(events, positions.join(borrowed.drop("names"), on="c", how="left", maintain_order="left"),
                       classes, lexicon, _after_phrases(clauses, phrase_words), clauses, vocabulary)


def _weights(events: pl.DataFrame, clause_words: pl.DataFrame,
             stems: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``(word, stem, chars, info)``: each word's length and information (its inverse
    document frequency over the events, counted on the words each clause tells itself);
    ``clause_words`` with the names it borrows (:func:`_with_names`); ``(c, n_words, chars,
    info)``: each clause's totals, the information of its own words only (the names it
    borrows may be shared with another clause but ask no more of it: the merge's floor)."""
    n = events.height
    doc_freq = (
        events.group_by("c").agg(pl.len().alias("events")).join(clause_words.select("c", "words"), on="c")
        .explode("words").group_by("words").agg(pl.col("events").sum().alias("df")).rename({"words": "word"})
    )
    words = stems.select("word", "stem").unique("word").sort("word").join(doc_freq, on="word", how="left").with_columns(
        pl.col("stem").str.len_chars().cast(pl.Int64).alias("chars"),
        information(n, pl.col("df").fill_null(0)).alias("info"),
    ).drop("df")
    clause_words = _with_names(clause_words, words, n)
    totals = (
        clause_words.select("c", "words").explode("words").rename({"words": "word"})
        .join(words.select("word", "chars", "info"), on="word")
        .group_by("c").agg(pl.len().cast(pl.Int64).alias("n_words"), pl.col("chars").sum(), pl.col("info").sum())
        .join(clause_words.select("c", "lent_info"), on="c").with_columns(pl.col("info") - pl.col("lent_info"))
        .drop("lent_info")
    )
    return words, clause_words, totals


def _aside(events: pl.DataFrame, spans: pl.DataFrame,
           clauses: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The part of :func:`clause_features` the words do not need, collected beside them
    (polars works without the GIL, so the second core takes it): ``events`` with where each
    event's own expression stood in its cut clause, in words (:func:`_marks`); where each
    clause's own part ends when it borrows words (:func:`_lent`); the towns it names."""
    events = _marks(events, spans, clauses)
    own = events.filter(pl.col("told").is_not_null()).select("c", pl.col("told").alias("own"), "names").unique("c")
    if not own.height:  # no clause borrows
        borrowed = pl.DataFrame(schema={"c": own.schema["c"], "borrowed": pl.Int64, "names": own.schema["names"]})
        return events, borrowed, _towns(clauses, events)
    borrowed = _words_before(own, spans, clauses).join(own.select("c", "names"), on="c") \
        .select("c", pl.col("words").alias("borrowed"), "names")
    return events, borrowed, _towns(clauses, events)


def _with_names(clause_words: pl.DataFrame, words: pl.DataFrame, n: int) -> pl.DataFrame:
    """``clause_words`` (``words`` its own, ``lent`` what it borrows for names, :func:`_names_only`)
    with ``words`` its own and the borrowed ones rare enough to name someone or something
    (:data:`NAME_INFO` over the ``n`` events: a subordinate clause is found by ``رمسيس``,
    ``متحف``, not by ``الوزير``, ``اليوم``), and ``lent_info``, their summed information."""
    if not clause_words["lent"].list.len().sum():
        return clause_words.drop("lent").with_columns(pl.lit(0.0).alias("lent_info"))
    least = min(NAME_INFO, least_information(n, NAME_FLOOR))
    names = words.filter(pl.col("info") >= least).select("word", "info")
    held = (
        clause_words.filter(pl.col("lent").list.len() > 0)
        .select("c", pl.col("lent").list.set_difference("words")).explode("lent")
        .join(names, left_on="lent", right_on="word")
        .group_by("c").agg(pl.col("lent").alias("names"), pl.col("info").sum().alias("lent_info"))
    )
    return clause_words.join(held, on="c", how="left", maintain_order="left").with_columns(
        pl.concat_list("words", pl.col("names").fill_null(pl.lit([], pl.List(pl.UInt32)))).list.sort().alias("words"),
        pl.col("lent_info").fill_null(0.0),
    ).drop("lent", "names")


def _names_only(positions: pl.DataFrame, borrowed: pl.DataFrame) -> pl.DataFrame:
    """``positions`` with ``lent``: the token is one a clause cut off its sentence borrows
    (``names`` of :func:`_lent`), which lends the clause its names only: a happening word
    there is no word of it (``ونقلت`` of ``ونقلت القطعة إلى فرنسا`` lent to ``بعد أن عثر
    عليها``), and :func:`_happenings` takes none of it for a happening or what one governs."""
    lent = borrowed.filter(pl.col("names")).select("c", "borrowed")
    if not lent.height:
        return positions.with_columns(pl.lit(False).alias("lent"))
    at = positions.join(lent, on="c", how="left", maintain_order="left")["borrowed"]
    return positions.with_columns((positions["pos"] >= at).fill_null(False).alias("lent")).with_columns(
        pl.when(pl.col("lent") & pl.col("happening")).then(None).otherwise(pl.col("word")).alias("word"))


_Alias = tuple[tuple[str, ...], tuple[str, ...]]


def _transliterated(stems: pl.DataFrame) -> pl.DataFrame:
    """``stems`` with the stems of one foreign name written with other letters for one sound
    (``transliterations`` of ``lang/<code>/wording.yaml``; :data:`TRANSLITERATED`) read as one
    (the first in order)."""
    wording = load_wording()
    if not wording.sounds and not wording.sounds_inside:
        return stems
    stem = pl.col("stem")
    size = stem.str.len_chars()
    anywhere = _replaced(stem, wording.sounds)
    inside = _replaced(anywhere.str.slice(1), wording.sounds_inside)
    pronoun = pl.any_horizontal(*(stem.str.ends_with(e) for e in wording.endings)) if wording.endings else pl.lit(False)
    shape = (pl.when((size >= TRANSLITERATED) & ~pronoun).then(anywhere.str.slice(0, 1) + inside)
             .when(size >= TRANSLITERATED - 1).then(anywhere))
    variants = (
        stems.select("stem").unique().with_columns(shape.alias("shape")).drop_nulls("shape")
        .with_columns(stem.min().over("shape").alias("one"))
        .filter(stem != pl.col("one"))
    )
    if not variants.height:
        return stems
    return stems.with_columns(stem.replace(dict(zip(variants["stem"], variants["one"]))))


def _replaced(text: pl.Expr, letters: dict[str, str]) -> pl.Expr:
    """``text`` with each of ``letters`` read as the letter it maps to."""
    return text.str.replace_many(list(letters), list(letters.values())) if letters else text


def _with_aliases(wording: Wording, stems: pl.DataFrame) -> tuple[pl.DataFrame, list[_Alias]]:
    """``stems`` with a row for each canonical name's stem the batch lacks (its token one no
    text holds), and the aliases (:attr:`Wording.aliases`, as stems) whose form's every stem
    the batch holds: only those can be found."""
    every = sorted(wording.aliases + _town_aliases(), key=lambda alias: -len(alias[0]))  # the longest first
    named = {s for form, canonical in every for name in (form, canonical) for s in wording.words_of(name) or ()}
    known = set(stems.filter(pl.col("stem").is_in(sorted(named)))["stem"].to_list())
    aliases = []
    for form, canonical in every:
        form_stems, canonical_stems = wording.words_of(form), wording.words_of(canonical)
        if form_stems and canonical_stems and known.issuperset(form_stems):
            aliases.append((form_stems, canonical_stems))
    missing = sorted({s for _, canonical in aliases for s in canonical} - known)
    extra = pl.DataFrame({"token": ["\0" + s for s in missing], "stem": missing},
                         schema={"token": pl.String, "stem": pl.String})
    return pl.concat([stems, extra]), aliases


def _aliased(positions: pl.DataFrame, aliases: list[_Alias], stems: pl.DataFrame) -> pl.DataFrame:
    """``positions`` (with ``word``) with each alias's form (consecutive words of a clause:
    ``مجلس النواب``) read as its canonical name (``مجلس البرلمان``): its words in the form's
    first places, none in the rest; a form begun inside an earlier one is not read. Only the
    rows holding a form's first word are looked at (a few in a thousand)."""
    if not aliases:
        return positions
    named = sorted({s for alias in aliases for name in alias for s in name})
    found = stems.filter(pl.col("stem").is_in(named)).unique("stem")
    ids = dict(zip(found["stem"].to_list(), found["word"].to_list()))
    # (a stem another spelling of one foreign name took over, _transliterated, is read no more)
    forms = [(tuple(ids[s] for s in form), tuple(ids[s] for s in canonical)) for form, canonical in aliases
             if all(s in ids for s in form + canonical)]
    if not forms:
        return positions
    longest = max(len(form) for form, _ in forms)
    word, clause = positions["word"], positions["c"]
    first = word.is_in(sorted({form[0] for form, _ in forms})).fill_null(False)
    rows = first.arg_true()
    if not rows.len():
        return positions
    # the words that follow each first word within its clause (null past its end)
    following = []
    for j in range(1, longest):
        at = (rows.cast(pl.Int64) + j).clip(0, positions.height - 1)
        same = (clause.gather(at) == clause.gather(rows)).to_list()
        following.append([w if ok else None for w, ok in zip(word.gather(at).to_list(), same)])
    changed: dict[int, int | None] = {}
    reach = -1  # the last place of the last form read
    for k, (row, head) in enumerate(zip(rows.to_list(), word.gather(rows).to_list())):
        if row <= reach:
            continue
        words = (head, *(column[k] for column in following))
        for form, canonical in forms:  # the longest form first
            if words[:len(form)] == form:
                changed.update((row + at, canonical[at] if at < len(canonical) else None) for at in range(len(form)))
                reach = row + len(form) - 1
                break
    if not changed:
        return positions
    read = word.scatter(list(changed), pl.Series(list(changed.values()), dtype=word.dtype))
    return positions.with_columns(read.alias("word"))


_NOT_AFTER_WORD = r"(?<!\w)"


def _pattern_words(tokens: pl.Series, pattern: re.Pattern[str]) -> pl.Series:
    """The ``tokens`` (runs of ``\\w``, as polars extracts them) that ``pattern`` (the trigger
    lexicon's) may match whole, in order: those its twin without the leading lookbehind
    matches whole, in one pass of polars' regex. Every character of a token is a word
    character to that regex, so it keeps every token the pattern matches whole (and a few
    more, which ``fullmatch`` then drops); a pattern of another shape, or one polars' regex
    does not read, keeps them all."""
    rest = pattern.pattern.removeprefix(_NOT_AFTER_WORD)
    if rest == pattern.pattern or pattern.flags & ~re.UNICODE or any(a in rest for a in ("(?<", "(?=", "(?!")):
        return tokens
    try:
        return tokens.filter(tokens.str.contains(f"^(?:{rest})$"))
    except pl.exceptions.PolarsError:
        return tokens


def _at_words(frame: pl.DataFrame, positions: pl.DataFrame, columns: dict[str, str]) -> pl.DataFrame:
    """``frame`` (``c``, ``pos``) with ``columns`` (``{column: name}``) of the word of ``positions`` at
    its ``(c, pos)``, null for none: ``frame.join(positions, on=["c", "pos"], how="left")`` keeping
    ``frame``'s order. A clause's words are consecutive rows, ``pos`` their place: with ``c``
    ascending (as :func:`clause_features` numbers them) the row is found by a binary search of the
    clause's first row, not by hashing every word of every clause (the few rows asked of a million)."""
    named = [pl.col(column).alias(name) for column, name in columns.items()]
    clause = positions["c"]
    if not clause.is_sorted() or not positions.height:
        return frame.join(positions.select("c", "pos", *named), on=["c", "pos"], how="left", maintain_order="left")
    row = clause.search_sorted(frame["c"], side="left").cast(pl.Int64) + frame["pos"].cast(pl.Int64)
    inside = row.is_between(0, positions.height - 1).fill_null(False)
    found = positions.select("c", "pos", *named)[row.clip(0, positions.height - 1).fill_null(0)]
    same = (inside & (found["c"] == frame["c"]) & (found["pos"].cast(pl.Int64) == frame["pos"].cast(pl.Int64))
            ).fill_null(False)
    return frame.hstack(found.select(pl.when(pl.lit(same)).then(pl.col(name)).alias(name)
                                     for name in columns.values()))


def _fill_in_clause(column: str, limit: int) -> pl.Expr:
    """``column`` with each null filled from the value at most ``limit`` rows before it within the
    same clause: ``pl.col(column).forward_fill(limit=limit).over("c")`` for consecutive clauses (the
    nearest value before a row stands in another clause only when its own has none before it)."""
    source = pl.when(pl.col(column).is_not_null()).then(pl.col("c")).forward_fill(limit=limit)
    return pl.when(source == pl.col("c")).then(pl.col(column).forward_fill(limit=limit)).alias(column)


@functools.lru_cache(maxsize=None)
def _count_words() -> dict[str, int]:
    """The number words that give a count: folded cardinals of one word from two up,
    without the article or ل (``الاثنين`` is a weekday)."""
    return {form: value for form, value in load_lexicon().cardinals.items()
            if value >= 2 and " " not in form and not form.startswith("ل") and not form.startswith("ال")}


def is_count_word(word: str) -> bool:
    """Whether a folded word, or a stem less its final ه (``ثلاث``), is a number word giving a count."""
    counts = _count_words()
    return word in counts or word + "ه" in counts


def _token_marks(positions: pl.DataFrame, tokens: pl.Series, lexicon: TriggerLexicon, classes: dict[str, str],
                 token_table: pl.DataFrame) -> pl.DataFrame:
    """``positions`` with what each token is, worked out once for each of ``tokens`` (the
    distinct ones: a clause's words recur across clauses, ~8 positions per token at 5,000
    articles): its content ``word`` (id, null for none: ``token_table``), ``lead_in``
    (:attr:`TriggerLexicon.lead_ins`, with و or ف or not), ``count`` (the count a number word
    gives, :func:`_count_words`), ``and_count`` (و and a number word), ``teen`` (عشر، عشره),
    ``subordinator`` (the subordinating word it is, :attr:`TriggerLexicon.subordinators`,
    with a letter before it or not), ``happening`` (a happening word, in ``classes``),
    ``agent`` (it names who did it or how, :attr:`TriggerLexicon.not_objects`) and ``title``
    (:attr:`TriggerLexicon.titles`: rank, not who). A null token (an empty clause) is
    marked as the expressions mark null."""
    words, token = _count_words(), pl.col("token")
    counts = mapped(words, pl.UInt32)
    teens = [w for w in ("عشر", "عشره") if w in words]
    lead_ins, subordinators, titles = listed(lexicon.lead_ins), listed(lexicon.subordinators), listed(lexicon.titles)
    agent = (token.str.contains("^(?:" + clitic_prefixes().conjunction + "?(?:ال)?)(?:" + "|".join(map(re.escape, lexicon.not_objects)) + ")")
             if lexicon.not_objects else pl.lit(False))
    bare = token.str.replace("^" + clitic_prefixes().loose, "")
    marks = tokens.to_frame("token").join(token_table, on="token", how="left").with_columns(
        (token.is_in(lead_ins) | (token.str.slice(0, 1).is_in(clitic_prefixes().conjunctions) & token.str.slice(1).is_in(lead_ins)))
        .alias("lead_in"),
        token.replace_strict(*counts, default=None, return_dtype=pl.UInt32).alias("count"),
        (token.str.starts_with("و") & token.str.slice(1).is_in(counts[0].implode())).alias("and_count"),
        token.is_in(teens).alias("teen"),
        pl.when(token.is_in(subordinators)).then(token)
        .when(token.str.slice(1).is_in(subordinators)).then(token.str.slice(1)).alias("subordinator"),
        token.is_in(list(classes)).alias("happening"),
        agent.alias("agent"),
        (token.is_in(titles) | bare.is_in(titles)).alias("title"),
    )
    return positions.join(marks, on="token", how="left", maintain_order="left", nulls_equal=True)


@functools.lru_cache(maxsize=None)
def _counted_run() -> str:
    """The pattern (polars') of a run of digits with what may stand beside it: a date's or a
    time's marks (12/5, 10:30), a word of :func:`not_counts` after a space (``600 كلم``، ``30
    دقيقه``), a name of :func:`versioned` (with its clitics) or a Latin word before it (``ويندوز
    10``، ``iOS 9``), or a word of three letters or more glued to it (``يندوز10``; not the
    article's ل: ``ال12``، ``بال12``; nor a function word, a space the source lost: ``الي30``،
    ``نحو15``, :func:`_lost_space`): such a run is no bare number. A comma before three digits is a
    thousands comma (``10,000``, folded from ``١٠٬٠٠٠`` too: 10000, the commas dropped)."""
    units = "|".join(sorted(map(re.escape, not_counts() | set(thousands())), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, versioned()), key=len, reverse=True))
    # no \b (a Unicode word boundary keeps polars' regex off its fast engine: 0.33 s of CPU on the 5k
    # clauses, against 0.01 s): the leftmost match starts a glued or named word at its start anyway, and
    # a unit is ended by what follows it (the run is then no bare number, whatever it swallowed)
    return rf"(?:\w*(?:{names})\s+|[A-Za-z]+[\s-]?|\w{{2,}}[\w--ل0-9_])?[0-9](?:[0-9.:/-]|,[0-9]{{3}})*(?:\s+(?:{units})(?:\W|$))?"


@functools.lru_cache(maxsize=None)
def thousands(code: str = "ar") -> tuple[str, ...]:
    """The folded words after a count that make it a thousand times more (``thousands`` of
    ``lang/<code>/wording.yaml``: «5 آلاف»، «خمسة آلاف»: 5000); cached."""
    return _word_list(code, "thousands")


@functools.lru_cache(maxsize=None)
def _thousands_run() -> str:
    """The pattern (polars') of a run of :func:`_counted_run` that is digits and a word of
    :func:`thousands` (``5 الاف ``): the count is the digits and ``000`` (``${digits}000``)."""
    words = "|".join(sorted(map(re.escape, thousands()), key=len, reverse=True))
    return rf"^(?<digits>[1-9][0-9]{{0,2}})\s+(?:{words})\W?$"


@functools.lru_cache(maxsize=None)
def _lost_space() -> str:
    """The pattern (polars') of a function word glued to a run of digits (``الي30``، ``نحو15``): a
    space the source lost, not a name's part; what :func:`_counted_run` read with it is a count
    (the digits, ``${digits}``)."""
    glue = "|".join(sorted(map(re.escape, set(_word_list("ar", "function_words"))), key=len, reverse=True))
    return rf"^(?:{glue})(?<digits>[0-9])"


def _counted_in_words(positions: pl.DataFrame) -> pl.DataFrame:
    """``(c, n)``: the counts clause ``c`` gives in words (its tokens in order, ``pos``, with
    :func:`_token_marks`): a unit and عشر is a teen (``ثلاثه عشر`` 13); the parts of a
    compound (``خمسه وعشرين``) give none (one part alone is no count the clause gives), nor a
    count of what :func:`not_counts` names (``ثلاثه فنادق``, ``ثلاثه عشر كيلومترا``, ``ثلاثين دقيقه``)."""
    units, scales = listed(not_counts()), listed(thousands())
    following = pl.when(beside("teen", -1).fill_null(False)).then(beside("token", -2)).otherwise(beside("token", -1))
    # (a count and a word of thousands is a thousand times it: خمسه الاف 5000, عشرين الف 20000; the
    # thousand word after a count is no count of its own)
    return (
        positions.with_columns(beside("and_count", -1).alias("after_and"), beside("teen", -1).alias("after_teen"),
                               beside("count", 1).is_not_null().alias("before_count"),
                               following.is_in(units).fill_null(False).alias("unit"),
                               following.is_in(scales).fill_null(False).alias("scaled"))
        .filter(pl.col("count").is_not_null(), ~pl.col("after_and").fill_null(False),
                ~(pl.col("teen") & pl.col("before_count")).fill_null(False), ~pl.col("unit"),
                ~(pl.col("token").is_in(scales) & pl.col("before_count")).fill_null(False))
        .select("c", ((pl.col("count") + pl.when(pl.col("after_teen")).then(10).otherwise(0).cast(pl.UInt32))
                      * pl.when(pl.col("scaled")).then(1000).otherwise(1).cast(pl.UInt32)).alias("n"))
    )


@functools.lru_cache(maxsize=None)
def _city_forms() -> dict[str, str]:
    """Each folded form of a city of the gazetteer and the city (cached)."""
    return {form: p.name for form, p in load_gazetteer().forms.items() if p.kind == "city"}


@functools.lru_cache(maxsize=None)
def _spelled(code: str = "ar") -> tuple[dict[str, str], tuple[_Alias, ...]]:
    """A town's other spellings (forms of one city of the gazetteer none of whose words is a word
    of its name: ``سيزر``، ``جزيرة ابن عمر`` for ``جزرة``; ``بور سعيد`` for ``بورسعيد``), read by the
    merge as its name: one-word forms as ``{folded form: the name's stem}`` (a token written
    so, the article and a proclitic aside: ``الجيزة`` stems as ``جيزان`` does, yet is not it), longer
    ones as aliases ``(form's words, name's words)`` (:func:`_aliased`). Derived from
    ``places.yaml``; names of more words than a form, or holding a function word, left out."""
    wording = load_wording(code)
    words, longer = {}, []
    for form, name in _city_forms().items():
        form_words, name_words = tuple(form.split()), tuple(fold(name).split())
        own, named = wording.words_of(form_words), wording.words_of(name_words)
        if not own or not named or set(own) & set(named) or len(form_words) < len(name_words):
            continue
        if len(form_words) == 1 and len(named) == 1:
            words[wording.plain(form) or form] = named[0]
        else:
            longer.append((form_words, name_words))
    return words, tuple(longer)


def _town_aliases() -> tuple[_Alias, ...]:
    """The aliases of towns' spellings of more than one word (:func:`_spelled`)."""
    return _spelled()[1]


def _town_spellings(wording: Wording, stems: pl.DataFrame) -> pl.DataFrame:
    """``stems`` with each token that writes a town's other one-word spelling (after the
    article or a proclitic: ``وسيزر``) stemmed as the town's name (:func:`_spelled`): two
    outlets naming one town differently share its word."""
    spelled = _spelled()[0]
    if not spelled:
        return stems
    tokens = stems.filter(pl.col("token").str.contains_any(list(spelled)))["token"].to_list()
    renamed = {}
    for token in tokens:
        for bare in (token, token[1:], token[2:]):
            plain = wording.plain(bare) if len(bare) > 1 else None
            if plain in spelled and all(c in wording.proclitics for c in token[:len(token) - len(bare)]):
                renamed[token] = spelled[plain]
                break
    if not renamed:
        return stems
    return stems.with_columns(pl.col("token").replace_strict(renamed, default=pl.col("stem")).alias("stem"))


def _past_dateline(folded: pl.Expr) -> pl.Expr:
    """A folded clause without its dispatch's dateline (``د ب ا - الرياض:``، ``الرياض - واس :``,
    ``جده "عكاظ":``): at most :attr:`TriggerLexicon.dateline_words` words before a colon within
    :data:`timeline.happenings.DATELINE_CHARS` characters, an agency's dash or an outlet's quotes
    among them. The dateline's town is where the report was filed (the agency's or the outlet's
    bureau), not where its happening took place: ``د ب ا - الرياض: نفى المتحدث …`` tells of a match
    to be played in London."""
    head = folded.str.slice(0, DATELINE_CHARS).str.extract(r'^([^:]*[-"][^:]*):', 1)
    words = head.str.count_matches(_TOKEN)
    cut = pl.when(words.is_between(1, load_triggers().dateline_words)).then(head.str.len_chars() + 1).otherwise(0)
    return folded.str.slice(cut)


def without_dateline(texts: Sequence[str | None]) -> list[str]:
    """Each of ``texts`` folded, without its dispatch's dateline (:func:`_past_dateline`)."""
    folded = pl.Series("f", [fold(t or "") for t in texts], pl.String)
    return pl.select(_past_dateline(pl.lit(folded)))["f"].to_list()


@functools.lru_cache(maxsize=None)
def _known_places() -> list[str]:
    """The names of the places of the gazetteer (cached)."""
    return sorted({p.name for p in load_gazetteer().forms.values()})


def _new_towns(clauses: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """``(c, town)`` for each event whose place is a town the gazetteer does not know
    (:mod:`timeline.places` read it after a town word: ``في بلدة سيفاري``) and whose own clause,
    past its dateline, names it; only those few clauses are read."""
    new = events.filter(pl.col("place").is_not_null(), ~pl.col("place").is_in(_known_places())) \
        .select("c", pl.col("place").alias("town")).unique()
    if not new.height:
        return new
    return (new.join(clauses.select("c", "folded"), on="c")
            .filter(_past_dateline(pl.col("folded")).str.contains(fold_expr(pl.col("town")), literal=True))
            .select("c", "town"))


def _towns(clauses: pl.DataFrame, events: pl.DataFrame | None = None) -> pl.DataFrame:
    """The towns (cities of the gazetteer, and towns read after a town word: :func:`_new_towns`)
    each clause ``c`` of ``events`` (none read without them) names itself, as ``(c, town,
    named, owners)``: an event's place counts as its town only when its own clause names it (a
    place taken from the sentence or the article may be another happening's), past its dateline
    (:func:`_past_dateline`: the town a report was filed from); ``owners`` the
    towns the clause tells as institutions' own (:attr:`timeline.places.PlaceMention.owned`:
    ``اللجنة المحلية للانتخابات البلدية بمحافظة جدة``; a directorate and its governorate's
    department: ``بالإدارة العامة للدفاع المدني بالمدينة المنورة … إدارة الدفاع المدني بمحافظة الحناكية``).
    With ``events``, a clause none of whose events is placed in a city of the gazetteer is searched
    for none (its towns would be no event's place); without them every clause is."""
    forms = _city_forms()
    if not forms:
        return pl.DataFrame(schema={"c": pl.UInt32, "town": pl.String, "named": pl.Boolean,
                                    "owners": pl.List(pl.String)})
    past = _past_dateline(pl.col("folded"))
    # a town counts only as an event's place (clause_features joins on c and place): the clauses none of
    # whose events is placed in a city of the gazetteer are not searched for one (half of them)
    scanned = clauses if events is None else clauses.filter(pl.col("c").is_in(
        events.filter(pl.col("place").is_in(listed(frozenset(forms.values()))))["c"].unique().implode()))
    towns = pl.concat([
        scanned.select("c", past.str.extract_many(list(forms)).alias("town"))
        .explode("town").drop_nulls()
        .with_columns(pl.col("town").replace_strict(*mapped(forms), return_dtype=pl.String)),
        *([] if events is None else [_new_towns(clauses, events)]),  # after a town word (places.yaml town_words)
    ]).with_columns(pl.lit(True).alias("named")).unique()
    gazetteer = load_gazetteer()
    if gazetteer.owners is None or not towns.height:
        return towns.with_columns(pl.lit([], pl.List(pl.String)).alias("owners"))
    told = clauses.filter(pl.col("c").is_in(towns["c"].unique().implode())).select("c", "folded")
    # a town is an institution's own only after one of its nouns (Owners.owns): a clause naming
    # none (three in four) owns no town, and is not read mention by mention
    nouns = gazetteer.owners.nouns
    # (``folded`` is fold_expr's: no variant or deleted character is left in it, so normalize
    # leaves its text as it is and the nouns are searched before it, on the clauses naming one only)
    normalized = ((c, text, normalize(text)) for c, text in told.iter_rows() if nouns.search(text))
    rows = list({(c, town) for c, text, norm in normalized for town in gazetteer.owned_towns(text, norm)})
    owners = (pl.DataFrame({"c": [c for c, _ in rows], "owners": [t for _, t in rows]},
                           schema={"c": towns.schema["c"], "owners": pl.String})
              .group_by("c").agg(pl.col("owners").sort()))
    return (towns.join(owners, on="c", how="left")
            .with_columns(pl.col("owners").fill_null(pl.lit([], pl.List(pl.String)))))


def _sites(positions: pl.DataFrame) -> pl.DataFrame:
    """``(c, sites, spots)``: the ``word`` ids of the sites each clause names (a district, a market, a
    street: :mod:`timeline.sites`), the word after a site word (``في حي الدورة``) when it is a
    site's name, and of those named after a spot's word (``سوق مريدي``: ``site_spots``); only clauses
    naming one. Only the rows after a site word are read."""
    rules = site_words()
    at = positions["token"].is_in(list(rules.markers)).arg_true()
    at = at.filter(at + 1 < positions.height)
    if not at.len():
        return pl.DataFrame(schema={"c": positions.schema["c"], "sites": pl.List(pl.UInt32), "spots": pl.List(pl.UInt32)})
    pairs = pl.DataFrame({"c": positions["c"].gather(at), "marker": positions["token"].gather(at),
                          "c_next": positions["c"].gather(at + 1), "name": positions["token"].gather(at + 1),
                          "word": positions["word"].gather(at + 1)}) \
        .filter(pl.col("c") == pl.col("c_next"), pl.col("word").is_not_null())
    named = {(m, n) for m, n in pairs.select("marker", "name").unique().iter_rows() if rules.named(m, n)}
    keep = pl.Series([(m, n) in named for m, n in pairs.select("marker", "name").iter_rows()], dtype=pl.Boolean)
    spot = pl.col("marker").is_in([m for m in rules.markers if rules.spot(m)])
    return pairs.filter(keep).group_by("c").agg(pl.col("word").unique().sort().cast(pl.UInt32).alias("sites"),
                                                pl.col("word").filter(spot).unique().sort().cast(pl.UInt32).alias("spots"))


def _sides(positions: pl.DataFrame, classes: dict[str, str]) -> pl.DataFrame:
    """``(c, sides)`` for each clause opened by a meeting or a reception word
    (:func:`told_by_sides`; ``positions`` with :func:`_leads`): the content words (ids, in
    order: a reception names its guest last) of
    the :data:`SIDE_AFTER` words after it, titles, towns and words naming no one (الوفد
    المرافق) passed over, up to the next subordinator or end word, where who meets is named
    (``استقبل`` the host, the place and the day, the guest; ``الذين قدموا للسلام عليه``,
    ``لبحث``, ``بحضور``, ``وجرى خلال اللقاء``, a purpose ``لتهدئة مخاوفهم`` tell no more who)."""
    meeting, words, ends, unnamed = told_by_sides()
    token = pl.col("token")
    named = token.is_in([t for t, cls in classes.items() if cls in meeting])
    if words:
        named = named | token.str.contains(_words_pattern(words))
    ending = pl.col("subordinator").is_not_null()
    if ends:
        ending = ending | token.str.contains(_words_pattern(ends))
    purpose = _purpose()
    if purpose:  # ل and an indefinite verbal noun: لتعزيز التعاون، لتهدئة مخاوفهم (what for, not who);
        # not لل (the article), as often an institution's name (المؤسسة العامة للتدريب التقني)
        ending = ending | token.str.contains(
            "^" + clitic_prefixes().conjunction + "?ل(?:" + "|".join(map(re.escape, purpose)) + rf")\w{{{PURPOSE_STEM},}}$")
    at = (
        positions.filter(named.fill_null(False), pl.col("lead") < OPENING_WORDS)
        .group_by("c").agg(pl.col("pos").min().alias("at"))
    )
    after = (
        positions.filter(pl.col("c").is_in(at["c"].implode())).join(at, on="c")
        .filter(pl.col("pos") > pl.col("at"), pl.col("pos") <= pl.col("at") + SIDE_AFTER)
        .sort("c", "pos")
        # up to the next subordinator or end word (a relative clause, what was discussed)
        .filter(ending.cum_sum().over("c") == 0)
    )
    # titles, the formula's words and towns (في قصر السلام بجدة: where, not who; a country
    # may be who: سفير النرويج) name no one
    places = listed(frozenset(_city_forms()))
    someone = ~pl.col("title") & ~token.is_in(places) & ~token.str.replace(_CLITICS, "").is_in(places)
    if unnamed:
        someone = someone & ~token.str.contains(_words_pattern(unnamed))
    near = (after.filter(pl.col("word").is_not_null(), someone)
            .group_by("c").agg(pl.col("word").unique(maintain_order=True).alias("sides")))
    return at.join(near, on="c", how="left").select(
        "c", pl.col("sides").fill_null(pl.lit([], pl.List(pl.UInt32))))


@functools.lru_cache(maxsize=None)
def _purpose(code: str = "ar") -> tuple[str, ...]:
    """The folded first letters of a verbal noun that, after ل, tells a meeting's purpose and so
    ends who meets (``verbal_noun_first`` of ``purpose`` in ``lang/<code>/event_dates.yaml``; cached)."""
    data = load_language_yaml(code, "event_dates.yaml")
    purpose = ((data.get("purpose") or {}) if isinstance(data, dict) else {}).get("verbal_noun_first") or []
    if not isinstance(purpose, list) or not all(isinstance(p, str) and p for p in purpose):
        raise LanguageDataError(f"timeline.lang.{code}/event_dates.yaml: purpose: verbal_noun_first: a list of "
                                f"letters, not {purpose!r}")
    return tuple(fold(p) for p in purpose)


def _cases(positions: pl.DataFrame, vocabulary: pl.Series) -> pl.DataFrame:
    """``(c, case)``: the first :data:`CASE_WORDS` content words (ids) within :data:`CASE_REACH`
    words after each word naming a case (:func:`case_markers`: ``قضية تفجير مسجد الإمام``،
    ``بالجانيين أرقاوي ولدو``), titles passed over; clauses naming none are left out
    (``vocabulary``: the clauses' distinct tokens, where the markers are looked for)."""
    markers = vocabulary.filter(vocabulary.str.contains(_words_pattern(case_markers())))
    if not markers.len():  # no clause names a case
        return pl.DataFrame(schema={"c": positions.schema["c"], "case": pl.List(positions.schema["word"])})
    marker = pl.col("token").is_in(markers.implode())
    at = positions.filter(marker).select("c", pl.col("pos").alias("at"))
    # ...not one a connective follows (``لعدد من المتهمين وذلك لما أوجبت به المادة``): it names none
    stops = vocabulary.filter(vocabulary.str.contains(_words_pattern(case_stops())))
    stopped = positions.filter(pl.col("token").is_in(stops.implode())).select("c", (pl.col("pos") - 1).alias("at"))
    at = at.join(stopped, on=["c", "at"], how="anti")
    return (
        positions.filter(pl.col("c").is_in(at["c"].unique().implode()), pl.col("word").is_not_null(),
                         ~pl.col("title"), ~marker).select("c", "pos", "word")
        .join(at, on="c")
        .filter(pl.col("pos") > pl.col("at"), pl.col("pos") <= pl.col("at") + CASE_REACH)
        .sort("c", "at", "pos")
        .filter(pl.int_range(pl.len()).over("c", "at") < CASE_WORDS)
        .group_by("c").agg(pl.col("word").unique().sort().alias("case"))
    )


def _among(vocabulary: pl.Series, words: Sequence[str]) -> pl.Expr:
    """Whether a position's token is one of ``words`` (:func:`_words_pattern`), the pattern tried
    once per distinct token of the clauses (``vocabulary``), not once per position."""
    return pl.col("token").is_in(vocabulary.filter(vocabulary.str.contains(_words_pattern(words))).implode())


def _teams(positions: pl.DataFrame, vocabulary: pl.Series) -> pl.DataFrame:
    """``(c, teams)``: the clubs (:func:`clubs`) each clause of football names (``النصر``،
    ``للهلال``، ``الفريق الهلالي``), but a club within three words after an opponent word
    (``أمام الهلال``، ``لملاقاة نظيره أودينيزي``); clauses holding no word of football name
    none."""
    cues, names, opponents = clubs()
    if not cues or not names:
        return pl.DataFrame(schema={"c": pl.UInt32, "teams": pl.List(pl.String)})
    token = pl.col("token")
    football = _football(positions, vocabulary, cues).implode()
    rows = positions.filter(pl.col("c").is_in(football)).select(  # a clause's rows stay consecutive
        "c", "token", token.replace_strict(*mapped(names), default=None, return_dtype=pl.String).alias("team"))
    if opponents:
        # the other side of a match (أمام الهلال، لمواجهة النصر) is not who the clause tells of
        cue = _among(vocabulary, opponents).alias("cue")
        rows = rows.with_columns(cue).filter(
            ~pl.any_horizontal(beside("cue", k).fill_null(False) for k in (1, 2, 3)))
    return rows.drop_nulls("team").group_by("c").agg(pl.col("team").unique().sort().alias("teams"))


def _moves(positions: pl.DataFrame, vocabulary: pl.Series) -> pl.DataFrame:
    """``(c, moves)``: the thing (:func:`measures`) each clause names first, what a market report
    tells moving: ``نزل خام برنت … بعد ارتفاع منصات الحفر`` → نفط, ``فقد المعدن الاصفر`` → ذهب (a name
    of two words read before its first word alone); clauses naming none are left out."""
    forms = measures()
    firsts = frozenset(form.split(" ", 1)[0] for form in forms)
    named = vocabulary.filter(vocabulary.is_in(listed(firsts)))
    if named.is_empty():
        return pl.DataFrame(schema={"c": pl.UInt32, "moves": pl.String})
    phrase = pl.col("token") + " " + pl.col("next")
    thing = pl.col("token").replace_strict(*mapped(forms), default=None, return_dtype=pl.String)
    aside = listed(measures_aside())
    # (a measure one or two words after a word of ``measures_aside`` is named in passing: «رغم تراجع
    # النفط، ارتفعت الأسهم» tells the stocks moving; review54m)
    passing = beside("token", 1).is_in(aside).fill_null(False) | beside("token", 2).is_in(aside).fill_null(False)
    return (positions.select("c", "pos", "token", pl.when(pl.col("c").shift(-1) == pl.col("c"))
                             .then(pl.col("token").shift(-1)).alias("next"), passing.alias("passing"))
            .filter(pl.col("token").is_in(named.implode()), ~pl.col("passing"))
            .with_columns(pl.coalesce(phrase.replace_strict(*mapped(forms), default=None, return_dtype=pl.String),
                                      thing).alias("moves"))
            .drop_nulls("moves").filter(pl.col("moves") != NO_MEASURE)
            .sort("c", "pos").group_by("c", maintain_order=True).agg(pl.col("moves").first()))


def _matches(events: pl.DataFrame, positions: pl.DataFrame, vocabulary: pl.Series) -> pl.DataFrame:
    """``(i, played)``: the events whose date is a match's (:func:`matches`): it stands at most
    ``reach`` words after a word naming or playing a match, in a clause of football that names
    a club; ``played``: every club the clause names (both sides: ``الهلال أمام النصر``)."""
    label, words, extra, reach, not_after, not_before, role_reach = matches()
    cues, names, _ = clubs()
    if label is None or not words or not names:
        return pl.DataFrame(schema={"i": pl.UInt32, "played": pl.List(pl.String)})
    token = pl.col("token")
    football = _football(positions, vocabulary, cues + extra).implode()
    rows = positions.filter(pl.col("c").is_in(football))
    named = (
        rows.select("c", token.replace_strict(*mapped(names), default=None, return_dtype=pl.String).alias("team"))
        .drop_nulls("team").group_by("c").agg(pl.col("team").unique().sort().alias("played"))
    )
    said = (
        rows.with_columns((beside("token", 1).is_in(list(not_after)).fill_null(False)
                           | pl.any_horizontal(beside("token", -n).is_in(list(not_before)).fill_null(False)
                                               for n in range(1, role_reach + 1))).alias("background"))
        .filter(_among(vocabulary, words), ~pl.col("background")).select("c", pl.col("pos").alias("at"))
    )
    return (
        events.select("i", "c", "mark").join(said.filter(pl.col("c").is_in(named["c"].implode())), on="c")
        .filter(pl.col("at") < pl.col("mark"), pl.col("mark") - pl.col("at") <= reach)
        .unique("i").join(named, on="c").select("i", "played")
    )


def _told_alike(events: pl.DataFrame, clauses: pl.DataFrame,
                spans: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Clauses told alike (one text, the same date expressions cut: wire copy, a report
    repeated) become one: ``c`` renumbered over distinct ``(clause, cuts)``, so what
    follows is computed once per distinct clause; ``events``, ``clauses`` and ``spans``
    renumbered."""
    # spans come in order (see _spans): their list (each span one integer) is the same for
    # the same cuts; distinct (clause, cuts) numbered in order of first appearance
    cuts = spans.group_by("c").agg((pl.col("lo").cast(pl.Int64) * 2**32 + pl.col("hi")).alias("cuts"))
    told = clauses.join(cuts, on="c", how="left").select(
        "c", "clause", pl.col("cuts").fill_null(pl.lit([], pl.List(pl.Int64))))
    distinct = told.group_by("clause", "cuts", maintain_order=True).agg("c").with_row_index("d")
    to_distinct = distinct.select("c", "d").explode("c")
    first = to_distinct.group_by("d").agg(pl.col("c").min())
    return (
        events.join(to_distinct, on="c", maintain_order="left").drop("c").rename({"d": "c"}),
        distinct.select(pl.col("d").alias("c"), "clause"),
        spans.join(first, on="c").drop("c").rename({"d": "c"}).select("c", "lo", "hi", "len"),
    )


def _spans(events: pl.DataFrame, clauses: pl.DataFrame) -> pl.DataFrame:
    """The date expressions tagged in each clause ``c``, as ``[lo, hi)`` in the clause,
    in order, without overlaps (a span overlapping an earlier one is left in)."""
    lengths = clauses.select("c", pl.col("clause").str.len_chars().cast(pl.Int64).alias("len"))
    return (
        events.filter(~pl.col("inherited"), pl.col("expr_start").is_not_null(), pl.col("expr_end").is_not_null())
        .select("c", (pl.col("expr_start") - pl.col("clause_start")).alias("lo"),
                (pl.col("expr_end") - pl.col("clause_start")).alias("hi"))
        .unique().join(lengths, on="c")
        .filter(pl.col("lo") >= 0, pl.col("lo") <= pl.col("hi"), pl.col("hi") <= pl.col("len"))
        .sort("c", "lo", "hi")
        # the farthest end of the clause's earlier spans, as one running maximum over all
        # clauses (``c`` in the high bits, so an earlier clause's is always smaller)
        .with_columns((pl.col("c").cast(pl.Int64) * _CLAUSE).alias("base"))
        .with_columns((pl.col("base") + pl.col("hi")).cum_max().shift(1, fill_value=0).alias("reach"))
        .filter(pl.col("lo") >= pl.when(pl.col("reach") >= pl.col("base")).then(pl.col("reach") - pl.col("base"))
                .otherwise(0))
        .select("c", "lo", "hi", "len")
    )


def _cut_clauses(clauses: pl.DataFrame, spans: pl.DataFrame) -> pl.DataFrame:
    """``clauses`` with ``text``: the clause with its date expressions cut (pieces joined by a space)."""
    pieces = pl.concat([
        spans.select("c", pl.col("hi").shift(1, fill_value=0).over("c").alias("a"), pl.col("lo").alias("b")),
        spans.group_by("c").agg(pl.col("hi").max().alias("a"), pl.col("len").first().alias("b")),
    ]).sort("c", "a")
    cut = (
        pieces.join(clauses.select("c", "clause"), on="c", maintain_order="left")
        .select("c", pl.col("clause").str.slice(pl.col("a"), pl.col("b") - pl.col("a")).alias("piece"))
        .group_by("c", maintain_order=True).agg(pl.col("piece").str.join(" ").alias("text"))
    )
    return clauses.join(cut, on="c", how="left").with_columns(pl.col("text").fill_null(pl.col("clause")))


def _marks(events: pl.DataFrame, spans: pl.DataFrame, clauses: pl.DataFrame) -> pl.DataFrame:
    """``events`` with ``mark``: how many words of its cut clause come before where the
    event's own expression stood (0 without an expression); once per clause and place."""
    own = events.select("c", (pl.col("expr_start") - pl.col("clause_start")).alias("own")) \
        .filter(pl.col("own").is_not_null()).unique()
    marks = _words_before(own, spans, clauses).rename({"words": "mark"})
    return (
        events.with_columns((pl.col("expr_start") - pl.col("clause_start")).alias("own"))
        .join(marks, on=["c", "own"], how="left", maintain_order="left")
        .drop("own").with_columns(pl.col("mark").fill_null(0))
    )


def _words_before(points: pl.DataFrame, spans: pl.DataFrame, clauses: pl.DataFrame) -> pl.DataFrame:
    """``(c, own, words)``: how many words of clause ``c`` cut (``text``) come before the
    character ``own`` of the clause as told."""
    if not points.height:
        return pl.DataFrame(schema={"c": points.schema["c"], "own": points.schema["own"], "words": pl.Int64})
    before = (
        points.join(spans.select("c", "lo", "hi"), on="c").filter(pl.col("lo") < pl.col("own"))
        .group_by("c", "own").agg((pl.min_horizontal("hi", "own") - pl.col("lo")).sum().alias("lost"),
                                  pl.len().alias("cuts"))
    )
    return (
        points.join(before, on=["c", "own"], how="left").join(clauses.select("c", "text"), on="c")
        .select("c", "own", (pl.col("own") - pl.col("lost").fill_null(0) + pl.col("cuts").fill_null(0))
                .clip(0).alias("at"), "text")
        .select("c", "own", fold_expr(pl.col("text").str.slice(0, pl.col("at"))).str.count_matches(_TOKEN)
                .cast(pl.Int64).alias("words"))
    )


def _leads(positions: pl.DataFrame, clauses: pl.DataFrame, lexicon: TriggerLexicon) -> pl.DataFrame:
    """``positions`` (with :func:`_token_marks`) with ``lead``: how many words before each
    token count against its opening the clause (:meth:`TriggerLexicon.opens`: lead-ins and
    a dateline do not)."""
    dateline = (
        clauses.select("c", pl.col("folded").str.slice(0, DATELINE_CHARS).str.extract(r"^([^:]*):", 1)
                       .str.count_matches(_TOKEN).fill_null(0).alias("dateline"))
        .with_columns(pl.when(pl.col("dateline") <= lexicon.dateline_words).then(pl.col("dateline")).otherwise(0))
    )
    counts = (~pl.col("lead_in") & (pl.col("pos") >= pl.col("dateline"))).cast(pl.Int64)
    return (
        positions.join(dateline, on="c", how="left", maintain_order="left")
        .with_columns((sum_in_clause(counts) - counts).alias("lead")).drop("dateline")
    )


_PUNCTUATION = r"[،,.؛;:!?؟]"  # brackets and quotes wrap a gloss or a name: the phrase goes on


def _stretch_ends(clauses: pl.DataFrame, among: pl.Series) -> pl.DataFrame:
    """``(c, hi)``: the words each stretch between marks of punctuation of the clauses ``among``
    (cut, folded) ends at (its last word's place)."""
    return (
        clauses.filter(pl.col("c").is_in(among.unique().implode()))
        .select("c", pl.col("folded").str.extract_all(rf"[^{_PUNCTUATION[1:-1]}]+").alias("part"))
        .explode("part").drop_nulls("part")
        .with_columns(pl.col("part").str.count_matches(_TOKEN).cast(pl.Int64).alias("n"))
        .filter(pl.col("n") > 0)
        .with_columns((pl.col("n").cum_sum().over("c") - 1).alias("hi"))
        .select("c", "hi")
    )


def _after_phrases(clauses: pl.DataFrame, positions: pl.DataFrame) -> pl.DataFrame:
    """``(c, lo, reach, hi)``: each phrase of clause ``c`` (cut, folded; its words ``positions``)
    opened by a word of :func:`told_after` at word ``lo`` (``تظاهروا بعد مقتل ثلاثة في اشتباكات``:
    مقتل … اشتباكات); its words run up to word ``reach``: to the next mark of punctuation, within
    :data:`AFTER_REACH` words. None after a word of ``told_after_not`` (``بعد ذلك``) nor after a
    copula (``الحادث كان جراء…``). ``hi`` is the last word before that mark: a date told up to it
    is the phrase's (``بعد أن شنت الجماعات هجومها في وقت متأخر من يوم الجمعة``، ``عقب تقرير
    الزيارة التي قام بها الوفد خلال الفترة…``). ``aim``: opened by a word of :func:`told_for`
    (``من أجل إطلاق سراحها``: what is sought, not what happened)."""
    cues, stops, copulas = told_after()
    empty = pl.DataFrame(schema={"c": clauses.schema["c"], "lo": pl.Int64, "reach": pl.Int64, "hi": pl.Int64,
                                 "aim": pl.Boolean})
    # each word as the text may write it (after و ف, then ب ل ك): one look-up a word, no pattern
    cue, stop, copula, aims = ({f for w in words for f in _with_clitics(w)}
                               for words in (cues, stops, copulas, told_for()))
    # with the words right after and before each (the rows beside it: a clause's words are consecutive rows,
    # pos their place in it), read off the rows themselves, not joined back from every word of every clause
    cued = (
        positions.with_columns(beside("token", -1).alias("after"), beside("token", 1).alias("before"))
        .filter(pl.col("token").is_in(listed(frozenset(cue | aims | stop | copula))))
        .select("c", pl.col("pos").cast(pl.Int64).alias("at"), "token", "after", "before")
    )
    opened = cued.filter(pl.col("token").is_in(listed(frozenset(cue | aims)))).select(
        "c", pl.col("at").alias("lo"), pl.col("token").is_in(listed(frozenset(aims - cue))).alias("aim"), "token",
        "after", "before")
    if not opened.height:
        return empty
    stop, copula = listed(frozenset(stop)), listed(frozenset(copula))
    opened = (
        opened.with_columns((pl.col("lo") + 1).alias("next"), (pl.col("lo") - 1).alias("prior"))
        .join(cued.filter(pl.col("token").is_in(stop)), left_on=["c", "next"], right_on=["c", "at"], how="anti")
        .join(cued.filter(pl.col("token").is_in(copula)), left_on=["c", "prior"], right_on=["c", "at"], how="anti")
        .select("c", "lo", "aim", "token", "after", "before")
    )
    # no aim: a score (بهدف نظيف), or efforts that are the subject of a verb of outcome (نجحت جهود الوساطة
    # في إطلاق سراح الرهائن): what they achieved happened, as if no phrase were opened
    # ...nor a word that opens one only after another (أجّل: postponed; من أجل: for)
    scores, outcome, bare, allowed = told_for_not()
    opened = (
        opened.filter(~(pl.col("aim") & pl.concat_str("token", "after", separator=" ").is_in(listed(scores)).fill_null(False)),
                ~(pl.col("aim") & pl.col("token").is_in(listed(bare))
                  & ~pl.concat_str("before", "token", separator=" ").is_in(listed(allowed)).fill_null(False)))
        .select("c", "lo", "aim")
    )
    ends = _stretch_ends(clauses, opened["c"])
    phrases = (
        opened.join(ends, on="c").filter(pl.col("hi") >= pl.col("lo"))
        .sort("c", "lo", "hi").unique(["c", "lo"], keep="first", maintain_order=True)
        .select("c", "lo", pl.min_horizontal(pl.col("lo") + AFTER_REACH, "hi").alias("reach"), "hi", "aim")
    )
    verbs = positions.filter(pl.col("token").is_in(listed(outcome))).select("c", pl.col("pos").cast(pl.Int64).alias("at"))
    aimed = phrases.filter("aim")
    if verbs.height and aimed.height:
        # the verb in the aim's stretch, or before it with no mark of punctuation between
        near = (
            aimed.select("c", "lo", "hi").join(verbs, on="c")
            .filter(pl.col("at") >= pl.col("lo") - TOLD_FOR_BEFORE, pl.col("at") <= pl.col("hi"), pl.col("at") != pl.col("lo"))
            .join(ends.rename({"hi": "end"}), on="c", how="left")
            .group_by("c", "lo", "at")
            .agg(((pl.col("end") >= pl.col("at")) & (pl.col("end") < pl.col("lo"))).any().alias("marked"))
            .filter(~pl.col("marked"))
            .select("c", "lo").unique()
        )
        phrases = phrases.join(near, on=["c", "lo"], how="anti", maintain_order="left")
    return phrases


def _means_at(positions: pl.DataFrame, tokens: pl.Series) -> pl.DataFrame:
    """Each clause's first word of :func:`means` (``c`` and its class as ``cause``)."""
    kinds = [(cls, tokens.filter(tokens.str.contains(_words_pattern(words)))) for cls, words in means().items()]
    told = {token: cls for cls, found in kinds for token in found.to_list()}
    if not told:
        return pl.DataFrame(schema={"c": positions.schema["c"], "cause": pl.String})
    return (
        positions.filter(pl.col("token").is_in(list(told))).sort("c", "pos")
        .unique("c", keep="first", maintain_order=True)
        .select("c", pl.col("token").replace_strict(told, return_dtype=pl.String).alias("cause"))
    )


def _actors(nearest: pl.DataFrame, positions: pl.DataFrame, lexicon: TriggerLexicon) -> pl.DataFrame:
    """``(c, mark, actor, subject_end)``: who does each clause's happening (``who_acts`` in
    ``lang/<code>/actors.yaml``), as the ``word`` ids of a noun and what it is construct with up to its
    first word with the article (titles passed over, at most :data:`ACTOR_WORDS`, within
    :data:`ACTOR_REACH` words): after the happening's verb (``يصوت مجلس الشيوخ``; for a class not of
    ``who_acts`` only when the date follows it: ``يفتتح وزير التعليم الخميس المقبل مدرسة``, else the
    words after a verb may be what it governs), after a noun of ``who_acts`` with no article nor
    accusative ending (``إضراب نقابة المهندسين``), else after the verb opening the clause when the
    happening's noun follows (``ينفذ الممرضون إضرابا``; a saying's only when its subject is taken up
    again: ``أعلنت النقابة أنها ستنفذ إضرابا``). ``subject_end``: the subject's last place after a verb
    that governs what follows (a class not of ``who_acts``, the date after its subject: ``يفتتح الوزير
    الخميس القناة``), where what it governs begins; null otherwise (a strike's or a vote's verb governs
    no thing: ``يصوت مجلس الأمن على القرار``). ``verb_subject_end``: the subject's last place right
    after a verb or noun of ``who_acts`` (``صادق مجلس النواب … على``, ``تصويت مجلس النواب على``), null
    otherwise. ``nearest``: ``(c, mark, pos,
    trigger)``, the happening word's place; ``positions`` with :func:`_token_marks` and :func:`_leads`."""
    schema = {"c": nearest.schema["c"], "mark": nearest.schema["mark"], "actor": pl.List(pl.UInt32),
              "subject_end": pl.Int64, "verb_subject_end": pl.Int64}
    spec, clitics, shapes = who_acts(), clitic_prefixes(), load_shapes()
    article = re.escape(clitics.article)
    # a word with the article (after و ف, a preposition or none), and one after a preposition
    articled = rf"^{clitics.conjunction}?(?:{clitics.preposition}?{article}|{re.escape(clitics.lam_article)})\w\w"
    governed = rf"^{clitics.conjunction}?(?:{clitics.preposition}{article}|{re.escape(clitics.lam_article)})\w\w"
    verbal = listed(lexicon.verbal)
    token = pl.col("token")
    bare = pl.when(token.str.slice(0, 1).is_in(list(clitics.conjunctions)) & (token.str.len_chars() > 3)) \
        .then(token.str.slice(1)).otherwise(token)
    at = (
        _at_words(nearest.select("c", "mark", "pos", "trigger"), positions, {"token": "token"})
        .with_columns(bare.is_in(verbal).fill_null(False).alias("verb"),
                      token.str.contains(articled).fill_null(False).alias("articled"))
    )
    owned = at.filter(~pl.col("verb"), ~pl.col("articled"), pl.col("trigger").is_in(listed(spec.classes)))
    accusative_words = {t for t in owned["token"].unique().drop_nulls().to_list()
                        if len(t) > 3 and accusative(t[:-1])[-1] == t}
    owner = ~pl.col("verb") & ~pl.col("articled") & pl.col("trigger").is_in(listed(spec.classes)) \
        & ~pl.col("token").is_in(listed(frozenset(accusative_words)))
    # the verb opening each clause (by its shape, or a saying's)
    first = positions.filter(pl.col("lead") == 0, ~pl.col("lead_in").fill_null(False),
                             pl.col("token").is_not_null()).select("c", "pos", "token") \
        .unique("c", keep="first", maintain_order=True)
    told = {t for t in first["token"].unique().to_list()
            if lexicon.is_plain(t) or shapes.told_done(unjoined(t)) or shapes.plan_verb(unjoined(t))}
    plain = {t for t in told if lexicon.is_plain(t)}
    opening = first.filter(pl.col("token").is_in(listed(frozenset(told)))) \
        .select("c", pl.col("pos").alias("opener"), pl.col("token").is_in(listed(frozenset(plain))).alias("saying"))
    rows = (
        at.join(opening, on="c", how="left")
        .with_columns(pl.when(pl.col("verb") | owner).then(pl.col("pos"))
                      .when(pl.col("opener") < pl.col("pos")).then(pl.col("opener")).alias("from"))
        # (only what the filters below may keep: a verb not of who_acts with room for a subject before
        # the date after it; after the opening verb, a strike's or a vote's noun)
        .filter(pl.col("from").is_not_null(),
                pl.col("trigger").is_in(listed(spec.classes)) | (pl.col("verb") & (pl.col("mark") >= pl.col("pos") + 2)))
        .select("c", "mark", "pos", "trigger", "verb", "from",
                (~pl.col("verb") & ~owner & pl.col("saying").fill_null(False)).alias("saying"))
        .with_row_index("row")
    )
    if not rows.height:
        return pl.DataFrame(schema=schema)
    # (the clauses of those rows only: the patterns read every token of them)
    marks = positions.filter(pl.col("c").is_in(rows["c"].unique().implode())).select(
        "c", "pos", "token", "word", "title", "happening", "lent",
        pl.col("token").str.contains(articled).fill_null(False).alias("articled"),
        pl.col("token").str.contains(governed).fill_null(False).alias("governed"),
        pl.col("token").is_in(listed(spec.resumed)).fill_null(False).alias("resumed"))
    steps = pl.DataFrame({"step": pl.int_range(1, ACTOR_REACH + 2, eager=True).cast(pl.Int64)})
    words = (
        rows.join(steps, how="cross").with_columns((pl.col("from") + pl.col("step")).alias("at"))
        .join(marks, left_on=["c", "at"], right_on=["c", "pos"], how="inner")
        .sort("row", "at")
        # a word of the subject: a content word, no happening word, none after a preposition; not
        # the date's place or past it (the date follows the subject), not the happening's noun
        .with_columns((pl.col("word").is_not_null() & ~pl.col("happening").fill_null(False)
                       & ~pl.col("governed") & ~pl.col("lent").fill_null(False)
                       & ((pl.col("at") < pl.col("mark")) | (pl.col("mark") <= pl.col("from")))
                       & ((pl.col("at") < pl.col("pos")) | (pl.col("from") == pl.col("pos"))))
                      .alias("ok"))
        .with_columns((pl.col("ok").cast(pl.Int8).cum_min().over("row") == 1).alias("run"))
        .with_columns((pl.col("run") & ~pl.col("title").fill_null(False)).alias("named"),
                      pl.col("at").filter(pl.col("run")).max().over("row").alias("run_end"))
        # construct: the subject ends with its first word with the article
        .with_columns((pl.col("named") & pl.col("articled")).cast(pl.Int8).shift(1, fill_value=0).cum_max()
                      .over("row").alias("closed"),
                      pl.col("named").cast(pl.Int64).cum_sum().over("row").alias("n"))
        .filter(pl.col("named"), pl.col("closed") == 0, pl.col("n") <= ACTOR_WORDS)
        .group_by("row", maintain_order=True)
        .agg(pl.col("word").alias("actor"), pl.col("at").max().alias("end"), pl.col("run_end").first())
    )
    after = marks.select("c", (pl.col("pos") - 1).alias("end"), pl.col("resumed").alias("then_resumed"))
    return (
        rows.join(words, on="row").join(after, on=["c", "end"], how="left")
        .filter(
            # after a verb not of who_acts, only a subject the date follows
            ~pl.col("verb") | pl.col("trigger").is_in(listed(spec.classes)) | (pl.col("end") + 1 == pl.col("mark")),
            # a saying's subject does what is said only when taken up again
            ~pl.col("saying") | pl.col("then_resumed").fill_null(False),
            # after the verb opening the clause, only for a class of who_acts whose noun follows the
            # subject and its adjectives (ينفذ أطباء المستشفيات الجامعية إضرابا; a saying's: أعلنت النقابة
            # أنها ستنفذ إضرابا)
            (pl.col("from") == pl.col("pos"))
            | (pl.col("trigger").is_in(listed(spec.classes))
               & (pl.col("pos") - pl.col("run_end") <= pl.when(pl.col("saying")).then(SAID_NOUN_GAP).otherwise(1))),
        )
        .unique(["c", "mark"], keep="first", maintain_order=True)
        .select("c", "mark", pl.col("actor").list.unique().list.sort(),
                pl.when(pl.col("verb") & ~pl.col("trigger").is_in(listed(spec.classes))).then(pl.col("end"))
                .cast(pl.Int64).alias("subject_end"),
                pl.when((pl.col("from") == pl.col("pos")) & pl.col("trigger").is_in(listed(spec.classes)))
                .then(pl.col("end")).cast(pl.Int64).alias("verb_subject_end"))
    )


def _announced(read: pl.DataFrame, positions: pl.DataFrame, announcing: pl.Series,
               negations: list[str]) -> pl.DataFrame:
    """``read`` (happening words: ``c``, ``pos``) with ``announcer``: the position of the nearest verb of
    announcing (``announcing``, tokens) before each, within :data:`ANNOUNCER_REACH` words, not denied (a word of
    ``negations`` right before it: لم تعلن), else null. Read on the few verbs found, not on every word."""
    # the word right before each verb: the row before it in its clause (a clause's words are consecutive rows)
    verbs = (positions.with_columns(beside("token", 1).alias("denied"))
             .filter(pl.col("token").is_in(announcing.implode()), ~pl.col("denied").is_in(negations).fill_null(False))
             .select("c", pl.col("pos").alias("announcer")))
    nearest = (
        read.select("c", "pos").unique().join(verbs, on="c")
        .filter(pl.col("announcer") <= pl.col("pos"), pl.col("pos") - pl.col("announcer") <= ANNOUNCER_REACH)
        .group_by("c", "pos").agg(pl.col("announcer").max())
    )
    return read.join(nearest, on=["c", "pos"], how="left", maintain_order="left")


def _told_ahead(read: pl.DataFrame, positions: pl.DataFrame, expecting: pl.Series) -> pl.DataFrame:
    """``read`` (happening words: ``c``, ``pos``) with ``ahead``: whether an adjective of expectation
    (``expecting``, tokens: :func:`ahead`) stands within :data:`AHEAD_REACH` words after it (``اللقاء
    المرتقب``). Read on the few adjectives found, not on every word."""
    found = positions.filter(pl.col("token").is_in(expecting.implode())).select("c", "pos")
    told = pl.concat([found.filter(pl.col("pos") >= k).select("c", pl.col("pos") - k)
                      for k in range(1, AHEAD_REACH + 1)]).unique().with_columns(pl.lit(True).alias("ahead"))
    return (read.join(told, on=["c", "pos"], how="left", maintain_order="left")
            .with_columns(pl.col("ahead").fill_null(False)))


def _happenings(events: pl.DataFrame, positions: pl.DataFrame, classes: dict[str, str],
                lexicon: TriggerLexicon, phrases: pl.DataFrame | None = None,
                clauses: pl.DataFrame | None = None, vocabulary: pl.Series | None = None) -> pl.DataFrame:
    """Each event's happening word class and group (:meth:`TriggerLexicon.happening`, in
    words): the trigger nearest before its mark, else nearest after; one right after a
    subordinating word only when no other, then a toll only when no other (but for one inside the
    phrase that holds the date, :func:`_after_phrases`: that date is the toll's); one right after
    another is passed over, and one after a word naming a case or a place (``متهمي تفجير``) is
    none (a word of an announced class after عن is no background: ``أعلنت عن وفاة``; nor, but a toll, one after
    عن that a verb of announcing not denied announces with no happening word between: ``أعلنت الهيئة عن تحطم
    طائرة``, :func:`announcers`); when a
    reaction opens the clause or is voiced after عن, the clause's first reaction that is no background. With
    its ``object``: the first :data:`OBJECT_WORDS` content words within :data:`OBJECT_REACH`
    words after it that are no happening words and do not name who did it or how
    (:attr:`TriggerLexicon.not_objects`): ``هجوم مسلح على أكاديمية الشرطة`` → أكاديمية، شرط;
    ``افتتاح قناة السويس`` → قنا، سويس. For an arrival (:func:`told_by_object`) titles are
    passed over and not counted in the reach, as for a reaction's actor: ``وصل صاحب السمو
    الملكي الأمير فيصل`` → فيصل, not صاحب، سمو. ``phrases``: :func:`_after_phrases` (a word inside an aim's
    names no happening); ``clauses`` (cut, folded): where their marks of punctuation stand, so that a word
    after one qualifies no happening word before it. ``vocabulary``: the distinct tokens of ``positions``
    (any order, nulls or not), when the caller has them (else they are taken here)."""
    voiced, naming = listed(lexicon.voiced), listed(lexicon.naming)
    between, through = (listed(frozenset(f for w in words for f in (w, "و" + w, "ف" + w)))
                        for words in (lexicon.naming_between, lexicon.naming_through))
    # the word before, words of `naming_between` passed over (محاكمة 29 متهما في هذا الاعتداء): an
    # accusation names a case, not what its clause tells
    # (the rows of a clause are consecutive: the row before within it, not a window over "c")
    accuser = pl.when(~pl.col("token").is_in(between).fill_null(False)).then(pl.col("subordinator").fill_null(""))
    accuser = pl.when(pl.col("c") == pl.col("c").shift(1)).then(accuser.shift(1))
    # (only ever read as sets: is_in)
    tokens = (positions["token"].unique() if vocabulary is None else vocabulary).drop_nulls()
    # after a subordinator (وبموقع الانفجار: not only after the one letter TriggerLexicon.background
    # strips) a happening word is not the clause's own either
    after_consequence = tokens.filter(tokens.str.contains(_words_pattern(consequences()))
                                      | tokens.str.contains(_words_pattern(sorted(lexicon.subordinators - lexicon.voiced),
                                                                           article=False)))
    reactions = sorted(c for c in set(classes.values()) if lexicon.is_reaction(c))
    voices = sorted(c for c in set(classes.values()) if lexicon.voices(c))
    after_cause = tokens.filter(tokens.str.contains(_words_pattern(causes())))
    announcing = tokens.filter(tokens.str.contains(_words_pattern(announcers(), article=False)))
    expecting = tokens.filter(tokens.str.contains(_words_pattern(ahead())))
    read = (
        # the subordinator before a happening word (:meth:`TriggerLexicon.background`)
        # ...and a noun naming what followed it (مصابي تفجير): the clause tells the consequence
        # (and a toll's cause after إثر، جراء: `causes`), read on the happening words only
        positions.with_columns(beside("subordinator", 1).alias("before"), beside("token", 1).alias("prior"),
                               accuser.alias("accuser"))
        .with_columns(_fill_in_clause("accuser", NAMING_BETWEEN))
        .join(lexicon.in_context(positions, classes), on=["c", "pos"])  # a sense told by what follows
        .pipe(_announced, positions, announcing, listed(lexicon.negations))
        .pipe(_told_ahead, positions, expecting)
        .with_columns(pl.col("prior").is_in(after_consequence.implode()).fill_null(False).alias("consequence"),
                      pl.col("prior").is_in(after_cause.implode()).fill_null(False).alias("caused"),
                      (pl.col("before").is_not_null()
                       & ~(pl.col("before").is_in(voiced) & pl.col("trigger").is_in(voices))
                       # (what a verb of announcing announces after عن: أعلنت الهيئة عن تحطم طائرة; not
                       # when a happening word stands between, what is announced: أعلنت الحركة المسؤولية عن هجوم)
                       & ~(pl.col("before").is_in(voiced) & ~pl.col("trigger").is_in(listed(lexicon.tolls))
                           & (pl.col("pos") - pl.col("announcer") <= ANNOUNCER_REACH)
                           & ~(pl.col("pos").shift(1).over("c", order_by="pos") > pl.col("announcer")).fill_null(False)
                           & ~pl.col("ahead")  # (nor one announced as ahead: أعلن الأسبوع الماضي عن اللقاء المرتقب)
                           ).fill_null(False)
                       ).alias("background"))
        # a background word of what a fragment borrows (_lent) is not its happening: it tells
        # what the rest of the sentence is about (أكدت ماليزيا أمس أن… الطائرة التي اختفت العام الماضي)
        .filter(~pl.col("background") | (pl.col("pos") < pl.col("borrowed")).fill_null(True), ~pl.col("lent"),
                # nor one naming a case or a place (أخلت المحكمة سبيل متهمي تفجير المحطة): no fallback to it
                ~pl.col("before").is_in(naming).fill_null(False),
                # ...or what someone is accused of (متهما في هذا الاعتداء), not right after به (the suspect's act)
                ~(pl.col("accuser").is_in(naming) & ~pl.col("prior").is_in(through)).fill_null(False))
        .select("c", "pos", "lead", "background", pl.col("before").is_in(voiced).fill_null(False).alias("voiced"),
                "trigger", "consequence", "caused")
        .sort("c", "pos")
    )
    # a happening word inside a phrase naming what its clause is told after (_after_phrases; a
    # word after two openers is in the nearer's phrase)
    if phrases is not None and phrases.height:
        inside = (
            read.select("c", "pos").join(phrases, on="c")
            .filter(pl.col("pos") > pl.col("lo"), pl.col("pos") <= pl.col("reach"))
            .sort("c", "pos", "lo").unique(["c", "pos"], keep="last").select("c", "pos", "lo", "hi", "aim")
        )
        read = read.join(inside, on=["c", "pos"], how="left", maintain_order="left")
    else:
        read = read.with_columns(pl.lit(None, pl.Int64).alias("lo"), pl.lit(None, pl.Int64).alias("hi"),
                                 pl.lit(None, pl.Boolean).alias("aim"))
    # one right after another qualifies it (توقيف انتحاري): the noun before names it; not across a
    # mark of punctuation (وقبل أشهر من اغتياله، دعا الزعيم: the call is told)
    follows = ((pl.col("pos").shift(1) == pl.col("pos") - 1) & (pl.col("c").shift(1) == pl.col("c"))).fill_null(False)
    if clauses is not None:
        glued = read.filter(follows).select("c", (pl.col("pos") - 1).cast(pl.Int64).alias("hi"))
        if glued.height:
            marked = glued.join(_stretch_ends(clauses, glued["c"]), on=["c", "hi"], how="semi")
            follows = follows & ~pl.struct("c", (pl.col("pos") - 1).cast(pl.Int64).alias("hi")).is_in(
                marked.to_struct().implode())
    found = read.filter(~follows)
    nearest = (
        events.select("c", "mark").unique().join(found, on="c")
        .with_columns(
            (pl.col("pos") >= pl.col("mark")).alias("after"),
            # a reaction opening the clause is what it tells (TriggerLexicon.happening)
            (~pl.col("background") & ((pl.col("lead") < OPENING_WORDS) | pl.col("voiced"))
             & pl.col("trigger").is_in(reactions)).alias("opens"),
            pl.col("trigger").is_in(listed(lexicon.tolls)).alias("toll"),
            # ...told after (بعد مقتل ثلاثة في اشتباكات): another happening, unless the phrase holds
            # the event's date (then that date is the phrase's happening's)
            (pl.col("lo").is_not_null() & ~((pl.col("mark") > pl.col("lo")) & (pl.col("mark") <= pl.col("hi") + 1)))
            .alias("phrased"),
        )
        # ...or its clause counts a toll outside it: a toll told after its cause (قتل تسعة إثر سلسلة
        # انفجارات) tells that happening (`causes`)
        .with_columns(pl.col("phrased") & ~(pl.col("toll") & pl.col("lo").is_null()).any().over("c", "mark"))
        # ...and an aim (من أجل إطلاق سراحها: told_for) names nothing that happened: no class at all,
        # unless the clause's date is told in its stretch (كان كيري عقد اجتماعا سعيا لتبديد مخاوفهم من
        # الاتفاق الذي أبرم الشهر الماضي: the agreement's date)
        .filter(~(pl.col("phrased") & pl.col("aim").fill_null(False)))
        .with_columns(
            pl.when(pl.col("after")).then(pl.col("pos") - pl.col("mark"))
            .otherwise(pl.col("mark") - pl.col("pos")).alias("distance"),
            # ...and then the clause's first reaction that is no background tells it (تلقى
            # اتصالا هاتفيا من… أعرب خلاله عن إدانته is the call, not the condemnation)
            (~pl.col("background") & pl.col("trigger").is_in(reactions)
             & pl.col("opens").any().over("c", "mark")).alias("leads"),
            # a plain predicate nearest before the date (قال، أكد: TriggerLexicon.plain) is what it
            # dates: no happening word before it but a reaction (itself told) gives the clause its
            # class; it gives none itself
            pl.col("pos").filter(pl.col("trigger") == PLAIN, ~pl.col("after")).max().over("c", "mark").alias("wall"),
        )
        .filter(pl.col("after") | pl.col("wall").is_null() | (pl.col("pos") > pl.col("wall"))
                | pl.col("trigger").is_in(reactions), pl.col("trigger") != PLAIN)
    )
    # the happening a clause is told after, kept: its phrase's first happening word's class
    told = (
        nearest.filter(pl.col("phrased")).sort("c", "mark", "pos").unique(["c", "mark"], keep="first")
        .select("c", "mark", pl.col("trigger").alias("told_after"))
    )
    nearest = (
        nearest.sort("c", "mark", "leads", pl.when(pl.col("leads")).then(pl.col("pos")).otherwise(0),
                     # (a toll inside the phrase that holds the date is that phrase's happening, not a
                     # toll passed over: نفذوا اعتصاما احتجاجا على قتل شاب مساء الخميس is the killing's day)
                     "opens", "background", pl.col("toll") & (pl.col("lo").is_null() | pl.col("phrased")),
                     "phrased", "after", "distance", "pos",
                     descending=[False, False, True, False, True] + [False] * 6)
        .unique(["c", "mark"], keep="first", maintain_order=True)
        .join(told, on=["c", "mark"], how="left", maintain_order="left")
        .select("c", "mark", "pos", "trigger", "voiced", "opens",
                (~pl.col("background") & ~pl.col("consequence") & ~pl.col("phrased")).alias("own"),
                pl.col("trigger").replace_strict(*mapped(lexicon.groups), default=None, return_dtype=pl.String)
                .alias("group"),
                # (none when that phrase's word is the clause's only one: then it tells it)
                pl.when(~pl.col("phrased")).then(pl.col("told_after")).alias("told_after"))
    )
    # what the happening word governs: content words right after it, none a happening word,
    # none telling who did it or how (agent); titles (صاحب السمو الملكي، جلالة الملك) tell rank,
    # not who: a reaction's actor is counted in words that may name someone (``named``)
    counted = (
        positions.filter(pl.col("c").is_in(nearest["c"].unique().implode()))
        .with_columns(sum_in_clause((~(pl.col("agent") | pl.col("title"))).cast(pl.Int64)).alias("named"))
    )
    governed = (
        counted.filter(~pl.col("happening"), ~pl.col("agent"), ~pl.col("lent"), pl.col("word").is_not_null())
        .select("c", pl.col("pos").alias("at"), "named", "title", "word")
    )
    nearest = nearest.join(counted.select("c", "pos", pl.col("named").alias("trigger_named")), on=["c", "pos"],
                           how="left")
    # a reaction's actor ends at the next happening word (أدانت مصر التفجير: what it condemns)
    stops = (
        nearest.select("c", "mark", "pos").join(found.select("c", pl.col("pos").alias("next")), on="c")
        .filter(pl.col("next") > pl.col("pos")).group_by("c", "mark").agg(pl.col("next").min())
    )
    nearest = nearest.join(stops, on=["c", "mark"], how="left").with_columns(pl.col("next").fill_null(2**31))
    # what a happening word governs ends at a verb naming who did it (هجوم انتحاري نفذه حزب العمال:
    # the party is the doer, not the target)
    doing = tokens.filter(tokens.str.contains(_words_pattern(doers())))
    if doing.len():
        done_by = (
            nearest.select("c", "mark", "pos")
            .join(positions.filter(pl.col("token").is_in(doing.implode())).select("c", pl.col("pos").alias("doer")),
                  on="c")
            .filter(pl.col("doer") > pl.col("pos")).group_by("c", "mark").agg(pl.col("doer").min())
        )
        nearest = nearest.join(done_by, on=["c", "mark"], how="left").with_columns(pl.col("doer").fill_null(2**31))
    else:  # no clause names a doer
        nearest = nearest.with_columns(pl.lit(None, nearest.schema["pos"]).fill_null(2**31).alias("doer"))
    # a reaction's object is who reacts: more words, a little farther (أدانت وزارة
    # الخارجية الأمريكية; اتصالا هاتفيا من جلالة الملك محمد); voiced after عن, the words
    # before it (أعربت الكويت عن إدانتها); and a reaction that does not open its clause
    # (تلقى نائب خادم الحرمين… اتصالا من…) also names whom it was addressed to, before it
    # who does it (_actors)
    actors = _actors(nearest, positions, lexicon)
    reaction = pl.col("trigger").is_in(reactions)
    before = reaction & pl.col("voiced")
    addressed = reaction & ~pl.col("voiced") & ~pl.col("opens") & (pl.col("at") < pl.col("pos")) & ~pl.col("title")
    # a verb of ``who_acts`` names its subject first (VSO, the ordinary order: صادق مجلس النواب أمس
    # على الموازنة), as its verbal noun does (تصويت مجلس النواب على الموازنة): what it governs is read
    # past that subject, as it is read after the verb when the subject stands before it (البرلمان
    # صادق على الموازنة)
    spoken = actors.filter(pl.col("verb_subject_end").is_not_null()).select("c", "mark", "verb_subject_end")
    objects = (
        nearest.select("c", "mark", "pos", "trigger_named", "next", "doer", "trigger", "voiced", "opens")
        .join(spoken, on=["c", "mark"], how="left")
        .with_columns(pl.coalesce("verb_subject_end", "pos").alias("object_from"))
        .join(governed, on="c")
        .filter(pl.when(before).then((pl.col("at") < pl.col("pos")) & ~pl.col("title"))
                .when(reaction).then(((pl.col("named") > pl.col("trigger_named")) & ~pl.col("title")
                                      & (pl.col("at") < pl.col("next"))
                                      & (pl.col("named") <= pl.col("trigger_named") + ACTOR_REACH))
                                     | addressed)
                # an arrival governs who arrives: titles passed over (صاحب السمو الأمير فيصل)
                .when(pl.col("trigger").is_in(listed(told_by_object()))).then(
                    (pl.col("at") > pl.col("pos")) & ~pl.col("title") & (pl.col("named") > pl.col("trigger_named"))
                    & (pl.col("named") <= pl.col("trigger_named") + OBJECT_REACH))
                .otherwise((pl.col("at") > pl.col("object_from")) & (pl.col("at") <= pl.col("object_from") + OBJECT_REACH)
                           & (pl.col("at") < pl.col("doer"))))
        .sort("c", "mark", "at")
        .filter(pl.int_range(pl.len()).over("c", "mark", pl.col("at") < pl.col("pos"))
                < pl.when(reaction).then(ACTOR_WORDS).otherwise(OBJECT_WORDS))
        .group_by("c", "mark", maintain_order=True)
        .agg(pl.col("word").unique().sort().alias("object"))
    )
    # ...and after a verb whose subject the date follows, what it governs past that subject (يفتتح وزير
    # التعليم الخميس المقبل مدرسة الأمل: the school; ``object`` keeps the subject, read as a verbal noun's
    # following words are: يفتتح الوزير القناة, افتتاح القناة, تفتتح مصر مشروع القناة alike)
    past = actors.filter(pl.col("subject_end").is_not_null())
    governed_past = (
        past.select("c", "mark", "subject_end").join(nearest.select("c", "mark", "doer"), on=["c", "mark"])
        .join(governed.select("c", "at", "word"), on="c")
        .filter(pl.col("at") > pl.col("subject_end"), pl.col("at") <= pl.col("subject_end") + OBJECT_REACH,
                pl.col("at") < pl.col("doer"))
        .sort("c", "mark", "at").filter(pl.int_range(pl.len()).over("c", "mark") < OBJECT_WORDS)
        .group_by("c", "mark", maintain_order=True).agg(pl.col("word").unique().sort().alias("governed"))
    )
    actors = actors.join(governed_past, on=["c", "mark"], how="left")
    # a toll's cause: the first happening word of another class within CAUSE_REACH words after
    # it, right after a word of `causes` (قتلوا إثر انهيار مبنى، حصيلة ضحايا الهجوم); a toll
    # is read only when every other happening word of its clause is background
    tolls, causing = listed(lexicon.tolls), listed(lexicon.tolls | frozenset(reactions))
    caused = pl.DataFrame(schema={"c": nearest.schema["c"], "mark": nearest.schema["mark"], "cause": pl.String})
    if nearest.select(pl.col("trigger").is_in(tolls).any()).item():
        caused = (
            nearest.filter(pl.col("trigger").is_in(tolls)).select("c", "mark", "pos")
            .join(read.filter(pl.col("caused"), ~pl.col("trigger").is_in(causing))
                  .select("c", pl.col("pos").alias("at"), pl.col("trigger").alias("cause")), on="c")
            .filter(pl.col("at") > pl.col("pos"), pl.col("at") <= pl.col("pos") + CAUSE_REACH)
            .sort("c", "mark", "at").unique(["c", "mark"], keep="first", maintain_order=True)
            .select("c", "mark", "cause")
        )
        # ...else the means its clause tells (قتل طفل حرقا، بزرع ألغام … ما أدى إلى إصابة: `means`),
        # the first one in the clause (read in the clauses of such tolls only)
        uncaused = (nearest.filter(pl.col("trigger").is_in(tolls)).select("c", "mark")
                    .join(caused, on=["c", "mark"], how="anti"))
        if uncaused.height:
            near = positions.filter(pl.col("c").is_in(uncaused["c"].unique().implode()))
            told_how = _means_at(near, near["token"].unique().drop_nulls())
            caused = pl.concat([caused, uncaused.join(told_how, on="c").select("c", "mark", "cause")])
    # the happening word itself, as a content word (its id); whether it is in the dual, or one of
    # its class (or of a toll's cause's) right after a word of `causes` is (قتلوا جراء انفجارين):
    # two happenings told in one clause
    in_dual = positions.filter(pl.col("token").is_in(_dual_words(tokens, lexicon).implode())).select("c", "pos")
    dual = (
        in_dual.join(read.filter(pl.col("caused")).select("c", "pos", pl.col("trigger").alias("kind")), on=["c", "pos"])
        .select("c", "kind").unique().with_columns(pl.lit(True).alias("dual"))
    )
    # ...and whether it is told since (منذ بدء عمليات التحالف: right after a word of `since`)
    started = tokens.filter(tokens.str.contains(_words_pattern(since(), article=False)))
    after_since = positions.filter(pl.col("token").is_in(started.implode())).select(
        "c", (pl.col("pos") + 1).alias("pos"), pl.lit(True).alias("since"))
    found = (
        events.select("i", "c", "mark").join(nearest, on=["c", "mark"])
        .pipe(_at_words, positions, {"word": "trigger_word"})
        .join(objects, on=["c", "mark"], how="left")
        .join(caused, on=["c", "mark"], how="left")
        .join(actors.select("c", "mark", "actor", "governed"), on=["c", "mark"], how="left")
    )
    if in_dual.height:  # (few batches hold a dual)
        found = (
            found.join(dual, left_on=["c", "trigger"], right_on=["c", "kind"], how="left")
            .join(dual.rename({"dual": "cause_dual"}), left_on=["c", "cause"], right_on=["c", "kind"], how="left")
            .join(in_dual.with_columns(pl.lit(True).alias("own_dual")), on=["c", "pos"], how="left")
        )
    else:
        found = found.with_columns(pl.lit(None, pl.Boolean).alias(k) for k in ("dual", "cause_dual", "own_dual"))
    return (
        found.join(after_since, on=["c", "pos"], how="left")
        .select("i", "trigger", "trigger_word",
                # a toll naming its cause is of its cause's group (a collapse's dead: a disaster)
                pl.when(pl.col("cause").is_not_null())
                .then(pl.col("cause").replace_strict(*mapped(lexicon.groups), default=None, return_dtype=pl.String))
                .otherwise(pl.col("group")).alias("group"), "object", "actor", "governed", "own", "cause",
                pl.any_horizontal(pl.col("dual", "cause_dual", "own_dual").fill_null(False)).alias("two"),
                pl.col("since").fill_null(False), "told_after")
    )


def preload() -> None:
    """Build now what the merge and its stories build on first use (each loader caches what it
    builds), called as they call them (a cached function's key is its arguments as passed: ``f()`` and
    ``f("ar")`` are two entries). A build calls this on the thread that loads the word lists
    beside extraction (:func:`timeline.pipeline._load_word_lists`), not on its one-core tail."""
    for loader in (told_by_object, who_acts, told_by_sides, clubs, matches, case_markers, case_stops, told_by_case, consequences, announcers, ahead, doers,
                   since, means, causes, told_after, told_for, told_for_not, duals, not_tolls, bodies, told_apart, lead_cues,
                   cues_not_before, ranked_cues, _cut_off, _after_phrase, _after_words, _count_words, _counted_run, _lost_space, thousands, _thousands_run, not_counts, versioned, measures, measures_aside, _city_forms, _spelled, _known_places, _purpose,
                   site_words):
        loader()
    bodies("ar")
    load_wording("ar")
    _preload_alike()
