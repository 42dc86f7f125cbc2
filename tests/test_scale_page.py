"""The page's data block made on every core: the JSON in parts, gzip in pieces on threads;
what a reader decodes is the one-thread block."""

from __future__ import annotations

import base64
import gzip
import json
import random
from typing import Any

import pytest

from timeline._gzip import PIECE, GzipWriter, gzip_compress
from timeline.page import _json, _json_parts, decode_block, encode_block


def _block() -> dict[str, Any]:
    """A data block shaped like the page's: nested columns, long lists, Arabic strings."""
    rng = random.Random(7)
    words = ["انفجار", "في", "السوق", "مساء", "أمس", "الاثنين", "قتلى", "١٢", "\"quoted\"", "a\\b", "\n", "🙂"]
    sentences = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 30))) for _ in range(20_000)]
    return {
        "version": 1, "title": "الخط الزمني", "rtl": False, "lanes": None, "n": 1.5,
        "sentences": sentences,
        "events": {"en": [rng.randint(0, 9999) for _ in range(30_000)], "x": {"3": "أمس", "17": "الاثنين"},
                   "an": {"5": ["الزلزال", 1]}, "v": [None, "2022-01-24", "2022-W03"] * 5000},
        "entries": {"k": list(range(9000)), "c": [0, 1] * 4500},
        "empty": {}, "nothing": [],
    }


def test_json_parts_join_to_the_one_call_text() -> None:
    block = _block()
    assert "".join(_json_parts(block)) == _json(block)
    assert "".join(_json_parts(block, depth=3, items=7)) == _json(block)
    assert list(_json_parts({1: "a"})) == [_json({1: "a"})]  # keys json turns into strings: one part


@pytest.mark.parametrize("size", [0, 1, 1000, PIECE - 1, PIECE, PIECE + 1, 3 * PIECE + 12345])
def test_pieces_make_one_gzip_stream(size: int) -> None:
    data = bytes(random.Random(size).getrandbits(8) for _ in range(min(size, 5000))) * (size // 5000 + 1)
    data = data[:size]
    packed = gzip_compress(data)
    assert gzip.decompress(packed) == data
    assert packed[:10] == gzip.compress(b"", 6, mtime=0)[:10]
    assert packed == gzip_compress(data, threads=1) == gzip_compress(data, threads=3)  # not the thread count


def test_written_in_parts_the_same_stream() -> None:
    data = _json(_block()).encode("utf-8")
    writer = GzipWriter()
    step = random.Random(1)
    at = 0
    while at < len(data):
        cut = at + step.randint(1, PIECE // 3)
        writer.write(data[at:cut])
        at = cut
    assert writer.close() == gzip_compress(data)


def test_about_the_one_thread_size() -> None:
    data = _json(_block()).encode("utf-8")
    assert len(data) > 4 * PIECE
    assert len(gzip_compress(data)) <= 1.01 * len(gzip.compress(data, 6, mtime=0))


def test_block_decodes_as_before() -> None:
    block = _block()
    encoded = encode_block(block)
    assert json.loads(gzip.decompress(base64.b64decode(encoded))) == block
    page = f'<script type="text/plain" id="timeline-data" data-encoding="gzip+base64">{encoded}</script>'
    assert decode_block(page) == block
