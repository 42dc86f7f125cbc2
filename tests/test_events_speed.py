"""Issue 8, the speed of event extraction: each faster form answers as the form it replaced.

The patterns that test a match's first character before the rest, the abbreviation looked
for only where it can end, the letter variants folded by ``str.replace``, the content words
counted only as far as asked: each is checked against the replaced form on texts made of
the words and marks these patterns look for (a property test), and on plain sentences.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import timeline.anchors as anchors
import timeline.events as events
from timeline import _clauses, _dating, _sentences
from timeline._spans import SpanIndex
from timeline._types import Grain
from timeline.normalize import fold_variants
from timeline.tagger import tag

# -- the replaced forms -------------------------------------------------------------------

OLD_SENTENCE_BREAK = re.compile(r'(?:[!?؟؛;…]+|\.+(?=[\s"»”)\]]|$))["»”)\]]*|\n+'
                                r'|(?:(?<=[\u0621-\u064a\u064b-\u0652]{3})|(?<=[»”")\]\d%٪]))\.(?=[\u0621-\u064a]{2})'  # a glued stop
                                r'|(?<![.!?؟…\dA-Za-z])\.{2,}(?=[\u0621-\u064a])')  # glue42: a glued ellipsis
OLD_CLAUSE_BREAK = re.compile(
    r"(?<=[^\d\s][،,])\s+"
    r"|\s+(?=(?:و(?=[\u0621-\u064a])|ثم\s|فيما\s|بينما\s|بعدما\s|بعد\s+أن\s|قبل\s+أن\s|كما\s))"
    r"|(?P<after_number>(?<=\d[،,])\s+(?=[^\W\d]))"  # recall42: a comma after a number, then a word
)
OLD_EVE = re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وف]))(?P<word>عشيه|غداه|ليله)\s+(?:(?:هذا|هذه|ذلك|تلك)\s+)?"
                     r"(?P<what>\w+)")
OLD_DECIMAL = re.compile(r"(\d)[.,٫،](?=\d)")
OLD_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
OLD_NO_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])


def old_said_break() -> re.Pattern[str]:
    """The complementizer pattern as it was: the look-behinds first, at every position."""
    new = events._date_cues().said_break.pattern
    words = new[len(r"(?=\s+(?:"):new.index(r")\s)")]
    return re.compile(r"(?<!\s)(?<!بعد)(?<!قبل)(?<!منذ)(?<!على)(?<!إلى)(?<!الى)(?<!حتى)(?<!كما)\s+"
                      r"(?=(?:" + words + r")\s)")


def without_first_letters(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern without the look-ahead of its first letters that :func:`_event_cues._starting_with` put first."""
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern[pattern.pattern.index("])") + 2:])


def old_content_words(text: str, start: int, end: int, timexes: SpanIndex) -> int:
    """The count as it was: every piece folded, joined, and all its words counted."""
    pieces, cursor = [], start
    for t in timexes.touching(start, end):
        pieces.append(events._fold_window(text, cursor, max(cursor, t.start)))
        cursor = max(cursor, t.end)
    pieces.append(events._fold_window(text, cursor, end))
    count, function_words = 0, events._date_cues().function_words
    for word in events._WORD.findall(" ".join(pieces)):
        if word in function_words or word[0] in "وف" and word[1:] in function_words:
            continue
        if len(word) >= 2 and not word.isdigit():
            count += 1
    return count


# -- texts made of what the patterns look for ---------------------------------------------

PIECES = (
    "و", "ف", "في", "فيما", "بينما", "بعدما", "بعد أن", "قبل أن", "ثم", "كما", "منذ", "مذ", "بعد", "عقب",
    "إثر", "في أعقاب", "على خلفية", "إلى ذلك", "في حين", "في غضون ذلك", "التي", "الذي", "والتي", "الذين",
    "أن", "إن", "بأن", "أنه", "انها", "قال", "أعلن", "على", "حتى", "إلى", "الى", "د", "م", "أ.د", "إم.إتش",
    "عشية", "غداة", "ليلة", "عشيه", "وعشية", "فغداة", "هذا", "تلك", "الانتخابات", "الهجوم", "الذكرى",
    "ذكرى", "مقارنة", "بزيادة", "2015", "3,5", "١٢٫٥", "4.7", "أمس", "اليوم", "وزير", "وصل", "آذار", "مستشفى",
    "غداً", "ـ", "،", ",", ".", "..", "!", "؟", "؛", "…", "»", "«", '"', ")", "(", " ", "  ", "\n", "\t",
)
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(
    lambda parts: "".join(p if k % 3 else p + " " for k, p in enumerate(parts)))


def spans(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[object]:
    found = pattern.finditer(text, start, len(text) if end is None else end)
    return [(m.span(), m.lastgroup, m.groupdict()) for m in found]


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 30), st.integers(0, 30))
def test_patterns_find_what_the_replaced_ones_found(text: str, lo: int, hi: int) -> None:
    cues = events._date_cues()
    start, end = min(lo, len(text)), max(min(len(text) - hi, len(text)), 0)
    for new, old in ((_sentences._SENTENCE_BREAK, OLD_SENTENCE_BREAK), (_clauses._CLAUSE_BREAK, OLD_CLAUSE_BREAK),
                     (cues.said_break, old_said_break()),
                     (cues.connectives, without_first_letters(cues.connectives)),
                     (cues.relative, without_first_letters(cues.relative))):
        assert spans(new, text) == spans(old, text)
        assert spans(new, text, start, end) == spans(old, text, start, end)  # look-behinds see before the start
    folded = fold_variants(text)
    assert spans(anchors._day_cues().eves, folded) == spans(OLD_EVE, folded)
    assert _dating._DECIMAL.sub("", text) == OLD_DECIMAL.sub(r"\1", text)
    assert _dating._NO_MARKS.sub("", text) == text.translate(OLD_NO_MARKS)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_an_abbreviation_is_searched_only_where_it_can_end(text: str) -> None:
    pattern = _sentences._abbreviation()
    for at in range(len(text) + 1):
        assert _sentences._ends_abbreviation(text, at, pattern) == (pattern.search(text, max(0, at - 16), at) is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="أإآٱىةيهاابتـًٌ 1٢\n", max_size=30))
def test_letter_variants_fold_one_to_one_as_translate_did(text: str) -> None:
    assert fold_variants(text) == text.translate(OLD_LETTERS)
    assert len(fold_variants(text)) == len(text)


def test_stems_are_found_as_one_in_per_stem_did() -> None:
    stems = events._date_cues().comparison_stems
    for text in ("ارتفعت الأسعار مقارنة بالعام الماضي", "بلغت الأرباح 3 ملايين", "", "قياساً"):
        assert (_dating._any_of(stems).search(text) is not None) == any(s in text for s in stems)
    assert _dating._any_of(()).search("أي نص") is None


def test_each_grain_keeps_its_rank() -> None:
    assert [g.rank for g in Grain] == list(range(len(Grain)))
    assert Grain.DAY.rank < Grain.MONTH.rank < Grain.YEAR.rank


SENTENCES = (
    "وصل الوفد إلى دمشق صباح أمس، ثم عقد اجتماعا مع الوزير في 12 آذار، فيما غادر السفير يوم الأحد.",
    "وقال المتحدث أمس إن الحكومة ستعلن الخطة الأسبوع المقبل، بينما يبقى المعبر مغلقا منذ 3 أيار 2015.",
    "وأعلن المدير اليوم الاثنين أن المصنع الذي افتتح عام 2010 سيغلق في 30 حزيران.",
    "حضر د. سامي العلي الندوة مساء الخميس. وارتفعت الصادرات بنسبة 4.5% مقارنة بالعام الماضي.",
)


def test_content_words_counted_as_far_as_asked_answer_as_the_whole_count() -> None:
    text = " ".join(SENTENCES)
    index = SpanIndex(tag(text, events.dt.datetime(2024, 3, 20)))
    words = [m.start() for m in events._WORD.finditer(text)] + [len(text)]
    for start in words[::3]:
        for end in words[::2]:
            if end < start:
                continue
            whole = old_content_words(text, start, end, index)
            assert events._content_words(text, start, end, index) == whole
            for enough in (1, 2, 3):
                assert events._content_words(text, start, end, index, enough) == min(whole, enough)
