"""Imported once by the fork server that starts build workers (:func:`timeline.batches._context`):
the engine's modules, its grammar and its word lists are loaded here, before any worker is
forked, so workers start in milliseconds and share those pages with the server."""

from timeline.batches import warm_up

warm_up()
