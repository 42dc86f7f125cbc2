"""Imported once by the fork server that starts build workers (:func:`timeline._workers.context`):
the engine's modules, its grammar and its word lists are loaded here, by tagging one
sentence, before any worker is forked, so workers start in milliseconds and share those
pages with the server. Nothing here may run a polars query: a process whose polars thread
pool has started cannot be forked (the children's queries would wait forever on threads
they do not have; ``tests/test_workers.py`` checks it)."""

import datetime as dt

from timeline.tagger import tag

try:
    tag("عاد الوفد مساء أمس الأحد 2 آب 2015 إلى المدينة بعد ثلاثة أيام.", dt.datetime(2015, 8, 3))
except Exception:  # noqa: BLE001 - the workers meet the same error on real rows and name the row
    pass
