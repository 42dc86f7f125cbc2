"""gzip on every core: one ordinary gzip stream, its pieces compressed at the same time.

zlib lets go of the GIL while it compresses, so threads compress consecutive pieces of the
input on every core. Each piece is compressed with the 32 KiB before it as its dictionary
and ends on a byte boundary (a sync flush), as pigz does, so the pieces join into one
deflate stream that any gzip reader (the browser's ``DecompressionStream``) reads, within a
fraction of a percent of the one-thread size. Pieces start at fixed offsets, so the bytes
do not depend on how many threads ran. :class:`GzipWriter` takes the input in parts as it
is made (the page's JSON), so making it and compressing it overlap.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["PIECE", "GzipWriter", "gzip_compress"]

PIECE = 1 << 19
"""Bytes of input per piece (512 KiB): a few pieces per core for a page of a few MB."""

_WINDOW = 1 << 15  # deflate looks back at most 32 KiB


def _deflate(piece: bytes, window: bytes, level: int, last: bool) -> bytes:
    """Raw deflate of ``piece`` as if ``window`` had come just before it; ends the stream
    when ``last``, else on a byte boundary so that the next piece's bytes can follow."""
    if window:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL,
                                      zlib.Z_DEFAULT_STRATEGY, window)
    else:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(piece) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


class GzipWriter:
    """Collects bytes (:meth:`write`) and compresses each full :data:`PIECE` on ``threads``
    threads (None: one per core) while more is written; :meth:`close` returns the gzip
    stream (the header ``gzip.compress(..., mtime=0)`` writes)."""

    def __init__(self, level: int = 6, threads: int | None = None) -> None:
        from timeline._workers import cpu_count

        self.level = level
        self._pool = ThreadPoolExecutor(max_workers=threads or cpu_count(), thread_name_prefix="gzip")
        self._parts: list[Future[bytes]] = []
        self._pending = bytearray()
        self._window = b""
        self._crc = 0
        self._size = 0

    def write(self, data: bytes) -> None:
        """Add ``data`` after what was written before."""
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._pending += data
        start = 0
        while len(self._pending) - start >= PIECE:
            piece = bytes(self._pending[start:start + PIECE])
            self._submit(piece, last=False)
            start += PIECE
        if start:
            del self._pending[:start]

    def _submit(self, piece: bytes, *, last: bool) -> None:
        self._parts.append(self._pool.submit(_deflate, piece, self._window, self.level, last))
        self._window = (self._window + piece)[-_WINDOW:]

    def close(self) -> bytes:
        """The whole gzip stream (the writer cannot be used after)."""
        try:
            self._submit(bytes(self._pending), last=True)
            body = b"".join(part.result() for part in self._parts)
        finally:
            self._pool.shutdown(cancel_futures=True)
        header = gzip.compress(b"", self.level, mtime=0)[:10]  # the header gzip.compress writes
        return header + body + struct.pack("<LL", self._crc, self._size & 0xFFFFFFFF)


def gzip_compress(data: bytes, level: int = 6, threads: int | None = None) -> bytes:
    """``data`` as a gzip stream (no name, mtime 0), compressed on ``threads`` threads."""
    writer = GzipWriter(level, threads)
    writer.write(data)
    return writer.close()
