"""The key-word scan in C (:mod:`timeline._keyscan`, with Hyperscan) finds what the ``re`` scan finds."""

from __future__ import annotations

import codecs
import copy
import threading
from pathlib import Path

import pytest

import timeline._keyscan as keyscan
from timeline._keyscan import key_scan
from timeline.engine import load_grammar, whole_words
from timeline.normalize import normalize

hyperscan = pytest.importorskip("hyperscan")

# sentences of our own: clitics, digits after clitics, weak words keyed with the next one, a key
# inside another ("اب/اغسطس"), words only starting as a key, characters without a byte of their own
SENTENCES = [
    "وصل الوفد يوم الخميس الماضي، وبعد يومين عقد اجتماعاً في الماضي القريب.",
    "بالأمس وفي 12 مارس 2015 وللمرة الثانية، ولـ3 أيام متتالية.",
    "في 14 اب/اغسطس الماضي أعلنت الوزارة خطة لعام 2016م.",
    "اليوميات الخميسية لا تعد، أما اليوم فلا.",
    "الاجتماع ١٥ رمضان ١٤٣٦ هـ، وكانون2 وتشرين1 من العام.",
    "café 2015 naïve_يوم ا²يوم 😀الجمعة ؤالسبت — الأحد…الاثنين",
    "يوم",
    "ما بعد الظهر، وما قبل المساء، ثم فيما بعد.",
    "الخميس-الجمعة 3-4 أيلول، و2015/08/13 الساعة 10:30 صباحا.",
    "\u0651الخميس ال\u064bخميس \u200fالسبت\u200e يوم\ttomorrow\nأمس",
    "\ue001الخميس \ufffeيوم \ue000أمس\ua66eغدا \u07c0 2015\u2005يوم",  # characters without a byte, stand-ins
]


def _re_spans(text: str) -> list[tuple[int, int]]:
    g = load_grammar("ar")
    return [m.span("key") for m in whole_words(g.keys, g.keys_after, text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_scan_in_c_finds_what_re_finds(sentence: str) -> None:
    g = load_grammar("ar")
    assert g.key_scan is not None
    for text in (sentence, normalize(sentence).text, " " + sentence, sentence + "5"):
        assert g.key_scan.spans(text) == _re_spans(text)
    assert _re_spans(normalize(SENTENCES[0]).text)  # the sentences hold keys


def test_a_key_inside_the_last_one_is_not_a_key() -> None:
    g = load_grammar("ar")
    text = normalize("منذ اب/اغسطس").text
    assert [text[s:e] for s, e in g.key_spans(text)] == ["منذ", "اب/اغسطس"]


def test_without_hyperscan_the_re_scan_gives_the_same_spans() -> None:
    g = load_grammar("ar")
    text = normalize(" ".join(SENTENCES)).text
    plain = g._replace(key_scan=None)
    assert plain.key_spans(text) == g.key_spans(text) == _re_spans(text)
    assert [(f.start, f.end, f.rule) for f in plain.find(text)] == [(f.start, f.end, f.rule) for f in g.find(text)]


def test_a_weak_word_is_a_key_only_before_its_next_word() -> None:
    scan = key_scan(["يوم"], [("في", "الماضي")], None)
    assert scan is not None
    text = "في الماضي وفي   الماضي في الماضيه في يوم"
    assert [text[s:e] for s, e in scan.spans(text)] == ["في", "وفي", "يوم"]


def test_busy_in_another_thread_the_scan_hands_over_to_re() -> None:
    g = load_grammar("ar")
    assert g.key_scan is not None
    text = normalize(" ".join(SENTENCES) * 200).text
    expected = _re_spans(text)
    results: list[list[tuple[int, int]]] = []

    def run() -> None:
        for _ in range(5):
            results.append(g.key_spans(text))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 20 and all(r == expected for r in results)


def test_a_scratch_in_use_hands_over_to_re() -> None:
    class Busy:
        def scan(self, data: bytes, match_event_handler: object) -> None:
            raise hyperscan.ScratchInUseError("busy")

    g = load_grammar("ar")
    assert g.key_scan is not None
    scan = copy.copy(g.key_scan)
    scan._database = Busy()
    busy = g._replace(key_scan=scan)
    text = normalize(SENTENCES[1]).text
    assert busy.key_scan is not None and busy.key_scan.spans(text) is None
    assert busy.key_spans(text) == _re_spans(text)


def test_a_database_hyperscan_cannot_load_leaves_the_re_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(data: bytes, mode: int) -> None:
        raise hyperscan.DatabasePlatformError("another processor")

    assert key_scan(["يوم" + chr(0x4E00 + i) for i in range(200)], [], None) is None  # too many characters
    assert key_scan(["يوم"], [], None) is not None
    monkeypatch.setattr(hyperscan, "loadb", refuse)
    assert key_scan(["يوم"], [], None) is None


def test_a_kept_database_another_host_made_is_made_anew(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # what a cache shared with a host of other processor features holds: bytes this one cannot load
    kept = keyscan.stored
    monkeypatch.setattr(keyscan, "stored", lambda *args: b"kept by another host")
    scan = key_scan(["يوم"], [], tmp_path)
    assert scan is not None and scan.spans("في يوم الخميس") == [(3, 6)]
    # the other host's database under the key, this host's kept beside it and loaded next time
    monkeypatch.setattr(keyscan, "stored", lambda folder, prefix, keep, key, make, valid:
                        b"kept by another host" if len(key) == 3 else kept(folder, prefix, keep, key, make, valid))
    assert key_scan(["يوم"], [], tmp_path) is not None
    assert len(list(tmp_path.glob("keyscan-*"))) == 1
    made = []
    monkeypatch.setattr(hyperscan, "Database", lambda: made.append(1))  # nothing compiled: the kept one loads
    assert key_scan(["يوم"], [], tmp_path) is not None and not made


# where a number or a weak pair starts is read back from where its match ends: numbers after no, one and
# two clitics, at the text's edges, in Arabic-Indic and other digits; pairs split by spaces, a dash, a tab
READ_BACK = [
    "12 يوما",
    "مضى 3",
    "و5 أشهر وب7 أيام وفل9 ساعات",
    "خلال ٢٠١٥ و١٤٣٦ وبـ١٢",
    "الفصل \U0001d7d9\U0001d7da من الكتاب، و\U0001d7db",
    "في   الماضي وفي-الماضي ولفي الماضي\tوفي\t \tالماضي",
    "ففي الماضي، ما بعد الظهر وما   بعد الظهر",
    "كتب 2015/08/13-14 ثم 12:30 و1.5 و12،13",
]


@pytest.mark.parametrize("sentence", READ_BACK)
def test_a_number_or_a_weak_pair_starts_where_re_finds_it(sentence: str) -> None:
    g = load_grammar("ar")
    assert g.key_scan is not None
    for text in (sentence, normalize(sentence).text, "(" + sentence + ")"):
        assert g.key_scan.spans(text) == _re_spans(text)


def test_a_weak_pair_keys_its_first_word_whatever_the_gap() -> None:
    scan = key_scan(["يوم"], [("في", "الماضي"), ("ما", "بعد")], None)
    assert scan is not None
    text = "وفي - الماضي ما\t\tبعد ومابعد فما  بعد"
    assert [text[s:e] for s, e in scan.spans(text)] == ["وفي", "ما", "فما"]


# the short key words ("ال", "ت", "غد", "اب", "كل"), spelled out with each byte around them: whole words after
# clitics, beside every kind of neighbour (a space, punctuation, a dash, "/", digits, "_", a letter the keys do
# not hold, a stand-in, the text's edges), and inside longer words where they are no key
SHORT_KEYS = [
    "غد",
    "وغد، ولغد. بغد-كل كل/غد غد_ غد2 غد12 (غد) \"غد\" غدا غدٍ",
    "قال الوزير ال 10 ايام وال3 اشهر ت 1 وت2 ثم ت، ثم ت",
    "اب 2015 واب/اغسطس فاب، باب كتاب بابا الاب اب\u2005غد ث غد ظ",
    "غد\ue000كل \ua66eغد غد\u07c0 كلكل كل\tكل\nكل! ؟كل «كل» كل…",
    "تت تال التال ت ال ت",
]


@pytest.mark.parametrize("sentence", SHORT_KEYS)
def test_short_keys_are_found_where_re_finds_them(sentence: str) -> None:
    g = load_grammar("ar")
    assert g.key_scan is not None
    for text in (sentence, normalize(sentence).text, "-" + sentence + "_", "1" + sentence + "2"):
        assert g.key_scan.spans(text) == _re_spans(text)


def test_short_keys_in_random_text_are_found_where_re_finds_them() -> None:
    import random

    g = load_grammar("ar")
    assert g.key_scan is not None
    pieces = ["ال", "ت", "غد", "اب", "كل", "و", "ف", "ب", "ل", "ك", "ث", "ا", " ", "  ", "-", "/", ",", ".", "_",
              "1", "2", "7", "\n", "\u2005", "\ue000", "e", "يوم", "في", "الماضي"]
    rnd = random.Random(45)
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        assert g.key_scan.spans(text) == _re_spans(text), text


def test_characters_in_no_key_are_scanned_as_their_class() -> None:
    chars = keyscan._chars("غد")
    table = keyscan._collapse(chars, ["غد"], [("في", "الماضي")])
    byte = {c: i for i, c in enumerate(chars)}
    for kept in "غدفيالماضيوفبلك-":  # the key words' letters, the clitics, the dash of a gap
        assert table[byte[kept]] == byte[kept]
    assert table[byte["ث"]] == table[byte["\ua66e"]] == byte["\ua66e"]  # a letter in no key
    assert table[byte["7"]] == table[byte["0"]] == byte["0"]
    assert table[byte["\t"]] == table[byte["\n"]] == byte[" "]
    assert table[byte["/"]] == table[byte["."]] == byte["!"]
    assert table[byte["_"]] == byte["_"]


def test_each_expression_has_its_length_and_each_weak_pair_its_id() -> None:
    words, pairs = ["غد", "يوم", "ت"], [("في", "الماضي")]
    chars = keyscan._chars("".join(words) + "فيالماضي")
    table = keyscan._collapse(chars, words, pairs)
    classes = keyscan._classes(chars, table)
    lengths, weak = keyscan._layout(words, pairs, len(classes["nonword"]) * len(classes["no_letter"]))
    expressions = keyscan._expressions(words, pairs, chars, table)
    assert len(expressions) == len(lengths)
    assert sorted(weak) == [len(expressions) - 3, len(expressions) - 2, len(expressions) - 1]
    assert weak[len(expressions) - 1] == (4, 6)  # two clitics and "في", then "الماضي"
    assert lengths[-4] == 0 and "{0,2}" in expressions[-4]  # the digits


# sentences of our own with what normalization deletes: tanween, shadda, harakat, tatweel (a dash between numbers,
# else deleted), bidi marks, a byte-order mark; and the variants it folds (أ إ آ ى ة, Arabic-Indic digits)
MARKED = [
    "وصلَ الوفدُ غداً، وعُقِدَ الاجتماعُ مساءً يومَ الخميسِ ١٢ آذار ٢٠١٥.",
    "الفترة 2013 ــ 2022 شهدت تحـــولات، وفي شهـر رمضـان المقبل.",
    "\u200fأمس\u200e الأحد \u202bالساعة 10\u202c صباحاً\ufeff، والى اللقاءِ بعدَ يومَيْنِ.",
    "\u0670\u06e1يوم\u0610 \u061cالسبت\u2066 القادم\u2069 ال\u064bخميس",
    "ًٌٍَُِّْ",
    "بلا حركات ولا شيء يحذف: وصل الوفد أمس.",
    "",
]


@pytest.mark.parametrize("sentence", MARKED)
def test_one_encoding_gives_the_normalization_and_the_keys(sentence: str) -> None:
    g = load_grammar("ar")
    assert g.key_scan is not None
    for text in (sentence, sentence * 3, "ً" + sentence + "ـ"):
        norm = normalize(text)
        assert g.key_scan.normalized(text) == (norm, g.key_scan.spans(norm.text))
        assert g.normalized(text) == (norm, g.key_spans(norm.text))


def test_one_encoding_in_random_text_gives_the_normalization_and_the_keys() -> None:
    import random

    from timeline.normalize import DELETED_CHARS

    g = load_grammar("ar")
    assert g.key_scan is not None
    pieces = ["ال", "غد", "يوم", "أمس", "آذار", "إلى", "مدرسة", "ى", "و", "ب", " ", "-", "ـ", "1", "٣", "۴", "\n", "A",
              "\ue000", "\ufffe", "😀", *DELETED_CHARS]
    rnd = random.Random(47)
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        norm = normalize(text)
        assert g.key_scan.normalized(text) == (norm, g.key_scan.spans(norm.text)), text


def test_without_hyperscan_the_grammar_normalizes_and_leaves_the_keys_to_find() -> None:
    g = load_grammar("ar")
    text = MARKED[0]
    assert g._replace(key_scan=None).normalized(text) == (normalize(text), None)


def test_the_deleted_characters_each_have_a_byte_no_folded_text_holds() -> None:
    from timeline.normalize import DELETED_CHARS, fold_chars

    g = load_grammar("ar")
    scan = g.key_scan
    assert scan is not None and scan._fold_table is not None
    chars = scan._made_of[0]
    encoded = codecs.charmap_encode(DELETED_CHARS, "strict", scan._fold_table)[0]
    assert sorted(encoded) == list(scan._deleted) and len(set(encoded)) == len(DELETED_CHARS)
    for byte in scan._deleted:  # a byte of no character, or of one folding replaces, or tatweel's
        assert byte >= len(chars) or fold_chars(chars[byte]) != chars[byte] or chars[byte] == "\u0640"
