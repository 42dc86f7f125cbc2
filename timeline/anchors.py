"""Dates told relative to a happening: ``بعد ثلاثة أيام على الزلزال``، ``قبل الانتخابات
بيومين``، ``عشية الانتخابات``، ``غداة الزلزال``، ``في ذكرى الزلزال``.

The tagger reads ``بعد ثلاثة أيام`` or ``بيومين`` as a duration (no interval) and leaves
``عشية``/``غداة``/``ذكرى`` untagged; this module looks at the text right around them for the
happening X they count from (a demonstrative skipped: ``على هذا الهجوم``). X must be able
to name a happening: not a function or time word, a number, a weekday (``ليلة الخميس``,
``ليلة أمس`` are nights the tagger dates) or an idiom (``على أيدي``، ``بين عشية وضحاها``);
after ``ليلة`` only a happening word (``ليلة التراث`` is a name). X is dated when another
clause of the same article (not the phrase's own: ``في 13 يوليو قبل يوم على التوقيع``) names a
happening of the same kind (its happening word, ``lang/ar/triggers.yaml``) or the word X
itself, with a date of its own to a day or finer: the expression then gets that day
shifted (``anchor = "event:X"``). A clause that tells X (its first happening word is of X's
kind: ``وقع التفجير في 26 حزيران``) comes before a nearer one where X is only what another
happening is about (``اعتقلت الشرطة في 7 تموز ثلاثة أشخاص على صلة بالتفجير``), and X's own
relative clause right after it before both (``عشية الهجوم الانتحاري الذي استهدف المسجد في
26 حزيران``). Otherwise it stays undated, anchored to X: it is
never counted from the publication date. Its ``pending`` timex (no interval, value
``event:X+P3D``) lets :mod:`timeline.relink` date it, after merging, from the entry of X in
the story its article's other reports joined; when none does, it makes no event. An anniversary
(``في ذكرى X``) is dated by the clause's own year or day, and is linked to X; a clause with none is
X's date N years on (:func:`commemoration`: N from ``الأولى``، ``الخامسة والعشرين``، ``المئوية``),
at X's grain, or without N X's day when near the publication; else it stays undated. The reverse, a
dated clause's anniversary with its count (``أحيت المدينة أمس الذكرى العاشرة للزلزال``، ``احتفلت الجامعة
أمس بمرور 20 عاما على تأسيسها``), makes X an event of its own N years back (:func:`recalled_happening`; every count of the clause); in a clause with
no date of its own, the publication's year less N (:func:`recalled_this_year`). ``عشية``/``غداة``/``ليلة X`` followed by X's own day, a few words on with no
punctuation between (``عشية جلسة للبرلمان اليوم الثلاثاء``، ``عشية مباراة الكأس السوبر
السبت``), is counted from that day, and the phrase then spans it. The day of X (``فجر يوم
التفجير``، ``يوم التفجير الجمعة``; ``يوم الحادث`` where the article calls it ``حادث التفجير``) is
X's day, found the same way; the weekday it spans only says which weekday X fell on.
What is held on the sidelines of X (``على هامش القمة التي عقدت أمس``: ``sidelines`` of
``lang/ar/event_dates.yaml``, X a happening word) is held on X's day, only when X's own day is told
right after it or in its relative clause.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

import polars as pl

from timeline._programs import kept
from timeline._spans import end_before_spaces
from timeline._types import Anchor, Grain, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.happenings import load_triggers
from timeline.lexicon import (COMMAS, PHRASE_END, SEMICOLONS, SENTENCE_ENDS, attached_pronouns, clitic_prefixes, load_lexicon,
                              marks, relative_pronouns)
from timeline.normalize import fold, fold_variants
from timeline.wording import load_wording

__all__ = ["Anniversary", "CONFLICTED_CONFIDENCE", "CountOpeners", "EventAnchor", "PENDING_CONFIDENCE", "PENDING_WINDOW", "RECALLED_AGO", "RECALLED_CONFIDENCE", "THIS_YEAR_CONFIDENCE", "anchor_to_happenings",
           "anniversary_of", "anniversary_phrase", "commemoration", "another_instance", "complement_of", "count_openers", "happening_head", "is_pending", "names_happening_like",
           "other_instance_words", "may_recall", "pending_offset", "preload", "recalled_date", "recalled_happening", "recalled_this_year", "resolve_pending", "sense_doubted", "tells_happening_like",
           "tells_recalled", "years_on"]

_WORD = kept(r"\w+")


@functools.lru_cache(maxsize=None)
def _after(code: str = "ar") -> re.Pattern[str]:
    """After a duration: an adverb (``duration_adverbs``, ``lang/<code>/event_dates.yaml``:
    ``بعد أربعة أيام فقط على فوزه``), then من / على + the happening (a demonstrative skipped)."""
    adverbs = sorted({fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["duration_adverbs"]},
                     key=len, reverse=True)
    adverb = r"(?:\s+(?:" + "|".join(map(re.escape, adverbs)) + r")[\u064b-\u0652]*(?!\w))?"
    return kept(adverb + r"\s*(?:من|على|علي)\s+(?:(?:هذا|هذه|ذلك|تلك)\s+)?(?P<what>\w+)")


_UNIT_DAYS = {"D": 1, "W": 7}
# where a clause may start: a comma, end punctuation, or a word-initial و (a conjunction, or
# a root letter: a false start only makes the phrase's own clause shorter)
_CLAUSE_MARK = kept(marks(COMMAS, SEMICOLONS, SENTENCE_ENDS) + r"|\sو(?=\w)")  # not a colon
_OWN_CLAUSE_REACH = 200  # characters: a clause longer than this ends there
_SENSE_CHARS = 60  # X and the words after it that tell its kind (الهجوم الانتحاري: a bombing)
# between X and its own day: at most three words (للبرلمان، الكأس السوبر الإيطالية), no
# punctuation, no word-initial و (a new clause)
_TO_OWN_DAY = kept(r"(?:\s+(?!و)[^\W\d]+){0,3}\s+")
# X's relative clause: its adjectives, then the pronoun, then at most _RELATIVE_WORDS words
# (no digit, punctuation or word-initial و but the first's, the verb's own: الذي وقع) before its date
_ADJECTIVES = 2
_ADJECTIVE_GAP = kept(r"[^\w\s]|\d|\sو(?=\w)")
_RELATIVE_WORDS = 8
_RELATIVE_CHARS = 160
_IN_RELATIVE = kept(r"(?:\s+[^\W\d]+(?:\s+(?!و)[^\W\d]+){0,%d})?\s+" % (_RELATIVE_WORDS - 1))
# the day of X: a word before it (a time of day: فجر يوم التفجير), X, and a word after it (its weekday)
# (a literal first, so that re scans for it fast; the word's start is checked after: _day_start)
_DAY_OF = kept(r"يوم\s+(?P<what>ال\w+)(?:\s+(?P<weekday>\w+))?")
_DAY_START = kept(r"(?:^|(?<=\s))" + clitic_prefixes().conjunction_or("ب") + "?$")
_PART_BEFORE = kept(r"(?<!\w)(\w+)\s+$")  # the word right before يوم (a time of that day)


@dataclasses.dataclass(frozen=True, slots=True)
class EventAnchor:
    """An expression dated from a happening ``what`` of the article (``timex`` is None
    when the article does not date it)."""

    what: str
    timex: Timex | None
    days: int = 0  # the shift from X's day
    pending: Timex | None = None  # the undated phrase, when the article does not date X

    @property
    def anchor(self) -> str:
        return f"event:{self.what}"


_PENDING = kept(r"event:(?P<what>.+)(?P<sign>[+-])P(?P<days>\d+)D")


def pending_offset(value: str | None) -> tuple[str, int] | None:
    """``(X, days)`` of a pending value ``event:X+P3D`` (None for any other value)."""
    m = _PENDING.fullmatch(value or "")
    if m is None:
        return None
    days = int(m.group("days"))
    return m.group("what"), days if m.group("sign") == "+" else -days


def _pending(start: int, end: int, source: str, what: str, days: int) -> Timex:
    """The undated phrase ``source[start:end]``, waiting for X's day."""
    sign = "+" if days >= 0 else "-"
    return Timex(start=start, end=end, text=source[start:end], type=TimexType.DATE,
                 value=f"event:{_head(what)}{sign}P{abs(days)}D", rule="relative-to-happening")


def _days(value: str) -> int | None:
    """Whole days of a duration value (``P3D`` → 3, ``P2W`` → 14, ``PT48H`` → 2)."""
    m = re.fullmatch(r"P(?P<n>\d+)(?P<unit>[DW])", value)
    if m:
        return int(m.group("n")) * _UNIT_DAYS[m.group("unit")]
    m = re.fullmatch(r"PT(?P<n>\d+)H", value)
    if m and int(m.group("n")) % 24 == 0:
        return int(m.group("n")) // 24
    return None


def _head(what: str) -> str:
    """X without the article, as written."""
    return what[2:] if what.startswith(("ال", "إل", "أل")) and len(what) > 4 else what


@functools.lru_cache(maxsize=2**12)
def happening_head(word: str) -> str:
    """The happening word a folded word (its article stripped) is, its attached pronoun
    stripped (``attached_pronouns``, ``lang/ar/event_dates.yaml``) when only so does the
    trigger lexicon know it, or knows it only as a noun's form it derives (``derived``): ``لقائه``
    → ``لقاء``, ``وفاتها`` → ``وفاه``, ``زيارتهم`` → ``زياره``; else the word itself (cached)."""
    lexicon = load_triggers()
    if lexicon.word_class(word) is not None and word not in lexicon.derived:
        return word
    for pronoun in attached_pronouns():
        stem = word[:-len(pronoun)]
        if not word.endswith(pronoun) or len(stem) < 3:
            continue
        # the noun's own end before a pronoun: ة written ت (وفاتها), a final hamza on its seat (لقائه)
        for form in (stem[:-1] + "ه" if stem.endswith("ت") else None,
                     stem[:-1] + "ء" if stem.endswith(("ئ", "ؤ")) else None, stem):
            if form and lexicon.word_class(form) is not None:
                return form
    return word


def _dated_day(text: str, what: str, timexes: Sequence[Timex], before: int, at: int | None = None,
               kind: str | None = None) -> Timex | None:
    """A day-or-finer expression of the article dating a happening like ``what``: in a
    sentence that names the same kind of happening or the word itself before the phrase
    (at position ``before``), not in the phrase's own clause (after the last comma, full stop or
    word-initial و before it). The nearest segment that tells a happening of X's kind comes
    first: its first happening word before the date (its predicate,
    :meth:`~timeline.happenings.TriggerLexicon.happening`) is of that kind (``وقع التفجير في
    26 حزيران``); then the nearest that names X only as a complement of another happening
    (``واعتقلت الشرطة في 7 تموز ثلاثة أشخاص على صلة بالتفجير``: the arrest's day; ``لدى بدء
    محاكمة المتهمين في هذا الاعتداء الثلاثاء``: the trial's). A date after a comma with no
    happening word before it in its segment is told by its sentence's predicate (``وأسفر التفجير
    الذي نفذه الانتحاري، وتعرض له المسجد خلال صلاة جمعة 26 يونيو عن …``). An adjective naming a
    means after a definite noun (``الحزام الناسف``) is no predicate (:func:`_without_means`). X's
    kind is read with the words after it, from ``at`` (``الهجوم الانتحاري``: a bombing)."""
    lexicon = load_triggers()
    head = happening_head(fold(_head(what)))
    kind = kind or lexicon.word_class(head)
    if kind is not None and at is not None:  # X as its words tell it: الهجوم الانتحاري is a bombing
        sensed = lexicon.happening(fold(text[at:at + _SENSE_CHARS]))
        if sensed is not None and lexicon.group(sensed) == lexicon.group(kind):
            kind = sensed
    # the phrase's own clause: a date there is its happening's, never X's (في 13 يوليو قبل يوم
    # على توقيع الاتفاق: the hearing on the 13th, the signing the day after)
    reach = max(0, before - _OWN_CLAUSE_REACH)
    own = max((m.start() for m in _CLAUSE_MARK.finditer(text, reach, before + 1) if m.start() < before),
              default=reach - 1)
    best = None
    for t in reversed(timexes):  # the last that qualifies: its predicate's at once, else the last naming X
        if t.interval is None or t.grain is None or t.grain.rank > Grain.DAY.rank or t.start >= before:
            continue
        if t.start > own:
            continue
        # a line break ends a sentence too: a title or paragraph (``يلتقي`` in a headline) is no
        # sentence of the lead's date
        lo = max(text.rfind(".", 0, t.start), text.rfind("،", 0, t.start), text.rfind("\n", 0, t.start), 0)
        hi = min((p for p in (text.find(".", t.end), text.find("،", t.end), text.find("\n", t.end)) if p >= 0),
                 default=len(text))
        # the phrase's own naming of X is no sentence dating X (وسيختتم المعسكر اليوم الأحد وذلك
        # بعد 12 يوما من الركض: only the phrase names the running)
        segment = fold(text[lo:min(hi, before)])
        words = _WORD.findall(segment)
        predicate = lexicon.happening(_without_means(fold(text[lo:t.start]))) if kind else None
        if any(head in w for w in words) or (kind and any(lexicon.word_class(w) == kind for w in words)):
            if predicate == kind:
                return t  # X's kind is its predicate: the first happening word before the date
            best = best or t
        if kind and predicate is None and lo > 0 and text[lo] == "،":
            # a date told after a comma with no happening word before it: its sentence's predicate
            # (وأسفر التفجير الذي نفذه الانتحاري، وتعرض له المسجد خلال صلاة جمعة 26 يونيو عن …)
            start = max(text.rfind(".", 0, lo), text.rfind("\n", 0, lo)) + 1
            if lexicon.happening(_without_means(fold(text[start:t.start]))) == kind:
                return t
    return best


def _without_means(folded: str) -> str:
    """``folded`` with the adjectives naming a means blanked where they follow a definite noun
    (``means_adjectives``, ``lang/ar/event_dates.yaml``: ``الحزام الناسف``، ``السيارة المفخخة``
    describe an object; they tell no happening). Offsets are kept."""
    means = _means_adjectives()
    out, previous = folded, None
    for m in _WORD.finditer(folded):
        word = m.group()
        if previous is not None and word.startswith("ال") and word[2:] in means \
                and _article().match(previous.group()) and folded[previous.end():m.start()].isspace():
            out = out[:m.start()] + " " * len(word) + out[m.end():]
        previous = m
    return out


@functools.lru_cache(maxsize=None)
def _means_adjectives(code: str = "ar") -> frozenset[str]:
    """``means_adjectives`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["means_adjectives"])


def _relative_day(text: str, end: int, timexes: Sequence[Timex]) -> Timex | None:
    """X's own day told in its relative clause (X ends at ``end``): at most two words on
    (its adjectives), a relative pronoun (``relative_pronouns``, ``lang/ar/event_dates.yaml``),
    then a day-or-finer expression at most :data:`_RELATIVE_WORDS` words on, with no
    punctuation, digit or word-initial و between (``عشية الهجوم الانتحاري الذي استهدف
    المسجد في 26 حزيران``: the attack's day)."""
    words = list(_WORD.finditer(text, end, min(len(text), end + _RELATIVE_CHARS)))
    pronouns = relative_pronouns()
    at = next((k for k, w in enumerate(words[:_ADJECTIVES + 1]) if fold(w.group()) in pronouns), None)
    if at is None:
        return None
    last = words[at].end()
    if _ADJECTIVE_GAP.search(text, end, words[at].start()):
        return None
    t = _first_from(timexes, last)
    if t is None or not _IN_RELATIVE.fullmatch(text, last, t.start):
        return None
    return t if t.interval is not None and t.grain is not None and t.grain.rank <= Grain.DAY.rank else None


def _own_day(text: str, end: int, timexes: Sequence[Timex]) -> Timex | None:
    """X's own day told right after it (X ends at ``end``): a day-or-finer expression at
    most three words on with nothing but words between (``عشية جلسة للبرلمان اليوم
    الثلاثاء``: the session's Tuesday)."""
    for k in range(_first_index(timexes, end), len(timexes)):
        t = timexes[k]
        if t.start >= end and _TO_OWN_DAY.fullmatch(text, end, t.start):
            fine = t.interval is not None and t.grain is not None and t.grain.rank <= Grain.DAY.rank
            return t if fine else None
        if t.start >= end and _PAST_OWN_DAY.search(text, end, t.start):
            return None  # more than three words, a digit or a sign between: every later one has them too
    return None


_PAST_OWN_DAY = kept(r"[^\w\s]|\d|\S+\s+\S+\s+\S+\s+\S+")


class _ByStart(tuple[Timex, ...]):
    """Expressions known to be sorted by start (the tagger's order): searched by bisection."""


def _first_index(timexes: Sequence[Timex], pos: int) -> int:
    """Where the expressions starting at ``pos`` or later begin when ``timexes`` are sorted
    by start (:class:`_ByStart`); 0 otherwise (the caller then tests each)."""
    return bisect_left(timexes, pos, key=lambda t: t.start) if isinstance(timexes, _ByStart) else 0


def _first_from(timexes: Sequence[Timex], pos: int) -> Timex | None:
    """The first expression (by start, then order) starting at ``pos`` or later."""
    if isinstance(timexes, _ByStart):
        i = _first_index(timexes, pos)
        return timexes[i] if i < len(timexes) else None
    return min((t for t in timexes if t.start >= pos), key=lambda t: t.start, default=None)


def _names_happening(what: str, *, only_happening_words: bool = False) -> bool:
    """Whether the word X after ``بعد ثلاثة أيام على``, ``عشية``, ``غداة`` can name the
    happening counted from: a happening word (``lang/ar/triggers.yaml``), or any content
    word that is no function or time word, number, weekday or day part (``ليلة الجمعة``،
    ``ليلة واحدة``، ``على هذا`` name none) nor one of ``not_happenings``
    (``lang/ar/event_dates.yaml``: ``على أيدي``، ``بعد مرور أسبوع``، ``بين عشية وضحاها``).
    After ``ليلة`` (``ليلة التراث``، ``ليلة عمر``: mostly a name) only a happening word."""
    word = fold(what)
    bare = fold(_head(what))
    if load_triggers().word_class(happening_head(bare)) is not None:
        return True
    if only_happening_words or load_wording().plain(word) is None or _not_happenings() & {word, bare}:
        return False
    lex = load_lexicon()
    tables = (lex.weekdays, lex.weekdays_bare, lex.cardinals, lex.ordinals, lex.rel_days, lex.day_parts,
              lex.units, lex.months)
    return not any(word in table or bare in table for table in tables)


@functools.lru_cache(maxsize=None)
def _not_happenings(code: str = "ar") -> frozenset[str]:
    """``not_happenings`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["not_happenings"])


@functools.lru_cache(maxsize=None)
def _memory() -> re.Pattern[str]:
    """The word ذكرى (folded with its letter variants: ذكري) after any clitics
    (:func:`clitic_prefixes`: ذكرى، وللذكرى، بالذكرى)."""
    return re.compile(r"(?<!\w)" + clitic_prefixes().pattern() + r"ذكري(?!\w)")


def anniversary_of(text: str) -> str | None:
    """The happening an anniversary in ``text`` recalls, as written (``في الذكرى السنوية
    الخامسة والعشرين للغزو`` → ``الغزو``), or None: the word after ``ذكرى`` past its
    adjectives and ordinals (``السنوية``، ``الستين``، ``الخامسة والعشرين``), when it can name a
    happening (``ذكرى جميلة``، ``للذكرى وسط صمت`` name none)."""
    if "ذكر" not in text:  # ذكرى، ذكري: what _memory() needs, looked for before folding the text
        return None
    folded = fold_variants(text)  # one to one: offsets stay those of ``text``
    for m in _memory().finditer(folded):
        word, ended = _recalled_word(folded, m.end())
        if ended:
            return None
        if word is None:
            continue  # no word in reach: the next ذكرى
        what = _lam_or_article().sub("", text[word.start():word.end()])
        return what if len(what) >= 3 and _names_happening(what) else None
    return None


def _recalled_word(folded: str, at: int) -> tuple[re.Match[str] | None, bool]:
    """The word naming what an anniversary recalls, in ``folded`` (letter variants folded) from
    ``at`` (right after ``ذكرى``): the first past adjectives and numbers, or None; and whether
    punctuation ended the phrase before it."""
    previous = at
    for word in _WORD.finditer(folded, at, min(len(folded), at + 60)):
        if folded[previous:word.start()].strip():
            return None, True  # punctuation: the phrase ended
        previous = word.end()
        if _anniversary_number(word.group()):
            continue  # an adjective (السنويه) or a number (الستين، والعشرين، الـ70)
        return word, False
    return None, False


@functools.lru_cache(maxsize=None)
def _lam_or_article(joined: bool = False) -> re.Pattern[str]:
    """ل, the article or both (لل) at a word's start (:func:`clitic_prefixes`: للغزو، لمقتل، الغزو → غزو،
    مقتل); after و or not when ``joined`` (the conjunction a compound number joins with, the first of
    ``conjunctions``: والعشرين → عشرين)."""
    clitics = clitic_prefixes()
    lam_article = clitics.lam_article
    conj = re.escape(clitics.conjunctions[0]) + "?" if joined else ""
    return re.compile("^" + conj + "(?:" + "|".join(map(re.escape, (lam_article, lam_article[:1], clitics.article))) + ")")


_NUMBER_WORD = kept(r"و?(?:ال)?(?:\d+)?")  # الـ70، ال 70 (the article alone), 70


def _anniversary_number(word: str) -> bool:
    """Whether ``word``, after ``ذكرى``, is one of its adjectives or numbers (``السنوية``،
    ``الخامسة``، ``والعشرين``، ``الـ70``، ``المئوية``) rather than what it recalls."""
    lex = load_lexicon()
    plain = fold(word)
    bare = _lam_or_article(True).sub("", plain)
    return (plain.startswith("ال") and plain.endswith(("ي", "ه"))) or bare in lex.ordinals \
        or bare in lex.cardinals or plain in lex.ordinals or plain in lex.cardinals \
        or _NUMBER_WORD.fullmatch(plain) is not None


# how far before an expression an anniversary phrase may open (ذكرى … لانتصار سيارات «فورد GT» في سباق
# «لومان» لمدة 24 ساعة … في عام 1966): a clause's bounds and the ends below cut it sooner
_RECALLED_REACH = 160
# the words a clause that is an anniversary phrase alone opens with (وفي ذكرى …)
_ON_WORDS = frozenset({"في", *(c + "في" for c in clitic_prefixes().conjunctions), *clitic_prefixes().conjunctions})


@functools.lru_cache(maxsize=None)
def _recalled_stop(code: str = "ar") -> re.Pattern[str]:
    """What ends the phrase after what an anniversary recalls: a phrase's end (:data:`PHRASE_END`; not
    quotes, brackets or a dash, which a name or a score may hold) and ``recalled_stop`` of
    ``lang/<code>/event_dates.yaml``, a whole word ("to" or "until": تحولت التظاهرات في الذكرى … إلى: what
    the clause became)."""
    words = sorted({fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["recalled_stop"]})
    return re.compile(PHRASE_END.pattern + r"|(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def recalled_date(text: str, start: int, since: int = 0) -> bool:
    """Whether an expression at ``start`` lies inside an anniversary phrase opening at or after
    ``since`` (its clause's start), past what it recalls: ``ذكرى`` (its adjectives and numbers),
    the recalled word (``لمقتل``، ``للفيضان``), then no punctuation nor ``إلى``/``حتى``
    (``في الذكرى الأولى لمقتل الشاب … العام الماضي``: the killing's year, not the commemoration's);
    not when the clause is the phrase alone, which tells X (``في ذكرى تأسيس الاتحاد عام 1904``)."""
    lo = max(since, start - _RECALLED_REACH)
    window = fold_variants(text[lo:start])
    if "ذكر" not in window:
        return False
    for m in reversed(list(_memory().finditer(window))):
        word, _ = _recalled_word(window, m.end())
        if word is None:
            continue
        opening = _WORD.findall(fold_variants(text[since:lo]) + window[:m.start()])
        if not set(opening) - _ON_WORDS:
            return False  # the clause is the phrase itself (في ذكرى تأسيس الاتحاد عام 1904): it tells X
        return _recalled_stop().search(window, word.end()) is None
    return False


@dataclasses.dataclass(frozen=True, slots=True)
class Anniversary:
    """An anniversary phrase: ``ذكرى`` (``start``) to the end of the word naming what it recalls
    (``end``), X as written (``what``: ``مقتل``) and the years it counts (``years``: ``الأولى`` → 1;
    None when it says none: ``في ذكرى مقتله``)."""

    start: int
    end: int
    what: str
    years: int | None


def anniversary_phrase(text: str, lo: int = 0, hi: int | None = None) -> Anniversary | None:
    """The first anniversary phrase of ``text[lo:hi]`` whose recalled word can name a happening
    (as :func:`anniversary_of` reads it), with the years its ordinal or number counts
    (``الخامسة والعشرين``، ``الستين``، ``الـ70``، ``المئوية``: ``anniversary_numbers`` of
    ``lang/ar/event_dates.yaml``)."""
    hi = len(text) if hi is None else hi
    if "ذكر" not in text[lo:hi]:
        return None
    # the recalled word may lie past ``hi`` (a clause cut before «للانفجار الذي وقع …»)
    folded = fold_variants(text[lo:min(len(text), hi + 60)])
    for m in _memory().finditer(folded, 0, hi - lo):
        word, ended = _recalled_word(folded, m.end())
        if ended:
            return None
        if word is None:
            continue
        what = _lam_or_article().sub("", text[lo + word.start():lo + word.end()])
        if len(what) < 3 or not _names_happening(what):
            return None
        return Anniversary(lo + m.start(), lo + word.end(), what, _anniversary_years(folded[m.end():word.start()]))
    return None


def _anniversary_years(between: str) -> int | None:
    """The years the words between ``ذكرى`` and what it recalls count (``السنوية الخامسة والعشرين``
    → 25; ``الـ70`` → 70), or None."""
    lex = load_lexicon()
    named = _anniversary_numbers()
    parts: list[str] = []
    for word in _WORD.findall(fold(between)):
        bare = _lam_or_article(True).sub("", word)
        if bare in named:
            return named[bare]
        if bare.isdigit():
            return int(bare) if not parts else None
        if lex.number(bare) is not None or lex.number(word) is not None:
            parts.append(word)  # الخامسه، والعشرين: read together (الحاديه عشره)
    return lex.number(" ".join(parts)) if parts else None


@functools.lru_cache(maxsize=None)
def _anniversary_numbers(code: str = "ar") -> dict[str, int]:
    """``anniversary_numbers`` of ``lang/<code>/event_dates.yaml``, folded, with the feminine ending
    either way (``مئوية``، ``مئوي``)."""
    data = load_language_yaml(code, "event_dates.yaml")["anniversary_numbers"]
    out: dict[str, int] = {}
    for word, years in data.items():
        form = fold(str(word))
        out[form] = out[form.removesuffix("ه")] = int(years)
    return out


@functools.lru_cache(maxsize=None)
def _anniversary_near(code: str = "ar") -> dt.timedelta:
    """``anniversary_near_days`` of ``lang/<code>/event_dates.yaml``."""
    return dt.timedelta(days=int(load_language_yaml(code, "event_dates.yaml")["anniversary_near_days"]))


# a date of what an anniversary recalls lies this far before the publication at least (a year less
# a month: an anniversary may be told a little ahead of its day)
RECALLED_AGO = dt.timedelta(days=365 - 31)
_TOLD_WORDS = 10  # X's word at most this many words before its date (مقتله في التاسع من أغسطس 2014)


def commemoration(text: str, start: int, end: int, timexes: Sequence[Timex],
                  published: dt.datetime) -> tuple[Timex, str] | None:
    """The day of a commemoration told in ``text[start:end]`` (a clause with no date of its own) by
    an anniversary phrase (:func:`anniversary_phrase`), and X: X's date N years on, at X's grain
    (never finer). X's date is the one the phrase itself gives past the recalled word
    (:func:`recalled_date`: ``في الذكرى الأولى لمقتل الشاب العام الماضي`` → this year), else the one
    the article tells of X (:func:`_recalled_day`: ``… الذي فجر مقتله في 9 أغسطس 2014``; not of
    ``هجوم آخر``). Either
    lies at least :data:`RECALLED_AGO` before the publication. The commemoration must fall within a
    year of the publication, a year not after the publication's. Without N (``في ذكرى مقتله``) only
    a day X is dated, to its day in the publication's year (or the one before or after) and only
    when that lies within ``anniversary_near_days`` of the publication. None otherwise: the
    clause stays undated, never given an invented date."""
    phrase = anniversary_phrase(text, start, end)
    if phrase is None:
        return None
    pub = published.replace(tzinfo=None)
    old = [t for t in timexes if t.interval is not None and t.grain is not None
           and t.interval[0].replace(tzinfo=None) <= pub - RECALLED_AGO]
    inside = [t for t in old if phrase.end <= t.start < end and recalled_date(text, t.start, start)]
    base = _finest(inside) if inside else _recalled_day(text, phrase, [t for t in old if not start <= t.start < end])
    if base is None:
        return None
    day = _years_on(base, phrase.years, pub)
    if day is None:
        return None
    value, grain, interval = day
    stop = min(phrase.end, end_before_spaces(text, end))  # the clause may end before the recalled word
    return (dataclasses.replace(base, start=phrase.start, end=stop, text=text[phrase.start:stop],
                                type=TimexType.DATE, value=value, grain=grain, interval=interval, mod=None,
                                rule="anniversary-of-happening"), phrase.what)


def _finest(timexes: Sequence[Timex]) -> Timex | None:
    """The finest-grained of ``timexes`` when those of that grain agree on their start, else None."""
    rank = min(t.grain.rank for t in timexes if t.grain is not None)
    finest = [t for t in timexes if t.grain is not None and t.grain.rank == rank]
    return finest[0] if len({t.interval[0] for t in finest if t.interval}) == 1 else None


def _recalled_day(text: str, phrase: Anniversary, timexes: Sequence[Timex]) -> Timex | None:
    """X's date told elsewhere in the article: an expression of ``timexes`` that tells of X
    (:func:`tells_recalled`). The finest, when those agree (:func:`_finest`)."""
    told = [t for t in timexes if tells_recalled(phrase.what, text, t.start)]
    return _finest(told) if told else None


def tells_recalled(what: str, text: str, at: int) -> bool:
    """Whether a date at ``at`` in ``text`` is X's (``what``, as an anniversary names it): X's word
    (or a form of it with a pronoun: ``مقتله``; its clitics and article off, :meth:`Clitics.unglued`:
    ``ولمقتله``) at most :data:`_TOLD_WORDS` words before it, no
    punctuation between, and not another one (``هجوم آخر``): ``الذي فجر مقتله في التاسع من أغسطس
    2014``; ``في الذكرى الأولى لمقتله في 9 أغسطس 2014``."""
    head = happening_head(fold(_head(what)))
    if len(head) < 3:
        return False
    lo = max(0, at - 160)
    cut = max((m.end() for m in PHRASE_END.finditer(text, lo, at)), default=lo)
    words = list(_WORD.finditer(text, cut, at))[-_TOLD_WORDS:]
    clitics = clitic_prefixes()
    return any(any(_is_form(form, head) or _is_form(happening_head(form), head) for form in clitics.unglued(w))
               and not another_instance(text, m.end())  # هجوم آخر على مدينة ثانية يوم …: another one
               for m in words for w in (fold(m.group()),))


RECALLED_CONFIDENCE = 0.8
"""``date_confidence`` of a happening dated from an anniversary of it (:func:`recalled_happening`)."""
_COUNT = kept(r"P(?P<years>\d+)Y")
_OCCASION_WORDS = 3  # words between an occasion and its count: مرور، مع (تزامنا مع مرور عام)
_OBJECT_WORDS = 2  # words between the count and على: an adjective (عام كامل)
_VERB_WORDS = 6  # words between an occasion verb and مرور (احتفلت الجامعة أمس بمرور)


@dataclasses.dataclass(frozen=True, slots=True)
class _Occasions:
    """The words around a count of years that make it an anniversary's (``lang/<code>/event_dates.yaml``)."""

    occasions: frozenset[str]  # بمناسبة، احتفالا، تزامنا، ذكرى
    elapsed: frozenset[str]  # مرور
    day_verbs: frozenset[str]  # أحيت، يصادف: the commemoration falls on the anniversary's day
    verbs: frozenset[str]  # احتفلت، أحيت: verbs that open a count of years further off
    hijri: frozenset[str]  # هجريا: a count of Hijri years
    between: frozenset[str]  # مع: تزامنا مع مرور
    objects: frozenset[str]  # على: what the count of years is "on"
    after_elapsed: frozenset[str]  # بعد، رغم: an elapsed time, never an occasion's


@functools.lru_cache(maxsize=None)
def _occasions(code: str = "ar") -> _Occasions:
    """``anniversary_occasions``, ``anniversary_elapsed``, ``anniversary_day_verbs`` (with their
    forms in ت, وا, ون derived) and ``anniversary_hijri`` (feminine, accusative) of ``code``, folded."""
    data = load_language_yaml(code, "event_dates.yaml")
    verbs = _verb_forms(data["anniversary_day_verbs"])
    hijri = {form for word in data["anniversary_hijri"] for w in (fold(str(word)),)
             for form in (w, w + "ا", w + "ه", w + "ه" + "ا")}
    opening = verbs | _verb_forms(data["anniversary_occasion_verbs"])
    return _Occasions(frozenset({fold(str(w)) for w in data["anniversary_occasions"]} | opening),
                      frozenset(fold(str(w)) for w in data["anniversary_elapsed"]), verbs, opening,
                      frozenset(hijri), frozenset(fold(str(w)) for w in data["anniversary_between"]),
                      frozenset(fold(str(w)) for w in data["anniversary_objects"]),
                      frozenset(fold(str(w)) for w in data["anniversary_not_after"]))


def _verb_forms(pairs: Sequence[Sequence[object]]) -> frozenset[str]:
    """The folded forms of each (perfect, present) pair: he, she, they (``أحيا``، ``أحيت``، ``أحيوا``;
    ``يحيي``، ``تحيي``، ``يحيون``)."""
    forms: set[str] = set()
    for perfect, present in pairs:
        done, now = fold(str(perfect)), fold(str(present))
        stem = done[:-1] if done.endswith("ا") else done  # أحيا → أحيت، أحيوا
        forms |= {done, stem + "ت", stem + "وا", now, "ت" + now[1:],
                  (now[:-1] if now.endswith("ي") else now) + "ون"}  # يحيي → يحيون
    return frozenset(forms)


def _is_one_of(word: str, words: frozenset[str]) -> bool:
    """Whether the folded ``word``, its clitics read off (:meth:`Clitics.unglued`), is one of ``words``."""
    return bool(clitic_prefixes().unglued(word) & words)


def recalled_happening(text: str, start: int, end: int, since: int, told: Sequence[Timex], inside: Sequence[Timex],
                       timexes: Sequence[Timex], published: dt.datetime) -> list[tuple[Timex, str, int]]:
    """The happenings X the anniversaries in the clause ``text[start:end]`` (its sentence opening at
    ``since``) recall, each dated from the clause's own date (the first of ``told``) N years back (each
    count among ``inside``, the clause's expressions; ``timexes`` the article's), with where its
    telling ends (:func:`_told_until`): the
    count the tagger reads as ``PnY`` (``الذكرى السبعين``، ``الذكرى الـ25``) followed by X (``لإلقاء``),
    or after an occasion (:func:`_occasions`: ``بمناسبة``، ``احتفالا ب``، ``تزامنا مع``، ``ذكرى``; ``مرور``
    between) followed by ``على X`` (``بمناسبة مرور 70 عاما على القصف``). The expression is the phrase
    (``الذكرى السبعين لإلقاء``، ``مرور 70 عاما على القصف``); the value X's year, or X's day when the
    clause's date is a day and a verb between the previous phrase (else the sentence's start) and this
    one tells the commemoration falls on the anniversary (``أحيت اليابان أمس الذكرى السبعين …``،
    ``اليوم يصادف الذكرى الثانية …``; not ``…، وهي التي تتزامن مع الذكرى الثانية لإصدار كتابه``: its
    year). None for a count whose X the article dates itself (:func:`tells_recalled`: the commemoration
    is then dated from it),
    after ``بعد/رغم/منذ مرور`` (an elapsed time, no occasion), for a count of Hijri years
    (``هجريا``) or in a clause dated in Hijri years or months (its anniversary is counted in them)."""
    found: list[tuple[Timex, str, int]] = []
    opened, on_day = since, False  # where the words a day verb is looked for open: the previous phrase's end
    for _, years, first, last, what in _anniversary_counts(text, start, end, inside):
        # the clause's date past a comma or «إلى» after the phrase is no commemoration's (أرجئت المسيرة في
        # الذكرى الأولى للفيضان، إلى العام المقبل: what the march became)
        base = next((u for u in told if u.type is TimexType.DATE and u.interval is not None and u.grain is not None
                     and u.grain.rank <= Grain.YEAR.rank
                     and (u.start < first or _recalled_stop().search(fold_variants(text[:u.start]), last) is None)),
                    None)
        between = fold_variants(text[opened:first])
        # a verb of the day reaches a phrase joined to its own by و alone (أحيت المدينة أمس الذكرى العاشرة
        # للزلزال والذكرى العشرين للفيضان), not one past punctuation (…، وهي التي تتزامن مع الذكرى الثانية لـ)
        on_day = (on_day and _recalled_stop().search(between) is None) \
            or any(_is_one_of(fold(w), _occasions().day_verbs) for w in _WORD.findall(between))
        opened = last
        if base is None or _dated_by_article(text, what, timexes, published):
            continue  # X dated by the article: the commemoration is dated from it (commemoration)
        assert base.interval is not None and base.grain is not None
        begin = base.interval[0].replace(tzinfo=None)
        if base.grain.rank > Grain.DAY.rank and (begin.day != 1 or (base.grain is Grain.YEAR and begin.month != 1)):
            return []  # a Hijri year or month: its anniversary is counted in Hijri years
        if begin.year - years < 1:
            continue
        if base.grain.rank <= Grain.DAY.rank and on_day:
            day = _in_year(begin.date(), begin.year - years)
            timex = _day_timex(base, first, last, text, day, "anniversary-recalled")
        else:
            timex = _year_timex(base, first, last, text, begin.year - years)
        found.append((timex, what, _told_until(text, last, end, told)))
    return _apart(text, found)


THIS_YEAR_CONFIDENCE = 0.6
"""``date_confidence`` of a happening an anniversary recalls in a clause with no date of its own
(:func:`recalled_this_year`): the publication's year less the count."""


@functools.lru_cache(maxsize=None)
def _past_openers(code: str = "ar") -> frozenset[str]:
    """``reported_past_openers`` of ``lang/<code>/event_dates.yaml``, folded (كان، سبق): before an
    anniversary, it tells a commemoration of the past, of a year the clause does not give."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["reported_past_openers"])


def recalled_this_year(text: str, start: int, end: int, since: int, until: int, inside: Sequence[Timex],
                       timexes: Sequence[Timex], published: dt.datetime,
                       dated: Sequence[tuple[int, int]]) -> list[tuple[Timex, str, int]]:
    """The happenings X the anniversaries in a clause with no date of its own (``text[start:end]``, its
    sentence ``text[since:until]``) recall, as :func:`recalled_happening` reads them, each at the
    publication's year less the count, year grain (``بمناسبة الذكرى السبعين لنهاية الحرب`` told in 2015:
    1945): an anniversary is mostly told in its year. Not when something tells another year: a date of
    the sentence outside the publication's year (``في عام 2005، وخلال الذكرى الستين …``), a past
    opener before the phrase (``وكانت الجامعة قد احتفلت بمرور 50 عاما …``: ``reported_past_openers``),
    the same count told as an anniversary in a clause of the article with a date of its own (``dated``,
    those clauses' spans: ``لإحياء مرور 20 عاما على الفريق العام القادم``: that clause's year), nor when the
    article dates X itself (:func:`tells_recalled`)."""
    pub = published.replace(tzinfo=None)
    counts = list(_anniversary_counts(text, start, end, inside))
    if not counts or any(t.interval is not None and since <= t.start < until
                         and not (t.interval[0].replace(tzinfo=None).year == pub.year
                                  == (t.interval[1].replace(tzinfo=None) - dt.timedelta(microseconds=1)).year)
                         for t in timexes):
        return []
    found: list[tuple[Timex, str, int]] = []
    for count, years, first, last, what in counts:
        if any(_is_one_of(fold(w), _past_openers()) for w in _WORD.findall(fold_variants(text[start:first]))) or pub.year - years < 1 \
                or _dated_by_article(text, what, timexes, published) or _told_dated(text, years, timexes, dated):
            continue
        timex = dataclasses.replace(_year_timex(count, first, last, text, pub.year - years), anchor=Anchor.PUBLISHED)
        found.append((timex, what, _told_until(text, last, end, ())))
    return _apart(text, found)


def _apart(text: str, found: list[tuple[Timex, str, int]]) -> list[tuple[Timex, str, int]]:
    """``found`` (recalled happenings in text order, each with where its telling ends), each telling
    ended before the word the next phrase opens (``الذكرى العاشرة للزلزال | والذكرى العشرين للفيضان``)."""
    out = found[:]
    for k in range(len(out) - 1):
        phrase, what, until = out[k]
        nxt = out[k + 1][0].start
        if nxt < until:
            cut = text.rfind(" ", phrase.end, nxt)  # the word holding the next phrase's start (والذكرى)
            out[k] = (phrase, what, max(phrase.end, end_before_spaces(text, cut if cut >= 0 else nxt)))
    return out


def _told_dated(text: str, years: int, timexes: Sequence[Timex], dated: Sequence[tuple[int, int]]) -> bool:
    """Whether an anniversary of ``years`` is told in one of the clauses ``dated`` (spans of clauses with a
    date of their own): that clause gives the year of the anniversary."""
    for lo, hi in dated:
        for t in timexes:
            if lo <= t.start < hi and t.type is TimexType.DURATION and t.value == f"P{years}Y" \
                    and _recalled_count(text, lo, hi, t) is not None:
                return True
    return False


def _dated_by_article(text: str, what: str, timexes: Sequence[Timex], published: dt.datetime) -> bool:
    """Whether the article ``text`` dates X (``what``) itself, on a date at least :data:`RECALLED_AGO` old
    (:func:`tells_recalled`)."""
    pub = published.replace(tzinfo=None)
    return any(u.interval is not None and u.interval[0].replace(tzinfo=None) <= pub - RECALLED_AGO
               and tells_recalled(what, text, u.start) for u in timexes)


def may_recall(text: str, start: int, end: int, inside: Sequence[Timex]) -> bool:
    """Whether the clause ``text[start:end]`` (its expressions ``inside``) may hold an anniversary's count
    of years: a ``PnY`` duration, or an elapsed word (``مرور``) before a year the tagger leaves alone
    (:func:`_bare_counts`). A quick test, before :func:`recalled_this_year`."""
    if any(t.interval is None and _COUNT.fullmatch(t.value) is not None for t in inside):
        return True
    return _has_elapsed(text, start, end)


def _has_elapsed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds an elapsed word (``anniversary_elapsed``, :func:`_elapsed_words`)."""
    return _elapsed_words().search(text, start, len(text) if end is None else end) is not None


@functools.lru_cache(maxsize=None)
def _elapsed_words() -> re.Pattern[str]:
    """``anniversary_elapsed`` with each letter in any of its variants (:func:`fold_variants`: مضى، مضي),
    to search a text as written, copying nothing."""
    def letter(c: str) -> str:
        forms = {c} | {chr(k) for k in range(0x0600, 0x0700) if fold_variants(chr(k)) == c}
        return "[" + "".join(sorted(forms)) + "]" if len(forms) > 1 else re.escape(c)
    return re.compile("|".join("".join(map(letter, w)) for w in sorted(_occasions().elapsed)))


def _bare_counts(text: str, start: int, end: int, inside: Sequence[Timex]) -> list[Timex]:
    """The counts of years the tagger leaves alone in the clause ``text[start:end]``: a year unit with no
    number (``units.yaml``: ``عام``، ``سنة``, one; their duals, two) right after an elapsed word
    (``anniversary_elapsed``: ``بمناسبة مرور عام على هذا الحدث``), as ``PnY`` durations."""
    elapsed = _occasions().elapsed
    found: list[Timex] = []
    done = start  # where the last word read ends: a word holding two elapsed words is read once
    for hit in _elapsed_words().finditer(text, start, end):  # the literal first, the word around it after
        if hit.start() < done:
            continue
        opens = hit.start()
        while opens > start and _WORD.match(text, opens - 1, opens) is not None:
            opens -= 1  # back over the clitics glued before it (بمرور)
        before = _WORD.match(text, opens, end)
        assert before is not None
        done = before.end()
        m = _WORD.search(text, done, end)
        if m is None or text[done:m.start()].strip() or not _is_one_of(fold(before.group()), elapsed):
            continue
        unit = load_lexicon().units.get(fold(m.group()))
        if unit is None or unit[0] != "year" or not unit[1] or any(t.start <= m.start() < t.end for t in inside):
            continue
        found.append(Timex(m.start(), m.end(), m.group(), TimexType.DURATION, f"P{unit[1]}Y", rule="anniversary-count"))
    return found


def _anniversary_counts(text: str, start: int, end: int, inside: Sequence[Timex]
                        ) -> Iterator[tuple[Timex, int, int, int, str]]:
    """Each count of years among ``inside`` (a ``PnY`` duration in the clause ``text[start:end]``; and
    those the tagger leaves alone, :func:`_bare_counts`) that an anniversary phrase holds
    (:func:`_recalled_count`), in text order: the count, its years, where the phrase begins and ends,
    and X as written."""
    for t in sorted([*inside, *_bare_counts(text, start, end, inside)], key=lambda t: t.start):
        count = _COUNT.fullmatch(t.value) if start <= t.start < end and t.type is TimexType.DURATION else None
        found = _recalled_count(text, start, end, t) if count is not None and _cued(text, start, t) else None
        if count is not None and found is not None and int(count.group("years")) > 0:
            yield (t, int(count.group("years")), *found)


_CUE_REACH = 130  # characters before a count its occasion or occasion verb may open at (_recalled_count's reach)


def _cued(text: str, start: int, count: Timex) -> bool:
    """A quick test before :func:`_recalled_count`: whether ``count`` opens with ``ذكرى`` or an occasion, an
    occasion verb or an elapsed word (:func:`_occasions`, clitics and all) lies in the
    :data:`_CUE_REACH` characters before it (most counts of years are no anniversary's: ``لمدة 5 سنوات``)."""
    if _memory().match(fold_variants(count.text)):
        return True
    window = fold(text[max(start, count.start - _CUE_REACH):count.start])
    occasions = _occasions()
    return any(w in window for w in occasions.occasions) or any(w in window for w in occasions.elapsed)


def _year_timex(like: Timex, start: int, end: int, source: str, year: int) -> Timex:
    return dataclasses.replace(like, start=start, end=end, text=source[start:end], type=TimexType.DATE,
                               value=f"{year:04d}", grain=Grain.YEAR,
                               interval=(dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)), mod=None,
                               rule="anniversary-recalled")


def _told_until(text: str, last: int, end: int, told: Sequence[Timex]) -> int:
    """Where the telling of a recalled happening (its phrase ending at ``last``) ends: the clause's
    end, or sooner the clause's own date or what ends the recalled phrase (:func:`_recalled_stop`:
    punctuation, ``إلى``) after it (``الذكرى الـ25 للغزو نشرت الصحيفة أمس``: the paper's day), spaces
    before it left out."""
    stops = [t.start for t in told if last <= t.start < end]
    stop = _recalled_stop().search(fold_variants(text[:end]), last)
    return max(last, end_before_spaces(text, min([end, *stops, *([stop.start()] if stop else [])])))


def _recalled_count(text: str, start: int, end: int, count: Timex) -> tuple[int, int, str] | None:
    """Where the anniversary phrase of a count of years (``count``, in the clause ``text[start:end]``)
    begins and ends, and X as written: ``الذكرى السبعين لإلقاء`` (the count opens with ``ذكرى``,
    :func:`anniversary_phrase`) or ``[occasion] [مرور] N عاما على X``; None for any other count."""
    occasions = _occasions()
    if _memory().match(fold_variants(count.text)):
        phrase = anniversary_phrase(text, count.start, end)
        if phrase is None or phrase.start >= count.end or _is_one_of(fold(phrase.what), occasions.elapsed):
            return None
        return phrase.start, phrase.end, phrase.what
    before = list(_WORD.finditer(text, max(start, count.start - 60), count.start))[-_OCCASION_WORDS:]
    first, edge, opened = count.start, count.start, False
    for m in reversed(before):
        if text[m.end():edge].strip():
            return None  # punctuation between
        edge = m.start()
        word = fold(m.group())
        if _is_one_of(word, occasions.occasions):
            opened = True
            break
        if not (_is_one_of(word, occasions.elapsed) or word in occasions.between):
            if first < count.start and word not in occasions.after_elapsed:
                break  # بمرور after other words: an occasion verb further off, below
            return None  # بعد مرور، رغم مرور، منذ: an elapsed time
        first = m.start() if _is_one_of(word, occasions.elapsed) else first
    if not opened and first < count.start:  # احتفلت الجامعة أمس بمرور: the verb, its subject and date between
        reach = list(_WORD.finditer(text, max(start, edge - 120), edge))[-_VERB_WORDS:]
        for m in reversed(reach):
            if text[m.end():edge].strip():
                break  # punctuation: another phrase
            edge = m.start()
            if _is_one_of(fold(m.group()), occasions.verbs):
                opened = True
                break
    if not opened:
        return None
    after = list(_WORD.finditer(text, count.end, min(len(text), end + 60, count.end + 120)))
    previous = count.end
    for k, m in enumerate(after[:_OBJECT_WORDS + 1]):
        if text[previous:m.start()].strip():
            return None
        previous = m.end()
        word = fold(m.group())
        if word in occasions.hijri:
            return None  # مرور 50 عاما هجريا: Hijri years
        if word in occasions.objects:
            rest = [w for w in after[k + 1:k + 3] if not _demonstratives_match(w.group())]
            if not rest or text[m.end():rest[0].start()].strip():
                return None
            what = _lam_or_article().sub("", rest[0].group())
            return (first, rest[0].end(), what) if len(what) >= 3 and _names_happening(what) else None
    return None


def _demonstratives_match(word: str) -> bool:
    """Whether ``word`` is a demonstrative (``هذا``، ``تلك``: ``على هذا الحدث``)."""
    return re.fullmatch(_demonstratives(), fold(word)) is not None


def years_on(day: dt.date, years: int) -> dt.date:
    """``day`` ``years`` on (29 February → 28 February)."""
    return _in_year(day, day.year + years)


def _is_form(word: str, head: str) -> bool:
    """Whether the folded ``word`` is ``head`` or ``head`` with an attached pronoun (``attached_pronouns``,
    ``lang/ar/event_dates.yaml``; a final ة written ت: ``وفاته``)."""
    if word == head:
        return True
    stem = head[:-1] + "ت" if head.endswith("ه") else head
    return word.startswith(stem) and word[len(stem):] in attached_pronouns()


def _years_on(base: Timex, years: int | None, published: dt.datetime
              ) -> tuple[str, Grain, tuple[dt.datetime, dt.datetime]] | None:
    """Value, grain and interval of ``base`` (X's date) ``years`` on, at its grain (a day, a month or a
    year; finer is read as its day), when within a year of ``published`` and in no later year; None
    otherwise. Without ``years``: X's day in the year whose anniversary lies nearest ``published``,
    within ``anniversary_near_days``."""
    assert base.interval is not None and base.grain is not None
    first = base.interval[0].replace(tzinfo=None)
    grain = base.grain if base.grain in (Grain.YEAR, Grain.MONTH) else Grain.DAY
    if base.grain.rank > Grain.YEAR.rank or (grain is Grain.DAY and base.grain.rank > Grain.DAY.rank):
        return None  # a decade, a season, a week: no anniversary of it to count
    if grain is not Grain.DAY and (first.day != 1 or (grain is Grain.YEAR and first.month != 1)):
        return None  # a Hijri year or month: its anniversary is counted in Hijri years
    if years is None:
        if grain is not Grain.DAY:
            return None
        days = [d for y in (published.year - 1, published.year, published.year + 1)
                if (d := _in_year(first.date(), y)) > first.date()]
        near = [d for d in days if abs(d - published.date()) <= _anniversary_near()]
        if not near:
            return None
        day = min(near, key=lambda d: abs(d - published.date()))
    else:
        if years <= 0:
            return None
        day = _in_year(first.date(), first.year + years)
    if grain is Grain.YEAR:
        begin, end = dt.datetime(day.year, 1, 1), dt.datetime(day.year + 1, 1, 1)
        value = f"{day.year:04d}"
    elif grain is Grain.MONTH:
        begin = dt.datetime(day.year, day.month, 1)
        end = dt.datetime(day.year + (day.month == 12), day.month % 12 + 1, 1)
        value = f"{day.year:04d}-{day.month:02d}"
    else:
        begin = dt.datetime.combine(day, dt.time())
        end, value = begin + dt.timedelta(days=1), day.isoformat()
    if begin.year > published.year or end <= published - dt.timedelta(days=366) \
            or begin > published + dt.timedelta(days=366):
        return None
    return value, grain, (begin, end)


def _in_year(day: dt.date, year: int) -> dt.date:
    """``day``'s month and day in ``year`` (29 February → 28 February)."""
    return day.replace(year=year, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)


def _day_timex(like: Timex, start: int, end: int, source: str, day: dt.date, rule: str) -> Timex:
    begin = dt.datetime.combine(day, dt.time())
    return dataclasses.replace(like, start=start, end=end, text=source[start:end],
                               type=TimexType.DATE, value=day.isoformat(), grain=Grain.DAY,
                               interval=(begin, begin + dt.timedelta(days=1)), mod=None,
                               rule=rule)


@functools.lru_cache(maxsize=None)
def _sidelines(code: str = "ar") -> re.Pattern[str]:
    """``sidelines`` of ``lang/<code>/event_dates.yaml`` (``على هامش``) before a happening word X, folded
    as :func:`fold_variants` folds a text, with groups ``word`` (the cue) and ``what`` (X): what is held
    on the sidelines of X is held on X's day."""
    cues = sorted((fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["sidelines"]), key=len, reverse=True)
    return re.compile(r"(?:(?<!\w)|(?<=(?<!\w)" + clitic_prefixes(code).conjunction + "))(?P<word>"
                      + "|".join(r"\s+".join(map(re.escape, c.split())) for c in cues)
                      + r")\s+(?:(?:" + _demonstratives(code) + r")\s+)?(?P<what>\w+)")


@functools.lru_cache(maxsize=None)
def _demonstratives(code: str = "ar") -> str:
    """``demonstratives`` of ``lang/<code>/event_dates.yaml``, folded, as an alternation in their order
    (``هذا|هذه|ذلك|تلك``: between an eve or sidelines word and X)."""
    return "|".join(map(re.escape, (fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["demonstratives"])))


@dataclasses.dataclass(frozen=True)
class CountOpeners:
    """``count_openers`` of ``lang/<code>/event_dates.yaml``, folded: the words that open a count
    from a happening X, ``after`` it (``بعد ثلاثة أيام على الزلزال``: X lies before the count's day)
    or ``before`` it (``قبل يومين من بدء التسجيل``: X lies after it). ``before_duration`` finds the
    opener, then X, then a duration glued to ب (``قبل الانتخابات بيومين``), groups ``dir`` and
    ``what``, anchored at the end of what it searches."""

    after: tuple[str, ...]
    before: tuple[str, ...]
    before_duration: re.Pattern[str]

    def sign(self, folded: str) -> int | None:
        """1 when the folded phrase opens with a word of ``after``, -1 with one of ``before``, else None."""
        if folded.startswith(self.before):
            return -1
        return 1 if folded.startswith(self.after) else None


@functools.lru_cache(maxsize=None)
def count_openers(code: str = "ar") -> CountOpeners:
    """The count openers of ``lang/<code>/event_dates.yaml`` (read once)."""
    data = load_language_yaml(code, "event_dates.yaml")["count_openers"]
    after, before = (tuple(sorted({fold(str(w)) for w in data[key]}, key=len, reverse=True)) for key in ("after", "before"))
    words = "|".join(map(re.escape, sorted((*before, *after), key=len, reverse=True)))
    return CountOpeners(after, before, kept(r"(?P<dir>" + words + r")\s+(?P<what>\w+)\s+ب?$"))


@dataclasses.dataclass(frozen=True)
class _DayCues:
    """The words before a happening X that tell a day counted from X's (``eves`` and ``sidelines``
    of ``lang/<code>/event_dates.yaml``), folded: ``eves`` finds ``عشية``/``غداة``/``ليلة X`` with
    groups ``word`` and ``what``; ``shifts`` gives each eve word its days from X (a sidelines cue
    counts none: X's own day); ``loose`` are the eve words after which X may be any content word."""

    eves: re.Pattern[str]
    shifts: dict[str, int]
    loose: frozenset[str]


@functools.lru_cache(maxsize=None)
def _day_cues(code: str = "ar") -> _DayCues:
    """The eve words of ``lang/<code>/event_dates.yaml``. The pattern puts the word first and checks
    its start behind it (its own length, after an optional و or ف), so that re skips to its first
    letters instead of trying the whole pattern at every position of an article."""
    data = load_language_yaml(code, "event_dates.yaml")
    shifts = {fold(str(w)): int(n) for w, n in data["eves"].items()}
    strict = {fold(str(w)) for w in data["eves_of_happenings_only"]}
    by_length: dict[int, list[str]] = {}
    for word in sorted(shifts, key=len, reverse=True):
        by_length.setdefault(len(word), []).append(word)
    words = "|".join(
        r"(?:%s)(?:(?<=(?<!\w)\w{%d})|(?<=(?<!\w)%s\w{%d}))" % ("|".join(map(re.escape, ws)), n, clitic_prefixes(code).conjunction, n)
        for n, ws in sorted(by_length.items(), reverse=True))
    eves = kept(r"(?P<word>" + words + r")\s+(?:(?:" + _demonstratives(code) + r")\s+)?(?P<what>\w+)")
    return _DayCues(eves, shifts, frozenset(shifts.keys() - strict))


@functools.lru_cache(maxsize=None)
def _length_openers(code: str = "ar") -> tuple[str, ...]:
    """``length_openers`` of ``lang/<code>/event_dates.yaml``, folded: a duration opening with one
    (``لمدة يومين``) is a length, no count of days from the happening before it."""
    return tuple(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["length_openers"])


def anchor_to_happenings(text: str, timexes: Sequence[Timex]) -> dict[int, EventAnchor]:
    """Expressions dated from a happening, keyed by their start in ``text``.

    Each value's ``timex`` spans the whole relative phrase (``بعد ثلاثة أيام على الزلزال``)
    with the day it names, or is None when the article does not date the happening.
    """
    folded = fold_variants(text)  # one to one: offsets stay those of ``text``
    if all(a.start <= b.start for a, b in zip(timexes, timexes[1:])):
        timexes = _ByStart(timexes)  # the same order, searched by bisection: linear in long texts
    found: dict[int, EventAnchor] = {}
    for t in timexes:
        if t.type is not TimexType.DURATION:
            continue
        days = _days(t.value)
        if days is None:
            continue
        after = _after().match(folded, t.end)
        openers = count_openers()
        before = openers.before_duration.search(folded, max(0, t.start - 40), t.start)
        opened = openers.sign(fold(t.text)) if after else None
        if opened is not None:
            what, sign = text[after.start("what"):after.end("what")], opened  # type: ignore[union-attr]
            start, end, at = t.start, after.end(), after.start("what")  # type: ignore[union-attr]
            told = _relative_day(text, end, timexes)  # بعد يومين من الهجوم الذي وقع في 26 حزيران
        elif before and not fold(t.text).startswith(_length_openers()):
            what, sign = text[before.start("what"):before.end("what")], -1 if before.group("dir") in openers.before else 1
            start, end, at, told = before.start(), t.end, before.start("what"), None
        else:
            continue
        if not _names_happening(what):
            continue
        base = told or _dated_day(text, what, timexes, start, at)
        timex = None if base is None else _day_timex(
            t, start, end, text, base.interval[0].date() + dt.timedelta(days=sign * days),  # type: ignore[index]
            "relative-to-happening")
        found[start] = EventAnchor(_head(what), timex, sign * days,
                                   None if timex else _pending(start, end, text, what, sign * days))
    cues = _day_cues()
    for m in (*cues.eves.finditer(folded), *_sidelines().finditer(folded)):
        what, word = text[m.start("what"):m.end("what")], m.group("word")
        if not _names_happening(what, only_happening_words=word not in cues.loose):
            continue
        own = _own_day(text, m.end(), timexes)
        base = own or _relative_day(text, m.end(), timexes)
        shift = cues.shifts.get(word)  # None on the sidelines of X: held on X's own day
        if base is None and shift is None:
            # X dated only as an article's other clause of its kind dates it: too loose, an article
            # names several meetings (a summit's sidelines told beside the talks of another month)
            continue
        shift = shift or 0
        base = base or _dated_day(text, what, timexes, m.start(), m.start("what"))
        timex = None
        if base is not None:
            timex = _day_timex(base, m.start(), own.end if own else m.end(), text,
                               base.interval[0].date() + dt.timedelta(days=shift),  # type: ignore[index]
                               "eve-or-morrow-of-happening")
        found[m.start()] = EventAnchor(_head(what), timex, shift,
                                       None if timex else _pending(m.start(), m.end(), text, what, shift))
    for m in _DAY_OF.finditer(folded):
        if not _DAY_START.search(folded, max(0, m.start() - 1), m.start()):
            continue  # inside a word: اليوم
        day_of = _day_of(text, m, timexes)
        if day_of is not None:
            found[day_of[0]] = day_of[1]
    return found


def _generic_kind(text: str, what: str) -> str | None:
    """The kind of happening a generic noun X (``generic_happenings``, ``lang/ar/event_dates.yaml``:
    ``الحادث``، ``الواقعة``) names in its article: the happening word it governs where the article
    calls it by it (``في حادث التفجير``: a bombing), else None."""
    if fold(_head(what)) not in _generic_happenings():
        return None
    return _called_kind(text)


@functools.lru_cache(maxsize=4)
def _called_kind(text: str) -> str | None:
    """The kind of the first generic noun of ``text`` that governs a happening word (read once
    per article: :func:`_generic_kind` is asked at each of its days of X)."""
    nouns, clitics = _generic_happenings(), clitic_prefixes()
    lexicon = load_triggers()
    words = _WORD.findall(fold(text))
    for noun, governed in zip(words, words[1:]):
        if not nouns.isdisjoint(clitics.unglued(noun, article=False)):  # في حادث التفجير، بحادث، وواقعة
            found = lexicon.word_class(_without_article(governed))
            if found is not None:
                return found
    return None


@functools.lru_cache(maxsize=None)
def _generic_happenings(code: str = "ar") -> frozenset[str]:
    """``generic_happenings`` of ``lang/<code>/event_dates.yaml``, folded, with their duals
    (read once)."""
    words = {fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["generic_happenings"]}
    return frozenset(words | {w.removesuffix("ه") + "تي" for w in words if w.endswith("ه")}
                     | {w + "ي" for w in words if not w.endswith("ه")})


def _day_of(text: str, m: re.Match[str], timexes: Sequence[Timex]) -> tuple[int, EventAnchor] | None:
    """The day of X (``فجر يوم التفجير``، ``يوم التفجير الجمعة``) is X's day, when a time of
    that day comes before it or its weekday after it (``في يوم الاقتراع`` alone is any
    election's day); X must be a happening word, or a generic one the article calls by a happening
    word (``يوم الحادث`` after ``حادث التفجير``: :func:`_generic_kind`). The phrase spans the weekday, which only
    says which weekday X fell on: counted from the publication it would be another week's."""
    what = text[m.start("what"):m.end("what")]
    kind = None
    if not _names_happening(what, only_happening_words=True):
        kind = _generic_kind(text, what)  # يوم الحادث: the happening the article calls so
        if kind is None:
            return None
    lex = load_lexicon()
    day = m.start() - (1 if m.start() and text[m.start() - 1] in clitic_prefixes().joined + "ب" else 0)  # ويوم، بيوم
    before = _PART_BEFORE.search(text, max(0, day - 16), day)
    part = before is not None and fold(before.group(1)) in lex.day_parts
    weekday = lex.weekdays.get(fold(m.group("weekday"))) if m.group("weekday") else None
    if not part and weekday is None:
        return None
    start = before.start(1) if before is not None and part else day
    end = m.end("weekday") if weekday is not None else m.end("what")
    base = _relative_day(text, m.end("what"), timexes) or _dated_day(text, what, timexes, start, m.start("what"),
                                                                     kind=kind)
    if base is not None and weekday is not None and base.interval[0].isoweekday() != weekday:  # type: ignore[index]
        base = None  # the article's day of X is not the weekday the phrase gives
    timex = None if base is None else _day_timex(base, start, end, text, base.interval[0].date(),  # type: ignore[index]
                                                 "day-of-happening")
    return start, EventAnchor(_head(what), timex, 0, None if timex else _pending(start, end, text, what, 0))


PENDING_WINDOW = dt.timedelta(days=14)
"""How far before its article's publication (and a day after) the entry of a happening X
may lie to date a pending phrase counted from X (:mod:`timeline.relink`)."""

PENDING_CONFIDENCE = 0.8
"""``date_confidence`` of a phrase dated from the entry of X another article reports."""

CONFLICTED_CONFIDENCE = 0.6
"""``date_confidence`` of such a phrase when the outlets of X's entry disagree on its day."""


def is_pending() -> pl.Expr:
    """Whether an event is a pending phrase (no interval, value ``event:X+P3D``)."""
    return pl.col("start").is_null() & pl.col("value").str.starts_with("event:").fill_null(False)


def resolve_pending(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` without its pending events (no interval, value ``event:X+P3D``): the
    merge places dated events only; :func:`timeline.relink.merge_with_anchors` dates the
    pending ones afterwards from the entry of X in their article's story. Never from the
    publication date."""
    return frame.filter(pl.col("start").is_not_null())


def names_happening_like(what: str, clause: str, complement: str | None = None) -> bool:
    """Whether ``clause`` names the happening X (``what``, folded, as a pending value
    gives it) or a happening of its kind (its happening word, ``lang/ar/triggers.yaml``).
    An X that is no happening word (``إعلان``، ``بداية``: the start or announcement *of*
    something) must come with the word it governs, ``complement`` (``بداية الدوري``): a
    clause naming both; without it, none names X. A happening word after a subordinator that
    does not tell when (``المتهمين بتفجير``، ``موقع التفجير``) names no happening of that day."""
    lexicon = load_triggers()
    head = happening_head(_without_article(fold(what)))
    kind = lexicon.word_class(head)
    folded = _WORD.findall(fold(clause))
    words = [_without_article(w) for w in folded]
    if kind is not None:  # not as a case's name: محاكمة المتهمين بتفجير المسجد reports a trial
        # the lexicon strips the article itself, not from a verb (التقى: a meeting, not تقى)
        return any((head in w or lexicon.word_class(folded[i]) == kind)
                   and not (i and lexicon.names_no_happening(folded[i - 1], kind)) for i, w in enumerate(words))
    if not complement:
        return False
    governed = _without_article(fold(complement))
    return any(head in w for w in words) and any(governed in w for w in words)


def tells_happening_like(what: str, clause: str, at: int, complement: str | None = None,
                         doubted: bool = False) -> bool:
    """Whether the report ``clause`` (its date at character ``at``) tells the happening X
    (``what``, folded) or one of its kind: it names X's kind (:func:`names_happening_like`)
    and X is its own happening, not a happening it mentions in passing. Its happening word
    (:meth:`TriggerLexicon.happening_word`, the trigger nearest before its date) must be X's
    own word (``لقاء``، ``التقى``) or, unless X's class is ``doubted`` (:func:`sense_doubted`:
    a ``لقاء`` read as a meeting by default in a clause about a match), one of X's group
    (``بدأت الاشتباكات ليل أمس… حيث يحاول التنظيم بسط سيطرته`` may date a takeover; ``أدانت مصر الاقتحام أمس``, a condemnation, may not; ``عقد
    المدربان المؤتمر الصحفي الخاص باللقاء أمس`` tells a press conference, not the match). A
    clause with no happening word tells X when X's word opens it (:meth:`TriggerLexicon.opens`:
    ``يقام اللقاء يوم الأحد``; not ``بيعت تذاكر ملعب اللقاء أمس``). A date in a relative clause
    (``relative_pronouns``, ``lang/ar/event_dates.yaml``) is its verb's (``المدينة التي سيطر
    عليها ليل الأربعاء``), else its antecedent's, X's word among the :data:`HEAD_WORDS` words
    before the pronoun (``التفجير الذي وقع أمس``: the bombing). An X that is no happening word
    is told as :func:`names_happening_like` says."""
    if not names_happening_like(what, clause, complement):
        return False
    lexicon = load_triggers()
    own = happening_head(_without_article(fold(what)))
    kind = lexicon.word_class(own)
    if kind is None:
        return True
    sensed = lexicon.sensed(own)
    senses = lexicon.senses.get(sensed) if sensed else None

    def is_own(word: str) -> bool:  # X's own word, or a form of its sense (لقاء، التقى)
        if own in _without_article(word):
            return True
        form = lexicon.sensed(word) if senses is not None else None
        return form is not None and lexicon.senses[form] == senses

    def of_kind(word: str) -> bool:  # X's own word, or one of its group for an X of one class
        if is_own(word):
            return True
        found = lexicon.word_class(word)
        return not doubted and found is not None and lexicon.group(found) == lexicon.group(kind)

    head, tail = fold(clause[:at]), fold(clause[at:])
    folded = head + tail
    words = list(_WORD.finditer(folded))
    pronoun = None
    for m in _WORD.finditer(head):
        if m.group() in relative_pronouns():
            pronoun = m
    begin = 0 if pronoun is None else pronoun.end()
    found = lexicon.happening_word(folded[begin:], at=len(head) - begin)
    if found is not None:
        told = _WORD.match(folded, begin + found[1])
        word = told.group() if told else ""
        # another word: a happening of X's group, unless X's word is one its context tells
        # (the press conference «الخاص باللقاء» is no match)
        return is_own(word) or (not doubted and lexicon.group(found[0]) == lexicon.group(kind))
    if pronoun is not None:  # the antecedent: X's word among the words before the pronoun
        before = _WORD.findall(head[:pronoun.start()])[-HEAD_WORDS:]
        if any(of_kind(w) for w in before):
            return True
    # no happening word: X's word must head the clause
    return any(of_kind(m.group()) for m in words if lexicon.opens(folded[:m.start()]))


def sense_doubted(what: str, clause: str, at: int) -> bool:
    """Whether X (``what``), named in ``clause`` before character ``at`` (a phrase's end), is a
    word whose happening the words around it tell (:attr:`TriggerLexicon.senses`: ``لقاء``)
    and the nearest cue in its clause, in its reach or further, tells another class than the
    one the word has alone (``وسيصل الفريق قبل اللقاء بثلاثة أيام… على ملعب المباراة``: a
    match, not a meeting): X's class is no sign of it."""
    lexicon = load_triggers()
    form = lexicon.sensed(happening_head(_without_article(fold(what))))
    if form is None:
        return False
    head, tail = fold(clause[:at]), fold(clause[at:])
    words = _WORD.findall(head)
    folded = fold(what)
    k = max((i for i, w in enumerate(words) if w == folded), default=len(words) - 1)
    after, before = words[k + 1:] + _WORD.findall(tail), words[:k]
    told = lexicon.sense_cue(form, after, before, reach=len(after))
    return told is not None and told[0] != lexicon.sense_defaults.get(form)


HEAD_WORDS = 6
"""How many words before a relative pronoun may name its antecedent (``لقاء نهائي كأس السوبر
الذي يقام``)."""


def complement_of(clause: str, after: int) -> str | None:
    """The word right after position ``after`` of ``clause`` (what X governs in ``بعد
    يومين على بداية الدوري``), or None when it is a function word, a short word, or one
    of ``other_instance`` (``lang/ar/event_dates.yaml``): then no entry of X can date the phrase."""
    m = _WORD.search(clause, after)
    if m is None or clause[after:m.start()].strip():
        return None
    word = fold(m.group())
    if len(_without_article(word)) < 3 or load_wording().plain(word) is None:
        return None
    return m.group()


def another_instance(clause: str, after: int) -> bool:
    """Whether the word right after position ``after`` of ``clause`` says X is another
    happening than the one told (``غداة هجوم آخر``، ``تفجير جديد``: ``other_instance`` of
    ``lang/ar/event_dates.yaml``)."""
    m = _WORD.search(clause, after)
    return m is not None and not clause[after:m.start()].strip() and fold(m.group()) in other_instance_words()


@functools.lru_cache(maxsize=None)
def other_instance_words(code: str = "ar") -> frozenset[str]:
    """``other_instance`` of ``lang/<code>/event_dates.yaml``, folded (read once): the words
    after a happening word that make it another happening (``هجوم آخر``)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["other_instance"])


def _without_article(word: str) -> str:
    """``word`` (folded) without the article at its start and what is glued before it
    (:meth:`timeline.lexicon.Clitics.definite`: ``وبالتفجير``، ``للتفجير`` → ``تفجير``)."""
    return _article().sub("", word)


@functools.lru_cache(maxsize=None)
def _article(code: str = "ar") -> re.Pattern[str]:
    """:meth:`timeline.lexicon.Clitics.definite` of ``code``, compiled (once)."""
    return re.compile(clitic_prefixes(code).definite())


def preload() -> None:
    """Build now what the dating from entries builds on first use, called as it calls it (see
    :func:`timeline.wording.preload`)."""
    other_instance_words()
    attached_pronouns()
    _article()
