"""Times told from the anchor (the publication date or the narrative date): yesterday, the
coming week, the next three days, Thursday, nowadays.

Examples for every rule here live in ``deictic.yaml`` beside this file.
"""

from __future__ import annotations

import functools
import re

from timeline._programs import kept
from timeline.lang.ar.rules.common import (
    HEADLINE_MAX, Ctx, Rule, _NEXT_DEFINITE, _PERIOD_UNITS, _Swap, _Weekday, _calendar, _direction, _in_habit, _num,
    _sentence_of, per_lexicon,
)
from timeline.lang.ar.rules.dates import _bare_calendar
from timeline.happenings import load_triggers
from timeline.lexicon import Lexicon, attached_pronouns, clitic_prefixes, unjoined
from timeline.normalize import fold
from timeline.semantics import Range, Recurring, Vague, When, Within
from timeline.verbs import load_shapes

_CONJ = clitic_prefixes().conjunction  # [وف]
_CONJ_B = clitic_prefixes().conjunction_or("ب")  # [وفب]
_CONJ_L = clitic_prefixes().conjunction_or("ل")  # [وفل]
_JOINED_L = clitic_prefixes().joined + "ل"  # و ف ل, for a word's first letter

__all__ = ["RULES"]


_PREVIOUS_WORD = kept(r"(\w+)\s+$")
_WORD_AND_CLITIC_BEFORE = kept(r"(\w+)\s+" + _CONJ_L + r"?$")  # "الصيف" before "لهذا العام"
_ASIDE_BEFORE = kept(r"(\w+)\s*[-–—]\s*$")  # "أننا -اليوم-": a word, then a dash opening an aside
_ASIDE_AFTER = kept(r"\s*[-–—]")
_TWO_WORDS_BEFORE = kept(r"(?<!\w)" + _CONJ + r"?(\w+)\s+ال\w+\s+$")
_ACTION_AFTER = kept(r"\s+(\w+)")
# an indefinite noun in the accusative (a final ا; not a pronoun's ها/نا, nor a plural perfect's وا) right before
# "سابقاً": the adjective agrees with it ("اقتراحاً سابقاً"), as "وكان يعمل سابقاً" does not; not a dual perfect
# after a particle of verbs ("بعد أن لعبا سابقاً")
_INDEFINITE_ACCUSATIVE = kept(r"(?<!\w)(?<!ان )(?<!لن )(?<!لم )(?<!قد )(?!ال)\w{3,}ا(?<![هن]ا)(?<!وا)\s+$")
_INDEFINITE_FEMININE = kept(r"\s+(?!ال)\w+ه(?!\w)")  # "بكرة رأسية": an adjective agreeing with a noun
# "من" after an adverb, alone or with an attached pronoun ("قريباً من الفوز", "ليكون قريباً منه"): near to
_FROM_AFTER = kept(r"\s+من(?:\s|(?:" + "|".join(attached_pronouns()) + r")(?!\w))")


def relative_day(m: re.Match[str], c: Ctx) -> object:
    off = c.lex.lookup("rel_days", m["w"])
    if m["ins"]:  # "(أول من) أمس": the day the bracket corrects it to, when it precedes that deictic
        day, corrected = c.lex.lookup("rel_inserted", m["ins"])
        if m["w"] != day:
            return None
        off = corrected
    if off is None or c.text[max(0, m.start() - 2):m.start()] in ("فل", "ول") \
            or (m["w"].startswith("امس") and c.text[max(0, m.start() - 1):m.start()] == "ل"):
        return None  # "فلامس", "لامس": touched
    if m["w"] == "بكره" and _INDEFINITE_FEMININE.match(c.text, m.end()):
        return None  # "سجل بكرة رأسية", "بكرة مشتركة": a ball, not tomorrow
    if m.group() == "الغد":
        nxt = _NEXT_DEFINITE.match(c.text, m.end())
        if nxt and c.lex.lookup("weekdays", nxt.group(1)) is None and c.lex.lookup("day_parts", nxt.group(1)) is None \
                and nxt.group(1) != "الساعه":  # "مساء الغد الساعة الثامنة": tomorrow, at a clock time
            return Vague("FUTURE_REF")  # "لصناعة الغد السعودي المشرق": the future, described
        if _era_after(c, m.start(), c.lex.tomorrow_era_before):
            return Vague("FUTURE_REF")  # "جيل الغد", "طاقة الغد": the future, not tomorrow
    if m.group() == "الامس" and _yesteryear(c, m.start(), m.end()):
        return Vague("PAST_REF")  # "نجوم الأمس", "بالأمس القريب": the past, not yesterday
    era = _era(c, m.start(), m.end(), off)
    if era is not None:
        return Vague(era)  # "اليوم يختلف عن البارحة", "بالأمس واليوم", "أمس واليوم وغداً": eras, not days
    if m.group() == "اليوم":  # "اليوم الوطني", "اليوم الأول": a named day, not today
        nxt = _NEXT_DEFINITE.match(c.text, m.end())
        if nxt and (nxt.group(1) in c.lex.named_day_words or c.lex.lookup("ordinals", nxt.group(1)[2:])):
            return None
        window = c.before(m.start(), 16)
        before = _PREVIOUS_WORD.search(window)
        if before is None and _ASIDE_AFTER.match(c.text, m.end()):
            before = _ASIDE_BEFORE.search(window)  # "أننا -اليوم- في حاجة": the word before an aside
        if before and before.group(1) in c.lex.today_action_subjects:
            verb = _ACTION_AFTER.match(c.text, m.end())
            if verb is not None and verb.group(1) in c.lex.today_actions:
                before = None  # "وهو اليوم يزور المصنع": an action today, not nowadays
        if before and before.group(1) in c.lex.nowadays_state_on and _state_opened(c, m.start()):
            return Vague("PRESENT_REF")  # "بما أنا عليه اليوم", "إلى ما هي عليه اليوم": the present state
        if before and _nowadays(before.group(1), m.start() - len(window) + before.start(), c) \
                and not (nxt and c.lex.lookup("weekdays", nxt.group(1))):  # "اليوم الأحد" is a day
            return Vague("PRESENT_REF")  # "أما اليوم", "شباب اليوم", "العالم اليوم": nowadays
        pair = _TWO_WORDS_BEFORE.search(c.before(m.start(), 30)) if before and before.group(1).startswith("ال") else None
        if pair and pair.group(1) in c.lex.nowadays_before and not (nxt and c.lex.lookup("weekdays", nxt.group(1))):
            return Vague("PRESENT_REF")  # "وأصبحت القناة اليوم تمثل": a definite subject between
        if _compared_with_past(c, m.end()) and not (nxt and c.lex.lookup("weekdays", nxt.group(1))):
            return Vague("PRESENT_REF")  # "فالطفل يكلف اليوم أبويه أكثر من السابق": nowadays
        if before and before.group(1) in c.lex.day_not_today_before \
                and not c.text.startswith(_SAME, m.end() + 1):  # not "في اليوم ذاته" (narrative)
            return None  # "ثلاث مرات في اليوم", "في اليوم الذي يليه": a day, not today
        if before and before.group(1) in c.lex.day_in_habit_before and nxt is None \
                and _in_habit(c, m.start(), m.end(), "day", told_before=True):
            return None  # "يجلسون لساعات يومياً مقارنة بمن يتحركون خلال اليوم": any day of the habit, not today
        if nxt is None and _beside_state(c, m.start(), m.end()):
            return Vague("PRESENT_REF")  # "تعد السياحة اليوم أكبر قطاع", "لم تعد اليوم معنية": nowadays
        if before is None and _opens_later_sentence(c, m.start()) and not _day_told_after(c, m.end(), nxt):
            return Vague("PRESENT_REF")  # "… منذ 30 عاماً. اليوم نحو واحد من كل خمسة …": nowadays
    return When(rel_unit="day", rel_offset=off)


_SENTENCE_OPENED = kept(rf"(?:[.!?؟\n]|\.\.)\s*{_CONJ}?$")  # with a clitic: "… حية تتنفس. فاليوم يوجد بيننا …"
# سـ + a present verb: "ستنطلق", "سيلتقي"; not a noun's ending (ة/ه, ات: "سيارة", "سياحة"), as future_shape
_WILL = kept(rf"{_CONJ}?(?P<verb>س[يتن]\w{{3,}}(?<![هة])(?<!ات))")
_TOLD_BEFORE = kept(r"[^\s.!?؟]")  # anything told before: not the text's first sentence
_CLITICS_OFF = kept(rf"^(?:{_CONJ}(?=ال|ذ)|{_CONJ}?في$)")  # "وفي", "والذكرى" → "", "الذكرى"


def _opens_later_sentence(c: Ctx, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or a line after the text's first, in a text longer
    than one headline line (relative.yaml ``today_opening_verbs``)."""
    if len(c.text) <= HEADLINE_MAX and "\n" not in c.text.strip():  # "الهلال والنصر.. اليوم" announces the day
        return False
    return _SENTENCE_OPENED.search(c.before(start, 8)) is not None and _TOLD_BEFORE.search(c.text, 0, start) is not None


def _day_told_after(c: Ctx, end: int, nxt: re.Match[str] | None) -> bool:
    """Whether what follows an opening "اليوم" at ``end`` dates the day: a weekday or a part of the day, a
    future ("اليوم ستنطلق"), a verb of ``today_actions`` or ``today_opening_verbs`` ("اليوم يصادف الذكرى"), an
    anniversary among the next three words (``today_opening_nouns``: "واليوم وفي الذكرى الخامسة")."""
    if nxt is not None and (c.lex.lookup("weekdays", nxt.group(1)) or c.lex.lookup("day_parts", nxt.group(1))):
        return True
    if any(_CLITICS_OFF.sub("", w) in c.lex.today_opening_nouns for w in _WORDS.findall(c.text, end, end + 30)[:3]):
        return True
    word = _NEXT_WORD.match(c.text, end)
    if word is None:
        return False
    w = word.group(1)
    bare = unjoined(w)
    return _will(c, w) or w in c.lex.future_cues or bare in c.lex.today_actions \
        or bare in c.lex.today_opening_verbs or c.lex.lookup("weekdays", w) is not None \
        or c.lex.lookup("day_parts", w) is not None


def _will(c: Ctx, word: str) -> bool:
    """Whether a word is a verb in the future by its shape (relative.yaml ``future_shape``): سـ, ستـ or سنـ
    before a present stem, after و/ف or not, not a noun's ending nor one of ``not_verbs`` or ``not_verb_starts``
    ("سيطرت", "سياسي", "سينما")."""
    m = _WILL.fullmatch(word)
    return m is not None and m["verb"] not in c.lex.future_not_verbs \
        and not m["verb"].startswith(c.lex.future_not_verb_starts)


def _yesteryear(c: Ctx, start: int, end: int) -> bool:
    """Whether "الأمس" at ``start``..``end`` is the past (relative.yaml ``yesteryear_before``: "نجوم
    الأمس"، "للاعبي الأمس"; ``yesteryear_after``: "بالأمس القريب"), not the day before."""
    nxt = _NEXT_WORD.match(c.text, end)
    if nxt is not None and nxt.group(1) in c.lex.yesteryear_after:
        return True
    return _era_after(c, start, c.lex.yesteryear_before)


def _era_after(c: Ctx, start: int, words: frozenset[str]) -> bool:
    """Whether the word right before ``start`` (read with a clitic و, ف or ل) is one of ``words``: people or
    things of another era ("نجوم الأمس", "وجيل الغد")."""
    before = _PREVIOUS_WORD.search(c.before(start, 16))
    if before is None:
        return False
    word = before.group(1)
    return word in words or (len(word) > 3 and word[0] in _JOINED_L and word[1:] in words)


def _era(c: Ctx, start: int, end: int, off: int) -> str | None:
    """The era a deictic day at ``start``..``end`` (``off`` days from today) stands for, or None: the
    yesterday a nowadays "اليوم" is compared with before it in its sentence (relative.yaml
    ``nowadays_compared``: "اليوم يختلف تماماً عن البارحة"); "الأمس" joined by و or أو to "اليوم" after ب, في or
    بين ("كان بيننا بالأمس واليوم يقاتل", "في الأمس أو اليوم"), and both; yesterday, today and tomorrow told
    together ("نظرة أمس واليوم وبكرة"), each (not "جلستا الأمس واليوم": two days)."""
    word = c.text[start:end].split()[-1]
    if off == -1 and word in ("الامس", "البارحه"):
        for phrase in c.lex.nowadays_compared:
            if phrase.endswith(" " + word) and c.text.endswith(phrase, 0, end):
                at = end - len(phrase)
                tail = _SENTENCE_TAIL.search(c.text, max(0, at - _COMPARED_REACH), at)
                today = tail.group().rfind("اليوم") if tail is not None else -1
                if today >= 0 and _compared_with_past(c, tail.start() + today + len("اليوم")):
                    return "PAST_REF"
    after, before = c.text[end:end + 24], c.before(start, 24)
    today = _AND_TODAY.match(after)
    tomorrow = _AND_TOMORROW.match(after, today.end() if today else 0)
    if tomorrow is None or c.lex.lookup("rel_days", tomorrow["w"]) != 1:
        tomorrow = None
    era = None
    if off == -1 and today and (_ERA_OPENER.search(before) or word.endswith("امس") and tomorrow):
        era = "PAST_REF"
    elif word == "اليوم" and (_ERA_YESTERDAY_BEFORE.search(before) or not today and tomorrow and _YESTERDAY_AND.search(before)):
        era = "PRESENT_REF"
    elif off == 1 and _YESTERDAY_AND_TODAY.search(before):
        era = "FUTURE_REF"
    if era is not None:
        return None if _happening_told(c, start) or _happening_next(c, end) else era
    return _set_against(c, start, end, word, off)


def _happening_told(c: Ctx, start: int) -> bool:
    """Whether the clause before the days at ``start`` (cut at punctuation and quotation marks, within
    :data:`_HAPPENING_REACH` characters) names a happening (triggers.yaml, :func:`load_triggers`) that governs
    them: "تستمر جلسات المؤتمر أمس واليوم وغداً"، "الغارات التي شنتها الطائرات بالأمس واليوم" are days told of
    what happened on them; "الحي بالأمس واليوم"، "قصة القرية أمس واليوم وغداً" eras. Not what follows: "كان
    يعيش بيننا بالأمس واليوم هو يقاتل" opens today's own clause, set against yesterday's."""
    head = _CLAUSE_TAIL.search(c.text, max(0, start - _HAPPENING_REACH), start)
    return head is not None and load_triggers().happening(fold(head.group())) is not None


def _happening_next(c: Ctx, end: int) -> bool:
    """Whether the word right after the days told together from ``end`` on ("… واليوم وغداً") is a happening
    (triggers.yaml) they date: "شهدت المدينة بالأمس واليوم مظاهرات حاشدة". Only that word: "بالأمس واليوم هو
    يقاتل" opens today's own clause."""
    while (more := _AND_TOMORROW.match(c.text, end)) is not None and c.lex.lookup("rel_days", more["w"]) is not None:
        end = more.end()
    told = _NEXT_WORDS.match(c.text, end)
    found = load_triggers().happening_word(fold(told.group(1))) if told is not None else None
    return found is not None and found[1] == 0


_NEXT_WORDS = kept(r"\s+(\w+(?:\s+\w+)?)")  # the word after and the one after it (a sense's context)
_HAPPENING_REACH = 60  # characters before the days where a happening word is looked for
_CLAUSE_TAIL = kept(r"[^.!?؟\n،,;؛:\"«»“”]*$")


def _set_against(c: Ctx, start: int, end: int, word: str, off: int) -> str | None:
    """"بالأمس" before a "was" (relative.yaml ``yesterday_states``) and "اليوم" opening a later clause of its
    sentence set the past against the present: "وبالأمس كانوا في مساجد الشرقية، واليوم نراهم في الجنوب". Not
    two acts told done (:func:`_told_done`): "وبالأمس كانت الشرطة قد اعتقلت اثنين، واليوم أفرجت عنهما"."""
    if off == -1 and word == "الامس" and _BY_BEFORE.search(c.before(start, 4)):
        state = _NEXT_WORD.match(c.text, end)
        rest = _SENTENCE_HEAD.match(c.text, end, end + _SET_AGAINST_REACH)
        today = _TODAY_OPENS.search(rest.group()) if rest is not None else None
        if state is not None and state.group(1) in c.lex.yesterday_states and today is not None \
                and not _told_done(c, end, end + today.start(), end + today.end()):
            return "PAST_REF"
    if word == "اليوم" and _TODAY_OPENS.search(c.before(start, 4) + "اليوم"):
        tail = _SENTENCE_TAIL.search(c.text, max(0, start - _SET_AGAINST_REACH), start)
        said = _YESTERDAY_STATE.search(tail.group()) if tail is not None else None
        if said is not None and said.group(1) in c.lex.yesterday_states \
                and not _told_done(c, tail.start() + said.end(), start, end):  # type: ignore[union-attr]
            return "PRESENT_REF"
    return None


def _told_done(c: Ctx, was: int, before: int, today: int) -> bool:
    """Whether the yesterday's clause (from the end of its "was" at ``was`` to ``before``) is a pluperfect
    ("كانت … قد اعتقلت": قد beside its perfect) or the word after "اليوم" (ending at ``today``) a verb told
    done (:meth:`timeline.verbs.Shapes.told_done`, as the tagger reads the word after a schedule's weekday:
    "واليوم أفرجت عنهما"، "واليوم أعلن"): acts of two days, no eras. Not a past cue there, as the tagger's
    reading takes: "واليوم لم يعودوا كذلك" is today's state, set against yesterday's."""
    done = _NEXT_WORD.match(c.text, today)
    if done is not None and load_shapes().told_done(unjoined(done.group(1))):
        return True
    return _PLUPERFECT.search(c.text, was, before) is not None


_PLUPERFECT = kept(rf"(?<!\w){_CONJ}?قد\s+\w+")  # "كانت الشرطة قد اعتقلت": a deed done before
_SENTENCE_TAIL = kept(r"[^.!?؟\n]*$")
_SENTENCE_HEAD = kept(r"[^.!?؟\n]*")
_SET_AGAINST_REACH = 120  # characters between "بالأمس" and the "اليوم" set against it
_BY_BEFORE = kept(rf"(?<!\w){_CONJ}?ب$")
_TODAY_OPENS = kept(rf"(?:[،,]\s*{_CONJ}?|\s{_CONJ}|[،,]\s*اما\s+)اليوم(?!\w)")  # "، واليوم", " واليوم", "، أما اليوم"
_YESTERDAY_STATE = kept(rf"(?<!\w){_CONJ}?بالامس\s+(\w+)")
_AND_TODAY = kept(r"\s+(?:و\s*|او\s+)اليوم(?!\w)")
_ERA_OPENER = kept(rf"(?<!\w){_CONJ}?(?:ب|(?:في|بين)\s+)$")  # "بالأمس", "وفي الأمس", "بين الأمس"
_ERA_YESTERDAY_BEFORE = kept(rf"(?<!\w){_CONJ}?(?:ب|(?:في|بين)\s+)الامس\s+(?:و\s*|او\s+)$")
_AND_TOMORROW = kept(r"\s+و\s*(?P<w>\w+)")
_YESTERDAY_AND = kept(r"(?<!\w)(?:ال)?امس\s+و\s*$")
_YESTERDAY_AND_TODAY = kept(r"(?<!\w)(?:ال)?امس\s+و\s*اليوم\s+و\s*$")


_NEXT_WORD = kept(r"\s+(\w+)")
_COMPARED_REACH = 70  # characters after "اليوم" where a comparison with the past is looked for


def _compared_with_past(c: Ctx, end: int) -> bool:
    """Whether the sentence goes on, within :data:`_COMPARED_REACH` characters of ``end``, to
    compare with the past (relative.yaml ``nowadays_compared``: "أكثر من ذي قبل", "مما كانت")."""
    after = c.text[end:end + _COMPARED_REACH]
    stop = min((i for i in (after.find(ch) for ch in ".!?\n") if i >= 0), default=len(after))
    after = after[:stop]
    for phrase in c.lex.nowadays_compared:
        at = after.find(phrase)
        if at < 0:
            continue
        said = after[:at].split()
        if any(w in c.lex.nowadays_compared_stops for w in said):
            continue  # "قال اليوم إن الوضع أفضل من أي وقت مضى": the comparison is what was said
        if phrase.startswith("مما"):  # "أقل مما كانت": after a comparative (أفعل), else "which"
            told = c.before(end - 5, 30).split()[-3:] + said  # "في وضع أفضل اليوم ... مما كانت عليه"
            if not any(_COMPARATIVE.fullmatch(w) for w in told) \
                    or after[at + len(phrase):].lstrip().startswith(c.lex.nowadays_expected):
                continue  # "مما كان سبباً"; "أعلى مما كان متوقعاً": an expectation, not the past
        return True
    return False


_WORDS = kept(r"\w+")


def _beside_state(c: Ctx, start: int, end: int) -> bool:
    """Whether a verb of state stands among the two words before "اليوم" at ``start``..``end`` or
    right after it (relative.yaml ``nowadays_states``: "الهيئة تعد اليوم مساهما", "عدن اليوم باتت"); one
    that also tells a one-off today (``nowadays_states_ambiguous``) only after a negation ("لم تعد")."""
    before = _WORDS.findall(c.before(start, 40))[-3:]
    after = _WORDS.findall(c.text[end:end + 24])[:1]
    near = [(w, before[i - 1] if i else "") for i, w in enumerate(before) if i >= len(before) - 2]
    for word, previous in near + [(w, "") for w in after]:
        if word in c.lex.nowadays_states_told \
                or word in c.lex.nowadays_states_negated and previous in c.lex.nowadays_states_negations:
            return True
    return False


_COMPARATIVE = kept(r"ا(?!ل)[^\W\d_]{2,3}")  # the comparative's shape أفعل, folded: اكثر، اقل، افضل


_WORDS_BEFORE_ON = kept(r"(?<!\w)(\w+)\s+(?:(\w+)\s+)?\w+\s+$")  # the two words before "عليه اليوم"


def _state_opened(c: Ctx, start: int) -> bool:
    """Whether "ما", "الذي" … (relative.yaml ``nowadays_state_openers``) comes before the "على" + pronoun
    right before ``start``, a subject pronoun between or none: "ما أنا عليه", "الذي هي عليه" (news46)."""
    words = _WORDS_BEFORE_ON.search(c.before(start, 40))
    if words is None:
        return False
    first, second = words.group(1), words.group(2)
    if second is None:
        return first in c.lex.nowadays_state_openers
    return second in c.lex.nowadays_state_openers or (
        second in c.lex.nowadays_pronouns and first in c.lex.nowadays_state_openers)


def _nowadays(word: str, at: int, c: Ctx) -> bool:
    """Whether ``word``, right before "اليوم", makes it nowadays (``nowadays_before``), read
    with a clitic و, ف or ل and the article off: "وأما اليوم", "لأننا اليوم", "العالم اليوم";
    a definite word after a name head names a place ("مستشفى الأطفال اليوم": today)."""
    words = c.lex.nowadays_before
    if word in words:
        return True
    if len(word) > 3 and word[0] in _JOINED_L and word[1:] in words:
        return True
    bare = word[1:] if word[0] in _JOINED_L and word[1:3] == "ال" else word
    if not (bare.startswith("ال") and bare[2:] in words):
        return False
    head = _PREVIOUS_WORD.search(c.before(at, 16))
    return head is None or head.group(1) not in c.lex.name_heads


def _hijri_year(c: Ctx, word: str) -> object:
    """"العام الهجري الحالي/المقبل": the Hijri year the anchor falls in, or one after or before."""
    off = _direction(c, word)
    return None if off is None or word in ("نفسه", "ذاته") else When(calendar="hijri", rel_unit="year", rel_offset=off)


def new_year(m: re.Match[str], c: Ctx) -> object:
    """"العام الجديد", "السنة الجديدة": the year at the turn (resolve: the coming one in November and December,
    this one in January, none elsewhere); not "النائب العام الجديد" (general, not the year)."""
    before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
    if before is not None and clitic_prefixes().reads(before.group(1), c.lex.general_before, least=1):
        return None
    return When(rel_unit="year", rel_offset=1, turn=True)


def rest_of_period(m: re.Match[str], c: Ctx) -> object:
    """"بقية العام": from the anchor day to the end of the current period."""
    if m["dir"] and _direction(c, m["dir"]) != 0:
        return None
    if m["unit"] == "يوم":  # "بقية اليوم", "بقية هذا اليوم": what is left of today
        return When(rel_unit="day", rel_offset=0, mod="END")
    return Range(When(rel_unit="day", rel_offset=0), When(rel_unit=_PERIOD_UNITS[m["unit"]], rel_offset=0))


def narrative_day(m: re.Match[str], c: Ctx) -> object:
    off = c.lex.lookup("narrative", m["w"])
    if off is None or _LIKE_THAT.search(c.before(m.start(), 3)) and m["w"].startswith(_THAT[:2]):
        return None  # "الحال ليست كذلك اليوم": كذلك (so, also), not ك + "ذلك اليوم"
    if off and _OF_ANOTHER.match(c.text, m.end()):
        return None  # "في اليوم التالي لانتهاء المؤتمر": counted from what follows, as "العام السابق للغزو"
    part = c.lex.lookup("day_parts", "الليله") if "ليل" in m["w"] else None  # "تلك الليلة"
    return When(rel_unit="day", rel_offset=off, narrative=True, part=part)


# "للغزو", "لاندلاع الحرب", "لعام 2010": counted from what follows; not a purpose verb "ليصبح"
_OF_ANOTHER = kept(r"\s+ل(?!ي)\w{3,}")


def relative_period(m: re.Match[str], c: Ctx) -> object:
    unit = _PERIOD_UNITS[m["unit"]]
    this = m["this"] or m["glued"]  # "هالأسبوع": glued, as "هذا الأسبوع"
    if m["unit"] == "عام" and not this:
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        word = before.group(1) if before else ""
        if clitic_prefixes().reads(word, c.lex.general_before, least=1):
            return None  # "النائب العام السابق", "والمدير العام السابق": general, not the year
    if m["fdir"]:  # "في السنة نفسها": the year the text last named
        return None if this or m["y"] else When(rel_unit=unit, rel_offset=0, narrative=True)
    if m["cdir"]:  # "الربع المماثل من العام السابق": the one last named, in the year after it (engine._same_period)
        return None if this or m["y"] or unit not in ("month", "quarter") else \
            When(rel_unit=unit, rel_offset=0, narrative=True)
    if m["ndir"] and m["y"] and unit == "year" and not this and not m["mark"]:
        year = int(m["y"])  # "وفي العام الذي يليه 2007": the year said outright
        return When(year=year, calendar=_bare_calendar(year))
    if m["ndir"]:  # "مقارنة بالشهر الذي سبقه": the one before (or after) the period the text last named
        return None if this or m["y"] else When(rel_unit=unit, rel_offset=-1 if m["ndir"] == "سبق" else 1,
                                                       narrative=True)
    if m["y"]:  # "العام الماضي 2014": the year said outright
        if unit != "year" or not (m["dir"] or this in ("هذا", "هذه") and m["mark"]):
            return None  # "هذا العام 1436هـ" ("نهاية هذا العام 1436هـ"), not "هذا العام 2000 زائر"
        if not m["dir"]:
            before = _WORD_AND_CLITIC_BEFORE.search(c.before(m.start(), 16))
            if before is not None and c.lex.lookup("seasons", before.group(1)) is not None:
                # a season's: this (Gregorian) year's summer. "صيف هذا العام" is one phrase of the season rule,
                # which the year's mark does not take apart; "فصل الصيف لهذا العام 1436هـ" joins this year
                return When(rel_unit="year", rel_offset=0) if before.group(1).startswith("ال") else None
        year = int(m["y"])  # "العام الحالي 1436": Hijri, as a bare 1436 is
        return When(year=year, calendar=_calendar(c, m["mark"], _bare_calendar(year)))
    if m["last"]:  # "في العقد الأخير": the last decade, as "العقد الماضي"; not "وقع العقد الأخير" (a contract)
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        if this or before is None or before.group(1) not in c.lex.last_decade_after:
            return None
        return When(rel_unit=unit, rel_offset=-1)
    if unit == "decade" and this and not (m["dir"] or m["ndir"]):
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        word = before.group(1) if before else ""
        if word not in c.lex.this_decade_after and c.lex.lookup("fuzzy", word) is None:
            return None  # "بهذا العقد", "هذا العقد اللؤلؤي": a contract, a necklace; "نهاية هذا العقد" is a decade
    direction = _direction(c, m["dir"])
    if direction and m["dir"] in c.lex.directions_of_another and _OF_ANOTHER.match(c.text, m.end()):
        return None  # "في العام السابق للغزو": the year before the invasion, not last year
    if direction is None:
        if not this:
            return None
        after = _NEXT_DEFINITE.match(c.text, m.end()) if unit == "year" else None
        if after is not None and after.group(1) in c.lex.other_years:
            return None  # "الشركات ذات السنة المالية", "في ذات العام المالي": another kind of year, no date
        direction = 0
    if not this and (direction == 1 and m["dir"].startswith(_FOLLOWING)
                          or direction == -1 and m["dir"].startswith(_PRECEDING) and unit in _NAMED_OUTRIGHT
                          and c.before(m.start(), 3) != "من "):  # "الربع الأول من العام السابق": of last year, as before
        # "بدأ عام 2019، وفي العام التالي": the one after the period the text last named (after
        # the publication's only when the text named none), as "العام الذي تلاه"; "ارتفعت المبيعات
        # في يونيو 3% عن الشهر السابق": the one before it (May), as "الشهر الذي سبقه"
        return When(rel_unit=unit, rel_offset=direction, narrative=True)
    # "ذلك العام", "الشهر نفسه", "نفس الأسبوع": the period of the date the text last set
    narrative = this in _THAT or m["dir"] in _SAME
    if narrative and direction:
        return None
    return When(rel_unit=unit, rel_offset=direction, narrative=narrative)


_THAT = ("ذلك", "تلك", "نفس", "ذات")
_LIKE_THAT = kept(r"(?:^|(?<![\w])|(?<=(?<![\w])" + _CONJ + r"))ك$")  # the clitic ك (like) right before
_SAME = ("نفسه", "ذاته", "نفسها", "ذاتها")
_FOLLOWING = ("التالي", "اللاحق")  # and their feminines (folded: التاليه، اللاحقه)
_PRECEDING = ("السابق",)  # and its feminine (السابقه)
_NAMED_OUTRIGHT = ("month", "quarter", "year")  # "الشهر السابق" counts from the one named (tagger._outright)


def weekend(m: re.Match[str], c: Ctx) -> object:
    if not (m["dir"] or m["this"]):
        nxt = _NEXT_DEFINITE.match(c.text, m.end())
        if nxt is not None and c.lex.lookup("ordinals", nxt.group(1)[2:]) is not None:
            return None  # "نهاية الأسبوع الأول للبرنامج": the end of a week counted in something else, no weekend
    if m["rest"] and not (m["dir"] or m["this"]):
        return Recurring("XXXX-WXX-WE")  # "يخرجون في عطلة نهاية الأسبوع": weekends in general
    direction = _direction(c, m["dir"]) or 0
    return When(rel_unit="week", rel_offset=direction, weekend=True)


def weekly_rest(m: re.Match[str], c: Ctx) -> object:
    """"العطلة الأسبوعية المقبلة", "الإجازة الأسبوعية الماضية": the weekend of that week."""
    direction = _direction(c, m["dir"])
    return When(rel_unit="week", rel_offset=direction, weekend=True) if direction is not None else None


def next_n_units(m: re.Match[str], c: Ctx) -> object:
    unit_word = m["unit"]
    if m["n"] and unit_word.startswith("لل"):
        return None  # "في المئة للسنوات الخمس الماضية": a number before "للسنوات" is not its count
    unit, count = c.lex.lookup("span_units", unit_word) or c.lex.lookup("span_singulars", unit_word)
    direction = c.lex.lookup("span_directions", m["dir"])
    number = m["n"] or m["n2"]
    if number and number.startswith("ال"):  # "الأيام ال3 القادمة"
        number = number[2:].strip()
    n = _num(c, number) if number else (count if count == 2 else None)
    if number and " و" in number and (n is None or n % 10 == 0 or n < 21 or n > 99):
        return None  # "الساعات الأربع والعشرين" is 24; "الأشهر الثلاثة والاثني عشر" two counts
    if n is None:  # "الأيام المقبلة", "السنوات الماضية": no count, no bounds
        return Vague("PAST_REF" if direction < 0 else "FUTURE_REF")
    return _units_from_now(n, unit, direction)


def units_indefinite(m: re.Match[str], c: Ctx) -> object:
    """"في أعوام سابقة", "لسنوات قادمة": units with no article and no count, before or to come
    (PAST_REF, FUTURE_REF). Not after a count ("أربع سنوات قادمة" is four years, "عدة أيام ماضية" some days:
    the amount's rule, durations.py) nor "عقود" (contracts as often as decades: "عقود سابقة")."""
    before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
    if c.before(m.start(), 2).strip()[-1:].isdigit() or before is not None and _num(c, before.group(1)) is not None:
        return None
    past = c.lex.lookup("span_directions_bare", m["dir"]) < 0
    return Vague("PAST_REF" if past else "FUTURE_REF")


def last_n_units(m: re.Match[str], c: Ctx) -> object:
    """"آخر ثلاثة أيام", "آخر يومين", "خلال آخر 24 ساعة": the units just before the anchor. Not the last
    units of something named after ("آخر 20 دقيقة من المباراة", "آخر ثلاثة أيام من رمضان"); a singular
    after digits only after a ``last_count_after`` word or at a clause's start ("أصيب شاب آخر 27 سنة":
    another, aged 27)."""
    unit, count = c.lex.lookup("span_units_bare", m["unit"]) or c.lex.lookup("span_singulars", m["unit"])
    if _OF_SOMETHING.match(c.text, m.end()):
        return None
    if count == 1:
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        if before is not None and before.group(1) not in c.lex.last_count_after:
            return None
    if unit in c.lex.unit_played_in:  # "سجل هدفين في آخر ثماني دقائق": the match's minutes
        lo, hi = _sentence_of(c, m.start(), m.end())
        if _played_patterns(c.lex)[unit].search(c.text, lo, hi):
            return None
    n = _num(c, m["n"]) if m["n"] else count
    return _units_from_now(n, unit, -1) if n and (m["n"] or count == 2) else None


_OF_SOMETHING = kept(r"\s+من\s")  # the last units of what follows, not before now


@per_lexicon
def _played_patterns(lex: Lexicon) -> dict[str, re.Pattern[str]]:
    """Per unit, its units.yaml ``played_in`` words as word beginnings, after و ف ب and the article."""
    return {unit: re.compile(r"(?<!\w)" + _CONJ_B + r"?(?:ال|لل)?(?:" + "|".join(map(re.escape, words)) + ")")
            for unit, words in lex.unit_played_in.items()}


def _units_from_now(n: int, unit: str, direction: int) -> object:
    """The ``n`` whole units after (1) or before (-1) the anchor's; hours and minutes from
    the anchor's very moment."""
    if unit in ("hour", "minute"):  # "الساعتين القادمتين": from now on
        return Within(n, unit, direction)
    if direction > 0:
        return Range(When(rel_unit=unit, rel_offset=1), When(rel_unit=unit, rel_offset=n))
    return Range(When(rel_unit=unit, rel_offset=-n), When(rel_unit=unit, rel_offset=-1))


def _surname_told(c: Ctx, word: str, start: int) -> bool:
    """Whether the text before ``start`` named someone by ``word`` as a family name, after a given name or a
    title of ``surname_before`` ("رئيس اللجنة محمد الخميس"): news names a person once in full, then by the
    family name alone ("وكشف الخميس، عن", "وأعلن الخميس أن")."""
    first = _first_surname(c.text, word, c.lex.surname_before)
    return first > 0 and first + len(word) <= start


@functools.lru_cache(maxsize=16)
def _first_surname(text: str, word: str, titles: frozenset[str]) -> int:
    """Where ``text`` first names someone by ``word`` as a family name (after one of ``titles`` or a
    given name, not inside a longer word), else -1: read once per text and word, so a long article's
    many weekdays cost one pass each (scanning back from every weekday was quadratic)."""
    at = text.find(word, 1)
    while at > 0:
        before = _PREVIOUS_WORD.search(text[max(0, at - 16):at])
        if before is not None and before.group(1) in titles and not text[at + len(word):at + len(word) + 1].isalpha():
            return at
        at = text.find(word, at + 1)
    return -1


_NUMBER_OR_COMMA_BEFORE = kept(r"[\d،,]\s*$")  # "الخميس، 6 أغسطس" told back, "أمس، الخميس": a day
_DEFINITE_DUAL = kept(r"ال\w{2,}ين")  # a definite dual or plural noun, oblique as "الاثنين" (the two) agrees


def weekday(m: re.Match[str], c: Ctx) -> object:
    wd = c.lex.lookup("weekdays", m["wd"]) if m["wd"] else c.lex.lookup("weekdays_bare", m["wdb"])
    if wd is None:
        return None
    if m["cpar"] and not c.before(m.start(), 3).rstrip().endswith("("):
        return None
    direction = _direction(c, m["dir"])
    if m["wd2"] and direction is None:
        before = _PREVIOUS_WORD.search(c.before(m.start(), 16))
        if before is not None and before.group(1) in c.lex.surname_before:
            return None  # "أحمد الخميس", "الدكتور الجمعة": a family name
        if _surname_told(c, m["wd2"], m.start()) and not _NUMBER_OR_COMMA_BEFORE.search(c.before(m.start(), 4)) \
                and not (before is not None and clitic_prefixes().reads(before.group(1), c.lex.day_before_name, least=1)):
            return None  # "محمد الخميس … وأعلن الخميس أن": the family name told again, not Thursday ("في الخميس" is)
        if wd == 1 and before is not None and m["wd2"] == "الاثنين" and _DEFINITE_DUAL.fullmatch(before.group(1)):
            return None  # "المرشحين الاثنين", "المستوطنين الاثنين": the two, not Monday
    if m["ord"]:
        n = _num(c, m["ord"])
        if m["ord"].startswith("الاخير"):  # "الخميس الأخير", "الجمعة الأخيرة"
            return When(weekday=wd, nth=-1)
        if n is None:
            return None
        if n <= 5:
            return When(weekday=wd, nth=n, nth_after=True)
        return When(weekday=wd, day=n) if n <= 31 else None
    if direction is None and m["this"]:
        direction = 0
    return When(weekday=wd, direction=direction)


def weekday_day(m: re.Match[str], c: Ctx) -> object:
    """"الجمعة 15", "الخميس في 21", "الخميس في السابع": a weekday and that day of the month, at a
    clause's end (not "الجمعة 15 قتيلاً"); after في not an hour ("في 7", "في الخمسة",
    "في الثانية", "في الثالثة عشرة")."""
    wd, n = c.lex.lookup("weekdays", m["wd"]), _num(c, m["dnum"])
    first = m["dnum"].split()[0]
    if wd is None or n is None or not 1 <= n <= 31:
        return None
    ordinal = c.lex.lookup("ordinals", first) is not None
    if m["fi"] and ((n <= 12 and not ordinal) or (ordinal and first.endswith("ه") and "و" not in m["dnum"][len(first):])):
        return None
    return When(weekday=wd, day=n)


def day_of_month(m: re.Match[str], c: Ctx) -> object:
    """"عدت يوم 27.", "وتنتهي المهلة يوم 9،": a day of the month told with يوم and no month, at a
    clause's end (not "يوم 27 يوليو", "يوم 5 قتلى"; "اليوم 27" counts the days of something), or
    before its clock time, with يوم or في ("سأصل في 15 الساعة 8:00"); with ليلة, that day's night
    ("وصلنا ليلة 10.": the night of the 10th, as "ليلة 27 رمضان" is, never ten o'clock)."""
    n = _num(c, m["dnum"])
    if n is None or not 1 <= n <= 31:
        return None
    return When(day=n, part=c.lex.lookup("day_parts", "ليله")) if m["night"] else When(day=n)


def vague(m: re.Match[str], c: Ctx) -> object:
    if m["v"] == "قريبا" and _FROM_AFTER.match(c.text, m.end()) and not _soon_after(c, m.start()):
        return None  # "كان قريباً من الفوز", "ليكون قريباً منه": near to
    if m["v"] == "حالا" and (re.search(r"(?<!\w)" + _CONJ_B + r"?ا\w\w\w\s+$", c.before(m.start(), 9))
                             or re.match(r"\s+من\s", c.text[m.end():m.end() + 5])):
        return None  # "أفضل حالاً", "بأسوأ حالاً": better, worse off; "يثير حالاً من الحزن": a state of
    if m["v"] == "سابقا" and _INDEFINITE_ACCUSATIVE.search(c.before(m.start(), 24)):
        return None  # "عدل البنك اقتراحاً سابقاً", "مسؤولاً سابقاً": an adjective, a former one, no time
    v = c.lex.lookup("vague", m["v"])
    return Vague(v) if v else None


def _soon_after(c: Ctx, start: int) -> bool:
    """Whether the word before "قريباً" at ``start`` is a future verb (:func:`_will`) of no being (relative.yaml
    ``near_states``): "سيخرجون قريباً من المستشفى" is soon; "سيكون قريباً من الحل" near."""
    before = _PREVIOUS_WORD.search(c.before(start, 16))
    if before is None or not _will(c, before.group(1)):
        return False
    verb = _WILL.fullmatch(before.group(1))
    return verb is not None and verb["verb"][1:] not in c.lex.near_states


RULES: tuple[Rule, ...] = (
    # "يوم (أول من) أمس": a correction inserted in brackets; the match starts inside the bracket
    # (a key word) and the engine takes the bracket it closes (engine.Grammar.find)
    Rule("<relative day>", r"(?:(?:يوم|اليوم)\s+(?:الي\s+|الذي\s+|ال)?)?"
         r"(?:(?:\(\s?|(?<=\()|(?<=\(\s))(?P<ins>{rel_inserted})\s?\)\s*)?(?P<w>{rel_days})", relative_day, 1,
         starts='يوم اليوم {rel_days} {rel_inserted}'),
    Rule("<narrative day>", r"(?:صبيحه\s+)?(?P<w>{narrative})", narrative_day, 2,
         starts='صبيحه {narrative}'),
    Rule("<unit> <direction>",
         r"(?:(?P<this>هذا|هذه|ذلك|تلك|نفس|ذات)\s+|(?P<glued>{this_glued})(?=ال(?:اسبوع|شهر|عام|سنه)(?!\w)))?(?:ال|لل)(?P<unit>اسبوع|شهر|عام|سنه|عقد|قرن|ربع)"
         r"(?:\s+(?P<dir>{dir})|(?<=سنه)\s+(?P<fdir>{same_feminine})|\s+(?:الذي|التي)\s+(?P<ndir>سبق|يلي|تلا)(?:ه|ها)(?!\w)"
         r"|\s+(?P<cdir>{corresponding})(?=\s+(?:من\s+)?(?:لل|ل|ال)?(?:عام|سنه)(?!\w))"
         r"|(?<=عقد)\s+(?P<last>الاخير)(?!\w)(?!\s+(?:من|في|الذي)(?!\w)|\s+ل))?"
         r"(?:\s+(?P<y>(?:1[3-9]|20)\d\d)(?!\d)(?:\s*(?P<mark>{ym})(?!\w)|(?!\s*{ym})))?",  # a year, not an amount: "العام الحالي 7468 سائحاً"
         relative_period,
         starts='هذا هذه ذلك تلك نفس ذات هالاسبوع هالشهر هالعام هالسنه الاسبوع الشهر العام السنه العقد القرن الربع للاسبوع للشهر للعام للسنه للعقد للقرن للربع'),
    Rule("<hijri year> <direction>", r"(?:ال|لل)(?:عام|سنه)\s+الهجري(?:ه)?\s+(?P<dir>{dir})",
         lambda m, c: _hijri_year(c, m["dir"]), 1,
         starts='العام السنه للعام للسنه'),
    # the year at the turn; not one told with its number ("العام الجديد 1437", "السنة الجديدة عام 1437": Hijri)
    Rule("the new year", r"(?:ال|لل)(?:عام|سنه)\s+{turn_of_year}(?!\w)(?!\s+(?:(?:ال)?(?:عام|سنه)\s+)?\d)",
         new_year, 1,
         starts='العام السنه للعام للسنه'),
    Rule("rest of <period>", r"(?:بقيه|باقي|ما\s+تبقي\s+من|ما\s+بقي\s+من|(?:(?:ال)?فتره\s+)?(?:ال)?متبقيه\s+من)"
                             r"\s+(?:(?P<this>هذا)\s+)?ال(?P<unit>يوم|اسبوع|شهر|عام|سنه)(?:\s+(?P<dir>{dir}))?",
         rest_of_period, 2,
         starts='بقيه باقي ما_تبقي ما_بقي فتره الفتره متبقيه المتبقيه'),
    Rule("weekend", r"(?:(?P<rest>عطله|عطل)\s+(?:نهايه\s+)?|نهايه\s+)(?:(?P<this>هذا)\s+)?(?:ال)?اسبوع(?:\s+(?P<dir>{dir}))?",
         weekend, 2,
         starts='عطله عطل نهايه'),
    # "العطلة الأسبوعية المقبلة": the weekly rest with a direction is a weekend (with none, the rest days: sets.py)
    Rule("weekly rest <direction>", r"(?:ال)?(?:عطله|اجازه)\s+(?:ال)?اسبوعيه\s+(?P<dir>{dir})", weekly_rest, 2,
         starts='عطله العطله اجازه الاجازه'),
    # its own rule: "كل نهاية أسبوع", "نهاية كل أسبوع" are every weekend, whatever the tense
    Rule("every weekend", r"كل\s+(?:عطله\s+)?نهايه\s+(?:ال)?اسبوع|(?:عطله\s+)?نهايه\s+كل\s+اسبوع",
         lambda m, c: Recurring("XXXX-WXX-WE"), 3,
         starts='كل عطله نهايه'),
    Rule("<n> <units> next", r"(?:(?:ال\s?(?=\d))?(?P<n>\d+|{cardinals})\s+)?(?P<unit>{span_units}|(?<=\d ){span_singulars})"
                            r"(?:\s+(?P<n2>{cardphrase}|ال\s?\d{1,3}))?"
                            r"(?:\s+القليله)?\s+(?P<dir>{span_directions})",
         next_n_units, 2,
         starts='#_ ال {cardinals} {span_units}', follows='{span_units} {span_singulars}'),
    Rule("<units> next (indefinite)", r"(?<!عده )(?<!بضع )(?<!بضعه )(?P<unit>ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+"
                                      r"(?P<dir>{span_directions_bare})(?!\w)",
         units_indefinite, 1,
         starts='ايام اسابيع اشهر شهور سنوات اعوام'),
    Rule("last <n> <units>", r"اخر\s+(?:(?P<n>\d{1,3}|{cardinals})\s+(?P<unit>{span_units_bare}|(?<=\d ){span_singulars})"
                             r"|(?P<unit2>{span_units_bare}))(?!\w)",
         lambda m, c: last_n_units(_Swap(m), c), 1,
         starts='اخر'),
    # نهار after منتصف is the part of the day's ("منتصف نهار الخميس": Thursday's midday, day_parts.yaml), no "day"
    Rule("<weekday>", r"(?:(?P<this>هذا|هذه)\s+(?=(?:يوم\s+)?{weekdays}))?(?:(?:يوم|(?<!منتصف\s)نهار)\s+(?P<par>\(\s*)?(?:(?P<wdb>{weekdays_bare})|(?P<wd>{weekdays}))|(?P<wd2>{weekdays})|(?P<wdb2>{weekdays_bare})(?=\s+(?:من\s+)?(?:هذا\s+)?ال?اسبوع))"
                      r"(?(par)\s*\)(?=\s+{dir})|(?P<cpar>\s*\)(?=\s+{dir}))?)"  # "يوم ( الأحد ) المقبل", "(الخميس) الماضي"
                      r"(?:\s+(?P<ord>(?:{ordinals})(?:\s+عشر\w*|\s+و\s*ال(?:{cardinals}))?|الاخير|الاخيره(?=\s+(?:من|في)\s))(?=\s*(?:من|في|ب|$|[^\w\s])|\s+\w+\s))?(?:\s+(?P<dir>{dir}))?",
         lambda m, c: weekday(_Weekday(m), c),
         starts='هذا هذه يوم نهار {weekdays} {weekdays_bare}'),
    Rule("<weekday> <day of month>",
         r"(?:(?:يوم|نهار)\s+)?(?P<wd>{weekdays})\s*,?\s+(?P<fi>في\s+)?"
         r"(?P<dnum>(?:3[01]|[12]\d|0?[1-9])(?![\d]|[.,٫/:\-]\d)|(?<=في )(?:{ordinals}|{cardinals})(?:\s+و\s*(?:{ordinals}|{cardinals}))?)"
         r"(?=\s*(?:$|[.!?؟,،;؛)]))",
         weekday_day, 1,
         starts='يوم نهار {weekdays}'),
    Rule("<day of month>", r"(?:(?<!ال)(?:يوم|(?P<night>ليله))\s+|(?<=في )(?=\d{1,2}\s+(?:في\s+)?الساعه\s+\d))"
                           r"(?P<dnum>(?:3[01]|[12]\d|0?[1-9])(?![\d]|[.,٫/:\-]\d))"
                           r"(?=\s*(?:$|[.!?؟,،;؛)])|\s+(?:في\s+)?الساعه\s+\d)",
         day_of_month,
         starts='يوم ليله #_', follows='الساعه في'),
    Rule("<vague>", r"(?P<v>{vague})", vague,
         starts='{vague}'),
)
