"""Imported once by the fork server that starts build workers (:func:`timeline._workers.context`):
the engine's modules, its grammar and the word lists event extraction reads are loaded here,
by turning two sentences into events (tagging, clauses, dates told from a happening, as each
worker's rows are), before any worker is forked, so workers start in milliseconds, share
those pages with the server and load nothing on their first batch. Nothing here may run a
polars query: a process whose polars thread pool has started cannot be forked (the
children's queries would wait forever on threads they do not have; ``tests/test_workers.py``
checks it); :func:`timeline.events.article_events` is the pure-Python part of extraction."""

import datetime as dt

from timeline.events import article_events

_SENTENCES = (
    "عاد الوفد مساء أمس الأحد 2 آب 2015 إلى المدينة بعد ثلاثة أيام.",
    "وشيّع الأهالي الضحايا بعد يومين على الانفجار الذي هز السوق، فيما أعلنت البلدية الحداد.",
    "وقال المتحدث إن الاجتماع سيعقد في العاشرة صباحاً بتوقيت مكة المكرمة غداة الزلزال.",
)
_PUBLISHED = dt.datetime(2015, 8, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))  # a clock time in a named zone

try:
    article_events("preload", " ".join(_SENTENCES), _PUBLISHED, inherit=True, pending=True)
except Exception:  # noqa: BLE001 - the workers meet the same error on real rows and name the row
    pass
