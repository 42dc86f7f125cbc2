"""Group the events several articles report about one happening into timeline entries.

Wording. Each event is compared through the *content words* of its clause, its happening
word and what that word governs, the counts it gives (in digits or words), its town and its
article's title (:mod:`timeline.wording`, computed once per clause as polars columns).

Two events are one happening when their score reaches a threshold that depends on how
well their dates agree. The score is the overlap of their content words (in characters:
``100 · 2S / (2S + D)``, ``S`` the length of the words they share and ``D`` that of the
smaller clause's other words, so a clause holding all the other's words scores 100),
corrected by what news coreference relies on: the happening word of each clause
(``lang/ar/triggers.yaml``, :mod:`timeline.happenings`: انفجار، استقالة، اقتحام، فيضان...),
what the happening words govern (:data:`OBJECT_PENALTY` when each names an object the
other clause lacks: ``أكاديمية الشرطة`` and ``قاعدة عسكرية``), who voiced a reaction (its
actor: ``أدانت البحرين`` and ``أدانت الأمانة العامة لمجلس التعاون`` never pair, however alike
their words; nor do two arrivals of different people, ``وصل الملك…`` and ``وصل كيري…``,
two receptions of one host each naming a guest the other lacks, nor two teams' training
or arrivals; ``lang/ar/actors.yaml``), what a market report tells moving (``measures`` of
``lang/ar/wording.yaml``: Brent's low and a rig count never pair), the counts they give (casualties;
not a duration, an age or a version: ``30 دقيقة``, ``ويندوز 10``), their towns and
their articles' titles. The shared words
must carry enough of the shorter clause's information (inverse document frequency over the
batch: a town named in every report counts for little, a rare name for much); two
happening words of one class in two forms (``صادق`` / ``أقر``) count as one shared word
there, on one day, between clauses of :data:`KIN_WORDS` content words or more. Date
agreement is grain-aware (see :data:`MIN_SHARED_WEIGHT`):

- both dated to a day or finer, intervals overlapping: :data:`SAME_DAY_THRESHOLD`, two
  shared words;
- intervals overlapping, one coarser than a day (a week, a month inside which the day
  falls): :data:`SIMILARITY_THRESHOLD`, three shared words; but a week or a month
  (:data:`HELD_SPAN`) holding the other's day, one class of happening and a rare word shared:
  as on one day (the coarse mention tells no other day; the entry keeps the day); so too a
  month gone by when told (a background) holding the other's day when the two share :data:`BACKGROUND_RARE` rare words (a
  background summit told «في مايو الماضي» and «في 14 مايو»), one side naming no class or a meeting;
  and so too any date of a background gone by when both report it (up to a year, :data:`GONE_SPAN`)
  holding the other's date, one class of happening on both sides, sharing those rare words (an
  arson «بداية هذا الأسبوع» and «الأسبوع الماضي»); and two reports naming no happening on either side,
  both gone by, a week or a month holding the other's date, sharing those rare words, unless the figures
  they give disagree (:func:`_figures_told`; a day or a week inside a month gone by only with a figure both give);
- both dated to a day or finer, on consecutive days (less than a day apart), or at two hours of one
  day: :data:`NEXT_DAY_THRESHOLD`, three shared words, and one of them naming a happening
  unless they copy one report (:data:`COPY_SHARE`: two days' market or training reports
  told in like words are two); but a plan told for one of the days (``سيصدر … غدا قرارا``) and
  another outlet's report of one class done on the other (``أعلن المجلس اليوم``), neither a
  preparatory meeting nor a plan called off, told before that day ends (:mod:`timeline.tense`):
  as on one day; so too a plan told for one hour of a day (``مؤتمرا صحفيا مساء اليوم``) and a report
  of another hour of that day (``الذي عقده ظهر اليوم``): the hour a plan gives is its least sure part;
- intervals disjoint but at most ``conflict_window`` apart: :data:`CONFLICT_THRESHOLD`,
  three shared words (outlets that disagree on the day of one happening are shown as one
  entry, flagged, rather than as two).

Two reports of one class of happening (not a meeting, a toll or a reaction) naming one exact day
:data:`FAR_DAYS` or more from both publications need only :data:`FAR_SHARE` of the shorter clause's
information and one word shared besides: few happenings of a class are told for one day weeks away,
so the day tells which (an election told six months ahead in clauses about a candidate, an interview);
for a day gone by, a story's background day, their happening words must govern nothing the other lacks.
Such a link joins two grown entries as a strong link of one day does (:data:`ALIKE_SCORE`), when the
entries tell one happening by their class.

Two reports of one day both told ahead of it (a schedule: ``أجلت المحكمة القضية إلى جلسة الاثنين المقبل``
and ``قررت تأجيل جلسة المحاكمة إلى الاثنين المقبل``), one class, each its clause's own predicate, not a
bound, need only :data:`ONE_HAPPENING_SHARE` of the same-day floor, with no strong link nor shared town
asked, and their link joins two grown entries as a strong one does: the day was set by one body and each
outlet repeats it in its own words.

Two outlets' reports of one day and one class (each its clause's own predicate; not a meeting, a toll
or a reaction, nor a date bounding its happening), each the other's closest report of its outlet
(:func:`_closest`), need only :data:`CLOSEST_SHARE` of the shorter clause's information when both
clauses name one place (:meth:`timeline.places.Whereabouts.meets`: a town, a province or district
read after its word, ``إقليم بلوشستان``, or a country); on any lowered floor two reports naming places
that cannot be one (:meth:`timeline.places.Whereabouts.apart`: two quakes of one day in Baluchistan
and in eastern Congo, two fronts of one war) never join.

A happening of a year before its reports' (background: ``افتتحت القناة عام 1869``; before
the batch's first publication year, so no report of it is blocked by week) is blocked
with that year's other past events whatever its grain (a year holds its day), and two such
reports naming one class of happening (not a meeting, a toll or a reaction) that share a rare
word (:data:`RARE_INFO`) are placed by their year as by one town: they need one shared word
and the same-day score, not the floor (the outlets' background clauses tell the happening in
a few words among others).

A report that pairs with no other (a happening many outlets tell is too common in its
week to block every report on its name, see below) then joins the entry of its day naming
its happening with a word of its class whose telling words it holds
(:data:`LONE_CORE_WORDS` of :data:`CORE_WORDS`; one more for an entry a day away).

Reports of one happening inside one article merge too, but only with the same happening
word, on the same day and with closer wording; or, whatever their wording, an article's lead
and a later report of its class and day that tells it again in detail, when nothing between
them tells another happening and they name no other town (:func:`_lead_links`). Reports whose happening words belong to
different groups (a bombing and its condemnation; a visit and an appointment) never merge,
whatever their wording, but for two classes of a kind (``kinds`` of triggers.yaml: a festival's
start and its opening) told of one day in one town. Groups are built from the most confident pairs down (finer date
agreement first, then higher score) with a purity guard: a group never grows wider than
its longest interval plus twice ``conflict_window`` (or that interval over :data:`LONG_SLACK` for a long one), its events precise to a day or finer
never spread over more than a day plus ``conflict_window`` (one of a day's grain spread wider than
that, a range of days, is a coarse date), and it never holds happening
words of two groups nor two towns, nor two sites finer than a town none of whose reports
name the other's (:mod:`timeline.sites`: ``حي الدورة`` and ``مدينة الصدر``, two attacks of one day
in two districts of one city; a report naming no site never parts, nor one naming the district
beside the city alone), and an entry of clauses naming no happening grows only
through a rare word half its events hold (:data:`PLAIN_SHARE`). Two grown entries join when
their telling words meet, or when what their reports say happened does: one class of
happening named by each clause's own predicate, on one day, with what it governs told in
both and no two cases named (:data:`ALIKE_SCORE`; a hearing told by a wire paragraph's copies
and by other outlets' own reports); or when every report of one links with every report of the
other at :data:`ALIKE_SCORE` or more (one text told twice: two outlets' copies of a statement and two
of another wording of it, each copy scoring high with each of the others, is no chain through one
pair of like clauses). An entry's ``date_conflict``
is set when two of its events from different articles have disjoint intervals, or the same grain and different values (a
month holding the day of the others is no conflict); the entry takes the date most of its
outlets support, at the finest grain among them.

Speed. Candidate pairs are blocked by week bucket and word (see :func:`candidate_pairs`):
a word makes pairs only within the week buckets the events span and only where it is
informative there (in at most :data:`MAX_BUCKET_POSTINGS` events of the bucket); the kind
of happening with its town, with each word it governs (``افتتاح#قنا``: rarer in a busy week
than each word alone; a reaction's actor, ``إدانة#بحر``), and a clause's incipit (its
first words: copies of one wire report, one meeting enough, unless more than
:data:`MAX_INCIPIT_POSTINGS` events share it: a formula) are blocking words too; and each
event keeps only its :data:`MAX_CANDIDATES` partners sharing the most information, so the
pairs scored grow linearly with the number of events. Pairs are found inside sorted blocks
(:mod:`timeline.blocks`: each posting meets the postings before it, no join of a block with
itself) and scored in polars, one range of weeks at a time (about :data:`POSTINGS_PER_PASS`
word postings), so memory stays bounded by the busiest weeks; Python sees only the pairs
that score enough, in the union–find.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from functools import partial
from itertools import chain
from typing import NamedTuple

import polars as pl

from timeline._background import in_background
from timeline._collector import collection_paused
from timeline._flags import Flags
from timeline._information import least_information
from timeline._listed import listed
from timeline._clause_reads import ClauseReads
from timeline._deeds import Deeds
from timeline._types import Grain
from timeline.anchors import resolve_pending
from timeline.blocks import Forest, blocks, earlier_rows
from timeline.follow import attach_followers, follows, split_followers, stories_of_leaders, without_candidates
from timeline.frame import EVENT_SCHEMA, GRAIN_DTYPE, conform_events, order_events
from timeline.happenings import TriggerLexicon, load_triggers
from timeline.lexicon import PHRASE_END
from timeline.normalize import fold
from timeline._persons import people_in_both
from timeline.places import Whereabouts, adjective_stems, countries_named, regions, whereabouts
from timeline.stories import assign_stories
from timeline.tense import BOUND_MODS, tenses
from timeline.wording import (ACTOR_WORDS, INCIPIT_WORDS, OBJECT_REACH, ClauseFeatures, bodies, body_named,
                              clause_features, content_words, is_count_word,
                              lead_cues, match_text, matches, sums_up, told_apart, told_by_case, told_by_object,
                              who_acts, without_dateline)

__all__ = [
    "ALIKE_SCORE",
    "BACKGROUND_RARE",
    "BUCKET",
    "CLASS_MARGIN",
    "CLASS_RARE",
    "CLOSEST_SHARE",
    "CLOSEST_WORDS",
    "CONFLICT_THRESHOLD",
    "CONFLICT_WINDOW",
    "COPY_SHARE",
    "CORE_FOUND",
    "CORE_TOLD",
    "CORE_WORDS",
    "ENTRY_SCHEMA",
    "FAR_DAYS",
    "FAR_SHARE",
    "GONE_SPAN",
    "GOVERNED_KEYS",
    "HELD_SPAN",
    "KIN_WORDS",
    "LONG_SLACK",
    "LONE_CORE_WORDS",
    "MAX_BUCKETS",
    "MAX_BUCKET_POSTINGS",
    "MAX_CANDIDATES",
    "MAX_INCIPIT_POSTINGS",
    "MIN_SHARED_WEIGHT",
    "MISMATCH_PENALTY",
    "NEXT_DAY_THRESHOLD",
    "OBJECT_PENALTY",
    "ONE_HAPPENING_SHARE",
    "PLAIN_SHARE",
    "POSTINGS_PER_PASS",
    "RARE_FLOOR",
    "RARE_INFO",
    "SAME_ARTICLE_MARGIN",
    "SAME_DAY_THRESHOLD",
    "SAME_TOWN_BONUS",
    "SAME_TRIGGER_BONUS",
    "SHARED_NUMBER_BONUS",
    "SIDE_INFO",
    "SIDE_NAMES",
    "SIMILARITY_THRESHOLD",
    "TITLE_BONUS",
    "Clustered",
    "candidate_pairs",
    "clashing_clusters",
    "cluster_events",
    "content_words",
    "match_text",
    "merge_events",
    "n_sources",
    "on_timeline",
    "timeline_entries",
    "undated_rows",
    "unmerged_events",
]

LONG_SLACK = 24
"""A group may grow past its longest interval by that interval over this (about half a month for a
year), when that is more than twice ``conflict_window``: a year counted back from each report's own
day (``توفي منذ عامين`` told on the 1st and on the 10th) is two windows a few days apart holding one
happening; a day, a week or a month keeps the fixed slack."""

SAME_DAY_THRESHOLD = 45.0
"""Least score (0–100 and bonuses) for two events dated to the same day (or finer) to merge."""

SIMILARITY_THRESHOLD = 65.0
"""Least score for two events with overlapping dates, one of them coarser than a day, to
be merged (``threshold`` of :func:`merge_events`)."""

CONFLICT_THRESHOLD = 80.0
"""Least score for two events with *disjoint* dates to be merged (and flagged)."""

CONFLICT_WINDOW = dt.timedelta(days=2)
"""Largest gap between disjoint intervals still read as one happening dated differently."""

NEXT_DAY_THRESHOLD = 70.0
"""Least score for two events dated to a day or finer on consecutive days (less than a day
apart): outlets often place one happening a day apart ("أمس" counted from a late edition)."""

MIN_SHARED_WEIGHT = (0.3, 0.5, 0.5, 0.5)
"""Least share of the shorter clause's information (the summed inverse document frequency of
its content words) that the words two events share must carry, for a same-day, an
overlapping, a next-day and a disjoint pair: the less precisely the dates agree, the more
of the wording must agree."""

BUCKET = dt.timedelta(days=7)
"""Width of the time buckets candidate pairs are blocked by."""

MAX_BUCKETS = 8
"""An event spanning more buckets (longer than about two months) is blocked only with
other long events of its start year."""

MAX_BUCKET_POSTINGS = 40
"""A word in more events of one bucket makes no candidate pairs there (it still counts
when a pair is scored)."""

MAX_INCIPIT_POSTINGS = 4
"""A clause's incipit (its first :data:`timeline.wording.INCIPIT_WORDS` content words) in
more events of one bucket is a formula and makes no candidate pairs there; in fewer, its
events pair through it alone (copies of one wire report)."""

POSTINGS_PER_PASS = 250_000
"""About how many (word, event) postings of home weeks one pass of the pair search joins:
the bound on its memory."""

SAME_TRIGGER_BONUS = 15.0
"""Points added when both clauses name their happening with words of one class."""

SHARED_NUMBER_BONUS = 10.0
"""Points added when both clauses give one count (12 dead, 163 wounded)."""

MISMATCH_PENALTY = 15.0
"""Points taken when both clauses give counts and none agrees, or are placed in two
different towns (a country and a town in it do not disagree, nor two towns of one region:
``places.yaml`` ``region``, :func:`timeline.places.region_of`)."""

GOVERNED_KEYS = 2
"""How many of the words a happening word governs block candidate pairs (each with its
class, as one more word)."""

OBJECT_PENALTY = 15.0
"""Points taken when both clauses' happening words govern words the other clause lacks
(``أكاديمية الشرطة`` and ``قاعدة عسكرية``; see :func:`timeline.wording.clause_features`)."""

ALIKE_SCORE = 70.0
"""Least score of a link between two reports of one day that name one class of happening with
their own predicates for it to join two grown entries whose telling words do not meet, when
the entries tell one happening by its class (:meth:`_Components._one_happening`): an entry of
copies of one wire paragraph takes that paragraph's particulars as its telling words (the
Kuwaiti court's second hearing told by KUNA's release copies and by three outlets' own
reports: the link scores 73). On the 5k corpus, with no least score the Saudi football
federation's meeting joined a minister's meeting of that day and two executions of one day
joined; at 70 the joins read are one happening each (the Kuwaiti hearing, Souk Okaz's opening,
Buraydah's festival, a visit and its thanks). A link of one far exact day (:func:`_far_day`) joins
them whatever its score: the day tells which (FIFA's election of 26 February told months ahead by two
entries of candidates' and interviews' clauses; split42).

It is also the least score of every link between two grown entries whose telling words do not meet for
them to join as one text told twice (:meth:`_Components._woven`: each report of one links with each
report of the other): two copies of the Saudi bureau's statement on a jet crash and two of another
wording of it link at 83–97. On the 5k corpus, with any score the Mecca election committee's training
plan (three copies) joined its screens' installation (three copies), every pair linked at 61–82 through
the electoral session's «1436 / 1437هـ»; at 70 the joins read are one happening each (union43)."""

ONE_HAPPENING_SHARE = 0.8
"""Share of the same-day :data:`MIN_SHARED_WEIGHT` that the shared words of two reports of one
day must carry when each names one class of happening with its own predicate (not a meeting,
a toll or a reaction), they link at :data:`ALIKE_SCORE` or more, and one places it in the
other's town or tells all that the other's happening word governs (``انضمامه … قبل يوم واحد
من الهجوم الانتحاري على المسجد``: the mosque): in a batch of one story every report holds the
story's words, which weigh little, so two reports of one happening share little
information. On the seven dev stories it joins the Kuwaiti bomber's two accounts of when he
joined (their own words and the mosque); on the 5k corpus five links, all of one happening
(Aden's al-Anad base, a Kabul bombing, the Suez Canal's opening day), one join added. At
0.6 the corpus also joined the IAEA's roadmap with the Vienna deal of that day, and no
story moved more; with no least score and any governed word, 29 joins, about a third wrong
(two earthquakes' «قوته», two meetings, a protest called and one held).

The same share holds, with no strong link nor town asked, for two reports of one day both told ahead
of it (a schedule, ``scheduled`` of :func:`_scored`): the municipal elections' registration «الذي سيبدأ
يوم 7/11/1436هـ» and «في السابع من ذي القعدة المقبل، التي تشمل: قيد الناخبين» (shared 5.5 of 19.5, score
61). On the 5k corpus (merged whole, by publication day, by three days) it changes no entry: the 14 pairs
it links are all one happening each (a dates festival's first day, the Suez Canal's opening, a Friday
demonstration in Baghdad, Souk Okaz's opening, the registration's first day), 13 already joined through
other outlets (pair45).

The same share holds for a fragment of speech verb, speaker and date that borrows what the verb
says (``said`` of :func:`timeline.wording.clause_features`: ``أكدت ماليزيا أمس | أن قطعة من جناح
طائرة…``) and another outlet's report of that day: the other tells the saying's content in its
own words. On the MH370 story it joins almadina's confirmation with aleqtisadiya's (shared 11.1
of 38.7); on the 5k corpus's 60 such fragments it changes no entry (whole batch, each day's
batch, 50 batches of ~235 events). Reading a fragment's floor from its own words only (speaker,
verb) joined, in one day's batch, a Tel Aviv announcement with Obama's defence of the Iran deal."""

SAME_TOWN_BONUS = 15.0
"""Points added when both clauses place the same kind of happening in one town."""

SAME_DOER_BONUS = 15.0
"""Points added when two reports of one class on one day, each its clause's own predicate, under the floor
their dates ask (a thin or closest pair), name one doer by a rare word (:func:`_one_doer`: ``أعلن تشاك
شومر`` / ``لمعارضة شومر``); such a doer anchors a thin pair as a town does."""

APPROX_YEARS = 60
"""The most years an approximate past year may span ("قبل حوالي 150 عاما": 1850–1880) and still be
blocked with, and meet, each year it spans; a wider one is read by its first year alone."""

HELD_SPAN = dt.timedelta(days=31)
"""Longest interval of a coarse mention (a week, a month) that pairs with a report of a day it
holds as two reports of one day do, when both name one class of happening (not a meeting, a
toll or a reaction) and share a rare word (:data:`RARE_INFO`): ``عثر عليها الأسبوع الماضي``
and ``عثر على القطعة الأربعاء``; not through a date that only bounds its happening (``حتى 17
سبتمبر``: a deadline). On the 5k corpus five joins, all of one happening (a state of emergency
extended "at the end of July" and "last Friday", a registration opening "early in the month" and
on its 7th, a hostage's release "in March" and on the 10th, a Security Council vote "this week"
and on its day, a debris find "last week" and on Wednesday); with no rare word asked, seven more,
six of them wrong (attacks of June with a Friday's attack, a truce's fall with a bomb on a
railway line, two festivals). Without the bound guard a vote "in September" joined a 17 September
deadline."""

GONE_SPAN = dt.timedelta(days=366)
"""Longest interval of a coarse mention of a background gone by (a week, a month, a quarter, a year)
that pairs with another report of a date it holds, both told after it ended, as two reports of one
day do, when both name one class of happening and share
:data:`BACKGROUND_RARE` rare words: ``الأسبوع الماضي`` and ``بداية هذا الأسبوع`` of one arson, ``مايو
الماضي`` and ``14 مايو`` of one summit. On the 5k corpus (merged whole, by publication day and by three
days) five joins, all right (an arson, a summit, a meeting in Doha, a visit, a mine blast), two unclear, none
wrong. A century holds too many (with no bound, «القرن الماضي» joined «القرن العشرين» of another matter); a
year before the batch's is :func:`_scored`'s ``of_year`` (with it, the canal's 1956 attack joined its
nationalization of July 1956); and two clauses naming no happening on either side stay out: figures gone by
share their firm's or index's names (allowing them, 29 joins, 10 wrong: a firm's second-quarter profits with
its first-half rank, two indices' July moves). Nor one side naming none (review43): a firm's warehouse fire
«مطلع أبريل الماضي» joined the firm's move of its head office «في أبريل الماضي» (two happenings of one firm,
town and month); on the 5k corpus that allowance made two joins only (the Duma arson with Saad Dawabsheh's
death dated by it, right; gold's July low 1073.78 with the 20 July slide to 1077, unclear).

Two clauses naming no happening on either side pair so (score51) when the coarse date is a week or a month
(:data:`HELD_SPAN`) and the figures the two give do not disagree (:func:`_figures_told`; a day, or a week, inside
only a month gone by, and only with a figure both give): on the 5k corpus three joins, all one happening (a week's
US crude stocks, a hostage's video of June, the food authority's Ramadan rejections); with any date up to
this span and counts only (no decimal figures), 12 joins, 5 one, 5 two (a half-year's rank and a quarter's
profits, two players' strains of one week, a minister's letter and the week's testimonies, two S&P indices,
a month's shares and deals), 2 unclear."""

FAR_DAYS = 14
"""Least days between a told day and its report's publication (ahead or back) for the day to be
*far*: two reports of one class of happening (not a meeting, a toll or a reaction) naming one far
day need only :data:`FAR_SHARE` of the shorter clause's information (:func:`_far_day`); a day gone
by, only when their happening words govern nothing the other clause lacks. On the 5k corpus at 14
days three joins: FIFA's election of 26 February told six months ahead, the Vienna deal of 14 July
(both right), the Kuwaiti bomber's arrival at dawn of the bombing's day with the bombing (unclear);
without the guard on days gone by, also Turkey's election of 7 June and the Suruç bombing of 20
July (right), but two bombings' accused joining one far day joined (tests). At 7 days also a
truce's fall and Turkey's first strikes "ten days ago" joined, and a wire copy left its entry."""

FAR_SHARE = 0.1
"""Least share of the shorter clause's information the words two reports of one class dated to
one far day (:data:`FAR_DAYS`) share must carry (the same-day floor is
``MIN_SHARED_WEIGHT[0]``, 0.3): few happenings of a class are told for one exact day weeks away from
their reports, so the day tells which; the clauses that tell it often tell mostly something else
(an election told ahead inside a candidate's move, an interview, the board's decision). On the 5k
corpus 0.0 joins no more than 0.1 at 14 days."""

CLOSEST_SHARE = 0.15
"""Least share of the shorter clause's information two reports of one day and one class, each its
clause's own predicate (not a meeting, a toll or a reaction), from two outlets, must share when each
is the other's closest report of its outlet (:func:`_closest`), neither date bounds its happening, and
both clauses name one place (:meth:`timeline.places.Whereabouts.meets`). On the 5k corpus this joins one
entry, rightly (a martyr's funeral told by two outlets). Asking only that their places not be apart
(:meth:`timeline.places.Whereabouts.apart`; a clause naming none passes) joined 7, 4 right and 3 wrong
(a Yemeni and a Syrian toll of nine, Marib's clashes and al-Anad's, the Suez opening's preparations: one
side names no place); with no place asked (split35), 17, 7 right and 7 wrong. In the stories the
paraphrased reports this floor is for seldom name their place in the dated clause: no story moves.
Two closest reports that clear the one-happening floor (:data:`ONE_HAPPENING_SHARE`) and would pass as
a thin pair (a town, what one's verb governs, or one happening word) are judged as one instead when
they name no one place: no places apart and the thin pair's least score (:data:`ALIKE_SCORE`); before,
being each other's closest asked more of them than of any other report (para49: Nusra's attack on
Division 30 told «هاجمت جبهة النصرة» by two outlets, one naming Syria by its adjective only)."""

CLOSEST_WORDS = 2
"""Least shared words for :data:`CLOSEST_SHARE`."""

TITLE_BONUS = 5.0
"""Points added when the two articles' titles share two content words."""

CORE_WORDS = 8
"""How many telling words of an entry two grown entries compare before joining."""

CORE_TOLD = 6
"""How many of one grown entry's :data:`CORE_WORDS` telling words the other entry's reports
must hold for the two to join when no telling word is common to both (and the other's
:data:`CORE_FOUND` in the first's). An entry of copies of one wire report takes its rarest
particulars as telling words (``أصحاب الجلالة والفخامة``), not the happening's name every
outlet gives, so two entries of one happening may share no telling word; yet one entry's
reports then tell nearly all the other's (the Suez Canal's opening, told in three entries
of one day: 7 of 8). Two happenings of one day seldom do (a bombing and the governor's
visit to its site: 0 and 2; the Kurdish toll of a raid and Anadolu's toll of the campaign:
2 and 2). On the 5k corpus, the one entry this joins is one statement's two wordings (the
cabinet's condolences, four outlets); with 2 and 2 it joined five, two wrongly."""

CORE_FOUND = 2
"""How many of the other entry's telling words the first entry's reports must hold (see
:data:`CORE_TOLD`)."""

LONE_CORE_WORDS = 5
"""How many of an entry's :data:`CORE_WORDS` telling words a report that joined no other
must hold to join it (same day, same class of happening word). On the 5k corpus four let
phone calls from other callers and condemnations into entries; six joined none of the Suez
Canal opening's lone reports."""

CLASS_MARGIN = 30.0
"""Extra points two reports naming their happening with words of two classes of one group
need to be one happening: only on one day, from two articles, never reactions (a toll,
``أسفر عن مقتل 12 مصليا``, and the bombing that killed them; ``اقتحم مسلحون`` and ``انفجار``
at one academy). On the 5k corpus a toll margin of 15 or 25 also joined a
cumulative toll with one attack it counts; at 30, the 9 groups joined were read right. A toll
and a report of another class of its group that give one count need no margin (the count is
the toll's: ``عشرة مدنيين قتلوا`` and the raid that killed ten); with no margin at all, of the
toll links it adds on the 5k corpus about half were two happenings (Nagasaki's 40,000 and
70,000 dead, a campaign's cumulative toll and one blast), the rest giving one count or none.
Two classes of one group told in one town (both clauses name it: ``فتح مسلح النار`` and ``أصيب
شرطيان`` in one city) need no margin either: the town tells which happening, as a count does; on
the 5k corpus this joins 4 entries (2 right, 1 unclear, 1 wrong: a town taken and the armour
sent there to hold it)."""

NAMED_DAY = 1
"""Names the data know (:func:`_names_known`: places of the gazetteer, countries by name or adjective,
people after a given name or a title) two reports of one day from two articles, neither a
reaction, both give to need only :data:`ONE_HAPPENING_SHARE` of the same-day floor, whatever they name as
their happening: one happening told in other words by two outlets. Rarity is no test of a name (fr58 counted
rare words: in a small batch a town's nouns are all rare, and a fire and a council's session in one town
joined). Set on the 61 stories (names58; a2e3dbb8 vs this, built and scored): merge full default and
``--inherit`` +1 each (aden_airlift), purity unchanged; on the 5k corpus (cb60's events re-merged) 7 entries
change (5 right, 1 wrong, 1 unclear). Counting who acts in both too (:mod:`timeline._doers`) gave default +2
but ``--inherit`` +0 (a fixtures list joined one match); 2, 3 or 4 names change no story. A country told by its
adjective in one and its name or a place of it in the other, and people (names62, real builds of b9c78f88 vs this):
the 46 stories' merge full default 118 → 119 and ``--inherit`` 119 → 120 (Pyongyang time from 15 August; the US
jobs report joined, pure), impure entries as many; on the 5k corpus (cb62's events re-merged) 2 entries change,
both right. Two adjectives counted too gave default +2 but made two ``--inherit`` entries impure (:func:`_known`).
People alone change no story and one corpus entry (right: a board meeting's decision told by its chairman)."""


CLASS_RARE = 2
"""Rare words (:data:`RARE_INFO`; in a small batch, :data:`RARE_FLOOR`) two reports of two classes
of one group on one day must share to need no :data:`CLASS_MARGIN`: who and where (a border
post's name, a hotel's town) tell which happening, as one town does (a post shelled and the
guards of that post killed that day; a hotel attacked and a man killed before it). On the 5k corpus
this joins 3 entries, 2 right and 1 likely one (the clashes at a town and its capture that day)."""

SAME_ARTICLE_MARGIN = 10.0
"""Extra points two events of one article need to be one happening."""

MAX_CANDIDATES = 10
"""Partners scored per event: those sharing the most informative words."""

RARE_INFO = 7.0
"""Least inverse document frequency (``info`` of :mod:`timeline.wording`: ``log((n + 1) /
(df + 1)) + 1``, so about one event in 400 or fewer) of a *rare word*: what an entry of
clauses naming no happening must hold in common (see :data:`PLAIN_SHARE`). In a small batch
a word in :data:`RARE_FLOOR` events or fewer is rare too."""

BACKGROUND_RARE = 2
"""Rare words (:data:`RARE_INFO`) a mention of a happening in a month gone by (``مايو الماضي``) and a
report of a day inside it must share to pair as one day when they name no one class of happening
(one names none), or name a meeting: a month holds many happenings, and who and where tell which."""

RARE_FLOOR = 10
"""A word in this many events of the batch or fewer is rare, however small the batch (a
story's few articles: there no word is one in 400)."""

PLAIN_SHARE = 0.5
"""When an entry holding clauses that name no happening (no word of ``triggers.yaml``) grows,
one rare word (:data:`RARE_INFO`) must be held by this share of its events, on both sides of
the join; otherwise the clauses a happening word holds together may make that share. One
day's football or market clauses chain through common words (A shares with B, B with C,
A nothing with C); the clauses of one happening share a name. On the 5k corpus 5.0–6.0 kept
most such chains, 7.0 parted about 240 entries, of 30 read about 19 rightly."""

KIN_WORDS = 16
"""Least content words each of two clauses dated to one day must hold for their happening
words of one class in two forms (``صادق مجلس النواب`` / ``أقر البرلمان``) to count as one
shared word (:data:`MIN_SHARED_WEIGHT`). A fragment (``وذلك في إطار حزمة من الإصلاحات
أقرتها الحكومة``) tells too little to be told apart from its neighbours' happenings: on
the Iraq story, with no floor it chained the cabinet's and parliament's votes two days
apart. On the 5k corpus, 8 joined 11 groups (4 wrong: two courts, two battles, two
summits, a massacre and a plane crash); 16 joins 7, 6 right (the Mali hotel attack, the
Abha mosque bombing, the Iraqi protests) and 1 unclear."""

COPY_SHARE = 0.8
"""Two clauses whose shared words carry this share of the longer one's information are
copies of one report: they join whatever :data:`PLAIN_SHARE` asks."""

SIDE_INFO = 5.5
"""Least inverse document frequency of a word naming who meets (a meeting's or a
reception's sides, :data:`timeline.wording.SIDE_AFTER`) that tells two meetings apart: a
name (الداوودي، القصبي), not an office or a title (وزير، معالي). In a small batch a word in
:data:`RARE_FLOOR` events or fewer."""

SIDE_NAMES = 2
"""How many such words each of two meetings' reports must name that the other clause lacks
to be two meetings (one host receiving two guests): a name is mostly two words."""

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
"""One row per timeline entry, dated by the event most of its outlets agree with (a date
its clause tells before one inherited or shared, then the finest grain, then the earliest)."""

# how well two dates agree (best first), and the least shared content words each asks for
_SAME_DAY, _OVERLAP, _NEXT_DAY, _NEAR = 0, 1, 2, 3
_MIN_SHARED_WORDS = (2, 3, 3, 3)
_EPOCH = dt.datetime(1, 1, 1)
_FINEST_DAY = list(Grain).index(Grain.DAY)  # grains up to this physical index are fine
_MONTH = list(Grain).index(Grain.MONTH)
_WEEK = list(Grain).index(Grain.WEEK)
_UNIT = 1_000_000  # information in millionths (integers): sums do not depend on row order
_DAY_US = 86_400_000_000  # a day in microseconds
_FIGURE = r"[0-9٠-٩]+[.,٫][0-9٠-٩]+"  # a figure with a decimal part (a price, a rate), in either digits
_PAIR = 2**32  # two 32-bit numbers (event rows; a word and a bucket) as one integer key
_SIDE = ["start", "end", "fine", "article", "trigger", "kind", "trigger_word", "group", "own", "cause", "town", "owners", "chars",
         "info", "n_words", "era", "era_to", "bound", "said", "two", "since", "plan_told",
         "done", "past_month", "week", "gone", "ahead", "far", "deadline", "outlet", "body"]  # scored pairs' columns
_LINK_SCHEMA = {"agreement": pl.Int32, "score": pl.Float64, "i": pl.UInt32, "j": pl.UInt32,
                "similarity": pl.Float64, "copy": pl.Boolean, "alike": pl.Boolean}  # scored links


def _one_region() -> pl.Expr:
    """Whether a scored pair's two towns lie in one region (:func:`timeline.places.region_of`:
    ``الحناكية`` and ``المدينة المنورة``), unless both clauses tell institutions' towns and none
    is one (``owners`` of :func:`timeline.wording.clause_features`: the Jeddah and the Makkah
    election committees are two committees); false when either has none."""
    in_region = regions()
    if not in_region:
        return pl.lit(False)
    names, seats = list(in_region), list(in_region.values())
    region = pl.col("town").replace_strict(names, seats, default=None, return_dtype=pl.String)
    region_j = pl.col("town_j").replace_strict(names, seats, default=None, return_dtype=pl.String)
    apart = ((pl.col("owners").list.len() > 0) & (pl.col("owners_j").list.len() > 0)
             & (pl.col("owners").list.set_intersection("owners_j").list.len() == 0))
    return (region == region_j).fill_null(False) & ~apart.fill_null(False)


def _far() -> pl.Expr:
    """Whether an event (a row of the frame) tells an exact day :data:`FAR_DAYS` or more from its
    report's publication: 1 ahead, -1 back, 0 not (not a day or finer, a bound: ``حتى 26 أكتوبر``,
    a deadline; or near). A year before the batch's (``era``) is left out where it is read."""
    far = dt.timedelta(days=FAR_DAYS)
    exact = (pl.col("grain").to_physical() <= _FINEST_DAY) & ~pl.col("mod").is_in(listed(BOUND_MODS)).fill_null(False)
    return (pl.when(exact & ((pl.col("start") - pl.col("published")) >= far)).then(1)
            .when(exact & ((pl.col("published") - pl.col("end")) >= far)).then(-1)
            .otherwise(0).fill_null(0).cast(pl.Int8))


def _deadline() -> pl.Expr:
    """The bound an event's exact day far from its report's publication (:data:`FAR_DAYS`) sets (its ``mod``:
    ``حتى 17 سبتمبر``, a deadline weeks ahead), null for the others: two reports of one class bounding it by
    one far day in one way tell one deadline (:func:`_far_day`)."""
    far = dt.timedelta(days=FAR_DAYS)
    exact = (pl.col("grain").to_physical() <= _FINEST_DAY) & pl.col("mod").is_in(listed(BOUND_MODS)).fill_null(False)
    return pl.when(exact & (((pl.col("start") - pl.col("published")) >= far)
                            | ((pl.col("published") - pl.col("end")) >= far))).then(pl.col("mod").cast(pl.String))


def _far_day(loose: pl.Series, reactions: pl.Series) -> pl.Expr:
    """Whether a scored pair names one far exact day (:func:`_far` on both sides, the same calendar
    day; or one far deadline both set in one way, :func:`_deadline`: «حتى 17 سبتمبر» twice), one class of happening (not a meeting's, a toll's or a reaction's, whose words tell little of
    which), from two articles, and shares a word besides: such a pair needs only :data:`FAR_SHARE` of
    the shorter clause's information (``shared_info``, ``n_shared`` of :func:`_scored`)."""
    return ((pl.col("agreement") == _SAME_DAY)
            & (((pl.col("far") != 0) & (pl.col("far_j") != 0)) | (pl.col("deadline") == pl.col("deadline_j")))
            & (pl.col("start").dt.date() == pl.col("start_j").dt.date())
            & pl.col("same_trigger") & ~pl.col("trigger").is_in(loose) & ~pl.col("group").is_in(reactions)
            & pl.col("era").is_null() & pl.col("era_j").is_null() & ~pl.col("same_article")
            & (pl.col("n_shared") >= 2)).fill_null(False)


def _closest(frame: pl.DataFrame, one_class: pl.Expr) -> pl.Series:
    """Whether each scored pair (``i``, ``j``, ``outlet``, ``shared_info``) is of ``one_class`` (one
    day, one class of happening, each its clause's own predicate: ``own_class`` of :func:`_scored`),
    from two outlets, and each report is, of the other outlet's reports of that class and day, the one
    sharing the most information with the other: each outlet's closest report to the other's."""
    mask = frame.select((one_class & (pl.col("outlet") != pl.col("outlet_j"))).fill_null(False).alias("m"))["m"]
    out = pl.Series("closest", [False] * frame.height, pl.Boolean)
    if not mask.any():
        return out
    pairs = frame.filter(mask).select("i", "j", "outlet", "outlet_j", "shared_info")
    # for each report and each other outlet, the most it shares with that outlet's reports
    best = pl.concat([pairs.select(pl.col("i").alias("e"), pl.col("outlet_j").alias("o"), "shared_info"),
                      pairs.select(pl.col("j").alias("e"), pl.col("outlet").alias("o"), "shared_info")]) \
        .group_by("e", "o").agg(pl.col("shared_info").max().alias("best"))
    read = pairs.join(best.rename({"e": "i", "o": "outlet_j"}), on=["i", "outlet_j"], how="left",
                      maintain_order="left") \
        .join(best.rename({"e": "j", "o": "outlet", "best": "best_j"}), on=["j", "outlet"], how="left",
              maintain_order="left")
    top = (read["shared_info"] >= read["best"]) & (read["shared_info"] >= read["best_j"])
    return out.scatter(mask.arg_true(), top)


_PLACE_GUARDED = ("thin", "closest_only", "scheduled_only")
"""The scored pairs' flags of a lowered floor on which two reports naming places that cannot be one
never join (:meth:`_Places.apart`)."""


class _Places:
    """Where each event's clause, past its dateline, tells its happening is
    (:func:`timeline.places.whereabouts`: towns, provinces, districts, countries), read on demand for
    the events of pairs that join only on a lowered floor (few), each once."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self._clauses = frame["clause"]
        self._read: dict[int, Whereabouts] = {}
        self._texts: dict[str, Whereabouts] = {}  # one reading per distinct text (wire copies repeat)

    def apart(self, pairs: pl.DataFrame) -> pl.Series:
        """Whether each pair (``i``, ``j``, ``closest_only``) names places that cannot be one
        (:meth:`timeline.places.Whereabouts.apart`); one joining only as each other's closest
        reports, whether it names no one place (:meth:`timeline.places.Whereabouts.meets`)."""
        new = sorted((set(pairs["i"].to_list()) | set(pairs["j"].to_list())) - self._read.keys())
        if new:
            texts = self._texts
            for row, text in zip(new, without_dateline(self._clauses.gather(new).to_list())):
                self._read[row] = texts[text] if text in texts else texts.setdefault(text, whereabouts(text))
        read = self._read
        return pl.Series([not read[i].meets(read[j]) if closest else read[i].apart(read[j])
                          for i, j, closest in pairs.select("i", "j", "closest_only").iter_rows()], dtype=pl.Boolean)


def _least_rare(n: int, most: float = RARE_INFO) -> float:
    """The information a rare word carries at least in a batch of ``n`` events: ``most``
    (:data:`RARE_INFO`), or in a small batch that of a word in :data:`RARE_FLOOR` events."""
    return min(most, least_information(n, RARE_FLOOR))


def _event_table(frame: pl.DataFrame, features: ClauseFeatures, window: dt.timedelta) -> pl.DataFrame:
    """One row per event (``i``, timeline order) with what pairs are found and scored by."""
    table, tensed = _untensed_table(frame, features, window)
    return _tensed(table, tensed.result())


def _tensed(table: pl.DataFrame, tense: pl.DataFrame) -> pl.DataFrame:
    """:func:`_untensed_table`'s table with its happenings' tenses (``plan_told``, ``done``), in
    :func:`_event_table`'s column order."""
    at = table.columns.index("borrowed") + 1  # (the tenses follow the frame's own columns)
    return pl.concat([table.select(table.columns[:at]), tense, table.select(table.columns[at:])], how="horizontal")


def _untensed_table(frame: pl.DataFrame, features: ClauseFeatures, window: dt.timedelta,
                    threads: bool = True) -> tuple[pl.DataFrame, Future[pl.DataFrame]]:
    """:func:`_event_table` but its tenses (``plan_told``, ``done``: the merge's pairs are found
    without them), read meanwhile on another thread (:func:`timeline._background.in_background`:
    the tense reads clauses in Python while the pairs' postings are made by polars; on this
    thread without ``threads``)."""
    week = BUCKET.days
    first = (pl.col("start") - _EPOCH).dt.total_days() // week
    last = (pl.col("end") + window - _EPOCH).dt.total_days() // week
    # a happening of a year before its report's (background: "افتتحت عام 1869") is blocked
    # with that year's others, whatever its grain (a year holds its day); a year before the
    # batch's first publication year, so that no report of it is blocked by week instead (a
    # bombing of 31 December told that evening and the next morning: one happening)
    first_year = pl.col("published").min().dt.year()
    era = pl.when(pl.col("published").is_not_null()
                  & (pl.col("end") <= pl.datetime(first_year, 1, 1))).then(pl.col("start").dt.year())
    # ...an approximate one ("قبل حوالي 150 عاما": about 1865, 1850–1880) with every year it spans,
    # up to its last (era_to): it may be any of them, none more than another
    to = (pl.col("end") - dt.timedelta(microseconds=1)).dt.year()
    era_to = pl.when((pl.col("mod") == "APPROX").fill_null(False) & (to - era <= APPROX_YEARS)).then(to) \
        .otherwise(era)
    long = (last - first >= MAX_BUCKETS) | era.is_not_null()
    table = frame.select(
        pl.col("start"), pl.col("end"), era.cast(pl.Int32).alias("era"), era_to.cast(pl.Int32).alias("era_to"),
        # a day or finer, no wider than the merge holds an entry's such reports within (a day plus
        # the window): a day's grain spread over more (a range of days, "قبل أكثر من أسبوعين" reaching
        # back past its day) is a coarse date
        ((pl.col("grain").to_physical() <= _FINEST_DAY)
         & (pl.col("end") - pl.col("start") <= dt.timedelta(days=1) + window)).fill_null(False).alias("fine"),
        # a month gone by when told (مايو الماضي): a background happening's
        ((pl.col("grain").to_physical() == _MONTH) & (pl.col("end") <= pl.col("published"))).fill_null(False)
        .alias("past_month"),
        # a week (الأسبوع الثاني من يوليو، الأسبوع الماضي; not a part of a month: مطلع مايو)
        (pl.col("grain").to_physical() == _WEEK).fill_null(False).alias("week"),
        # a date that ended before its report was published: a happening told as gone by
        (pl.col("end") <= pl.col("published")).fill_null(False).alias("gone"),
        # a date that begins after its report was published: a happening told ahead (a schedule)
        (pl.col("start") > pl.col("published")).fill_null(False).alias("ahead"),
        _far().alias("far"), _deadline().alias("deadline"),
        # a date that bounds the happening ("حتى 17 سبتمبر": a deadline) is not its day
        pl.col("mod").is_in(listed(BOUND_MODS)).fill_null(False).alias("bound"),
        # events without an article id never pair with each other
        pl.when(pl.col("article_id").is_null()).then(-1)
        .otherwise(pl.col("article_id").rank("dense").cast(pl.Int64)).alias("article"),
        pl.when(long).then(-era_to.fill_null(pl.col("start").dt.year()).cast(pl.Int64)).otherwise(first).alias("first"),
        pl.when(long).then(-pl.col("start").dt.year().cast(pl.Int64)).otherwise(last).alias("last"),
        # the sentence of its article each event is told in (two clauses of one cut apart: two happenings)
        pl.col("sentence_index").fill_null(-1).cast(pl.Int32).alias("sentence"),
        # the figures with a decimal part its clause gives (1.7%، 1080.25: no count; read by _figures_told)
        pl.col("clause").fill_null("").str.extract_all(_FIGURE).alias("figures"),
        # the clause (who acts in it is read for the few pairs that ask: _one_doer)
        pl.col("clause"),
        # a date the clause does not tell (--inherit: taken from an earlier sentence; an undated lead's report
        # window): its clause's people are no evidence of one day (_names_known; office63)
        (pl.col("inherited").fill_null(False) | (pl.col("expr").fill_null("") == "")).alias("borrowed"),
    )
    # a happening's tense, read where the merge asks it (met_plan): a happening word, a day or finer,
    # another report of its class on the day before or after, or at another hour of its day
    events = _kinded(features.events)
    days = pl.DataFrame({"trigger": events["trigger"], "day": (table["start"] - _EPOCH).dt.total_days(),
                         "fine": table["fine"] & ~table["bound"], "start": table["start"],
                         "hour": (table["end"] - table["start"]) < dt.timedelta(days=1)})
    told = days.filter(pl.col("fine") & pl.col("trigger").is_not_null())
    near = pl.concat([told.select("trigger", pl.col("day") + step) for step in (-1, 1)]
                     + [told.filter(pl.col("hour")).group_by("trigger", "day")
                        .agg(pl.col("start").n_unique().alias("n")).filter(pl.col("n") > 1).select("trigger", "day")]) \
        .unique().with_columns(pl.lit(True).alias("near"))
    read = days.join(near, on=["trigger", "day"], how="left", maintain_order="left")["near"].fill_null(False) \
        & days["fine"]
    # ...as the merge reads it: when a plan was told (null for no plan, or one not to meet) and whether
    # a report of a happening done (not one whose plan was not to meet)
    tense = in_background(_tense, frame, read, rows=frame.height if threads else 0)
    return pl.concat([events, table], how="horizontal").with_columns(
        _rare_sides(features), _court_countries(frame, features), _bodies(frame, features),
        # the outlet (an article with no source is its own)
        frame.select(pl.col("source").fill_null(pl.col("article_id")).rank("dense").cast(pl.Int32).alias("outlet"))
        .to_series()), tense


def _tense(frame: pl.DataFrame, read: pl.Series) -> pl.DataFrame:
    """The tenses of :func:`_event_table`'s rows ``read``: when a plan was told (``plan_told``) and
    whether a happening was told done (``done``)."""
    return tenses(frame, read).select(
        pl.when(pl.col("planned") & ~pl.col("unsure")).then(frame["published"]).alias("plan_told"),
        (pl.col("done") & ~pl.col("unsure")).alias("done"))


def _kinded(events: pl.DataFrame) -> pl.DataFrame:
    """The clauses' features with each happening class's kind (``kind``: the first class of its
    entry in ``kinds`` of triggers.yaml, else the class: a bombing's is an attack's) and the kind's
    group (``kind_group``, the union's: a festival's start is of its opening's group; null with
    ``group``; else the clause's ``group``)."""
    lexicon = load_triggers()
    kind = pl.col("trigger").replace(dict(lexicon.kinds))
    # (the group as the clause's features give it, a toll's cause's, but for a class of a kind
    # whose first class is another's: that class's group)
    return events.with_columns(kind.alias("kind"), pl.when(pl.col("group").is_not_null() & (kind != pl.col("trigger")))
                               .then(kind.replace_strict(dict(lexicon.groups), default=pl.col("group")))
                               .otherwise(pl.col("group")).alias("kind_group"))


def _body_pairs(table: pl.DataFrame) -> pl.DataFrame:
    """Pairs ``(i, i < j)`` of two articles' reports of one body's session and decision
    (``body`` of :func:`_event_table`, two classes) starting on one day: their wording seldom
    shares the rare words the blocks of :func:`_candidates` are found by."""
    named = table.filter(pl.col("body").is_not_null(), pl.col("fine")).select(
        "i", "body", "trigger", "article", pl.col("start").dt.date().alias("day"))
    return (named.join(named, on=["body", "day"], suffix="_j")
            .filter(pl.col("i") < pl.col("i_j"), pl.col("trigger") != pl.col("trigger_j"),
                    pl.col("article") != pl.col("article_j"))
            .select("i", pl.col("i_j").alias("j")).sort("i", "j"))


def _bodies(frame: pl.DataFrame, features: ClauseFeatures) -> pl.Series:
    """The body each event's clause names as who does its happening (:func:`timeline.wording.body_named`),
    read only for the classes of a body's session and decision (:func:`timeline.wording.bodies`)."""
    at = features.events["trigger"].is_in(listed(bodies().classes)).fill_null(False).arg_true()
    named: list[str | None] = [None] * frame.height
    read: dict[str | None, str | None] = {}  # one reading per distinct clause (wire copies repeat)
    for row, clause in zip(at.to_list(), frame["clause"].gather(at).to_list()):
        named[row] = read[clause] if clause in read else read.setdefault(clause, body_named(clause))
    return pl.Series("body", named, pl.String)


def _court_countries(frame: pl.DataFrame, features: ClauseFeatures) -> pl.Series:
    """The countries each event's clause names (:func:`timeline.places.countries_named`), read
    only for a court's classes (:func:`timeline.wording.told_by_case`; empty for the others)."""
    at = features.events["trigger"].is_in(listed(told_by_case())).fill_null(False).arg_true()
    countries: list[list[str] | None] = [None] * frame.height
    read: dict[str, list[str]] = {}  # one reading per distinct clause (wire copies repeat)
    for row, clause in zip(at.to_list(), frame["clause"].gather(at).to_list()):
        if not clause:
            countries[row] = []
        elif clause in read:
            countries[row] = list(read[clause])
        else:
            countries[row] = read[clause] = sorted(countries_named(clause))
    return pl.Series("countries", countries, pl.List(pl.String))


class _FarCountries:
    """The countries the happening word's own phrase names (:func:`timeline.places.countries_named`
    of the :data:`~timeline.wording.OBJECT_REACH` words after it, up to a comma: ``الانتخابات البلدية
    التونسية``، ``الانتخابات المحلية في إقليم كردستان``), read on demand for the events of pairs that
    join only for a far day (:func:`_far_day`: few), each once: a far day relieves two reports'
    wording, not where their happening is. Not the whole clause's: its people's nationalities
    (``الفرنسي ميشال بلاتيني``) tell no place of a happening of the world."""

    def __init__(self, frame: pl.DataFrame) -> None:
        self._frame = frame
        self._read: dict[int, list[str]] = {}

    def __call__(self, rows: pl.Series) -> pl.Series:
        """Each row's countries (``rows``: event numbers ``i``), as a list column."""
        new = sorted(set(rows.to_list()) - self._read.keys())
        if new:
            lexicon = load_triggers()
            told = self._frame.select(pl.col("clause").gather(new),
                                      (pl.col("expr_start") - pl.col("clause_start")).gather(new))
            for row, (clause, date_at) in zip(new, told.iter_rows()):
                folded = fold(clause or "")
                found = lexicon.happening_word(folded, date_at if date_at is not None and date_at >= 0 else None)
                if found is None:
                    self._read[row] = []
                    continue
                stop = PHRASE_END.search(folded, found[1])  # ends a happening word's phrase
                words = re.findall(r"\w+", folded[found[1]:stop.start() if stop else len(folded)])[1:1 + OBJECT_REACH]
                self._read[row] = sorted(countries_named(" ".join(words)))
        return pl.Series([self._read[r] for r in rows.to_list()], dtype=pl.List(pl.String))


def _rare_sides(features: ClauseFeatures) -> pl.Series:
    """Each event's words naming who meets (``sides``) that are rare enough to be names
    (:data:`SIDE_INFO`); null for an event naming no meeting."""
    events = features.events
    n = events.height
    least = _least_rare(n, SIDE_INFO)
    names = features.words.filter(pl.col("info") >= least)["word"].implode()
    return events.select(pl.col("sides").list.eval(pl.element().filter(pl.element().is_in(names))))["sides"]


def _postings(table: pl.DataFrame, words: pl.DataFrame, window: dt.timedelta) -> pl.DataFrame:
    """(block, bucket, event ``i``...) for each informative word of each event in each week
    bucket it spans, sorted by block then event (so by bucket too); a block (a bucket and a
    word as one integer) is kept when 2 to :data:`MAX_BUCKET_POSTINGS` events of the bucket
    hold the word (a word alone in a bucket pairs nothing there); ``k`` is a posting's
    place in its block. The kind of happening (``kind`` of :func:`_kinded`) and its town block
    pairs too, as one more word; ``n_words`` counts an event's informative words."""
    n_words = words.height
    place = (
        table.filter(pl.col("trigger").is_not_null(), pl.col("town").is_not_null())
        .select("i", (pl.col("kind") + "@" + pl.col("town")).alias("kind"))
        .with_columns((pl.col("kind").rank("dense").cast(pl.UInt32) + n_words).alias("word"))
    )
    # what the happening word governs, with its kind (افتتاح of قنا): rarer in a week than
    # each word alone, so a happening many outlets tell in common words still pairs; not
    # for reactions (what a condemnation governs is the happening every reaction names)
    # nor for classes whose object tells little (a meeting's, a toll's)
    kinds = n_words + place["kind"].n_unique()
    lexicon = load_triggers()
    governed = (
        table.filter(pl.col("trigger").is_not_null(), ~pl.col("trigger").is_in(listed(lexicon.loose_objects)))
        .select("i", "trigger", pl.col("object").list.head(
            pl.when(pl.col("group").is_in(listed(lexicon.reactions))).then(ACTOR_WORDS).otherwise(GOVERNED_KEYS))
            # (and who does a happening told by who does it, read past its verb: تصويت مجلس الأمن،
            # صوت مجلس الأمن على القرار alike; its object is read past that subject)
            .list.concat(pl.col("actor").fill_null([])).list.unique())
        .explode("object")
        .drop_nulls("object").select("i", (pl.col("trigger") + "#" + pl.col("object").cast(pl.String)).alias("kind"))
        .with_columns((pl.col("kind").rank("dense").cast(pl.UInt32) + kinds).alias("word"))
    )
    # a clause's incipit (its first content words in order) as one more word: copies of one
    # wire report pair through it alone, however common each of its words is that week
    incipits = kinds + governed["kind"].n_unique()
    opening = (
        table.filter(pl.col("incipit").list.len() == INCIPIT_WORDS)
        .select("i", pl.col("incipit").cast(pl.List(pl.String)).list.join(" ").alias("kind"))
        .with_columns((pl.col("kind").rank("dense").cast(pl.UInt32) + incipits).alias("word"))
    )
    n = table.height
    per_word = pl.concat([
        table.select("i", pl.col("words").alias("word")).explode("word").drop_nulls(),
        place.select("i", "word"), governed.select("i", "word"), opening.select("i", "word"),
    ])
    informative = (
        per_word.group_by("word").agg(pl.len().alias("df")).filter(pl.col("df") >= 2)
        .with_columns(((pl.lit(n + 1).log() - pl.col("df").log()) * _UNIT).round().cast(pl.Int64).alias("info"))
    )
    kept = per_word.join(informative.select("word", "info"), on="word")
    # an event's columns are taken by its row number ``i``, a word's information by its id
    first, last = table["first"], table["last"]
    info = pl.Series("info", [0] * (int(per_word["word"].max() or 0) + 1), pl.Int64) \
        .scatter(informative["word"], informative["info"])
    # a (week bucket, word) block as one integer key, small (sorted packed with the event)
    low, width = int(first.min() or 0), info.len()  # type: ignore[arg-type]
    rows = blocks(
        kept.select("i", "word", pl.int_ranges(pl.lit(first).gather("i"), pl.lit(last).gather("i") + 1)
                    .alias("bucket"))
        .explode("bucket")
        .select(((pl.col("bucket") - low) * width + pl.col("word")).alias("block"), "i"),
        "block", "i", 2, MAX_BUCKET_POSTINGS)
    # an incipit many reports of a week share is a formula (a dateline, a market report's
    # opening), not one wire report's copies: its blocks make no pairs
    formulas = (
        rows.filter(pl.col("block") % width > incipits).group_by("block").len()
        .filter(pl.col("len") > MAX_INCIPIT_POSTINGS)["block"]
    )
    if formulas.len():
        rows = rows.filter(~pl.col("block").is_in(formulas.implode()))
    counted = kept.group_by("i").agg(pl.len().alias("n_words"))
    n_of = pl.DataFrame({"i": table["i"]}).join(counted, on="i", how="left", maintain_order="left")["n_words"]
    i = rows["i"]
    return rows.select(
        "block", (pl.col("block") // width + low).alias("bucket"), "i",
        (pl.col("block") % width > incipits).alias("incipit"),
        table["start"].gather(i), (table["end"] + window).gather(i).alias("horizon"), table["article"].gather(i),
        info.gather(rows["block"] % width), first.gather(i).alias("home"), n_of.gather(i), "k")


def _passes(homes: pl.DataFrame) -> list[tuple[int, int]]:
    """Ranges of home buckets holding about :data:`POSTINGS_PER_PASS` postings each."""
    sizes = homes.group_by("bucket").agg(pl.len()).sort("bucket").rows()
    ranges: list[tuple[int, int]] = []
    count = 0
    for bucket, size in sizes:
        if ranges and count + size <= POSTINGS_PER_PASS:
            ranges[-1] = (ranges[-1][0], bucket)
            count += size
        else:
            ranges.append((bucket, bucket))
            count = size
    return ranges


def _candidates(table: pl.DataFrame, words: pl.DataFrame, window: dt.timedelta,
                max_candidates: int = MAX_CANDIDATES) -> Iterator[pl.DataFrame]:
    """Pairs ``(i, j)``, ``i < j``, of events worth scoring, one range of weeks at a time
    (``table``'s rows in timeline order, ``i`` their row numbers).

    Events are blocked by time bucket and word: two events are compared only when they
    share a week bucket and two words that are *informative in that bucket* (in at most
    :data:`MAX_BUCKET_POSTINGS` events of it). Their intervals overlap or lie at most
    ``window`` apart. Each event keeps the ``max_candidates`` partners with the largest
    summed inverse document frequency of the shared words. Every bucket's word lists are
    capped, so the pairs grow linearly with the number of events.
    """
    spans = _postings(table, words, window)
    # events with one informative word pair through it alone
    single = spans.filter(pl.col("n_words") == 1)["i"].unique().implode()
    # each pair is found once: from the earlier event's buckets to the later one's home;
    # postings are sorted by bucket: a range of buckets is a slice (no pass scans them all)
    homes = spans.filter(pl.col("bucket") == pl.col("home")).select("bucket")
    spans = spans.select("bucket", "i", "start", "horizon", "article", "info", "incipit", "home", "k")
    i, j = (pl.col("pair") // _PAIR).cast(pl.UInt32), (pl.col("pair") % _PAIR).cast(pl.UInt32)
    # every shared word of a pair meets at the later event's home bucket: pairs are
    # complete within a range of home buckets, so ranges are searched one at a time
    for lo, hi in _passes(homes):
        part = _between(spans, lo, hi)
        # a block's events are consecutive rows, in timeline order: an event at home in
        # the bucket meets the ``k`` rows before it (the block's earlier events)
        met = (
            part.with_row_index("row")
            .filter(pl.col("bucket") == pl.col("home"))
            .select(earlier_rows("row"),
                    pl.col("i").alias("i_j"), pl.col("start").alias("start_j"), pl.col("article").alias("article_j"))
            .explode("row").drop_nulls("row")
        )
        earlier = met["row"]
        yield (
            met.with_columns(*(part[name].gather(earlier) for name in ("i", "horizon", "article", "info", "incipit")))
            .lazy()
            .filter(
                # rows are in timeline order: the later row never starts earlier
                pl.col("i") < pl.col("i_j"),
                pl.col("start_j") < pl.col("horizon"),
                (pl.col("article") != pl.col("article_j")) | (pl.col("article") >= 0),
            )
            # a pair as one integer: one key to sort by, and its order is that of (i, j)
            .select((pl.col("i").cast(pl.UInt64) * _PAIR + pl.col("i_j")).alias("pair"), "info", "incipit")
            # two shared words (the pair's key met twice), the one word of an event having one,
            # or one incipit: most pairs share one word and are dropped once grouped (hashing the
            # keys costs less than sorting every meeting; only the pairs kept are sorted)
            .group_by("pair")
            .agg(pl.col("info").sum(), pl.len().alias("met"), pl.col("incipit").any())
            .filter((pl.col("met") >= 2) | i.is_in(single) | j.is_in(single) | pl.col("incipit"))
            .sort("pair")
            # in (i, j) order: ties in rank go to the earlier partner
            .select(i.set_sorted().alias("i"), j.alias("j"), "info")  # sorted, as the pairs are
            .filter((pl.col("info").rank("ordinal", descending=True).over("i") <= max_candidates)
                    | (pl.col("info").rank("ordinal", descending=True).over("j") <= max_candidates))
            .select("i", "j")
            .collect()
        )


def _ahead(ranges: Iterator[pl.DataFrame], rows: int) -> Iterator[pl.DataFrame]:
    """``ranges`` in order, each next one made on another thread while the caller reads the one
    given (:func:`timeline._background.in_background`, for ``rows`` rows: below its threshold
    each is made before the one given is read, as the thread would)."""
    coming = in_background(next, ranges, None, rows=rows)
    while (pairs := coming.result()) is not None:
        coming = in_background(next, ranges, None, rows=rows)
        yield pairs


def _each_scored(ranges: Iterable[pl.DataFrame], score: Callable[[pl.DataFrame], pl.DataFrame],
                 rows: int) -> list[pl.DataFrame]:
    """``score`` of each of ``ranges``, in order; every other range scored on another thread
    while this one scores the next (:func:`timeline._background.in_background`, for ``rows``
    rows). The ranges' scores are independent: what one reads of the clauses' text
    (:class:`timeline._clause_reads.ClauseReads`, :class:`_Places`…) is the same whoever reads it first."""
    found: list[pl.DataFrame] = []
    aside: Future[pl.DataFrame] | None = None
    for pairs in ranges:
        if aside is None:
            aside = in_background(score, pairs, rows=rows)
        else:
            mine = score(pairs)
            found += [aside.result(), mine]
            aside = None
    if aside is not None:
        found.append(aside.result())
    return found


def _between(frame: pl.DataFrame, lo: int, hi: int) -> pl.DataFrame:
    """The rows of ``frame`` (sorted by ``bucket``) whose bucket is in ``[lo, hi]``."""
    buckets = frame["bucket"]
    first = buckets.search_sorted(lo, side="left")
    return frame.slice(first, buckets.search_sorted(hi, side="right") - first)


def _names_shared(frame: pl.DataFrame, words: pl.DataFrame, rare: float, lexicon: TriggerLexicon) -> pl.Series:
    """How many of each pair's shared rare words (``rare``) may name who or where (:data:`CLASS_RARE`):
    no count word, no number, no happening word (``قتل ثلاثة جنود``: a toll, a count and a noun tell
    not which happening). Read only for the class pairs sharing that many rare words (few)."""
    counted = [0] * frame.height
    todo = frame.with_row_index("k").filter(pl.col("class_pair") & (pl.col("n_rare") >= CLASS_RARE))
    if todo.height:
        ordered = words.sort("word")
        stems, info = ordered["stem"].to_list(), ordered["info"].to_list()
        for k, shared in zip(todo["k"].to_list(), todo["shared"].to_list()):
            counted[k] = sum(1 for w in shared if info[w] >= rare and not stems[w].isdigit()
                             and not is_count_word(stems[w]) and lexicon.word_class(stems[w]) is None)
    return pl.Series(counted, dtype=pl.Int64)


def _names_known(frame: pl.DataFrame, table: pl.DataFrame, asked: pl.Expr, reads: ClauseReads) -> pl.Series:
    """How many names the data know each pair's two clauses both give (:data:`NAMED_DAY`): places of the
    gazetteer (:func:`timeline.places.find_places`, compared by the place: spellings and clitics aside), a country
    told by its name in one and by its adjective in the other (``القوات المصرية`` / ``مصر``, :func:`_known`;
    :func:`timeline.places.countries_of_unnamed`: not a name's nationality, ``أولمبيك مارسيليا الفرنسي``, nor one
    a family name tells, ``منصور التركي``), and
    people (:func:`timeline._persons.persons_shared`, read once a clause: the name after a given name, a title or an
    office, ``عادل الجبير`` / ``الجبير``، ``الرئيس الأميركي باراك أوباما`` / ``أوباما``), but not for a clause whose date it
    does not tell (``borrowed``: inherited, or an undated lead's window): a story's protagonist is named in every clause
    and the borrowed day may be another happening's (office63, split66: iraq_reform ``--inherit``'s travel ban joined
    Jubouri's demand by العبادي). Names the
    language data know, not rare words: in a small batch every word is rare (a town's fire and its council's
    session share «سوق، مستودع، بلدة»). Read only for the pairs of one day from two articles sharing
    :data:`NAMED_DAY` rare words that ``asked`` holds for (under the same-day floor, at or over the
    one-happening floor: where the count decides); 0 for the others. (Who acts in both, :mod:`timeline._doers`, was counted too and dropped: a club named as
    the doer joined a round's fixtures to one of its matches.)"""
    out = pl.Series("n_known", [0] * frame.height, pl.Int64)
    at = frame.select(((pl.col("agreement") == _SAME_DAY) & ~pl.col("same_article")
                       & (pl.col("n_rare") >= NAMED_DAY) & asked).fill_null(False)).to_series().arg_true()
    if not at.len():
        return out
    i, j = frame["i"].gather(at).to_list(), frame["j"].gather(at).to_list()
    rows = sorted(set(i) | set(j))
    clauses = table["clause"].gather(rows).fill_null("").to_list()
    told = {row: reads.names(c) for row, c in zip(rows, clauses)}  # (each distinct clause read once a merge)
    borrowed = table["borrowed"]
    return out.scatter(at, pl.Series([_known(told[a].places, told[b].places, told[a].adjectives, told[b].adjectives)
                                      + (0 if borrowed[a] or borrowed[b] else
                                         people_in_both(told[a].people, told[a].words, told[b].people, told[b].words))
                                      for a, b in zip(i, j)], dtype=pl.Int64))


def _without_nationalities(flat: pl.DataFrame, frame: pl.DataFrame, table: pl.DataFrame,
                           words: pl.DataFrame, reads: ClauseReads) -> pl.DataFrame:
    """``flat`` (each pair's ``row`` and one ``shared`` word) but a country's word that one clause of the pair
    tells only as a name's nationality and the other does not (:func:`timeline.places.nationalities`:
    ``أمام أولمبيك مارسيليا الفرنسي`` / ``يوم سبت أسود في فرنسا``): a club's or a person's nationality goes wherever
    they go, so it tells not that the other clause's happening, in that country or by it, is theirs (spell63: a
    traffic jam in France joined a French club's match on one day through فرنس and مارسيل alone)."""
    stems = adjective_stems()
    country_words = words.filter(pl.col("stem").is_in(list(stems)))
    if not country_words.height:
        return flat
    of_word = dict(zip(country_words["word"].to_list(), (stems[s] for s in country_words["stem"].to_list())))
    # only where neither clause names its happening (its words all the evidence), of one day, from two articles
    unnamed = frame.select(pl.col("trigger").is_null() & pl.col("trigger_j").is_null()
                           & (pl.col("agreement") == _SAME_DAY) & ~pl.col("same_article")).to_series()
    todo = flat.with_row_index("k").filter(pl.col("shared").is_in(list(of_word)))
    todo = todo.filter(unnamed.gather(todo["row"]))
    if not todo.height:
        return flat
    rows = todo["row"].to_list()
    i, j = frame["i"].gather(rows).to_list(), frame["j"].gather(rows).to_list()
    clauses = table["clause"].fill_null("")
    told = {c: reads.nationalities(clauses[c]) for c in set(i) | set(j)}
    drop = [k for k, w, a, b in zip(todo["k"].to_list(), todo["shared"].to_list(), i, j)
            if of_word[w] in told[a] ^ told[b]]
    return flat.with_row_index("k").filter(~pl.col("k").is_in(drop)).drop("k") if drop else flat


def _known(places: frozenset[str], places_j: frozenset[str], adjectives: frozenset[str], adjectives_j: frozenset[str]) -> int:
    """How many places two clauses both name (``places``), with the countries one tells by its adjective and the
    other by its name or a place of it (``adjectives``: ``القوات المصرية`` / ``مصر``). Two adjectives of one country
    alone are no name shared: a story's country is told in every clause (``فلسطيني``: the Duma arson and Abbas's ICC
    move joined; ``الأرجنتيني``، ``العراقي``: two ``--inherit`` entries of dimaria and iraq_reform made impure)."""
    both = places & places_j
    return len(both | ((adjectives & places_j) | (adjectives_j & places)))


def _figures_told(frame: pl.DataFrame, table: pl.DataFrame) -> pl.Series:
    """How the figures each pair's two clauses give agree: counts (``numbers`` of ``table``) and figures
    with a decimal part (``figures``: ``1.7%``، ``1080.25``, which counts leave out): 1 when both give
    figures and share one, -1 when both give figures and share none, 0 when one gives none. Read only
    for the pairs of two gone-by clauses naming no happening, one date coarser, that share
    :data:`BACKGROUND_RARE` rare words (few); 0 for the others."""
    todo = frame.select(((pl.col("agreement") == _OVERLAP) & pl.col("trigger").is_null() & pl.col("trigger_j").is_null()
                         & pl.col("gone") & pl.col("gone_j") & (pl.col("n_rare") >= BACKGROUND_RARE))
                        .fill_null(False).alias("m"))["m"]
    out = pl.Series("figures_told", [0] * frame.height, pl.Int8)
    if not todo.any():
        return out
    at = todo.arg_true()
    i, j = frame["i"].gather(at), frame["j"].gather(at)
    told = pl.DataFrame({"a": table["numbers"].gather(i), "b": table["numbers"].gather(j),
                         "fa": table["figures"].gather(i), "fb": table["figures"].gather(j)})
    both = ((pl.col("a").list.len() + pl.col("fa").list.len() > 0)
            & (pl.col("b").list.len() + pl.col("fb").list.len() > 0))
    shared = pl.col("a").list.set_intersection("b").list.len() + pl.col("fa").list.set_intersection("fb").list.len()
    agree = told.select(pl.when(~both).then(0).when(shared > 0).then(1).otherwise(-1).cast(pl.Int8).alias("agree"))
    return out.scatter(at, agree["agree"])


def _one_dead(frame: pl.DataFrame, table: pl.DataFrame, todo: pl.Expr) -> pl.Series:
    """Whether each pair's two clauses, a toll and a death (a ``joint`` pair of triggers.yaml), name whom one
    happening word governs in the other clause (the one who died: ``استشهاد دوابشة`` / ``توفي سعد دوابشة``).
    Read only for the pairs ``todo`` marks (few); false for the others."""
    at = frame.select(todo.fill_null(False).alias("m"))["m"].arg_true()
    out = pl.Series("one_dead", [False] * frame.height, pl.Boolean)
    if at.len() == 0:
        return out
    i, j = frame["i"].gather(at), frame["j"].gather(at)
    told = pl.DataFrame({"o": table["object"].gather(i), "o_j": table["object"].gather(j),
                         "w": table["words"].gather(i), "w_j": table["words"].gather(j)})
    named = told.select(((pl.col("o").list.set_intersection("w_j").list.len() > 0)
                         | (pl.col("o_j").list.set_intersection("w").list.len() > 0)).fill_null(False).alias("n"))["n"]
    return out.scatter(at, named)


def _one_doer(frame: pl.DataFrame, table: pl.DataFrame, words: pl.DataFrame, rare: float,
             reads: ClauseReads) -> pl.Series:
    """Whether each pair's two clauses name one doer by a rare word (``rare``; :mod:`timeline._doers`: the
    subjects after verbs and complementizers, the owners after verbal nouns: ``أعلن تشاك شومر`` / ``لمعارضة
    شومر``). Read only for the pairs of one class on one day, each its clause's own predicate, on a lowered
    floor (``thin``, ``closest_only``: few); false for the others. Two doers named apart are no evidence of
    two happenings: one body is named two ways (``صادق مجلس النواب`` / ``إن البرلمان وافق``)."""
    out = pl.Series("one_doer", [False] * frame.height, pl.Boolean)
    at = frame.select((pl.col("one_class") & (pl.col("thin") | pl.col("closest_only"))).fill_null(False)) \
        .to_series().arg_true()
    if not at.len():
        return out
    i, j = frame["i"].gather(at).to_list(), frame["j"].gather(at).to_list()
    rows = sorted(set(i) | set(j))
    clauses = table["clause"].gather(rows).fill_null("").to_list()
    doers = dict(zip(rows, reads.doers(clauses)))  # (wire copies share their clauses: each read once a merge)
    needed = set().union(*doers.values())
    rare_stems = set(words.filter(pl.col("stem").is_in(list(needed)), pl.col("info") >= rare)["stem"].to_list()) \
        if needed else set()
    one = [not rare_stems.isdisjoint(doers[a] & doers[b]) for a, b in zip(i, j)]
    return out.scatter(at, pl.Series(one, dtype=pl.Boolean))


def candidate_pairs(
    events: pl.DataFrame, *, conflict_window: dt.timedelta = CONFLICT_WINDOW
) -> list[tuple[int, int]]:
    """The pairs :func:`merge_events` scores, as row numbers of the events in timeline order."""
    frame = order_events(resolve_pending(conform_events(events)))
    if frame.height == 0:
        return []
    features = clause_features(frame)
    table = _event_table(frame, features, conflict_window)
    found = list(_candidates(table, features.words, conflict_window))
    if not found:
        return []
    pairs = pl.concat(found).sort("i", "j")
    return list(zip(pairs["i"].to_list(), pairs["j"].to_list()))


def _each_lacks(column: str) -> pl.Expr:
    """Whether both events of a pair name words in the list ``column`` and each names one the other's
    clause lacks (``words``, ``words_j``): two actors, two things governed."""
    mine, theirs = pl.col(column), pl.col(f"{column}_j")
    return ((mine.list.len() > 0) & (theirs.list.len() > 0)
            & (mine.list.set_intersection("words_j").list.len() < mine.list.len())
            & (theirs.list.set_intersection("words").list.len() < theirs.list.len()))


def _scored(pairs: pl.DataFrame, table: pl.DataFrame, words: pl.DataFrame,
            needs: tuple[float, float, float, float], far_countries: _FarCountries | None = None,
            places: _Places | None = None, deeds: Deeds | None = None,
            reads: ClauseReads | None = None) -> pl.DataFrame:
    """The candidate pairs that score enough for how well their dates agree, as
    ``(agreement, score, i, j)``; ``needs`` holds the least score for a same-day, an
    overlapping, a next-day and a disjoint pair.

    The score is the content words' overlap, plus :data:`SAME_TRIGGER_BONUS` when both
    clauses name their happening with one class of word (or two of a ``joint`` pair of triggers.yaml,
    a meeting and an appointment, whose dates meet: one day or one holding the other); two classes never
    pair, but for two classes of one group (not reactions) on one day, at :data:`CLASS_MARGIN` points more (an
    attack and its dead; no more for a toll giving the other's count, nor for two reports naming
    one town); a toll naming its cause
    (``cause`` of :func:`timeline.wording.clause_features`: ``قتلوا إثر انهيار مبنى``) is of its
    cause's class on one day, or in one period both give (one week). A count both clauses give
    adds :data:`SHARED_NUMBER_BONUS`; counts that
    all differ, or two different towns (not of one region: :func:`timeline.places.region_of`; nor
    one town for the bonus), take :data:`MISMATCH_PENALTY`; two classes of one kind (``kinds`` of
    triggers.yaml: ``شنوا هجوما`` and ``انفجار سيارة مفخخة``) told in one town both name are one class
    (its bonus, floors and kin words; in another town or none, two classes of one group); the same kind of
    happening in one town adds :data:`SAME_TOWN_BONUS` (and one shared word is then
    enough; when both are dated to one day, those words must still carry the same-day
    share of :data:`MIN_SHARED_WEIGHT`: two attacks in one city on one day are told in
    different words; two happening words of one class in two forms count there as one
    shared word, at the lesser of their information, on one day between clauses of
    :data:`KIN_WORDS` content words or more); similar titles add :data:`TITLE_BONUS`;
    happening words governing different words (each clause's object holds a word the other
    lacks) take :data:`OBJECT_PENALTY`; two reactions pair only when who voiced them (their object: the
    actor, :data:`timeline.wording.ACTOR_WORDS`) shares a word and neither names an actor the
    other clause lacks; two arrivals (``told_by_object`` in ``lang/ar/actors.yaml``) never
    pair when their objects share no word and each names one the other clause lacks (who
    arrives: ``وصل الملك…`` and ``وصل كيري…``); two meetings or receptions never pair when
    each names :data:`SIDE_NAMES` rare words of who meets (:data:`SIDE_INFO`) that the other
    clause lacks (one host, two guests); two reports of football naming teams, none shared,
    never pair (``told_by_sides`` and ``clubs`` in ``lang/ar/actors.yaml``), nor two reports
    each naming a case none of whose words the other holds (``case`` of
    :func:`timeline.wording.clause_features`), nor two reports of a court's classes naming
    countries, none shared (:func:`timeline.places.countries_named`), nor two reports each telling
    another thing moving (``moves`` of :func:`timeline.wording.clause_features`: the price, index or
    count a market report names first; Brent's low and a rig count). Two events of
    one article pair only with the same happening word, on the same day, and
    :data:`SAME_ARTICLE_MARGIN` points more. Two reports of one day naming one class with their
    own predicates need only :data:`ONE_HAPPENING_SHARE` of the floor when they link strongly
    and share a town or what one's happening word governs or name their happening with one word
    (``هاجمت`` / ``وهاجمت``: a word, not a class) or name one doer by a rare word (:func:`_one_doer`, which
    adds :data:`SAME_DOER_BONUS`: ``أعلن تشاك شومر`` / ``لمعارضة شومر``), or, a toll and a death of one day, name
    the one who died (:func:`_one_dead`), or when both tell the day ahead (``ahead``
    of :func:`_event_table`: a schedule), with no strong link asked; so do two reports of one day, of any classes
    or none (not reactions), from two articles both naming :data:`NAMED_DAY` places of the gazetteer
    (:func:`_names_known`).
    A week or a month holding the other's day pairs as one day does when both name one class (not a meeting, a toll or a reaction) and
    share a rare word (:data:`HELD_SPAN`), or when the coarse side tells its happening since (``since`` of
    :func:`timeline.wording.clause_features`: the one start of what is still going on), at the
    one-happening floor without a rare word; a month gone by when told holding the other's day pairs so too when the two
    share :data:`BACKGROUND_RARE` rare words, one class or only one side naming one (a meeting too),
    neither a reaction; and any coarse date (up to :data:`GONE_SPAN`) holding the other's, both gone by
    when told, both of one class, likewise. A clause whose happening word is in the dual (``two`` of
    :func:`timeline.wording.clause_features`: two blasts) pairs only with another such clause. A plan
    told for a day and another outlet's report of it done on the day next to it (``planned`` and
    ``done`` of :func:`timeline.tense.tenses`, neither ``unsure``: ``plan_told``, the plan's publication,
    and ``done`` of the table), one class, not a bound, the plan told before the day the other says it
    was done ends, pair as on one day. One far exact day (:func:`_far_day`) shared by two reports of
    one class needs only :data:`FAR_SHARE` of the floor. A body's session and its decision (two
    classes, two groups: a meeting, a vote), told by two articles of one day, each naming that
    body as who does it at its opening (``body`` of :func:`_event_table`: تعقد الحكومة العراقية
    اجتماعا / وافق مجلس الوزراء العراقي على), pair whatever their wording: a body meets once a day.
    Two reports of one day both told ahead never pair when, of a class told by who does it (``who_acts``
    in ``lang/ar/actors.yaml``: a strike, a vote), each names who does it (``actor`` of
    :func:`timeline.wording.clause_features`) with a word the other clause lacks, nor when each verb
    governs past its subject (``governed``) what the other clause lacks. ``reads``: the clauses' text
    reads of the merge (:class:`timeline._clause_reads.ClauseReads` of ``words``' stems), kept from one
    batch of pairs to the next; by default this batch's own.
    """
    if pairs.height == 0:  # none of the steps below (~0.03-0.05 s of the one-core tail on empty frames)
        return pl.DataFrame(schema=_LINK_SCHEMA)
    if reads is None:
        reads = ClauseReads(frozenset(words["stem"].to_list()))
    # each side's columns taken by row number (``i`` is the row of ``table``)
    lexicon = load_triggers()
    reactions, tolls, loose = listed(lexicon.reactions), listed(lexicon.tolls), listed(lexicon.loose_objects)
    side = table.select(_SIDE)
    frame = pl.concat([
        pairs.select("i", "j"),
        side[pairs["i"]],
        side[pairs["j"]].select(pl.col(*_SIDE).name.suffix("_j")),
    ], how="horizontal")
    # the words two clauses share, their summed length and information; then the counts
    # and title words they share (only for the pairs that may still score enough)
    shared = pl.col("words").list.set_intersection("words_j")
    chars = words.sort("word")["chars"]
    info = words.sort("word")["info"]
    overlap = (pl.col("start_j") < pl.col("end")) & (pl.col("start") < pl.col("end_j"))
    both_fine = pl.col("fine") & pl.col("fine_j")
    gap = pl.max_horizontal(pl.col("start_j") - pl.col("end"), pl.col("start") - pl.col("end_j"))
    # two times of one calendar day, one told ahead of its report (a plan's hour: مؤتمرا صحفيا مساء
    # اليوم, told at noon; the conference held ظهر اليوم), agree as one day does: the hour a plan gives
    # is the least sure part of it. Two hours told after the fact (a death at dawn, another at noon; a
    # morning training and an evening match) stay apart; so does a night told across midnight (ليل أمس)
    last = pl.col("end") - dt.timedelta(microseconds=1)
    last_j = pl.col("end_j") - dt.timedelta(microseconds=1)
    one_date = ((pl.col("plan_told").is_not_null() | pl.col("plan_told_j").is_not_null())
                & (pl.col("start").dt.date() == pl.col("start_j").dt.date())
                & (last.dt.date() == pl.col("start").dt.date()) & (last_j.dt.date() == pl.col("start_j").dt.date()))
    agreement = (pl.when(overlap | (both_fine & one_date)).then(pl.when(both_fine).then(_SAME_DAY).otherwise(_OVERLAP))
                 .when(both_fine & (gap < dt.timedelta(days=1))).then(_NEXT_DAY).otherwise(_NEAR))
    # one class of happening: one word's, or on one day (or one period both give: أصيب جنديان
    # بانفجار ألغام الأسبوع الماضي / انفجر لغم الأسبوع الماضي) a toll's cause and the other's word
    # (قتل جندي إثر انفجار لغم / انفجر لغم)
    # ...or two classes of one kind (``kinds`` of triggers.yaml: an attack, a bombing) told in one town
    kin_town = ((pl.col("kind") == pl.col("kind_j")) & (pl.col("town") == pl.col("town_j"))).fill_null(False)
    # ...or a joint pair of classes of two groups (``joint`` of triggers.yaml: a council meets and
    # appoints) whose dates meet: one day, or a coarse date holding the other (not the day next to it)
    joint = ((pl.col("trigger") + "|" + pl.col("trigger_j")).is_in([f"{a}|{b}" for a, b in lexicon.joint])
             & (pl.col("agreement") <= _OVERLAP)).fill_null(False)
    same_trigger = ((pl.col("trigger") == pl.col("trigger_j")) | joint
                    | (((pl.col("agreement") == _SAME_DAY)
                        | ((pl.col("start") == pl.col("start_j")) & (pl.col("end") == pl.col("end_j"))))
                       & ((pl.col("cause") == pl.col("trigger_j")) | (pl.col("trigger") == pl.col("cause_j"))))
                    | kin_town).fill_null(False)
    same_article = (pl.col("article") >= 0) & (pl.col("article") == pl.col("article_j"))
    # one body's session and what it decided on one day, told by two articles (تعقد الحكومة العراقية
    # اجتماعا / وافق مجلس الوزراء العراقي على): one happening, a body meets once a day
    one_body = ((pl.col("agreement") == _SAME_DAY) & (pl.col("body") == pl.col("body_j"))
                & (pl.col("trigger") != pl.col("trigger_j")) & ~pl.col("same_article")).fill_null(False)
    same_town = (pl.col("agreement") <= _OVERLAP) & (pl.col("town") == pl.col("town_j")).fill_null(False)
    # the conditions below read by several steps are made once as columns, once the shared words are
    # counted (:class:`timeline._flags.Flags`: read by name, the widest filters stay shallow)
    flags = Flags("flag ")
    located = flags.add("located", pl.col("same_trigger") & same_town)
    # one kind of happening in one past year ("افتتحت عام 1869"): as one town, the year tells
    # which; it asks no more of the wording than one day's, when the two share a rare word
    # (RARE_INFO; in a small batch, one of RARE_FLOOR events or fewer: "كوالالمبور"، "السادات"),
    # not only a story's words (two takings of towns by "داعش" in "العراق" in 2014 stay two)
    rare = _least_rare(table.height)
    one_rare_kind = flags.add("one_rare_kind", pl.col("same_trigger") & (pl.col("shared_rare") >= rare)
                              & ~pl.col("trigger").is_in(loose) & ~pl.col("group").is_in(reactions))
    # (an approximate year spanning the other's: "قبل حوالي 150 عاما" and "عام 1869")
    of_year = flags.add("of_year", (one_rare_kind & (pl.col("era").is_between(pl.col("era_j"), pl.col("era_to_j"))
                                                     | pl.col("era_j").is_between(pl.col("era"), pl.col("era_to"))))
                        .fill_null(False))
    # ...and two reports of one past year naming no happening word (a background told in other words:
    # "تدخل عسكري فرنسي عام 2013" and "عملية عسكرية قادتها فرنسا عام 2013"): the year tells which when
    # they share BACKGROUND_RARE rare words (who and where) and the floor's share of the information
    of_year_plain = flags.add("of_year_plain", (pl.col("trigger").is_null() & pl.col("trigger_j").is_null()
                                                & (pl.col("n_rare") >= BACKGROUND_RARE) & ~pl.col("same_article")
                                                & (pl.col("era").is_between(pl.col("era_j"), pl.col("era_to_j"))
                                                   | pl.col("era_j").is_between(pl.col("era"), pl.col("era_to"))))
                          .fill_null(False))
    # a mention of a week or a month holding the other's day ("عثر عليها الأسبوع الماضي" and
    # "عثر عليها الأربعاء"), one class of happening (not a meeting, a toll or a reaction) and a
    # rare word shared: the coarse date tells no other day, so it asks no more than one day's;
    # not a date bounding its happening (a deadline, "حتى 17 سبتمبر", is not a vote's day)
    def holds(coarse: str, day: str, span: dt.timedelta = HELD_SPAN, fine: bool = True) -> pl.Expr:
        """The coarse side (suffix) holding the other's date, at most ``span`` long; with ``fine``,
        the other's a day or finer."""
        start, end = pl.col("start" + coarse), pl.col("end" + coarse)
        held = ~pl.col("fine" + coarse) & (end - start <= span) & (start <= pl.col("start" + day)) \
            & (pl.col("end" + day) <= end)
        return pl.col("fine" + day) & held if fine else held

    # ...and a happening told since (the coarse side's, ``since``: منذ بدء عمليات التحالف قبل أربعة
    # أشهر, the one start of what is still going on) asks for no rare word: it meets the day at
    # the one-happening floor
    since = (pl.col("since") & ~pl.col("fine")) | (pl.col("since_j") & ~pl.col("fine_j"))  # (the coarse side)
    told_since = flags.add("told_since", pl.col("same_trigger") & since & ~pl.col("trigger").is_in(loose)
                           & ~pl.col("group").is_in(reactions))
    held = flags.add("held_day", ((pl.col("agreement") == _OVERLAP) & (one_rare_kind | told_since)
                                  & (holds("", "_j") | holds("_j", ""))
                                  & pl.col("era").is_null() & pl.col("era_j").is_null() & ~pl.col("bound")
                                  & ~pl.col("bound_j") & ~pl.col("same_article")).fill_null(False))
    held_since = flags.add("held_since", (held & told_since).fill_null(False))
    # a background happening told at the grain of a month gone by in one report and to its day in
    # another ("القمة التي عقدت في كامب ديفيد في مايو الماضي" and "… في كامب ديفيد في 14 مايو"): as one day
    # when they share BACKGROUND_RARE rare words or more (who and where tell which happening), one
    # class of happening or only one side naming one, neither a reaction; the finer date is kept
    one_or_no_class = pl.col("same_trigger") | (pl.col("trigger").is_null() != pl.col("trigger_j").is_null())
    background = flags.add("background", (pl.col("agreement") == _OVERLAP) & (pl.col("n_rare") >= BACKGROUND_RARE)
                           & pl.col("era").is_null() & pl.col("era_j").is_null()
                           & ~pl.col("bound") & ~pl.col("bound_j") & ~pl.col("same_article")
                           & ~pl.col("group").is_in(reactions).fill_null(False)
                           & ~pl.col("group_j").is_in(reactions).fill_null(False))  # what both background joins ask
    held_named = flags.add("held_named", (background & one_or_no_class
                                          & ((holds("", "_j") & pl.col("past_month"))
                                             | (holds("_j", "") & pl.col("past_month_j")))).fill_null(False))
    # ...and, more widely, a background told gone by in both reports at two grains, one date holding
    # the other (``الصيف الماضي`` inside ``العام الماضي``, ``بداية يونيو الماضي`` inside ``في يونيو``, one
    # year twice), the same BACKGROUND_RARE rare words shared, one class on both sides (a clause naming
    # none may tell another happening of its firm and town: a fire and the firm's move of its office
    # that month): the coarser date tells no other time, who and where tell which happening (a year before
    # the batch's is of_year's: «عام 1956» of the canal's attack is not «يوليو 1956» of its nationalization)
    held_gone = flags.add("held_gone", (background & pl.col("same_trigger") & pl.col("gone") & pl.col("gone_j")
                                        & (holds("", "_j", GONE_SPAN, fine=False)
                                           | holds("_j", "", GONE_SPAN, fine=False))).fill_null(False))
    # ...and so too two clauses naming no happening on either side, both gone by, a week or a month
    # holding the other's date, the same rare words shared, when the figures they give do not disagree
    # (``figures_told``: both give figures, none shared): what sets such a background apart from two
    # figures gone by of one index or market (two indices' July moves, a month's shares and its deals)
    # is the figure each gives; a day inside only a month gone by, and only when both give one figure
    # (a committee of ten formed «الشهر الماضي» and «في 20 يوليو»): a week or a month holds many days of
    # one player's, one minister's or one agency's doings, and the figure tells which; a week inside a month
    # is read as a day (two talks of one governor, «في يوليو الماضي» and «في الأسبوع الثاني من يوليو الماضي»),
    # a part of the month (مطلع مايو) is not, nor one week told by both (a weekly stocks report)
    def month_holds(coarse: str, day: str) -> pl.Expr:
        inside = pl.col("fine" + day) | (pl.col("week" + day) & ~pl.col("week" + coarse))
        return holds(coarse, day, fine=False) & (~inside
                                                 | (pl.col("past_month" + coarse) & (pl.col("figures_told") > 0)))

    held_plain = flags.add("held_plain", (background & pl.col("trigger").is_null() & pl.col("trigger_j").is_null()
                                          & pl.col("gone") & pl.col("gone_j") & (pl.col("figures_told") >= 0)
                                          & (month_holds("", "_j") | month_holds("_j", ""))).fill_null(False))
    held = flags.add("held", held | held_named | held_gone | held_plain)
    # a plan told for a day (planned: سيصدر خلال اجتماع الحكومة غدا قرارا) and another outlet's report
    # of it done (done: أعلن مجلس الوزراء اليوم) on the day next to it, one class of happening: as on one
    # day; not a preparatory meeting nor a plan called off or moved (unsure), nor a plan told after
    # the day the other says it was done (a next occurrence), nor a date bounding its happening
    met_plan = flags.add("met_plan", ((pl.col("agreement") == _NEXT_DAY) & pl.col("same_trigger")
                                      & ~pl.col("same_article") & ~pl.col("bound") & ~pl.col("bound_j")
                                      & ((pl.col("done_j") & (pl.col("plan_told") < pl.col("end_j")))
                                         | (pl.col("done") & (pl.col("plan_told_j") < pl.col("end"))))
                                      ).fill_null(False))
    least_words = pl.when(located | of_year | held | met_plan).then(1).otherwise(
        pl.col("agreement").replace_strict(dict(enumerate(_MIN_SHARED_WORDS)), return_dtype=pl.Int64)
        - pl.col("same_trigger").cast(pl.Int64))
    least_weight = pl.when(met_plan).then(MIN_SHARED_WEIGHT[_SAME_DAY]).otherwise(
        pl.col("agreement").replace_strict(dict(enumerate(MIN_SHARED_WEIGHT)), return_dtype=pl.Float64))
    # one day, one class of happening, each word its clause's own predicate, not a meeting's
    # nor a toll's (whose words tell little of which): the floor may be lower (ONE_HAPPENING_SHARE)
    own_class = flags.add("own_class", ((pl.col("agreement") == _SAME_DAY) & pl.col("same_trigger") & pl.col("own")
                                        & pl.col("own_j") & ~pl.col("trigger").is_in(loose)
                                        & ~pl.col("trigger_j").is_in(loose) & ~pl.col("group").is_in(reactions)
                                        & ~pl.col("same_article")).fill_null(False))
    # a fragment of speech verb, speaker and date that borrows what the verb says (``said``: أكدت
    # ماليزيا أمس | أن قطعة من جناح طائرة…) and another outlet's report of that day: the other
    # tells the saying's content in its own words, so the floor is lower too (ONE_HAPPENING_SHARE)
    saying = flags.add("saying", ((pl.col("agreement") == _SAME_DAY) & (pl.col("said") | pl.col("said_j"))
                                  & ~pl.col("same_article")).fill_null(False))
    # one far exact day, one class of happening: the day tells which (FAR_SHARE of the shorter clause's information)
    far_day = flags.add("far_day", _far_day(loose, reactions))
    # one day told ahead by both reports (a schedule: the court adjourned the case to Monday, the
    # registration opens on the 7th), one class, each its clause's own predicate, no bound: the
    # one-happening floor without the strong link or the shared town a done happening asks; whoever set
    # the day is repeated by each outlet in its own words, and the link is alike (it joins grown entries)
    scheduled = flags.add("scheduled", (own_class & pl.col("ahead") & pl.col("ahead_j")
                                        & ~pl.col("bound") & ~pl.col("bound_j")).fill_null(False))
    rest = pl.min_horizontal(pl.col("chars") - pl.col("shared_chars"), pl.col("chars_j") - pl.col("shared_chars"))
    overlap_score = pl.when(pl.col("shared_chars") > 0).then(
        100.0 * 2 * pl.col("shared_chars") / (2 * pl.col("shared_chars") + rest)).otherwise(0.0)
    numbers = (pl.when((pl.col("numbers").list.len() > 0) & (pl.col("numbers_j").list.len() > 0))
               .then(pl.when(pl.col("numbers_shared") > 0).then(SHARED_NUMBER_BONUS).otherwise(-MISMATCH_PENALTY))
               .otherwise(0.0))
    towns = (pl.when((pl.col("town") != pl.col("town_j")).fill_null(False) & ~_one_region()).then(-MISMATCH_PENALTY)
             .when(located).then(SAME_TOWN_BONUS).otherwise(0.0))
    title = pl.when(~pl.col("same_article") & (pl.col("title_shared") >= 2)).then(TITLE_BONUS).otherwise(0.0)
    # the same kind of happening in one town: a coarse date that holds the other is no
    # reason to ask for closer wording
    need = (pl.when(pl.col("one_body")).then(0.0)
            .when(located | of_year | of_year_plain | held | met_plan).then(needs[_SAME_DAY])
            .otherwise(pl.col("agreement").replace_strict(dict(enumerate(needs)), return_dtype=pl.Float64))
            + pl.when(pl.col("same_article")).then(SAME_ARTICLE_MARGIN).otherwise(0.0)
            + pl.when(pl.col("class_pair")).then(CLASS_MARGIN).otherwise(0.0))
    # a toll and a report of another class of its group that give one count: the count is the
    # toll's, so no margin (checked once counts are compared; the bound below leaves it out); nor
    # two classes of one group told in one town (فتح مسلح النار / أصيب شرطيان in one city)
    counted = pl.col("class_pair") & (pl.col("trigger").is_in(tolls) | pl.col("trigger_j").is_in(tolls))
    one_town = (pl.col("town") == pl.col("town_j")).fill_null(False)
    # ...nor two that share CLASS_RARE rare words (who and where: مركز المسيال، سيفاري)
    names_shared = pl.col("n_names") >= CLASS_RARE
    spared = pl.when(counted | (pl.col("class_pair") & (one_town | names_shared))).then(CLASS_MARGIN).otherwise(0.0)
    score = (pl.col("similarity") + pl.col("same_trigger").cast(pl.Float64) * SAME_TRIGGER_BONUS
             + numbers + towns + title - pl.col("objects_differ").cast(pl.Float64) * OBJECT_PENALTY
             + pl.when(pl.col("one_doer")).then(SAME_DOER_BONUS).otherwise(0.0))
    best = (pl.col("similarity") + pl.col("same_trigger").cast(pl.Float64) * SAME_TRIGGER_BONUS
            + max(SHARED_NUMBER_BONUS, -MISMATCH_PENALTY, 0.0) + towns + max(TITLE_BONUS, 0.0)
            + pl.when(own_class).then(SAME_DOER_BONUS).otherwise(0.0))
    frame = (
        frame.with_columns(agreement.alias("agreement"), same_article.alias("same_article"))
        .with_columns(same_trigger.alias("same_trigger"), one_body.alias("one_body"), kin_town.alias("kin_town"),
                      joint.alias("joint"))
        .with_columns((~pl.col("same_trigger") & (pl.col("trigger") != pl.col("trigger_j")).fill_null(False)
                       & (pl.col("group") == pl.col("group_j")).fill_null(False)
                       & ~pl.col("group").is_in(reactions).fill_null(False)
                       & (pl.col("agreement") == _SAME_DAY) & ~pl.col("same_article")).alias("class_pair"))
        .filter(
            # reports naming two groups, or two kinds, of happening never pair (but two classes of
            # a kind told of one day in one town: a festival's start and its opening; a joint pair); a reaction (a
            # condemnation, a welcome) pairs only with a reaction of its own kind
            ~(pl.col("group") != pl.col("group_j")).fill_null(False) | pl.col("one_body") | pl.col("joint")
            | (pl.col("kin_town") & (pl.col("agreement") == _SAME_DAY)),
            pl.col("group").is_in(reactions).fill_null(False) == pl.col("group_j").is_in(reactions).fill_null(False),
            # ...nor two classes, but for two classes of one group on one day (أسفر عن مقتل 12
            # مصليا and the bombing that killed them; an attack and a blast at one academy), at
            # CLASS_MARGIN more
            pl.col("same_trigger") | ~((pl.col("trigger") != pl.col("trigger_j")).fill_null(False))
            | pl.col("class_pair") | pl.col("one_body"),
            ~pl.col("same_article") | ((pl.col("trigger") == pl.col("trigger_j")).fill_null(False)
                                       & (pl.col("agreement") == _SAME_DAY)),
            # a clause telling two happenings at once (قتلوا جراء انفجارين، أحدهما… والآخر…) is a
            # report of neither alone
            pl.col("two") == pl.col("two_j"),
        )
    )
    words_of = table["words"]
    frame = (
        frame.with_columns(words_of.gather(frame["i"]).alias("words"), words_of.gather(frame["j"]).alias("words_j"))
        .with_columns(shared.alias("shared"))
        .with_row_index("row")
    )
    flat = _without_nationalities(frame.select("row", "shared").explode("shared").drop_nulls(), frame, table, words,
                                  reads)
    sums = (
        flat.select(pl.col("row").set_sorted(), chars.gather(flat["shared"]).alias("shared_chars"),
                    info.gather(flat["shared"]).alias("shared_info"))
        .group_by("row", maintain_order=True)
        .agg(pl.len().alias("n_shared"), pl.col("shared_chars", "shared_info").sum(),
             pl.col("shared_info").max().alias("shared_rare"),
             (pl.col("shared_info") >= rare).sum().alias("n_rare"))
    )
    # two happening words of one class in two forms (صادق مجلس النواب، أقر البرلمان) are one
    # shared word at the lesser of their information, between clauses that tell enough
    kin = (((pl.col("trigger") == pl.col("trigger_j")) | kin_town) & (pl.col("trigger_word") != pl.col("trigger_word_j"))
           & ~pl.col("words_j").list.contains(pl.col("trigger_word"))
           & ~pl.col("words").list.contains(pl.col("trigger_word_j"))
           & (pl.min_horizontal("n_words", "n_words_j") >= KIN_WORDS)
           & (pl.col("agreement") == _SAME_DAY)).fill_null(False)
    frame = frame.with_columns(pl.when(kin).then(pl.min_horizontal(
        info.gather(frame["trigger_word"].fill_null(0)), info.gather(frame["trigger_word_j"].fill_null(0))))
        .otherwise(0.0).alias("kin_info"))
    # where a day's shared names decide (NAMED_DAY): under the floor, at or over the one-happening floor
    least_info = least_weight * pl.min_horizontal("info", "info_j")
    named_asked = (pl.col("shared_info") < least_info) & (pl.col("shared_info") >= least_info * ONE_HAPPENING_SHARE)
    frame = (
        # (each pair's sums put at its row, 0 where it shares no word: ``row`` numbers the frame's rows)
        frame.with_columns(pl.zeros(frame.height, sums[c].dtype, eager=True).scatter(sums["row"], sums[c]).alias(c)
                           for c in sums.columns if c != "row")
        .with_columns(pl.col("shared_info") + pl.col("kin_info"))
        .pipe(lambda scored: scored.with_columns(_names_shared(scored, words, rare, lexicon).alias("n_names"),
                                                 _figures_told(scored, table).alias("figures_told")))
        .pipe(flags.made)
        .pipe(lambda scored: scored.with_columns(_names_known(scored, table, named_asked, reads).alias("n_known")))
    )
    # under the floor the dates ask for; at or over the one-happening floor (of a schedule)
    under = pl.col("shared_info") < least_weight * pl.min_horizontal("info", "info_j")
    on_schedule = pl.col("shared_info") >= least_weight * ONE_HAPPENING_SHARE * pl.min_horizontal("info", "info_j")
    # each outlet's closest report of the class and day to the other's: the floor may be lower still
    closest = pl.col("closest") & (pl.col("n_shared") >= CLOSEST_WORDS) & ~pl.col("bound") & ~pl.col("bound_j")
    # two reports of one day from two articles both naming NAMED_DAY places of the gazetteer (_names_known),
    # neither a reaction: the one-happening floor
    named_day = ((pl.col("agreement") == _SAME_DAY) & ~pl.col("same_article") & (pl.col("n_known") >= NAMED_DAY)
                 & ~pl.col("group").is_in(reactions).fill_null(False)
                 & ~pl.col("group_j").is_in(reactions).fill_null(False))
    # a toll and a death (a joint pair) on one day naming the one who died: the one-happening floor
    tolled = ((pl.col("trigger").is_in(tolls) | pl.col("trigger_j").is_in(tolls)) & (pl.col("trigger") != pl.col("trigger_j")))
    frame = (
        frame.with_columns(_closest(frame, own_class).alias("closest"),
                           _one_dead(frame, table, pl.col("joint") & tolled & (pl.col("agreement") == _SAME_DAY)
                                     & under & on_schedule & ~pl.col("same_article")))
        .filter(
            pl.col("n_shared") >= least_words,
            # the same kind in one town spares the wording only when the dates cannot tell
            # two happenings apart anyway (one is coarser); on one day it must still agree
            (located & (pl.col("agreement") != _SAME_DAY)) | of_year
            | pl.col("one_body")
            | (pl.col("shared_info") >= pl.when(far_day).then(FAR_SHARE)
               .when(closest).then(CLOSEST_SHARE)
               .when(own_class | saying | scheduled | pl.col("one_dead") | named_day)
               .then(least_weight * ONE_HAPPENING_SHARE)
               .when(held_since).then(MIN_SHARED_WEIGHT[_SAME_DAY] * ONE_HAPPENING_SHARE)
               .when(held).then(MIN_SHARED_WEIGHT[_SAME_DAY]).otherwise(least_weight)
               * pl.min_horizontal("info", "info_j")),
        )
        .with_columns((own_class & ~far_day & ~closest & ~scheduled & under).alias("thin"),
                      (closest & ~far_day & under & ~(scheduled & on_schedule)).alias("closest_only"),
                      own_class.alias("one_class"))
        .with_columns((scheduled & ~far_day & under & ~pl.col("closest_only")).alias("scheduled_only"),
                      (far_day & under).alias("far_only"), overlap_score.alias("similarity"))
        .filter(best >= need - spared)  # an upper bound of the score: what fails it fails the score
    )
    # what each happening word governs: when each clause's object holds a word the other
    # clause lacks (أكاديمية الشرطة، قاعدة عسكرية), they likely tell two happenings
    # (with the meetings' sides, the teams and what a market report tells moving, read below)
    frame = frame.with_columns(*(table[column].gather(frame[side]).alias(column + suffix)
                                 for column in ("object", "sides", "teams", "actor", "governed", "moves")
                                 for side, suffix in (("i", ""), ("j", "_j"))))
    # who acts in each clause (the few lowered pairs of one class on one day: one doer named by both)
    frame = frame.with_columns(_one_doer(frame, table, words, rare, reads))
    frame = frame.with_columns(
        ((pl.col("object").list.len() > 0) & (pl.col("object_j").list.len() > 0)
         & (pl.col("object").list.set_intersection("words_j").list.len() < pl.col("object").list.len())
         & (pl.col("object_j").list.set_intersection("words").list.len() < pl.col("object_j").list.len()))
        .alias("objects_differ"))
    # two reactions by different actors (what follows the verb: أدانت مصر، أدانت الخارجية
    # الأمريكية) are two happenings however alike their words
    # and two reactions meet only through who voiced them: their actors share a word (or
    # neither names one), so a clause naming no actor does not chain two actors' reactions
    same_actor = ((pl.col("object").list.len() == 0) & (pl.col("object_j").list.len() == 0)) \
        | (pl.col("object").list.set_intersection("object_j").list.len() > 0)
    reaction = pl.col("group").is_in(reactions).fill_null(False)
    # two arrivals (a class told by what its word governs: who arrives) whose happening
    # words govern different words, none shared, each a word the other clause lacks (وصل
    # الملك… / وصل كيري…), are two as well
    by_object = listed(told_by_object())
    apart = (pl.col("objects_differ") & (pl.col("object").list.set_intersection("object_j").list.len() == 0)
             & (pl.col("trigger").is_in(by_object) | pl.col("trigger_j").is_in(by_object)).fill_null(False))
    # two meetings (or receptions) each naming someone the other clause lacks are two: one
    # host receiving two guests; one meeting told from either side names the same pair
    # ...and each the one it names last (the guest: استقبل الأمير… السفير X), not one that
    # names more of the host and the other more of the guest
    unmet = ((pl.col("sides").list.set_difference("words_j").list.len() >= SIDE_NAMES)
             & (pl.col("sides_j").list.set_difference("words").list.len() >= SIDE_NAMES)
             & ~pl.col("words_j").list.contains(pl.col("sides").list.last())
             & ~pl.col("words").list.contains(pl.col("sides_j").list.last())).fill_null(False)
    # two reports each telling another thing moving (``moves`` of :func:`timeline.wording.clause_features`:
    # the price, index or count a market report names first) are two happenings however alike their
    # words: Brent's six-month low told beside the rigs added, and the rigs added; platinum's July loss
    # and gold's
    two_things = (pl.col("moves") != pl.col("moves_j")).fill_null(False)
    # two reports of football naming teams, none shared, tell of two teams (who trains, plays
    # or arrives: وصلت بعثة النصر… / وصلت بعثة الهلال…)
    other_teams = ((pl.col("teams").list.len() > 0) & (pl.col("teams_j").list.len() > 0)
                   & (pl.col("teams").list.set_intersection("teams_j").list.len() == 0))
    # ...and under the floor only for a strong link placing it in one town, or telling in one
    # clause what the other's happening word governs
    anchored = ((pl.col("town") == pl.col("town_j")).fill_null(False) | pl.col("one_doer")
                | ((pl.col("object").list.len() > 0)
                   & (pl.col("object").list.set_intersection("words_j").list.len() == pl.col("object").list.len()))
                | ((pl.col("object_j").list.len() > 0)
                   & (pl.col("object_j").list.set_intersection("words").list.len() == pl.col("object_j").list.len())))
    # ...and a pair under the floor but for a far day gone by (far_only) not when each happening word
    # governs what the other clause lacks: a day weeks back is a story's background, where many
    # happenings of a class fall (two bombings, on a mosque and on a market); a day ahead is a plan
    # (what an election word governs, ``المقررة``، ``التي ستجري``, tells nothing of which)
    went_by = (pl.col("far") < 0) | (pl.col("far_j") < 0)
    # two reports of one day are two happenings when each verb governs, past its subject, what the other
    # clause lacks (يفتتح وزير التعليم الخميس مدرسة… / …مكتبة…; اعتقلت قوات الأمن فجر أمس شابين… / …تاجرا…:
    # both told ahead: on any one day, one more right split on the 5k corpus — two arrests of one dawn in
    # two towns — but one campaign told as «بدأت … حملة ضربات» and as «شنت … حربا» parted, its governed
    # nouns being the happening told two ways: test_happening_classes); and, both told ahead (a schedule,
    # told in the words its plan was set in), when of a class told by who does it (``who_acts`` in ``lang/ar/actors.yaml``: a strike, a vote) each
    # names who does it with a word the other clause lacks (نقابة المهندسين / نقابة المحامين; the teachers /
    # the teachers' union: one). Not on any day: a vote told done by its body and by its members (صادق مجلس
    # الشورى / أقر النواب, test_merge_kin) is one
    one_day = pl.col("agreement") == _SAME_DAY
    ahead_day = one_day & pl.col("ahead") & pl.col("ahead_j")
    by_actor = listed(who_acts().classes)
    two_actors = (ahead_day & _each_lacks("actor") & pl.col("trigger").is_in(by_actor)
                  & pl.col("trigger_j").is_in(by_actor)).fill_null(False)
    two_objects = (ahead_day & _each_lacks("governed")).fill_null(False)
    frame = frame.filter(~two_actors, ~two_objects)
    # two reports naming their happening with one word (هاجمت / وهاجمت): the word anchors a thin pair as a
    # town does (the places guard and the thin pair's least score still hold)
    one_word = (pl.col("trigger_word") == pl.col("trigger_word_j")).fill_null(False)
    # a joint pair of a toll and a death (``joint`` of triggers.yaml: مقتل 4 أشخاص / وفاة الطفلة مريم) tells one
    # happening only when one clause names whom the other's happening word governs (who died: سعد دوابشة،
    # مهاجرا): one ministry, one town and one day tell many deaths
    named = ((pl.col("object").list.set_intersection("words_j").list.len() > 0)
             | (pl.col("object_j").list.set_intersection("words").list.len() > 0))
    unnamed_toll = (pl.col("joint") & (pl.col("trigger") != pl.col("trigger_j"))
                    & (pl.col("trigger").is_in(tolls) | pl.col("trigger_j").is_in(tolls)) & ~named).fill_null(False)
    frame = frame.filter(~((pl.col("objects_differ") | ~same_actor) & reaction), ~apart, ~unmet, ~other_teams,
                         ~unnamed_toll, ~two_things,
                         ~pl.col("thin") | anchored | one_word, ~(pl.col("far_only") & pl.col("objects_differ") & went_by),
                         ~(pl.col("closest_only") & pl.col("objects_differ")))
    # ...and a pair on a lowered floor (thin, closest_only) not when the two name places that cannot be
    # one (two quakes of one day, in Baluchistan and in eastern Congo; two fronts of one war); each
    # other's closest reports that clear the one-happening floor and would pass as thin (anchored or
    # one word) may instead be judged as thin: no place apart, and the thin pair's least score
    lowered = frame.filter(pl.any_horizontal(_PLACE_GUARDED)).select(
        "i", "j", "closest_only", (pl.col("closest_only") & on_schedule & (anchored | one_word)).alias("as_thin"))
    if lowered.height and places is not None:
        strict = places.apart(lowered)
        loose = places.apart(lowered.with_columns(pl.lit(False).alias("closest_only")))
        judged = lowered.with_columns(strict.alias("strict"), loose.alias("loose"))
        two = judged.filter(pl.col("strict") & ~(pl.col("as_thin") & ~pl.col("loose"))).select("i", "j")
        if two.height:
            frame = frame.join(two, on=["i", "j"], how="anti", maintain_order="left")
        now_thin = judged.filter(pl.col("strict") & pl.col("as_thin") & ~pl.col("loose")).select(
            "i", "j", pl.lit(True).alias("now_thin"))
        if now_thin.height:
            frame = frame.join(now_thin, on=["i", "j"], how="left", maintain_order="left").with_columns(
                (pl.col("thin") | pl.col("now_thin").fill_null(False)).alias("thin")).drop("now_thin")
    # a court's sittings (hearings, sentences, releases) are told in the same few words in every
    # country (قررت المحكمة تأجيل الجلسة): two reports naming countries, none shared, are two
    countries = table["countries"]
    located = (countries.list.len() > 0).fill_null(False)
    courts = frame.filter(located.gather(frame["i"]) & located.gather(frame["j"])).select("i", "j")
    if courts.height:
        two = courts.with_columns(countries.gather(courts["i"]).alias("c"),
                                  countries.gather(courts["j"]).alias("c_j")) \
            .filter(pl.col("c").list.set_intersection("c_j").list.len() == 0)
        if two.height:
            frame = frame.join(two.select("i", "j"), on=["i", "j"], how="anti", maintain_order="left")
    # ...and so are two reports of one far day under the floor but for it (far_only): one class in
    # two countries on one day weeks away (two countries' local elections) is two happenings
    far_only = frame.filter(pl.col("far_only")).select("i", "j")
    if far_only.height and far_countries is not None:
        two = far_only.with_columns(far_countries(far_only["i"]).alias("c"),
                                    far_countries(far_only["j"]).alias("c_j")) \
            .filter((pl.col("c").list.len() > 0) & (pl.col("c_j").list.len() > 0)
                    & (pl.col("c").list.set_intersection("c_j").list.len() == 0))
        if two.height:
            frame = frame.join(two.select("i", "j"), on=["i", "j"], how="anti", maintain_order="left")
    # two reports each naming a court's case (or whom a sentence is carried out on) none of whose
    # words the other clause holds tell two hearings, two executions (few reports name a case:
    # only pairs of two such reports are compared)
    cases = table["case"]
    named = cases.list.len() > 0
    both = frame.filter(named.gather(frame["i"]) & named.gather(frame["j"])).select("i", "j", "words", "words_j")
    if both.height:
        two = both.with_columns(cases.gather(both["i"]).alias("case"), cases.gather(both["j"]).alias("case_j")).filter(
            (pl.col("case").list.set_intersection("words_j").list.len() == 0)
            & (pl.col("case_j").list.set_intersection("words").list.len() == 0))
        if two.height:
            frame = frame.join(two.select("i", "j"), on=["i", "j"], how="anti", maintain_order="left")
    # two reports of one past year (``era``: before the batch's) naming no happening word (a background
    # told by who and where), no copy of one another, each telling its own deed, one the other clause does
    # not hold, tell two acts of one actor (:mod:`timeline._deeds`); not the batch's own year or months,
    # where a clause with no happening word is mostly a statement told by two speech verbs
    plain = frame.filter((pl.col("agreement") == _OVERLAP) & pl.col("trigger").is_null()
                         & pl.col("trigger_j").is_null() & pl.col("era").is_not_null() & pl.col("era_j").is_not_null()
                         & (pl.col("shared_info") < COPY_SHARE * pl.max_horizontal("info", "info_j"))).select("i", "j")
    if plain.height and deeds is not None:
        two = plain.filter(deeds.apart(plain["i"], plain["j"]))
        if two.height:
            frame = frame.join(two, on=["i", "j"], how="anti", maintain_order="left")
    compared = ("numbers", "title")
    frame = frame.with_columns(*(table[column].gather(frame[side]).alias(column + suffix)
                                 for column in compared for side, suffix in (("i", ""), ("j", "_j"))))
    frame = frame.with_columns(pl.col(column).list.set_intersection(column + "_j").list.len().alias(column + "_shared")
                               for column in compared)
    # copies: the words they share carry most of the longer clause's information too
    copy = pl.col("shared_info") >= COPY_SHARE * pl.max_horizontal("info", "info_j")
    # reports dated to days apart (the next day, or further) that name no happening are one only
    # when they copy one report, and give the same counts when both give counts: such pairs are
    # most often two days' market, weather or training reports told in one template
    days_apart = (pl.col("agreement") == _NEXT_DAY) | ((pl.col("agreement") == _NEAR) & pl.col("fine")
                                                        & pl.col("fine_j"))
    counts_differ = ((pl.col("numbers").list.len() > 0) & (pl.col("numbers_j").list.len() > 0)
                     & (pl.col("numbers_shared") == 0))
    one_kind = (~days_apart | pl.col("trigger").is_not_null() | pl.col("trigger_j").is_not_null()
                | (copy & ~counts_differ))
    # one day, one class of happening, each word the clause's own predicate (no background)
    # ...or one far exact day shared by two reports of one class (_far_day): the day tells which, for
    # two grown entries as for two reports (an election told months ahead in clauses about candidates)
    alike = (((pl.col("agreement") == _SAME_DAY) & pl.col("same_trigger") & pl.col("own") & pl.col("own_j")
              & (score >= ALIKE_SCORE)) | far_day | scheduled)
    # a toll giving the other's count, or told in the town the other names, needs no class margin
    least = need - pl.when((pl.col("numbers_shared") > 0) | one_town | names_shared).then(spared).otherwise(0.0)
    return frame.with_columns(score.alias("score")) \
        .filter(pl.col("score") >= least, one_kind, ~pl.col("thin") | (pl.col("score") >= ALIKE_SCORE)) \
        .select("agreement", "score", "i", "j", "similarity", copy.alias("copy"), alike.fill_null(False).alias("alike"))


class _Components(Forest):
    """Union–find over event indices that keeps each group's time extent and kind.

    Two groups are only joined if the result spans no more than its longest interval plus
    ``slack``, its events precise to a day or finer all fall within a day plus
    ``slack / 2`` (a strike that began on Monday and the same strike that ended on Friday
    stay two entries; a month-long report cannot bridge days far apart), and their
    happening words belong to one group, their towns are one, and two groups of two or more
    reports share one of their :data:`CORE_WORDS` telling words, or one's reports hold
    nearly all the other's (:data:`CORE_TOLD`; the purity guard: an
    attack never joins its condemnation, nor a festival in one town a fair in another,
    nor a federation's meeting a friendly match, through a chain of similar clauses).
    Where clauses naming no happening join (unless they are copies, ``copy``), a rare word,
    or the happening words, must be held by :data:`PLAIN_SHARE` of the events joined, on
    both sides: one day's football clauses no longer chain into one entry.
    Two reports of one article precise to a day or finer on different days never share an
    entry: an article that dates two clauses apart tells two happenings (``طالب ... يوم
    الاثنين ... وذلك في إطار خطة أقرها المجلس يوم الأحد``), though other outlets' wording may
    chain them (the day after, :data:`NEXT_DAY_THRESHOLD`).
    Two entries holding two meetings' reports told apart by who meets, or two reports of
    football naming other teams, never join (a report naming one side only still does); nor do
    two entries each holding a report that names a case none of whose words the other's reports
    hold (:meth:`_cases_apart`: two executions in one town on one day, whose telling words meet
    through the town and the sentence's words).
    An entry told only since its happening (:meth:`_started`) joins the entry of that class's
    reports whatever their telling words.
    Two grown entries whose telling words do not meet still join when a strong link of one
    day between reports naming one class with their own predicates meets entries that tell
    one happening by their class (:meth:`_one_happening`): a wire paragraph's copies and
    other outlets' reports of one hearing.
    Two grown entries whose telling words do not meet join too when every report of one links
    with every report of the other at :data:`ALIKE_SCORE` or more (:meth:`_woven`, ``strong``):
    no chain, but one text told twice (two outlets' copies of a statement, two of another
    wording of it); the guards after the telling words' still hold.
    Times are integer microseconds.
    """

    def __init__(self, table: pl.DataFrame, slack: dt.timedelta, words: dict[int, list[int]],
                 weight: Sequence[float], strong: frozenset[int] = frozenset()) -> None:
        # (each row's times as lists, made by polars: a comprehension over every row costs more)
        start, end, fine = pl.col("start").dt.epoch("us"), pl.col("end").dt.epoch("us"), pl.col("fine")
        times = table.select(start, end, (end - start).alias("longest"), pl.when(fine).then(start).alias("fine_lo"),
                             pl.when(fine).then(end).alias("fine_hi"))
        starts, ends = times["start"].to_list(), times["end"].to_list()
        super().__init__(len(starts))
        self.lo, self.hi = starts, ends
        self.longest: list[int] = times["longest"].to_list()
        self.times = table.select("start", "end", "fine")  # each event's own times (read when asked)
        self.fine_lo: list[int | None] = times["fine_lo"].to_list()
        self.fine_hi: list[int | None] = times["fine_hi"].to_list()
        # each event's group, its kind's (``kind_group`` of _kinded: a festival's start joins its opening)
        self.group: list[str | None] = table["kind_group" if "kind_group" in table.columns else "group"].to_list()
        # each event's happening class (a link of a joint pair joins two groups)
        self.classes: list[str | None] = table["trigger"].to_list() if "trigger" in table.columns \
            else [None] * len(starts)
        # the joint pairs of classes (``joint`` of triggers.yaml) and the groups of each entry joined across two
        self.joint = load_triggers().joint
        self.joined: dict[int, set[str]] = {}
        # each event's happening class when its clause's own predicate names it (else null)
        self.own_class: list[str | None] = table.select(
            pl.when(pl.col("own")).then(pl.col("trigger")))["trigger"].to_list() if "own" in table.columns \
            else [None] * len(starts)
        # the body each event's clause names as who meets or decides (a cabinet: timeline.wording.body_named)
        self.body: list[str | None] = table["body"].to_list() if "body" in table.columns else [None] * len(starts)
        # each event's happening class when told since (منذ بدء عمليات التحالف), else null
        self.since_class: list[str | None] = table.select(
            pl.when(pl.col("since")).then(pl.col("trigger")))["trigger"].to_list() if "since" in table.columns \
            else [None] * len(starts)
        self.objects = table["object"] if "object" in table.columns else None  # read when asked
        # what each report names as a court's case or whom a sentence is carried out on
        self.cases: dict[int, list[int]] = {}
        if "case" in table.columns:
            named = table.filter(pl.col("case").list.len() > 0).select("i", "case")
            self.cases = dict(zip(named["i"].to_list(), named["case"].to_list()))
        # ...and those of each entry's reports, at its root (only for entries naming one)
        self.named: dict[int, list[list[int]]] = {i: [case] for i, case in self.cases.items()}
        lexicon = load_triggers()
        self.reactions, self.loose = lexicon.reactions, lexicon.loose_objects
        self.town: list[str | None] = table["town"].to_list()
        # each town's region (places.yaml): two towns of one region are no clash
        in_region = regions()
        self.region: list[str | None] = [None if t is None else in_region.get(t) for t in self.town]
        # the towns an entry's clauses tell as institutions' own (two committees of two towns)
        self.owners: list[frozenset[str] | None] = [None] * len(self.town)
        if "owners" in table.columns:  # (few tell one: only theirs are read)
            owned = table.select(pl.int_range(pl.len()).alias("i"), "owners").filter(pl.col("owners").list.len() > 0)
            for i, owners in owned.iter_rows():
                self.owners[i] = frozenset(owners)
        self.words = words  # each linked event's word ids
        # the sites (timeline.sites: a district, a market) each event's clause names, at its entry's
        # root (only for entries naming one), and every event's words (read when two such entries meet)
        self.sites: dict[int, frozenset[int]] = {}
        if "sites" in table.columns:
            named = table.filter(pl.col("sites").list.len() > 0).select("i", "sites")
            self.sites = {i: frozenset(sites) for i, sites in named.iter_rows()}
        # of those, the sites named as a spot in a district (a market, a street: site_spots), at the root
        self.spots: dict[int, frozenset[int]] = {}
        if "spots" in table.columns:
            spotted = table.filter(pl.col("spots").list.len() > 0).select("i", "spots")
            self.spots = {i: frozenset(spots) for i, spots in spotted.iter_rows()}
        self.clause_words: pl.Series | None = table["words"] if self.sites else None
        self.members: dict[int, list[int]] = {}  # a grown entry's events (at its root)
        self.size = [1] * len(starts)
        self.core: dict[int, set[int]] = {}
        self.vocabulary: dict[int, set[int]] = {}  # a grown entry's words (computed when asked)
        self.weight = weight
        self.held: dict[int, Counter[int]] = {}  # how many of an entry's events hold each rare word
        self.rare = _least_rare(len(starts))
        # an entry's events naming no happening (a match's reports name one, of no group)
        self.plain = [int(g is None and c is None) for g, c in zip(self.group, self.own_class)]
        # a meeting's report: the rare words naming who meets, and its clause's words
        self.sides: dict[int, tuple[set[int], int | None, set[int]]] = {}
        if "sides" in table.columns:
            met = table.filter(pl.col("sides").is_not_null()).select("i", "sides", "words")
            self.sides = {i: (set(sides), sides[-1] if sides else None, set(words))
                          for i, sides, words in met.iter_rows()}
        # a report of football: the teams it names (a match's: both sides)
        self.match = matches().label
        self.teams: dict[int, frozenset[str]] = {}
        if "teams" in table.columns:
            named = table.filter(pl.col("teams").list.len() > 0).select("i", "teams")
            self.teams = {i: frozenset(teams) for i, teams in named.iter_rows()}
        # each entry's reports of a meeting and of football, at its root (only for entries holding one)
        self.sided: dict[int, list[int]] = {i: [i] for i in self.sides}
        self.teamed: dict[int, list[int]] = {i: [i] for i in self.teams}
        self.slack = slack // dt.timedelta(microseconds=1)
        self.fine_limit = (dt.timedelta(days=1) + slack / 2) // dt.timedelta(microseconds=1)
        # each event precise to a day or finer with an article: (article, its first and last day)
        day = _DAY_US
        told_on = table.select(pl.when(fine & (pl.col("article") >= 0)).then(pl.col("article")),
                               start // day, (end - 1) // day).rows()
        self.told_on: list[tuple[int, int, int] | None] = [None if told[0] is None else told for told in told_on]
        self.days: dict[int, dict[int, set[int]]] = {}  # an entry's articles → the days they tell (at its root)
        self.trigger: list[str | None] = table["trigger"].to_list() if "trigger" in table.columns \
            else [None] * len(starts)  # each event's happening class (null: none)
        self.sentence: list[int] = table["sentence"].to_list() if "sentence" in table.columns \
            else [-1] * len(starts)  # the sentence of its article each event is told in (-1: not known)
        self.strong = strong  # the scored links of ALIKE_SCORE or more, as i * _PAIR + j (i < j)

    def union(self, a: int, b: int, copy: bool = False, alike: bool = False) -> None:
        first, second = a, b  # the two reports linked
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        group, town = self.group, self.town
        ga, gb = group[ra], group[rb]
        # two groups join when their link is a joint pair of classes, or an entry joined so already
        # holds the other's group (its agreement and another report of the agreement)
        across = ga is not None and gb is not None and ga != gb and not self._one_body(first, second)
        if across and (self.classes[first], self.classes[second]) not in self.joint \
                and (ga not in self.joined.get(rb, ()) and gb not in self.joined.get(ra, ())):
            return
        ta, tb = town[ra], town[rb]
        region = self.region
        owners = self.owners
        oa, ob = owners[ra], owners[rb]
        if ta is not None and tb is not None and ta != tb and (region[ra] is None or region[ra] != region[rb]
                                                               or (oa is not None and ob is not None and oa.isdisjoint(ob))):
            return
        sites = self.sites
        if ra in sites and rb in sites and self._sites_apart(ra, rb):
            return  # each names a district, a market, a street the other never names: two places
        size = self.size
        if size[ra] >= 2 and size[rb] >= 2 and not self._core(ra) & self._core(rb) and not self._found(ra, rb) \
                and not (alike and self._one_happening(ra, rb)) and not self._started(ra, rb) \
                and not self._woven(ra, rb):
            return  # two grown entries join only when their telling words meet, or are told in the other
        if self.cases and self._cases_apart(ra, rb):
            return  # each names a case the other never mentions: two hearings, two executions
        if not copy and (self.plain[ra] or self.plain[rb]) and not self._cohere(ra, rb):
            return
        if self.sides and self._meet_apart(ra, rb):
            return
        if self.teams and self._teams_apart(ra, rb):
            return
        los, his, longests = self.lo, self.hi, self.longest
        lo_a, lo_b, hi_a, hi_b = los[ra], los[rb], his[ra], his[rb]
        lo, hi = lo_a if lo_a < lo_b else lo_b, hi_a if hi_a > hi_b else hi_b
        longest = max(longests[ra], longests[rb])
        if hi - lo > longest + max(self.slack, longest // LONG_SLACK):
            return
        fine_lo = _least(self.fine_lo[ra], self.fine_lo[rb], min)
        fine_hi = _least(self.fine_hi[ra], self.fine_hi[rb], max)
        if fine_lo is not None and fine_hi is not None and fine_hi - fine_lo > self.fine_limit:
            return
        days_a, days_b = self._days(ra), self._days(rb)
        if len(days_b) < len(days_a):
            days_a, days_b = days_b, days_a
        if any(art in days_b and told.isdisjoint(days_b[art]) for art, told in days_a.items()):
            return  # one article dates the two apart: two happenings
        if self._one_text_apart(ra, rb, first, second, days_a, days_b):
            return  # one article tells the two as two happenings of one day
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        los[root], his[root], longests[root] = lo, hi, longest
        self.fine_lo[root], self.fine_hi[root] = fine_lo, fine_hi
        # (across two groups, the larger entry's group is kept: its other reports still join it)
        group[root] = (ga if self.size[ra] >= self.size[rb] else gb) if across else ga if ga is not None else gb
        if across or ra in self.joined or rb in self.joined:
            held = self.joined.pop(ra, {ga}) | self.joined.pop(rb, {gb})
            self.joined[root] = {g for g in held if g is not None}
        town[root], region[root] = (ta, region[ra]) if ta is not None else (tb, region[rb])
        owners[root] = ob if oa is None else oa if ob is None else oa | ob
        # rare words' counts are kept only for entries a plain clause has met (the larger
        # count absorbs the smaller one)
        held_a, held_b = self.held.pop(ra, None), self.held.pop(rb, None)
        if held_a is not None or held_b is not None:
            held_a = self._held(ra) if held_a is None else held_a
            held_b = self._held(rb) if held_b is None else held_b
            if len(held_a) < len(held_b):
                held_a, held_b = held_b, held_a
            held_a.update(held_b)
            self.held.pop(child, None)
            self.held[root] = held_a
        # the larger list of events absorbs the smaller one
        big, small = self.members.pop(root, None) or [root], self.members.pop(child, None) or [child]
        if len(big) < len(small):
            big, small = small, big
        big.extend(small)
        self.members[root] = big
        size[root] = size[ra] + size[rb]
        self.core.pop(root, None)
        self.core.pop(child, None)
        self.vocabulary.pop(root, None)
        self.vocabulary.pop(child, None)
        self.plain[root] = self.plain[ra] + self.plain[rb]
        for kept in (self.named, self.sided, self.teamed):
            of_a, of_b = kept.pop(ra, None), kept.pop(rb, None)
            if of_a is not None or of_b is not None:
                kept[root] = (of_a or []) + (of_b or [])  # type: ignore[operator]
        if self.sites:
            sites_a, sites_b = self.sites.pop(ra, None), self.sites.pop(rb, None)
            if sites_a is not None or sites_b is not None:
                self.sites[root] = (sites_a or frozenset()) | (sites_b or frozenset())
            spots_a, spots_b = self.spots.pop(ra, None), self.spots.pop(rb, None)
            if spots_a is not None or spots_b is not None:
                self.spots[root] = (spots_a or frozenset()) | (spots_b or frozenset())
        for art, told in days_a.items():  # the larger map absorbs the smaller one
            days_b.setdefault(art, set()).update(told)
        self.days.pop(ra, None)
        self.days.pop(rb, None)
        self.days[root] = days_b

    def _one_text_apart(self, ra: int, rb: int, first: int, second: int, days_a: dict[int, set[int]],
                        days_b: dict[int, set[int]]) -> bool:
        """Whether the entries at ``ra`` and ``rb`` each hold a report of one article on one day that the
        same-article rule would not pair (two reports of one article pair only when they name one class
        of happening: :func:`_scored`), the link ``first``–``second`` being no link of that article: the
        article tells two happenings of that day when one sentence was cut into both (a main clause and
        the phrase cut off it, :mod:`timeline._clauses`: a short main clause borrows the phrase's names,
        so their words meet) or when their words do not tell one happening (:meth:`_told_alike`: a
        player's medical and another's), and a report coarser than a day (the link's, a week's «خضع
        لفحص طبي») cannot tell which of them it is. A link of two days is left to its words."""
        told_on = self.told_on
        if told_on[first] is not None and told_on[second] is not None:
            return False  # a link of two days: its words tell which report it meets
        shared = {art for art, told in days_a.items() if art in days_b and not told.isdisjoint(days_b[art])}
        if not shared:
            return False
        trigger = self.trigger

        def reports(root: int) -> list[tuple[int, int, int, int]]:  # (event, article, first day, last day)
            return [(e, told[0], told[1], told[2]) for e in self.members.get(root, [root])
                    for told in (told_on[e],) if told is not None and told[0] in shared and trigger[e] is None]

        sentence = self.sentence
        return any(art_a == art_b and lo_a <= hi_b and lo_b <= hi_a
                   and (sentence[x] == sentence[y] >= 0 or not self._told_alike(x, y))
                   for x, art_a, lo_a, hi_a in reports(ra) for y, art_b, lo_b, hi_b in reports(rb))

    def _told_alike(self, x: int, y: int) -> bool:
        """Whether the words reports ``x`` and ``y`` share carry the share of the shorter's information an
        overlapping pair's must (:data:`MIN_SHARED_WEIGHT`): one happening told twice by one article (a
        spokesman's announcement and his tweet of it), not two of one kind (two players' medicals share
        «خضع لفحص طبي» only)."""
        weight, words = self.weight, self.words
        wx, wy = set(words.get(x, ())), set(words.get(y, ()))
        shorter = min(sum(weight[w] for w in wx), sum(weight[w] for w in wy))
        return shorter > 0 and sum(weight[w] for w in wx & wy) >= MIN_SHARED_WEIGHT[_OVERLAP] * shorter

    def _woven(self, ra: int, rb: int) -> bool:
        """Whether every report of the entry at ``ra`` links with every report of the entry at
        ``rb`` at :data:`ALIKE_SCORE` or more (:func:`_scored`'s links): no chain through one pair
        of like clauses, but one text told twice (two outlets' copies of one statement, each pair
        of copies scoring high with the other pair)."""
        strong = self.strong
        if not strong:
            return False
        members_a, members_b = self.members.get(ra, [ra]), self.members.get(rb, [rb])
        return all((x * _PAIR + y if x < y else y * _PAIR + x) in strong for x in members_a for y in members_b)

    def _one_body(self, a: int, b: int) -> bool:
        """Whether two linked reports of two groups name one body as who meets or decides
        (its session and its decision of that day: ``one_body`` of :func:`_scored`)."""
        body = self.body[a]
        return body is not None and body == self.body[b]

    def _days(self, root: int) -> dict[int, set[int]]:
        """The days each article of the entry at ``root`` dates its reports to (those precise
        to a day or finer)."""
        days = self.days.get(root)
        if days is None:
            days = self.days[root] = {}
            for event in self.members.get(root, [root]):
                told = self.told_on[event]
                if told is not None:
                    days.setdefault(told[0], set()).update(range(told[1], told[2] + 1))
        return days

    def _meet_apart(self, ra: int, rb: int) -> bool:
        """Whether the entries at ``ra`` and ``rb`` hold two meetings' reports each naming
        :data:`SIDE_NAMES` rare words of who meets that the other's clause lacks, among them
        the one it names last (one host, two guests): a report naming only one side still
        joins."""
        sides = self.sides
        met_a = [sides[e] for e in self.sided.get(ra, ())]
        if not met_a:
            return False
        met_b = [sides[e] for e in self.sided.get(rb, ())]
        return any(len(sa - wb) >= SIDE_NAMES and len(sb - wa) >= SIDE_NAMES and la not in wb and lb not in wa
                   for sa, la, wa in met_a for sb, lb, wb in met_b)

    def _teams_apart(self, ra: int, rb: int) -> bool:
        """Whether the entries at ``ra`` and ``rb`` hold two reports of football naming
        teams, none shared (one team's training and another's); when both hold reports of a
        match (:func:`timeline.wording.matches`), whether the teams those name, all told,
        are none shared (one side's report names its opponent only: أمام النصر / لملاقاة الهلال)."""
        teams, own, label = self.teams, self.own_class, self.match
        members_a, members_b = self.teamed.get(ra, ()), self.teamed.get(rb, ())  # those naming teams
        of_a = {teams[e] for e in members_a}
        if not of_a:
            return False
        of_b = {teams[e] for e in members_b}

        def played(members: Iterable[int]) -> set[str]:  # no match class in the data: no match report
            return set().union(*(teams[e] for e in members if own[e] == label)) if label else set()

        played_a, played_b = played(members_a), played(members_b)
        if played_a and played_b:
            return played_a.isdisjoint(played_b)
        return any(a.isdisjoint(b) for a in of_a for b in of_b)

    def _class(self, root: int) -> str | None:
        """The class of happening at least half the events of the entry at ``root`` name with
        their own predicate (:data:`timeline.wording.ClauseFeatures`' ``own``), else null."""
        members = self.members.get(root, [root])
        own = self.own_class
        named = Counter(own[e] for e in members if own[e] is not None).most_common(1)
        if not named or 2 * named[0][1] < len(members):
            return None
        return named[0][0]

    def _one_happening(self, ra: int, rb: int) -> bool:
        """Whether the entries at ``ra`` and ``rb`` (met by a link of :data:`ALIKE_SCORE` between
        two reports of one day naming one class with their own predicates, by a link of one far
        exact day, :func:`_far_day`, or of one day both told ahead) tell one happening
        by what their reports say happened, whatever their telling words: at least half of each
        entry names that class with its own predicate (a bombing's entry, not its aftermath's:
        funerals, tolls and condemnations are other classes), neither a meeting's, a toll's
        (their words tell little of which) nor a reaction's (who reacted tells those apart),
        every report precise to a day falls on one day (or all hold one moment: a night told
        across midnight and the day it runs into, :meth:`_one_moment`), no two cases (:meth:`_cases_apart`),
        and a word one entry's happening words govern is told in the other's reports (when
        both govern words)."""
        kind = self._class(ra)
        if kind is None or kind != self._class(rb) or kind in self.loose or self.group[ra] in self.reactions:
            return False
        fine_lo = _least(self.fine_lo[ra], self.fine_lo[rb], min)
        fine_hi = _least(self.fine_hi[ra], self.fine_hi[rb], max)
        if fine_lo is None or fine_hi is None or (fine_hi - fine_lo > _DAY_US and not self._one_moment(ra, rb)):
            return False
        if self._cases_apart(ra, rb):
            return False
        objects_a, objects_b = self._governed(ra, kind), self._governed(rb, kind)
        if not objects_a or not objects_b:
            return True
        told_a, told_b = self._vocabulary(ra), self._vocabulary(rb)
        return any(not told_b.isdisjoint(o) for o in objects_a) or any(not told_a.isdisjoint(o) for o in objects_b)

    def _one_moment(self, ra: int, rb: int) -> bool:
        """Whether every report precise to a day or finer of the entries at ``ra`` and ``rb``
        holds one moment: a night told across midnight (``ليل أول من أمس``) and the day it runs
        into are one day; reports of two days are not."""
        members = self.members.get(ra, [ra]) + self.members.get(rb, [rb])
        told = self.times[members].filter(pl.col("fine"))
        return told.height > 0 and told["start"].max() < told["end"].min()  # type: ignore[operator]

    def _started(self, ra: int, rb: int) -> bool:
        """Whether one of the entries at ``ra`` and ``rb`` is told only since its happening (``منذ
        بدء عمليات التحالف قبل أربعة أشهر``, one class) and the other names that class with its own
        predicates (:meth:`_class`): the start of what is still going on, and its reports."""
        for since, other in ((ra, rb), (rb, ra)):
            if self.since_class[since] is None:  # the root is one of its entry's reports
                continue
            told = {self.since_class[e] for e in self.members.get(since, [since])}
            if len(told) == 1 and None not in told and self._class(other) in told:
                return True
        return False

    def _sites_apart(self, ra: int, rb: int) -> bool:
        """Whether the entries at ``ra`` and ``rb`` each name a site (:mod:`timeline.sites`: ``حي
        الدورة``، ``مدينة الصدر``) and neither's reports name any of the other's: two districts of one
        city, two places. An entry naming none is never apart (one outlet names the district, another
        the city only); a site the other's reports name in other words (``بالرمادي`` beside ``مدينة
        الرمادي``; a street in the district) is one place. Two districts or two spots (a market, a
        street: ``site_spots``) are compared, never a spot with a district it may lie in (``سوق مريدي``
        beside ``مدينة الصدر``)."""
        sites_a, sites_b = self.sites.get(ra), self.sites.get(rb)
        if sites_a is None or sites_b is None or not sites_a.isdisjoint(sites_b):
            return False
        spots_a, spots_b = self.spots.get(ra, frozenset()), self.spots.get(rb, frozenset())
        areas_a, areas_b = sites_a - spots_a, sites_b - spots_b
        if not (areas_a and areas_b) and not (spots_a and spots_b):
            return False  # a spot on one side, a district on the other: the spot may be in it
        return sites_a.isdisjoint(self._told(rb)) and sites_b.isdisjoint(self._told(ra))

    def _told(self, root: int) -> set[int]:
        """Every word of the clauses of the entry at ``root`` (linked or not)."""
        assert self.clause_words is not None
        told = self.clause_words.gather(self.members.get(root, [root])).to_list()
        return set().union(*told)

    def _cases_apart(self, ra: int, rb: int) -> bool:
        """Whether the entries at ``ra`` and ``rb`` each hold a report naming a case (or whom a
        sentence is carried out on) none of whose words the other's reports hold: two
        hearings, two executions."""
        named = self.named
        if ra not in named or rb not in named:  # (most entries name no case)
            return False

        def unknown(root: int, other: int) -> bool:
            cases = named.get(root)
            return cases is not None and any(self._vocabulary(other).isdisjoint(case) for case in cases)

        return unknown(ra, rb) and unknown(rb, ra)

    def _governed(self, root: int, kind: str) -> list[list[int]]:
        """What each happening word of class ``kind`` of the entry at ``root`` governs (those
        that govern a word)."""
        if self.objects is None:
            return []
        own = self.own_class
        members = [e for e in self.members.get(root, [root]) if own[e] == kind]
        return [words for words in self.objects.gather(members).to_list() if words]

    def _held(self, root: int) -> Counter[int]:
        """How many of the entry's events hold each of their rare words (:data:`RARE_INFO`,
        :data:`RARE_FLOOR`)."""
        held = self.held.get(root)
        if held is None:
            weight, rare, words = self.weight, self.rare, self.words
            held = self.held[root] = Counter(w for event in self.members.get(root, [root])
                                             for w in set(words.get(event, ())) if weight[w] >= rare)
        return held

    def _cohere(self, ra: int, rb: int) -> bool:
        """Whether the entries at ``ra`` and ``rb``, one holding clauses that name no
        happening, would hold together: a rare word both hold, or their happening words
        (one group), held by :data:`PLAIN_SHARE` of the events joined."""
        size = self.size[ra] + self.size[rb]
        need = PLAIN_SHARE * size
        named_a, named_b = self.size[ra] - self.plain[ra], self.size[rb] - self.plain[rb]
        if named_a and named_b and named_a + named_b >= need:
            return True
        held_a, held_b = self._held(ra), self._held(rb)
        if len(held_b) < len(held_a):
            held_a, held_b = held_b, held_a
        return any(count + held_b[w] >= need for w, count in held_a.items() if w in held_b)

    def _found(self, ra: int, rb: int) -> bool:
        """Whether the reports of one of the entries at ``ra`` and ``rb`` hold :data:`CORE_TOLD`
        of the other's telling words, and the other's :data:`CORE_FOUND` of the first's."""
        fewer, more = sorted((len(self._core(ra) & self._vocabulary(rb)), len(self._core(rb) & self._vocabulary(ra))))
        return fewer >= CORE_FOUND and more >= CORE_TOLD

    def _vocabulary(self, root: int) -> set[int]:
        """Every word of the reports of the entry at ``root``."""
        vocabulary = self.vocabulary.get(root)
        if vocabulary is None:
            words = self.words
            vocabulary = self.vocabulary[root] = {w for event in self.members.get(root, [root])
                                                  for w in words.get(event, ())}
        return vocabulary

    def core_words(self, root: int) -> set[int]:
        """The telling words of the entry at ``root`` (see :meth:`_core`)."""
        return self._core(root)

    def _core(self, root: int) -> set[int]:
        """The telling words of an entry: its :data:`CORE_WORDS` words with the largest
        count times inverse document frequency."""
        core = self.core.get(root)
        if core is None:
            words, weight = self.words, self.weight
            counts = Counter(chain.from_iterable(words.get(event, ()) for event in self.members.get(root, (root,))))
            # (the least CORE_WORDS of distinct pairs, as heapq.nsmallest gives them)
            core = self.core[root] = {w for _, w in sorted([(-count * weight[w], w)
                                                             for w, count in counts.items()])[:CORE_WORDS]}
        return core


def _attach_lone_reports(components: _Components, table: pl.DataFrame) -> None:
    """A report left alone joins the entry of its day that names its happening with a word
    of its class and whose :data:`CORE_WORDS` telling words it holds :data:`LONE_CORE_WORDS` of
    (the entry's most telling words, not one report's: a happening many outlets tell is
    too common in its week to pair every report with another); an entry of the day before
    or after needs one telling word more (outlets a day apart, flagged as a conflict), and
    what the report's happening word governs must be among them (a condemnation by another
    government does not join). Only reports dated to a day or finer with a happening word;
    the union's guards (towns, groups, spans) still hold."""
    # (the reports of a day with a happening word, by polars: most of a merge's rows are not)
    told = table.select(pl.int_range(pl.len()).alias("i"), pl.Series("root", components.roots()),
                        pl.col("start").dt.epoch("d").alias("day"), "trigger", "fine") \
        .with_columns(pl.len().over("root").alias("size")) \
        .filter(pl.col("fine"), pl.col("trigger").is_not_null())
    of_grown = told.filter(pl.col("size") >= 2)
    grown: dict[tuple[int, str], set[int]] = {}
    for day, trigger, root in of_grown.select("day", "trigger", "root").iter_rows():
        grown.setdefault((day, trigger), set()).add(root)
    near = (0, -1, 1)
    keys = of_grown.select("day", "trigger").unique()
    alone = told.filter(pl.col("size") == 1)
    lone = alone.join(pl.concat([keys.with_columns(pl.col("day") - d) for d in near]).unique(), on=["day", "trigger"],
                      how="semi").sort("i")
    if not lone.height:
        return
    sizes = dict(zip(of_grown["root"].to_list(), of_grown["size"].to_list()))
    days = dict(zip(lone["i"].to_list(), lone["day"].to_list()))
    triggers = dict(zip(lone["i"].to_list(), lone["trigger"].to_list()))
    lone = lone["i"].to_list()
    words = dict(zip(lone, table["words"].gather(lone).to_list()))  # only theirs: memory
    objects = dict(zip(lone, table["object"].gather(lone).to_list()))

    reacting = set(load_triggers().reactions)
    groups = dict(zip(lone, table["group"].gather(lone).to_list()))

    def tells(i: int, root: int) -> bool:
        # what the report's happening word governs is among the entry's telling words; a
        # reaction naming no actor joins none (who reacted is what tells reactions apart);
        # nor does a report naming another case than the entry's (_cases_apart)
        components.words[i] = words[i]
        if components._cases_apart(i, root):
            return False
        if not objects[i]:
            return groups[i] not in reacting
        return not components.core_words(root).isdisjoint(objects[i])

    find, core_words = components.find, components.core_words
    for i in lone:
        own = set(words[i])
        # (an entry whose telling words the report holds too few of is not asked whether it tells it)
        best = max(((held, sizes[root], -root)
                    for d in near for root in grown.get((days[i] + d, triggers[i]), ())
                    for found in (find(root),) for held in (len(own & core_words(found)) - abs(d),)
                    if held >= LONE_CORE_WORDS and tells(i, found)), default=(0, 0, 0))
        if best[0] >= LONE_CORE_WORDS:
            components.words[i] = words[i]
            components.union(i, -best[2])


def _unscored(table: pl.DataFrame, frame: pl.DataFrame, slack: dt.timedelta,
              weight: Sequence[float]) -> tuple[_Components, pl.DataFrame]:
    """The union over ``table``'s reports, its words and strong links not given yet (they come from
    the scored pairs), and the links no score asks: :func:`_match_links`, :func:`_lead_links`."""
    return _Components(table, slack, {}, weight), pl.concat([_match_links(table), _lead_links(table, frame)])


def _match_links(table: pl.DataFrame) -> pl.DataFrame:
    """Links between reports of a match (:func:`timeline.wording.matches`) dated to one day
    whose teams are one's or the other's (الهلال والنصر / أمام النصر): a team plays one match a
    day, so they tell one match however different the rest of their words (an injury before
    it, its referees, its tickets); two matches of one day name other teams. Scored as a
    strong same-day link of one class (:data:`ALIKE_SCORE`): the union's guards still hold."""
    label = matches().label
    played = table.filter(pl.col("trigger") == label, pl.col("fine"), pl.col("teams").list.len() > 0).select(
        "i", pl.col("start").dt.epoch("d").alias("day"), "teams")
    if played.height < 2:
        return pl.DataFrame(schema=_LINK_SCHEMA)
    # reports of one day naming one team (only those meet: no day's reports all pair)
    by_team = played.select("i", "day", pl.col("teams").alias("team")).explode("team")
    met = by_team.join(by_team, on=["day", "team"], suffix="_j").filter(pl.col("i") < pl.col("i_j")) \
        .select("i", "i_j").unique()
    pairs = (
        met.join(played.select("i", "teams"), on="i")
        .join(played.select(pl.col("i").alias("i_j"), pl.col("teams").alias("teams_j")), on="i_j")
        .with_columns(pl.col("teams").list.set_intersection("teams_j").list.len().alias("shared"))
        .filter(pl.col("shared") > 0,
                (pl.col("shared") == pl.col("teams").list.len()) | (pl.col("shared") == pl.col("teams_j").list.len()))
    )
    return pairs.select(pl.lit(_SAME_DAY, pl.Int32).alias("agreement"), pl.lit(ALIKE_SCORE).alias("score"),
                        pl.col("i").cast(pl.UInt32), pl.col("i_j").cast(pl.UInt32).alias("j"),
                        pl.lit(0.0).alias("similarity"), pl.lit(False).alias("copy"),
                        pl.lit(True).alias("alike")).cast(_LINK_SCHEMA)  # type: ignore[arg-type]


def _lead_links(table: pl.DataFrame, frame: pl.DataFrame) -> pl.DataFrame:
    """Links between an article's lead and the later reports that tell its happening again in
    detail (news is written lead first, then detail, then background: ``سجل هجوم انتحاري على
    مركز للدرك`` … ``واقتحم انتحاري بجرار مفخخ مركزا للدرك في محيط مدينة…``): the article's first
    report of a class of happening, in its first sentence, named by its own predicate (not a
    meeting, a toll nor a reaction: :data:`timeline.wording.ClauseFeatures`' ``own``), and each
    later report of the article naming that class with its own predicate on the same day, when
    no report of the article from the lead's on to it opens with what tells another happening
    (:func:`timeline.wording.told_apart`: ``وفي حادث منفصل``، ``كما``، ``من جانبه``, a roundup's
    ``وفي محافظة…``), and they do not clash: two towns (not of one region), objects each the
    other lacks (:data:`OBJECT_PENALTY`), counts none shared, or a clause telling two
    happenings. Scored as a strong same-day link of one class (:data:`ALIKE_SCORE`): the union's
    guards still hold."""
    lexicon = load_triggers()
    loose, reactions = listed(lexicon.loose_objects), listed(lexicon.reactions)
    another, beside = told_apart()
    rows = table.select("i", "article", "trigger", "own", "fine", "start", "end", "town", "owners", "two", "object",
                        "numbers", "words", "group").with_columns(
        frame["clause_start"].alias("at"), frame["sentence_index"].alias("sentence"))
    named = rows.filter(pl.col("article") >= 0, pl.col("own"), pl.col("trigger").is_not_null(),
                        ~pl.col("trigger").is_in(loose), ~pl.col("group").is_in(reactions).fill_null(False))
    told = named.filter(pl.col("fine"), ~pl.col("two"))
    lead = told.sort("at", maintain_order=True).group_by("article", "trigger", maintain_order=True).first().filter(pl.col("sentence") == 0)
    pairs = lead.join(told, on=["article", "trigger"], suffix="_j").filter(pl.col("at_j") > pl.col("at"))
    if pairs.height == 0:
        return pl.DataFrame(schema=_LINK_SCHEMA)
    # a lead summing up several fronts or places (تقدما في عدد من جبهات القتال) is no lead of one of
    # them; nor one whose class is read only after a purpose (لتفادي وقوع ضحايا في الغارات)
    purpose = lead_cues()[1]
    leads = pairs.select("i", "trigger").unique()
    clauses = [fold(c or "") for c in frame["clause"].gather(leads["i"]).to_list()]
    apart = leads.filter(pl.Series([sums_up(c) or _aimed_at(c, cls, purpose, lexicon)
                                    for c, cls in zip(clauses, leads["trigger"].to_list())], dtype=pl.Boolean))
    pairs = pairs.join(apart.select("i"), on="i", how="anti")
    # ...nor when the article tells its class on another day between them (``الاتفاق الذي تم التوصل
    # إليه يوم 14 يوليو``): the class names a thing talked about, not the lead's happening
    other = pairs.join(named.select("article", "trigger", pl.col("at").alias("at_o"), pl.col("start").alias("start_o"),
                                    pl.col("end").alias("end_o")), on=["article", "trigger"]) \
        .filter(pl.col("at_o") > pl.col("at"), pl.col("at_o") < pl.col("at_j"),
                (pl.col("start_o") >= pl.col("end")) | (pl.col("end_o") <= pl.col("start")))
    pairs = pairs.join(other.select("i", "i_j").unique(), on=["i", "i_j"], how="anti")
    # no report of the article from the lead's on opens with another happening (وفي حادث منفصل،
    # كما، إلى ذلك), and the detail does not open a thread beside it either (فيما تستمر، من جانبه)
    articles = pairs["article"].unique().implode()
    mine = rows.with_columns(frame["clause"].fill_null("").str.slice(0, 60).alias("opening")) \
        .filter(pl.col("article").is_in(articles))
    openings = [fold(t) for t in mine["opening"].to_list()]
    mine = mine.with_columns(pl.Series("other", [bool(another.match(t)) for t in openings], dtype=pl.Boolean),
                             pl.Series("beside", [bool(beside.match(t)) for t in openings], dtype=pl.Boolean))
    breaks = mine.filter(pl.col("other")).select("article", pl.col("at").alias("at_b"))
    parted = pairs.join(breaks, on="article").filter(pl.col("at_b") > pl.col("at"), pl.col("at_b") <= pl.col("at_j"))
    aside = mine.filter(pl.col("beside")).select(pl.col("i").alias("i_j"))
    pairs = pairs.join(parted.select("i", "i_j").unique(), on=["i", "i_j"], how="anti") \
        .join(aside, on="i_j", how="anti")
    one_day = ((pl.col("start_j") < pl.col("end")) & (pl.col("start") < pl.col("end_j"))
               & ((pl.col("start_j") - pl.col("start")).abs() < dt.timedelta(days=1)))
    towns = (pl.col("town") != pl.col("town_j")).fill_null(False) & ~_one_region()
    # (a detail tells more of what was hit than its lead: one word of either's object told in the
    # other clause is enough, ``استهدفت ثكنة`` and ``اقتحم… بوابة الثكنة``)
    objects = ((pl.col("object").list.len() > 0) & (pl.col("object_j").list.len() > 0)
               & (pl.col("object").list.set_intersection("words_j").list.len() == 0)
               & (pl.col("object_j").list.set_intersection("words").list.len() == 0))
    counts = ((pl.col("numbers").list.len() > 0) & (pl.col("numbers_j").list.len() > 0)
              & (pl.col("numbers").list.set_intersection("numbers_j").list.len() == 0))
    pairs = pairs.filter(one_day, ~towns, ~objects, ~counts)
    return pairs.select(pl.lit(_SAME_DAY, pl.Int32).alias("agreement"), pl.lit(ALIKE_SCORE).alias("score"),
                        pl.col("i").cast(pl.UInt32), pl.col("i_j").cast(pl.UInt32).alias("j"),
                        pl.lit(0.0).alias("similarity"), pl.lit(False).alias("copy"),
                        pl.lit(True).alias("alike")).cast(_LINK_SCHEMA)  # type: ignore[arg-type]


def _aimed_at(folded: str, cls: str, purpose: re.Pattern[str], lexicon: TriggerLexicon) -> bool:
    """Whether the first word of class ``cls`` in a folded clause comes after a purpose
    (:func:`timeline.wording.lead_cues`: ``لتفادي وقوع ضحايا في الغارات``): aimed at, not told."""
    aim = purpose.search(folded)
    if aim is None:
        return False
    first = next((m.start() for m in re.finditer(r"\w+", folded) if lexicon.word_class(m.group()) == cls), None)
    return first is not None and first >= aim.start()


def _least(a: int | None, b: int | None, pick: Callable[[int, int], int]) -> int | None:
    if a is None or b is None:
        return a if b is None else b
    return pick(a, b)


@collection_paused()  # and between its two steps (see there)
def merge_events(
    events: pl.DataFrame,
    *,
    threshold: float = SIMILARITY_THRESHOLD,
    conflict_threshold: float = CONFLICT_THRESHOLD,
    conflict_window: dt.timedelta = CONFLICT_WINDOW,
    same_day_threshold: float = SAME_DAY_THRESHOLD,
    stories: bool = True,
    threads: bool = True,
) -> pl.DataFrame:
    """Fill ``cluster``, ``n_sources`` and ``date_conflict`` (and ``story``,
    ``story_label``: see :mod:`timeline.stories`); returns the events in timeline order.
    The entries (:func:`cluster_events`), then their stories (:meth:`Clustered.merged`).

    Besides the scored pairs, reports of one day's match (:func:`_match_links`) are linked, and an
    article's lead with the later reports telling its happening in detail (:func:`_lead_links`).
    Links are taken by how well the dates agree (one day first), then, for overlapping dates,
    finer grains first (a month holding a day before a year holding either), then, for a coarse date gone
    by when told linking to days, by how many of its linked reports tell that day (the day most give
    first), then by score.
    Cluster numbers follow the timeline order of each cluster's first told event (0, 1, 2...).
    Pending phrases (dates told from a happening the article does not date) are left out:
    :func:`timeline.relink.merge_with_anchors` dates them from the merged entries. Inherited
    rows take no part in pairing, numbering nor stories: each joins the entry of the told row
    it took its date from (:mod:`timeline.follow`). The leads' candidate windows (made without
    ``inherit``) are left out: only :func:`timeline.relink.merge_with_anchors` may confirm one
    (:mod:`timeline.windows`). ``threads``: see :func:`cluster_events`.
    """
    return cluster_events(without_candidates(events), threshold=threshold, conflict_threshold=conflict_threshold,
                          conflict_window=conflict_window, same_day_threshold=same_day_threshold,
                          threads=threads).merged(stories)


class Clustered(NamedTuple):
    """The merge before its stories (:func:`cluster_events`): what the decisions that need the
    entries but not their stories read (:func:`timeline.windows.window_moves`), while the
    stories are told."""

    frame: pl.DataFrame
    """The events in timeline order, ``cluster``, ``n_sources`` and ``date_conflict`` filled."""
    features: ClauseFeatures | None
    """Their clauses' features, which the stories read; None when there is no told row (the
    frame is then already what :func:`merge_events` returns)."""

    @collection_paused()  # millions of Python objects, alive until the end (see there)
    def merged(self, stories: bool = True) -> pl.DataFrame:
        """What :func:`merge_events` returns: with ``story`` and ``story_label`` (unless not
        ``stories``), the columns :func:`timeline.frame.conform_events` gives."""
        frame, features = self
        if features is None:
            return frame
        if stories:
            frame = stories_of_leaders(frame, lambda told: assign_stories(told, features))
        return frame.select(list(EVENT_SCHEMA))  # the columns conform_events gives (every one is here)


@collection_paused()  # millions of Python objects, alive until the end (see there)
def cluster_events(
    events: pl.DataFrame,
    *,
    threshold: float = SIMILARITY_THRESHOLD,
    conflict_threshold: float = CONFLICT_THRESHOLD,
    conflict_window: dt.timedelta = CONFLICT_WINDOW,
    same_day_threshold: float = SAME_DAY_THRESHOLD,
    threads: bool = True,
) -> Clustered:
    """:func:`merge_events` up to its stories: the entries (see there). Its independent steps run
    on other threads from :data:`timeline._background.BACKGROUND_FROM` rows; without ``threads``
    all on this one, as below that (the same entries): for the second merges of
    :func:`timeline.windows.window_moves` and :func:`timeline.relink._placed`, where the threads
    cost more CPU than they save (one runs beside the stories; both read few distinct clauses)."""
    frame = order_events(resolve_pending(conform_events(events)))
    if frame.height == 0:
        return Clustered(frame, None)
    frame, followers = split_followers(frame)  # inherited rows follow (timeline.follow)
    n = frame.height
    if n == 0:
        return Clustered(unmerged_events(followers), None)  # each its own entry
    features = clause_features(frame, threads=threads)
    untensed, tense = _untensed_table(frame, features, conflict_window, threads)
    ranges = _candidates(untensed, features.words, conflict_window)
    first = next(ranges, None)  # (its postings made while the tenses are read)
    table = _tensed(untensed, tense.result())
    del untensed
    weight = features.words.sort("word")["info"].to_list()
    # the union's reading of each report, and the links no score asks, made while the pairs are scored
    busy = n if threads else 0  # (the rows by which work goes to another thread: none without threads)
    aside = in_background(_unscored, table, frame, conflict_window + conflict_window, weight, rows=busy)
    needs = (same_day_threshold, threshold, NEXT_DAY_THRESHOLD, conflict_threshold)
    far_countries, places, deeds = _FarCountries(frame), _Places(frame), Deeds(frame)
    reads = ClauseReads(frozenset(features.words["stem"].to_list()))  # (the clauses' text, read once a merge)
    # (each next range of pairs found on another thread while this one is scored)
    found = _each_scored(chain(() if first is None else (first,), _ahead(ranges, busy), (_body_pairs(table),)),
                         partial(_scored, table=table, words=features.words, needs=needs,
                                 far_countries=far_countries, places=places, deeds=deeds, reads=reads), busy)
    components, unscored = aside.result()
    links = pl.concat(found) if found else pl.DataFrame(schema=_LINK_SCHEMA)
    links = pl.concat([links, unscored])
    # the strongest links first: by how well the dates agree, then (for overlapping dates) the
    # finer the coarser side's grain, then by score: a month's mention of a past happening meets
    # the entry of its day before the year's mentions (worded as another outlet's background)
    # grow into an entry of their own that no longer shares telling words with it
    grain = frame["grain"].to_physical().fill_null(len(Grain))
    coarse = pl.when(pl.col("agreement") == _OVERLAP).then(
        pl.max_horizontal(grain.gather(links["i"]), grain.gather(links["j"]))).otherwise(0)
    links = links.with_columns(coarse.alias("coarse")).sort(
        ["agreement", "coarse", "score", "i", "j"], descending=[False, False, True, False, False])
    linked = pl.concat([links["i"], links["j"]]).unique()
    event_words = table.select("i", "words").filter(pl.col("i").is_in(linked.implode()))
    strong = pl.concat(found).filter(pl.col("score") >= ALIKE_SCORE).select(
        pl.min_horizontal("i", "j").cast(pl.UInt64) * _PAIR + pl.max_horizontal("i", "j")) if found else None
    components.words.update(zip(event_words["i"].to_list(), event_words["words"].to_list()))
    components.strong = frozenset(strong.to_series().to_list()) if strong is not None else frozenset()
    # ...and of the overlapping links of one grain, a coarse report's link to a day first, its date gone by
    # when told (a background), by how many of the reports it links to tell that day: a coarse date
    # («الشهر الماضي») meets the day most reports of it give (three «14 يوليو») before one outlet's other
    # day («أول يوليو»), which would shut the rest out
    day = (table["start"] - _EPOCH).dt.total_days()
    sides = pl.DataFrame({"fine_i": table["fine"].gather(links["i"]), "fine_j": table["fine"].gather(links["j"]),
                          "i": links["i"], "j": links["j"], "day_i": day.gather(links["i"]),
                          "day_j": day.gather(links["j"]), "agreement": links["agreement"],
                          "gone_i": table["gone"].gather(links["i"]), "gone_j": table["gone"].gather(links["j"])}).select(
        ((pl.col("agreement") == _OVERLAP) & (pl.col("fine_i") != pl.col("fine_j"))
         & pl.when(pl.col("fine_i")).then(pl.col("gone_j")).otherwise(pl.col("gone_i"))).alias("one_fine"),
        pl.when(pl.col("fine_i")).then(pl.col("j")).otherwise(pl.col("i")).alias("coarse_event"),
        pl.when(pl.col("fine_i")).then(pl.col("day_i")).otherwise(pl.col("day_j")).alias("day"))
    told = sides.filter("one_fine").group_by("coarse_event", "day").agg(pl.len().alias("told"))
    links = links.with_columns(sides.join(told, on=["coarse_event", "day"], how="left", maintain_order="left")
                               .select(pl.when("one_fine").then(pl.col("told")).otherwise(0).alias("told"))
                               .to_series()).sort(
        ["agreement", "coarse", "told", "score", "i", "j"], descending=[False, False, True, True, False, False])
    for i, j, copy, alike in zip(links["i"].to_list(), links["j"].to_list(), links["copy"].to_list(),
                                 links["alike"].to_list()):
        components.union(i, j, copy, alike)
    _attach_lone_reports(components, table)

    roots = pl.Series("root", components.roots(), pl.Int64)
    del components, table, links, found, event_words  # not needed by the stories: memory
    frame = frame.with_columns(_numbered(roots).alias("cluster"))
    frame = attach_followers(frame, followers, "cluster")
    frame = frame.with_columns(
        n_sources(),
        _conflicts(frame).alias("date_conflict"),
    )
    return Clustered(frame, features)


def n_sources() -> pl.Expr:
    """``n_sources``: the outlets of each row's entry (an article with no source counts as one)."""
    return pl.col("source").fill_null(pl.col("article_id")).n_unique().over("cluster").cast(pl.Int32).alias("n_sources")


def _numbered(roots: pl.Series) -> pl.Series:
    """Cluster numbers in the order of each cluster's first event (rows in timeline order)."""
    first = roots.to_frame().with_row_index("row").group_by("root").agg(pl.col("row").min())
    order = first.sort("row").with_row_index("cluster").select("root", pl.col("cluster").cast(pl.Int64))
    return roots.to_frame().join(order, on="root", how="left", maintain_order="left")["cluster"]


def unmerged_events(events: pl.DataFrame) -> pl.DataFrame:
    """Every event its own entry (``merge=False``): cluster = position in timeline order.
    Undated rows (dates told from a happening nothing dates) are left out (:func:`undated_rows`)."""
    frame = order_events(resolve_pending(conform_events(events)))
    return frame.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("cluster"),
        pl.lit(1, pl.Int32).alias("n_sources"),
        pl.lit(False).alias("date_conflict"),
    )


def undated_rows(events: pl.DataFrame) -> pl.DataFrame:
    """The events of ``events`` with no interval (a date told from a happening that neither
    the article nor any entry dates: ``value`` ``event:X+P3D``, ``anchor`` ``event:X``), as
    :attr:`timeline.Timeline.undated` keeps them: in no entry and no story, no date
    confidence, in article order. They are never dated from the publication."""
    frame = conform_events(events).filter(pl.col("start").is_null())
    return frame.with_columns(
        pl.lit(None, pl.Int64).alias("cluster"), pl.lit(None, pl.Int32).alias("n_sources"),
        pl.lit(False).alias("date_conflict"), pl.lit(None, pl.Int64).alias("story"),
        pl.lit(None, pl.String).alias("story_label"), pl.lit(None, pl.Float64).alias("date_confidence"),
    ).sort("published", "article_id", "clause_start", "expr_start", nulls_last=True, maintain_order=True)


def on_timeline(events: pl.DataFrame) -> pl.DataFrame:
    """The events that have a place on the timeline: those with a date, merged into entries
    (or each its own entry when ``cluster`` is not filled yet). Undated rows have none."""
    frame = conform_events(events).filter(pl.col("start").is_not_null())
    # not merged yet: each its own entry, the candidate windows left out (nothing confirms them)
    return unmerged_events(without_candidates(frame)) if frame["cluster"].null_count() else frame


def clashing_clusters(frame: pl.DataFrame) -> pl.Series:
    """The clusters of ``frame`` (merged events) whose articles disagree on the date: two
    articles giving disjoint intervals, or one grain and two values."""
    rows = frame.filter(~follows()).select("cluster", "article_id", "start", "end", "grain", "value") \
        .filter(pl.col("article_id").n_unique().over("cluster") > 1)
    return (
        rows.join(rows, on="cluster", suffix="_o")
        .filter(pl.col("article_id") < pl.col("article_id_o"),
                (pl.col("end") <= pl.col("start_o")) | (pl.col("end_o") <= pl.col("start"))
                | ((pl.col("grain") == pl.col("grain_o")) & (pl.col("value") != pl.col("value_o"))).fill_null(False))
        .get_column("cluster").unique()
    )


def _conflicts(frame: pl.DataFrame) -> pl.Series:
    """Whether each event's cluster has two articles disagreeing on the date (:func:`clashing_clusters`)."""
    return frame["cluster"].is_in(clashing_clusters(frame).implode()).rename("date_conflict")


def timeline_entries(events: pl.DataFrame) -> pl.DataFrame:
    """One row per cluster of merged events (events not merged yet count as their own entry)."""
    frame = on_timeline(events)
    if frame.height == 0:
        return pl.DataFrame(schema=ENTRY_SCHEMA)
    frame = order_events(frame).with_columns(pl.col("source").fill_null(pl.col("article_id")))
    # a date the clause tells itself comes before one inherited or shared (date_confidence < 1)
    best = ["told", "support", "grain", "start", "end", "published", "article_id", "clause_start"]
    entries = (
        frame.with_columns(_support(frame), pl.col("date_confidence").fill_null(1.0).alias("told"))
        .group_by("cluster", maintain_order=True)
        .agg(
            pl.all().sort_by(best, descending=[True, True] + [False] * 6).first().name.keep(),
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
