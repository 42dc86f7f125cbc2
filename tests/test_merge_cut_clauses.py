"""A subordinate clause cut off its sentence for holding its only date (``بعد أن عثر عليه فلاح
الأحد``: the find, not the opening, see :func:`timeline.events.split_clauses`) lends the merge
the names of the rest of its sentence, not its happening word: the outlet telling the find as a
main clause meets it, other finds of that day, one in the same village, stay apart (Arabic
written for these tests)."""

from __future__ import annotations

import polars as pl
from merge_helpers import entry_of

from timeline.pipeline import build_timeline
from timeline.wording import clause_features

_DAY = "2024-06-11T09:00"
_CUT = "وافتتح وزير الآثار قاعة تمثال الملك رمسيس الذهبي في المتحف المصري بعد أن عثر عليه فلاح الأحد الماضي."
_FINDS = [
    {"id": "cut", "source": "نشرة الوادي", "published": _DAY, "text": _CUT},
    {"id": "told", "source": "صدى الساحل", "published": _DAY,
     "text": "عثر مزارع يوم الأحد على تمثال ذهبي للملك رمسيس في حقله بقرية ميت رهينة."},
    {"id": "jar", "source": "أخبار الدلتا", "published": _DAY,
     "text": "عثر عمال بناء يوم الأحد على جرة فخارية مليئة بعملات برونزية أثناء حفر أساسات منزل في قرية ميت رهينة."},
    {"id": "whale", "source": "أخبار الدلتا", "published": _DAY,
     "text": "عثر صيادون يوم الأحد على جثة حوت نافق على شاطئ مدينة العريش."},
    {"id": "car", "source": "صدى الساحل", "published": _DAY,
     "text": "عثرت الشرطة يوم الأحد على سيارة مسروقة في حي المعادي بالقاهرة."},
    {"id": "shell", "source": "نشرة الوادي", "published": _DAY,
     "text": "عثر أطفال يوم الأحد على قذيفة قديمة في أرض زراعية بمحافظة المنيا."},
]


def test_a_find_told_in_a_cut_clause_joins_the_find_told_as_a_main_clause() -> None:
    # without the names of its sentence the cut clause tells only "found by a farmer on
    # Sunday" and chains the statue, the jar and the shell into one entry
    entry = entry_of(_FINDS)
    assert entry["cut"] == entry["told"]
    assert len({entry[k] for k in ("cut", "jar", "whale", "car", "shell")}) == 5


def test_the_cut_clause_borrows_names_not_the_happening() -> None:
    frame = build_timeline(pl.DataFrame([{"id": "c-0", "published": _DAY, "text": _CUT}]), merge=False).events
    assert frame["clause"].to_list() == ["بعد أن عثر عليه فلاح الأحد الماضي."]
    features = clause_features(frame)
    stems = dict(zip(features.words["word"], features.words["stem"]))
    row = features.events.row(0, named=True)
    words = {stems[w] for w in row["words"]}
    assert row["trigger"] == "عثور"  # the find: the opening (افتتح) is not lent
    assert {"تمثال", "رمسيس", "متحف"} <= words
    assert "افتتح" not in words
    assert [stems[w] for w in row["object"]] == ["فلاح"]  # what the find governs is its own
