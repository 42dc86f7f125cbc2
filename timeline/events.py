"""From an article to its events: the :class:`Event` record and the entry points.

An article is cut into sentences (:mod:`timeline._sentences`) and each sentence into clauses
(:mod:`timeline._clauses`). An :class:`Event` is a clause with the expression that dates it: the
expressions of its own that date it (:mod:`timeline._dating`), else, for some clauses, a day the
narrative set (:mod:`timeline._thread`). The words and patterns these readings share are in
:mod:`timeline._event_cues`. All offsets point into the original text:
``text[clause.start:clause.end] == clause.text``.

Each event has a ``place``: the place named in its clause (found with the gazetteer
``lang/ar/places.yaml``, see :mod:`timeline.places`), else in its sentence, else the
article's own ``place`` field, else None. Within a clause or sentence a place introduced
by ``في`` or ``ب`` (``في حلب``, ``بالقاهرة``) wins; otherwise the first place named does.

:func:`extract_events` is a pure function from a batch of articles to a batch of events
(polars in and out), so it can run on many cores or machines unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from timeline._again import AGAIN_CONFIDENCE, SESSION_CONFIDENCE, dated_lead, doer_again
from timeline._clauses import _content_words, _said_on, _verb_word, split_clauses
from timeline._dating import (_SUBORDINATE_REACH, _a_day_or_finer, _as_reported, _dating, _deemed_said, _distinct_dates,
                              _inside_any, _is_dateline, _opens_with, _the_day)
from timeline._elapsed import ELAPSED_CONFIDENCE, elapsed_happenings
from timeline._event_cues import _WORD, _date_cues, _fold_window, _naive
from timeline._lead_cut import _PAST_REF, report_part, told_earlier
from timeline._sentences import Clause, split_sentences
from timeline._spans import SpanIndex, end_before_spaces
from timeline._thread import (_dates_subordinate, _on_the_narrative_day, _on_the_recent_day, _passes_on, _quoted_today,
                              _reaction_window, _recent_day, _same_thread, _separate_day, _told_weekdays)
from timeline._types import WRITTEN_ANCHOR, Anchor, Grain, Prefer, Timex, TimexType
from timeline.anchors import (RECALLED_CONFIDENCE, THIS_YEAR_CONFIDENCE, anchor_to_happenings, anniversary_of, commemoration,
                              may_recall, pending_offset, recalled_happening, recalled_this_year)
from timeline.calendars import hijri_iso, hijri_label
from timeline.leads import CANDIDATE_CONFIDENCE, LEAD_CONFIDENCE, ahead_relative, lead_sentence, report_window
from timeline.lexicon import clitic_prefixes, relative_pronouns, unjoined
from timeline.normalize import fold
from timeline.places import PlaceMention, body_country, canonical_place, find_places, pick_place
from timeline.tagger import tag, tag_counted, written_moment
from timeline.tense import future_verb

if TYPE_CHECKING:
    import polars as pl

    from timeline.articles import Article


__all__ = [
    "Clause",
    "Event",
    "article_events",
    "article_rows",
    "articles_frame",
    "events_from_articles",
    "extract_events",
    "split_clauses",
    "split_sentences",
]

# how sure an inherited date is: from the same sentence, from the sentence before
_INHERITED_CONFIDENCE = (0.7, 0.5)
# how sure a date shared across a connective of simultaneity (فيما، بينما) is
_SIMULTANEOUS_CONFIDENCE = 0.9
# a separate incident (وفي حادث منفصل) with no date of its own leads like a simultaneous one: another
# happening, not the narrative of the clause whose day it takes
_SEPARATE_CONFIDENCE = _SIMULTANEOUS_CONFIDENCE
# the most days a lead's told day lies before the publication to be the report's news (a weekly's)
_NEWS_DAYS = 7
# how a separate incident's clause opens, unfolded (في، وفي، فى): tested before anything else, most
# undated clauses open otherwise
_IN = ("في", "وفي", "فى", "وفى", "ففي")
# a date that ended this long before the publication is the story's background: not shared across فيما
_BACKGROUND_AGE = dt.timedelta(days=365)
# how many sentences after an undated lead may show, by a day of their own before its report
# window, that it tells older news
_LEAD_CHECKED = 3


@dataclass(frozen=True, slots=True)
class Event:
    """A clause and the expression that dates it, with where it was read."""

    article_id: str
    published: dt.datetime
    clause: Clause
    timex: Timex
    sentence: str
    inherited: bool = False
    source: str | None = None
    url: str | None = None
    title: str | None = None
    place: str | None = None
    happening_anchor: str | None = None
    confidence: float = 1.0

    @property
    def event_id(self) -> str:
        """Stable id: article id, clause start and expression start."""
        return f"{self.article_id}#{self.clause.start}-{self.timex.start}"

    def as_row(self) -> dict[str, Any]:
        """The event as a row of :data:`timeline.frame.EVENT_SCHEMA`."""
        t = self.timex
        if t.interval is None:  # a date told from a happening the article does not date
            start = end = None
            hijri: dict[str, Any] = {"grain": None, "hijri_start": None, "hijri_end": None, "hijri_label": None}
        else:
            start, end = (_naive(x) for x in t.interval)
            hijri = {"grain": (t.grain or Grain.DAY).value,
                     "hijri_start": hijri_iso(start.date()),
                     "hijri_end": hijri_iso((end - dt.timedelta(microseconds=1)).date()
                                            if end > start else start.date()),
                     "hijri_label": hijri_label(start, end)}
        return {
            "event_id": self.event_id,
            "start": start,
            "end": end,
            "grain": hijri["grain"],
            "value": t.value,
            "mod": t.mod,
            "hijri_start": hijri["hijri_start"],
            "hijri_end": hijri["hijri_end"],
            "hijri_label": hijri["hijri_label"],
            "expr": t.text,
            "expr_start": t.start,
            "expr_end": t.end,
            "anchor": (f"event:{self.happening_anchor}" if self.happening_anchor
                       else t.anchor.value),
            "clause": self.clause.text,
            "clause_start": self.clause.start,
            "clause_end": self.clause.end,
            "sentence": self.sentence,
            "sentence_index": self.clause.sentence_index,
            "inherited": self.inherited,
            "date_confidence": self.confidence,
            "place": self.place,
            "article_id": self.article_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": _naive(self.published),
        }


def article_events(
    article_id: str,
    text: str,
    published: dt.datetime,
    *,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    place: str | None = None,
    prefer: Prefer | str | None = None,
    inherit: bool = False,
    timexes: list[Timex] | None = None,
    pending: bool = False,
    leads: bool = False,
) -> list[Event]:
    """The events one article tells, in text order (``timexes`` defaults to :func:`tag`'s).

    ``place`` is the article's place, for events whose clause and sentence name none.
    ``pending``: also an undated event (no interval, value ``event:X+P3D``) for each clause
    dated only from a happening X the article does not date (see :mod:`timeline.anchors`),
    for :func:`timeline.merge.merge_events` to date from another article.
    ``leads`` (without ``inherit``): also the lead's report window as a candidate
    (:data:`~timeline.leads.CANDIDATE_CONFIDENCE`), which the merge keeps when the undated
    leads of three outlets or more make one entry of their own, or alone when no other outlet's
    candidate and no told row tell it (:func:`timeline.windows.confirmed_windows`); with
    ``inherit`` the window is made in any case,
    at :data:`~timeline.leads.LEAD_CONFIDENCE`.
    """
    if timexes is None:
        timexes = tag(text, published, prefer=prefer)
    timexes = _quoted_today(text, _told_weekdays(text, timexes, published), published)
    relative = anchor_to_happenings(text, timexes)
    # a happening X the article does not date, its count's bound kept (بعد أقل من أسبوعين على الحصار: the
    # pending phrase replaces the tagger's duration and its mod)
    bounds = {t.start: t.mod for t in timexes if t.type is TimexType.DURATION and t.mod is not None}
    undated = [dataclasses.replace(a, pending=dataclasses.replace(a.pending, mod=bounds.get(k, a.pending.mod)))
               for k, a in relative.items() if a.pending is not None]
    if relative:  # dated from a happening of the article: the phrase replaces the duration
        phrases = [a.timex for a in relative.values() if a.timex is not None]
        # and the day of X it spans (عشية جلسة للبرلمان اليوم الثلاثاء), dated or not (فجر يوم التفجير
        # الجمعة: X's weekday, not the last Friday)
        spans = phrases + [a.pending for a in relative.values() if a.pending is not None]
        inside = _inside_any(spans)
        timexes = sorted([t for t in timexes if t.start not in relative and not inside(t)] + phrases,
                         key=lambda t: t.start)
        anchors = {a.timex.start: a.what for a in relative.values() if a.timex is not None}
    else:
        anchors = {}
    meta = {"source": source, "url": url, "title": title}
    default_place = canonical_place(place)
    mentions: SpanIndex[PlaceMention] | None = None
    events: list[Event] = []
    last: Timex | None = None
    told_day: dt.date | None = None  # the last day (or finer date) an earlier clause set
    recent_day: dt.date | None = None  # … of those, within one day, at most _CLOCK_DAY_AGE before the publication
    last_clause: Clause | None = None
    dating = SpanIndex([t for t in timexes if t.interval is not None])
    spans = SpanIndex(list(timexes))  # a clause with an expression of its own inherits nothing, nor one whose
    # time is counted from a happening the article does not date (وبعد مضي 6 أيام من إسقاط القنبلتين استسلمت)
    counted = SpanIndex(sorted((a.pending for a in relative.values() if a.pending is not None), key=lambda t: t.start))
    waiting = sorted((a.pending for a in relative.values() if a.pending is not None),
                     key=lambda t: t.start) if pending else []
    days: list[tuple[Timex, int]] = []  # the days (or finer dates) the clauses told, in order, with their
    # sentences: a separate incident's
    before: tuple[Clause, list[Timex]] | None = None  # the clause just before, with its dates (to be
    # widened to their day, :func:`_the_day`, when a clause shares them: most are never asked for)
    host: tuple[Clause, list[Timex]] | None = None  # the last clause whose own last date, a day or finer,
    # dates its predicate, not a relative or subordinate clause (:func:`_dates_subordinate`)
    clauses = split_clauses(text, timexes, published)
    dated_spans: list[tuple[int, int]] | None = None  # the clauses with a date, for an undated anniversary
    for clause in clauses:
        said = [_on_the_recent_day(text, clause, _on_the_narrative_day(text, t, told_day), recent_day, published,
                                   dating)
                for t in _dating(text, clause, dating.starting_in(clause.start, clause.end), published)]
        # the report's day of an attribution tail, alone: a window, or no date of the happening
        own = [w for k, t in enumerate(said) if (w := _as_reported(text, clause, t, said[:k], spans)) is not None]
        recalled: list[tuple[Timex, str, int]] = []
        elapsed: list[tuple[Timex, str, int]] = []
        recalled_confidence = RECALLED_CONFIDENCE
        if not own and (memo := commemoration(text, clause.start, clause.end, timexes, published)) is not None:
            own = said = [memo[0]]  # في الذكرى الأولى لمقتله العام الماضي: X's date N years on, anchored to X
            anchors[memo[0].start] = memo[1]
        elif own:  # أحيت اليابان أمس الذكرى السبعين لإلقاء القنبلة: the bombing, 70 years before
            recalled = recalled_happening(text, clause.start, clause.end, clause.sentence_start, own,
                                          spans.starting_in(clause.start, clause.end), timexes, published)
            # حطت الطائرة الخميس بعد أربعة أشهر من توقف الرحلات: the stop, four months before
            elapsed = elapsed_happenings(text, clause.start, clause.end, own, spans.starting_in(clause.start, clause.end),
                                         undated, timexes, published)
        elif may_recall(text, clause.start, clause.end, inside := spans.starting_in(clause.start, clause.end)):
            # بمناسبة الذكرى السبعين لنهاية الحرب, undated: the war's end, the publication's year less 70
            if dated_spans is None:
                dated_spans = [(c.start, c.end) for c in clauses if dating.count_starting_in(c.start, c.end)]
            recalled = recalled_this_year(text, clause.start, clause.end, clause.sentence_start, clause.sentence_end,
                                          inside, timexes, published, dated_spans)
            recalled_confidence = THIS_YEAR_CONFIDENCE
        # a relative clause's date is its antecedent's: what is told "while" goes on with the sentence's
        # predicate, dated of its own before it (شيعت جموع ظهر أمس السبت جنازة الشهيد، الذي استشهد صباح
        # الجمعة، فيما حضر للصلاة عليه زملاؤه: the funeral's Saturday, not the death's Friday)
        beside = host if (before is not None and host is not None and host[0] is not before[0] and before[1]
                          and host[0].sentence_index == clause.sentence_index
                          and all(_dates_subordinate(text, t) for t in before[1])) else before
        shared = ([_the_day(t) for t in beside[1]] if beside is not None and clause.simultaneous and not own
                  and beside[0].sentence_index == clause.sentence_index else [])
        # a plan's date is not shared (… الجمعة المقبل، فيما يجري اللاعب أشعة: the x-ray is now), nor
        # the date of a clause a background since opens (ارتفعت | منذ انفجار الأزمة عام 2008، في حين
        # وصلت…: the crisis's year, not the happening told "while"), nor a date over a year before the
        # publication: background, and what is told "while" it is mostly today's (خسر لقبها عام 2009، في
        # حين فشل الفريق في معادلة الرقم: tonight's final)
        shared = [t for t in shared if t.interval is not None and _naive(t.interval[0]) <= _naive(published)
                  and _naive(t.interval[1]) > _naive(published) - _BACKGROUND_AGE]
        if shared and beside is not None and _opens_with(beside[0], _date_cues().since):
            shared = []
        if not own and not shared and before is not None and before[1] \
                and before[0].sentence_index == clause.sentence_index \
                and _deemed_said(text, clause, dating.starting_in(clause.start, clause.end)):
            shared = [_the_day(t) for t in before[1]]  # أعلن المجلس اليوم | أن الخميس المقبل سيتم اعتباره
            # إجازة: what was announced, dated by the announcement (the day off dates nothing)
        distinct = _distinct_dates(own)
        if own or shared or not _said_on(text, clause.start):  # (a statement cut off undated at a saying
            before = (clause, distinct[-1:] if own else shared)  # participle: what follows it "while"
            # shares the day of the clause before it: … أمس، مشيرا إلى أن …، فيما قتل 21)
        confidence = 1.0
        if not own and waiting:
            told = [t for t in waiting if clause.start <= t.start < clause.end]
            if told:
                if mentions is None:
                    mentions = SpanIndex(find_places(text))
                where = (pick_place(mentions.starting_in(clause.start, clause.end), clause.start, clause.end)
                         or default_place)
                sentence = text[clause.sentence_start:clause.sentence_end]
                offset = pending_offset(told[0].value)
                events.append(Event(article_id, published, clause, told[0], sentence, place=where,
                                    happening_anchor=offset[0] if offset else None, **meta))
        if own:
            dates, inherited, last, last_clause = distinct, False, own[-1], clause
            if _a_day_or_finer(distinct[-1]) and not _dates_subordinate(text, distinct[-1]):
                host = (clause, distinct[-1:])  # a day: a span of years is a background (السنوات الست الماضية)
            told_day = next((_naive(t.interval[0]).date() for t in reversed(said)  # a report's day, not its window
                             if _a_day_or_finer(t) and t.interval is not None), told_day)
            recent_day = _recent_day(said, published, recent_day)
            days += [(t, clause.sentence_index) for t in own]
            if not _content_words(text, clause.start, clause.end, spans, 1):
                continue  # a date and nothing else (a wire's time stamp ``11:57 ت م``, a heading): no happening told
            if mentions is None:
                mentions = SpanIndex(find_places(text))
            if _is_dateline(text, clause, spans, mentions):
                continue
        elif shared:  # a second happening told as simultaneous with the first (فيما، بينما)
            dates, inherited, confidence = shared, True, _SIMULTANEOUS_CONFIDENCE
        elif clause.reacts and (window := _reaction_window(text, clause, dating, published)) is not None:
            dates, inherited, confidence = [window], True, LEAD_CONFIDENCE  # أدانت المملكة | الجريمة التي…
        elif days and text.startswith(_IN, clause.start) and (day := _separate_day(text, clause, days, published,
                                                                                     spans)):
            dates, inherited, confidence = [_the_day(day)], True, _SEPARATE_CONFIDENCE  # وفي حادث منفصل
        elif inherit and last is not None and last_clause is not None \
                and not spans.count_starting_in(clause.start, clause.end) \
                and not counted.count_starting_in(clause.start, clause.end) \
                and not _said_on(text, clause.start) \
                and not (last_clause.sentence_index == clause.sentence_index
                         and _opens_with(last_clause, _date_cues().since)) \
                and _passes_on(text, last, published) and _same_thread(text, last_clause, clause, last):
            dates, inherited = [_the_day(last)], True  # its day: the hour was told of another clause
            confidence = _INHERITED_CONFIDENCE[clause.sentence_index - last_clause.sentence_index]
        elif recalled:  # the clause tells nothing dated; what its anniversary recalls is
            dates, inherited = [], False
        else:
            continue
        if mentions is None:  # only articles with events pay for the place search
            mentions = SpanIndex(find_places(text))
        where = (pick_place(mentions.starting_in(clause.start, clause.end), clause.start, clause.end)
                 or (None if clause.purpose else  # a purpose phrase takes no town of the report it ends
                     pick_place(mentions.starting_in(clause.sentence_start, clause.sentence_end),
                                clause.sentence_start, clause.sentence_end)
                     or body_country(text[clause.sentence_start:clause.sentence_end])  # البرلمان العراقي: Iraq
                     or default_place))
        sentence = text[clause.sentence_start:clause.sentence_end]
        memory = anniversary_of(clause.text) or (recalled[0][1] if recalled else None)
        for t in dates:
            what = anchors.get(t.start) or memory
            events.append(Event(article_id, published, clause, t, sentence, inherited, place=where,
                                happening_anchor=what, confidence=confidence, **meta))
        # each X an anniversary recalls, or the clause counts back to, as an event of its own: the phrase to the
        # clause's end
        for phrase, what, until, sure in [(p, w, u, recalled_confidence) for p, w, u in recalled] \
                + [(p, w, u, ELAPSED_CONFIDENCE) for p, w, u in elapsed]:
            until = _before_a_verb(text, phrase.end, until)
            told = Clause(phrase.start, until, text[phrase.start:until], clause.sentence_index, clause.sentence_start,
                          clause.sentence_end)
            events.append(Event(article_id, published, told, phrase, sentence, place=where, happening_anchor=what,
                                confidence=sure, **meta))
    if inherit or leads:
        if (lead := lead_sentence(text, clauses)) is not None:
            _lead_event(text, published, clauses, lead, events, article_id, default_place, meta,
                        LEAD_CONFIDENCE if inherit else CANDIDATE_CONFIDENCE, timexes)
        _again_events(text, clauses, lead, events, article_id, published, default_place, meta, timexes)
    return events


def _news_day(start: dt.datetime, published: dt.datetime) -> bool:
    """Whether a told day is the news of its report: at most :data:`_NEWS_DAYS` days before the
    publication, not after it (a date in the lead's relative clause, ``الوظائف المعلن عنها في 10/10/1436``,
    ``عرضها لإجازة عيد الفطر``, dates no act of the lead)."""
    days = (_naive(published).date() - _naive(start).date()).days
    return 0 <= days <= _NEWS_DAYS


def _again_events(text: str, clauses: list[Clause], index: int | None, events: list[Event], article_id: str,
                  published: dt.datetime, default_place: str | None, meta: dict[str, Any],
                  timexes: Sequence[Timex]) -> None:
    """Put into ``events`` (text order) the told day of the dated lead (:func:`~timeline._again.dated_lead`:
    the lead, sentence ``index`` of :func:`~timeline.leads.lead_sentence`, or one of the first sentences naming a
    session) for each later sentence telling its doer acting again (:mod:`timeline._again`), inherited at
    :data:`~timeline._again.AGAIN_CONFIDENCE` (a session holder's
    act at :data:`~timeline._again.SESSION_CONFIDENCE`: it leads); only a told date of day grain or finer (widened to its
    day) and of the news (:func:`_news_day`);
    never for a sentence telling a time of its own: an event's, or an undated "recently" (``وأعلنت الوزارة
    مؤخرا``: value ``PAST_REF``)."""
    days: dict[int, Event] = {}
    for e in events:
        if not e.inherited and e.timex.grain is not None and e.timex.grain.rank <= Grain.DAY.rank \
                and e.timex.interval is not None and _news_day(e.timex.interval[0], published):
            days.setdefault(e.clause.sentence_index, e)
    if not days or (found := dated_lead(text, clauses, index, days)) is None:
        return
    lead, doers, holders = found
    day = days[lead]
    told = _the_day(day.timex)  # a part of the day or an hour dates the lead's act, the day its further ones
    recently = [t.start for t in timexes if t.value == _PAST_REF]
    dated = frozenset(e.clause.sentence_index for e in events) | frozenset(
        c.sentence_index for c in clauses if any(c.start <= at < c.end for at in recently))
    # a session's decisions, each a happening of its own, lead; the lead's doer's further words follow it
    decisions = {c.start for c in doer_again(text, clauses, lead, dated, holders)} if holders else set()
    for clause in doer_again(text, clauses, lead, dated, doers):
        sentence = text[clause.sentence_start:clause.sentence_end]
        where = day.place or default_place
        event = Event(article_id, published, clause, told, sentence, True, place=where,
                      happening_anchor=day.happening_anchor,
                      confidence=SESSION_CONFIDENCE if clause.start in decisions else AGAIN_CONFIDENCE, **meta)
        at = next((i for i, e in enumerate(events) if e.clause.start > clause.start), len(events))
        events.insert(at, event)


def _before_a_verb(text: str, start: int, until: int) -> int:
    """Where the telling of a recalled happening (X's word ending at ``start``, the telling at
    ``until``) ends: before the next verb (:func:`_verb_word`) no conjunction joins (after a name a
    glued و opens as often another name: ``هيروشيما وناجازاكي``): ``مرور عام على احتلال داعش قضاء سنجار
    | تظاهر أمس`` (the protest is the clause's). Not past a relative pronoun: X's own relative clause
    (``للنصر الذي حققه الفريق``)."""
    conjunctions = clitic_prefixes().conjunctions
    for m in _WORD.finditer(text, start, until):
        word = fold(m.group())
        if word in relative_pronouns():
            return until
        if word[:1] not in conjunctions and _verb_word(word):
            return max(start, end_before_spaces(text, m.start()))
    return until


def _lead_event(text: str, published: dt.datetime, clauses: list[Clause], index: int, events: list[Event],
                article_id: str, default_place: str | None, meta: dict[str, Any], confidence: float,
                timexes: Sequence[Timex] = ()) -> None:
    """Put into ``events`` (text order) the report window (:mod:`timeline.leads`) of the lead (sentence
    ``index``, :func:`~timeline.leads.lead_sentence`: one that reports a past happening), at ``confidence``,
    when no event was made of its sentence, nor tells it done some time ago
    (:func:`~timeline._lead_cut.told_earlier` of ``timexes``)."""
    lead = next(c for c in clauses if c.sentence_index == index)
    # an event of the lead's sentence dates the lead, unless it is a later piece dating only a relative
    # clause of what is to come (التشكيلة التي ستواجه الفريق اليوم): the report itself is undated
    if any(e.clause.sentence_index == index and (e.clause.start <= lead.start or not ahead_relative(text, e.clause, e.timex.start))
           for e in events):
        return
    window = report_window(lead, published)
    assert window.interval is not None
    if _older_news(text, events, index, window.interval):
        return
    clause = report_part(text, lead)
    if told_earlier(text, clause, timexes):
        return
    sentence = text[lead.sentence_start:lead.sentence_end]
    # the place is read over the whole lead, as before: what a relative clause recalls often names where
    # the story is (تبوك، اليمن), and the report's own text too seldom does
    where = pick_place(find_places(sentence), lead.start - lead.sentence_start,
                       lead.end - lead.sentence_start) or default_place
    event = Event(article_id, published, clause, window, sentence, True, place=where,
                  confidence=confidence, **meta)
    at = next((i for i, e in enumerate(events) if e.clause.start > clause.start), len(events))
    events.insert(at, event)


def _older_news(text: str, events: list[Event], index: int, window: tuple[dt.datetime, dt.datetime]) -> bool:
    """Whether the first day the :data:`_LEAD_CHECKED` sentences after the lead (sentence
    ``index``) tell, as the date of their own clause and counted from the publication, is
    before the report ``window``: the lead tells older news (``أشاد أمير المنطقة بالمواقف
    البطولية. وقال خلال استقباله المواطنين أمس الأول…``); a first day inside the window
    confirms it (``قال الأمير إن الحوادث لن تثني عزائمنا. جاء هذا خلال ترؤسه مساء أمس اجتماعا…``,
    and what the later sentences date is its background). A date named outright (``1/9/1436
    هـ``: the story's background), a quoted one, a since's, one ahead, a relative or
    subordinate clause's (``الذي استشهد أمس الأول``, ``بعد إطلاق الحملة في 24 يوليو``:
    ``subordinate``), one of what will be done (``وإن تشريح الجثة سيتم اليوم``) and one of a clause
    opening as background (after ``كان``, ``سبق``, ``الجدير``: ``إلحاقاً لما سبق إعلانه يوم الخميس``،
    ``الجدير ذكره أن باب الترشح فتح في…``; ``reported_past_openers`` and ``background_openers``; all
    of ``lang/ar/event_dates.yaml``) say nothing of the lead."""
    cues = _date_cues()
    first_day, last_day = (_naive(d) for d in window)
    for event in events:
        t = event.timex
        if (event.inherited or not index < event.clause.sentence_index <= index + _LEAD_CHECKED
                or t.anchor is not Anchor.PUBLISHED or t.interval is None or t.grain is None
                or t.grain.rank > Grain.DAY.rank or _naive(t.interval[0]) >= last_day):
            continue
        before = [unjoined(w) for w in _WORD.findall(_fold_window(text, event.clause.start, t.start))]
        near = before[-_SUBORDINATE_REACH:]
        if (before and before[0] in cues.background_openers or cues.reported_past_openers.intersection(before[-3:])
                or cues.since.intersection(before[-2:]) or t.mod == "ON_OR_AFTER"
                or cues.subordinate.intersection(near) or any(map(future_verb, near))):
            continue
        said = text[text.rfind("\n", 0, t.start) + 1:t.start]
        if said.count("«") > said.count("»") or said.count('"') % 2 == 1:
            continue
        return _naive(t.interval[0]) < first_day
    return False


def _rows(articles: pl.DataFrame, inherit: bool) -> Iterator[dict[str, Any]]:
    has_prefer = "prefer" in articles.columns
    for row in articles.iter_rows(named=True):
        published = row["published"]
        if row.get("utc_offset") is not None and published.tzinfo is None:
            published = published.replace(tzinfo=dt.timezone(row["utc_offset"]))
        yield from _article_rows(row, published, row["prefer"] if has_prefer else None, inherit)


def _article_rows(row: dict[str, Any], published: dt.datetime, prefer: str | None,
                  inherit: bool, written: dt.datetime | None = None) -> Iterator[dict[str, Any]]:
    """The rows of one article's events. Its dates count from its writer's day when its deictics told
    with a weekday say so ("اليوم الجمعة" dated a Saturday: :func:`timeline.tagger.tag_counted`), else
    from ``written`` when given (the day its crawl was written, :mod:`timeline.written`), else from
    ``published``; counted from another day than ``published``'s, every row keeps ``published`` and
    names the day used in its anchor (``written:<date>`` for ``published``)."""
    text = row["text"] or ""
    counted = published if written is None else written
    timexes: list[Timex] | None
    timexes, shift = tag_counted(text, counted, prefer=prefer, stamp=None if written is None else published)
    if shift:
        counted = written_moment(counted, shift)
    if counted is not published and counted.date() == published.date():
        counted = published  # its own weekday says the stamp's day after all: counted from the stamp
    for event in article_events(
        str(row["id"]),
        text,
        counted,
        source=row.get("source"),
        url=row.get("url"),
        title=row.get("title"),
        place=row.get("place"),
        prefer=prefer,
        inherit=inherit,
        timexes=timexes,
        pending=True,
        leads=True,
    ):
        out = event.as_row()
        if counted is not published:
            out["published"] = _naive(published)
            if out["anchor"] == Anchor.PUBLISHED.value:
                out["anchor"] = WRITTEN_ANCHOR + counted.date().isoformat()
        yield out


def article_rows(articles: Iterable[Article], *, inherit: bool = False,
                 written: Mapping[str, int] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of :func:`events_from_articles`, as the row mappings
    :func:`timeline.frame.events_frame` reads: the same values, with no polars frame in or
    out (a build's workers never import polars, see :mod:`timeline._preload`). ``written``:
    for some articles (by id), how many days from its publication the day their dates count
    from lies when their own words say nothing of it (their crawl's writer's day,
    :func:`timeline.written.crawl_days`)."""
    for a in articles:
        for field in ("id", "text", "title", "url", "source", "place"):
            _holdable(field, getattr(a, field))
        published = _naive(a.published)
        offset = a.published_at.utcoffset()
        if offset is not None:
            published = published.replace(tzinfo=dt.timezone(offset))
        row = {"id": a.id, "text": a.text, "title": a.title, "url": a.url, "source": a.source, "place": a.place}
        yield from _article_rows(row, published, a.prefer.value if isinstance(a.prefer, Prefer) else a.prefer,
                                 inherit, None if written is None or a.id not in written
                                 else written_moment(published, written[a.id]))


def _holdable(field: str, value: object) -> None:
    """Refuse (ValueError) an article's value the event table's text columns cannot hold: not
    text, or text with unpaired surrogates. The workers send plain columns that the build
    process makes into the frame, so such a value would fail the whole build there, not its
    article's row (as when the workers made the frame); the id is made text (``str``)."""
    if value is None:
        return
    if field == "id":
        value = str(value)
    elif not isinstance(value, str):
        raise ValueError(f"{field}: {type(value).__name__}, not text")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"{field}: contains unpaired surrogates (not valid Unicode text)") from None


def extract_events(articles: pl.DataFrame | Any, *, inherit: bool = False) -> pl.DataFrame:
    """Events of a batch of articles (columns of :data:`~timeline.frame.ARTICLE_SCHEMA`).

    ``articles`` is a polars frame or any Arrow table or stream (an object with
    ``__arrow_c_stream__``: pyarrow, DuckDB, pandas' Arrow tables...); the result is a polars
    frame, which is itself an Arrow stream for other engines. Pure: the result depends only
    on the batch, rows come out in article and text order, ``cluster``/``n_sources``/
    ``date_conflict`` are null (see :func:`timeline.merge.merge_events`), so batches can run
    on many cores or machines and be concatenated. An optional ``utc_offset`` duration
    column gives each publication's UTC offset (see :mod:`timeline.zones`).
    """
    import polars as pl

    from timeline.frame import events_frame

    if not isinstance(articles, pl.DataFrame):
        if not hasattr(articles, "__arrow_c_stream__"):
            raise TypeError(f"articles: a polars frame or an Arrow table, not {type(articles).__name__}")
        articles = pl.DataFrame(articles)
    return events_frame(_rows(articles, inherit))


def articles_frame(articles: Iterable[Article]) -> pl.DataFrame:
    """A batch of :class:`~timeline.articles.Article` as a frame for :func:`extract_events`
    (:data:`~timeline.frame.ARTICLE_SCHEMA` and each publication's ``utc_offset``)."""
    import polars as pl

    from timeline.frame import ARTICLE_SCHEMA

    rows = [
        {
            "id": a.id,
            "text": a.text,
            "published": _naive(a.published),
            "title": a.title,
            "url": a.url,
            "source": a.source,
            "place": a.place,
            "prefer": a.prefer.value if isinstance(a.prefer, Prefer) else a.prefer,
            "utc_offset": a.published_at.utcoffset(),
        }
        for a in articles
    ]
    schema = pl.Schema({**ARTICLE_SCHEMA, "utc_offset": pl.Duration("us")})
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame({k: [r[k] for r in rows] for k in schema}, schema=schema)


def events_from_articles(articles: Iterable[Article], *, inherit: bool = False) -> pl.DataFrame:
    """:func:`extract_events` over a list of :class:`~timeline.articles.Article`."""
    return extract_events(articles_frame(articles), inherit=inherit)
