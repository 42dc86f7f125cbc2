"""What the build's one-core tail was spared, each against the code it replaced, on
URLs and Arabic written for it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from timeline.page import _UNSAFE_URL_CHARS, safe_url


def _safe_url_by_urlsplit(url: str | None) -> str | None:
    """safe_url as it was: every URL through urlsplit."""
    if not url or _UNSAFE_URL_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


@pytest.mark.parametrize("url", [
    "https://www.spa.gov.sa/1367055", "http://sabq.org/news?id=12#top", "HTTP://WAS.SA", "Https://a.b:8080",
    "http://user:pass@host.example:80/p", "http://host.example?x=1", "http://host.example#frag",
    "http://host.example/مسار/عربي", "http://خبر.السعودية/1", "http://[::1]/", "http://[::1/", "http://::1]/",
    "http://ſabq.org/", "http://\u212aey.com/", "http:///path", "http://", "https:", "ftp://host/",
    "javascript:alert(1)", "//host/path", "http//host", "http://exa mple.com", "http://a.com/\\x",
    "http://a.com/\u0085", "http://ａ.com/", "http://a\u2100c.com/", "mailto:a@b.c", "", None,
])
def test_safe_url_is_what_urlsplit_said(url: str | None) -> None:
    assert safe_url(url) == _safe_url_by_urlsplit(url)


def test_the_gazetteer_pattern_is_what_re_compiles() -> None:
    """Its program may come from the cache folder (timeline._programs): the same pattern
    (pattern equality compares flags, source and program) and the same places found."""
    import re

    from timeline.places import _load_gazetteer, find_places

    gazetteer = _load_gazetteer.__wrapped__("ar")  # read anew: from the stored program
    assert gazetteer.pattern == re.compile(gazetteer.pattern.pattern)
    assert gazetteer.pattern.groupindex == re.compile(gazetteer.pattern.pattern).groupindex
    assert [m.place.name for m in find_places("وصل الوفد إلى القاهرة قادماً من دمشق وفي جدة")] == [
        "القاهرة", "دمشق", "جدة"]


def test_the_build_process_starts_without_the_tagger_and_the_merge() -> None:
    """Before its first batches are read, a build process has imported what reads and cuts
    rows, not the tagger (its workers tag) nor what merges and draws (its word-list thread
    imports that once the first batches are read); both still come when asked for."""
    import subprocess
    import sys

    code = ("import sys, timeline.cli, timeline._cli_build, timeline.pipeline as p, timeline.batches\n"
            "print(sorted(m for m in ('timeline.tagger', 'timeline.engine', 'timeline.events', 'timeline.merge',"
            " 'timeline.result', 'timeline.page', 'plotly') if m in sys.modules))\n"
            "print(p.BuildStats.__module__, p.Timeline.__module__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "timeline.result timeline.result"


def test_timeline_build_reads_its_first_batches_before_importing_the_merge(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``timeline build`` in a fresh process: when the first batches are read (the moment
    the word-list thread starts), neither the merge, the page nor the tagger was imported
    (``tag``'s registration does not load it); the build then writes its page as always."""
    import json
    import subprocess
    import sys

    articles = tmp_path / "articles.jsonl"
    rows = [{"id": f"a{k}", "published": "2015-08-0%d" % (k + 2), "source": "s%d" % k,
             "text": "وصل الوفد أمس الأحد إلى جدة. وقال المتحدث إن الاجتماع سيعقد غداً."} for k in range(3)]
    articles.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code = (
        "import sys, timeline.batches as b\n"
        "real, seen = b.ordered_map, []\n"
        "def spy(fn, items, **k):\n"
        "    started = k['started']\n"
        "    def first():\n"
        "        seen.append(sorted(m for m in ('timeline.merge', 'timeline.page', 'timeline.tagger') if m in sys.modules))\n"
        "        started()\n"
        "    return real(fn, items, **{**k, 'started': first})\n"
        "b.ordered_map = spy\n"
        "from timeline.cli import main\n"
        f"status = main(['build', {str(articles)!r}, '-o', {str(tmp_path / 'page.html')!r}, '-q', '-j', '1'])\n"
        "print(status, seen)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0 [[]]"
    assert "timeline-data" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_language_files_read_through_the_cache_are_what_yaml_parses(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every language file: the first read parses and stores, the second reads the stored
    data; both equal PyYAML's objects (types, order of keys)."""
    from importlib import resources

    from timeline._yaml import load_language_yaml, load_yaml

    folder = resources.files("timeline.lang.ar")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml"))
    assert len(names) >= 15
    for name in names:
        parsed = load_yaml(folder.joinpath(name).read_text(encoding="utf-8"))
        first, again = load_language_yaml("ar", name, tmp_path), load_language_yaml("ar", name, tmp_path)
        assert first == parsed and again == parsed and repr(again) == repr(parsed), name
    assert len(list(tmp_path.glob("yaml-*.marshal"))) == len(names)


def test_a_damaged_or_foreign_cache_file_is_never_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from timeline import _yaml

    text = "مدن:\n  - {name: جدة, forms: [جدة, جده]}\n  - {name: الرياض, forms: [الرياض]}\n"
    expected = _yaml.load_yaml(text)
    assert _yaml._parsed(text, tmp_path) == expected
    [stored] = tmp_path.glob("yaml-*.marshal")
    damaged = bytearray(stored.read_bytes())
    damaged[-3] ^= 0xFF
    stored.write_bytes(bytes(damaged))
    _yaml._payload.cache_clear()  # another process: what this one read is not kept there
    assert _yaml._parsed(text, tmp_path) == expected  # parsed again, and stored whole again
    assert _yaml._parsed(text, tmp_path) == expected and stored.read_bytes() != bytes(damaged)
    stored.write_bytes(b"\0" * 10)  # shorter than its digest
    _yaml._payload.cache_clear()
    assert _yaml._parsed(text, tmp_path) == expected
    # another text is another file; a date marshal does not hold: parsed, nothing stored
    assert _yaml._parsed("يوم: 2015-08-06\n", tmp_path) == _yaml.load_yaml("يوم: 2015-08-06\n")
    assert len(list(tmp_path.glob("yaml-*.marshal"))) == 1
    assert _yaml._parsed(text, None) == expected


def test_the_cache_keeps_its_newest_files(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from timeline import _yaml

    monkeypatch.setattr(_yaml, "KEEP", 3)
    for k in range(5):
        assert _yaml._parsed(f"عدد: {k}\n", tmp_path) == {"عدد": k}
    assert len(list(tmp_path.glob("yaml-*.marshal"))) == 3
    (tmp_path / "blocked").write_text("")  # a folder that cannot be made: parsed all the same
    assert _yaml._parsed("عدد: 9\n", tmp_path / "blocked" / "sub") == {"عدد": 9}


def test_a_language_file_missing_or_not_yaml_is_named(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """PyYAML is imported only to parse; its errors still become LanguageDataError naming the file."""
    from timeline import _yaml
    from timeline.errors import LanguageDataError

    with pytest.raises(LanguageDataError, match="timeline.lang.ar/nothing.yaml"):
        _yaml.load_language_yaml("ar", "nothing.yaml", tmp_path)

    class Broken:
        def joinpath(self, name: str) -> Broken:
            return self

        def read_text(self, encoding: str) -> str:
            return "مدن: [جدة, الرياض\n"  # an unclosed list

    monkeypatch.setattr(_yaml.resources, "files", lambda package: Broken())
    with pytest.raises(LanguageDataError, match="timeline.lang.ar/places.yaml: while parsing"):
        _yaml.load_language_yaml("ar", "places.yaml", tmp_path)
    assert not list(tmp_path.glob("yaml-*.marshal"))
