"""The tense an expression is told in, read from the words around it: the tense cues of its
sentence before it (سوف، من المقرر ... / كان، لقد ...), the shape of the verbs nearest it (a
present يزور, a perfect أعلنت, a future ستنشر), the relative clauses, sayings, quotes, titles
and headlines that give a date a tense of its own, each read within a few words or at most
:data:`_CUE_REACH` characters of its sentence (a text costs as much as its expressions, not its
length).

:class:`FutureAt` answers, for each expression :func:`timeline.tagger.tag` places, whether it is
told ahead (True), in the past (False) or neither (None); the other public names are the
readings the tagger asks for one kind of expression (an amount after "بعد", a clock time, a
weekend, "لاحقاً")."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from timeline._programs import kept
from timeline._told import SENTENCE_ENDS, bare_weekday
from timeline._types import Possibly, Prefer, Week
from timeline._yaml import load_language_yaml
from timeline.calendars import gregorian_to_hijri
from timeline.engine import Found, Grammar, whole_words
from timeline.lang.ar.rules.common import HEADLINE_MAX
from timeline.lexicon import COMMAS, Lexicon, clitic_prefixes, load_lexicon, relative_pronoun, relative_pronouns, unjoined
from timeline.normalize import NormalizedText, fold
from timeline.resolve import Resolved, resolve
from timeline.semantics import Duration, Range, Recurring, Shift, Vague, When, Within
from timeline.verbs import Shapes, load_shapes, nearest_first

_CONJ = clitic_prefixes().conjunction  # [وف]
_CONJ_LETTERS = clitic_prefixes().conjunctions  # و ف
_JOINED_BL = clitic_prefixes().joined + "بل"  # و ف ب ل, for a word's first letter

__all__ = ["LAST_WORD", "FutureAt", "Tense", "clock_ahead", "told_after", "told_ahead", "told_in_past",
           "weekend_told"]


class FutureAt:
    """Whether an expression is told ahead (True), in the past (False) or neither (None), as
    :func:`timeline.resolve.resolve`'s ``future`` takes it: ``forced`` (``prefer``) for the whole
    text; else nothing for a meaning placed alike in every tense (:func:`_tenseless`); else the
    tense cues before it (:meth:`Tense.at`), then, when they say nothing, the verb right after it,
    an invocation, the verb before a bare weekday, a perfect before a yearless month or feast.
    ``Possibly.NEAREST`` after a possibility (احتمال، من المحتمل): no tense, the nearest occurrence.
    Each expression's start is read once (a candidate is placed before choosing and again after)."""

    __slots__ = ("tense", "folded", "lex", "grammar", "forced", "weekday", "month", "day", "hijri", "headline",
                 "tenses")

    def __init__(self, tense: Tense, grammar: Grammar, forced: Prefer | None, weekday: int, month: int = 0,
                 day: dt.date | None = None) -> None:
        self.tense, self.folded, self.grammar, self.lex = tense, tense.text, grammar, grammar.lex
        self.forced = forced
        self.weekday = weekday  # the publication's, ISO
        self.month = month  # the publication's (Gregorian, 1-12; 0 unknown)
        self.day = day  # the publication's day, for its Hijri month (:meth:`hijri_month`, read when first asked)
        self.hijri = -1
        self.headline = len(tense.text) <= HEADLINE_MAX and "\n" not in tense.text.strip()  # a title or a one-line text
        self.tenses: dict[int, bool | Possibly | None] = {}  # start → the tense read there, before the pay's month is asked

    def __call__(self, start: int, end: int, meaning: object) -> bool | Possibly | None:
        forced = self.forced
        if forced is not None:
            return forced is Prefer.FUTURE
        if _tenseless(meaning):
            return None  # never read: the sentence's cues are not looked up
        tenses, folded, grammar, tense = self.tenses, self.folded, self.grammar, self.tense
        if start not in tenses:
            told = True if _paid_month(folded, start, meaning, grammar.lex.delivery_before) \
                else tense.at(start)  # None: nothing says; "تسليم ديسمبر": a contract's month, ahead
            if told is None and (bare_weekday(meaning, self.weekday) or _yearless_month(meaning)
                                 or _yearless_feast(meaning)) and tense.future_after(start, end):
                told = True  # "وفي مايو سيحتفل النادي بمئويته": the future verb right after the date is its
            elif told is None and (bare_weekday(meaning, self.weekday) or _yearless_month(meaning)
                                   or _yearless_feast(meaning)) and _invoked_after(folded, end, grammar.lex):
                told = True  # "يوم الأحد إن شاء الله": what is hoped for is still to come
            elif told is None and bare_weekday(meaning, self.weekday) and _weekday_ahead(
                    folded, start, grammar, _schedule(meaning), self.headline, end):
                told = True  # "يزور الوزير موسكو الثلاثاء": a present verb tells the coming Tuesday
            elif told is None and (_yearless_month(meaning) and _told_done(folded, start, grammar)
                                   or _yearless_feast(meaning) and _told_done(folded, start, grammar, openers=False)):
                told = False  # "بعد مبايعته الجماعة في نوفمبر": a month of what was done, the past one
            elif told is None and _later_this_year(meaning, self.month) and (
                    _until_yearless(meaning) or _weekday_ahead(folded, start, grammar, False, False, end)):
                # told in August, "والقرار الرسمي يصدر في ديسمبر" (a present verb before it) and "تأجيل رفع
                # الفائدة حتى ديسمبر" (until, no perfect before it: read after _told_done) are the coming December
                told = True
            elif told is None and _later_this_hijri_year(meaning, self.hijri_month) \
                    and _weekday_ahead(folded, start, grammar, False, False, end):
                told = True  # "ويبدأ موسم العمرة في غرة ذي القعدة" told in Safar: the coming one, as for a Gregorian month
            elif told is None and _this_weekday(meaning) and _weekday_done(folded, start, grammar):
                told = False  # "التقى الوزير نظيره هذا الاثنين": this week's, already past
            elif told is None and _opens_today(meaning, self.weekday) and _weekday_done(folded, start, grammar):
                told = False  # "أقيم المهرجان يومي الخميس والجمعة" told on a Thursday: last week's
            elif told is None and bare_weekday(meaning, self.weekday) and _later_this_week(
                    meaning, self.weekday, grammar.lex.week) and _this_week_before(folded, start) \
                    and not _weekday_done(folded, start, grammar):
                told = True  # "البيانات التي تصدر هذا الأسبوع ... يوم الجمعة": a day still to come of this week
            elif told is None and start in tense.conditioned and (_yearless_date(meaning) or _yearless_feast(meaning)):
                told = True  # "إذا لم تستجب الوزارة حتى 20 سبتمبر": an ultimatum's day, still to come
            elif told is None and _since_yearless(meaning):
                told = False  # "مغلق منذ نوفمبر": what holds since a month began in a past one
            tenses[start] = told
        told = tenses[start]
        if told and _paid_month(folded, start, meaning, grammar.lex.pay_before):
            return None  # "سيتم تسديد راتب شهر مايو": the month the pay is for, the nearest (looked at in a future only)
        return told

    @property
    def hijri_month(self) -> int:
        """The publication's Hijri month (1-12; 0 unknown), reckoned once."""
        if self.hijri < 0:
            self.hijri = gregorian_to_hijri(self.day)[1] if self.day is not None else 0
        return self.hijri


class Tense:
    """Where the text speaks of the future (سوف, من المقرر ...) or of the past (كان, لقد ...):
    looked up for each expression in the 80 characters of its sentence before it (only
    there, so a text costs as much as its expressions, not its length)."""

    def __init__(self, norm: NormalizedText, grammar: Grammar) -> None:
        self.norm = norm
        self.text = norm.text
        self.cues, self.cues_after = grammar.tense_cues, grammar.tense_cues_after
        self.keys, self.keys_after = grammar.keys, grammar.keys_after
        self.was, self.heads = grammar.lex.was_before_future, grammar.lex.name_heads
        self.conditions, self.sayings = grammar.lex.was_conditions, grammar.lex.done_stops
        self.adjectives, self.adjective_stops = grammar.lex.future_adjectives, grammar.lex.future_adjective_stops
        self.lex = grammar.lex
        # the starts of expressions whose sentence has, before them, a negation after a conditional and no other
        # cue (:meth:`at`: "هددت النقابة بالإضراب إذا لم تستجب الوزارة حتى 20 سبتمبر")
        self.conditioned: set[int] = set()

    def at(self, start: int) -> bool | Possibly | None:
        """True if the last cue before ``start`` in its sentence is a future one, ``Possibly.NEAREST`` if a
        possibility (relative.yaml ``possibility_cues``: "استبعد المحققون احتمال تورط الحارس في السرقة في يونيو":
        no tense, but truthy, ahead for a reader asking only whether), False if a past one, None if there is none."""
        t = self.text
        lo, _ = _clause_start(t, start, _SENTENCE_END)
        last = earlier = None
        conditional = False  # a negation after a conditional read ("إذا لم تستجب"): ahead if nothing else says
        for cue in whole_words(self.cues, self.cues_after, t, lo, start):
            if cue.group("first") is not None and not self._first_person(cue.start("first")):
                continue  # "ساعد", "سابقا", "سألته": no future
            if self._adjective(cue.group()) and not self._adjective_reaches(cue, start):
                continue  # "خلال الفترة المقبلة، وقال الإعلام، الأحد": "next" reaches its own noun's date only
            if cue.group("shape") is None or not self._beyond(cue.end(), start):
                if cue.group("past") is not None and (condition := self._condition(cue)) is not None:
                    conditional = conditional or condition
                    continue  # "إذا لم تستجب الوزارة حتى 20 سبتمبر": what may still happen, no past
                if cue.group("past") is None and _past_relative(t, cue.end(), start):
                    continue  # "ستواصل انتشال المركب الذي غرق في أبريل": April is the sinking's, past
                if cue.group("past") is None and _done_in_future(t, cue.end(), start):
                    continue  # "من المحتمل أن تكون الشحنة قد وصلت في يوليو": a guess about what is done
                earlier, last = last, cue
        if last is None:
            if conditional:
                self.conditioned.add(start)
            return None
        if last.group("past") is not None and _present_relative(t, last.end(), start):
            return None  # "وكان جدول الأعمال ... التي تبدأ في 28 سبتمبر": the relative clause's present, no past
        if last.group("past") is not None or self._was_to_come(earlier, last):
            return False
        return Possibly.NEAREST if self._possibility(last.group()) and not self._verb_ahead(last.end(), start) else True

    def _condition(self, cue: re.Match[str]) -> bool | None:
        """For a past cue that is a negation of the past (relative.yaml ``past_negations``: لم) right after a
        conditional: True after one of ``negation_conditions`` (إذا، فإن، حال: "إذا لم تستجب الوزارة حتى 20
        سبتمبر", what may still happen), False after one of ``negation_unless`` (ما: unless, or "what ... not"),
        None otherwise (a past cue)."""
        if cue.group("past") not in self.lex.past_negations:
            return None
        at = cue.start("past")
        word = _LAST_WORD_BEFORE.search(self.text, max(0, at - 12), at)
        if word is None or not self.text[word.end("word"):at].isspace() \
                or word.start() > 0 and self.text[word.start() - 1].isalnum():  # a whole word, not a tail
            return None
        before = word.group("word")
        return True if before in self.lex.negation_conditions else False if before in self.lex.negation_unless else None

    def _possibility(self, cue: str) -> bool:
        """Whether a future cue's match (the character before it, a conjunction glued) is one of relative.yaml
        ``possibility_cues`` (احتمال، ومن المحتمل)."""
        word = cue if cue[:1].isalpha() else cue[1:]
        possible = self.lex.possibility_cues
        return word in possible or word[:1] in _CONJ_LETTERS and word[1:] in possible

    def _verb_ahead(self, end: int, start: int) -> bool:
        """Whether one of relative.yaml ``possibility_ahead`` (أن) is one of the two words after a possibility
        cue ending at ``end``, before ``start``, with a present verb right after it (:mod:`timeline.verbs` shapes):
        "من المحتمل أن تعقد القمة في أبريل", the likelihood of what is to come (a future cue), not a possibility
        of no tense ("احتمال تورط الحارس في يونيو", "من المحتمل أن الصفقة أبرمت في مايو")."""
        words = _WORD.findall(self.text, end, start)[:3]
        return any(w in self.lex.possibility_ahead and _present(after) for w, after in zip(words, words[1:]))

    def future_after(self, start: int, end: int) -> bool:
        """Whether an expression at ``start:end`` opens its clause (one word before it at most: "وفي") and the
        word right after it (a space between, no punctuation, no و/ف opening it) is a future cue or a verb in
        the future by its shape ("وفي مايو سيحتفل النادي"; not "والذي نقل إلى فرنسا السبت سيفتح": the day
        is the relative clause's)."""
        lo, opened = _clause_start(self.text, start, _CLAUSE_END)
        if not opened or len(_WORD.findall(self.text, lo, start)) > 1:
            return False
        gap = _SPACES.match(self.text, end)
        if gap is None:
            return False
        if self.text[gap.end():gap.end() + 1] in clitic_prefixes().conjunctions:
            return False  # "اجتمع المجلس الأحد وسيعلن قراره": a new clause's verb
        cue = self.cues.match(self.text, gap.end())
        return cue is not None and cue.group("past") is None and cue.group("first") is None

    def _was_to_come(self, earlier: re.Match[str] | None, future: re.Match[str]) -> bool:
        """Whether a past "was" (relative.yaml ``was_before_future``) stands right before the future
        cue ``future``, :data:`_WAS_REACH` words between at most: a plan of the past ("كان سيلقي خطابه
        الأحد", "وكان من المقرر أن تنطلق المفاوضات الاثنين", "وكانت الحكومة تعتزم"); not past a saying's
        complementizer between them (relative.yaml ``done_before.stops``: "وكان قال إنه سيعود في ديسمبر" reports
        a plan still to come), nor when the future opens a clause of its own, after و/ف or a comma ("كان الجو
        حارا وسيكون أشد حرارة الخميس", "كان الفريق متأخرا، وسيحاول التعويض الأحد")."""
        if earlier is None or earlier.group("past") not in self.was or future.group("past") is not None:
            return False
        before = _WORD.findall(self.text, max(0, earlier.start() - 12), earlier.start())[-1:]
        if before and unjoined(before[0]) in self.conditions:
            return False  # "ما إذا كان البنك سيرفع الفائدة في سبتمبر": whether it will
        opening = _WORD.search(self.text, future.start())  # (a cue's match may open with the space before it)
        if opening is not None and opening.group()[:1] in clitic_prefixes().conjunctions \
                or _COMMA_BETWEEN.search(self.text, earlier.end(), future.start()):
            return False  # "كان الجو حارا وسيكون أشد حرارة الخميس": a new clause's future, no plan of the past
        between = _WORD.findall(self.text, earlier.end(), future.start())
        return len(between) <= _WAS_REACH and not any(unjoined(w) in self.sayings for w in between)

    def _adjective(self, cue: str) -> bool:
        """Whether a cue's match is a "next" on a noun (relative.yaml ``future_adjectives``: "المقبلة"),
        a clitic before it or not."""
        word = cue.strip()
        return any(word.endswith(a) for a in self.adjectives)

    def _adjective_reaches(self, cue: re.Match[str], start: int) -> bool:
        """Whether a "next" on a noun (``cue``) reaches the expression at ``start``: no comma between, at
        most :data:`ADJECTIVE_REACH` words between and none of relative.yaml ``future_adjective_stops``
        ("البطولة المقبلة بعد فوزه في أبريل": April is the win's), and its noun no time word but a month's
        name ("خطة السنوات المقبلة في اجتماعه يوم الخميس": a direction of its own expression, no cue for the clause;
        "شهر رمضان المقبل في أواخر أيار": the coming Ramadan's May)."""
        t = self.text
        if _COMMA_BETWEEN.search(t, cue.end(), start):
            return False
        between = _WORD.findall(t, cue.end(), start)
        if len(between) > ADJECTIVE_REACH or any(unjoined(w) in self.adjective_stops for w in between):
            return False
        noun = _LAST_WORD_BEFORE.search(t, max(0, cue.start() - 40), cue.start())
        if noun is None or self.keys.fullmatch(noun.group("word")) is None:
            return True
        return self.lex.lookup("months", noun.group("word")) is not None  # "رمضان المقبل": a month's year, ahead

    def _first_person(self, at: int) -> bool:
        """Whether the folded "سا" at ``at`` is written "سأ" (the first person's future: "سأتصل",
        "سألقاك"), not a perfect of "سأل" (asked: "سألته", "سألت", "سألوا")."""
        lo, hi = self.norm.to_original(at, at + 2)
        if _DIACRITICS.sub("", self.norm.original[lo:hi + 2])[:2] != "سأ":
            return False
        return _ASKED.match(self.text, at) is None

    def _beyond(self, end: int, start: int) -> bool:
        """Whether a future read from a verb's shape, ending at ``end``, does not reach ``start``:
        it reaches its first time word only, and no relative clause ("ستودع الأسبوع المقبل راتب
        شهر مايو": May is the pay's; "وستماثل خسارته موجة الخسائر التي تكبدها في مايو": a past May)."""
        if _relative_clause().search(self.text, end, start):
            return True
        # a key word right before the expression is its preposition ("ستقلع الطائرة بعد منتصف الليل"); the
        # head of a place's name is none ("ستهبط في مطار جدة صباح الخميس", "ستقام في ملعب المدينة مساء السبت")
        key = next((k for k in whole_words(self.keys, self.keys_after, self.text, end, start)
                    if not self._name_head(k.group("key")) and not self._manner_opener(k.group("key"))), None)
        return key is not None and not self.text[key.end():start].isspace()

    def _manner_opener(self, word: str) -> bool:
        """Whether a key word, a clitic و/ف dropped, opens an adverb of manner (relative.yaml ``manner_openers``:
        "بشكل", "بصورة"), no time word: "سيضمن بشكل كاف … حتى 17 سبتمبر" still reaches the date."""
        return any(word[i:] in self.lex.manner_openers for i in range(2) if len(word) - i >= 2)

    def _name_head(self, word: str) -> bool:
        """Whether a key word, one or two clitics dropped, is only the head of a name (relative.yaml
        ``name_heads``: مطار، ملعب، شارع), no time word."""
        return any(word[i:] in self.heads for i in range(3) if len(word) - i >= 2)


def _past_relative(text: str, end: int, start: int) -> bool:
    """Whether a relative clause whose verb is a perfect opens between a future cue ending at
    ``end`` and the expression at ``start`` (the last pronoun there, no comma after it): the date
    is that past verb's, not the future's ("سيزور الوزير المدينة التي ضربها الزلزال في مارس"). A
    perfect by its ending (:meth:`timeline.verbs.Shapes.perfect`: غرقت، هاجموا، ضربتها) or one of
    ``later.past_words``; after a masculine pronoun (``past_relative.masculine`` of relative.yaml:
    الذي، الذين), also a verb of the perfect's first letters (not a present's ي/ن nor a future's
    سـ, not ال) with no pronoun of an object at its end (``past_relative.object_endings``: تسبب،
    غرق; not تنظمه, a present whose subject is another's; nor, opening with one of
    ``past_relative.other_subject_first``, before a noun holding such a pronoun: تنطلق فعالياته).
    Not a present (التي تقام في أبريل)."""
    pronoun = None
    for pronoun in _relative_clause().finditer(text, end, start):
        pass
    if pronoun is None or _COMMAS.search(text, pronoun.end(), start):
        return False
    word = _WORD.match(text, pronoun.end() + 1) if text[pronoun.end():pronoun.end() + 1] == " " else None
    if word is None or word.end() > start:
        return False
    masculine, endings, not_first, other_first = _past_relative_data()
    bare = word.group()
    shapes = load_shapes()
    stem = next((bare[:-len(e)] for e in endings if bare.endswith(e) and len(bare) - len(e) >= 3), bare)
    if shapes.perfect(bare) or shapes.perfect(stem) or bare in load_lexicon().later_past_words:
        return True  # "ضربتها", "أغلقته": a perfect's ending before its object's pronoun
    pronoun_word = unjoined(pronoun.group())
    if not (pronoun_word in masculine and len(bare) >= 3 and bare[0] not in not_first
            and not bare.startswith("ال") and not bare.endswith(endings)):
        return False
    if bare[0] in other_first:  # "المهرجان الذي تنطلق فعالياته": a present, its subject the next word
        subject = _WORD.match(text, word.end() + 1)
        noun = subject.group() if subject is not None and subject.end() <= start else ""
        return not any(noun.endswith(e) and len(noun) - len(e) >= 4 for e in endings)
    return True


_COMMAS = kept(r"[،,]")


def _present_relative(text: str, end: int, start: int) -> bool:
    """Whether a relative clause whose verb is a present opens between a past cue ending at ``end`` and the
    expression at ``start`` (the last relative pronoun there, no comma after it; relative.yaml
    ``present_relative``): the date is that present's, which no past reaches ("وكان جدول الأعمال يشير إلى
    الاجتماعات التي تبدأ في 28 سبتمبر"); a perfect nearer the date keeps the past ("التي بدأت في مارس")."""
    pronoun = None
    for pronoun in _relative_clause().finditer(text, end, start):
        pass
    if pronoun is None or _COMMAS.search(text, pronoun.end(), start):
        return False
    first, least, not_endings, reach = _present_relative_data()
    shapes = load_shapes()
    for w in reversed(_WORD.findall(text, pronoun.end(), start)[-reach:]):
        bare = unjoined(w)
        if shapes.perfect(bare) or bare in load_lexicon().later_past_words:
            return False
        if len(bare) >= least and bare[0] in first and not bare.endswith(not_endings) and not bare.startswith("ال"):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _present_relative_data(code: str = "ar") -> tuple[str, int, tuple[str, ...], int]:
    """``present_relative`` of ``lang/<code>/relative.yaml``, folded: the letters a present opens with, its
    least length, the endings of nouns of that shape, and how many words before the date it may stand."""
    data = load_language_yaml(code, "relative.yaml")["present_relative"]
    return ("".join(fold(str(w)) for w in data["first"]), int(data["least"]),
            tuple(sorted((fold(str(w)) for w in data["not_endings"]), key=len, reverse=True)), int(data["reach"]))


def _done_in_future(text: str, end: int, start: int) -> bool:
    """Whether a "will have done" stands between a future cue ending at ``end`` and the expression at
    ``start`` (``done_in_future`` of relative.yaml: a present of كان, then قد within its ``reach`` words:
    "أن يكون الطيار قد تعمد إسقاط الطائرة في مارس"): the date is that guess's past act's."""
    be, done, reach = _done_in_future_data()
    words = [unjoined(w) for w in _WORD.findall(text, end, start)]
    return any(w in be and done.intersection(words[i + 1:i + 1 + reach]) for i, w in enumerate(words))


@functools.lru_cache(maxsize=None)
def _done_in_future_data(code: str = "ar") -> tuple[frozenset[str], frozenset[str], int]:
    """``done_in_future`` of ``lang/<code>/relative.yaml``, folded: the forms of كان, the particles, the reach."""
    data = load_language_yaml(code, "relative.yaml")["done_in_future"]
    return (frozenset(fold(str(w)) for w in data["be"]), frozenset(fold(str(w)) for w in data["done"]),
            int(data["reach"]))


@functools.lru_cache(maxsize=None)
def _past_relative_data(code: str = "ar") -> tuple[frozenset[str], tuple[str, ...], str, str]:
    """``past_relative`` of ``lang/<code>/relative.yaml``, folded: the masculine pronouns, the
    object pronouns' endings, the letters a present or a future opens with, the letters a present
    of another subject and a perfect both open with."""
    data = load_language_yaml(code, "relative.yaml")["past_relative"]
    return (frozenset(fold(str(w)) for w in data["masculine"]),
            tuple(sorted((fold(str(w)) for w in data["object_endings"]), key=len, reverse=True)),
            "".join(fold(str(w)) for w in data["not_first"]),
            "".join(fold(str(w)) for w in data.get("other_subject_first", ())))


def _relative_clause(code: str = "ar") -> re.Pattern[str]:
    """A relative pronoun in the folded text, a whole word, و or ف glued (:func:`relative_pronoun`)."""
    return relative_pronoun(r"(?<!\w)" + _CONJ + r"?", r"(?!\w)", code)


_CUE_REACH = 80
_WEEK_REACH = 240  # characters over which "this week" before a bare weekday places it in that week


def _last_end(ends: str) -> re.Pattern[str]:
    """A pattern matching from the start of a reach up to the last of the characters ``ends`` in it
    (the last sentence or clause end before an expression: :func:`_clause_start`); one between two digits
    is none: a clock's colon, a decimal point, a thousands comma ("من الساعة 08:00 حتى 14:30 يومي الجمعة
    والسبت", "ارتفع 2.5%")."""
    return kept("(?s).*[" + re.escape(ends) + r"](?!(?<=\d.)\d)")


def _present(word: str) -> bool:
    """Whether a folded word is a present verb by its shape (تعقد، يزور، يصل)."""
    shapes = load_shapes()
    return any(p.fullmatch(word) is not None for p in (shapes.present, shapes.present_short, shapes.present_opening))


def _clause_start(text: str, start: int, ends: re.Pattern[str]) -> tuple[int, bool]:
    """Where the clause or sentence before the expression at ``start`` begins, read as far back as
    :data:`_CUE_REACH` characters: right after the last end of ``ends`` (:func:`_last_end`) there, else at
    the reach's first character; and whether it opens there (an end found, or the text's start within the
    reach), not cut short by the reach."""
    lo = max(0, start - _CUE_REACH)
    last = ends.match(text, lo, start)
    return (last.end(), True) if last is not None else (lo, lo == 0)


_SENTENCE_END = _last_end(SENTENCE_ENDS)
_SPACES = kept(r"[ \t]+")
_COMMA_BETWEEN = kept(r"[،,]")  # a comma between "was" and a future: two clauses
_WAS_REACH = 2  # words between a past "was" and the future cue it turns into a plan of the past
ADJECTIVE_REACH = 4  # words between a "next" on a noun and a date it reaches ("الجولة المقبلة من المحادثات في مارس")
_LAST_WORD_BEFORE = kept(r"(?P<word>[^\W\d_]+)\s*$")
_DIACRITICS = kept("[\u064b-\u0652\u0640]")
_ASKED = kept(r"سال(?:[هنوك]|ت(?:[هنكم]|$|\W)|$|\W)")  # "سأله", "سألني", "سألوا", "سألتهم", "سألت"; not "سألتقي"


def told_in_past(text: str, start: int, end: int, grammar: Grammar, *, said: bool = False,
                 read_on: bool = False) -> bool | None:
    """Whether the expression at ``start:end`` ("لاحقاً", "عطلة نهاية الأسبوع") is told in the
    past (True), ahead (False) or neither is said (None): read from the word after it (a future
    verb: "لاحقاً سيسألون") and the words of its sentence before it, nearest first (the next two
    words too when it opens the sentence), up to
    :data:`_LATER_WORDS`; the first that says a tense decides (relative.yaml ``later``: more
    than the tense cues, perfect verbs by their shape). With ``said``, what follows a complementizer
    or a colon is what was said, in a tense of its own: the saying before them tells none ("وأعلن
    الاتحاد أن المباراة تقام الليلة", "وقال: نلعب الليلة"). With ``read_on``, when none of the words
    before says a tense, the next two words of its own clause do ("تبين لاحقاً أنها غادرت")."""
    lex = grammar.lex
    lo, _ = _clause_start(text, start, _SAID_END if said else _LATER_END)
    before = _WORD.findall(text, lo, start)[-_LATER_WORDS:]
    after = _WORD.findall(text, end, end + 40)[:2]
    if after and _WILL.fullmatch(unjoined(after[0])):
        return False  # "ولكنهم لاحقاً سيسألون"
    if len(before) >= 2:
        after = []
        if read_on:  # the words after it in its own clause, last: "تبين لاحقاً أنها غادرت", "بيانا لاحقا قال فيه"
            stop = _AFTER_STOP.search(text, end, end + 40)
            after = _WORD.findall(text, end, stop.start() if stop else end + 40)[:2]
    words = before[::-1] + after
    shapes = load_shapes()
    for i, w in enumerate(words):
        if said and i < len(before) and w in lex.nowadays_compared_stops:
            return None  # "أعلن أن المباراة تقام الليلة": the announcement's past is not the match's
        bare = unjoined(w)
        if w in lex.future_cues or bare in lex.later_future_words or _WILL.fullmatch(bare) or (i == 0 and bare[0] == "ي"):
            return False  # "سيحدد موعده لاحقاً", "يتم الإعلان عنه لاحقاً", "بلقاء ثالث يحدد لاحقاً"
        if w in lex.past_cues:
            return True
        if bare in lex.later_not_verbs:
            continue
        derived = i == 0 and bool(before)
        if bare in lex.later_past_words or shapes.perfect_with_object(bare, derived=derived):
            return True  # "وقال في وقت لاحق", "والتقى" (an ال of its root, no article), "وزاره الرئيس بعد عامين من ذلك"
        if bare.startswith("ال"):
            continue
        if shapes.perfect(bare, derived=derived):
            return True  # "وتوفيت في وقت لاحق", "اتضح لاحقاً"
    return None


def _yearless_month(meaning: object) -> bool:
    """Whether ``meaning`` is a Gregorian month alone, told with no day, year, direction or time (a day
    of the month is left to its nearest: "الجمعة 15 أغسطس" a week ahead is not a year back)."""
    return isinstance(meaning, When) and meaning.calendar == "gregorian" and meaning.month is not None \
        and meaning.year is None and meaning.direction is None and meaning.hour is None \
        and meaning.holiday is None and meaning.rel_unit is None and meaning.weekday is None \
        and meaning.day is None


def _yearless_date(meaning: object) -> bool:
    """Whether ``meaning`` is a Gregorian month or a day of one, told with no year, direction or weekday
    ("حتى 20 سبتمبر", "قبل ديسمبر"; not a weekday, an amount or a clock time alone)."""
    return isinstance(meaning, When) and meaning.calendar == "gregorian" and meaning.month is not None \
        and meaning.year is None and meaning.direction is None and meaning.holiday is None \
        and meaning.rel_unit is None and meaning.weekday is None


def _later_this_year(meaning: object, month: int) -> bool:
    """Whether ``meaning`` is a yearless Gregorian month or day of one (:func:`_yearless_date`) whose month is
    still to come in the publication's year (``month``, 0 unknown: never): read back it would be last year's,
    which a present verb before it does not tell ("يصدر القرار في ديسمبر" told in August). A month already
    gone this year is left to the nearest, as a present verb narrates or tells a habit as often ("يتجه المعدن
    إلى إنهاء يوليو" told on 1 August, "يذكر أنه في 18 مارس قتل")."""
    return isinstance(meaning, When) and meaning.month is not None and meaning.month > month > 0 \
        and _yearless_date(meaning)


def _present_opening_after(text: str, end: int, verb: str, shapes: Shapes, article: str) -> bool:
    """Whether ``verb`` (folded, its و/ف off; the word ending at ``end``) is a present تـ by its shape and no perfect:
    of ``long_present``'s letters (``تنطلق``، ``تستأنف``), or shorter with a definite feminine noun right after it,
    its subject (``تبدأ المرحلة``): a perfect of تفعّل has four letters too and a masculine subject (``وبعد يومين
    توجه الوفد``، ``تعرض لإصابة``)."""
    if not shapes.present_opens(verb) or shapes.perfect(verb, derived=True):
        return False
    if shapes.long_present(verb):
        return True
    subject = _WORD_AFTER.match(text, end)
    return subject is not None and subject.group(1).startswith(article) \
        and subject.group(1).endswith(shapes.noun_endings)


def _later_this_hijri_year(meaning: object, hijri_month: int) -> bool:
    """Whether ``meaning`` is a Hijri month, a day of one or a Hijri feast, told with no year, direction or weekday,
    whose month is still to come in the publication's Hijri year (``hijri_month``, 0 unknown: never): as
    :func:`_later_this_year` for a Gregorian month, read back it would be last year's, which a present verb before
    it does not tell ("ويبدأ موسم العمرة في غرة ذي القعدة", "تبدأ إجازة عيد الفطر" told in Safar). A feast that may
    fall in two months ("العيد") only when both are still to come."""
    if not isinstance(meaning, When) or hijri_month <= 0 or meaning.year is not None \
            or meaning.direction is not None or meaning.rel_unit is not None or meaning.weekday is not None:
        return False
    feast = meaning.holiday
    if feast is not None:
        return feast.calendar == "hijri" and feast.month > hijri_month \
            and all(month > hijri_month for month, _ in feast.also)
    return meaning.calendar == "hijri" and meaning.month is not None and meaning.month > hijri_month


def _until_yearless(meaning: object) -> bool:
    """Whether ``meaning`` is a Gregorian month alone (:func:`_yearless_month`) told after "until"
    (``ON_OR_BEFORE``: "حتى ديسمبر"); read after :func:`_told_done`, so no perfect tells it ended."""
    return _yearless_month(meaning) and meaning.mod == "ON_OR_BEFORE"  # type: ignore[attr-defined]


def _yearless_feast(meaning: object) -> bool:
    """Whether ``meaning`` is a feast or a Hijri month told with no year or direction ("عيد الفطر", "ثالث
    أيام عيد الأضحى", "رمضان")."""
    if not isinstance(meaning, When) or meaning.year is not None or meaning.direction is not None \
            or meaning.rel_unit is not None:
        return False
    return meaning.holiday is not None or meaning.calendar == "hijri" and meaning.month is not None \
        and meaning.day is None and meaning.hour is None and meaning.weekday is None


def _since_yearless(meaning: object) -> bool:
    """Whether ``meaning`` is a month or a day of one (Gregorian or Hijri) with no year or direction
    told after "since" (``ON_OR_AFTER``: "منذ نوفمبر", "منذ 3 نوفمبر", "منذ ذي القعدة"): never one still
    to come."""
    return isinstance(meaning, When) and meaning.mod == "ON_OR_AFTER" \
        and meaning.month is not None and meaning.year is None and meaning.direction is None \
        and meaning.holiday is None and meaning.rel_unit is None


def _told_done(folded: str, start: int, grammar: Grammar, *, openers: bool = True) -> bool:
    """Whether the clause before a yearless month at ``start`` tells what was done (relative.yaml
    ``done_before``): its nearest verb, among the :data:`_DONE_VERB_WORDS` words before the month, is
    a perfect ("وأعلنت الشركة في أكتوبر"), or an "after" word stands before it, not as the month's own
    preposition, with no present verb before that ("بدل اسمه بعد مبايعته الجماعة في نوفمبر"); read
    nearest first, up to :data:`_DONE_WORDS` words, back to a comma, a sentence end, a colon, an open
    quote or a saying's "أن/إن" (its content has a tense of its own). Without ``openers`` (a feast: "بعد
    عطلة عيد الأضحى" is the feast's own phrase) only a perfect tells it, and not one of announcing, setting or
    preparing (``done_before.plans``: "حددت الوزارة عطلة عيد الأضحى" tells a feast to come)."""
    lex = grammar.lex
    lo, _ = _clause_start(folded, start, _DONE_END)
    colon = folded.rfind(":", lo, start)
    if colon >= 0 and not folded[colon + 1:colon + 2].isdigit():  # not a clock's (10:30)
        lo = colon + 1  # "قال الوزير: الاقتراع في نوفمبر"
    quote = max(folded.rfind(c, lo, start) for c in _QUOTES)
    if quote >= 0 and (folded[quote] in _OPENING_QUOTES or folded[quote + 1:quote + 2].isalpha()):
        lo = quote + 1  # the month in a quote ("قال الوزير «الاقتراع في نوفمبر»"): a saying's content
    words = _WORD.findall(folded, lo, start)[-_DONE_WORDS:]
    shapes = load_shapes()
    after = False
    relatives = relative_pronouns()  # none once one is passed: the month is in the nearer relative clause
    for i, word, bare, passed in nearest_first(words):
        if word in lex.done_stops or bare in lex.done_stops:
            return after
        if word in lex.done_openers or bare in lex.done_openers:
            # "بعد نوفمبر": the month's own preposition, no happening before it; a feast's (not with ``openers``):
            # "بعد عطلة عيد الأضحى"
            after = after or openers and i < len(words) - 1
            continue
        if bare in relatives:
            relatives = frozenset()  # "الفرق التي تأهلت ... البطولة التي تقام في نوفمبر": the nearer clause's
        if passed:
            continue
        if not openers and (word in lex.done_plans or bare in lex.done_plans):
            return False  # "حددت الوزارة عطلة عيد الأضحى": announced, set or prepared for, still to come
        if shapes.is_present(bare, noun_endings=True):
            return False  # "يصوت", "يموت": a present, though it ends as a feminine perfect does
        if (bare in lex.later_past_words or shapes.perfect(bare) or shapes.perfect_with_object(bare)) \
                and (after or len(words) - i <= _DONE_VERB_WORDS):  # "وزاره الرئيس في أكتوبر"
            return True
        if i > 0 and unjoined(words[i - 1]) in relatives and _relative_perfect(bare, lex):
            return True  # "الحوثيين الذين سيطروا على العاصمة صنعاء في سبتمبر": the relative clause's deed, done
    return after


def _relative_perfect(bare: str, lex: Lexicon) -> bool:
    """Whether ``bare``, the verb right after a relative pronoun, is a perfect told done, whatever its
    distance from the month: by its shape (with an object pronoun too, the feminine's: "الشروط التي وضعتها
    اللجنة"), a masculine perfect of ``later.past_words``, or a plural
    perfect opening as no future does (``future_shape.not_verb_starts``: سيطروا); not a plan's
    (``done_before.plans``: "الموعد الذي حددته الوزارة ... في سبتمبر" may be ahead)."""
    shapes = load_shapes()
    if bare in lex.done_plans or any(not bases.isdisjoint(lex.done_plans) for _, _, bases in shapes.object_stems(bare)):
        return False  # "الموعد الذي حددته اللجنة": حددت with its object's pronoun
    return bare in lex.later_past_words or shapes.perfect(bare) or shapes.perfect_with_object(bare, feminine=True) \
        or bare.endswith("وا") and bare.startswith(lex.future_not_verb_starts)


_DONE_WORDS = 8
_DONE_VERB_WORDS = 4  # a perfect dates its month when this near it ("وأعلنت الشركة في أكتوبر")
_DONE_END = _last_end(".!?;\n،,")
_QUOTES = "«»“”\""  # the last of these before a month opens a quote it is in when it is one of
_OPENING_QUOTES = "«“"  # these, or a straight one right before a word ("قال "الاقتراع في نوفمبر")
_LATER_WORDS = 8
_AFTER_STOP = kept(r"[.!?;:\n\"«»،,؛؟()]")  # the end of the clause a "later" stands in, read forward
_LATER_END = _last_end(".!?;\n\"")
_SAID_END = _last_end(".!?;\n\":")  # a saying's colon too (told_in_past's ``said``)
_WORD = kept(r"[^\W\d_]+")
_WORD_AFTER = kept(r"\s+([^\W\d_]+)")  # the word right after an expression, nothing between
_WILL = kept(r"س[يتنا]\w{3,}(?<![هة])(?<!ات)(?<!سابقا)")  # سـ + a present verb: "ستنشر", "سيضطرون"


def told_ahead(text: str, start: int, end: int, tense: Tense, grammar: Grammar) -> bool:
    """Whether "بعد" + an amount at ``start:end`` counts from the publication (and a clock time later
    than the publication hour is today's or ahead, not yesterday's): its sentence says
    the future (a tense cue, a future verb: :func:`told_in_past`), a present verb (يـ of three letters
    or more) stands among the three words before it ("وينتظر أن يعود للتدريبات الجماعية بعد أسبوعين",
    "يصل القطار بعد ساعة ونصف") or opens its sentence
    ("وتبدأ الورشة بعد ربع ساعة"), it is counted "من الآن", or "أي" puts it beside a date just told.
    Else it counts from a happening the story tells ("فعاد بعد ساعتين")."""
    if tense.at(start) or _FROM_NOW.match(text, end) or _FROM_NOW.search(text, start, end):
        return True  # "بعد ثلاثة أشهر من الآن" (the rule takes "من الآن" into the expression), "من اليوم"
    past = told_in_past(text, start, end, grammar)
    if past is not None:
        return not past
    lo, opened = _clause_start(text, start, _LATER_END)  # opened: the words begin the sentence
    words = _WORD.findall(text, lo, start)
    if words and words[-1] == "اي":
        return True  # "في 22 ديسمبر، أي بعد أربعة أشهر"
    clitics = clitic_prefixes()
    bare = [clitics.unjoined(w, least=5) for w in words]
    shapes = load_shapes()
    if opened and bare and shapes.present_opening.fullmatch(bare[0]):
        return True  # "وتبدأ الورشة بعد ربع ساعة": a sentence opened by a present verb
    after = _WORD_AFTER.match(text, end)
    if after is not None and shapes.is_present(clitics.unjoined(after.group(1), least=5), short=True):
        return True  # "والجسر بعد عشرة أيام يكتمل": a present verb right after it
    if after is not None and opened and all(w in clitics.conjunctions for w in words):  # (a glued و/ف read apart)
        verb = clitics.unjoined(after.group(1), least=5)
        if _present_opening_after(text, after.end(), verb, shapes, clitics.article):
            return True  # "وبعد ثلاثة أسابيع تبدأ المرحلة الثانية": the amount opens the sentence, a present تـ its verb
    return any(shapes.is_present(w, short=True) for w in bare[-_AHEAD_WORDS:])  # "يصل", "يبدأ"


def clock_ahead(text: str, start: int, tense: Tense, grammar: Grammar) -> bool:
    """Whether a clock time at ``start``, with no day of its own and hours later than the publication,
    is told as today's or ahead rather than as yesterday's: its sentence says the future (a tense cue),
    or the nearest verb of its clause before it is a present one — يـ of three letters or more
    ("ويبدأ العرض في التاسعة مساء", "أن يصل الموكب الساعة الحادية عشرة ليلاً"), تـ/نـ only opening the
    sentence a few words before ("وتنطلق القمة الساعة العاشرة مساء"; "تنظيم", "تقرير" open sentences
    too, so a past verb or a perfect shape nearer wins; not with ا second, "نائب", nor third in five
    letters, the perfects "تواصل", "تراجع"; "تقام" is present) — and not after a subject pronoun, where it tells
    what was under way ("وهم يؤدون صلاة الظهر": the bombing's prayer)."""
    if tense.at(start):
        return True
    if told_in_past(text, start, start, grammar):
        return False
    lex = grammar.lex
    lo, opened = _clause_start(text, start, _CLAUSE_END)
    words = _WORD.findall(text, lo, start)[-_LATER_WORDS:]
    shapes = load_shapes()
    for i, w, bare, passed in nearest_first(words):
        if passed:
            continue
        if w in lex.past_cues or shapes.perfect(bare, derived=True):
            return False  # "تنظيم الدولة أعدم رهينة الساعة العاشرة مساء"
        present = shapes.is_present(bare, short=True) \
            or i == 0 and opened and len(words) <= _OPENING_WORDS and shapes.present_opens(bare)
        if present:
            before = words[i - 1] if i else ""
            return clitic_prefixes().unjoined(before, least=3) not in lex.nowadays_pronouns
    return False


def _this_weekday(meaning: object) -> bool:
    """A weekday told with "this" and no date ("هذا الاثنين", "صباح هذا السبت")."""
    return isinstance(meaning, When) and meaning.weekday is not None and meaning.direction == 0 \
        and not meaning.has_date and meaning.nth is None and meaning.week_nth is None


def _opens_today(meaning: object, published: int) -> bool:
    """A range of bare weekdays that opens on the publication's weekday (``published``, ISO): "يومي الخميس
    والجمعة" told on a Thursday, placed from today unless told done (:func:`_weekday_done`)."""
    return isinstance(meaning, Range) and isinstance(meaning.first, When) and meaning.first.weekday == published \
        and not meaning.first.has_date and meaning.first.direction is None and meaning.first.nth is None \
        and isinstance(meaning.last, When) and meaning.last.direction is None


@functools.lru_cache(maxsize=None)
def _this_week(code: str = "ar") -> re.Pattern[str]:
    """"This week" in the folded text, every wording: week.yaml ``nouns`` after relative.yaml's direction-0
    ``forms`` ("هذا الأسبوع") or before its ``adjectives`` ("الأسبوع الجاري"; not "the same": a week named)."""
    nouns = [fold(str(n)) for n in load_language_yaml(code, "week.yaml")["nouns"]]
    this = next(d for d in load_language_yaml(code, "relative.yaml")["directions"] if d["direction"] == 0)
    phrases = [f"{fold(str(f))} {n}" for f in this.get("forms", ()) for n in nouns] \
        + [f"{n} {fold(str(a))}" for n in nouns for a in this.get("adjectives", ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")(?!\w)")


def _this_week_before(text: str, start: int) -> bool:
    """Whether "this week" is told in the sentence before ``start``, within :data:`_WEEK_REACH` characters (a
    list of what the week brings runs long: "التي تصدر هذا الأسبوع بما في ذلك تقرير ... اليوم الاثنين وبيانات
    الوظائف ... يوم الجمعة"); read only for a bare weekday no other cue placed."""
    lo = max(0, start - _WEEK_REACH)
    last = _SENTENCE_END.match(text, lo, start)
    return _this_week().search(text, last.end() if last is not None else lo, start) is not None


def _later_this_week(meaning: object, published: int, week: Week) -> bool:
    """Whether the weekday ``meaning`` opens on (bare) comes later in the week of the publication's weekday
    ``published`` (ISO), the week beginning on ``week.first``: its coming one is still this week's."""
    first = meaning.first if isinstance(meaning, Range) else meaning
    day = getattr(first, "weekday", None)
    return day is not None and week.offset(day) > week.offset(published)


def _weekday_done(text: str, start: int, grammar: Grammar) -> bool:
    """Whether the nearest verb of the clause before ``start`` is a perfect or a past cue ("أقيم المهرجان
    يومي الخميس والجمعة", "وقال الوزير"): the first verb-like word read decides (a present: no)."""
    lex = grammar.lex
    lo, _ = _clause_start(text, start, _CLAUSE_END)
    shapes = load_shapes()
    for _, w, bare, passed in nearest_first(_WORD.findall(text, lo, start)[-_LATER_WORDS:]):
        if w in lex.past_cues or bare in lex.later_past_words:
            return True
        if passed:
            continue
        if shapes.is_present(bare, short=True):
            return False
        if shapes.perfect(bare, derived=True):
            return True
    return False


def told_after(text: str, end: int, grammar: Grammar) -> bool | None:
    """How the word right after a date ending at ``end`` (spaces between) tells its piece: False when a
    past cue of the grammar's tense cues (``كان``، ``لم``) or a verb told done (:meth:`timeline.verbs.Shapes.told_done`:
    ``أعلن``، ``اجتمعوا``، ``التقى``): a verb of its own, told done, no verb left out of a schedule; True
    when a future (``سيواجه``) or a present of يـ by its shape (``يواجه``، ``يلتقي``): told ahead; else None."""
    gap = _SPACES.match(text, end)
    word = _WORD.match(text, gap.end()) if gap is not None else None
    if word is None:
        return None
    bare = unjoined(word.group())
    cue = grammar.tense_cues.match(text, gap.end())  # type: ignore[union-attr]
    shapes = load_shapes()
    if word.group() in grammar.lex.past_cues or (cue is not None and cue.group("past") is not None) \
            or shapes.told_done(bare):
        return False
    if cue is not None or shapes.is_present(bare) and not bare.endswith("يه"):  # (a cue not past: a future)
        return True
    return None


def _schedule(meaning: object) -> bool:
    """A weekday told with a clock time, or a range of days: what a timetable says (not a part of the day
    alone: "وتعرض الموكب لإطلاق نار مساء الخميس" is a perfect)."""
    return isinstance(meaning, Range) or isinstance(meaning, When) and meaning.hour is not None


def _weekday_ahead(text: str, start: int, grammar: Grammar, schedule: bool = False, headline: bool = False,
                   end: int | None = None) -> bool:
    """Whether a bare weekday at ``start`` (not the publication's weekday), which no tense cue places,
    is told ahead: the nearest verb of its clause before it is a present one ("يزور الوزير موسكو
    الثلاثاء", "مجلس الأمن يصوت الجمعة", "على أن يعود الفريق الجمعة": يـ of three letters or more;
    تـ/نـ only opening the clause a few words before, and of four letters only for a ``schedule`` (the weekday
    with a clock time, or a range of days), as for a clock: "تبدأ المحاكمة الساعة التاسعة صباح الأحد"; else
    as often a perfect: "وتوقع الخميس", "وتعرض الموكب لإطلاق نار مساء الخميس"; longer: "وتنطلق البطولة
    الخميس", :meth:`timeline.verbs.Shapes.long_present`), also right after a relative pronoun, which opens a
    clause as well: "رئيس الأركان الذي تنتهي مدة خدمته يوم الجمعة". Not when a perfect comes first, nor a
    relative pronoun before a present يـ or a short one (the verb after it describes: "الذي يخضع للدراسة ...
    يوم الخميس", "الذي يصادف يوم سبت") or a perfect ("والذي نقل إلى فرنسا السبت"), a
    verb of state ("لا يزال قيد التحقيق حتى صباح الأحد"), "لم"/"لما" (a past: "لم يصدر القضاء قرارا
    الجمعة"), "قد" before the verb ("قد يكون الوفد غادر الأحد"), "منذ" ("منذ مساء السبت") or the prayer
    ("صلاة الجمعة"); a word ending in ـية is an adjective ("مصادر يمنية السبت"); a fixed phrase's present
    ("فيما يتصل بـ") is no verb, and an adjective participle right before the day ("الحكم الصادر يوم
    الجمعة") is its predicate (relative.yaml ``verb_shapes``). A verb after the lam of purpose (``purpose`` of
    relative.yaml: "ليخوض", "لتبدأ") tells what comes after the act: the coming day ("وصل الفريق أمس ليخوض
    مباراته الجمعة"). A day set between two commas, opening its piece ("ليبدأ الإنتاج، يوم الجمعة، بشكل
    تجريبي"; ``end`` given), is read with the piece before it. In a ``headline`` (a short text of one line), a day
    set apart after ".." or a colon is announced, whatever the verb: "فنون الطائف تعرض مسرحية.. السبت"."""
    lex = grammar.lex
    if headline and _HEADLINE_SLOT.search(text, max(0, start - 4), start):
        # a headline's day set apart after ".." or a colon is announced ("الفريق يواجه ضيفه.. الخميس"), unless
        # the headline tells a happening done ("مقتل خمسة جنود في هجوم.. الأحد", "قتل خمسة جنود.. الأحد")
        return not any(_done_in_headline(w, lex) for w in _WORD.findall(text, 0, start))
    pos, opened = _clause_start(text, start, _CLAUSE_END)
    if end is not None and _set_between_commas(text, pos, start, end):
        pos, opened = _clause_start(text, pos - 1, _CLAUSE_END)  # "ليبدأ الإنتاج، يوم الجمعة، بشكل تجريبي"
    dashes = list(_DASH.finditer(text, pos, start))
    # "وتوفي ... - وهو متزوج وينحدر من ... - يوم الخميس": the verb of an aside between the last two
    # dashes is not the clause's (a dateline's dash before them is no aside)
    words = _WORD.findall(text, pos, dashes[-2].start()) + _WORD.findall(text, dashes[-1].end(), start) \
        if len(dashes) > 1 else _WORD.findall(text, pos, start)
    every, words = words, words[-_LATER_WORDS:]
    # (a preposition right before the day is of its phrase: "تنتهي فترة التصويت الإلكتروني في منتصف ليل الخميس")
    opening = opened and len(dashes) < 2 \
        and len(words) - (bool(words) and words[-1] in lex.present_governing) <= _OPENING_WORDS
    if text.startswith("منذ", start) or words and words[-1] in ("منذ", "صلاه"):
        return False  # "منذ مساء السبت"; "صلاة الجمعة" names the prayer
    relative = _relative_clause()
    shapes = load_shapes()
    if words and shapes.adjective_participle(words, len(words) - 1):
        return False  # "وينهي الحكم الصادر يوم الجمعة": the day is the participle's, as a relative clause's
    if _purpose_ahead(words, lex, relative):
        return True  # "وصل الفريق أمس ليخوض مباراته الأولى يوم الجمعة": what the arrival is for comes after it
    for i, w, bare, passed in nearest_first(words):
        if bare in _NEGATED_PAST or relative.fullmatch(w) or bare in lex.nowadays_states:
            return False
        if bare in lex.later_past_words:
            return False  # a masculine perfect, which has no shape of its own ("وقال المتحدث الثلاثاء")
        if passed:
            continue  # a noun; a given name ("يوسف") or a place's adjective ("مصدر يمني") is no present verb
        if shapes.no_predicate(every, len(every) - len(words) + i, bare):  # (its phrase may open before the words read)
            continue  # "فيما يتصل بغرق القارب": about, no verb
        if shapes.is_present(bare, short=True) and not bare.endswith("يه"):
            # before the perfect shapes: "يصوت" ends like "أعلنت"
            before = words[i - 1] if i else ""
            before = clitic_prefixes().unjoined(before, least=3)
            if relative.fullmatch(before) or before in _NEGATED_PAST or before == "قد":
                # "الذي يخضع للدراسة ... يوم الخميس": the verb describes; "لم يصدر": a past; "قد يكون
                # الوفد غادر الأحد": a possibility, as often of a past as of a future
                return False
            return before not in lex.nowadays_pronouns
        if w in lex.past_cues or shapes.perfect(bare, derived=True):
            return False  # (before a relative's تـ: "التي تعرضت لهجوم يوم الجمعة" is a perfect)
        if i and shapes.present_opens(bare) and shapes.long_present(bare) \
                and relative.fullmatch(clitic_prefixes().unjoined(words[i - 1], least=3)):
            return True  # "رئيس الأركان الذي تنتهي مدة خدمته يوم الجمعة": a relative clause opens on a long تـ
        if i == 0 and opening and shapes.present_opens(bare) and (schedule and len(bare) == 4 or shapes.long_present(bare)):
            return True  # "وتبدأ المحاكمة الساعة التاسعة صباح الأحد": a present تـ opening the clause (as for a clock)
    return False


def _purpose_ahead(words: list[str], lex: Lexicon, relative: re.Pattern[str]) -> bool:
    """Whether one of ``words`` (folded, a clause's before a bare weekday) is a verb after the lam of purpose
    (:attr:`Lexicon.purpose_verbs`: "ليبدأ") with only its subject and object after it: no relative pronoun
    ("ليخوض المباراة التي أقيمت الجمعة") nor a masculine perfect ("ليخوض المباراة وقال الجمعة")."""
    at = next((i for i in range(len(words) - 1, -1, -1) if unjoined(words[i]) in lex.purpose_verbs), None)
    return at is not None and not any(relative.fullmatch(w) or unjoined(w) in lex.later_past_words
                                      for w in words[at + 1:])


def _set_between_commas(text: str, pos: int, start: int, end: int) -> bool:
    """Whether the expression at ``start:end`` opens the piece after a comma at ``pos`` (no word between) and
    a comma follows it ("ليبدأ الإنتاج، يوم الجمعة، بشكل تجريبي"): an adverbial set into the piece before."""
    return pos > 0 and text[pos - 1] in COMMAS and _WORD.search(text, pos, start) is None \
        and _COMMA_AFTER.match(text, end) is not None


def _invoked_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether an invocation of God's will (relative.yaml ``invocations``: "إن شاء الله", "بإذن الله") follows
    the expression ending at ``end`` in its sentence, commas passed and :data:`_INVOKED_WORDS` words between
    at most ("يومي الأحد والاثنين، متوقعة بإذن الله")."""
    for phrase in lex.invocations:
        at = text.find(phrase, end, end + _CUE_REACH)
        if at >= 0 and not text[at - 1].isalpha() and not any(c in text[end:at] for c in SENTENCE_ENDS) \
                and len(_WORD.findall(text, end, at)) <= _INVOKED_WORDS:
            return True
    return False


_INVOKED_WORDS = 2


def _done_in_headline(word: str, lex: Lexicon) -> bool:
    """Whether a headline's ``word`` tells a happening done: a past cue ("لم"), a masculine perfect of
    ``later.past_words`` ("توفي"), or a verbal noun of ``unannounced_nouns`` (a death, a blast: "مقتل",
    "وانفجار", "بمصرع"; "قتل" is the perfect too), with its clitics and article. Not a perfect by its shape:
    a headline's nouns take those shapes ("المتحدة", "مسرحية")."""
    bare = clitic_prefixes().unjoined(word, least=4)
    return word in lex.past_cues or bare in lex.later_past_words or word in lex.unannounced_nouns \
        or _HEADLINE_CLITICS.sub("", word) in lex.unannounced_nouns


_HEADLINE_CLITICS = kept(rf"^{clitic_prefixes().loose}(?=\w{{3}})")  # "وبمقتل", "الانفجار" → the noun
_HEADLINE_SLOT = kept(r"(?:\.\.+|…|:)\s*$")  # "X.. الخميس", "مصر: الخميس إجازة": where a headline sets its day apart
_DASH = kept(r"\s[-–](?=\s)")  # a dash between words (not "2- صفر")
_COMMA_AFTER = kept(r"\s*[" + COMMAS + "]")  # a comma right after an expression
_NEGATED_PAST = frozenset({"لم", "لما"})  # + a present verb: a past ("لم يصدر")
_CLAUSE_END = _last_end(".!?;\n\"،,:")
_OPENING_WORDS = 4  # a sentence's opening verb tells a clock time this many words on at most
_AHEAD_WORDS = 3
_FROM_NOW = kept(r"\s+من\s+(?:الان|اليوم)(?!\w)")


def _tenseless(meaning: object) -> bool:
    """Whether placing ``meaning`` never depends on the tense (:func:`resolve`'s ``future``):
    lengths, sets, vague references, shifts back ("منذ ثلاثة أيام"), a Gregorian day given
    with its year ("3 آب 2015") or a period counted from the anchor ("الأسبوع الماضي"), with
    no clock time."""
    if isinstance(meaning, When):
        if meaning.hour is not None or meaning.holiday is not None or meaning.calendar != "gregorian":
            return False
        if meaning.rel_unit is not None:
            return True
        return meaning.year is not None and meaning.month is not None and meaning.day is not None \
            and meaning.season is None and meaning.quarter is None and meaning.half is None \
            and meaning.decade is None and meaning.century is None
    if isinstance(meaning, Shift):  # only a coming year or more asks whether the story is told ahead
        return meaning.sign < 0 or meaning.narrative or meaning.unit not in ("year", "decade", "century")
    if isinstance(meaning, Within):
        return meaning.sign is not None
    return isinstance(meaning, (Duration, Recurring, Vague))


def weekend_told(r: Resolved, meaning: object, f: Found, text: str, anchor: dt.datetime,
                 future: Callable[[], bool | None], grammar: Grammar, past_before: bool = False) -> Resolved:
    """A weekend told with no direction ("في نهاية الأسبوع", "عطلة نهاية الأسبوع") is the
    coming one (this week's), or weekends in general after عطلة; told in the past
    (:func:`told_in_past`), the last one begun; with a future cue (``future()``) after عطلة,
    this week's. With no tense read there, a date of its sentence before it wholly past (``past_before``)
    tells the past, as for "later" ("ووصل الوزير إلى العاصمة الأحد قادما من القاهرة بعد زيارة قصيرة لمصر في
    نهاية الأسبوع": the verb too far back), unless a present verb stands between, or the weekends are weekends
    in general (after عطلة). Tenses are read only where they change the reading."""
    recurring = isinstance(meaning, Recurring)
    if not recurring and (r.interval is None or r.interval[0] <= anchor):
        return r  # this week's weekend has begun: the past reading is the same
    week = grammar.lex.week
    ahead = future()
    past = told_in_past(text, f.start, f.end, grammar) if ahead is not True else False
    if past is None and past_before and not recurring:  # … unless a present verb stands between (على أن يجتمع الوفدان في نهاية الأسبوع)
        between = [unjoined(w) for w in _WORD.findall(text, max(0, f.start - _CUE_REACH), f.start)]
        past = not any(load_shapes().is_present(w) for w in between)
    if past:  # told in the past
        this = r if not recurring else resolve(When(rel_unit="week", rel_offset=0, weekend=True), anchor, week=week)
        if this.interval is not None and this.interval[0] > anchor:  # "وسجلت مواجهات في نهاية الأسبوع" on a Monday
            return resolve(When(rel_unit="week", rel_offset=-1, weekend=True), anchor, week=week)
        return this
    if ahead is True and recurring:  # "ستستمر المحادثات خلال عطلة نهاية الأسبوع"
        return resolve(When(rel_unit="week", rel_offset=0, weekend=True), anchor, week=week)
    return r


def _paid_month(text: str, start: int, meaning: object, pay: frozenset[str]) -> bool:
    """Whether the month at ``start``, told with no year or direction, is the one a pay is for ("سيتم
    تسديد راتب شهر مايو الأسبوع المقبل"): a word of ``pay`` (``pay_before`` in relative.yaml) right
    before it; with ``delivery_before``, a futures contract's month ("عقود برنت تسليم سبتمبر")."""
    if type(meaning) is not When or meaning.month is None or meaning.year is not None or meaning.direction is not None \
            or meaning.day is not None or meaning.rel_unit is not None:
        return False
    word = LAST_WORD.search(text, max(0, start - 16), start)
    return word is not None and (word[1] in pay or word[1][:1] in _JOINED_BL and word[1][1:] in pay)


LAST_WORD = kept(r"(\w+)\s+$")
