"""The public tagging entry point: text + publication date → resolved expressions."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from timeline._programs import kept
from timeline._types import Anchor, Grain, Prefer, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.calendars import gregorian_to_hijri, hijri_to_gregorian
from timeline.engine import Found, Grammar, load_grammar, whole_words
from timeline.errors import PublishedDateError
from timeline.lang.ar.rules.common import HEADLINE_MAX
from timeline.lexicon import PHRASE_END, Lexicon, attached_pronouns, clitic_prefixes, load_lexicon, relative_pronoun, unjoined
from timeline.normalize import NormalizedText, fold, normalize
from timeline.resolve import Resolved, Unresolvable, resolve, weekday_meant
from timeline.semantics import Apposition, Duration, Part, Range, Recurring, Shift, Vague, When, Within, amend
from timeline.verbs import load_shapes, nearest_first
from timeline.zones import clock_shift, in_publication_time

_CONJ = clitic_prefixes().conjunction  # [وف]
_JOINED_BL = clitic_prefixes().joined + "بل"  # و ف ب ل, for a word's first letter

__all__ = ["tag"]

_SENTENCE_ENDS = ".!?;\n"
_SENTENCE_END = kept("[" + re.escape(_SENTENCE_ENDS) + "]")


def _published(value: dt.datetime | dt.date | str) -> tuple[dt.datetime, dt.timedelta | None]:
    """The publication's wall time and its UTC offset (None when not given)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None), value.utcoffset()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day), None
    if isinstance(value, str):
        known = _PUBLISHED_READ.get(value)
        if known is None:
            from timeline.published import read_published

            read = read_published(value)
            if len(_PUBLISHED_READ) >= _PUBLISHED_KEPT:
                _PUBLISHED_READ.clear()
            known = _PUBLISHED_READ[value] = (read.moment, read.utc_offset)
        return known
    raise PublishedDateError(f"published must be a date, a datetime or a string, not {type(value).__name__}")


# each publication date given as a string, as read: articles of one source share a few (the 5,000 corpus
# articles have 737), and reading one costs a few regexes
_PUBLISHED_READ: dict[str, tuple[dt.datetime, dt.timedelta | None]] = {}
_PUBLISHED_KEPT = 10_000


class _Tense:
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

    def at(self, start: int) -> bool | None:
        """True if the last cue before ``start`` in its sentence is a future one, False if a
        past one, None if there is none."""
        t = self.text
        lo = max(0, start - _CUE_REACH)
        cut = max(t.rfind(".", lo, start), t.rfind("!", lo, start), t.rfind("?", lo, start),
                  t.rfind(";", lo, start), t.rfind("\n", lo, start))  # the last sentence end (_SENTENCE_ENDS)
        if cut >= 0:
            lo = cut + 1
        last = earlier = None
        for cue in whole_words(self.cues, self.cues_after, t, lo, start):
            if cue.group("first") is not None and not self._first_person(cue.start("first")):
                continue  # "ساعد", "سابقا", "سألته": no future
            if cue.group("shape") is None or not self._beyond(cue.end(), start):
                if cue.group("past") is None and _past_relative(t, cue.end(), start):
                    continue  # "ستواصل انتشال المركب الذي غرق في أبريل": April is the sinking's, past
                earlier, last = last, cue
        if last is None:
            return None
        return last.group("past") is None and not self._was_to_come(earlier, last)

    def future_after(self, start: int, end: int) -> bool:
        """Whether an expression at ``start:end`` opens its clause (one word before it at most: "وفي") and the
        word right after it (a space between, no punctuation, no و/ف opening it) is a future cue or a verb in
        the future by its shape ("وفي مايو سيحتفل النادي"; not "والذي نقل إلى فرنسا السبت سيفتح": the day
        is the relative clause's)."""
        lo = max(0, start - _CUE_REACH)
        cut = max(self.text.rfind(c, lo, start) for c in _CLAUSE_ENDS)
        if (cut < 0 and lo > 0) or len(_WORD.findall(self.text, cut + 1, start)) > 1:
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
                    if not self._name_head(k.group("key"))), None)
        return key is not None and not self.text[key.end():start].isspace()

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
_SPACES = kept(r"[ \t]+")
_COMMA_BETWEEN = kept(r"[،,]")  # a comma between "was" and a future: two clauses
_WAS_REACH = 2  # words between a past "was" and the future cue it turns into a plan of the past
_DIACRITICS = kept("[\u064b-\u0652\u0640]")
_ASKED = kept(r"سال(?:[هنوك]|ت(?:[هنكم]|$|\W)|$|\W)")  # "سأله", "سألني", "سألوا", "سألتهم", "سألت"; not "سألتقي"


def _told_in_past(text: str, start: int, end: int, grammar: Grammar, *, said: bool = False) -> bool | None:
    """Whether the expression at ``start:end`` ("لاحقاً", "عطلة نهاية الأسبوع") is told in the
    past (True), ahead (False) or neither is said (None): read from the word after it (a future
    verb: "لاحقاً سيسألون") and the words of its sentence before it, nearest first (the next two
    words too when it opens the sentence), up to
    :data:`_LATER_WORDS`; the first that says a tense decides (relative.yaml ``later``: more
    than the tense cues, perfect verbs by their shape). With ``said``, what follows a complementizer
    or a colon is what was said, in a tense of its own: the saying before them tells none ("وأعلن
    الاتحاد أن المباراة تقام الليلة", "وقال: نلعب الليلة")."""
    lex = grammar.lex
    lo = max(0, start - _CUE_REACH)
    cut = max(text.rfind(c, lo, start) for c in (_LATER_ENDS + ":" if said else _LATER_ENDS))
    before = _WORD.findall(text, cut + 1 if cut >= 0 else lo, start)[-_LATER_WORDS:]
    after = _WORD.findall(text, end, end + 40)[:2]
    if after and _WILL.fullmatch(unjoined(after[0])):
        return False  # "ولكنهم لاحقاً سيسألون"
    words = before[::-1] + (after if len(before) < 2 else [])
    shapes = load_shapes()
    for i, w in enumerate(words):
        if said and i < len(before) and w in lex.nowadays_compared_stops:
            return None  # "أعلن أن المباراة تقام الليلة": the announcement's past is not the match's
        bare = unjoined(w)
        if w in lex.future_cues or bare in lex.later_future_words or _WILL.fullmatch(bare) or (i == 0 and bare[0] == "ي"):
            return False  # "سيحدد موعده لاحقاً", "يتم الإعلان عنه لاحقاً", "بلقاء ثالث يحدد لاحقاً"
        if w in lex.past_cues or bare in lex.later_not_verbs or bare.startswith("ال"):
            if w in lex.past_cues:
                return True
            continue
        if bare in lex.later_past_words or shapes.perfect(bare, derived=i == 0 and bool(before)):
            return True  # "وتوفيت في وقت لاحق", "اتضح لاحقاً", "وقال في وقت لاحق"
    return None


_PART_OF_DAY = "<part of day>"


def _tonight(meaning: object) -> bool:
    """"الليلة" alone: this day's night, with no hour, direction or narrative day."""
    return isinstance(meaning, When) and meaning.rel_unit == "day" and meaning.rel_offset == 0 \
        and meaning.part is not None and meaning.part.token == "NI" and meaning.hour is None \
        and not meaning.narrative and meaning.direction is None  # type: ignore[attr-defined]


def _yearless_month(meaning: object) -> bool:
    """Whether ``meaning`` is a Gregorian month alone, told with no day, year, direction or time (a day
    of the month is left to its nearest: "الجمعة 15 أغسطس" a week ahead is not a year back)."""
    return isinstance(meaning, When) and meaning.calendar == "gregorian" and meaning.month is not None \
        and meaning.year is None and meaning.direction is None and meaning.hour is None \
        and meaning.holiday is None and meaning.rel_unit is None and meaning.weekday is None \
        and meaning.day is None


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
    lo = max(0, start - _CUE_REACH)
    cut = max(folded.rfind(c, lo, start) for c in _DONE_ENDS)
    colon = folded.rfind(":", lo, start)
    if colon > cut and not folded[colon + 1:colon + 2].isdigit():  # not a clock's (10:30)
        cut = colon  # "قال الوزير: الاقتراع في نوفمبر"
    quote = max(folded.rfind(c, lo, start) for c in _QUOTES)
    if quote > cut and (folded[quote] in _OPENING_QUOTES or folded[quote + 1:quote + 2].isalpha()):
        cut = quote  # the month in a quote ("قال الوزير «الاقتراع في نوفمبر»"): a saying's content
    words = _WORD.findall(folded, cut + 1 if cut >= 0 else lo, start)[-_DONE_WORDS:]
    shapes = load_shapes()
    after = False
    for i, word, bare, passed in nearest_first(words):
        if word in lex.done_stops or bare in lex.done_stops:
            return after
        if word in lex.done_openers or bare in lex.done_openers:
            # "بعد نوفمبر": the month's own preposition, no happening before it; a feast's (not with ``openers``):
            # "بعد عطلة عيد الأضحى"
            after = after or openers and i < len(words) - 1
            continue
        if passed:
            continue
        if not openers and (word in lex.done_plans or bare in lex.done_plans):
            return False  # "حددت الوزارة عطلة عيد الأضحى": announced, set or prepared for, still to come
        if shapes.is_present(bare, noun_endings=True):
            return False  # "يصوت", "يموت": a present, though it ends as a feminine perfect does
        if (bare in lex.later_past_words or shapes.perfect(bare)) and (after or len(words) - i <= _DONE_VERB_WORDS):
            return True
    return after


_DONE_WORDS = 8
_DONE_VERB_WORDS = 4  # a perfect dates its month when this near it ("وأعلنت الشركة في أكتوبر")
_DONE_ENDS = ".!?;\n،,"
_QUOTES = "«»“”\""  # the last of these before a month opens a quote it is in when it is one of
_OPENING_QUOTES = "«“"  # these, or a straight one right before a word ("قال "الاقتراع في نوفمبر")
_LATER_WORDS = 8
_LATER_ENDS = ".!?;\n\""
_WORD = kept(r"[^\W\d_]+")
_WILL = kept(r"س[يتنا]\w{3,}(?<![هة])(?<!ات)(?<!سابقا)")  # سـ + a present verb: "ستنشر", "سيضطرون"


def _told_ahead(text: str, start: int, end: int, tense: _Tense, grammar: Grammar) -> bool:
    """Whether "بعد" + an amount at ``start:end`` counts from the publication (and a clock time later
    than the publication hour is today's or ahead, not yesterday's): its sentence says
    the future (a tense cue, a future verb: :func:`_told_in_past`), a present verb (يـ of three letters
    or more) stands among the three words before it ("وينتظر أن يعود للتدريبات الجماعية بعد أسبوعين",
    "يصل القطار بعد ساعة ونصف") or opens its sentence
    ("وتبدأ الورشة بعد ربع ساعة"), it is counted "من الآن", or "أي" puts it beside a date just told.
    Else it counts from a happening the story tells ("فعاد بعد ساعتين")."""
    if tense.at(start) or _FROM_NOW.match(text, end) or _FROM_NOW.search(text, start, end):
        return True  # "بعد ثلاثة أشهر من الآن" (the rule takes "من الآن" into the expression), "من اليوم"
    past = _told_in_past(text, start, end, grammar)
    if past is not None:
        return not past
    lo = max(0, start - _CUE_REACH)
    cut = max(text.rfind(c, lo, start) for c in _LATER_ENDS)
    opened = cut >= 0 or lo == 0  # the words begin the sentence
    words = _WORD.findall(text, cut + 1 if cut >= 0 else lo, start)
    if words and words[-1] == "اي":
        return True  # "في 22 ديسمبر، أي بعد أربعة أشهر"
    clitics = clitic_prefixes()
    bare = [clitics.unjoined(w, least=5) for w in words]
    shapes = load_shapes()
    if opened and bare and shapes.present_opening.fullmatch(bare[0]):
        return True  # "وتبدأ الورشة بعد ربع ساعة": a sentence opened by a present verb
    return any(shapes.is_present(w, short=True) for w in bare[-_AHEAD_WORDS:])  # "يصل", "يبدأ"


def _clock_ahead(text: str, start: int, tense: _Tense, grammar: Grammar) -> bool:
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
    if _told_in_past(text, start, start, grammar):
        return False
    lex = grammar.lex
    lo = max(0, start - _CUE_REACH)
    cut = max(text.rfind(c, lo, start) for c in _CLAUSE_ENDS)
    opened = cut >= 0 or lo == 0
    words = _WORD.findall(text, cut + 1 if cut >= 0 else lo, start)[-_LATER_WORDS:]
    shapes = load_shapes()
    for i, w, bare, passed in nearest_first(words):
        if passed:
            continue
        if w in lex.past_cues or shapes.perfect(bare, derived=True):
            return False  # "تنظيم الدولة أعدم رهينة الساعة العاشرة مساء"
        present = shapes.is_present(bare, short=True) \
            or i == 0 and opened and len(words) <= _OPENING_WORDS and shapes.present_opening.fullmatch(bare) is not None \
            and bare[1] != "ا" and not (len(bare) > 4 and bare[2] == "ا")
        if present:
            before = words[i - 1] if i else ""
            return clitic_prefixes().unjoined(before, least=3) not in lex.nowadays_pronouns
    return False


def _bare_weekday(meaning: object, published: int) -> bool:
    """A weekday with no date, week or direction of its own ("الثلاثاء", "صباح الجمعة", "الساعة التاسعة
    صباح الأحد"), other than the publication's (``published``, ISO): that one is today's whatever the
    tense; or a range that opens on one ("من الأحد إلى الخميس", "يومي الجمعة والسبت")."""
    if isinstance(meaning, Range):
        meaning = meaning.first
    return isinstance(meaning, When) and meaning.weekday is not None and meaning.weekday != published \
        and not meaning.has_date and meaning.direction is None and meaning.nth is None \
        and meaning.week_nth is None


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


def _weekday_done(text: str, start: int, grammar: Grammar) -> bool:
    """Whether the nearest verb of the clause before ``start`` is a perfect or a past cue ("أقيم المهرجان
    يومي الخميس والجمعة", "وقال الوزير"): the first verb-like word read decides (a present: no)."""
    lex = grammar.lex
    lo = max(0, start - _CUE_REACH)
    cut = max(text.rfind(c, lo, start) for c in _CLAUSE_ENDS)
    shapes = load_shapes()
    for _, w, bare, passed in nearest_first(_WORD.findall(text, cut + 1 if cut >= 0 else lo, start)[-_LATER_WORDS:]):
        if w in lex.past_cues or bare in lex.later_past_words:
            return True
        if passed:
            continue
        if shapes.is_present(bare, short=True):
            return False
        if shapes.perfect(bare, derived=True):
            return True
    return False


def _done_after(text: str, end: int, grammar: Grammar) -> bool:
    """Whether the word right after a date ending at ``end`` (spaces between) is a past cue (``كان``,
    ``قد``) or a perfect by its shape or the listed ones (``أعلن``، ``اجتمع``، ``التقى``): the date's piece has a
    verb of its own, told done, no verb left out of a schedule."""
    gap = _SPACES.match(text, end)
    word = _WORD.match(text, gap.end()) if gap is not None else None
    if word is None:
        return False
    bare = unjoined(word.group())
    cue = grammar.tense_cues.match(text, gap.end())  # type: ignore[union-attr]
    return word.group() in grammar.lex.past_cues or bare in grammar.lex.later_past_words \
        or (cue is not None and cue.group("past") is not None) or load_shapes().perfect(bare, derived=True)


def _schedule(meaning: object) -> bool:
    """A weekday told with a clock time, or a range of days: what a timetable says (not a part of the day
    alone: "وتعرض الموكب لإطلاق نار مساء الخميس" is a perfect)."""
    return isinstance(meaning, Range) or isinstance(meaning, When) and meaning.hour is not None


def _weekday_ahead(text: str, start: int, grammar: Grammar, schedule: bool = False, headline: bool = False) -> bool:
    """Whether a bare weekday at ``start`` (not the publication's weekday), which no tense cue places,
    is told ahead: the nearest verb of its clause before it is a present one ("يزور الوزير موسكو
    الثلاثاء", "مجلس الأمن يصوت الجمعة", "على أن يعود الفريق الجمعة": يـ of three letters or more;
    تـ/نـ only opening the clause a few words before, and of four letters only for a ``schedule`` (the weekday
    with a clock time, or a range of days), as for a clock: "تبدأ المحاكمة الساعة التاسعة صباح الأحد"; else
    as often a perfect: "وتوقع الخميس", "وتعرض الموكب لإطلاق نار مساء الخميس"; longer: "وتنطلق البطولة
    الخميس", :meth:`timeline.verbs.Shapes.long_present`). Not when a perfect comes first, nor a relative pronoun
    (the verb after it describes: "الذي يخضع للدراسة ... يوم الخميس", "والذي نقل إلى فرنسا السبت"), a
    verb of state ("لا يزال قيد التحقيق حتى صباح الأحد"), "لم"/"لما" (a past: "لم يصدر القضاء قرارا
    الجمعة"), "قد" before the verb ("قد يكون الوفد غادر الأحد"), "منذ" ("منذ مساء السبت") or the prayer
    ("صلاة الجمعة"); a word ending in ـية is an adjective ("مصادر يمنية السبت"); a fixed phrase's present
    ("فيما يتصل بـ") is no verb, and an adjective participle right before the day ("الحكم الصادر يوم
    الجمعة") is its predicate (relative.yaml ``verb_shapes``). In a ``headline`` (a short text of one line), a day
    set apart after ".." or a colon is announced, whatever the verb: "فنون الطائف تعرض مسرحية.. السبت"."""
    lex = grammar.lex
    if headline and _HEADLINE_SLOT.search(text, max(0, start - 4), start):
        # a headline's day set apart after ".." or a colon is announced ("الفريق يواجه ضيفه.. الخميس"), unless
        # the headline tells a happening done ("مقتل خمسة جنود في هجوم.. الأحد", "قتل خمسة جنود.. الأحد")
        return not any(_done_in_headline(w, lex) for w in _WORD.findall(text, 0, start))
    lo = max(0, start - _CUE_REACH)
    cut = max(text.rfind(c, lo, start) for c in _CLAUSE_ENDS)
    pos = cut + 1 if cut >= 0 else lo
    dashes = list(_DASH.finditer(text, pos, start))
    # "وتوفي ... - وهو متزوج وينحدر من ... - يوم الخميس": the verb of an aside between the last two
    # dashes is not the clause's (a dateline's dash before them is no aside)
    words = _WORD.findall(text, pos, dashes[-2].start()) + _WORD.findall(text, dashes[-1].end(), start) \
        if len(dashes) > 1 else _WORD.findall(text, pos, start)
    every, words = words, words[-_LATER_WORDS:]
    opening = (cut >= 0 or lo == 0) and len(dashes) < 2 and len(words) <= _OPENING_WORDS
    if text.startswith("منذ", start) or words and words[-1] in ("منذ", "صلاه"):
        return False  # "منذ مساء السبت"; "صلاة الجمعة" names the prayer
    relative = _relative_clause()
    shapes = load_shapes()
    if words and shapes.adjective_participle(words, len(words) - 1):
        return False  # "وينهي الحكم الصادر يوم الجمعة": the day is the participle's, as a relative clause's
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
            return False
        if i == 0 and opening and shapes.present_opening.fullmatch(bare) and bare[1] != "ا" \
                and not (len(bare) > 4 and bare[2] == "ا") and (schedule and len(bare) == 4 or shapes.long_present(bare)):
            return True  # "وتبدأ المحاكمة الساعة التاسعة صباح الأحد": a present تـ opening the clause (as for a clock)
    return False


def _invoked_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether an invocation of God's will (relative.yaml ``invocations``: "إن شاء الله", "بإذن الله") follows
    the expression ending at ``end`` in its sentence, commas passed and :data:`_INVOKED_WORDS` words between
    at most ("يومي الأحد والاثنين، متوقعة بإذن الله")."""
    for phrase in lex.invocations:
        at = text.find(phrase, end, end + _CUE_REACH)
        if at >= 0 and not text[at - 1].isalpha() and not any(c in text[end:at] for c in _SENTENCE_ENDS) \
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
_NEGATED_PAST = frozenset({"لم", "لما"})  # + a present verb: a past ("لم يصدر")
_CLAUSE_ENDS = ".!?;\n\"،,:"
_OPENING_WORDS = 4  # a sentence's opening verb tells a clock time this many words on at most


_WEEKDAY_DAY_MONTH = "<weekday> + dd/mm"  # a weekday with a numeric day and month, no year or calendar mark
_AHEAD_WORDS = 3
_FROM_NOW = kept(r"\s+من\s+(?:الان|اليوم)(?!\w)")
_AMOUNT_MOD = {"AFTER": "MORE_THAN", "BEFORE": "LESS_THAN"}  # "بعد أكثر من شهر" as an amount


_CLOCK_REACH = 300  # characters over which a clock time takes the day named before it
# A past clock time this much later than the publication time is the previous day's (an
# evening told the next morning); a smaller gap is as often today's schedule, or a late
# publication time (crawls, time zones).
_CLOCK_MARGIN = dt.timedelta(hours=3)


_ANY_DAY = kept(r"\d{4}-\d{2}-\d{2}")
_EVERY_DAY = kept(r"P1[DW]|XXXX-WXX-[1-7]")  # every day, every week, every such weekday: the hours after are theirs
_DAYS = kept(r"P(?:[2-9]|\d\d+)D")  # "طيلة 30 يوماً" before hours: those hours on each of the days
# (not "على مدار يوم كامل من الواحدة حتى العاشرة": one day)


def _same_phrase(folded: str, end: int, start: int) -> bool:
    """Whether a few words of one phrase at most lie between ``end`` and ``start`` ("يومياً من بعد
    صلاة العصر وحتى الساعة 11 مساءً"): no punctuation, 40 characters at most."""
    return start - end <= 40 and not PHRASE_END.search(folded, end, start)


def _clock_only(meaning: object) -> bool:
    """A clock time or a range of clock times with no day of its own ("من العاشرة حتى السابعة مساء")."""
    if isinstance(meaning, Range):
        return _clock_only(meaning.first) and _clock_only(meaning.last)
    return isinstance(meaning, When) and meaning.has_clock and not meaning.has_date and meaning.weekday is None


def _midnight(t: dt.datetime) -> dt.datetime:
    return dt.datetime(t.year, t.month, t.day)


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


def _weekend_told(r: Resolved, meaning: object, f: Found, text: str, anchor: dt.datetime,
                  future: Callable[[], bool | None], grammar: Grammar, past_before: bool = False) -> Resolved:
    """A weekend told with no direction ("في نهاية الأسبوع", "عطلة نهاية الأسبوع") is the
    coming one (this week's), or weekends in general after عطلة; told in the past
    (:func:`_told_in_past`), the last one begun; with a future cue (``future()``) after عطلة,
    this week's. With no tense read there, a date of its sentence before it wholly past (``past_before``)
    tells the past, as for "later" ("ووصل الوزير إلى العاصمة الأحد قادما من القاهرة بعد زيارة قصيرة لمصر في
    نهاية الأسبوع": the verb too far back), unless a present verb stands between, or the weekends are weekends
    in general (after عطلة). Tenses are read only where they change the reading."""
    recurring = isinstance(meaning, Recurring)
    if not recurring and (r.interval is None or r.interval[0] <= anchor):
        return r  # this week's weekend has begun: the past reading is the same
    week = grammar.lex.week
    ahead = future()
    past = _told_in_past(text, f.start, f.end, grammar) if ahead is not True else False
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


def _day_narrative(meaning: object) -> bool:
    """A day counted from the narrative's day: "في اليوم التالي", "اليوم السابق", "في اليوم نفسه"."""
    return isinstance(meaning, When) and meaning.narrative and meaning.rel_unit == "day"


_TITLE_QUOTE = '"'  # every quote mark, «» “” and ", is folded to this one (normalize.py)
_TITLE_REACH = 80  # characters a quoted title runs at most
_YEAR_FIGURES = kept(r"\d{4}")


@functools.lru_cache(maxsize=4)
def _title_forms(heads: tuple[str, ...], code: str = "ar") -> frozenset[str]:
    """The nouns that take a title in quotes (relative.yaml ``title_heads``) after each prefix of
    :func:`timeline.lexicon.clitic_prefixes` and before an attached pronoun (event_dates.yaml
    ``attached_pronouns``) or none: "وكتابه", "لشعار", "بالبرنامج", "للحملة"."""
    pronouns = ("", *attached_pronouns(code))
    return frozenset(c + h + s for h in heads for c in clitic_prefixes(code).prefixes() for s in pronouns)


def _titles(folded: str, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the quoted titles after a title noun: "فيلم «نوم التلات»" (within the quotes);
    string searches, not a pattern run over the whole text (most texts hold quotes). Quotes are paired
    in order within a line (folded, an opening quote and a closing one are the same mark): the word
    before a closing quote («أجمل فيلم» أمس) heads nothing."""
    forms = _title_forms(heads)
    spans = []
    at = folded.find(_TITLE_QUOTE)
    while at >= 0:
        close = folded.find(_TITLE_QUOTE, at + 1)
        if close < 0:
            break
        line_end = folded.find("\n", at + 1, close)
        if line_end >= 0:  # no closing quote on its line: a stray quote, pairs begin again on the next
            at = folded.find(_TITLE_QUOTE, line_end)
            continue
        end = at
        while end > 0 and folded[end - 1] == " ":
            end -= 1
        word = folded[max(folded.rfind(" ", 0, end), folded.rfind("\n", 0, end)) + 1:end]
        if word in forms and close - at <= _TITLE_REACH + 1:
            spans.append((at + 1, close))
        at = folded.find(_TITLE_QUOTE, close + 1)
    return spans


def _in_title(f: Found, titles: list[tuple[int, int]], folded: str) -> bool:
    """Whether a candidate lies in a quoted title and holds no year in figures ("معرض «وظائف 2015»"
    is dated by its year)."""
    return any(a <= f.start and f.end <= b for a, b in titles) and not _YEAR_FIGURES.search(folded, f.start, f.end)


def _in_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends with digits that are part of a longer number:
    "في يوليو 4.908 مليار" (a decimal, no 4 July), "بزمن 1.45.76 دقيقة" (a race time, no 45.76
    minutes)."""
    return (start >= 2 and text[start - 1] in ".:" and text[start - 2].isdigit() and text[start:start + 1].isdigit()) \
        or (text[end:end + 1] == "." and text[end + 1:end + 2].isdigit() and text[end - 1:end].isdigit())


def _bare_clock(meaning: object) -> bool:
    """A clock time, a part of the day or a clock range with no day of its own: "الساعة
    التاسعة مساءً", "بعد الظهر", "بين الحادية عشرة ليلاً والواحدة فجراً"."""
    if isinstance(meaning, Range):
        return _bare_clock(meaning.first) and _bare_clock(meaning.last)
    return isinstance(meaning, When) and (meaning.has_clock or meaning.part is not None) \
        and not meaning.has_date and meaning.weekday is None


def _paid_month(text: str, start: int, meaning: object, pay: frozenset[str]) -> bool:
    """Whether the month at ``start``, told with no year or direction, is the one a pay is for ("سيتم
    تسديد راتب شهر مايو الأسبوع المقبل"): a word of ``pay`` (``pay_before`` in relative.yaml) right
    before it; with ``delivery_before``, a futures contract's month ("عقود برنت تسليم سبتمبر")."""
    if type(meaning) is not When or meaning.month is None or meaning.year is not None or meaning.direction is not None \
            or meaning.day is not None or meaning.rel_unit is not None:
        return False
    word = _LAST_WORD.search(text, max(0, start - 16), start)
    return word is not None and (word[1] in pay or word[1][:1] in _JOINED_BL and word[1][1:] in pay)


_LAST_WORD = kept(r"(\w+)\s+$")


def _weekday_alone(w: When) -> bool:
    """A weekday with nothing that places it ("الأحد", "مساء الأحد"), not "الأحد المقبل",
    "الأحد 5 مارس", "أمس الأحد"."""
    return w.weekday is not None and w.direction is None and w.rel_unit is None and w.day is None \
        and w.month is None and w.year is None and w.nth is None and w.holiday is None


def _days_apart(meaning: object, base: dt.datetime) -> int:
    """For a deictic told with a weekday and nothing else ("اليوم الجمعة"), the days between
    the weekday meant (:func:`timeline.resolve.weekday_meant`) and the deictic's day from
    ``base``; with a Gregorian date of that weekday given too, the days between that date and the
    deictic's day (at most one); 0 for anything else ("اليوم الأربعاء 20/10/1436هـ")."""
    if not (isinstance(meaning, When) and meaning.rel_unit == "day" and meaning.weekday is not None):
        return 0
    said = base.date() + dt.timedelta(days=meaning.rel_offset or 0)
    if meaning.day is None and meaning.month is None and meaning.year is None:
        return (weekday_meant(said, meaning.weekday) - said).days
    if meaning.calendar == "gregorian" and meaning.day is not None and meaning.month is not None:
        # "يوم غد الخميس (السادس من أغسطس)": the date says the day meant, when its weekday agrees
        try:
            meant = dt.date(meaning.year or said.year, meaning.month, meaning.day)
        except ValueError:
            return 0
        if meant.isoweekday() % 7 == meaning.weekday % 7 and abs((meant - said).days) <= 1:
            return (meant - said).days
    return 0


def _hijri_by_weekday(meaning: When, today: dt.date) -> bool:
    """Whether a day of the month under way told with its weekday ("الثلاثاء 26 الجاري") fits that
    weekday only in the Hijri month under way (Saudi papers count days in either calendar)."""
    if meaning.rel_unit != "month" or meaning.rel_offset != 0 or meaning.weekday is None \
            or meaning.day is None or meaning.day < 1 or meaning.calendar != "gregorian":
        return False
    try:
        gregorian = dt.date(today.year, today.month, meaning.day)
    except ValueError:
        gregorian = None
    if gregorian is not None and gregorian.isoweekday() == meaning.weekday:
        return False
    hy, hm, _ = gregorian_to_hijri(today)
    try:
        hijri = hijri_to_gregorian(hy, hm, meaning.day)
    except ValueError:
        return False
    return hijri.isoweekday() == meaning.weekday


def _in_hijri_month(meaning: When, year: int, month: int) -> When:
    """A day of "the month under way" (or of the month the text named) read in the Hijri ``month``
    of ``year``, keeping its hour, part of the day and zone ("مساء الثلاثاء 26 الجاري": the evening of
    26 Shawwal); its weekday, checked or not, and its relative month are dropped."""
    return replace(meaning, calendar="hijri", year=year, month=month, weekday=None, direction=None,
                   rel_unit=None, rel_offset=0, narrative=False, soft=False)


def _coarse_narrative(meaning: object) -> bool:
    """A narrative reference to a week, month or year ("الشهر نفسه", "ذلك العام")."""
    return isinstance(meaning, When) and meaning.narrative and meaning.rel_unit not in (None, "day")


def _soft_unit(meaning: object) -> str | None:
    """"نهاية الشهر", "الأيام الخمسة الأولى من العام": the unit ("month", "year") that refers to
    the one named just before, if any."""
    if isinstance(meaning, Part):
        meaning = meaning.base
    if isinstance(meaning, When) and meaning.soft and meaning.rel_unit in ("month", "year"):
        return meaning.rel_unit
    return None


def _head(meaning: object) -> object:
    """What names the units of a meaning: a range's first end, an apposition's second telling,
    the period a part is of."""
    if isinstance(meaning, Range):
        return meaning.first
    if isinstance(meaning, Apposition):
        return meaning.second
    if isinstance(meaning, Part):
        return meaning.base
    return meaning


def _named_units(meaning: object) -> tuple[str, ...]:
    """The units an expression names outright: "مارس 2021" a month and a year, "عام 2015" a
    year; none for what counts from the publication ("العام الماضي")."""
    meaning = _head(meaning)
    if not isinstance(meaning, When) or meaning.rel_unit is not None or meaning.soft:
        return ()
    return (("month",) if meaning.month is not None and meaning.calendar == "gregorian" else ()) \
        + (("year",) if meaning.year is not None else ())


def _outright(meaning: object) -> tuple[str, ...]:
    """The units ("month", "quarter", "year") an expression names outright, "يوليو" a month and its
    year, "الربع الثاني من 2015" a quarter and a year; none for what is counted ("الشهر الماضي")."""
    meaning = _head(meaning)
    if not isinstance(meaning, When) or meaning.rel_unit not in (None, "year") or meaning.soft or meaning.narrative \
            or meaning.calendar != "gregorian":
        return ()  # (a Hijri year is counted in Hijri years)
    month, quarter = meaning.month is not None, meaning.quarter is not None  # "الربع الثاني من العام الجاري" too
    year = month or quarter or meaning.half is not None or (meaning.year is not None and meaning.rel_unit is None)
    return (("month",) if month else ()) + (("quarter",) if quarter else ()) + (("year",) if year else ())


_OUTRIGHT_UNITS = ("month", "quarter", "year")
_OUTRIGHT_REACH = 600  # characters over which "الشهر السابق" counts from the month named outright


@functools.lru_cache(maxsize=4)
def _recalls(words: tuple[str, ...], code: str = "ar") -> re.Pattern[str]:
    """The words of relative.yaml ``day_told_recalls`` with their clitics, and a final ى (folded ي) as
    alif before an attached pronoun ("ذكرى", "وللذكرى", "ذكراه")."""
    pronouns = "|".join(map(re.escape, attached_pronouns(code)))
    forms = [re.escape(w) for w in words] + [re.escape(w[:-1] + "ا") + f"(?:{pronouns})" for w in words if w.endswith("ي")]
    return kept(r"(?<!\w)" + clitic_prefixes(code).pattern() + "(?:" + "|".join(forms) + r")(?!\w)")


def _recalled_in_sentence(folded: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether the sentence holding ``folded[start:end]`` holds an anniversary word (``day_told_recalls``)."""
    if not words:
        return False
    lo = max(folded.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    stop = _SENTENCE_END.search(folded, end)
    return _recalls(words).search(folded, lo, stop.start() if stop else len(folded)) is not None


_DAY_TOLD_REACH = 3000  # characters over which a day and month told again take the year they were told with
# a date opening its line: an entry of a chronology ("- 30 يونيو: ..."), dated on its own
_LINE_HEAD = kept(r"[\s\-–•*]*")
_SOFT_REACH = 300  # characters over which "الشهر"/"العام" refers back to a named month or year


_DATED = frozenset((When, Range, Shift, Apposition, Part))  # meanings whose day or period the narrative follows
_CLOCK_UNITS = ("hour", "minute", "second")
_DAY_OR_FINER = tuple(g for g in Grain if g.rank <= Grain.DAY.rank)  # a tuple: compared by identity first


def tag(text: str, published: dt.datetime | dt.date | str, *, prefer: Prefer | str | None = None) -> list[Timex]:
    """Find and resolve every Arabic temporal expression in ``text``.

    ``published`` anchors relative expressions. Underspecified dates follow the tense
    cues of their sentence (سوف, من المقرر ... / كان, لقد ...); without one a weekday goes
    to the past and a month or date without a year to its nearest occurrence, a coming
    one counting twice as far. ``prefer`` forces one direction for the whole text.
    Expressions that count from an earlier date in the text ("في اليوم التالي") resolve
    against the last day the narrative set; a clock time with no day of its own takes the
    day of a nearby earlier expression (see :func:`_clock_day`); a bare weekday after a day the
    text set ahead, in its paragraph, is one of the days after it (see :func:`_day_of_schedule`).

    A clock time told in a named zone ("1800 بتوقيت غرينتش") is given in the publication's
    local time when ``published`` carries a UTC offset (an aware datetime, or a string
    such as ``2022-01-25T10:00+03:00``), else as written; ``tz`` (and ``tz_value``, the
    value as written) in :attr:`Timex.extra` say so (see :mod:`timeline.zones`).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    anchor, utc_offset = _published(published)
    forced = Prefer(prefer) if prefer is not None else None
    grammar = load_grammar("ar")
    norm = normalize(text)
    out, told_apart = _tag(text, norm, grammar, anchor, utc_offset, forced)
    shift = _written_before(told_apart)
    if shift is None:
        return out
    # "اليوم الجمعة" in Saturday's paper: the piece was written on another day than its date,
    # so every expression counts from that day (the latest moment of it when earlier)
    written = anchor + dt.timedelta(days=shift)
    if shift < 0:
        written = written.replace(hour=23, minute=59, second=0, microsecond=0)
    told = {(t.start, t.end): t.conflict for t in out if t.conflict}
    return [replace(t, conflict=told.get((t.start, t.end)) or t.conflict)
            for t in _tag(text, norm, grammar, written, utc_offset, forced)[0]]


def _written_before(told_apart: list[int]) -> int | None:
    """How many days from its date a piece was written, when the deictics told with a
    weekday say so ("اليوم الجمعة" dated a Saturday: -1) and none of them agrees with its
    date; None when nothing says or they disagree. ``told_apart``: for each such pair, the
    days between the weekday taken and the deictic's day."""
    shifts = set(told_apart)
    return shifts.pop() if len(shifts) == 1 and 0 not in shifts else None


def _tag(text: str, norm: NormalizedText, grammar: Grammar, anchor: dt.datetime, utc_offset: dt.timedelta | None,
         forced: Prefer | None) -> tuple[list[Timex], list[int]]:
    """:func:`tag` against ``anchor``, and for each deictic told with a weekday ("اليوم
    الجمعة") the days between the weekday taken and the deictic's day (0 when they agree)."""
    out: list[Timex] = []
    told_apart: list[int] = []
    last_day: dt.datetime | None = None
    last_clock: dt.datetime | None = None  # the last clock time told, when on the narrative's day
    last_coarse: Resolved | None = None  # the last date told, when coarser than a day and told after the last day
    last_date: dt.datetime | None = None  # the start of the last date of any grain ("يونيو")
    last_hijri = False  # whether that date was told in the Hijri calendar ("17 شوال")
    last_outright: dict[str, tuple[dt.datetime, int]] = {}  # "month"/"quarter"/"year" → (start, end in the folded
    # text) of the last one named outright ("يوليو", "الربع الثاني من 2015")
    last_named: dict[str, tuple[dt.datetime, int]] = {}  # "month"/"year" → (start, end in the folded text) of
    # the last one named outright ("مارس 2021", "عام 2015")
    days: list[_Dated] = []  # the days the text has named so far, for clock times
    weekdays_told: dict[int, dt.datetime] = {}  # weekday → the day a weekday told with more named
    listed_weekday: tuple[int, dt.datetime, int] | None = None  # (end in the folded text, day, weekday) of the last weekday
    scheduled_weekday: tuple[int, dt.datetime, int] | None = None  # the same, of a weekday with its hour too
    ahead: tuple[int, dt.datetime] | None = None  # (end in the folded text, day) of the narrative's day, when one
    # day told ahead of the publication, not a bound nor a bare weekday ("يوم الثلاثاء 26 الشهر الجاري ... ولمدة
    # ثلاثة أيام")
    clocks_told: dict[object, dt.datetime] = {}  # a bare clock time → the day a named day gave it ("صلاة الظهر")
    year_told: tuple[int, str, int, int] | None = None  # (end, calendar, month, year) of the last day told with its year
    days_told: dict[tuple[str, int, int], tuple[int, int, int]] = {}  # (calendar, month, day) → (year, end in the
    # folded text, Gregorian year) of a day told with its year
    year_said = (-1, 0)  # (end in the folded text, Gregorian year) of the last expression telling a year
    tense = _Tense(norm, grammar)
    week = grammar.lex.week
    last_past_end = -1  # where the last date wholly before the publication ends in the folded text

    def after_past_date(at: int) -> bool:
        """Whether a date wholly past ends before ``at`` in its sentence (``last_past_end``)."""
        return last_past_end >= 0 and not _SENTENCE_END.search(folded, last_past_end, at)

    daily_end = -1  # where the last "يومياً", "كل يوم", "أسبوعياً" or "كل يوم خميس" ends in the folded text
    days_end = -1  # where the last amount of days ends ("طيلة 30 يوماً"): its hours only as a range

    tenses: dict[int, bool | None] = {}
    headline = len(norm.text) <= HEADLINE_MAX and "\n" not in norm.text.strip()  # a title or a one-line text

    def future_at(start: int, end: int, meaning: object) -> bool | None:
        if forced is not None:
            return forced is Prefer.FUTURE
        if _tenseless(meaning):
            return None  # never read: the sentence's cues are not looked up
        if start not in tenses:
            told = True if _paid_month(folded, start, meaning, grammar.lex.delivery_before) \
                else tense.at(start)  # None: nothing says; "تسليم ديسمبر": a contract's month, ahead
            if told is None and (_bare_weekday(meaning, anchor.isoweekday()) or _yearless_month(meaning)
                                 or _yearless_feast(meaning)) and tense.future_after(start, end):
                told = True  # "وفي مايو سيحتفل النادي بمئويته": the future verb right after the date is its
            elif told is None and (_bare_weekday(meaning, anchor.isoweekday()) or _yearless_month(meaning)
                                   or _yearless_feast(meaning)) and _invoked_after(folded, end, grammar.lex):
                told = True  # "يوم الأحد إن شاء الله": what is hoped for is still to come
            elif told is None and _bare_weekday(meaning, anchor.isoweekday()) and _weekday_ahead(
                    folded, start, grammar, _schedule(meaning), headline):
                told = True  # "يزور الوزير موسكو الثلاثاء": a present verb tells the coming Tuesday
            elif told is None and (_yearless_month(meaning) and _told_done(folded, start, grammar)
                                   or _yearless_feast(meaning) and _told_done(folded, start, grammar, openers=False)):
                told = False  # "بعد مبايعته الجماعة في نوفمبر": a month of what was done, the past one
            elif told is None and _this_weekday(meaning) and _weekday_done(folded, start, grammar):
                told = False  # "التقى الوزير نظيره هذا الاثنين": this week's, already past
            elif told is None and _opens_today(meaning, anchor.isoweekday()) and _weekday_done(folded, start, grammar):
                told = False  # "أقيم المهرجان يومي الخميس والجمعة" told on a Thursday: last week's
            elif told is None and _since_yearless(meaning):
                told = False  # "مغلق منذ نوفمبر": what holds since a month began in a past one
            tenses[start] = told
        told = tenses[start]
        if told and _paid_month(folded, start, meaning, grammar.lex.pay_before):
            return None  # "سيتم تسديد راتب شهر مايو": the month the pay is for, the nearest (looked at in a future only)
        return told

    at_anchor: dict[int, Resolved] = {}  # id(candidate) → its resolution against the publication date
    checked: list[Found] = []  # the candidates behind those ids, kept alive so no id is reused

    def resolves(f: Found) -> bool:
        """Whether a candidate names a time that can be placed (checked before choosing)."""
        if _in_number(folded, f.start, f.end):
            return False
        checked.append(f)
        try:
            at_anchor[id(f)] = resolve(f.meaning, anchor, future=future_at(f.start, f.end, f.meaning), week=week)  # type: ignore[arg-type]
        except (Unresolvable, ValueError, OverflowError):
            return False
        return True

    folded = norm.text
    clock_anchor = anchor.time() != dt.time(0)  # a publication time of day, against which clocks are placed
    chosen = grammar.find(folded, accept=resolves, source=norm)
    if chosen and _TITLE_QUOTE in folded:
        titles = _titles(folded, grammar.lex.title_heads)
        if titles:  # "فيلم «نوم التلات»": a word of a title, no time
            chosen = [f for f in chosen if not _in_title(f, titles, folded)]
    for i, f in enumerate(chosen):
        meaning = f.meaning
        kind = type(meaning)
        narrative = (kind is When or kind is Shift) and meaning.narrative  # type: ignore[attr-defined]
        if narrative and last_coarse is not None and last_day == _midnight(anchor) and _day_narrative(meaning):
            # "سأنشر اليوم قصة قديمة، قبل عامين بالضبط ... في اليوم التالي": the only day named is the
            # publication's, and the story is told from a date known to its year (or month, week): that
            # date at its own grain, no invented day. (With no day named at all, or after a day of the story,
            # a coarse date in between is as often one said in passing: "كأس آسيا 2019", "قبل 15 سنة".)
            start, end = norm.to_original(f.start, f.end)
            c = last_coarse
            out.append(Timex(start, end, text[start:end], c.type, c.value, c.grain, c.interval, None,
                             Anchor.NARRATIVE, None, f.rule, {}))
            continue
        # "قادتها فرنسا عام 2013 ... سيطروا عليها قبل ذلك بعام": an amount of years (months) counted from the
        # last date told, a year (month) told after the last day, is counted from it, at its grain (2012)
        from_coarse = narrative and kind is Shift and last_coarse is not None and last_coarse.grain is not None \
            and Grain(meaning.unit).rank >= last_coarse.grain.rank  # type: ignore[union-attr]
        if narrative and last_day is None and not _coarse_narrative(meaning) and not from_coarse \
                and _SENTENCE_END.search(folded, 0, f.start):
            # "في اليوم التالي" after sentences that named no day: the day after a happening
            # the text does not date, not after the publication (told alone, it is)
            continue
        base = last_day if (narrative and last_day is not None) else anchor
        if from_coarse:
            base = last_coarse.interval[0]  # type: ignore[union-attr]
        hourless = False
        if narrative and kind is Shift and meaning.unit in _CLOCK_UNITS and last_day is not None:  # type: ignore[union-attr]
            # "أمس عند الساعة العاشرة ... وبعد ساعتين من ذلك": two hours after that hour; after a day told with no
            # hour ("وصل أمس، وبعد ساعتين من ذلك"), that day, not two hours after its midnight
            hourless = last_clock is None
            base = last_clock if last_clock is not None else last_day
        if narrative and _coarse_narrative(meaning) and meaning.rel_offset == -1 \
                and meaning.rel_unit in _OUTRIGHT_UNITS:  # type: ignore[union-attr]
            # "ارتفعت في يوليو 3% عن الشهر السابق": the one before the period last named outright (June), within
            # reach (a data report names its month a paragraph before); not before one counted ("... وعن الشهر
            # السابق" told twice is June twice); none named: the one before the publication's
            named_at = last_outright.get(meaning.rel_unit)  # type: ignore[union-attr]
            if named_at is not None and f.start - named_at[1] <= _OUTRIGHT_REACH:
                base = named_at[0]
            else:
                narrative, base = False, anchor
        elif narrative and last_date is not None and _coarse_narrative(meaning):
            base = last_date  # "الشهر نفسه", "ذلك العام": the month or year the text last named
            if last_hijri and meaning.rel_unit == "month" and meaning.rel_offset == 0:  # type: ignore[union-attr]
                hy, hm, _ = gregorian_to_hijri(last_date.date())  # "17 شوال ... 28 من الشهر نفسه": that Shawwal
                meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        elif last_hijri and kind is When and last_date is not None and meaning.rel_unit == "month" \
                and meaning.rel_offset == 0 and meaning.day is not None and not meaning.narrative:  # type: ignore[union-attr]
            hy, hm, _ = gregorian_to_hijri(anchor.date())
            if gregorian_to_hijri(last_date.date())[:2] == (hy, hm):
                # "السادس والعشرين من شهر شوال ... الثامن والعشرين من الشهر الجاري": the text counts in
                # the Hijri month under way, this Shawwal
                meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        elif kind is When and not narrative and _hijri_by_weekday(meaning, anchor.date()):  # type: ignore[arg-type]
            # "يوم الثلاثاء 26 الشهر الجاري" in a paper of 2 Aug 2015: 26 Aug is a Wednesday, 26 Shawwal a
            # Tuesday: the day counts in the Hijri month under way
            hy, hm, _ = gregorian_to_hijri(anchor.date())
            meaning = _in_hijri_month(meaning, hy, hm)  # type: ignore[arg-type]
        if last_named:
            named = _soft_unit(meaning)
            if named is not None and named in last_named and f.start - last_named[named][1] <= _SOFT_REACH \
                    and "\n" not in folded[last_named[named][1]:f.start]:
                narrative, base = True, last_named[named][0]  # "في مارس 2021 ... حتى نهاية الشهر": that March
        bare_clock = _bare_clock(meaning)
        if not narrative and bare_clock and days:
            dated = _clock_dated(days, f, folded)
            if dated is not None:  # "مساء أمس ... عند الساعة التاسعة": the evening just named
                narrative, base = True, dated.day
                if _small_hours(meaning, dated):
                    base = dated.day + _A_DAY  # "ليلة الخميس ... الساعة الواحدة فجراً": past midnight, the next day
                elif dated.day_part is not None and kind is When and meaning.part is None \
                        and meaning.hour is not None and 0 < meaning.hour < 12:  # type: ignore[union-attr]
                    meaning = amend(meaning, part=dated.day_part)  # type: ignore[arg-type]  # and its part: 21:00
        if not narrative and bare_clock and i + 1 < len(chosen):
            day = _day_after(f, chosen, i, folded, at_anchor)
            if day is not None:  # "أثناء صلاة الظهر في مسجد الطوارئ أمس الخميس": the day named after it
                narrative, base = True, day
        if not narrative and bare_clock and kind is When and f.meaning in clocks_told:
            narrative, base = True, clocks_told[f.meaning]  # "صلاة الظهر" told again: the same prayer, that day
        elif narrative and bare_clock and kind is When and base is not anchor:
            clocks_told.setdefault(f.meaning, _midnight(base))
        narrative = narrative and base is not anchor
        future = future_at(f.start, f.end, meaning)
        if kind is When and year_told is not None and meaning.year is None and meaning.day is not None \
                and meaning.rel_unit is None and meaning.direction is None and (meaning.calendar, meaning.month) == year_told[1:3] \
                and not _SENTENCE_END.search(folded, year_told[0], f.start):  # type: ignore[union-attr]
            # "وقعت الحادثة في 3 مارس 2010، ثم توفي المصاب في 9 مارس": that March
            meaning = amend(meaning, year=year_told[3])  # type: ignore[arg-type]
        if kind is When and days_told and not narrative and meaning.year is None and meaning.day is not None \
                and meaning.rel_unit is None and meaning.direction is None and meaning.weekday is None:  # type: ignore[union-attr]
            told_day = days_told.get((meaning.calendar, meaning.month, meaning.day))  # type: ignore[union-attr]
            if told_day is not None and f.start - told_day[1] <= _DAY_TOLD_REACH \
                    and not _LINE_HEAD.fullmatch(folded, folded.rfind("\n", 0, f.start) + 1, f.start) \
                    and not (year_said[0] > told_day[1] and year_said[1] != told_day[2]
                             and not _SENTENCE_END.search(folded, year_said[0], f.start)) \
                    and not _recalled_in_sentence(folded, f.start, f.end, grammar.lex.day_told_recalls):
                # (not after another year told earlier in its sentence: "وفي عام 2014 وتحديدا في 14 أغسطس", nor
                # on an anniversary: "وفي ذكراه الأولى في 12 أغسطس")
                # "اعتصموا من 21 يونيو 2013 حتى 14 أغسطس من العام نفسه ... وفضت الشرطة الاعتصام يوم 14 أغسطس": the
                # day told again, its year (not a chronology's line, "- 30 يونيو: ...", dated on its own)
                meaning = amend(meaning, year=told_day[0])  # type: ignore[arg-type]
        if kind is When and not narrative and meaning.weekday in weekdays_told and _weekday_alone(meaning):
            told_day = weekdays_told[meaning.weekday]  # "الأحد المقبل ... في مباراة الأحد": that Sunday
            if (future is not True or told_day >= _midnight(anchor)) and (future is not False or told_day <= anchor):
                meaning = amend(meaning, year=told_day.year, month=told_day.month, day=told_day.day)  # type: ignore[arg-type]
                narrative, base = True, told_day
        listed_next = chosen[i + 1] if i + 1 < len(chosen) else None
        if kind is When and not narrative and forced is None and _weekday_alone(meaning) and listed_next is not None \
                and _shared_direction(f, listed_next, folded, grammar.lex):  # type: ignore[arg-type]
            # "يومي السبت والاثنين الماضيين/المقبلين": the direction told after the last is every listed day's:
            # ahead, the first is the next such weekday (the others after it); past, the last is the last such
            # weekday and the first the one before it
            step = listed_next.meaning.direction  # type: ignore[union-attr]
            if step > 0:
                meaning = amend(meaning, direction=step)  # type: ignore[arg-type]
            else:
                last = resolve(listed_next.meaning, anchor, future=None, week=week)  # type: ignore[arg-type]
                if last.interval is not None:
                    gap = (listed_next.meaning.weekday - meaning.weekday) % 7  # type: ignore[union-attr]
                    day = _midnight(last.interval[0]) - dt.timedelta(days=gap)
                    meaning = amend(meaning, year=day.year, month=day.month, day=day.day)  # type: ignore[arg-type]
        shared = i > 0 and _shared_direction(chosen[i - 1], f, folded, grammar.lex)
        if kind is When and not narrative and listed_weekday is not None and (_weekday_alone(meaning) or shared) \
                and 0 < (meaning.weekday - listed_weekday[2]) % 7 <= (6 if shared else _LISTED_DAYS_APART) \
                and _LISTED_LINK.fullmatch(folded, listed_weekday[0], f.start):  # type: ignore[union-attr]
            # "الأسبوع المقبل يوم الثلاثاء أو الخميس", "الأحد والاثنين": a weekday listed after another is a day
            # after it, the same days, not the nearest by tense (no farther apart than a listing of days goes)
            listed = listed_weekday[1] + dt.timedelta(days=(meaning.weekday - listed_weekday[2]) % 7)  # type: ignore[union-attr]
            meaning = amend(meaning, year=listed.year, month=listed.month, day=listed.day)  # type: ignore[arg-type]
        if kind is When and not narrative and forced is None and future is not False and scheduled_weekday is not None \
                and _weekday_alone(meaning) and scheduled_weekday[1] >= _midnight(anchor) \
                and 0 < (meaning.weekday - scheduled_weekday[2]) % 7 <= _GAPPED_DAYS_APART \
                and f.start - scheduled_weekday[0] <= _GAPPED_REACH \
                and _GAPPED_LINK.search(folded, max(0, f.start - 12), f.start) and not _done_after(folded, f.end, grammar) \
                and not _SENTENCE_END.search(folded, scheduled_weekday[0], f.start):  # type: ignore[union-attr]
            # "يلعب السبت ليستر مع سندرلاند، والأحد نيوكاسل مع ساوثمبتون": a bare weekday opening the next piece
            # of its sentence after a comma and و, its verb left out, goes on the schedule of the weekday before
            # it when that one is today or ahead: the day after it, not the last such weekday (a few days on, its
            # verb left out: not "تقام المباراة اليوم الأحد، والسبت خسر الفريق" nor "، والسبت كان قد تعادل")
            listed = scheduled_weekday[1] + dt.timedelta(days=(meaning.weekday - scheduled_weekday[2]) % 7)  # type: ignore[union-attr]
            meaning = amend(meaning, year=listed.year, month=listed.month, day=listed.day)  # type: ignore[arg-type]
        scheduled = False  # whether a bare weekday was counted from the day told ahead (``ahead``)
        if kind is When and not narrative and ahead is not None and forced is None and future is not False \
                and _bare_weekday(meaning, anchor.isoweekday()) and _weekday_alone(meaning):  # type: ignore[arg-type]
            day = _day_of_schedule(ahead, meaning.weekday, at_anchor.get(id(f)), f, folded)  # type: ignore[union-attr]
            if day is not None:  # "يوم الثلاثاء 26 الشهر الجاري ... وفي يوم الأربعاء ...": the Wednesday after it
                meaning = amend(meaning, year=day.year, month=day.month, day=day.day)  # type: ignore[arg-type]
                narrative, base, scheduled = True, day, True
        if kind is Shift and meaning.sign > 0 and not meaning.narrative and not meaning.now and forced is None \
                and not _told_ahead(folded, f.start, f.end, tense, grammar):
            # "وخرج المريض من العناية المركزة بعد 13 يوماً": counted from a happening the story tells
            meaning = Duration(((meaning.amount, meaning.unit),), _AMOUNT_MOD.get(meaning.mod, meaning.mod))  # type: ignore[union-attr]
            kind = Duration
        try:
            if base is anchor and id(f) in at_anchor and meaning is f.meaning:
                r = at_anchor[id(f)]
            else:
                r = resolve(meaning, base, future=future, week=week)  # type: ignore[arg-type]
            if r.conflict and kind is When and f.rule == _WEEKDAY_DAY_MONTH and meaning.calendar == "gregorian":  # type: ignore[union-attr]
                hijri = resolve(amend(meaning, calendar="hijri"), base, future=future, week=week)  # type: ignore[arg-type]
                if not hijri.conflict:  # "الأحد 17/10" told in Shawwal 1436: the Hijri day its weekday falls on
                    r = hijri
            if bare_clock and base is anchor and clock_anchor and future is not True and r.interval \
                    and (kind is not Range or r.interval[0].date() != r.interval[1].date()
                         or _told_in_past(folded, f.start, f.end, grammar)):
                # a clock range only over midnight: "من العاشرة مساءً حتى الثانية فجراً" told in the
                # morning is last night's; "بين 3 و5 عصراً" is as often a schedule as a report, unless
                # told in the past ("واستمر الحفل من الواحدة ظهرًا حتى العاشرة مساء")
                told = r.interval[0] + clock_shift(meaning, r.interval[0], utc_offset)
                if told > anchor:  # compared in the publication's time
                    # a past time later than the publication: the day an earlier sentence named
                    # ("أمس الجمعة ... وتحطمت في الثالثة بعد الظهر"), else yesterday when hours later
                    day = _clock_day(days, f, folded, same_sentence=False)
                    if day is not None:
                        narrative, r = True, resolve(meaning, day, future=future, week=week)  # type: ignore[arg-type]
                    elif told > anchor + _CLOCK_MARGIN and (forced is not None or not _clock_ahead(
                            folded, f.start, tense, grammar)):
                        # (not when a present or future verb tells it: "وتنطلق القمة الساعة العاشرة مساء" is
                        # today's schedule)
                        r = resolve(meaning, anchor - dt.timedelta(days=1), future=future, week=week)  # type: ignore[arg-type]
            elif bare_clock and base is anchor and clock_anchor and future is True and r.interval \
                    and r.interval[1] <= anchor and forced is None:
                # the mirror: a time told in the future, over hours before the publication, is the coming
                # one ("وسيصل الوفد في الثانية بعد منتصف الليل" told at ten: tonight's), unless a day named
                # before gives it
                told = r.interval[0] + clock_shift(meaning, r.interval[0], utc_offset)
                if told < anchor - _CLOCK_MARGIN and _clock_day(days, f, folded, same_sentence=False) is None:
                    r = resolve(meaning, anchor + dt.timedelta(days=1), future=future, week=week)  # type: ignore[arg-type]
            if f.rule == _PART_OF_DAY and base is anchor and forced is None and r.interval and r.interval[0] > anchor \
                    and _tonight(meaning) and _told_in_past(folded, f.start, f.end, grammar, said=True):
                # "جرى تحريرها الليلة" told in the afternoon: the night just gone, not the one to come
                r = resolve(meaning, anchor - dt.timedelta(days=1), future=future, week=week)  # type: ignore[arg-type]
        except (Unresolvable, ValueError, OverflowError):
            continue
        if hourless and r.interval is not None:
            day = _midnight(r.interval[0])
            r = Resolved(TimexType.DATE, day.date().isoformat(), Grain.DAY, (day, day + _A_DAY), r.mod)
        if kind is Vague and r.value == "FUTURE_REF" and folded[f.start:f.end] in grammar.lex.later_forms:
            past = _told_in_past(folded, f.start, f.end, grammar)
            if past or past is None and after_past_date(f.start):
                # "توفي لاحقاً متأثراً بجراحه": later on, in a story told in the past (or after a past date of
                # its sentence: "في 30 حزيران ... لكن المبلغ الذي سددته سمح لها لاحقاً")
                r = replace(r, value="PAST_REF")
        if f.rule == "weekend" and not narrative and folded.endswith("اسبوع", f.start, f.end) \
                and "هذا" not in folded[f.start:f.end]:  # no direction: "نهاية الأسبوع" alone
            r = _weekend_told(r, meaning, f, folded, anchor, lambda: tense.at(f.start) if forced is None else
                              forced is Prefer.FUTURE, grammar, after_past_date(f.start))
        zoned = in_publication_time(meaning, r.value, r.interval, utc_offset)
        if zoned is not None:
            r = replace(r, value=zoned.value, interval=zoned.interval)
        if r.type is TimexType.TIME and _clock_only(meaning) and (
                daily_end >= 0 and _same_phrase(folded, daily_end, f.start)
                or days_end >= 0 and isinstance(meaning, Range) and not folded[days_end:f.start].strip()):
            # "يفتح المعرض يومياً من الساعة العاشرة صباحاً حتى السابعة مساء": the hours of every day, no one
            # day; after an amount of days only a range is ("طيلة 30 يوماً من العاشرة حتى السابعة"): "بعد
            # احتجاز دام 10 أيام الساعة الثالثة عصرا" is the hour the detention ended
            r = replace(r, type=TimexType.SET, value=_ANY_DAY.sub("XXXX-XX-XX", r.value), interval=None)
        if r.type is TimexType.SET and _EVERY_DAY.fullmatch(r.value):
            daily_end = f.end  # "كل يوم خميس وجمعة … من بعد صلاة العشاء إلى الواحدة صباحا": each such night's hour
        elif r.type is TimexType.DURATION and _DAYS.fullmatch(r.value):
            days_end = f.end
        start, end = norm.to_original(f.start, f.end)
        # positional, in the order of Timex's fields: a dozen keywords cost a third of building it
        out.append(Timex(start, end, text[start:end], r.type, r.value, r.grain, r.interval, r.mod,
                         _anchor_of(f, narrative), r.conflict, f.rule, zoned.extra if zoned is not None else {}))
        listed_weekday = (f.end, _midnight(r.interval[0]), meaning.weekday) \
            if kind is When and meaning.weekday is not None and r.grain is Grain.DAY and r.interval else None  # type: ignore[union-attr]
        scheduled_weekday = (f.end, _midnight(r.interval[0]), meaning.weekday) \
            if kind is When and meaning.weekday is not None and r.interval else None  # type: ignore[union-attr]
        if "<relative day>" in f.rule and "<weekday>" in f.rule:  # "اليوم الجمعة", "أمس، الأحد"
            told_apart.append(_days_apart(meaning, base))
        if r.interval is not None and (r.grain is Grain.YEAR or kind is When and meaning.year is not None  # type: ignore[union-attr]
                                       or kind is Range and any(type(end) is When and end.year is not None
                                                                for end in (meaning.first, meaning.last))):  # type: ignore[union-attr]
            year_said = (f.end, r.interval[0].year)
        if kind is When and meaning.year is not None and meaning.month is not None and meaning.day is not None:  # type: ignore[union-attr]
            year_told = (f.end, meaning.calendar, meaning.month, meaning.year)  # type: ignore[union-attr]
            if r.interval is not None:
                days_told[(meaning.calendar, meaning.month, meaning.day)] = (meaning.year, f.end, r.interval[0].year)  # type: ignore[index, union-attr]
        elif kind is Range and r.grain is Grain.DAY and r.interval is not None \
                and any(type(end) is When and end.year is not None for end in (meaning.first, meaning.last)):  # type: ignore[union-attr]
            for day in (r.interval[0], r.interval[1] - _A_DAY):  # "من 21 يونيو 2013 حتى 14 أغسطس من نفس العام"
                days_told[("gregorian", day.month, day.day)] = (day.year, f.end, day.year)
        if r.interval is None or r.grain is None or kind not in _DATED:
            continue
        if r.interval[1] <= anchor:
            last_past_end = f.end
        last_date = r.interval[0]
        told = meaning.first if kind is Range or kind is Apposition else meaning  # type: ignore[attr-defined]
        last_hijri = type(told) is When and told.calendar == "hijri" and told.month is not None  # type: ignore[union-attr]
        if r.mod != "ON_OR_AFTER":  # not "منذ عام 1981": a start told, the text goes on to now ("... مع نهاية السنة")
            for unit in _named_units(meaning):
                last_named[unit] = (r.interval[0], f.end)
        for unit in _outright(meaning):
            last_outright[unit] = (r.interval[0], f.end)
        last_coarse = None if r.grain in _DAY_OR_FINER or kind is not When and kind is not Shift or r.mod is not None else r
        if r.grain in _DAY_OR_FINER:  # it sets the narrative's day
            last_day = _midnight(r.interval[0])
            if scheduled:
                ahead = (f.end, last_day)  # "... وفي يوم الأربعاء ... ويختتم البرنامج يوم الخميس": from that Wednesday
            elif not (narrative and ahead is not None and last_day >= ahead[1]):  # (a day counted within it keeps it)
                # a day the text fixed, not one read by tense or taken from another ("يومي السبت والاثنين", a bare
                # clock time: a guess, no start to count from)
                ahead = (f.end, last_day) if last_day > anchor and r.mod is None and not narrative \
                    and (kind is Range or r.interval[1] - r.interval[0] <= _A_DAY) \
                    and not _weekday_only(f.meaning) and not bare_clock else None
            last_clock = r.interval[0] if r.grain.rank < Grain.PART_OF_DAY.rank else None
            if kind is When and meaning.weekday is not None and not _weekday_alone(meaning):  # type: ignore[attr-defined]
                weekdays_told[meaning.weekday] = last_day  # type: ignore[attr-defined]
            part = meaning.part if kind is When else None  # type: ignore[attr-defined]
            if kind is Range or r.interval[1] - r.interval[0] <= _A_DAY:  # not a period of days named as one ("لقضاء
                # إجازة نهاية الأسبوع، ... قرابة الساعة 10:30 صباحاً" is no hour of the weekend's first day); a range
                # of dates gives its first day ("من 26 - 29 شوال ... يبدأ من الساعة الخامسة عصراً")
                days.append(_Dated(f.end, last_day, part.token if part else None, r.mod is not None, part,
                                   narrative and _day_narrative(meaning)))
    return out, told_apart


def _shared_direction(f: Found, g: Found, folded: str, lex: Lexicon) -> bool:
    """Whether ``g`` is a weekday listed right after the bare weekday ``f`` whose direction is told in the
    dual or plural, so for both: "يومي السبت والاثنين الماضيين", "الجمعة والأحد المقبلين"."""
    mf, mg = f.meaning, g.meaning
    if not (isinstance(mf, When) and isinstance(mg, When) and _weekday_alone(mf) and mg.weekday is not None
            and mg.direction in (-1, 1) and _weekday_alone(amend(mg, direction=None))):
        return False
    word = _LAST_WORD.search(folded[g.start:g.end] + " ")
    return word is not None and word[1] in lex.directions_of_two and 0 < (mg.weekday - mf.weekday) % 7 \
        and _LISTED_LINK.fullmatch(folded, f.end, g.start) is not None


def _weekday_only(meaning: object) -> bool:
    """A weekday with nothing that places it, or a range opening on one ("يومي السبت والاثنين")."""
    first = meaning.first if isinstance(meaning, Range) else meaning
    return isinstance(first, When) and _weekday_alone(first)


def _day_of_schedule(ahead: tuple[int, dt.datetime], weekday: int, at_anchor: Resolved | None, f: Found,
                     text: str) -> dt.datetime | None:
    """The day a bare weekday means in a schedule the text set ahead of the publication: when
    the narrative's day ``ahead`` (end in the folded ``text``, day) is a day to come told in the
    same paragraph, and the weekday read from the publication (``at_anchor``) falls before it, the
    weekday is one of the days after it, the nearest ("يوم الثلاثاء 26 الشهر الجاري ... ولمدة ثلاثة
    أيام ... وفي يوم الأربعاء ... ويختتم البرنامج يوم الخميس": the Wednesday and Thursday after that
    Tuesday; "غدا «الأربعاء»": that day). None when the weekday before that day is as near or
    nearer (:data:`_SCHEDULE_DAYS`), when a date follows the weekday (its own, not joined), or
    when the reading from the publication is not before it."""
    end, day = ahead
    if at_anchor is None or at_anchor.interval is None or _midnight(at_anchor.interval[0]) >= day \
            or "\n" in text[end:f.start] or _DATE_NEXT.match(text, f.end):
        return None
    after = (weekday - day.isoweekday()) % 7
    return day + dt.timedelta(days=after) if after <= _SCHEDULE_DAYS else None


# how many days after a day told ahead a bare weekday may be counted from it: further, the same
# weekday before that day is nearer ("بعد غد ... مرانا الأحد" in Saturday's paper: no coming week)
_SCHEDULE_DAYS = 3
_DATE_NEXT = kept(r"[\s/(]*\d")  # a weekday's own date after it, not joined ("يوم الإثنين 1 /12 /143هـ")


@dataclass(frozen=True, slots=True)
class _Dated:
    end: int  # where the expression ends in the folded text
    day: dt.datetime  # its day, at midnight
    part: str | None  # its part of the day (MO, AF, EV, NI), if it names one
    bounded: bool  # a bound or an approximation ("منذ ثلاثة أيام"), not an event's own day
    day_part: object = None  # the part of the day itself (a DayPart)
    moved: bool = False  # a day the story moves to ("في اليوم التالي"), counted from the one before


def _clock_day(days: list[_Dated], f: Found, text: str, *, same_sentence: bool = True) -> dt.datetime | None:
    """The day a bare clock time belongs to (:func:`_clock_dated`), None when there is none."""
    dated = _clock_dated(days, f, text, same_sentence=same_sentence)
    return dated.day if dated is not None else None


def _clock_dated(days: list[_Dated], f: Found, text: str, *, same_sentence: bool = True) -> _Dated | None:
    """The named day a bare clock time belongs to: among the days named in the last
    :data:`_CLOCK_REACH` characters of its paragraph, the latest with the clock's own part
    of the day ("مساء أمس، الأحد ... قرابة الساعة التاسعة مساءً"), else the latest that is not
    a bound ("منذ ثلاثة أيام") in its own sentence (or anywhere in reach when not
    ``same_sentence``); None when there is none. The story moving on a day ("مساء الخميس ...
    وفي اليوم التالي ... عند الثامنة مساءً") ends the search: the clock is of that day."""
    part = f.meaning.part.token if isinstance(f.meaning, When) and f.meaning.part else None
    plain: _Dated | None = None
    for d in reversed(days):  # latest first, only as far back as the reach
        if f.start - d.end >= _CLOCK_REACH or "\n" in text[d.end:f.start]:
            break
        if part is not None and d.part == part or d.moved and plain is None and d.part in (None, part):
            return d
        if plain is None and not d.bounded and (not same_sentence or _SENTENCE_END.search(text, d.end, f.start) is None):
            plain = d
    return plain


def _small_hours(meaning: object, dated: _Dated) -> bool:
    """Whether a bare clock time dated by a night just told (``dated``) lies past that night's midnight: an
    hour before :data:`_SMALL_HOURS_END` told with no part, or with a morning's or a night's ("ليلة الخميس ...
    في الساعة الواحدة فجراً", "ليلة 28 رمضان ... الساعة الواحدة إلا ربعاً"): the next day's. Not after an
    evening: its small hours may be told of the day before ("مساء أمس ... بعد أن وصلت الطائرة الرابعة فجراً"),
    and a bare hour after it is the afternoon's ("مساء يوم الثلاثاء، وفي تمام الساعة الرابعة")."""
    return isinstance(meaning, When) and meaning.hour is not None and meaning.hour < _SMALL_HOURS_END \
        and dated.part in _NIGHT_TOKENS and (meaning.part is None or meaning.part.token in _SMALL_HOURS_TOKENS)


_SMALL_HOURS_END = 5  # the hours after midnight a night runs into (day_parts.yaml: a night's hours run to 29)
_NIGHT_TOKENS = frozenset({"NI"})
_SMALL_HOURS_TOKENS = frozenset({"MO", "NI"})


def _day_after(f: Found, chosen: list[Found], i: int, text: str, at_anchor: dict[int, Resolved]) -> dt.datetime | None:
    """The day of the expression after the clock time ``chosen[i]``, which has no day of its
    own, when it follows in the same clause (no punctuation, no word that opens another time
    between: :data:`_NOT_SAME_CLAUSE`) and names one day: "صلاة الظهر بمسجد قوات الطوارئ أمس
    الخميس"; past the same time told again in brackets ("الثانية ظهراً بالتوقيت المحلي (1700
    بتوقيت جرينتش) يوم الأحد")."""
    j = i + 1
    while j + 1 < len(chosen) and _bare_clock(chosen[j].meaning) and _APPOSED_CLOCK.fullmatch(text, f.end, chosen[j].start):
        f, j = chosen[j], j + 1
    following = chosen[j]
    gap = _BRACKETS.sub("", text[f.end:following.start])
    r = at_anchor.get(id(following))
    if len(gap) > _AFTER_REACH or r is None or r.interval is None or r.grain is not Grain.DAY \
            or r.interval[1] - r.interval[0] > _A_DAY or _NOT_SAME_CLAUSE.search(gap) or _bare_clock(following.meaning):
        return None  # not "عند الساعة 3 عصراً طيلة الأيام الثلاثة الماضية": a schedule of several days
    return _midnight(r.interval[0])


_AFTER_REACH = 60
_APPOSED_CLOCK = kept(r"\s*[(/]\s*")
_BRACKETS = kept(r"[()]")
_A_DAY = dt.timedelta(days=1)
# what joins two weekdays of one listing, folded: "و", "أو", with "يوم" before the second ("الأحد أو يوم الاثنين")
_LISTED_LINK = kept(r"\s*(?:و|\s(?:او|ثم)\s)\s*(?:يوم\s+)?")
_LISTED_DAYS_APART = 2  # "الثلاثاء أو الخميس"; farther apart a listing is as often out of order
# a weekday opening the next piece of a schedule: a comma, و, "يوم" maybe, right before it (folded)
_GAPPED_LINK = kept(r"[،,]\s*و\s*(?:يوم\s+)?$")
_GAPPED_REACH = 120  # characters from the weekday before: one piece of a schedule, not a paragraph
_GAPPED_DAYS_APART = 3  # a round of matches, Friday to Monday; farther on the weekday is as often the last one
# between a clock time and a day that is not its own: a clause break, or a word that places another
# happening in time ("الساعة 9:28 بعد هبوطه إلى 1077 دولاراً يوم 24 يوليو", "عن سعر الإغلاق في 26 يونيو")
_NOT_SAME_CLAUSE = kept(r"[،,.؛;:!?\n]|(?<!\w)(?:بعد|قبل|عن|خلال|منذ|حتي|الي|بين|مقابل|مقارنه)(?!\w)")


def _anchor_of(f: Found, narrative: bool) -> Anchor:
    m = f.meaning
    if narrative:
        return Anchor.NARRATIVE
    if isinstance(m, Shift) or (isinstance(m, When) and (m.rel_unit is not None or
                                                        (m.year is None and m.decade is None and m.century is None))):
        return Anchor.PUBLISHED
    return Anchor.NONE
