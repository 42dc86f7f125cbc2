"""Which expressions of a clause date it, and which date nothing.

A clause holding several expressions gives one event per distinct date (an expression nested
in a finer one of the same clause, like ``مارس`` in ``5 مارس``, is dropped); cut-offs of counts
(``حتى يوم أمس``), durations (``لشهر واحد``), birth years, background ``منذ`` phrases and one that
measures a record (``أدنى مستوى منذ 30 يناير``), the term of a comparison (``مقارنة بالفترة
نفسها من العام الماضي``، ``بزيادة 2% عن العام الماضي``), a futures contract's month (``عقود
برنت تسليم سبتمبر``) or a salary's (``راتب شهر مايو``), a cited document's (``قرار مجلس الشورى
رقم (57/30) وتاريخ 25/6/1436هـ``), a recurrence (``كل يوليو``), a bound
(``قبل 20 أغسطس``، ``بعد عام 2003``), a since told of a relative clause's antecedent (``الحملة التي
تقودها السعودية منذ 26 مارس``), a season named alone with no future told (``في الصيف``: any
summer), ``اليوم`` meaning "these days" (``وهو اليوم أكبر مصرف``، ``تعد الهيئة اليوم``، ``حتى
اليوم``) and a bare ``اليوم``/``أمس`` inside speech reported in the pluperfect (``وكان القائد قال
إن القوات سيطرت اليوم``: the day of the saying, not given) date nothing (:func:`_dating`).
A dateline's clause dates nothing either (:func:`_is_dateline`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable

from timeline._event_cues import (_COMMA, _CONJ, _DEFINITE_WORD, _DIGIT, _DateCues, _SENTENCE_END, _WORD, _date_cues,
                                  _fold_window, _naive)
from timeline._programs import kept
from timeline._sentences import Clause, _chrome
from timeline._spans import SpanIndex
from timeline._types import Anchor, Grain, Timex, TimexType, day_of
from timeline._yaml import load_language_yaml
from timeline.anchors import RECALLED_AGO, recalled_date
from timeline.happenings import load_triggers
from timeline.leads import Told, _tense_of, opening_tense, told_window
from timeline.lexicon import (COMMAS, SENTENCE_ENDS, attached_pronouns, clitic_prefixes, load_lexicon, marks, relative_pronouns,
                              unjoined)
from timeline.normalize import fold
from timeline.tense import future_verb, perfect_verb
from timeline.places import PlaceMention
from timeline.verbs import load_shapes, nearest_first


# short vowels, shadda, sukun, the dagger alef and the tatweel: dropped before a quick substring test
_NO_MARKS = kept("[\u064b-\u0652\u0670\u0640]")
_DATELINE_WORDS = 6  # a dateline's words outside its dates: towns, an agency's name
# a number right after a cut-off (بلغ عدد القتلى حتى مساء أمس، 23 قتيلا): the count it closes
_COUNT_AFTER = kept(r"[\s،,]*(?:\(\s*)?[\d\u0660-\u0669]")
# how many words before the narrative's date may say it dates a subordinate clause
_SUBORDINATE_REACH = 4
# how many first words of a clause may hold the relative pronoun of its subject (قطعة الحطام التي)
_SUBJECT_WORDS = 3
# parts of the tagger's rule names that name a day (a weekday, a day of a month): such an
# expression keeps its day whoever counts it
_NAMED_DAY = ("<weekday>", "<day>", "<month>", "<holiday>", "dd/mm", "weekend")


def _inside_any(spans: list[Timex]) -> Callable[[Timex], bool]:
    """Whether an expression lies inside one of ``spans`` (start ≥ its start, end ≤ its end):
    the furthest end of the spans starting at or before it, by bisection."""
    ordered = sorted(spans, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    furthest = list(itertools.accumulate((p.end for p in ordered), max))

    def inside(t: Timex) -> bool:
        i = bisect_right(starts, t.start)
        return i > 0 and furthest[i - 1] >= t.end
    return inside


def _is_dateline(text: str, clause: Clause, timexes: SpanIndex[Timex], places: SpanIndex[PlaceMention]) -> bool:
    """Whether ``clause`` is a dispatch's dateline: outside its dates, only place names and
    the wire agency's name (``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``), at most
    :data:`_DATELINE_WORDS` words, an agency's name among them (a town and a date alone may be
    a fragment of a sentence: ``أبوظبي خلال شهر سبتمبر المقبل``)."""
    agencies, function_words = _chrome().agencies, _date_cues().function_words
    named: list[tuple[int, int]] | None = None  # the places of the clause, read at its first word
    words, signed = 0, False  # an agency's name (not only a letter of ا ف ب) closes it
    for m in _WORD.finditer(text, clause.start, clause.end):
        if timexes.touches(m.start(), m.end()):
            continue
        word = _fold_window(text, m.start(), m.end())
        if word in function_words or word.isdigit() or len(word) < 2 and word not in agencies:
            continue
        words += 1
        if named is None:
            named = [(p.start, p.end) for p in places.touching(clause.start, clause.end)]
        town = any(a <= m.start() and m.end() <= b for a, b in named)
        if words > _DATELINE_WORDS or not (town or word in agencies):
            return False
        signed = signed or (word in agencies and not town and len(word) >= 3)
    return signed


def _the_day(t: Timex) -> Timex:
    """``t`` widened to the day it starts in when it is finer than a day (a date shared with
    another happening tells its day, not its hour), else ``t`` itself."""
    if t.interval is None or t.grain is None:
        return t
    first, last, grain = day_of(*t.interval, t.grain)
    if grain is t.grain:  # a day or coarser
        return t
    return dataclasses.replace(t, value=first.date().isoformat(), grain=grain, interval=(first, last), mod=None)


def _distinct_dates(timexes: list[Timex]) -> list[Timex]:
    """Drop expressions whose interval holds a finer expression of the same clause."""
    chosen: list[Timex] = []
    for t in timexes:
        assert t.interval is not None
        covered = False
        for other in timexes:
            if other is t or other.interval is None:
                continue
            inner = t.interval[0] <= other.interval[0] and other.interval[1] <= t.interval[1]
            if inner and (other.interval != t.interval or other.start < t.start):
                covered = True
                break
        if not covered:
            chosen.append(t)
    return chosen


def _after_comma(text: str, at: int) -> int | None:
    """Where the words after the comma ending at ``at`` start (past its spaces), or None when ``at``
    follows no comma (spaces passed over)."""
    if text[max(0, at - 8):at].rstrip()[-1:] not in ("،", ","):
        return None
    return len(text) - len(text[at:].lstrip()) if text[at:at + 1].isspace() else at


@functools.lru_cache(maxsize=None)
def _attribution(code: str = "ar") -> re.Pattern[str]:
    """``attribution_tails`` of ``lang/<code>/event_dates.yaml``, folded, و glued or not, a whole word
    (read on folded text)."""
    tails = sorted({fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["attribution_tails"]},
                   key=len, reverse=True)
    return re.compile(r"و?(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in tails) + r")(?!\w)")


# an attribution tail ends at a comma or a sentence's end, not at a semicolon or a colon (PHRASE_END)
_TAIL_END = kept(marks(COMMAS, SENTENCE_ENDS))


@functools.lru_cache(maxsize=None)
def _telling_venues(code: str = "ar") -> tuple[str, ...]:
    """``telling_venues`` of ``lang/<code>/event_dates.yaml``, folded: the stems of the occasion a
    telling names (مؤتمر صحافي، بيان، مقابلة)."""
    return tuple(sorted({fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["telling_venues"]}))


def _names_a_venue(text: str, at: int) -> bool:
    """Whether the tail opening at ``at`` names the occasion of its telling before the next comma or
    stop (``بحسب ما ذكر أمس في مؤتمر صحافي بسيول``): the telling is a happening of its own."""
    stop = _TAIL_END.search(text, at, at + 200)
    words = _WORD.findall(_fold_window(text, at, stop.start() if stop else min(len(text), at + 200)))
    stems, clitics = _telling_venues(), clitic_prefixes().prefixes()  # في المؤتمر، بالبيان، وللمقابلة
    return any(w[k:].startswith(stems) for w in words for k in range(5) if k < len(w) - 2 and w[:k] in clitics)


def _attribution_tail(text: str, at: int) -> bool:
    """Whether ``at``, right after a comma, opens an attribution tail (:func:`_attribution`: ``،
    بحسب ما أفاد مصدر أمني الاثنين``): the telling of what comes before the comma. Not when the
    tail names where it was told (:func:`_names_a_venue`): that telling is a happening of its own."""
    return (_after_comma(text, at) == at and _attribution().match(_fold_window(text, at, at + 24)) is not None
            and not _names_a_venue(text, at))


def _attributed(text: str, clause: Clause, t: Timex, earlier: list[Timex]) -> bool:
    """Whether ``t`` lies in an attribution tail (:func:`_attribution_tail`) after another date of
    ``earlier`` in ``clause``: the report's day beside the happening's dates nothing."""
    for m in _COMMA.finditer(text, clause.start, t.start):
        at = _after_comma(text, m.end())
        if at is not None and _attribution_tail(text, at) and any(k.end <= m.start() for k in earlier):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _ahead_spans(code: str = "ar") -> frozenset[str]:
    """``ahead_spans`` of ``lang/<code>/event_dates.yaml``, folded: the words opening a span to come
    when a present tells it (``في غضون 24 ساعة``، ``خلال يومين``)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["ahead_spans"])


def _tail_alone(text: str, clause: Clause, t: Timex, earlier: list[Timex]) -> int | None:
    """The comma of the attribution tail (:func:`_attribution_tail`) ``t`` lies in alone: opened
    after words of ``clause`` and after no date of ``earlier``, ``t`` before its next comma or stop
    and before any complementizer in it (``وفق ما نشره الموقع الذي ذكر أن أول مدرب تولى المهمة قبل
    55 عاما``: a thing of its own); None when ``t`` lies in no such tail."""
    m = None
    for m in _COMMA.finditer(text, clause.start, t.start):  # the last comma: a tail ends at the next one
        pass
    at = _after_comma(text, m.end()) if m is not None else None
    if m is None or at is None or _TAIL_END.search(text, at, t.start) is not None \
            or not _WORD.search(text, clause.start, m.start()) or any(k.end <= m.start() for k in earlier) \
            or not _attribution_tail(text, at):
        return None
    words = _WORD.findall(_fold_window(text, at, t.start))
    return None if any(unjoined(w) in _date_cues().complementizers for w in words) else m.start()


def _span_ahead(text: str, clause: Clause, u: Timex) -> bool:
    """Whether the duration ``u`` is opened by a word of :func:`_ahead_spans`, in it or right before
    it (``في غضون 24 ساعة``، ``خلال يومين``; not an age, ``فتاة (15 عاما)``)."""
    words = _WORD.findall(_fold_window(text, u.start, u.end))[:1] \
        + _WORD.findall(_fold_window(text, max(clause.start, u.start - 12), u.start))[-1:]
    return any(unjoined(w) in _ahead_spans() for w in words)


def _as_reported(text: str, clause: Clause, t: Timex, earlier: list[Timex], spans: SpanIndex[Timex]) -> Timex | None:
    """``t`` as it dates the happening of ``clause`` when it is the report's day of an attribution
    tail it lies in alone (:func:`_tail_alone`: ``قتل خمسة جنود، بحسب ما أفاد مصدر أمني الاثنين``), by
    how the clause before the tail opens (:func:`timeline.leads.opening_tense`): told done, the window
    of that day or the day before (:func:`timeline.leads.told_window`); told ahead (``سيخضع``، a present
    with a span to come: ``يخضع … في غضون 24 ساعة``, :func:`_span_ahead`), None: the report's day is not
    its day; else (a state told in the present, ``تستعد كوريا``; no verb read) ``t`` itself."""
    comma = _tail_alone(text, clause, t, earlier)
    if comma is None:
        return t
    tense = opening_tense(_fold_window(text, clause.start, comma))
    if tense is Told.NOW and any(u.type is TimexType.DURATION and _span_ahead(text, clause, u)
                              for u in spans.starting_in(clause.start, comma)):
        tense = Told.AHEAD
    return told_window(t) if tense is Told.DONE else None if tense is Told.AHEAD else t


def _reported_past(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` counts from "now" to a day or finer without naming its day (``اليوم``,
    ``أمس``, ``الليلة``; not ``اليوم الاثنين``, ``يونيو الماضي``) and sits in speech reported
    in the pluperfect (``وكان القائد قد قال … إن القوات سيطرت اليوم``): it counts from the
    day of the saying, which the sentence does not give (``reported_past`` of
    ``lang/ar/event_dates.yaml``)."""
    if (t.anchor is not Anchor.PUBLISHED or t.grain is None or t.grain.rank > Grain.DAY.rank
            or _names_a_day(t.rule)):
        return False
    said_words = _fold_window(text, clause.sentence_start, t.start)
    opening = _WORD.search(said_words)  # the first word first: the rest is read only after an opener
    if opening is None or unjoined(opening.group()) not in cues.reported_past_openers:
        return False
    words = _WORD.findall(said_words)
    said = False
    for word in words[1:]:
        if said and word in cues.complementizers:
            return True
        said = said or unjoined(word) in cues.speech_verbs
    return False


@functools.lru_cache(maxsize=1024)
def _names_a_day(rule: str) -> bool:
    """Whether a tagger's rule name holds a part of :data:`_NAMED_DAY` (read once per rule)."""
    return any(part in rule for part in _NAMED_DAY)


def _dating(text: str, clause: Clause, own: list[Timex], published: dt.datetime | None = None) -> list[Timex]:
    """The expressions of a clause that may date its happening: not a birth year or a
    holiday (``background``), not a futures contract's delivery month (``عقود برنت تسليم
    سبتمبر``: ``contract``), not a cut-off after a count (``قتل 30 حتى أمس``), not a
    background "since" coarser than a day or beside another date (``منذ ربيع 2019``), not
    a unit glued to ل (``لشهر واحد``: a duration, for one month), not a year in brackets
    after a noun (``استقلال الجنوب (1967)``: that noun's year), not a bare day counted
    from "now" inside pluperfect reported speech (:func:`_reported_past`), not a salary's
    month (``pay``), a cited document's date (:func:`_cited`), a recurrence (``recurring``), a
    bound (:func:`_bound`), a season named alone (:func:`_any_season`), "these days"
    (:func:`_these_days`), a since measuring a record or told of an antecedent
    (:func:`_since_a_record`, :func:`_since_of_antecedent`), the term of a comparison
    (:func:`_compared`), and, beside another date, not a comparison's or a relative clause's
    (:func:`_secondary`), the period results cover (:func:`_a_results_period`: ``سجلت الشركة خسائر خلال الربع
    الثاني``), nor, given the publication, a year naming an edition or a plan
    (:func:`_names_an_edition`), a date an anniversary recalls (:func:`_recalled`) or the period
    released figures cover (:func:`_a_figures_period`, and an earlier level compared after it:
    :func:`_after_a_figures_period`). A cut-off closes a count when a number comes before it in the clause
    or right after it (``بلغ عدد القتلى حتى مساء أمس 23``)."""
    cues = _date_cues()
    chosen = []
    contract = False  # a futures contract's month: the clause tells the day's trading
    beside = False  # a background since's date dropped beside another: what is left may be secondary
    for t in own:
        before = [unjoined(w) for w in _WORD.findall(_fold_window(text, max(clause.start, t.start - 40), t.start))[-2:]]
        opening = _WORD.search(_fold_window(text, t.start, t.end))
        first = opening.group() if opening is not None else ""
        if before and before[-1] in cues.contract and (t.grain is Grain.MONTH
                                                       or load_lexicon().lookup("months", first) is not None):
            contract = True  # (only a month: "وتم تسليم أمس 50 طنا" is a delivery yesterday)
            continue
        if before and before[-1] in cues.pay and t.grain is Grain.MONTH:
            continue  # راتب شهر مايو: the month the pay is for
        if before and before[-1] in cues.recurring and t.grain is not None and t.grain.rank < Grain.YEAR.rank:
            continue  # كل يوليو، يوميا من الساعة العاشرة: a recurrence, not one happening's time
        if _cited(text, clause, t, cues):
            continue  # قرار مجلس الشورى رقم (57/30) وتاريخ 25/6/1436هـ: the cited document's date
        if _declared_off(text, clause, t, own, cues):
            continue  # وأعلن الخميس إجازة عامة: the holiday's day, not the declaration's
        if not cues.background.isdisjoint(before) or _reported_past(text, clause, t, cues) \
                or _these_days(text, clause, t, before, cues) or _bound(t, before, cues) \
                or _any_season(text, clause, t, cues):
            continue
        if published is not None and _names_an_edition(text, clause, t, cues, published):
            continue  # حقوق النقل لكوبا أمريكا أعوام 2015 و2019 و2023: which editions, not when
        if published is not None and _recalled(text, clause, t, published):
            continue  # في الذكرى الأولى لمقتل الشاب العام الماضي: the killing's year, not the commemoration's
        if _a_results_period(text, clause, t, own, cues):
            continue  # سجلت الشركة خسائر خلال الربع الثاني: the results' quarter, not the day they were told
        if published is not None and (_a_figures_period(text, clause, t, cues, published)
                                      or _after_a_figures_period(text, clause, t, own, cues, published)):
            continue  # وهبط الين متأثرا بمسح أظهر انكماش الصادرات في يونيو: the survey's month, not the fall's
        if published is not None and _expected(text, clause, t, cues, published):
            continue  # التكهنات بأن يرفع المصرف الفائدة الشهر المقبل: the expected act's time, not the clause's
        if _averted(text, clause, t, cues):
            continue  # سيتطلب تدهورا كبيرا كي لا يؤيد رفع الفائدة في سبتمبر: what may not happen, no happening's time
        if _projected(text, clause, t, cues):
            beside = beside or len(own) > 1  # … من 5.3 مليارات متوقعة للعام 2015 إلى 13.2 مليار عام 2023:
            continue  # the starting amount's year is no date of the happening either
        since = first in cues.since or (before and before[-1] in cues.since) or t.mod == "ON_OR_AFTER"
        if since and _since_a_record(text, clause.start, t, cues, published):  # a record's term: a date before it is the
            beside = beside or any(o.start > t.start for o in own)  # predicate's (نزل الذهب في موجة البيع التي
            continue  # شهدها يوم 20 يوليو … ليسجل أدنى مستوياته منذ فبراير); one after it may be the record's
            # own day (مقتربا من أدنى مستوى له منذ فبراير 2009 الذي بلغه الثلاثاء), secondary as before
        if since and (len(own) > 1 or t.grain is None or t.grain.rank > Grain.DAY.rank and not _since_ago(text, clause, t, cues)
                      or _opens_a_tally(text, clause, t, cues) or _since_of_antecedent(text, clause, t, cues)):
            beside = beside or len(own) > 1
            continue
        glued = text[t.start - 1:t.start] if t.start > clause.start else ""
        if glued in cues.for_duration and first in cues.units and _an_amount(t):
            continue  # لشهر واحد: for one month; not ليوم الخميس 6 أغسطس (adjourned to that day)
        if t.grain is Grain.YEAR and t.text.isdigit() and _after_a_noun_in_brackets(text, clause, t, cues):
            continue  # "قبل استقلال الجنوب عن بريطانيا (1967)": the year of the noun it follows
        cut = first in cues.cut_off or (before and before[-1] in cues.cut_off)
        if cut and (re.search(r"\d", _fold_window(text, clause.start, t.start))
                    or _COUNT_AFTER.match(text, t.end, clause.end)) \
                and (t.grain is None or t.grain.rank > Grain.HOUR.rank
                     or _SPAN_FROM.search(_fold_window(text, max(clause.start, t.start - 32), t.start))):
            continue  # (told to the hour, حتى الساعة الواحدة ظهراً: a release's time stamp, the count's statement;
            # not the end of a span of hours, يفتح يومياً من 4.30 وحتى 12 مساء)
        chosen.append(t)
    # beside an earlier date, a date after "until" ends a span or sets a deadline (يبدأ المنتخب اليوم
    # معسكرا يستمر حتى 25 الجاري، جدد اليوم عقده حتى 2019): the earlier one is the happening's
    chosen = [t for k, t in enumerate(chosen) if not (k and _until(text, clause, t, cues))]
    # … and, alone, after a term's noun (وقع عقدا جديدا لأربع سنوات حتى 2019): it ends the term, not the act's date
    if len(chosen) == 1 and _ends_a_term(text, clause, chosen[0], cues):
        chosen = []
    # … and a span of the last years or months before a day of the clause told after it, no comma between,
    # tells what its noun has been over them (أعلن النادي بطل الدوري في الأعوام الثلاثة الماضية أمس تعاقده):
    # the day is the act's (not …خلال الأسبوعين الأخيرين…، حيث استقرت القيمة بنهاية الأسبوع الماضي)
    if published is not None:
        chosen = [t for k, t in enumerate(chosen)
                if not (_recent_span(t, published) and any(_a_day_or_finer(u) and not _COMMA.search(text, t.end, u.start)
                                                           for u in chosen[k + 1:]))]
    # … and a date a word or two after an "after" (في 5 يونيو 1975 في أعقاب حرب أكتوبر) is what it governs
    chosen = [t for k, t in enumerate(chosen) if not (k and (_of_a_happening_before(text, clause, t)
                                                            or _of_a_happening_during(text, clause, t, chosen[:k])))]
    # … unless the dates before the tail are a relative clause's telling a happening apart from the
    # predicate's: then the tail's day is the telling of the predicate, the relative clause's date its
    # antecedent's (عثر المحققون على جثث مسلحين قتلوا في هجوم السابع من أغسطس، بحسب ما أفاد مصدر الاثنين)
    if published is not None:
        chosen = _tail_over_relative(text, clause, chosen, cues)
    # … and a date in an attribution tail after another date is the report's (قتل … أمس، حسبما أفاد … اليوم)
    chosen = [t for k, t in enumerate(chosen) if not (k and _attributed(text, clause, t, chosen[:k]))]
    # … and, for the events (the cuts, asking without the publication, cut such a clause off when it tells
    # a happening apart), a date in a relative clause opened after another date is its antecedent's
    # (أطلق الليلة الماضية سراح الرهينة التي كانت خطفت باليمن في فبراير الماضي: the kidnapping's month)
    if published is not None:
        chosen = [t for k, t in enumerate(chosen) if not (k and _relative_after(text, clause, t, chosen[:k], cues))]
    if beside and len(chosen) == 1 and relative_pronouns().intersection(_WORD.findall(fold(clause.text[:40]))[:_SUBJECT_WORDS]):
        beside = False  # قطعة الحطام التي عثر عليها الأسبوع الماضي تعود إلى الطائرة المفقودة منذ 2014: the
        # subject's relative clause frames the sentence
    if len(chosen) > 1 or contract or beside and chosen:  # beside the predicate's date, a comparison's or a
        # relative clause's dates nothing; beside a contract's month neither (عقود الخام تسليم سبتمبر …
        # متعافية من أدنى مستوياتها الذي سجلته الإثنين: the low's day, not the day's rise), nor beside a
        # background since (ومنذ 2009 يخوض الفريق البطولة التي انطلقت قبل 20 عاما خارج أرضه)
        main = [t for t in chosen if not _secondary(text, clause, t, cues)]
        chosen = main if contract or len(chosen) == 1 else main or chosen
    return [t for t in chosen if not _compared(text, clause.start, t, cues)]


# how many words may stand between an edition's noun and its year (دورة الألعاب الأولمبية الشتوية لعام 2002)
_EDITION_REACH = 4
_LISTED_WORD = kept(r"و?\d{4}")  # a year of a list, folded (و2019)


def _bare_in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (folded), with its clitics or the article off (:func:`clitic_prefixes`), is
    one of ``words`` (a noun of lang/ar/event_dates.yaml's edition lists)."""
    return any(word.startswith(p) and word[len(p):] in words for p in clitic_prefixes().prefixes())


def _names_an_edition(text: str, clause: Clause, t: Timex, cues: _DateCues, published: dt.datetime) -> bool:
    """Whether the year ``t``, written in figures, names an edition or a plan (``edition_nouns``
    of ``lang/ar/event_dates.yaml``, else a season's adjective (``year_adjectives`` of happenings.yaml:
    «والشتوية 2022 في الصين»), at most :data:`_EDITION_REACH` words before it, no
    ``edition_breaks`` between: «كأس العالم 2022»، «دورة الألعاب الشتوية لعام 2002») rather than
    dating the clause: when the edition is an object (``edition_objects`` right before its name:
    ``حق استضافة دورة …``، ``المؤهلة لكأس العالم 2018``), or when the year is ahead of the
    publication and the clause tells neither the edition held or joined (``edition_held``: ``ستقام
    كأس العالم 2022``) nor something done in it (``edition_in`` before its name: ``في دورة الألعاب
    المقررة عام 2016``). A happening's year is no edition's (``ثورة 2011``)."""
    if t.grain is not Grain.YEAR or t.interval is None:
        return False
    written = _WORD.findall(fold(t.text))  # one figure and year words: «لعام 2002»، «2018 م»، «و2019»
    if sum(1 for w in written if _LISTED_WORD.fullmatch(w)) != 1 or not all(
            _LISTED_WORD.fullmatch(w) or _bare_in(w, cues.edition_year_words) for w in written):
        return False
    words = _WORD.findall(_fold_window(text, max(clause.start, t.start - 80), t.start))
    words += [w for w in written if not w[-1:].isdigit()]
    while words and (_bare_in(words[-1], cues.edition_year_words) or words[-1] == "و"
                     or _LISTED_WORD.fullmatch(words[-1])):
        words.pop()  # back over the year word and the years listed before (أعوام 2015 و2019)
    at = adjective = None
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _EDITION_REACH), -1):
        if _bare_in(words[k], cues.edition_breaks) or _DIGIT.search(words[k]):
            break
        if _bare_in(words[k], cues.edition_nouns):
            at = k
            break
        if adjective is None and _bare_in(words[k], cues.edition_adjectives):
            adjective = k  # «(الشتوية 2018 في كوريا)»: the name's noun left out; a noun before it still heads it
    if at is None:
        at = adjective
    if at is None or at and (_DIGIT.search(words[at - 1]) or _bare_in(words[at - 1], cues.edition_amounts)):
        return False  # 18 مليون يورو في 2016: a currency
    while at and _bare_in(words[at - 1], cues.edition_nouns):
        at -= 1  # the name's head: «نهائيات كأس آسيا 2019»
    if any(_bare_in(w, cues.edition_objects) for w in words[max(0, at - 2):at]):
        return True
    if _naive(t.interval[0]).year <= _naive(published).year or at and _bare_in(words[at - 1], cues.edition_in):
        return False
    held = _WORD.findall(_fold_window(text, clause.start, t.start))
    return not any(unjoined(w) in cues.edition_held for w in held)


# how many words before a month or quarter a release of the figures that cover it may stand
# (بعدما قالت إدارة المصنع الذي يملكه رجل أعمال محلي إن صادراته إلى الأسواق المجاورة تراجعت في يونيو)
_FIGURE_REACH = 16
# how many words before a release its opener may stand (بعد ساعات من نشر، بعد أن أعلن، مدعوما بتقرير)
_OPENER_REACH = 3


def _begins_after(t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` (resolved) begins after the publication: a day or a longer span after its day (the
    publication's hour, or its having none, changes nothing: «اليوم» is never told ahead, a month begun on
    the publication's day has begun), a finer time after its moment (``مساء اليوم`` told at noon)."""
    if t.interval is None:
        return False
    start, told = _naive(t.interval[0]), _naive(published)
    return start.date() > told.date() if t.grain.rank >= Grain.DAY.rank else start >= told


def _a_figures_period(text: str, clause: Clause, t: Timex, cues: _DateCues, published: dt.datetime) -> bool:
    """Whether the month or quarter ``t``, begun before the publication, is the period figures
    cover that were released at what the clause tells (``figure_*`` of
    ``lang/ar/event_dates.yaml``): within :data:`_FIGURE_REACH` words before it, a release after
    an opener (``figure_openers`` at most :data:`_OPENER_REACH` words before: «في أعقاب نشر أرقام»،
    «مدعوما بتقرير»، «بعدما أعلن المصرف») or a released noun with what it shows right after it
    («أرقام تشير») or, the verb first, right before it («وأظهرت بيانات نشرت الخميس نمو الاقتصاد في
    الربع الثاني»: the release's Thursday, not the growth's quarter), then a figure (``figure_nouns``,
    or the released noun itself) before ``t``: «وهبط الين متأثرا بمسح حكومي أظهر انكماش الصادرات في يونيو» tells the yen's fall, not June's. A
    clause that tells the figure itself keeps its period («ارتفعت المبيعات في يوليو 5%»)."""
    if t.grain not in (Grain.MONTH, Grain.QUARTER) or t.interval is None or _begins_after(t, published):
        return False
    words = _WORD.findall(_fold_window(text, clause.start, t.start))[-_FIGURE_REACH:]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        released = (_bare_in(word, cues.figure_releases)
                    and any(_bare_in(w, cues.figure_openers) for w in words[max(0, at - _OPENER_REACH):at])) \
            or (_bare_in(word, cues.figure_release_nouns)
                and (at + 1 < len(words) and words[at + 1] in cues.figure_showing
                     or at > 0 and _bare_in(words[at - 1], cues.figure_showing)))
        if released and any(_bare_in(w, cues.figure_nouns) for w in words[at:]):
            return True
    return False


def _after_a_figures_period(text: str, clause: Clause, t: Timex, own: list[Timex], cues: _DateCues,
                            published: dt.datetime) -> bool:
    """Whether the month or quarter ``t``, begun before the publication, follows a figures' period of its
    clause (:func:`_a_figures_period`) with an amount between: the figure's earlier level it is compared
    with («وأشار المسح إلى أن الإنتاج ارتفع إلى 32 مليون برميل في يوليو من 31.8 مليون بعد التعديل في
    يونيو»: June is the survey's too, however many words after the release it stands)."""
    if t.grain not in (Grain.MONTH, Grain.QUARTER) or t.interval is None or _begins_after(t, published):
        return False
    return any(o.end <= t.start and _DIGIT.search(text, o.end, t.start)
               and _a_figures_period(text, clause, o, cues, published) for o in own if o is not t)


# how many words before a date told ahead a noun of what is expected may stand (التكهنات بأن يرفع مجلس الاحتياطي
# الاتحادي (البنك المركزي الأمريكي) أسعار الفائدة الشهر المقبل: 10)
_EXPECTED_REACH = 12
_EXPECTED_BREAK = kept(r"[،,:؛;]")  # a comma or a colon: what follows is no longer the expectation's


def _expected(text: str, clause: Clause, t: Timex, cues: _DateCues, published: dt.datetime) -> bool:
    """Whether ``t``, told ahead of the publication, is the time of an act expected (``expected_nouns`` of
    lang/ar/event_dates.yaml, within :data:`_EXPECTED_REACH` words before it, no comma, colon or open
    quote between (a name quoted whole is no break: «مجلس الاحتياطي "البنك المركزي"»), no word of a time
    set (``expected_stops``) nor a relative pronoun (a relative clause's date is its own verb's), no verb
    (:func:`timeline.leads.opening_tense` of the word) but after a complementizer (a verb with none
    before it is the clause's own, the noun in a phrase fronted: «ورغم التوقعات بخسارته سيخوض الفريق
    المباراة غدا»)):
    «وعززت البيانات التكهنات بأن يرفع المصرف الفائدة الشهر المقبل» tells the data's effect, not September's; «وتشير التوقعات إلى ارتفاع
    الإيرادات عام 2023» a forecast, not 2023's happening."""
    if t.interval is None or not _begins_after(t, published):
        return False
    lo = max(clause.start, t.start - 160)
    window = _fold_window(text, lo, t.start)
    cut = max((m.end() for m in _EXPECTED_BREAK.finditer(window)), default=0)
    cut = max(cut, _open_quote(window, cut))
    words = _WORD.findall(window, cut)[-_EXPECTED_REACH:]
    relatives = relative_pronouns()
    verb = False  # a verb between the noun and the date, no complementizer before it: the clause's own
    for word in reversed(words):
        bare = unjoined(word)
        if word in cues.expected_stops or bare in cues.expected_stops or word in relatives or bare in relatives:
            return False  # a time set, or a relative clause's own verb (الانتخابات التي ستعلن نتائجها في 12 سبتمبر)
        if _bare_in(word, cues.expected_nouns):
            return not verb  # رغم التوقعات بخسارته سيخوض الفريق المباراة غدا: the match's day
        if bare in cues.complementizers:
            verb = False  # التكهنات بأن الوزير يغادر منصبه: the act expected
        elif _tense_of(word) is not None:
            verb = True
    return False


_AVERTED_REACH = 10


def _averted(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is told in a denied purpose clause (``averted_purpose`` of lang/ar/event_dates.yaml: كي لا،
    لئلا، حتى لا, a conjunction glued) opened within :data:`_AVERTED_REACH` words before it, no comma, colon or
    open quote between: the time of an act the clause's own is done to avert («إن الأمر سيتطلب تدهورا كبيرا
    كي لا يؤيد رفع أسعار الفائدة في سبتمبر»), which may not happen; it dates nothing."""
    if not cues.averted_purpose:
        return False
    window = _fold_window(text, max(clause.start, t.start - 160), t.start)
    cut = max((m.end() for m in _EXPECTED_BREAK.finditer(window)), default=0)
    cut = max(cut, _open_quote(window, cut))
    told = _WORD.findall(window, cut)[-_AVERTED_REACH - 1:]
    words = [unjoined(w) for w in told]
    averted = cues.averted_purpose
    opened = [i for i, (w, after) in enumerate(zip(words, [*words[1:], ""])) if w in averted or f"{w} {after}" in averted]
    return bool(opened) and not any(_new_clause(w, cues) for w in told[opened[-1] + 1:])


def _new_clause(word: str, cues: _DateCues) -> bool:
    """Whether a folded word opens a new clause of the sentence after a denied purpose (``averted_ends``: ثم; a
    perfect or future verb with و/ف glued, an attached pronoun dropped: وقال، وأحالته، وسيزور), whose date is its own."""
    if word in cues.averted_ends:
        return True
    bare = unjoined(word)
    if bare == word:
        return False
    return any(perfect_verb(form) or future_verb(form) for form in
               (bare, *(bare[:-len(p)] for p in attached_pronouns() if bare.endswith(p) and len(bare) - len(p) >= 3)))


def _open_quote(window: str, lo: int) -> int:
    """Where the words after a quote opened in ``window[lo:]`` and not closed there begin (a straight quote
    of an odd count, the last «/“ after the last »/”), else 0: a quoted name is read through."""
    at = 0
    if window.count('"', lo) % 2:
        at = window.rfind('"', lo) + 1
    opened = max(window.rfind("«", lo), window.rfind("“", lo))
    if opened > max(window.rfind("»", lo), window.rfind("”", lo)):
        at = max(at, opened + 1)
    return at


# how many words before the word governing a period the results noun may stand (خسائر قدرها 945.4 مليون ريال
# (1.23 ريال/ للسهم)، بنهاية النصف الأول: 7; نتائجها المالية غير المدققة للفترة المنتهية في 30 يونيو: 6)
_RESULTS_REACH = 10
# a span of months longer than this is an accounting period (النصف الأول، الأشهر الستة الأولى); a month
# alone is not (ارتفعت مبيعات السيارات في يوليو: the month's figure)
_RESULTS_SPAN = dt.timedelta(days=45)


def _glued_before(text: str, clause: Clause, t: Timex) -> str:
    """The letters glued before ``t`` in its word (``ب`` of ``بنهاية النصف الأول`` when the expression
    starts at ``نهاية``; ``و`` of ``والربع الأول``), folded; "" after a space."""
    at = t.start
    while at > clause.start and t.start - at < 3 and text[at - 1].isalpha():
        at -= 1
    return fold(text[at:t.start]) if at < t.start else ""


def _period_noun(word: str, cues: _DateCues) -> str | None:
    """The preposition glued to ``word`` (folded) when it is a period noun (``results_period_nouns``:
    ``ل`` of ``للفترة``, "" of ``فترة`` and ``الفترة``), else None."""
    for p in clitic_prefixes().prefixes():
        if word.startswith(p) and word[len(p):] in cues.results_period_nouns:
            return p[:-2] if p.endswith("ال") else p[:-1] if p.endswith("لل") else p
    return None


def _a_results_period(text: str, clause: Clause, t: Timex, own: list[Timex], cues: _DateCues) -> bool:
    """Whether ``t`` is the accounting period results cover (``results_*`` of lang/ar/event_dates.yaml):
    a quarter, a year or a span of months (or, after ``المنتهية في`` or ``حتى``, the day the period ends)
    governed by a preposition (``results_through``: ``خلال``، ``في``، ``عن``, or ``ل``/``ب`` glued), through a
    period noun or not (``results_period_nouns``: ``خلال فترة الأشهر الستة``، ``للفترة من 1 يناير إلى 30 يونيو``,
    a span of days then too), with a
    results noun among the :data:`_RESULTS_REACH` words before it and no complementizer between
    (``سجلت الشركة خسائر بلغت 945 مليون ريال خلال النصف الأول``، ``قوائمها المالية المعدلة لعام
    2014``); a year only when the noun names statements (``قوائمها المالية``) or an amount is told with it
    (``درت عائدات في 2014 بلغت 68 مليار دولار``; not ``ألحق بهم خسائر فادحة في بداية العام``). A period
    after و or من right after such a period is one too (``… لعام 2014 والربع الأول من 2015``، ``للربع
    الثاني من السنة المالية 2015``). The results' period, not the day they were made or told: it dates
    nothing."""
    if t.interval is None or t.grain is None:
        return False
    day = t.grain is Grain.DAY
    if not (day or t.grain in (Grain.QUARTER, Grain.YEAR)
            or t.grain is Grain.MONTH and t.interval[1] - t.interval[0] > _RESULTS_SPAN):
        return False
    window = _fold_window(text, max(clause.start, t.start - 160), t.start)
    if not _any_of(cues.results_stems).search(window):
        return False  # no results noun before it: no words read
    glued = _glued_before(text, clause, t)  # the window's last letters: the words are those before them
    words = [unjoined(w) for w in _WORD.findall(_DECIMAL.sub("", window[:len(window) - len(glued)]))]
    if _after_a_results_period(text, clause, t, own, cues):
        return True
    first = _WORD.findall(fold(text[t.start:t.end]))[:1]
    lead = first[0] if first else ""
    last = _WORD.findall(window)[-1:] if not glued else []
    noun = _period_noun(last[0], cues) if last and words else None  # as written: unjoined reads فترة as ف + ترة
    if noun is not None:  # خلال فترة الأشهر الستة الأولى، للفترة من 1 يناير إلى 30 يونيو: the noun is the period's
        if day and t.interval[1] - t.interval[0] <= _RESULTS_SPAN:
            return False
        day, words, glued = False, words[:-1], noun
    if day:  # للفترة المنتهية في 30 يونيو، خلال الربع الأول حتى 30 يونيو
        ended = len(words) >= 2 and words[-1] in cues.results_through and words[-2] in cues.results_period_ends
        until = bool(words) and words[-1] in cues.cut_off
        governed = ended or until or lead in cues.cut_off
        words = words[:-2] if ended else words[:-1] if until else words
    elif glued and glued[-1] in cues.results_glued:
        governed = True
    elif not glued and words and words[-1] in cues.results_through:
        governed, words = True, words[:-1]
    else:  # the preposition inside the expression (للربع الثاني، لعام 2014، بالنصف الأول)
        governed = not glued and lead[:1] in cues.results_glued and (lead[:1] == "ل" or lead[1:3] == "ال")
    if not governed:
        return False
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _RESULTS_REACH), -1):
        word = words[k]
        if word in cues.complementizers:
            return False
        stated = _bare_in(word, cues.results_statements | cues.results_nouns) and k + 1 < len(words) \
            and words[k + 1] in cues.results_adjectives
        if stated or _bare_in(word, cues.results_nouns):
            return stated or t.grain is not Grain.YEAR or _amount_near(text, clause, t, words[k + 1:])
    return False


# how many words after a year its amount may follow (درت عائدات في 2014 بلغت 68 مليار دولار: 2)
_AMOUNT_AFTER = 3


def _amount_near(text: str, clause: Clause, t: Timex, between: list[str]) -> bool:
    """Whether a figure is told with a year's results: among the words ``between`` their noun and the
    year, or among the :data:`_AMOUNT_AFTER` words after it, before a comma."""
    after = _WORD.findall(fold(re.split(r"[،,:]", text[t.end:clause.end], maxsplit=1)[0]))[:_AMOUNT_AFTER]
    cardinals = load_lexicon().cardinals
    return any(w.isdigit() or _DIGIT.search(w) or w in cardinals for w in [*between, *after])


def _after_a_results_period(text: str, clause: Clause, t: Timex, own: list[Timex], cues: _DateCues) -> bool:
    """Whether ``t`` follows a results period of its clause (:func:`_a_results_period`) with only و or من
    and at most two words between (``والربع الأول من 2015``، ``من السنة المالية 2015``), or is that period
    told again anywhere after it (``خلال النصف الأول … خلال فترة الأشهر الستة الأولى``: the same interval)."""
    for o in own:
        if o is not t and o.end <= t.start and o.interval == t.interval and o.grain is not Grain.DAY \
                and _a_results_period(text, clause, o, own, cues):
            return True  # the same period told again: خلال النصف الأول … خلال فترة الأشهر الستة الأولى
        if o is t or o.end > t.start or t.start - o.end > 30:
            continue
        between = _WORD.findall(fold(text[o.end:t.start]))
        if between and (between[0] == "و" and len(between) == 1 or between[0] == "من" and len(between) <= 3):
            if not _COMMA.search(text, o.end, t.start) and _a_results_period(text, clause, o, own, cues):
                return True
    return False


def _recalled(text: str, clause: Clause, t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` dates what an anniversary recalls, not the commemoration: it lies inside the
    anniversary phrase past the recalled word (:func:`timeline.anchors.recalled_date`: ``في الذكرى
    الأولى لمقتل الشاب العام الماضي``) and begins at least :data:`timeline.anchors.RECALLED_AGO` before the
    publication (``الذكرى الأولى للفيضان أمس`` is the commemoration's day)."""
    return t.interval is not None and _naive(t.interval[0]) <= _naive(published) - RECALLED_AGO \
        and recalled_date(text, t.start, clause.start)


# how many words may stand between a relative pronoun and the date of its clause (التي كانت خطفت باليمن
# في شهر فبراير): beyond :data:`_SUBORDINATE_REACH`, read only after another date of the clause
_RELATIVE_WORDS = 6


def _relative_after(text: str, clause: Clause, t: Timex, earlier: list[Timex], cues: _DateCues) -> bool:
    """Whether ``t`` is the date of a relative clause opened after the earlier dates of its clause
    (``earlier``): a relative pronoun (``relative`` of the cues, not after a time noun of
    ``not_antecedents``: ``في الوقت الذي`` is "while") between the last of them and ``t``, at most
    :data:`_RELATIVE_WORDS` words before it with no comma between. The main predicate has its date
    already; the relative clause tells what its antecedent saw before (``أطلق الليلة الماضية سراح
    الرهينة التي كانت خطفت في فبراير``)."""
    last = max(earlier, key=lambda e: e.end)
    after = last.end
    if after > t.start or _secondary(text, clause, last, cues) \
            or any(_contains(e, t) for e in earlier):
        return False  # the date before is a relative clause's too (سباق 1500 الذي حققته عام 2013 …), or
        # the later one refines it (لمعرض العام الحالي الذي سيتم تنظيمه بعد شهرين)
    pronoun = None
    for pronoun in cues.relative.finditer(text, after, t.start):
        pass
    if pronoun is None:
        return _asyndetic(text, after, t, cues)
    if _COMMA.search(text, pronoun.start(), t.start):
        return False
    if len(_WORD.findall(text, pronoun.end(), t.start)) > _RELATIVE_WORDS:
        return False
    before = _WORD.findall(_fold_window(text, max(after, pronoun.start() - 24), pronoun.start()))
    return not (before and _DEFINITE_WORD.sub("", unjoined(before[-1])) in cues.not_antecedents)


def _tail_over_relative(text: str, clause: Clause, chosen: list[Timex], cues: _DateCues) -> list[Timex]:
    """``chosen`` from the first date of an attribution tail (:func:`_attributed`) on, when every date
    before it is a relative clause's that tells a happening apart from the predicate's
    (:func:`_relative_told`): the predicate has no date of its own but the telling's, the relative
    clause's date is what its antecedent did (``عثر المحققون على جثث مسلحين قتلوا خلال الهجوم في
    السابع من أغسطس، بحسب ما أفاد مصدر الاثنين``: the find told Monday). Else ``chosen`` as it is."""
    for k, t in enumerate(chosen):
        if k and _attributed(text, clause, t, chosen[:k]):
            if all(_relative_told(text, clause, e, cues) for e in chosen[:k]):
                return chosen[k:]
            break
    return chosen


def _relative_told(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` dates a relative clause opened after its clause's predicate, at most
    :data:`_RELATIVE_WORDS` words before ``t`` with no comma between: by a relative pronoun (not
    after a time noun of ``not_antecedents``) or, after an indefinite noun, by a perfect verb with no
    pronoun (:meth:`timeline.verbs.Shapes.perfect`: ``جثث مسلحين قتلوا``; not a noun right after a
    complementizer, the subject of what is said: ``أفاد شهود أن مسلحين اقتحموا``), that tells a happening
    (``lang/ar/triggers.yaml``) of another group than the words before it, which tell no reaction
    (``قتل ثلاثة جنود في هجوم استهدف دوريتهم أمس``: one happening, not told apart)."""
    opening = None
    for m in cues.relative.finditer(text, clause.start, t.start):
        opening = m.start(), m.end()
    if opening is not None:
        before = _WORD.findall(_fold_window(text, max(clause.start, opening[0] - 24), opening[0]))
        if before and _DEFINITE_WORD.sub("", unjoined(before[-1])) in cues.not_antecedents:
            return False
    else:
        shapes = load_shapes()
        words = list(_WORD.finditer(text, clause.start, t.start))
        for k in range(max(2, len(words) - _RELATIVE_WORDS), len(words)):
            noun, verb = fold(words[k - 1].group()), fold(words[k].group())
            if (shapes.perfect(unjoined(verb)) and not _DEFINITE_WORD.match(noun) and noun not in cues.function_words
                    and not noun.isdigit() and not shapes.perfect(unjoined(noun))
                    and unjoined(fold(words[k - 2].group())) not in cues.complementizers):
                opening = words[k].start(), words[k].start()
                break
    if opening is None or _WORD.search(text, clause.start, opening[0]) is None or _COMMA.search(text, opening[0], t.start) \
            or len(_WORD.findall(text, opening[1], t.start)) > _RELATIVE_WORDS:
        return False
    lexicon = load_triggers()
    kind = lexicon.happening(_fold_window(text, opening[1], t.start))
    main = lexicon.happening(_fold_window(text, clause.start, opening[0]))
    return kind is not None and (main is None or not lexicon.is_reaction(main) and lexicon.group(main) != lexicon.group(kind))


def _asyndetic(text: str, after: int, t: Timex, cues: _DateCues) -> bool:
    """Whether, between ``after`` and ``t`` (no comma), an indefinite noun is followed by a word and a
    preposition holding a pronoun (``resumptive_prepositions``), at most :data:`_RELATIVE_WORDS` words
    before ``t``: a relative clause with no pronoun, as an indefinite antecedent takes it (``12 مقاتلة
    وعد بها الرئيس في مارس``، ``لاتفاق نووي توصلت إليه إيران الشهر الماضي``), or a comparison's term
    (``أبطأ في 2016 عما كان عليه في 2014``). Not after a definite word, a function word or a number."""
    if _COMMA.search(text, after, t.start):
        return False
    words = [fold(w) for w in _WORD.findall(text, after, t.start)]
    for k in range(max(2, len(words) - _RELATIVE_WORDS - 1), len(words)):
        if (words[k] in cues.resumptive_prepositions and not _DEFINITE_WORD.match(words[k - 1])
                and words[k - 1] not in cues.function_words and words[k - 2] not in cues.function_words
                and not _DEFINITE_WORD.match(words[k - 2]) and not words[k - 2].isdigit()):
            return True
    return False


def _contains(outer: Timex, inner: Timex) -> bool:
    """Whether the interval of ``outer`` holds that of ``inner`` (both resolved)."""
    if outer.interval is None or inner.interval is None:
        return False
    return (_naive(outer.interval[0]) <= _naive(inner.interval[0])
            and _naive(inner.interval[1]) <= _naive(outer.interval[1]))


# how long before the publication a span of the last years, months or weeks ends, by its grain
_SPAN_RECENCY = {Grain.YEAR: dt.timedelta(days=366), Grain.MONTH: dt.timedelta(days=31), Grain.WEEK: dt.timedelta(days=7)}


def _recent_span(t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` is a span of several years, months or weeks reaching up to the one of the
    publication (``الأعوام الثلاثة الماضية``، ``الأشهر الستة الأخيرة``): a period counted back from now;
    not one of them (``شهر رمضان``, a Hijri month)."""
    if t.interval is None or t.grain not in _SPAN_RECENCY or "/" not in t.value:
        return False
    start, end, unit = _naive(t.interval[0]), _naive(t.interval[1]), _SPAN_RECENCY[t.grain]
    return end - start > unit and end <= _naive(published) < end + unit


def _a_day_or_finer(t: Timex) -> bool:
    """Whether ``t`` names a day or a time within one (``أمس``، ``يوم الخميس``، ``مساء أمس``)."""
    return t.grain is not None and t.grain.rank <= Grain.DAY.rank


def _until(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` opens with "until" or comes right after it (``حتى 25 الجاري``، ``وحتى السبت``:
    ``cut_off`` of ``lang/ar/event_dates.yaml``)."""
    first = (_WORD.findall(fold(t.text)) or [""])[0]
    last = _WORD.findall(_fold_window(text, max(clause.start, t.start - 12), t.start))[-1:]
    return unjoined(first) in cues.cut_off or bool(last) and unjoined(last[0]) in cues.cut_off


def _ends_a_term(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` comes after "until" (:func:`_until`) and, earlier in its clause with no comma
    between, after a noun of a term (``term_nouns`` of ``lang/ar/event_dates.yaml``: ``وقع عقدا
    جديدا لأربع سنوات حتى 2019``، ``يحتفظ برئاسة المجلس حتى 2019``), read after any clitics
    (:meth:`timeline.lexicon.Clitics.unglued`): the date ends that term. Not the clause's first word
    with no clitic but a conjunction (the verb: ``وعقد المجلس جلسة استمرت حتى فجر اليوم``), nor when
    the clause before the date tells a happening (``lang/ar/triggers.yaml``: ``عقد الوزير اجتماعا امتد
    حتى مساء أمس``، ``تواصلت الاحتجاجات أمام مقر رئاسة الوزراء حتى الليل``): "until" bounds that."""
    if not cues.term_nouns or not _until(text, clause, t, cues):
        return False
    before = text[clause.start:t.start]
    comma = max(before.rfind("،"), before.rfind(","))
    clitics = clitic_prefixes()
    for k, word in enumerate(_WORD.findall(fold(before[comma + 1:]))):
        if k == 0 and unjoined(word) in cues.term_nouns:
            continue  # the clause's predicate, a verb (عقد: held), not the noun
        if not cues.term_nouns.isdisjoint(clitics.unglued(word)):
            return load_triggers().happening(_fold_window(text, clause.start, t.start)) is None
    return False


@functools.lru_cache(maxsize=None)
def _after_words(code: str = "ar", key: str = "after_happening") -> frozenset[str]:
    """The last words of ``after_happening`` (or ``key``: ``during_happening``) of
    ``lang/<code>/event_dates.yaml``, folded (بعد، أعقاب، إثر; إبان، أثناء)."""
    return frozenset(fold(str(w)).split()[-1] for w in load_language_yaml(code, "event_dates.yaml").get(key, ()))


def _of_a_happening_before(text: str, clause: Clause, t: Timex, key: str = "after_happening") -> bool:
    """Whether ``t`` comes one or two words after an "after" (``after_happening`` of
    ``lang/ar/event_dates.yaml``: ``في أعقاب حرب أكتوبر``، ``بعد تغلبهم مساء أمس``، ``من 31.87 مليون
    برميل بعد التعديل في يونيو``; ``key``: a "during", ``إبان انتفاضة 2011``): beside an earlier date of its
    clause, it dates what the "after" governs, not the clause's happening."""
    words = _WORD.findall(_fold_window(text, max(clause.start, t.start - 40), t.start))[-3:]
    at = max((k for k, w in enumerate(words) if unjoined(w) in _after_words(key=key)), default=None)
    return at is not None and at + 1 < len(words)


def _of_a_happening_during(text: str, clause: Clause, t: Timex, earlier: list[Timex]) -> bool:
    """Whether ``t`` comes one or two words after a "during" (``during_happening``: ``إبان انتفاضة 2011``)
    and lies outside every ``earlier`` date of its clause: it dates the happening the "during" governs
    (``عوقب بالإعدام في يونيو في قضية تتصل باقتحام سجون إبان انتفاضة 2011``); one within an earlier date tells
    that date's time (``وقعت يوم الخميس الماضي أثناء صلاة الظهر``: the attack's noon)."""
    return _of_a_happening_before(text, clause, t, "during_happening") and not any(
        u.interval is not None and t.interval is not None and u.interval[0] <= t.interval[0]
        and t.interval[1] <= u.interval[1] for u in earlier)


def _opens_with(clause: Clause, words: frozenset[str]) -> bool:
    """Whether the first word of ``clause`` (after و or ف) is one of ``words`` (folded)."""
    first = _WORD.search(clause.text)
    return first is not None and unjoined(fold(first.group())) in words


def _cited(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` cites a document by number and date (``citation_dates`` right before it, one
    of ``citation_numbers`` among the eight words before: ``قرار مجلس الشورى رقم (57/30) وتاريخ
    25/6/1436هـ``)."""
    said = _fold_window(text, max(clause.sentence_start, t.start - 16), t.start)
    if not any(w in said for w in cues.citation_dates):  # the word is not even there: no words read
        return False
    last = _WORD.findall(said)[-1:]
    if not last or last[0] not in cues.citation_dates:
        return False
    words = _WORD.findall(_fold_window(text, max(clause.sentence_start, t.start - 80), t.start))
    return bool(words and words[-1] in cues.citation_dates
                and cues.citation_numbers.intersection(unjoined(w) for w in words[-8:]))


def _declared_off(text: str, clause: Clause, t: Timex, own: list[Timex], cues: _DateCues) -> bool:
    """Whether ``t`` is the day a declaration or a grant makes a holiday: a holiday word
    (``holidays_after`` of ``lang/ar/event_dates.yaml``) right after it, past a bracket of its own, and a
    declaring or granting word (``holiday_grants``) among the :data:`_GRANT_WORDS` words before it, or
    before the date of ``own`` it restates in brackets (``باعتبار السادس من أغسطس إجازة``، ``أعلن مجلس
    الوزراء يومي السبت والأحد (الأول والثاني من أغسطس) عطلة رسمية``); or a deeming verb between it
    (past a date restating it, ``restating``) and the holiday word (``holidays_deemed``: ``أن يوم الخميس
    المقبل والموافق السادس من أغسطس سيتم اعتباره إجازة``، ``السبت يعتبر عطلة``); not a day told before
    the telling (``أعلنت الحكومة أمس عطلة رسمية``: the declaration's day)."""
    reach = min(clause.end, t.end + 80)
    bracket = _BRACKET_AFTER.match(text[t.end:reach])
    rest = t.end + (bracket.end() if bracket else 0)
    after = _WORD.findall(_fold_window(text, rest, min(rest + 40, reach)))[:3]
    if any(w in _fold_window(text, rest, min(len(text), rest + 14)) for w in cues.restating):
        # يوم الخميس والموافق السادس من أغسطس سيتم اعتباره: past the date restating it (often a clause
        # of its own), up to the sentence's end
        said = _WORD.findall(_SENTENCE_END.split(_fold_window(text, rest, min(len(text), rest + 100)))[0])
        at = next((k for k, w in enumerate(said[2:_RESTATED_WORDS], 2) if w in cues.holidays_deemed), None)
        if said and unjoined(said[0]) in cues.restating and at is not None:
            after = said[at:at + 3]
    deemed = len(list(itertools.takewhile(cues.holidays_deemed.__contains__, after[:2])))
    if len(after) <= deemed or _DEFINITE.sub("", after[deemed]) not in cues.holidays_after:
        return False  # (tested first: a holiday word after a date is rare)
    told = fold(text[t.start:t.end])
    if any(offset < 0 and (told == word or told.startswith(word + " "))
           for word, offset in load_lexicon().rel_days.items()):
        return False  # أعلنت الحكومة أمس عطلة: a day off lies ahead, "yesterday" is the declaration's
    if deemed:
        return True  # أن يوم الأحد المقبل سيتم اعتباره عطلة: deemed off by the words after it
    at = next((o.start for o in own if o.end <= t.start and text[o.end:t.start].strip() == "("), t.start)
    before = _WORD.findall(_fold_window(text, max(clause.start, at - 48), at))[-_GRANT_WORDS:]
    return any(unjoined(w) in cues.holiday_grants for w in before)


def _deemed_said(text: str, clause: Clause, told: list[Timex]) -> bool:
    """Whether ``clause`` opens with a complementizer (``أن``، ``إن``) and each of its dates ``told``
    is a day declared off (:func:`_declared_off`): what a clause before it announced."""
    cues = _date_cues()
    return bool(told) and _opens_with(clause, cues.complementizers) \
        and all(_declared_off(text, clause, t, told, cues) for t in told)


# how many words before a day declared off may hold the declaring word (أعلن مجلس الوزراء نهار)
_GRANT_WORDS = 4
# a bracket right after a date, holding what it says again: "(الأول والثاني من أغسطس)"
_BRACKET_AFTER = kept(r"^\s*(?:\([^()]{0,60})?\)")
# how many words a date restating another may take, its restating word included (والموافق السادس من آب أغسطس الجاري)
_RESTATED_WORDS = 8


def _these_days(text: str, clause: Clause, t: Timex, before: list[str], cues: _DateCues) -> bool:
    """Whether ``t`` is a bare ``اليوم`` meaning "these days" (``nowadays``): right after a
    pronoun standing for the subject or "until" (``وهو اليوم أكبر مجموعة``، ``لم تنشر إلى
    اليوم``: ``nowadays_pronouns`` of relative.yaml, ``nowadays_until``), or beside a verb of state,
    among the two words before it or right after it (``تعد الهيئة اليوم أكبر مستثمر``، ``عدن اليوم
    باتت أكثر أمنا``: ``nowadays_states`` of relative.yaml)."""
    said = _fold_window(text, t.start, t.end)
    if not any(w in said for w in cues.nowadays):
        return False
    words = _WORD.findall(said)
    if len(words) == 2 and words[0] in cues.nowadays_after and words[1] in cues.nowadays:
        return True  # وما تزال تعمل حتى اليوم: "until" inside the expression
    if unjoined(said) not in cues.nowadays:
        return False
    after = _WORD.findall(_fold_window(text, t.end, min(clause.end, t.end + 24)))[:1]
    last = before[-1] if before else ""
    return bool(last in cues.nowadays_after or last[:1] in clitic_prefixes().conjunctions and last[1:] in cues.nowadays_after
                or cues.nowadays_states.intersection(before + after))


def _bound(t: Timex, before: list[str], cues: _DateCues) -> bool:
    """Whether ``t``, a day or coarser, comes right after a word that makes it a bound of the
    happening: with no bound of its own (``قبل 20 أغسطس``، ``بعد عام 2003``: ``bounds``), or any
    (``بحلول نهاية العام``، ``بحلول 2030``: ``targets``)."""
    return bool(before and (before[-1] in cues.bounds and t.mod is None or before[-1] in cues.targets)
                and t.grain is not None and t.grain.rank >= Grain.DAY.rank)


def _any_season(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is a season named alone, counted from the publication (``الصيف``، ``فصل
    الشتاء``; not ``هذا الصيف``، ``الصيف الماضي``، ``صيف 2014``): the season in general
    (``seasons`` of ``lang/ar/event_dates.yaml``), unless a future cue before it in its clause
    (``future_cues`` of ``relative.yaml``) tells the coming one (``ستبدأ المصافي الصيانة استعدادا
    لموسم الشتاء``، ``من المتوقع أن يستمر التراجع عبر الصيف``)."""
    if t.rule != "<season>" or t.anchor is not Anchor.PUBLISHED:
        return False
    if len([w for w in _WORD.findall(_fold_window(text, t.start, t.end)) if w not in cues.season_nouns]) != 1:
        return False
    said = _fold_window(text, clause.start, t.start)
    future = load_lexicon().future_cues
    return not any(unjoined(w) in future or w in future for w in _WORD.findall(said)) \
        and not any(" " in cue and cue in said for cue in future)


def _an_amount(t: Timex) -> bool:
    """Whether ``t``, glued to ل, is an amount (``لشهر واحد``: for one month) or a period
    things are counted for (``لشهر يوليو``: July's figures), not a day something is put
    off to (``ليوم الخميس السادس من أغسطس``، ``ليوم 20 سبتمبر``: adjourned to that day)."""
    words = _WORD.findall(fold(t.text))
    if words[0] != "يوم" or len(words) < 2:
        return True
    cardinals = load_lexicon().cardinals
    return all(w in cardinals for w in words[1:]) and not any(c.isdigit() for c in t.text)


# how many words before منذ may tell what its date is of, when it is not the clause's happening: a
# superlative it measures a record from (أدنى مستوى له منذ 30 يناير: :func:`_since_a_record`), a relative
# pronoun whose clause it dates (الحملة التي تقودها السعودية منذ 26 مارس: :func:`_since_of_antecedent`)
_SINCE_WORDS = 5


@functools.lru_cache(maxsize=None)
def _record_term(code: str = "ar") -> dt.timedelta:
    """``record_term_days`` of ``lang/<code>/event_dates.yaml``: the least a record's term lies back."""
    return dt.timedelta(days=int(load_language_yaml(code, "event_dates.yaml")["record_term_days"]))


def _since_a_record(text: str, start: int, t: Timex, cues: _DateCues, published: dt.datetime | None = None) -> bool:
    """Whether the "since" ``t``, in a clause or a piece opening at ``start``, measures a record (``أدنى
    مستوى له منذ 30 يناير``: a superlative, ``superlatives`` of ``lang/ar/event_dates.yaml``, read with its
    clitics or the article off — ``بأعنف قصف منذ ستة أشهر``، ``الأعلى منذ`` —, among the :data:`_SINCE_WORDS`
    words before منذ): the date is the term the level is compared with, not the time of the happening
    (today's close). Given the ``published`` date,
    not a since of the last days (``record_term_days``: ``أخطر المطلوبين اعتقل منذ ثلاثة أيام``، ``تقصف
    بأقوى أسلحتها المدينة منذ الخميس``): that is when the happening began, no record's term."""
    if published is not None and t.interval is not None \
            and published.date() - t.interval[0].date() < _record_term():
        return False
    words = [unjoined(w) for w in _WORD.findall(_fold_window(text, max(start, t.start - 48), t.start))]
    if words and words[-1] in cues.since:
        words = words[:-1]
    return any(_bare_in(w, cues.superlatives) for w in words[-_SINCE_WORDS:])


_AGO_VERB_WORDS = 6  # a perfect this near a since + amount dates its one-off happening "N ago"
_AGO_MODS = frozenset((None, "BEFORE", "APPROX"))  # an amount's: منذ عامين، منذ أكثر من عام، منذ نحو شهرين


def _since_ago(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether the since ``t``, an amount told back from the publication (``منذ عامين``، ``منذ ستة أشهر``: no
    since-point, whose ``mod`` is ON_OR_AFTER, START or END: منذ عام 2010، منذ بداية العام، منذ نهاية مارس),
    dates a one-off happening "N ago": the nearest verb of its
    clause before it, among :data:`_AGO_VERB_WORDS` words, is a perfect (``قامت بتأسيس هذا البرنامج منذ
    عامين``، ``غادرت الدولة منذ عدة أسابيع``), with no present verb nor a word of ``since_ongoing`` (a state
    that goes on: ``الحرب المستمرة منذ``، ``لم يراجع ... منذ``) met first."""
    if t.mod not in _AGO_MODS or t.anchor is not Anchor.PUBLISHED:
        return False
    words = _WORD.findall(_fold_window(text, clause.start, t.start))
    lex = load_lexicon()
    shapes = load_shapes()
    for i, word, bare, passed in nearest_first(words):
        if word in cues.since_ongoing or bare in cues.since_ongoing:
            return False
        if passed:
            continue
        if shapes.is_present(bare, noun_endings=True):
            return False
        if bare in lex.later_past_words or shapes.perfect(bare):
            return len(words) - i <= _AGO_VERB_WORDS
    return False


def _a_since(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is a "since" (``since`` of ``lang/ar/event_dates.yaml`` opening it or right before it)."""
    opening = _WORD.search(_fold_window(text, t.start, t.end))
    before = _WORD.findall(_fold_window(text, max(start, t.start - 12), t.start))[-1:]
    return (opening is not None and opening.group() in cues.since) or bool(before and unjoined(before[0]) in cues.since)


def _dates_anew(text: str, start: int, end: int, dating: SpanIndex[Timex],
                published: dt.datetime | None = None) -> bool:
    """Whether the piece ``text[start:end]`` holds a date that may open another happening: one that is
    not a since measuring a record (``اتهمت الحكومة اليوم، المتمردين بشن أعنف هجوم منذ ستة أشهر``: the
    record is the accusation's object, told in its clause, not a happening of its own)."""
    cues = _date_cues()
    return any(not (_a_since(text, start, t, cues) and _since_a_record(text, start, t, cues, published))
               for t in dating.starting_in(start, end))


def _since_of_antecedent(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether the "since" ``t`` sits in a relative clause inside its clause (a relative pronoun among
    the :data:`_SINCE_WORDS` words before منذ, not opening the clause, or right after a definite noun's
    definite participle: ``الطائرة المفقودة منذ 8 آذار``): the date is when the antecedent's state began
    (``الحملة التي تقودها السعودية منذ 26 مارس``، ``أريحا التي تسيطر عليها المعارضة منذ 28 مايو``), not
    the time of the clause's happening."""
    if any(w in cues.cut_off for w in _WORD.findall(_fold_window(text, t.start, t.end))):
        return False  # منذ ليل أول أمس وحتى صباح أمس: a span told whole, the happening's
    found = list(_WORD.finditer(_fold_window(text, max(clause.start, t.start - 64), t.start)))
    if found and unjoined(found[-1].group()) in cues.since:
        found = found[:-1]
    words = [unjoined(m.group()) for m in found[-_SINCE_WORDS:]]
    if len(words) >= 2 and _DEFINITE_WORD.match(words[-2]) and _PARTICIPLE.match(words[-1]) \
            and not (words[-2].endswith("ه") and words[-1][-1] not in "هنت"):
        # الطائرة المفقودة منذ 8 آذار: the participle is a relative clause (التي فقدت); not a noun of that
        # shape that does not agree with a feminine word before it, an object (بدأت الحكومة المشروع منذ عامين)
        return True
    opening = _WORD.search(_fold_window(text, clause.start, clause.end))
    first = unjoined(opening.group()) if opening else ""
    pronouns = relative_pronouns()
    return any(w in pronouns for w in words) and not (first in pronouns and len(found) <= _SINCE_WORDS)


# a definite passive participle of the simple verb (folded, مفعول): المفقودة، المخطوف، المعروفين; not
# the derived forms, which read as adjectives too (القوات المشتركة منذ 26 مارس: the main verb's since)
_PARTICIPLE = kept(r"^الم\w\wو\w(?:ه|ين|ون|ات)?$")


def _opens_a_tally(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether the "since" ``t`` opens a count rather than dating the happening: a tally word
    (``عدد``، ``حصيلة``) before it in the clause (``ليرتفع عدد قتلى الشرطة منذ 20 يوليو إلى
    21``)."""
    before = {_DEFINITE.sub("", w) for w in _WORD.findall(_fold_window(text, clause.start, t.start))}
    return bool(before & cues.tally)


# و/ف and the article (with ب/ل before it) off a word; not a bare preposition: "لعدد من" (for a
# number of) opens no tally (happenings._bare_forms would strip that too)
_DEFINITE = kept(r"^(?:" + _CONJ + r"?(?:[بل]?ال|لل)|" + _CONJ + r"(?=\w{3}))")


def _after_a_noun_in_brackets(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` (a bare year) stands in brackets after a noun (a work's title, a census,
    a named happening: ``«ظل يتقصف» (1995)``، ``الإحصاء الرابع (2004)``): that noun's year, not
    the clause's. After a year cue (``انتقل إلى الأهلي عام (2014)``) it is the clause's."""
    before = text[clause.start:t.start].rstrip()
    if not before.endswith("("):
        return False
    words = _WORD.findall(fold(before[-24:-1]))
    return not (words and unjoined(words[-1]) in cues.year_words)


def _secondary(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the date of a comparison (``مقارنة بعام 2013``: ``comparison`` of
    ``lang/ar/event_dates.yaml`` among the two words before it; ``بزيادة 20 ألفا عن يونيو
    الماضي``: ``compared_from`` right before it) or of a relative clause (``أقل من ذروته التي
    سجلها يوم الخميس``: ``الذي``، ``التي``… among the four words before it) rather than of the
    clause's predicate."""
    return _secondary_from(text, clause.start, t, cues) or _changed_from(text, clause.start, t, cues)


# how many words before a date may hold the "from" of an amount it is the date of (من 55 ألف طن عام 1998)
_FROM_REACH = 6


def _changed_from(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the date of the amount a change started from (``changed_from`` among the
    :data:`_FROM_REACH` words before it, right before a figure, with no "to" after it: ``قفز إلى 83
    مليارا في 2013 من عشرة مليارات في 2004``، ``تضاعف من 55 ألف طن عام 1998 إلى 100 ألف``؛ ``بدلا من
    49 سفينة عام 2014``), not after a comparative (``بعد هبوطه أكثر من 1% يوم الخميس``: ``superlatives``)
    nor before a "to" (``من 13 يناير إلى 2 فبراير``: a span)."""
    words = _amount_words(text, start, t.start)  # folded: "مِن", "مـن" are "من"
    at = max((k for k, w in enumerate(words) if w in cues.changed_from), default=None)
    if at is None or at + 1 >= len(words) or cues.cut_off.intersection(words[at + 1:]) \
            or cues.changed_to.intersection(words[at + 1:]) or at and words[at - 1] in cues.superlatives:
        return False
    figure = words[at + 1]
    return figure.isdigit() or bool(_DIGIT.search(figure)) or figure in load_lexicon().cardinals


_SPAN_FROM = kept(r"(?<!\w)من\s+\S*\d\S*\s+(?:\S+\s+)?$")  # "من 4.30 وحتى …": a span's start before its end
_BRACKETED = kept(r"\([^()]*[^\W\d_][^()]*\)")  # with a word in it, not a figure alone: (38%)


def _amount_words(text: str, start: int, at: int) -> list[str]:
    """The last :data:`_FROM_REACH` words before ``at`` (from ``start``), bare, a decimal figure
    one word (``5.3 مليارات``) and a bracket of words left out (``13.2 مليار دولار (11.7 مليار يورو)
    عام 2023``: a conversion of the amount; not ``من (38%) عام 2012``)."""
    said = _BRACKETED.sub(" ", _DECIMAL.sub("", _fold_window(text, max(start, at - 96), at)))
    return [unjoined(w) for w in _WORD.findall(said)][-_FROM_REACH:]


@functools.lru_cache(maxsize=None)
def _to_pattern(code: str = "ar") -> re.Pattern[str]:
    """``changed_to`` of ``lang/<code>/event_dates.yaml`` as a pattern on raw text, every spelling
    folding to it (إلى، الى)."""
    variants = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
    words = {fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["changed_to"]}
    return kept("|".join("".join(variants.get(c, re.escape(c)) for c in w) for w in sorted(words)))


def _projected(text: str, clause: Clause, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the time a projected amount is for: a "to" (``changed_to``) right before a
    figure among the :data:`_FROM_REACH` words before it, in a clause told in the future (a future
    cue before it, ``future_cues`` of ``relative.yaml``: ``وسيؤدي المشروع إلى زيادة الإيرادات من 5.3
    مليارات دولار إلى 13.2 مليار دولار عام 2023``، ``سيرتفع الإنتاج إلى 100 ألف برميل في 2020``): a
    target, it dates nothing (like ``targets``: بحلول 2023)."""
    if not _to_pattern().search(text, max(clause.start, t.start - 96), t.start):
        return False  # a quick test on the raw text before the words are read
    words = _amount_words(text, clause.start, t.start)
    at = max((k for k, w in enumerate(words) if w in cues.changed_to), default=None)
    if at is None or at + 1 >= len(words):
        return False
    figure = words[at + 1]
    if not (figure.isdigit() or _DIGIT.search(figure) or figure in load_lexicon().cardinals):
        return False
    said = _fold_window(text, clause.start, t.start)
    future = load_lexicon().future_cues
    return any(unjoined(w) in future or w in future for w in _WORD.findall(said)) \
        or any(" " in cue and cue in said for cue in future)


# how many words before a date may hold a comparison told outright (مقارنة مع الفترة ذاتها من عام 2014)
_COMPARED_REACH = 5
# how many words before a date may hold a comparison whose term is an amount (مقابل 3.52 مليار سهم تم
# تداولها خلال الشهر السابق)
_AMOUNT_REACH = 8
# ... when it is told outright (مقارنة مع 10.7 مليار ريال خلال الفترة نفسها من العام الماضي)
_COMPARED_AMOUNT_REACH = 10
_DECIMAL = kept(r"(?<=\d)[.,٫،](?=\d)")  # the mark between two digits (deleted)


# how many words before a date told as "the same period of" may hold the comparison it is the term of
# (قياساً بأرباح قدرها 30 مليون ريال تم تحقيقها خلال نفس الفترة من عام 2014م: 12)
_SAME_PERIOD_REACH = 16


def _same_period_term(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the year of "the same period" a figure is compared with: right after a period
    told as the same one and من (``same_period_of``; ``same_period`` among the two words before it: ``خلال
    نفس الفترة من عام 2014``، ``للفترة المماثلة من العام السابق``؛ or ``t`` itself such a period before من: ``في الربع
    نفسه من العام الماضي``, or with its year: the same), with a comparison word (``comparison``: مقابل، قياسا، مقارنة) among the
    :data:`_SAME_PERIOD_REACH` words before it, however long the amount told between (``، مقابل صافي
    ربح بـ40 مليون ريال في الربع نفسه من العام الماضي``): the term, not the time of the happening."""
    folded = _DECIMAL.sub("", _fold_window(text, max(start, t.start - 200), t.start))
    words = [unjoined(w) for w in _WORD.findall(folded)][-_SAME_PERIOD_REACH:]
    own = [unjoined(w) for w in _WORD.findall(fold(text[t.start:t.end]))]
    after = _WORD.findall(fold(text[t.end:t.end + 12]))[:1]
    if len(words) >= 3 and words[-1] in cues.same_period_of and cues.same_period.intersection(words[-3:-1]):
        before = words[:-3]
    elif own and own[-1] in cues.same_period and after and after[0] in cues.same_period_of:
        before = words
    elif len(own) > 2 and cues.same_period.intersection(own[:2]):
        before = words  # the period and its year in one expression (engine's join): في الربع نفسه من العام الماضي
    else:
        return False
    return bool(cues.comparison.intersection(before))


def _compared(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """Whether ``t`` is the term of a comparison told outright, which dates no happening even
    alone: after ``مقارنة``، ``قياسا``… (``compared``, among the five words before it: ``بانخفاض 2%
    مقارنة بالفترة ذاتها من عام 2014``), right after ``عن`` that follows an amount (``بزيادة 2%
    عن العام الماضي``; not ``أرباح نقدية عن الربع الثاني``, the period the profits are for), or
    after a comparison whose term is an amount told of the date (``مقارنة بـ 94 ألف ليلة في
    النصف الأول من العام الماضي``; after ``مقابل`` only when a figure comes before it in the
    clause: ``بلغ 2.60 مليار سهم مقابل 3.52 مليار سهم تم تداولها خلال الشهر السابق``, not a price:
    ``انضم إلى الفريق مقابل 14 مليون يورو في يناير الماضي``)."""
    if _same_period_term(text, start, t, cues):
        return True
    window = max(start, t.start - 96)
    bare = _NO_MARKS.sub("", text[window:t.start])
    if not _any_of(cues.comparison_stems).search(bare):
        said = _fold_window(text, max(start, t.start - 12), t.start)
        if not any(w in said for w in cues.compared_from):  # the word is not even there: no words read
            return False
        last = _WORD.findall(said)[-1:]
        return bool(last and unjoined(last[0]) in cues.compared_from
                    and _DIGIT.search(text, max(start, t.start - 40), t.start))
    folded = _DECIMAL.sub("", _fold_window(text, window, t.start))  # 48,3 مليار: one figure, one word
    found = list(_WORD.finditer(folded))[-_COMPARED_AMOUNT_REACH:]
    words = [unjoined(m.group()) for m in found]
    if cues.compared.intersection(words[-_COMPARED_REACH:]):
        return True
    after_figure = [k for k in range(max(0, len(words) - _COMPARED_REACH), len(words))
                    if words[k] in cues.compared_after_figure and _period_term(words[k + 1:], cues)]
    if after_figure and (_DIGIT.search(folded, 0, found[after_figure[0]].start())
                         or _DIGIT.search(text, start, window)):
        return True  # تراجع بنسبة 6% في عدد القتلى بالنسبة إلى النصف الأول من العام الماضي
    if words and words[-1] in cues.compared_from:
        return bool(_DIGIT.search(text, max(start, t.start - 40), t.start))
    at = max((k for k, w in enumerate(words) if w in cues.comparison), default=None)
    if at is None or not any(w.isdigit() for w in words[at + 1:at + 3]):
        return False
    if words[at] not in cues.compared and len(words) - at > _AMOUNT_REACH:
        return False  # مقابل 44 مليون جنيه، وفقا لما ذكرته تقارير صحفية اليوم: too far to be its term
    return words[at] in cues.compared or bool(_DIGIT.search(text, start, window)
                                              or _DIGIT.search(folded, 0, found[at].start()))


def _period_term(between: list[str], cues: _DateCues) -> bool:
    """Whether the words ``between`` a comparison word told after a figure (بالنسبة) and a date
    leave the date its term: its preposition only (بالنسبة إلى النصف الأول، بالنسبة للعام الماضي), or
    a period's noun and "the same" (بالنسبة للفترة نفسها من العام الماضي); not another noun (بالنسبة
    للنازحين … في يوليو: "as for", "regarding")."""
    if between and between[0] in cues.compared_to:
        between = between[1:]
    return not between or (len(between) >= 2 and between[1] in cues.same_period)


@functools.lru_cache(maxsize=None)
def _any_of(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found wherever one of ``stems`` is (one search, not one ``in`` per stem)."""
    return kept("|".join(map(re.escape, stems)) or "(?!)")


def _secondary_from(text: str, start: int, t: Timex, cues: _DateCues) -> bool:
    """:func:`_secondary` for a clause starting at ``start``."""
    words = [unjoined(w) for w in _WORD.findall(_fold_window(text, max(start, t.start - 48), t.start))]
    return bool(cues.comparison.intersection(words[-2:]) or (words and words[-1] in cues.compared_from)
                or relative_pronouns().intersection(words[-_SUBORDINATE_REACH:]))
