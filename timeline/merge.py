"""Group the events several articles report about one happening into timeline entries.

Wording. Each event is compared through the *content words* of its clause: the clause is
folded with :func:`timeline.normalize.fold`, every date expression tagged in it is cut
out, function words, time words (يوم، أمس، الماضي، شباط...), day numbers and years are
dropped, the article is stripped (``ال وال بال لل``...), and a light stemmer removes the
accusative ``ا`` and common suffixes (``ات ون ين ية ه ي``...). A leading ``و ف ب ل ك``
is split off only when the rest of the word occurs in the batch too, so ``وغمرت`` meets
``غمرت`` while ``وسيط`` stays whole.

Two events are one happening when their score reaches a threshold that depends on how
well their dates agree. The score is rapidfuzz's ``token_set_ratio`` of their content
words, corrected by what news coreference relies on (see :func:`_links`): the happening
word of each clause (``lang/ar/triggers.yaml``, :mod:`timeline.happenings`: انفجار،
استقالة، اقتحام، فيضان...), the counts they give (casualties), their places and their
articles' titles. The shared words must carry enough of the shorter clause's information
(inverse document frequency over the batch: a town named in every report counts for
little, a rare name for much). Date agreement is grain-aware (see
:data:`MIN_SHARED_WEIGHT`):

- both dated to a day or finer, intervals overlapping: :data:`SAME_DAY_THRESHOLD`, two
  shared words;
- intervals overlapping, one coarser than a day (a week, a month inside which the day
  falls): :data:`SIMILARITY_THRESHOLD`, three shared words;
- intervals disjoint but at most ``conflict_window`` apart: :data:`CONFLICT_THRESHOLD`,
  three shared words (outlets that disagree on the day of one happening are shown as one
  entry, flagged, rather than as two).

Reports of one happening inside one article merge too, but only with the same happening
word, on the same day and with closer wording. Reports whose happening words belong to
different groups (a bombing and its condemnation; a visit and an appointment) never merge,
whatever their wording. Groups are built from the most confident pairs down (finer date
agreement first, then higher score) with a purity guard: a group never grows wider than
its longest interval plus twice ``conflict_window``, its events precise to a day or finer
never spread over more than a day plus ``conflict_window``, and it never holds happening
words of two groups nor two towns. An entry's ``date_conflict`` is set when two of its events from
different articles have disjoint intervals, or the same grain and different values (a
month holding the day of the others is no conflict); the entry takes the date most of its
outlets support, at the finest grain among them.

Speed. Candidate pairs are blocked by week bucket and word (see :func:`candidate_pairs`):
a word makes pairs only within the week buckets the events span and only where it is
informative there (in at most :data:`MAX_BUCKET_POSTINGS` events of the bucket), and each
event keeps only its :data:`MAX_CANDIDATES` partners sharing the most information, so the
pairs scored grow linearly with the number of events.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from dataclasses import dataclass

import polars as pl
from rapidfuzz import fuzz

from timeline._types import Grain
from timeline.frame import GRAIN_DTYPE, conform_events, order_events
from timeline.happenings import clause_numbers, load_triggers
from timeline.normalize import fold
from timeline.places import load_gazetteer
from timeline.stories import assign_stories

__all__ = [
    "BUCKET",
    "CONFLICT_THRESHOLD",
    "CONFLICT_WINDOW",
    "ENTRY_SCHEMA",
    "MAX_BUCKETS",
    "MAX_BUCKET_POSTINGS",
    "MAX_CANDIDATES",
    "MIN_SHARED_WEIGHT",
    "MISMATCH_PENALTY",
    "SAME_ARTICLE_MARGIN",
    "SAME_DAY_THRESHOLD",
    "SAME_TOWN_BONUS",
    "SAME_TRIGGER_BONUS",
    "SHARED_NUMBER_BONUS",
    "SIMILARITY_THRESHOLD",
    "TITLE_BONUS",
    "candidate_pairs",
    "content_words",
    "match_text",
    "merge_events",
    "timeline_entries",
    "unmerged_events",
]

SAME_DAY_THRESHOLD = 50.0
"""Least ``token_set_ratio`` (0–100) for two events dated to the same day (or finer) to merge."""

SIMILARITY_THRESHOLD = 70.0
"""Least ``token_set_ratio`` for two events with overlapping dates, one of them coarser
than a day, to be merged (``threshold`` of :func:`merge_events`)."""

CONFLICT_THRESHOLD = 80.0
"""Least ``token_set_ratio`` for two events with *disjoint* dates to be merged (and flagged)."""

CONFLICT_WINDOW = dt.timedelta(days=2)
"""Largest gap between disjoint intervals still read as one happening dated differently."""

MIN_SHARED_WEIGHT = (0.3, 0.5, 0.5)
"""Least share of the shorter clause's information (the summed inverse document frequency of
its content words) that the words two events share must carry, for a same-day, an
overlapping and a disjoint pair: the less precisely the dates agree, the more of the
wording must agree."""

BUCKET = dt.timedelta(days=7)
"""Width of the time buckets candidate pairs are blocked by."""

MAX_BUCKETS = 8
"""An event spanning more buckets (longer than about two months) is blocked only with
other long events of its start year."""

MAX_BUCKET_POSTINGS = 40
"""A word in more events of one bucket makes no candidate pairs there (it still counts
when a pair is scored)."""

SAME_TRIGGER_BONUS = 15.0
"""Points added when both clauses name their happening with words of one class."""

SHARED_NUMBER_BONUS = 10.0
"""Points added when both clauses give one count (12 dead, 163 wounded)."""

MISMATCH_PENALTY = 15.0
"""Points taken when both clauses give counts and none agrees, or are placed in two
different towns (a country and a town in it do not disagree)."""

SAME_TOWN_BONUS = 15.0
"""Points added when both clauses place the same kind of happening in one town."""

TITLE_BONUS = 5.0
"""Points added when the two articles' titles share two content words."""

SAME_ARTICLE_MARGIN = 10.0
"""Extra points two events of one article need to be one happening."""

MAX_CANDIDATES = 20
"""Partners scored per event: those sharing the most informative words."""

ENTRY_SCHEMA = pl.Schema(
    {
        "cluster": pl.Int64,
        "start": pl.Datetime("us"),
        "end": pl.Datetime("us"),
        "grain": GRAIN_DTYPE,
        "value": pl.String,
        "hijri_label": pl.String,
        "clause": pl.String,
        "expr": pl.String,
        "n_events": pl.UInt32,
        "n_sources": pl.Int32,
        "sources": pl.List(pl.String),
        "article_ids": pl.List(pl.String),
        "urls": pl.List(pl.String),
        "event_ids": pl.List(pl.String),
        "date_conflict": pl.Boolean,
        "story": pl.Int64,
        "story_label": pl.String,
    }
)
"""One row per timeline entry, dated by the event most of its outlets agree with (the
finest grain, then the earliest, among those)."""

_CLITIC = re.compile(r"^(?:و|ف)?(?:(?:ب|ك|ل)?ال|لل)(?=\w\w)")
_TOKEN = re.compile(r"\w+")
_FUNCTION_WORDS = """
    في من إلى الى على عن حتى منذ عند خلال مع ثم بعد قبل أن إن أنه إنه أنها إنها كما حيث
    ذلك هذا هذه هؤلاء تلك التي الذي الذين اللذين اللتين اللواتي أو أم قد لقد كان كانت كانوا
    يكون تكون ما لا لم لن ليس ليست إلا غير بين فيه فيها منه منها عليه عليها إليه إليها له
    لها لهم به بها بهم هو هي هم هن نحن أنا قال قالت أعلن أعلنت أضاف أضافت أكد أكدت أوضح
    أوضحت أشار أشارت تم يتم جرى وفق كل بعض أي أيضا فيما بينما لكن أما إذ إذا لدى نحو دون
    عبر ضمن إثر وسط أمام بسبب كذلك مما عما بأن لأن نفس نفسه نفسها ذات ذاته ذاتها
"""
_TIME_WORDS = """
    يوم يوما يومين يومان أيام اليوم أمس البارحة غدا غد الغد صباح صباحا مساء ليل ليلا ليلة
    فجر فجرا ظهر ظهرا عصر عصرا ساعة ساعات ساعتين دقيقة دقائق أسبوع أسبوعا أسبوعين أسابيع
    شهر شهرا شهرين أشهر شهور عام عاما عامين أعوام سنة سنوات سنتين الماضي الماضية المقبل
    المقبلة القادم القادمة الجاري الجارية الحالي الحالية المنصرم المنصرمة الفائت الفائتة
    مطلع أوائل أواخر منتصف الآن حاليا مؤخرا لاحقا قريبا سابقا الموافق هـ م ميلادي هجري
    يناير فبراير أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط
    آذار نيسان أيار حزيران تموز أيلول تشرين شوال القعدة الحجة جمادى
"""
_STOP = frozenset(fold(w) for w in (_FUNCTION_WORDS + _TIME_WORDS).split())
_SUFFIXES = frozenset(fold(s) for s in ("ها", "ان", "ات", "ون", "ين", "ية"))
_PROCLITICS = "وفبلك"
# how well two dates agree (best first), and the least shared content words each asks for
_SAME_DAY, _OVERLAP, _NEAR = 0, 1, 2
_MIN_SHARED_WORDS = (2, 3, 3)
_SEPARATOR = "\x1f"  # joins texts to fold them at once; never inside a folded word
_MIN_NUMBER = 100  # numbers below this are mostly leftovers of dates (days, hours)
_YEARS = frozenset(range(1300, 1501)) | frozenset(range(1900, 2101))  # Hijri, Gregorian years


def _plain(word: str) -> str | None:
    """A folded word without its article; None for a function or time word or a small number."""
    if word in _STOP or (word[0] in "وف" and word[1:] in _STOP):
        return None
    if word.isdecimal():
        number = int(word)
        return None if number < _MIN_NUMBER or number in _YEARS else word
    word = _CLITIC.sub("", word)
    return None if word in _STOP else word


def _fold_each(texts: Sequence[str]) -> list[str]:
    """:func:`fold` of each text, done in one pass over all of them (much faster)."""
    return fold(_SEPARATOR.join(t.replace(_SEPARATOR, " ") for t in texts)).split(_SEPARATOR)


def _cut(clause: str, clause_start: int, spans: Iterable[tuple[int, int]]) -> str:
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
    words = map(_plain, _TOKEN.findall(fold(_cut(clause, clause_start, [(expr_start, expr_end)]))))
    return " ".join(word for word in words if word)


def _stem(word: str) -> str:
    """Light stem (after Larkey's light10): drop the accusative ``ا``, then one two-letter
    suffix, then ``ه``, then ``ي``, each only while at least two letters stay."""
    if word.isdecimal():
        return word
    if len(word) > 3 and word[-1] == "ا":
        word = word[:-1]
    if len(word) > 3 and word[-2:] in _SUFFIXES:
        word = word[:-2]
    if len(word) > 2 and word[-1] == "ه":
        word = word[:-1]
    if len(word) > 2 and word[-1] == "ي":
        word = word[:-1]
    return word


def content_words(texts: Sequence[str]) -> list[str]:
    """The stemmed content words of each text of one batch, in order, joined by spaces.

    A leading ``و ف ب ل ك`` (at most two) is split off a word only when what remains is,
    stemmed, a word of the batch too: ``وغمرت`` → ``غمرت`` when another text has ``غمرت``.
    """
    # tokenized by polars (Rust regex) and mapped word by word: the vocabulary is small
    tokens = pl.Series("word", _fold_each(texts), pl.String).str.extract_all(r"\w+")
    plain = {word: _plain(word) for word in tokens.explode().drop_nulls().unique().to_list()}
    stems = {word: _stem(word) for word in set(plain.values()) if word}
    known = set(stems.values())
    content: dict[str, str] = {}
    for word, stem in stems.items():
        bare = word
        for _ in range(2):
            rest = _stem(bare[1:])
            if bare[0] not in _PROCLITICS or len(rest) < 3 or rest not in known:
                break
            bare, stem = bare[1:], rest
        if bare not in _STOP:
            content[word] = stem
    final = {word: content[p] for word, p in plain.items() if p in content}
    return (
        tokens.list.eval(pl.element().replace_strict(final, default=None, return_dtype=pl.String).drop_nulls())
        .list.join(" ")
        .to_list()
    )


def _event_texts(frame: pl.DataFrame, marks: list[int] | None = None) -> list[str]:
    """Each event's clause with every date expression tagged in it cut; ``marks``, when
    given, receives where each event's own expression stood in its cut clause."""
    rows = frame.select(
        "article_id", "clause", "clause_start", "expr_start", "expr_end", "inherited"
    ).rows()
    spans: dict[tuple[str | None, int], list[tuple[int, int]]] = defaultdict(list)
    for article, _, clause_start, expr_start, expr_end, inherited in rows:
        if not inherited and expr_start is not None and expr_end is not None:
            spans[(article, clause_start or 0)].append((expr_start, expr_end))
    texts = []
    for article, clause, clause_start, expr_start, *_ in rows:
        cut = _cut(clause or "", clause_start or 0, spans.get((article, clause_start or 0), ()))
        texts.append(cut)
        if marks is not None:
            own = 0 if expr_start is None else expr_start - (clause_start or 0)
            lost = sum(min(e, expr_start) - s for s, e in spans.get((article, clause_start or 0), ())
                       if expr_start is not None and s < expr_start)
            marks.append(max(0, own - lost))
    return texts


def _event_words(frame: pl.DataFrame) -> list[str]:
    """Content words of each event's clause, with every date expression tagged in it cut."""
    return content_words(_event_texts(frame))


@dataclass(frozen=True, slots=True)
class _Features:
    """What :func:`merge_events` compares, one entry per event in timeline order."""

    words: list[str]
    starts: list[dt.datetime]
    ends: list[dt.datetime]
    fine: list[bool]
    articles: list[str | None]
    triggers: list[str | None]
    groups: list[str | None]
    numbers: list[frozenset[int]]
    places: list[str | None]
    titles: list[str]


def _features(frame: pl.DataFrame) -> _Features:
    marks: list[int] = []
    texts = _event_texts(frame, marks)
    folded = _fold_each(texts)
    lexicon = load_triggers()
    cities = {p.name for p in load_gazetteer().forms.values() if p.kind == "city"}
    memo: dict[str, str | None] = {}
    triggers = [lexicon.happening(text, at, memo) for text, at in zip(folded, marks)]
    titles = frame["title"].fill_null("").to_list()
    unique_titles = sorted(set(titles))
    both = content_words(texts + unique_titles)
    title_words = dict(zip(unique_titles, both[len(texts):]))
    return _Features(
        words=both[:len(texts)],
        starts=frame["start"].to_list(),
        ends=frame["end"].to_list(),
        fine=[g is not None and Grain(g).rank <= Grain.DAY.rank for g in frame["grain"].to_list()],
        articles=frame["article_id"].to_list(),
        triggers=triggers,
        groups=[lexicon.group(t) for t in triggers],
        numbers=clause_numbers(folded),
        places=[p if p in cities else None for p in frame["place"].to_list()],
        titles=[title_words[t] for t in titles],
    )


def _buckets(starts: Sequence[dt.datetime], ends: Sequence[dt.datetime],
             window: dt.timedelta) -> tuple[list[int], list[int]]:
    """Each event's time buckets ``[first, last]``: the weeks ``[start, end + window)``
    touches; an event longer than :data:`MAX_BUCKETS` weeks gets one bucket of its own
    kind (a negative number per start year), shared only with other long events."""
    epoch = dt.datetime(1, 1, 1)
    first, last = [], []
    for start, end in zip(starts, ends):
        lo = (start - epoch) // BUCKET
        hi = (end + window - epoch) // BUCKET
        if hi - lo >= MAX_BUCKETS:
            lo = hi = -start.year
        first.append(lo)
        last.append(hi)
    return first, last


def _candidates(
    texts: Sequence[str],
    starts: Sequence[dt.datetime],
    ends: Sequence[dt.datetime],
    articles: Sequence[str | None],
    window: dt.timedelta,
    max_candidates: int = MAX_CANDIDATES,
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of events worth scoring.

    Events are blocked by time bucket and word: two events are compared only when they
    share a week bucket and two words that are *informative in that bucket* (in at most
    :data:`MAX_BUCKET_POSTINGS` events of it). Their intervals overlap or lie at most
    ``window`` apart. Each event keeps the ``max_candidates`` partners with the largest
    summed inverse document frequency of the shared words. Every bucket's word lists are
    capped, so the pairs grow linearly with the number of events.
    """
    n = len(texts)
    first, last = _buckets(starts, ends, window)
    article_ids: dict[str | None, int] = {None: -1}
    events = pl.LazyFrame(
        {
            "i": range(n),
            "start": starts,
            "horizon": ends,
            # events without an article id never pair with each other
            "article": [article_ids.setdefault(a, len(article_ids)) for a in articles],
            "bucket": [list(range(lo, hi + 1)) for lo, hi in zip(first, last)],
        },
        schema={"i": pl.UInt32, "start": pl.Datetime("us"), "horizon": pl.Datetime("us"),
                "article": pl.Int32, "bucket": pl.List(pl.Int64)},
    ).with_columns(pl.col("horizon") + window)
    words = (
        pl.LazyFrame({"word": texts}, schema={"word": pl.String})
        .with_row_index("i")
        .with_columns(pl.col("word").str.split(" "))
        .explode("word")
        .filter(pl.col("word") != "")
        .unique()
        .with_columns(pl.len().over("word").alias("df"))
        .filter(pl.col("df") >= 2)
        .with_columns(
            (math.log(n + 1) - pl.col("df").log()).alias("info"),
            pl.len().over("i").alias("n_words"),
        )
        .drop("df")
    )
    postings = words.join(events, on="i").with_columns(
        pl.col("bucket").list.first().alias("home"))
    # a block is a word in a bucket; a word in too many events of a bucket makes no pairs there
    spans = (
        postings.explode("bucket")
        .with_columns(pl.len().over("word", "bucket").alias("local"))
        .filter(pl.col("local") <= MAX_BUCKET_POSTINGS)
    )
    # each pair is found once: from the earlier event's buckets to the later one's home
    homes = (
        spans.filter(pl.col("bucket") == pl.col("home"), pl.col("local") >= 2)
        .select("word", "bucket", pl.all().exclude("word", "bucket", "home", "info", "local")
                .name.suffix("_j"))
    )
    spans = spans.drop("home", "local")
    pairs = (
        spans.join(homes, on=["word", "bucket"])
        .filter(
            (pl.col("start_j") > pl.col("start"))
            | ((pl.col("start_j") == pl.col("start")) & (pl.col("i") < pl.col("i_j"))),
            pl.col("start_j") < pl.col("horizon"),
            (pl.col("article") != pl.col("article_j")) | (pl.col("article") >= 0),
        )
        .with_columns(pl.min_horizontal("i", "i_j").alias("i"),
                      pl.max_horizontal("i", "i_j").alias("i_j"))
        .group_by("i", "i_j")
        .agg(
            pl.col("info").sum(),
            pl.len().alias("shared"),
            pl.col("n_words").first(),
            pl.col("n_words_j").first(),
        )
        .filter(pl.col("shared") >= pl.min_horizontal(2, "n_words", "n_words_j"))
        .sort("i", "i_j")  # ties in rank go to the earlier partner
        .with_columns(
            pl.col("info").rank("ordinal", descending=True).over("i").alias("rank_i"),
            pl.col("info").rank("ordinal", descending=True).over("i_j").alias("rank_j"),
        )
        .filter((pl.col("rank_i") <= max_candidates) | (pl.col("rank_j") <= max_candidates))
        .select("i", "i_j")
        .sort("i", "i_j")
        .collect()
    )
    return list(zip(pairs["i"].to_list(), pairs["i_j"].to_list()))


def _idf(word_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each word over the events of one batch."""
    df: dict[str, int] = defaultdict(int)
    for ws in word_sets:
        for word in ws:
            df[word] += 1
    n = len(word_sets)
    return {word: math.log((n + 1) / (count + 1)) + 1 for word, count in df.items()}


def _links(
    f: _Features, window: dt.timedelta, needs: tuple[float, float, float]
) -> list[tuple[int, float, int, int]]:
    """The candidate pairs that score enough for how well their dates agree, as
    ``(agreement, -score, i, j)``, most confident first; ``needs`` holds the least score
    for a same-day, an overlapping and a disjoint pair.

    The score is rapidfuzz's ``token_set_ratio`` of the content words, plus
    :data:`SAME_TRIGGER_BONUS` when both clauses name their happening with one class of
    word; two classes never pair (an attack and its dead may still meet in one entry
    through reports that name neither, if their groups agree). A count both clauses give adds
    :data:`SHARED_NUMBER_BONUS`; counts that all differ, or two different places, take
    :data:`MISMATCH_PENALTY`; the same kind of happening in one town adds
    :data:`SAME_TOWN_BONUS` (and one shared word is then enough); similar titles add
    :data:`TITLE_BONUS`. Two events of one
    article pair only with the same happening word, on the same day, and
    :data:`SAME_ARTICLE_MARGIN` points more.
    """
    texts = f.words
    word_sets = [frozenset(text.split()) for text in texts]
    weight = _idf(word_sets).__getitem__
    totals = [sum(map(weight, ws)) for ws in word_sets]
    title_sets = [frozenset(t.split()) for t in f.titles]
    links: list[tuple[int, float, int, int]] = []
    # the kind of happening and its town block pairs too, as one more shared "word"
    blocking = [
        text + " " + f"{trigger}@{place}".replace(" ", "_") if trigger and place else text
        for text, trigger, place in zip(texts, f.triggers, f.places)
    ]
    for i, j in _candidates(blocking, f.starts, f.ends, f.articles, window):
        overlap = f.starts[j] < f.ends[i] and f.starts[i] < f.ends[j]
        agreement = (_SAME_DAY if f.fine[i] and f.fine[j] else _OVERLAP) if overlap else _NEAR
        same_trigger = f.triggers[i] is not None and f.triggers[i] == f.triggers[j]
        if f.groups[i] is not None and f.groups[j] is not None and f.groups[i] != f.groups[j]:
            continue
        if not same_trigger and f.triggers[i] is not None and f.triggers[j] is not None:
            continue  # two kinds of happening: joined, if ever, only through other reports
        same_article = f.articles[i] is not None and f.articles[i] == f.articles[j]
        if same_article and not (same_trigger and agreement == _SAME_DAY):
            continue
        shared = word_sets[i] & word_sets[j]
        # the same kind of happening in the same town at compatible dates: what coreference
        # of news events rests on; then one shared word (the town) is enough
        same_town = agreement != _NEAR and f.places[i] is not None and f.places[i] == f.places[j]
        located = same_trigger and same_town
        least_words = 1 if located else _MIN_SHARED_WORDS[agreement] - (1 if same_trigger else 0)
        if len(shared) < least_words or (not located and sum(
            map(weight, shared)
        ) < MIN_SHARED_WEIGHT[agreement] * min(totals[i], totals[j])):
            continue
        score = fuzz.token_set_ratio(texts[i], texts[j])
        if same_trigger:
            score += SAME_TRIGGER_BONUS
        if f.numbers[i] and f.numbers[j]:
            score += SHARED_NUMBER_BONUS if f.numbers[i] & f.numbers[j] else -MISMATCH_PENALTY
        if f.places[i] and f.places[j] and f.places[i] != f.places[j]:
            score -= MISMATCH_PENALTY
        elif located:
            score += SAME_TOWN_BONUS
        if not same_article and len(title_sets[i] & title_sets[j]) >= 2:
            score += TITLE_BONUS
        if score >= needs[agreement] + (SAME_ARTICLE_MARGIN if same_article else 0):
            links.append((agreement, -score, i, j))
    return sorted(links)


def candidate_pairs(
    events: pl.DataFrame, *, conflict_window: dt.timedelta = CONFLICT_WINDOW
) -> list[tuple[int, int]]:
    """The pairs :func:`merge_events` scores, as row numbers of the events in timeline order."""
    frame = order_events(conform_events(events))
    if frame.height == 0:
        return []
    return _candidates(_event_words(frame), frame["start"].to_list(), frame["end"].to_list(),
                       frame["article_id"].to_list(), conflict_window)


class _Components:
    """Union–find over event indices that keeps each group's time extent and kind.

    Two groups are only joined if the result spans no more than its longest interval plus
    ``slack``, its events precise to a day or finer all fall within a day plus
    ``slack / 2`` (a strike that began on Monday and the same strike that ended on Friday
    stay two entries; a month-long report cannot bridge days far apart), and their
    happening words belong to one group and their towns are one (the purity guard: an
    attack never joins its condemnation, nor a festival in one town a fair in another,
    through a chain of similar clauses).
    """

    def __init__(self, starts: list[dt.datetime], ends: list[dt.datetime], fine: list[bool],
                 groups: list[str | None], towns: list[str | None], slack: dt.timedelta) -> None:
        self.parent = list(range(len(starts)))
        self.lo, self.hi = list(starts), list(ends)
        self.longest = [e - s for s, e in zip(starts, ends)]
        self.fine_lo = [s if f else None for s, f in zip(starts, fine)]
        self.fine_hi = [e if f else None for e, f in zip(ends, fine)]
        self.group = list(groups)
        self.town = list(towns)
        self.slack = slack
        self.fine_limit = dt.timedelta(days=1) + slack / 2

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ga, gb = self.group[ra], self.group[rb]
        if ga is not None and gb is not None and ga != gb:
            return
        ta, tb = self.town[ra], self.town[rb]
        if ta is not None and tb is not None and ta != tb:
            return
        lo, hi = min(self.lo[ra], self.lo[rb]), max(self.hi[ra], self.hi[rb])
        longest = max(self.longest[ra], self.longest[rb])
        if hi - lo > longest + self.slack:
            return
        fine_lo = _least(self.fine_lo[ra], self.fine_lo[rb], min)
        fine_hi = _least(self.fine_hi[ra], self.fine_hi[rb], max)
        if fine_lo is not None and fine_hi is not None and fine_hi - fine_lo > self.fine_limit:
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.lo[root], self.hi[root], self.longest[root] = lo, hi, longest
        self.fine_lo[root], self.fine_hi[root] = fine_lo, fine_hi
        self.group[root] = ga if ga is not None else gb
        self.town[root] = ta if ta is not None else tb


def _least(a: dt.datetime | None, b: dt.datetime | None, pick: Any) -> dt.datetime | None:
    if a is None or b is None:
        return a if b is None else b
    return pick(a, b)  # type: ignore[no-any-return]


def merge_events(
    events: pl.DataFrame,
    *,
    threshold: float = SIMILARITY_THRESHOLD,
    conflict_threshold: float = CONFLICT_THRESHOLD,
    conflict_window: dt.timedelta = CONFLICT_WINDOW,
    same_day_threshold: float = SAME_DAY_THRESHOLD,
    stories: bool = True,
) -> pl.DataFrame:
    """Fill ``cluster``, ``n_sources`` and ``date_conflict`` (and ``story``,
    ``story_label``: see :mod:`timeline.stories`); returns the events in timeline order.

    Cluster numbers follow the timeline order of each cluster's first event (0, 1, 2...).
    """
    frame = order_events(conform_events(events))
    n = frame.height
    if n == 0:
        return frame
    f = _features(frame)
    links = _links(f, conflict_window, (same_day_threshold, threshold, conflict_threshold))
    components = _Components(f.starts, f.ends, f.fine, f.groups, f.places,
                             conflict_window + conflict_window)
    for *_, i, j in links:
        components.union(i, j)

    roots = [components.find(i) for i in range(n)]
    numbering: dict[int, int] = {}
    for root in roots:
        numbering.setdefault(root, len(numbering))
    frame = frame.with_columns(pl.Series("cluster", [numbering[r] for r in roots], pl.Int64))
    conflicts = _conflicting_clusters(frame)
    frame = frame.with_columns(
        pl.col("source").fill_null(pl.col("article_id")).n_unique().over("cluster")
        .cast(pl.Int32).alias("n_sources"),
        pl.col("cluster").is_in(sorted(conflicts)).alias("date_conflict"),
    )
    if stories:
        frame = assign_stories(frame, f.words, f.triggers)
    return frame.select(list(conform_events(frame).columns))


def unmerged_events(events: pl.DataFrame) -> pl.DataFrame:
    """Every event its own entry (``merge=False``): cluster = position in timeline order."""
    frame = order_events(conform_events(events))
    return frame.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("cluster"),
        pl.lit(1, pl.Int32).alias("n_sources"),
        pl.lit(False).alias("date_conflict"),
    )


def _conflicting_clusters(frame: pl.DataFrame) -> set[int]:
    """Clusters where two articles give disjoint intervals, or one grain and two values."""
    multi = frame.filter(pl.col("article_id").n_unique().over("cluster") > 1)
    groups: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for cluster, *row in multi.select(
        "cluster", "article_id", "start", "end", "grain", "value"
    ).iter_rows():
        groups[cluster].append(tuple(row))
    return {cluster for cluster, rows in groups.items() if _disagree(rows)}


def _disagree(rows: Sequence[tuple[Any, ...]]) -> bool:
    """Whether two of ``(article, start, end, grain, value)`` from different articles have
    disjoint intervals, or the same grain and different values."""
    for k, (article, start, end, grain, value) in enumerate(rows):
        for other, other_start, other_end, other_grain, other_value in rows[k + 1:]:
            if article == other:
                continue
            if end <= other_start or other_end <= start or (grain == other_grain
                                                             and value != other_value):
                return True
    return False


def timeline_entries(events: pl.DataFrame) -> pl.DataFrame:
    """One row per cluster of merged events (events not merged yet count as their own entry)."""
    frame = conform_events(events)
    if frame["cluster"].null_count():
        frame = unmerged_events(frame)
    if frame.height == 0:
        return pl.DataFrame(schema=ENTRY_SCHEMA)
    frame = order_events(frame).with_columns(pl.col("source").fill_null(pl.col("article_id")))
    best = ["support", "grain", "start", "end", "published", "article_id", "clause_start"]
    entries = (
        frame.with_columns(_support(frame))
        .group_by("cluster", maintain_order=True)
        .agg(
            pl.all().sort_by(best, descending=[True] + [False] * 6).first().name.keep(),
            pl.len().alias("n_events"),
            pl.col("source").unique(maintain_order=True).alias("sources"),
            pl.col("article_id").unique(maintain_order=True).alias("article_ids"),
            pl.col("url").drop_nulls().unique(maintain_order=True).alias("urls"),
            pl.col("event_id").alias("event_ids"),
        )
    )
    return entries.select(
        [pl.col(name).cast(dtype) for name, dtype in ENTRY_SCHEMA.items()]
    ).sort(["start", "grain", "end", "cluster"])


def _support(frame: pl.DataFrame) -> pl.Series:
    """How many outlets of its entry date each event compatibly (intervals overlapping)."""
    if frame.height == 0:
        return pl.Series("support", [], pl.Int64)
    rows = frame.with_row_index("row").select("row", "cluster", "start", "end", "source")
    pairs = (
        rows.join(rows, on="cluster", suffix="_o")
        .filter(pl.col("start_o") < pl.col("end") + _INSTANT, pl.col("start") < pl.col("end_o") + _INSTANT)
        .group_by("row")
        .agg(pl.col("source_o").n_unique().cast(pl.Int64).alias("support"))
    )
    return rows.join(pairs, on="row", how="left").sort("row")["support"].fill_null(1)


_INSTANT = dt.timedelta(microseconds=1)
