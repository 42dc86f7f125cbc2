"""Imported once by the fork server that starts build workers (:func:`timeline._workers.context`):
the engine's modules, its grammar and the word lists event extraction reads are loaded here,
by turning two sentences into events (tagging, clauses, dates told from a happening, as each
worker's rows are), before any worker is forked, so workers start in milliseconds, share
those pages with the server and load nothing on their first batch. Nothing here may run a
polars query: a process whose polars thread pool has started cannot be forked (the
children's queries would wait forever on threads they do not have; ``tests/test_workers.py``
checks it); :func:`timeline.events.article_events` is the pure-Python part of extraction.
Nor is polars imported here (:func:`timeline._deferred.defer_import`): the engine's modules
that name it for the merge and the page bind a stand-in, the workers send their events back
as plain columns (:func:`timeline.batches.batch_columns`), and the server's start, the
critical chain of a build's first batch, is ~0.1 s of CPU shorter (0.30 → 0.21 s).

All of it lives as long as the server and its workers, so the garbage collector is kept
out of the way: off while it loads (the grammar's compilation makes many objects, and the
collections they set off cost ~0.07 s of the server's ~0.55 s before the first worker can
start), then everything frozen (:func:`gc.freeze`), so that the workers' collections never
walk it nor write to its pages (which would copy them into each worker). The little garbage
the loading left (~1 MB) stays with it: collecting it would cost what was saved."""

import datetime as dt
import gc

from timeline._deferred import defer_import

_collecting = gc.isenabled()
gc.disable()
try:
    defer_import("polars")  # nothing here or in the workers reads it (unless something new does: then it loads)
    import timeline._cli_tag  # noqa: F401 - what the workers run: ``timeline tag``'s
    import timeline.batches  # noqa: F401 - and the build's
    from timeline.events import article_events

    _SENTENCES = (
        "عاد الوفد مساء أمس الأحد 2 آب 2015 إلى المدينة بعد ثلاثة أيام.",
        "وشيّع الأهالي الضحايا بعد يومين على الانفجار الذي هز السوق، فيما أعلنت البلدية الحداد.",
        "وقال المتحدث إن الاجتماع سيعقد في العاشرة صباحاً بتوقيت مكة المكرمة غداة الزلزال.",
        # an attribution tail alone after a span to come, and a range of ages (their word lists, built on first use)
        "ويخضع اللاعب للفحص الطبي خلال يومين، بحسب ما أفادت مصادر الاثنين، ويشمل الفحص اللاعبين بين سن 18 و35 عاماً.",
    )
    _PUBLISHED = dt.datetime(2015, 8, 3, 10, tzinfo=dt.timezone(dt.timedelta(hours=3)))  # a clock time in a named zone

    try:
        article_events("preload", " ".join(_SENTENCES), _PUBLISHED, inherit=True, pending=True)
    except Exception:  # noqa: BLE001 - the workers meet the same error on real rows and name the row
        pass
    from timeline._programs import store_kept

    store_kept()  # the patterns its imports compiled, made from their programs at the next start
finally:
    gc.freeze()
    if _collecting:
        gc.enable()
