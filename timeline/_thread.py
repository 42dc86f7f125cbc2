"""The day of a clause the narrative dates: a prayer's, a simultaneous or separate happening's, an inherited one.

The bare hour of a prayer (``أثناء أدائهم صلاة الظهر``), which names no day, takes the last day an
earlier clause of the article set rather than the publication's. The weekday of a prayer named
after it (``خلال صلاة الجمعة``) names no week: it is the day the article dated outright when that
falls on it, the last such weekday only in the paper of that day or the next, else no date.
A clause opened by a connective of simultaneity that has no date of its own shares the
day of the clause before it (the last date told there, widened to the day: a happening
told "while" another shares its day, not its hour; never a date after the publication, a
plan's, nor one over a year old, the story's background), marked ``inherited`` with
``date_confidence`` 0.9, whether or not ``inherit`` is asked for; so does one that opens its sentence
with a separate incident (``وفي حادث منفصل``) or opens with a connective of the same time (``في غضون
ذلك``، ``في هذه الأثناء``) and tells a happening in the perfect, from the report's last day
(:func:`_separate_day`). A reaction whose object was cut off with its date and that has no date of
its own is told in its report's window, the publication's day or the day before
(:func:`_reaction_window`, :func:`timeline.leads.reaction_window`; ``inherited``, ``date_confidence``
0.4, an empty expression at the clause's start, as a lead's).

With ``inherit=True`` (``timeline build --inherit``; off by default) a clause
without an expression of its own takes the day of the date the narrative last set (its
hour was told of another clause), marked ``inherited``, when it goes on with the same
thread (:func:`_same_thread`: the same or the next sentence, no paragraph break, no
opening as background or another thread, told done and with no time of its own (:func:`_told_done`),
a happening word of the group the date tells)
and that date may be passed on (:func:`_passes_on`: a day or finer, told, not a plan's, a
since's, a relative clause's or a quotation's);
``date_confidence`` is then 0.7 (same sentence) or 0.5 (next sentence), 1.0 for a clause's
own date. With ``inherit=True`` too, the article's lead, when it reports a past happening and no
expression of its sentence dates anything (``أعلنت وزارة الداخلية هوية الانتحاري``), takes
the window of its report, the publication's day or the day before (:mod:`timeline.leads`;
``inherited``, ``date_confidence`` 0.4, an empty expression at the clause's start): that event is
made in :mod:`timeline.events` (it builds an :class:`~timeline.events.Event`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable

from timeline._clauses import _OPENING_VERB_WORDS, _opening_verb, _vehicle_after
from timeline._dating import _SUBORDINATE_REACH, _TAIL_END, _a_day_or_finer
from timeline._event_cues import _CONJ, _DateCues, _SENTENCE_END, _WORD, _date_cues, _fold_window, _naive, _opening
from timeline._programs import kept
from timeline._sentences import Clause, split_sentences
from timeline._spans import SpanIndex
from timeline._types import Anchor, Grain, Timex
from timeline._yaml import load_language_yaml
from timeline.anchors import other_instance_words
from timeline.happenings import TriggerLexicon, load_triggers
from timeline.leads import Told, opening_tense, reaction_window
from timeline.lexicon import clitic_prefixes, dual, feminine, load_lexicon, trie_regex, unjoined
from timeline.normalize import fold
from timeline.places import find_places
from timeline.tense import future_verb
from timeline.verbs import load_shapes, nearest_first


_JOINED_BL = clitic_prefixes().joined + "بل"  # و ف ب ل, a word's first letter before a prayer's name
# the opening of a clause that may name where it happens (و في X، وفي محافظة X)
_LOCATIVE_HEAD = kept(_CONJ + r"?في\s+(?:\S+\s+){0,2}\S+")
# a conjunction glued to a clause's first word, or nothing
_CONJ_HEAD = kept(_CONJ + "?")
# a word glued to a lam of purpose (لاستعادة، لتحرير; not لل, the lam before the article)
_PURPOSE = kept(r"(?<!\w)" + _CONJ + r"?ل(?!ل)[\u0621-\u064a]{3,}")
_ONE_DAY = dt.timedelta(days=1)
# how many days before the publication's the report's last day may be for a separate incident to take it
_REPORT_DAYS = dt.timedelta(days=2)
# how many sentences before a clause opened by a connective of the same time (في غضون ذلك) the day it
# takes may have been told: a paragraph or two back; further, the narrative has moved on
_MEANWHILE_REACH = 4


def _opens_present(opening: list[str]) -> bool:
    """Whether a clause's first words (folded) open with a present verb: one of يـ
    (:func:`_opening_verb`), or a long one of تـ/نـ as its first word that is no perfect
    (:meth:`timeline.verbs.Shapes.long_present`: ``تتواصل``, ``تستمر``; not ``تواصلت``)."""
    if _opening_verb(opening, _date_cues()) == "present":
        return True
    if not opening:
        return False
    ((_, _, bare, passed),) = nearest_first(opening[:1])
    shapes = load_shapes()
    return not passed and shapes.present_opening.fullmatch(bare) is not None and shapes.long_present(bare) \
        and not shapes.perfect(bare)


def _on_the_narrative_day(text: str, t: Timex, day: dt.date | None) -> Timex:
    """``t`` moved to ``day`` when it is the bare hour of a prayer counted from the
    publication (``أثناء أدائهم صلاة الظهر``: its rule names no day; ``prayer`` of
    ``lang/ar/event_dates.yaml``) and ``day`` (the last day an earlier clause of the
    article set) is another day than the one it was given; anchored to the narrative.
    Else ``t`` itself."""
    if (day is None or t.interval is None or t.anchor is not Anchor.PUBLISHED
            or t.rule != "<part of day>"):
        return t
    before = _WORD.findall(_fold_window(text, max(0, t.start - 16), t.start))
    if not before or unjoined(before[-1], _JOINED_BL) not in _date_cues().prayer:
        return t
    return t if day == _naive(t.interval[0]).date() else _moved(t, day)


# the parts of a clock time's rule (split at " + ") that name no day, and those that name a clock
_CLOCK_PARTS = frozenset(("hh:mm", "<hour> و <minutes>", "<minutes> before/after <hour>", "<part of day>",
                          "<time zone>"))
_CLOCK_CORES = frozenset(("hh:mm", "<hour> و <minutes>", "<minutes> before/after <hour>"))
# how long before the publication the day a bare clock time takes from the narrative may be: an
# older day told since is background («مقارنة بمستواه في 12 مايو»), not the narrative's
_CLOCK_DAY_AGE = dt.timedelta(days=7)


def _recent_day(own: list[Timex], published: dt.datetime, day: dt.date | None) -> dt.date | None:
    """The day a bare clock time may take from the narrative after a clause dated ``own``: the
    day of its last date of a day or finer when that date lies within one day and at most
    :data:`_CLOCK_DAY_AGE` before the publication; none after a night or a span of days (``الليلة
    الماضية … في الساعة الثالثة فجرا`` is the morning after); ``day`` after older ones."""
    last = next((t for t in reversed(own) if _a_day_or_finer(t) and t.interval is not None), None)
    if last is None or last.interval is None:
        return day
    start = _naive(last.interval[0])
    if _naive(last.interval[1]) > dt.datetime.combine(start.date(), dt.time()) + dt.timedelta(days=1):
        return None
    return start.date() if start.date() >= _naive(published).date() - _CLOCK_DAY_AGE else day


def _on_the_recent_day(text: str, clause: Clause, t: Timex, day: dt.date | None, published: dt.datetime,
                       dating: SpanIndex[Timex]) -> Timex:
    """``t`` moved to ``day`` when it is a bare clock time (``الساعة 9:15``، ``قبل الساعة
    السابعة صباحا``) the tagger put on the publication's day for want of a day in its sentence,
    and ``day``, the last day an earlier clause set at most :data:`_CLOCK_DAY_AGE` before the
    publication, is an earlier one: the narrative's day («أغلقت البورصة أبوابها أمس.» … «وهبط المؤشر
    عند الساعة 9:15»). Not when its clause tells it ahead (a future verb before it).
    Else ``t`` itself."""
    if day is None or t.interval is None or t.anchor is Anchor.NONE or day >= _naive(published).date():
        return t
    parts = t.rule.split(" + ")
    if not _CLOCK_CORES.intersection(parts) or not _CLOCK_PARTS.issuperset(parts) \
            or _naive(t.interval[0]).date() != _naive(published).date():
        return t
    if any(_a_day_or_finer(u) and not _CLOCK_PARTS.issuperset(u.rule.split(" + "))
           for u in itertools.chain(dating.starting_in(clause.sentence_start, t.start),
                                    dating.starting_in(t.start, clause.end))):
        return t  # a day of its sentence or clause places it (اليوم … عند الساعة العاشرة، الساعة 5 طوال الأسبوع الماضي)
    if any(future_verb(w) for w in _WORD.findall(_fold_window(text, clause.start, t.start))):
        return t  # وسيعقد مؤتمرا صحافيا عند الساعة الثالثة: the coming hour
    return _moved(t, day)


def _told_weekdays(text: str, timexes: list[Timex], published: dt.datetime) -> list[Timex]:
    """``timexes`` with a bare weekday counted from the publication read where the article
    tells which one it is. The weekday of a prayer named after it (``خلال صلاة الجمعة``;
    ``prayer`` of ``lang/ar/event_dates.yaml``) names the prayer, not its week: it is the day
    an earlier expression of the article dated outright (no weekday counted from the
    publication) when that day falls on it (``تفجير 26 يونيو ... خلال أداء المصلين لصلاة
    الجمعة``: 26 June, anchored to the narrative); else the last such weekday only when the
    paper tells it that day or the next (``أدى المصلون صلاة الجمعة`` in Saturday's paper); else
    it dates nothing (``وكان انتحاري فجر نفسه خلال صلاة الجمعة`` told weeks later). Any other
    bare weekday (``ظهر الجمعة``) in a sentence naming a happening that the sentence of such an
    earlier day, of another week and on that weekday, also names is that day (``وأسفر التفجير
    … 26 يونيو`` … ``ألبسه الحزام قبل إيصاله للمسجد ظهر الجمعة، بغرض تفجير المسجد``)."""
    out: list[Timex] = []
    told: list[dt.date] = []  # the days dated outright, in text order
    told_at: list[int] = []
    told_on: dict[int, list[int]] = {}  # weekday → the indexes of the days told on it
    read: dict[int, set[str]] = {}
    sentence_at = _sentences_of(text, timexes)

    def happenings(k: int) -> set[str]:  # of the sentence of the k-th day told, read once
        if k not in read:
            read[k] = _happenings_of(sentence_at(told_at[k]))
        return read[k]

    prayer = _date_cues().prayer
    for t in timexes:
        if _bare_weekday(t):
            assert t.interval is not None
            said = _naive(t.interval[0]).date()
            same = told_on.get(said.isoweekday(), [])
            before = _WORD.findall(_fold_window(text, max(0, t.start - 16), t.start))
            if t.rule == "<weekday>" and before and unjoined(before[-1], _JOINED_BL) in prayer:
                if same:
                    t = _moved(t, told[same[-1]])
                elif not 0 <= (_naive(published).date() - said).days <= 1:
                    continue
            else:
                told_of = _happenings_of(sentence_at(t.start)) if same else set()
                of_it = next((k for k in reversed(same) if told_of and (said - told[k]).days >= 7
                              and happenings(k) & told_of), None)  # the last such day
                if of_it is not None:
                    t = _moved(t, told[of_it])
        out.append(t)
        if t.interval is not None and _a_day_or_finer(t) \
                and not _bare_weekday(t):
            told.append(_naive(t.interval[0]).date())
            told_at.append(t.start)
            told_on.setdefault(told[-1].isoweekday(), []).append(len(told) - 1)
    return out


def _quoted_today(text: str, timexes: list[Timex], published: dt.datetime) -> list[Timex]:
    """``timexes`` with a bare "today" (``nowadays`` of ``lang/ar/event_dates.yaml``, read as the
    publication's day) that stands inside a direct quotation (:func:`_quoted`) moved to the
    day before, when the article's first day told is that day: a paper reporting yesterday
    quotes what was said yesterday (``افتتح الرئيس أمس القناة ... وقال: وما افتتاح قناتنا اليوم
    إلا انطلاقة``: his today is the opening's day)."""
    day = _naive(published).date() - dt.timedelta(days=1)
    first = next((t for t in timexes if t.interval is not None and t.grain is not None
                  and t.grain.rank <= Grain.DAY.rank), None)
    if first is None or first.interval is None or _naive(first.interval[0]).date() != day:
        return timexes
    today = _date_cues().nowadays
    return [_moved(t, day) if (t.start > first.start and t.anchor is Anchor.PUBLISHED and t.interval is not None
                               and fold(t.text) in today and _quoted(text, t.start)) else t
            for t in timexes]


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a direct quotation: a quotation mark left open in its
    paragraph (``«``, ``“``, an odd number of ``"``), or a colon after a speech verb
    (``speech_verbs``) in its sentence (``وقال الرئيس خلال الحفل: …``)."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    if (paragraph.count("«") > paragraph.count("»") or paragraph.count("“") > paragraph.count("”")
            or paragraph.count('"') % 2):
        return True
    ends = list(_SENTENCE_END.finditer(paragraph))
    sentence = paragraph[ends[-1].end() if ends else 0:]
    colon = sentence.rfind(":")
    verbs = _date_cues().speech_verbs
    return colon > 0 and any(unjoined(w) in verbs for w in _WORD.findall(fold(sentence[:colon])))


_BARE_WEEKDAYS = frozenset(("<weekday>", "<part of day> + <weekday>"))


def _bare_weekday(t: Timex) -> bool:
    """Whether ``t`` is a weekday alone or after a part of the day (``الجمعة``، ``ظهر الجمعة``;
    not ``الجمعة الماضية``), counted from the publication."""
    if t.rule not in _BARE_WEEKDAYS or t.anchor is not Anchor.PUBLISHED or t.interval is None:
        return False
    words = _WORD.findall(fold(t.text))
    return len(words) == (1 if t.rule == "<weekday>" else 2) and words[-1] in load_lexicon().weekdays


def _moved(t: Timex, day: dt.date) -> Timex:
    """``t`` moved to ``day``, anchored to the narrative."""
    assert t.interval is not None
    old = _naive(t.interval[0]).date()
    shift = day - old
    value = day.isoformat() + t.value[len(old.isoformat()):] if t.value.startswith(old.isoformat()) else t.value
    return dataclasses.replace(t, value=value, anchor=Anchor.NARRATIVE,
                               interval=(t.interval[0] + shift, t.interval[1] + shift))


def _sentences_of(text: str, timexes: list[Timex]) -> Callable[[int], str]:
    """The sentence of ``text`` (:func:`split_sentences`, cut once, when first asked) holding
    position ``at``; empty outside every sentence (page chrome)."""
    spans: list[tuple[int, int]] = []
    starts: list[int] = []

    def sentence_at(at: int) -> str:
        if not spans:
            spans.extend(split_sentences(text, timexes))
            starts.extend(s for s, _ in spans)
        k = bisect_right(starts, at) - 1
        return text[spans[k][0]:spans[k][1]] if k >= 0 and at < spans[k][1] else ""
    return sentence_at


def _happenings_of(sentence: str) -> set[str]:
    """The classes of the happening words of ``sentence`` (``lang/ar/triggers.yaml``), but a
    toll's (a count of victims names no one happening)."""
    lexicon = load_triggers()
    return {c for c in (lexicon.word_class(w) for w in _WORD.findall(fold(sentence)))
            if c is not None and c not in lexicon.tolls}


@functools.lru_cache(maxsize=None)
def _separate_incident(code: str = "ar") -> re.Pattern[str]:
    """A folded clause opening with a separate incident (``separate_incidents`` of
    ``lang/<code>/event_dates.yaml``: ``وفي حادث منفصل``، ``وفي هجومين منفصلين``), read once."""
    data = load_language_yaml(code, "event_dates.yaml")["separate_incidents"]
    nouns = {form for noun in map(str, data["nouns"]) for form in (fold(noun), *dual(noun))}
    words = {form for word in map(str, data["words"]) for one in feminine(word) for form in (one, *dual(one))}
    return re.compile(_CONJ + rf"?في\s+{trie_regex(nouns, cache=None)}\s+{trie_regex(words, cache=None)}(?!\w)")


@functools.lru_cache(maxsize=None)
def _meanwhile(code: str = "ar") -> re.Pattern[str]:
    """A folded clause opening with a connective of the same time (``meanwhile`` of
    ``lang/<code>/event_dates.yaml``: ``في غضون ذلك``، ``وفي هذه الأثناء``), read once."""
    return _opening(load_language_yaml(code, "event_dates.yaml")["meanwhile"])


def _separate_day(text: str, clause: Clause, days: list[tuple[Timex, int]], published: dt.datetime,
                  spans: SpanIndex[Timex]) -> Timex | None:
    """The day a clause with no date of its own that opens its sentence with a separate incident
    (:func:`_separate_incident`: ``وفي حادث منفصل، قتل جندي``) took place on: the last of the
    ``days`` (with their sentences) told before it that passes on (:func:`_passes_on`) and is the
    publication's or one of the :data:`_REPORT_DAYS` before (a roundup tells the incidents of its
    days; an older day is background). So for a clause opened by a connective of the same time
    (:func:`_meanwhile`: ``في غضون ذلك، اعتقلت الشرطة عشرات``, at its sentence's start or where
    the connective cut it) that tells a happening in the perfect (``في الوقت نفسه تتواصل المعارك``:
    a state going on; ``في الوقت نفسه يبقى الباب مفتوحا``: a comment), from a day told at most
    :data:`_MEANWHILE_REACH` sentences before. None for any other clause, and for one telling a time
    of its own without a date (``وفي حادث مماثل شهدته القرية قبل سنوات``: an older incident;
    ``في هذه الأثناء``, an expression itself, is the connective's)."""
    opening = _fold_window(text, clause.start, min(clause.end, clause.start + 96))
    meanwhile = _meanwhile().match(opening)
    if meanwhile is None and (text[clause.sentence_start:clause.start].strip()
                              or not _separate_incident().match(opening)):
        return None
    told = spans.starting_in(clause.start, clause.end)
    reach = None
    if meanwhile is not None:
        told = [t for t in told if not (t.start < clause.start + len(meanwhile.group()) + 2
                                        and fold(t.text) in meanwhile.group())]
        lexicon = load_triggers()
        words = _WORD.findall(opening, meanwhile.end())[:_OPENING_VERB_WORDS]
        if lexicon.happening(_without_purposes(fold(clause.text), lexicon)) is None or _opens_present(words):
            return None
        reach = clause.sentence_index - _MEANWHILE_REACH
    if any(t.interval is None for t in told):
        return None
    first = _naive(published).date() - _REPORT_DAYS
    return next((t for t, sentence in reversed(days) if t.interval is not None and _passes_on(text, t, published)
                 and _naive(t.interval[0]).date() >= first and (reach is None or sentence >= reach)), None)


def _reaction_window(text: str, clause: Clause, dating: SpanIndex[Timex], published: dt.datetime) -> Timex | None:
    """The date of a reaction whose object was cut off with its date (``Clause.reacts``, :func:`_reacts_to`):
    the window of its report (:func:`timeline.leads.reaction_window`, bounded by the object's date, the
    sentence's first after the clause, or its last before a reactor's next act, :func:`_reaction_resumed`),
    or the date told in the reaction's own vehicle after the object (:func:`_vehicle_after`: ``الهجوم
    الذي وقع الجمعة، في بيان أصدرته مساء أمس``: the statement's evening, inherited); None for a clause
    that tells no reaction, or when the
    reaction is told ahead (``ستدين``) or opens background (``وكانت الحكومة أدانت``:
    ``background_openers``), whose day the report does not give."""
    folded = fold(clause.text)
    lexicon = load_triggers()
    first = _WORD.findall(folded)[lexicon.dateline(folded):][:1]  # past a dateline (سبق - أبها:)
    if (not lexicon.is_reaction(lexicon.happening(folded)) or opening_tense(folded) is Told.AHEAD
            or _date_cues().background_openers.intersection(map(unjoined, first))):
        return None
    told = (dating.starting_in(clause.end, clause.sentence_end)  # the object's date, after the reaction or,
            or dating.starting_in(clause.sentence_start, clause.start)[-1:])  # for the reactor's next act, before
    vehicle = _vehicle_after(text, told[0].end, clause.sentence_end, _date_cues()) if told else None
    if vehicle is not None:  # الهجوم الذي وقع الجمعة، في بيان أصدرته مساء أمس: the statement's evening
        stop = _TAIL_END.search(text, vehicle.end(), clause.sentence_end)
        own = dating.starting_in(vehicle.end(), stop.start() if stop else clause.sentence_end)
        if own:
            return own[0]
    return reaction_window(clause, published, told[0] if told else None)


def _passes_on(text: str, t: Timex, published: dt.datetime) -> bool:
    """Whether the narrative's date ``t`` may date the undated clauses that follow it: one day
    or less (a year, a season or a decade is the background of a story, not the time of its
    next happening: ``وفي عام 2012 اجتمعوا سرا. وبعد الاجتماع سقط نجادي``; days told as one span,
    ``خلال اليومين الماضيين``, hold what went on over them, not one day's), and not after
    the publication (a plan's date: ``في الانتخابات التي ستجري في 26 فبراير. وأعرب عن قلقه``
    tells a worry of today), not a "since" (``المفقودة منذ 8 مارس 2014``: the start of a
    state) and not a bare ``اليوم``, which is also "nowadays" (``المركز مطالب اليوم``:
    ``nowadays`` of ``lang/ar/event_dates.yaml``), nor one that dates a relative or
    subordinate clause rather than its clause's predicate (:func:`_dates_subordinate`: ``جبهة
    العند التي استعادها الثوار بالأمس``، ``والذي استشهد صباح الجمعة``، ``قبل توصيله للمسجد ظهر
    الجمعة``), nor one inside a quotation (``وقال: «يوم الأربعاء تلقيت دعوة»``:
    the speaker's story, not the narrative's)."""
    if (t.interval is None or t.grain is None or t.grain.rank > Grain.DAY.rank
            or t.interval[1] - t.interval[0] > _ONE_DAY  # days told as one span (اليومين الماضيين، خلال أسبوع)
            or _naive(t.interval[0]) > _naive(published) or t.mod == "ON_OR_AFTER"):
        return False
    said = text[text.rfind("\n", 0, t.start) + 1:t.start]  # a quotation may hold several sentences
    quoted = said.count("«") > said.count("»") or said.count('"') % 2 == 1
    cues = _date_cues()
    return not quoted and unjoined(fold(t.text)) not in cues.nowadays and not _dates_subordinate(text, t)


def _words_before(text: str, t: Timex) -> list[str]:
    """The few folded words right before ``t`` (where a relative pronoun or a subordinating word sits),
    after a colon if one comes between: what a colon opens is not governed by a word before it (a
    letter's ``السلام عليكم ... وبعد: اطلعت في عدد الأربعاء``: ``وبعد`` is no subordinate "after")."""
    window = _fold_window(text, max(0, t.start - 48), t.start)
    return _WORD.findall(window[window.rfind(":") + 1:])[-_SUBORDINATE_REACH:]


def _dates_subordinate(text: str, t: Timex) -> bool:
    """Whether ``t`` dates a relative or subordinate clause rather than its sentence's predicate: a
    word of ``subordinate`` (``lang/ar/event_dates.yaml``) among the few before it, alone or after
    و (``والذي استشهد صباح الجمعة``، ``قبل توصيله للمسجد ظهر الجمعة``)."""
    subordinate = _date_cues().subordinate
    return any(w in subordinate or (w.startswith("و") and w[1:] in subordinate) for w in _words_before(text, t))


def _same_thread(text: str, dated: Clause, clause: Clause, date: Timex) -> bool:
    """Whether an undated clause goes on telling the happening of the last dated one: in
    the same or the next sentence, no paragraph break between; it does not open another
    thread (background: ``وكان``, ``يذكر أن``; a turn or another speaker: ``إلى ذلك``,
    ``من جهته``, ``في وقت لاحق``, ``ويأتي ذلك``: ``background_openers``, ``thread_breaks``
    and ``aside`` of ``lang/ar/event_dates.yaml``); it tells a happening (a happening word,
    ``lang/ar/triggers.yaml``: a description or a comment tells none) of the group of the
    happening the date tells, names no other instance of it (:func:`_another_happening`) and
    does not move to a place the dated clause does not name (:func:`_elsewhere`)."""
    if clause.sentence_index - dated.sentence_index > 1 or "\n" in text[dated.end:clause.start]:
        return False
    folded = fold(clause.text)
    cues = _date_cues()
    if cues.thread_break.match(folded) or not _told_done(clause.text, folded, cues):
        return False
    lexicon = load_triggers()
    kind = lexicon.happening(_without_purposes(folded, lexicon))
    if kind is None or _another_happening(folded):
        return False
    # the happening the date tells: the happening word nearest before it (the predicate
    # comes first in Arabic news), else the nearest after it
    told = lexicon.happening(fold(dated.text), at=len(_fold_window(text, dated.start, date.start)))
    return told is not None and lexicon.group(told) == lexicon.group(kind) and not _elsewhere(dated, clause)


def _told_done(text: str, folded: str, cues: _DateCues) -> bool:
    """Whether a clause may go on with the day the narrative told: it is not told ahead or as
    going on (:func:`timeline.leads.opening_tense`: ``كما ستفتح المحافظة شواطئها``, a plan;
    ``وتتواصل المعارك``, a state; nor after ``background_state``: ``في وقت تشهد البلاد توترا``)
    and it names no time of its own that the tagger could not read (``own_time`` of
    ``lang/ar/event_dates.yaml``: ``في أواخر يوني الماضي``, a month misspelt)."""
    if opening_tense(folded) in (Told.AHEAD, Told.NOW):
        return False
    if any(cues.state.match(text, at) for at in {0, _CONJ_HEAD.match(text).end()}):  # (و)في وقت تشهد; the
        return False  # ف of في is no conjunction
    return cues.own_time.isdisjoint(_WORD.findall(folded))


def _elsewhere(dated: Clause, clause: Clause) -> bool:
    """Whether ``clause`` opens by naming a place (``وفي تعز قتل مدني``) that the dated
    clause does not name: the story moves to another place."""
    head = _LOCATIVE_HEAD.match(clause.text)
    if head is None:
        return False
    named = {m.place.name for m in find_places(dated.text)}
    return any(m.locative and m.place.name not in named for m in find_places(head.group()))


def _without_purposes(folded: str, lexicon: TriggerLexicon) -> str:
    """A folded clause without the happening words glued to a lam (``كما تجري الاستعدادات
    لاستعادة القاعدة``: a recapture aimed at, not told); a word that is a happening word as
    it stands (``لقاء``) stays. The lam of ``تعرضت لهجوم`` goes too: such a clause inherits
    only through another happening word (a little recall for precision)."""
    def keep(m: re.Match[str]) -> str:
        word = m.group()
        return " " if lexicon.word_class(word[1:]) is not None and word not in lexicon.exact else word
    return _PURPOSE.sub(keep, folded)


def _another_happening(folded: str) -> bool:
    """Whether a folded clause names a happening word followed (past at most one
    qualifier) by a word saying it is another one (``اندلعت اشتباكات مسلحة أخرى``,
    ``هجوم جديد``: ``other_instance`` of ``lang/ar/event_dates.yaml``)."""
    words = _WORD.findall(folded)
    other, lexicon = other_instance_words(), load_triggers()
    return any(other.intersection(words[i + 1:i + 3]) and lexicon.word_class(w) is not None
               for i, w in enumerate(words) if i + 1 < len(words))
