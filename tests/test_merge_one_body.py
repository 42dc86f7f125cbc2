"""A body that sits and decides (a cabinet, a parliament) meets once a day: its session told by
one outlet and what it decided told by another, of one day, are one happening when both clauses
name that body, of one country, as who does it; another body's decision, or another country's
cabinet, stays apart (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

from timeline.wording import body_named

SESSION = {"id": "session", "source": "صدى الساحل", "published": "2024-03-12T08:00",
           "text": "يعقد مجلس الوزراء الكيني اليوم الثلاثاء اجتماعا طارئا لبحث أزمة الجفاف في الشمال."}
DECISION = {"id": "decision", "source": "الأفق", "published": "2024-03-13T07:00",
            "text": "وافقت الحكومة الكينية أمس على خطة عاجلة لنقل المياه بالصهاريج إلى القرى المتضررة."}
PARLIAMENT = {"id": "parliament", "source": "الأفق", "published": "2024-03-13T07:00",
              "text": "وافق البرلمان الكيني أمس على خطة عاجلة لنقل المياه بالصهاريج إلى القرى المتضررة."}
NEIGHBOUR = {"id": "neighbour", "source": "الأفق", "published": "2024-03-13T07:00",
             "text": "وافقت الحكومة الأوغندية أمس على خطة عاجلة لنقل المياه بالصهاريج إلى القرى المتضررة."}


def test_the_body_and_its_country_are_read_at_the_opening() -> None:
    assert body_named(SESSION["text"]) == body_named(DECISION["text"]) == "حكومه كين"
    assert body_named(PARLIAMENT["text"]) == "برلمان كين"
    assert body_named(NEIGHBOUR["text"]) == "حكومه اوغند"
    assert body_named("وصادق مجلس النواب اليوم على الميزانية") == "برلمان"
    # named further in, the body is not who does the clause's happening
    assert body_named("قال المتحدث باسم المعارضة إن الحكومة وافقت على الخطة") is None


def test_the_session_and_the_decision_are_two_groups() -> None:
    rows = clause_rows([SESSION["text"], DECISION["text"]])
    assert (rows["c-0"]["trigger"], rows["c-1"]["trigger"]) == ("اجتماع", "تصويت")


def test_one_body_s_session_and_its_decision_of_that_day_join() -> None:
    entry = entry_of([SESSION, DECISION])
    assert entry["session"] == entry["decision"]


def test_another_body_s_decision_stays_apart() -> None:
    entry = entry_of([SESSION, PARLIAMENT])
    assert entry["session"] != entry["parliament"]


def test_another_country_s_cabinet_stays_apart() -> None:
    entry = entry_of([SESSION, NEIGHBOUR])
    assert entry["session"] != entry["neighbour"]
