"""Clauses of a sentence: where a sentence is cut so that each happening keeps its own date.

A clause boundary is a comma or a connective (a word-initial ``و``, ``ثم``, ``فيما``,
``بينما``, ``بعد أن``, ``قبل أن``...), but a sentence is only cut there when a *new* time
expression starts a new event: the text so far already holds a dated expression, and the
piece that follows holds its own expression and at least one content word besides it (so
``في يناير وفبراير`` stays one clause). A ``و`` that belongs to the word (``وزير``, ``وصل``)
or follows a relative pronoun (``الذي وصل``) is not a connective. A dated sentence is also
cut where a connective opens a second happening (``lang/ar/event_dates.yaml``), even without
a date of its own: one of simultaneity (``فيما``, ``بينما``, ``في حين``; not ``فيما يتعلق``,
``فيما بعد``) or, after a comma, one that turns aside (``إلى ذلك``, ``في غضون ذلك``), so
each happening keeps its own words; so is a background ``منذ`` naming a happening it
dates (``منذ بدء العمليات قبل أربعة أشهر``: the date is the start's, not the clause's),
and ``بعد``/``عقب``/``إثر``... before a relative clause holding a date (``عقب التفجير الذي
استهدف المسجد أمس``: the bombing's date, not the funeral's); so is, beside the predicate's own date,
an "after" or "before" phrase governing a noun with a date of its own (``وخضع اللاعب مطلع الأسبوع
لفحص طبي | قبل السفر إلى باريس أمس الأول``: the travel's day). So is a subordinate clause
told after the main predicate (``بعد أن``, ``بعدما``, ``قبل أن``) or a relative clause
telling a happening, with its antecedent (``من الطائرة | التي اختفت في 8 آذار``), when it
holds the sentence's only date: the date is that happening's, the main clause keeps none
(``ونقلت القطعة إلى فرنسا | بعد أن عثر عليها الأسبوع الماضي``: a find, not a transfer);
``عندما``, ``حين``, ``لدى`` frame the main happening and cut nothing (``subordinate_clauses``,
``relative_pronouns`` of ``lang/ar/event_dates.yaml``). A relative clause of what a reaction
reacts to is cut off at its object when it holds the sentence's date (``أدانت الحكومة | الهجوم الذي
استهدف أمس السوق``: the attack's yesterday; or a date after the reaction's own, ``أدان الرئيس مساء أمس
| الهجوم الذي وقع الجمعة``): the reaction keeps the date of its own predicate, and with none it is
told in its report's window (:mod:`timeline._thread`). A saying told with its date and what it
says with another are two clauses (``أعلن المتحدث أمس | أن القوات سيطرت على البلدة السبت``).
A relative clause told done after a noun naming a happening of another group than the main
clause's dates that happening (``وزار الرئيس موقع | الانفجار الذي هز العاصمة يوم الخميس``), and a cut at
an antecedent takes in the construct its definite words complete (``أفلت | مطلق النار الذي``). A و
joining two nouns that carry one possessive pronoun (``أمام جاره وشقيقه``) is no connective.
Boundaries never fall inside an expression.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from timeline._dating import (_TAIL_END, _after_comma, _attribution_tail, _dates_anew, _dating, _names_a_venue,
                              _names_an_edition, _secondary_from)
from timeline._effective import effective_cut
from timeline._event_cues import (_COMMA, _CONJ, _DEFINITE_WORD, _DIGIT, _DateCues, _PREP, _WORD, _date_cues,
                                  _fold_window, _naive, _root_waw)
from timeline._persons import person_reader
from timeline._programs import kept
from timeline._sentences import Clause, _letters_count, _strip_span, split_sentences
from timeline._spans import SpanIndex
from timeline._types import Grain, Timex
from timeline._yaml import load_language_yaml
from timeline.happenings import TriggerLexicon, load_triggers, verb_forms
from timeline.leads import perfect_forms as perfect_persons
from timeline.lexicon import (COLONS, COMMAS, OPENING_QUOTES, SEMICOLONS, SENTENCE_ENDS, accusative, after_lam,
                              attached_pronouns, clitic_prefixes, conjoined, load_lexicon, marks, relative_pronouns,
                              unjoined)
from timeline.normalize import fold
from timeline.places import place_adjectives
from timeline.tense import _reading as predicate_reading
from timeline.tense import future_verb, perfect_verb
from timeline.verbs import load_shapes, nearest_first


# where a clause may start: after a comma (not a digit group: after a digit, only a comma followed by
# a space and a word, ``خلال النصف الأول من 2015، حيث أفادت``; not ``1,500`` nor ``في 30، 31 يوليو``),
# or before a connective (both at a space: that test first, so that a position holding none fails at once)
_CLAUSE_BREAK = kept(
    r"(?=\s)(?:(?<=[^\d\s][،,])\s+"
    r"|\s+(?=(?:و(?=[\u0621-\u064a])|ثم\s|فيما\s|بينما\s|بعدما\s|بعد\s+أن\s|قبل\s+أن\s|كما\s))"
    r"|(?P<after_number>(?<=\d[،,])\s+(?=[^\W\d])))"
)


def _restates(text: str, pos: int) -> bool:
    """Whether an apposition word (``apposition_words`` of ``lang/ar/separators.yaml``: أي، الموافق)
    opens ``text`` at ``pos``: what follows restates what comes before (``منذ عام 1992، أي قبل 23
    عاما``), it opens no clause."""
    first = _WORD.match(_fold_window(text, pos, min(len(text), pos + 24)))
    return first is not None and any(w.split()[0] == first.group() for w in load_lexicon().separators.apposition_words)


def _subject_before_verb(text: str, start: int, comma: int, pos: int) -> bool:
    """Whether the piece ``text[start:comma]`` opens (at ``start`` or after its first complementizer,
    ``complementizers`` of ``lang/ar/event_dates.yaml``) with a noun, neither a verb nor a function
    word nor a word glued to a preposition, or with a relative pronoun (a relative clause of that
    subject: ``والتي افتتحت في 1869``), and the word at ``pos`` after its comma is a perfect
    verb: the piece is a subject with its modifiers, the verb its predicate
    (``قالت الهيئة إن اللوحة المسروقة في عام 2012، عادت أمس إلى مكانها``)."""
    shapes, complementizers = load_shapes(), _date_cues().complementizers
    after = _WORD.match(_fold_window(text, pos, min(len(text), pos + 24)))
    if after is None or not shapes.perfect(after.group()):
        return False  # (a word in و after the comma is read by the connectives' alternative, not here)
    words = _WORD.findall(_fold_window(text, start, comma))
    if words and unjoined(words[0]) in relative_pronouns():
        return True  # the piece is a relative clause of the subject (والتي افتتحت في 1869، كلفت)
    opening = next((k + 1 for k, w in enumerate(words) if unjoined(w) in complementizers), 0)
    if opening >= len(words):
        return False
    word = words[opening]
    bare = unjoined(word)
    return not (bare in _date_cues().function_words or shapes.perfect(bare) or shapes.is_present(bare)
                or shapes.opening_verb(word, bare) or bare[0] in clitic_prefixes().prepositions)
# how far (characters) the date of a background "since" naming a happening may follow it,
# and the date of a relative clause telling the happening after بعد/عقب/إثر...
_SINCE_REACH = 48
_RELATIVE_REACH = 80
# characters between a connective of after_happening and the antecedent of the relative clause
# it opens (بعد |حادثة التفجير التي…، في أعقاب |الهجوم الذي…): that cut holds the clause
_AFTER_GAP = 16
# how many definite words before a relative pronoun may name its antecedent (الحوار الاستراتيجي المصري الأميركي)
_ANTECEDENT_WORDS = 4
# how many content words must come before a relative clause's antecedent in its sentence: one
# is the verb whose subject it is (وقالت المؤسسة التي تدير الحصة اليوم إنها…، بدأت العملية التي
# تعرف بالعدوان الثلاثي في أكتوبر 1956), and the date after the relative clause is that verb's
_PREDICATE_WORDS = 2
_PREDICATE_REACH = 40  # characters before the antecedent looked at for them
# how many words after a relative pronoun may hold the happening word it tells (التي اختفت، الذي
# تم تنفيذه; not التي تضم 19 دولة قد وصلت: the main clause's verb after a description)
_TOLD_WORDS = 4
_GOVERNED = kept(r"^(?:" + _CONJ + r"?" + _PREP + r"ال|" + _CONJ + r"?لل)")


def _content_words(text: str, start: int, end: int, timexes: SpanIndex[Timex], enough: int | None = None) -> int:
    """How many content words ``text[start:end]`` holds outside the expressions; counting stops
    at ``enough`` (callers ask whether there are one or two: the first words mostly answer)."""
    count, cursor, function_words = 0, start, _date_cues().function_words
    for t in [*timexes.touching(start, end), None]:  # the pieces between the expressions, in turn
        for word in _WORD.findall(_fold_window(text, cursor, end if t is None else max(cursor, t.start))):
            if clitic_prefixes().reads(word, function_words, least=1):
                continue
            if len(word) >= 2 and not word.isdigit():
                count += 1
                if count == enough:
                    return count
        if t is not None:
            cursor = max(cursor, t.end)
    return count


def _is_connective_waw(text: str, pos: int) -> bool:
    """Whether the و at ``pos`` is a conjunction: not the root's (``root_waw_starts``,
    ``root_waw_nouns`` of ``lang/ar/event_dates.yaml``), not after a relative pronoun."""
    word = _WORD.match(_fold_window(text, pos, pos + 12))
    root = _root_waw()
    if word is not None and (word.group().startswith(root.starts) or word.group() in root.words):
        return False
    before = _WORD.findall(_fold_window(text, max(0, pos - 12), pos))
    return not (before and before[-1] in relative_pronouns()) and not _coordinated_possessed(text, pos)


def _coordinated_possessed(text: str, pos: int) -> bool:
    """Whether the و at ``pos`` joins two nouns carrying one possessive pronoun (``أمام جاره وشقيقه الفريق
    الأردني``: one phrase, not a second clause): the word right before it ends in the same pronoun as the
    word it opens, and neither word is a verb by its shape (told done, a present, a perfect carrying an
    object pronoun: ``ضربه وطعنه`` may be two acts), each three letters or more without the pronoun, the
    second four: three letters and a pronoun after و read as a perfect and its object as well (``مسقط رأسه
    ودفنه اليوم``، ``تقريره ونشره``)."""
    after = _WORD.match(text, pos + 1)
    before = list(_WORD.finditer(text, max(0, pos - 24), pos))
    if after is None or not before or text[before[-1].end():pos].strip():
        return False
    first, second = before[-1].group(), after.group()
    # (the possessive pronouns both may carry: attached_pronouns, the longest first; جاره وشقيقه، ذويهم وأقاربهم)
    ending = next((e for e in attached_pronouns() if second.endswith(e)), None)
    if ending is None or not first.endswith(ending):
        return False
    shapes = load_shapes()
    for word, fewest in ((first, 3), (second, 4)):
        bare = unjoined(fold(word))
        stem = bare[:-len(ending)]
        if (_letters_count(stem) < fewest or shapes.told_done(bare) or shapes.told_done(stem) or shapes.is_present(bare)
                or shapes.perfect_with_object(bare, derived=True) or future_verb(bare)):
            return False
    return True


def _happening_cuts(text: str, start: int, end: int, spans: SpanIndex[Timex],
                    dating: SpanIndex[Timex], published: dt.datetime | None = None,
                    reacted: set[int] | None = None, resumed: set[int] | None = None) -> dict[int, bool]:
    """Where in ``text[start:end]`` a connective opens another happening
    (``lang/ar/event_dates.yaml``), as offsets of the connective: True for one of
    simultaneity (``فيما``, ``بينما``, ``في حين``: the part after may share the date of the
    part before), False for one that turns aside (``، إلى ذلك``, ``، في غضون ذلك``), for a
    background ``منذ`` that names a happening and dates it (``منذ بدء العمليات قبل أربعة
    أشهر``: that date is the start's, not the clause's) and for ``بعد``/``عقب``... before a
    relative clause holding a date (``عقب التفجير الذي استهدف المسجد أمس``), for ``، في وقت`` before a
    verb in the present after a dated part (``background_state``: ``، في وقت تتواصل المعارك``), and True
    for a و opening a second happening (:func:`_second_happenings`). Given the ``published`` date, a
    relative clause holding the sentence's only date is also cut off at its antecedent when it tells an
    act done to the antecedent before the day before the publication (:func:`_resumed_before`). A
    relative clause holding the sentence's only date after a reaction (:func:`_reacts_to`: ``أدانت
    المملكة الجريمة التي نفذها مستوطنون فجر أمس``) is cut off at its antecedent too, and the antecedent's
    offset put into ``reacted``: the date is what the reaction reacts to, not the reaction's; where the
    reactor's next act opens after it (:func:`_reaction_resumed`) is cut and put into ``resumed``."""
    cues = _date_cues()
    cuts: dict[int, bool] = {}
    for m in cues.connectives.finditer(text, start, end):
        kind = m.lastgroup
        pos = m.start(f"{kind}_cue")
        if pos == start or spans.covers(pos):
            continue
        if kind == "since":
            if spans.count_starting_in(pos, pos + 1):  # منذ ربيع 2019: the since is an expression
                continue
            dated = dating.starting_in(m.end(), min(end, m.end() + _SINCE_REACH))
            if dated and _content_words(text, m.end(), dated[0].start, spans, 1) > 0:
                cuts[pos] = False
        elif kind == "after":
            if dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
                cuts.setdefault(pos, False)
        elif kind == "apart":
            if not dating.count_starting_in(start, pos) and _tells_apart(text, start, pos, m.end(), end, dating,
                                                                         cues, relative=False):
                cuts.setdefault(pos, False)
        elif not spans.covers(m.end() - 1):
            following = _WORD.search(_fold_window(text, m.end(), m.end() + 16))  # the first word after it
            if following is not None and not (kind == "while" and following.group() in cues.not_simultaneous):
                cuts.setdefault(pos, kind == "while")
    for m in cues.state.finditer(text, start, end):  # the state a happening is told against: undated
        pos = m.start() - (text[m.start() - 1] == "و")
        if (pos > start and text[start:pos].rstrip().endswith(("،", ",")) and not spans.covers(pos)
                and dating.count_starting_in(start, pos)):
            cuts.setdefault(pos, False)
    for m in cues.relative.finditer(text, start, end):
        if not dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
            continue  # no date in reach: nothing to cut off
        if dating.count_starting_in(start, m.start()):  # a date before it: the main clause's, but for a
            if _dated_antecedent(text, start, m, end, dating, cues):
                cuts.setdefault(m.start(), False)  # موجة هبوط 20 يوليو | التي نزلت به ... في 24 من الشهر نفسه
                continue
            reacted_to = _object_after_own_date(text, start, m, end, spans, dating, cues)  # reaction's object
            if reacted_to is not None:  # أدان الرئيس مساء أمس | الهجوم الذي وقع الجمعة
                cuts.setdefault(reacted_to, False)
            continue
        head = _antecedent(text, start, m.start(), cues)
        if head is not None and any(0 < head - p <= _AFTER_GAP for p in cuts):
            continue  # بعد حادثة التفجير التي وقعت فيه: the cut at بعد holds it (after_happening)
        if (head is not None and not spans.touching(head, m.start()) and not dating.count_starting_in(start, head)
                and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, head - _PREDICATE_REACH), head, spans, _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and (_tells_apart(text, start, head, m.end(), end, dating, cues)
                     or _resumed_before(text, head, m, end, dating, cues, published))):
            cuts.setdefault(_construct_cut(text, start, head, cues, spans), False)  # أفلت | مطلق النار الذي
            if _witness_apart(text, start, head, m, end, dating, cues):
                _witness_ends(text, m.end(), end, dating, cuts)
            before = _WORD.findall(_fold_window(text, max(start, head - 16), head))
            predicate = (_predicate_start(text, m, end, spans, dating, cues)
                         if before and unjoined(before[-1]) in cues.complementizers else None)
            if predicate is not None:  # أن القطعة التي عثر عليها أمس | تعود إلى الطائرة: the subject's own
                cuts.setdefault(predicate, False)
        elif (head is not None and not spans.touching(head, m.start())
              and (reacted_to := _reacts_to(text, start, head, m, end, spans, dating, cues)) is not None):
            cuts.setdefault(reacted_to, False)  # أدانت المملكة | الجريمة التي نفذها مستوطنون فجر أمس
            again = _reaction_resumed(text, m.end(), end, dating)
            if again is not None:  # …الهجوم الذي وقع أمس، | ودعت إلى ضبط النفس: the reactor again
                cuts.setdefault(again, False)
                if resumed is not None:
                    resumed.add(again)
            if reacted is not None:
                reacted.add(reacted_to)
        elif head is None and _opening_subject(text, start, m.start()) and _tells_apart(
                text, start, start, m.end(), end, dating, cues):  # القطعة التي عثر عليها أمس | تعود إلى…
            predicate = _predicate_start(text, m, end, spans, dating, cues)
            if predicate is not None:
                cuts.setdefault(predicate, False)
        elif (head is None and _witness_apart(text, start, m.start(), m, end, dating, cues)
              and not _a_reaction(text, start, m.start())
              and _content_words(text, max(start, m.start() - _PREDICATE_REACH), m.start(), spans,
                                 _PREDICATE_WORDS) >= _PREDICATE_WORDS):
            cuts.setdefault(m.start(), False)  # في شارع كينغز رود | الذي شهد أعمال الشغب الصيف الماضي
            _witness_ends(text, m.end(), end, dating, cuts)
    if cues.second_told.search(_fold_window(text, start, end)):  # a listed past verb after و (rare)
        for pos in _second_happenings(text, start, end, spans, cuts, cues):
            cuts.setdefault(pos, True)
    for pos in _told_ahead(text, start, end, spans, dating):
        cuts.setdefault(pos, False)
    for pos in _background_after_comma(text, start, end, spans, dating):
        cuts.setdefault(pos, False)
    return cuts


def _background_after_comma(text: str, start: int, end: int, spans: SpanIndex[Timex],
                            dating: SpanIndex[Timex]) -> list[int]:
    """Where in ``text[start:end]`` a comma is followed by و + a background opener (``background_openers``
    of ``lang/ar/event_dates.yaml``: ``وكان``، ``وكانت``، ``ويذكر``…) and the part before it, with no
    date of its own, is told in the present or the future (``وتتضمن الخطة خمسة بنود ستطبق لفترة
    تجريبية، | وكانت الوزارة أقرت في مطلع مارس بأن …``): the dates after the opener are the
    background's (an earlier happening), not the present part's, which keeps none. Not after a
    dated part, nor after a part told in the past (``وصل الوفد، وكان في استقباله أمس الوزير``)."""
    cues = _date_cues()
    found: list[int] = []
    for comma in _COMMA.finditer(text, start, end):
        word = _WORD.search(text, comma.end(), end)
        if word is None or text[comma.end():word.start()].strip():
            continue
        folded = fold(word.group())
        pos = word.start()
        if (not folded.startswith("و") or folded[1:] not in cues.background_openers or spans.covers(pos)
                or dating.count_starting_in(start, pos) or not dating.count_starting_in(pos, end)
                or _content_words(text, start, comma.start(), spans, _PREDICATE_WORDS) < _PREDICATE_WORDS):
            continue
        if predicate_reading(_fold_window(text, start, comma.start())) in ("present", "future"):
            found.append(pos)
    return found


# a word opening with و, which may open a verb in the future (وستعود، وسيلتقي، وسوف)
_AND_AHEAD = kept(r"(?<!\w)وس\w+")


def _told_ahead(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex]) -> list[int]:
    """Where in ``text[start:end]`` a و opens a verb in the future (:func:`timeline.tense.future_verb`:
    ``وستعود``، ``وسيلتقي``، ``وسوف``) after a dated part told in no future (no future verb before
    it): what is told ahead is another happening, and the date before it is not its own (``التي
    خطفت في مارس الماضي | وستعود إلى بلادها``)."""
    found: list[int] = []
    for m in _AND_AHEAD.finditer(text, start, end):
        if spans.covers(m.start()) or not future_verb(fold(m.group())) \
                or text[start:m.start()].rstrip().endswith(tuple(COMMAS)):
            continue  # (after a comma, the comma cuts)
        before = [t for t in dating.starting_in(start, m.start()) if t.end <= m.start()]
        if before and not any(future_verb(w) for w in _WORD.findall(_fold_window(text, start, m.start()))):
            found.append(m.start())
    return found


def _opens_ahead(text: str, pos: int) -> bool:
    """Whether ``pos`` is a و opening a verb in the future (a cut of :func:`_told_ahead`): what it
    tells ahead is undated, and a dated piece after it is another clause."""
    m = _AND_AHEAD.match(text, pos)
    return m is not None and future_verb(fold(m.group()))


def _opens_second(text: str, pos: int) -> bool:
    """Whether ``pos`` is a و opening one of ``second_happening_verbs`` (a cut of
    :func:`_second_happenings`)."""
    verb = _WORD.match(_fold_window(text, pos, pos + 16))
    return verb is not None and verb.group()[0] == "و" and verb.group()[1:] in _date_cues().second_verbs


def _second_happenings(text: str, start: int, end: int, spans: SpanIndex[Timex], cuts: dict[int, bool],
                       cues: _DateCues) -> list[int]:
    """Where in ``text[start:end]`` a و opens a past verb of ``second_happening_verbs``
    (``lang/ar/event_dates.yaml``) telling a second happening: the part before it (from the
    last cut or comma) tells one (not only a toll: ``قتل جندي وأصيب اثنان في الاشتباك…``), and
    the part after it (to the next cut or comma) names one of its own, a happening word (not a
    toll, not the verb, not an adjective of means: ``وقتل مهاجم يرتدي سترة ناسفة``) without the
    article, which would name the one told; the verb is no noun
    of a list (``من قصف وقتل ودمار``: a و after it) (``انفجرت سيارة مفخخة قرب مبنى البلدية | وقتل ثلاثة جنود في بلدة حدودية إثر هجوم``;
    not ``وقتل 12 شخصا في الانفجار``, nor ``وقتل 12 وأصيب 30``). The part after shares the
    day of the part before. Read only where ``second_told`` finds such a verb in the sentence."""
    lexicon, clitics = load_triggers(), clitic_prefixes()
    conjunctions, prepositions = "".join(clitics.conjunctions), "".join(clitics.prepositions)
    found: list[int] = []
    folded = _fold_window(text, start, end)
    if len(folded) == end - start:  # nothing deleted by folding: its offsets are the text's
        openings = [start + m.start() for m in cues.second_told.finditer(folded)]
    else:  # (marks deleted: وقُتل) each و before a letter they start with, read folded
        openings = [m.start() for m in cues.second_waw.finditer(text, start, end) if _opens_second(text, m.start())]
    for pos in openings:  # a listed verb after و: و is the conjunction, وقتل is no وقت
        if spans.covers(pos):
            continue
        previous = _WORD.findall(_fold_window(text, max(0, pos - 12), pos))
        if previous and previous[-1] in relative_pronouns():
            continue
        upto = min([c for c in cuts if c > pos] + [end])
        comma = _COMMA.search(text, pos, upto)
        words = _WORD.findall(_fold_window(text, pos, comma.start() if comma else upto))
        if len(words) < 2 or words[1].startswith("و"):
            continue
        before = max([c for c in [*cuts, *found] if c < pos] + [start])
        opening = text[before:pos].rstrip().rstrip(COMMAS)
        commas = list(_COMMA.finditer(opening))
        told = lexicon.happening(_fold_window(text, before + commas[-1].end() if commas else before, pos))
        if told is None or told in lexicon.tolls:
            continue
        for word in words[1:]:
            found_class = lexicon.word_class(word)
            if found_class is None or found_class in lexicon.tolls:
                continue
            bare = unjoined(unjoined(word, conjunctions), prepositions)
            means = bare in cues.means_adjectives or bare.removesuffix("ا") in cues.means_adjectives  # ناسفا
            if not bare.startswith((clitics.article, clitics.lam_article)) and not means:
                found.append(pos)
                break
    return found


def _opening_subject(text: str, start: int, pronoun: int) -> bool:
    """Whether the words from ``start`` to the relative pronoun at ``pronoun`` are a noun phrase opening
    the sentence, its subject: at most :data:`_ANTECEDENT_WORDS` words, definite but the first, which may
    end in ة (``قطعة الحطام التي``، ``والمهرجان الذي``; not ``وقالت الهيئة التي``)."""
    if pronoun - start > _RELATIVE_REACH:  # far more than four words: a quick no
        return False
    words = [fold(w) for w in _WORD.findall(text, start, pronoun)]
    if not words or len(words) > _ANTECEDENT_WORDS or not all(map(_DEFINITE_WORD.match, words[1:])):
        return False
    return bool(_DEFINITE_WORD.match(words[0])) or (len(words) > 1 and unjoined(words[0]).endswith("ه"))


# how many words after the date of a subject's relative clause may come before its predicate
_PREDICATE_SCAN = 8
# how many words after a preposition it governs (في محافظة ينبع: the object and its genitive)
_HELD_WORDS = 2
# a preposition glued to an indefinite noun (بمسجد، لمدينة; folded)
_GLUED = kept(r"^" + _CONJ + r"?" + _PREP + r"(?!ال)\w{3,}")


def _predicate_start(text: str, pronoun: re.Match[str], end: int, spans: SpanIndex[Timex],
                     dating: SpanIndex[Timex], cues: _DateCues) -> int | None:
    """Where the predicate starts of the subject whose relative clause (pronoun ``pronoun``) holds a date
    of its own (``أعلن أن القطعة التي عثر عليها الأسبوع الماضي في المحيط | تعود إلى الطائرة``): the first word within
    :data:`_PREDICATE_SCAN` words after the clause's date that is a verb in the present agreeing with the
    pronoun (``present_prefixes``; not a plural in ـات, ``التي أطلقت أمس تهديدات``) or one of
    ``predicate_openers`` (``هو``، ``كان``), not one a preposition
    or ``held_prepositions`` governs (``قرب مدينة تكريت``، ``وما كان يجري فيها``), glued to و or ف
    (``وتعرف باسم…``: the relative clause goes on) or after a comma's first word; None when there is none,
    or another relative pronoun or a complementizer first."""
    dated = dating.starting_in(pronoun.end(), min(end, pronoun.end() + _RELATIVE_REACH))
    if not dated:
        return None
    prefix = cues.present_prefixes.get(fold(pronoun.group()).lstrip("و"))
    shape = re.compile(rf"س?{prefix}\w{{3,}}(?<![اه])(?<!ات)") if prefix else None  # not a plural: تهديدات
    held, last, seen = 0, dated[0].end, 0
    for w in _WORD.finditer(text, dated[0].end, end):
        if spans.covers(w.start()):
            last = w.end()
            continue
        comma = _COMMA.search(text, last, w.start()) is not None
        word = fold(w.group())
        if word in relative_pronouns() or unjoined(word) in cues.complementizers or seen >= _PREDICATE_SCAN:
            return None  # (… أعطت نتائج غير أنها تبقى: a predicate in the past was missed)
        if comma:
            held = 0
        if not held and w.group()[0] not in clitic_prefixes().conjunctions and (
                word in cues.predicate_openers or (shape is not None and shape.fullmatch(word))):
            at = w.start()
            while at > last and text[at - 1] in "\"«“([":  # "يتسق…": its opening quote with it
                at -= 1
            return at
        if comma and word not in cues.function_words:  # … العام الجاري، بدأ يتأثر: the word after a comma opens
            return None  # the predicate, or none is found (not …، في مقاطعة خان آباد، هم مدنيون)
        seen, last = seen + 1, w.end()
        held = (_HELD_WORDS if word in cues.function_words or cues.held_prepositions.intersection((word, word[1:]))
                else 0 if _DEFINITE_WORD.match(word)  # في المدينة |: a definite noun ends it
                else 1 if _GLUED.match(word) else max(0, held - 1))  # بمسجد تابع: its adjective
    return None


def _relative_head(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex]) -> int | None:
    """Where the piece ``text[start:end]``, cut off its sentence at its own date, is cut again: at the
    antecedent of a relative clause holding its only dates when that clause tells a happening of its
    own (:func:`_tells_apart`), as :func:`_happening_cuts` does for a sentence with no date before the
    pronoun (``وسيبدأ الأربعاء تحليل القطعة | وكذلك بقايا حقيبة عثر عليها … لطائرة الركاب التي فقدت في
    8 آذار 2014``: the date is the loss's, not the find's); None when no such clause, or when what comes
    before the pronoun is a reaction (``أعرب خلاله عن إدانته التفجير الذي استهدف أمس المسجد``: dated by
    what it reacts to)."""
    cues = _date_cues()
    for m in cues.relative.finditer(text, start, end):
        if dating.count_starting_in(start, m.start()):
            return None
        if not dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
            continue
        head = _antecedent(text, start, m.start(), cues)
        if (head is not None and not spans.touching(head, m.start()) and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, head - _PREDICATE_REACH), head, spans, _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and _tells_apart(text, start, head, m.end(), end, dating, cues)):
            return head
        return None
    return None


def _dated_apart(text: str, start: int, end: int, s_start: int, s_end: int, spans: SpanIndex[Timex],
                 dating: SpanIndex[Timex], published: dt.datetime | None = None) -> int | None:
    """Where the piece ``text[start:end]`` (of the sentence ``text[s_start:s_end]``), dated before a
    relative clause or an "after" phrase (``after_happening``، ``subordinate_clauses`` of
    ``lang/ar/event_dates.yaml``) that holds a date of its own, is cut: at the relative clause's
    antecedent (:func:`_antecedent`) or at the "after", when what follows tells a happening apart from
    the main clause's (:func:`_tells_apart`, :func:`_names_apart`; for an "after" or "before" phrase, also
    one governing a noun of its own, :func:`_governs_a_noun`), the main clause is no reaction and
    the uncut piece would be dated by both (:func:`_dating`: a date it drops, a relative clause's beside
    a since or a projection, stays dropped). Each part keeps its own date (``يتوجه الوزير الاثنين إلى
    العاصمة لبحث المخاوف الناجمة عن | الاتفاق الذي وقعته الحكومة في 20 مايو``; ``ويأتي الاجتماع اليوم |
    بعد توصل الطرفين إلى تفاهم أمس``), where the piece would give two events with the same words. Not
    an antecedent among the four words after a complementizer (``أعلن اليوم أن الاتفاق الذي وقع أمس
    يدخل…``: the subject of what is said, its predicate after it), nor an "after" one or two words
    before its date (:func:`_of_a_happening_before`: that date dates nothing). Given the ``published``
    date, a year naming an edition (:func:`_names_an_edition`: ``فازت المدينة بحق تنظيم الألعاب الشتوية
    2026 بعد تفوقها … أمس``) dates neither part, so it cuts nothing. None when nothing is cut."""
    if dating.count_starting_in(start, end) < 2:
        return None
    cues = _date_cues()
    first = dating.starting_in(start, end)[0]

    def both_date(at: int) -> bool:  # the uncut piece keeps a date before ``at`` and the first after it
        held = _dating(text, Clause(start, end, text[start:end], 0, s_start, s_end),
                       _no_edition_years(text, start, end, s_start, s_end, dating, published))
        after = dating.starting_in(at, end)
        return bool(after) and after[0] in held and any(t.end <= at for t in held)

    for m in cues.relative.finditer(text, first.end, end):
        if not dating.count_starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH)):
            continue
        before = max(t.end for t in dating.touching(start, m.start()))  # the main clause's last date
        head = _antecedent(text, before, m.start(), cues)
        near = _WORD.findall(_fold_window(text, max(start, (head or m.start()) - 48), head or m.start()))[-4:]
        if (head is not None and not spans.touching(head, m.start())
                and not cues.complementizers.intersection(map(unjoined, near))
                and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, head - _PREDICATE_REACH), head, spans, _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and ((_tells_apart(text, start, head, m.end(), end, dating, cues)
                      or _names_apart(text, start, head, m, end, dating, cues)) and both_date(m.end())
                     or (_resumed_apart(text, m, end, dating, cues)
                         or _witness_apart(text, start, head, m, end, dating, cues))
                     and _each_dated(text, start, head, m.end(), end, s_start, s_end, dating, published))):
            return head
        if (head is None and (_witness_apart(text, start, m.start(), m, end, dating, cues)
                              or _WORD.search(text, before, m.start()) is not None
                              and _named_apart(text, start, m, end, dating, cues) and both_date(m.end()))
                and not cues.complementizers.intersection(map(unjoined, near))
                and not _a_reaction(text, start, m.start())
                and _content_words(text, max(start, m.start() - _PREDICATE_REACH), m.start(), spans,
                                   _PREDICATE_WORDS) >= _PREDICATE_WORDS
                and _each_dated(text, start, m.start(), m.end(), end, s_start, s_end, dating, published)):
            return m.start()  # في بغداد | التي شهدت الأربعاء الماضي أكبر مظاهرة: a name, no antecedent found
        break
    for m in cues.background_after.finditer(text, first.end, end):
        if spans.covers(m.start()) or spans.covers(m.end()):
            continue
        dated = dating.starting_in(m.end(), min(end, m.end() + _RELATIVE_REACH))
        if not dated:
            continue
        words = _WORD.findall(text, m.end(), dated[0].start)
        if (len(words) > 2 and not _COMMA.search(text, m.end(), dated[0].start)
                and not cues.relative.search(text, m.end(), dated[0].start)
                and not _a_reaction(text, start, m.start())
                and (_tells_apart(text, start, m.start(), m.end(), end, dating, cues, relative=False)
                     or _governs_a_noun(text, start, m, words, dating, cues))
                and both_date(m.end())):
            return m.start()
        break
    return None


def _governs_a_noun(text: str, start: int, after: re.Match[str], words: list[str], dating: SpanIndex[Timex],
                    cues: _DateCues) -> bool:
    """Whether the "after" or "before" at ``after`` (``after_happening``, ``before_happening`` of
    ``lang/ar/event_dates.yaml``: بعد، عقب، قبل; not a ``subordinate_clauses`` one, بعد أن) governs a
    noun of its own, ``words`` being the words from it to its date: a verbal noun or a happening's
    (``بعد هبوطه أكثر من 1% يوم الخميس``، ``قبل السفر إلى باريس أمس الأول``), not a demonstrative or
    another function word (``بعد ذلك``) nor a number, with no verb between it and its date (``بعد إعلان
    النتائج يقضي بإعادة التداول اليوم``: the date is the decision's content, :func:`_opening_verb`).
    Beside the predicate's own date such a phrase
    tells another happening at its own time, whatever its words; but not when a complementizer
    stands between the last date before it and it (``يتوقع أن ينتهي المشروع نهاية عام 2020 على أن يتم
    التشغيل بعد إجراء الاختبارات في عام 2022``: the phrase belongs to what is said or planned)."""
    cue = fold(after.group()).split()[-1]
    first = fold(words[0]) if words else ""
    if cue not in cues.after_nouns or first.isdigit() or first in cues.function_words \
            or unjoined(first) in cues.function_words:
        return False
    if _opening_verb([fold(w) for w in words[1:]], cues) is not None:
        return False  # a verb between the noun and the date: the date is that verb's (يقضي بإعادة التداول اليوم)
    last = max((t.end for t in dating.touching(start, after.start()) if t.end <= after.start()), default=start)
    between = [unjoined(w) for w in _WORD.findall(_fold_window(text, last, after.start()))]
    return cues.complementizers.isdisjoint(between)


_PLAN_WORDS = 5  # words a plan's verb may stand before its date (يستكملها الاثنين، على أن يعقد الطرفان اجتماعاً الأحد)
_DUAL_PRONOUN = kept(r"الل\w+(?:ان|ين)")  # a relative pronoun in the dual (اللتين): two antecedents, or a pair
_PLAN_NOUNS = 2  # indefinite words before a verb that opens a relative clause without a pronoun (جولة إقليمية يستكملها)


def _named_apart(text: str, start: int, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex],
                 cues: _DateCues) -> bool:
    """Whether the relative clause at ``pronoun``, after a name (no definite antecedent found:
    ``سراح الرهينة ايزابيل بريم التي كانت خطفت في فبراير``), tells a happening of its own by a
    happening word (:func:`_tells_apart`): it is cut off at the pronoun. (Not asked right after a
    date: ``لمعرض العام الحالي الذي سيتم تنظيمه بعد شهرين`` names the edition.)"""
    return _tells_apart(text, start, pronoun.start(), pronoun.end(), end, dating, cues)


def _plan_apart(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                published: dt.datetime | None) -> int | None:
    """Where the piece ``text[start:end]`` is cut before a plan it tells with a date of its own,
    after a past predicate: a date from the publication day on, a verb in the present
    or the future at most :data:`_PLAN_WORDS` words before it (no comma, no other date between),
    opening a relative clause (after a relative pronoun: cut at its antecedent, :func:`_antecedent`;
    after an indefinite noun, the verb holding its pronoun: ``جولة إقليمية يستكملها الاثنين``, cut
    at the noun) or after a word of ``plan_openers`` (``على أن يعقد الطرفان اجتماعاً الأحد``: cut
    there). What comes before the cut opens with a perfect verb, its first verb (:func:`_opens_perfect`; :func:`timeline.tense.perfect_verb`:
    أكد، أعلنت; ``plan_frames`` and ``speech_verbs``: اتفق، صرح) among its first words (no future cue there), and holds no date of the plan's day or after:
    told today of a plan, it is no report of that day (``أكد الوزير في ختام زيارته … | جولة
    يستكملها الاثنين``), and it keeps only a date of its own. Not a plan among the four words after a
    complementizer (``أوضح أن الاجتماع الذي يرأسه الأمير الأسبوع المقبل سيستعرض…``: what is said is the
    plan, the saying's clause reports it); and only when the past predicate keeps a date of its own or
    tells a happening (``lang/ar/triggers.yaml``) of another group than the plan's, no reaction: a
    saying of the plan alone (``كشف المدير ملامح خطة المهرجان الذي ينطلق غداً``) is its report, and its
    words are what the merge meets other reports by. None when nothing is cut."""
    if published is None:
        return None
    cues = _date_cues()
    shapes = load_shapes()
    day = _naive(published).replace(hour=0, minute=0, second=0, microsecond=0)
    for t in dating.starting_in(start, end):
        if t.interval is None or _naive(t.interval[0]) < day:
            continue  # begun before the publication day (ليل أمس): no plan still to come
        words = list(_WORD.finditer(text, max(start, t.start - _RELATIVE_REACH), t.start))[-_PLAN_WORDS:]
        cut = None
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if _COMMA.search(text, w.end(), t.start) or dating.count_starting_in(w.end(), t.start) \
                    or spans.covers(w.start()):
                break
            folded = fold(w.group())
            bare = unjoined(folded) if folded else folded
            if not bare or bare.startswith("ال") or bare in cues.function_words or w.group().endswith("ة") \
                    or bare in place_adjectives() or not (
                        shapes.plan_verb(bare) and not perfect_verb(bare) or future_verb(folded)):
                continue  # (not a perfect in ت, تراجعت; nor a noun or a place's adjective, يمنية)
            cut = _plan_opening(text, start, w.start(), bare, cues)
            break
        if cut is None or cut <= start:
            continue
        near = _WORD.findall(_fold_window(text, max(start, cut - 48), cut))[-4:]
        if cues.complementizers.intersection(map(unjoined, near)):
            return None  # أوضح أن الاجتماع الذي يرأسه الأمير الأسبوع المقبل سيستعرض…: what is said is the plan
        opening = [w for w in _WORD.findall(_fold_window(text, start, cut)) if w][:_OPENING_VERB_WORDS]
        own = dating.starting_in(start, cut)
        if not _opens_perfect(opening, cues) or any(future_verb(w) for w in opening) \
                or any(d.interval is not None and _naive(d.interval[1]) > _naive(t.interval[0]) for d in own):
            return None
        # the past predicate keeps a date of its own, or tells a happening of its own, apart from the
        # plan's (not a reaction: dated by what it reacts to); a bare saying of the plan is its report
        lexicon = load_triggers()
        main = lexicon.happening(_fold_window(text, start, cut))
        plan = lexicon.happening(_fold_window(text, cut, t.end))
        if own or main is not None and not lexicon.is_reaction(main) and (
                plan is None or lexicon.group(main) != lexicon.group(plan)):
            return cut
        return None
    return None


_NOUN_REACH = 12  # characters before an "after" word where the preposition making it a noun stands


def _present_apart(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                   published: dt.datetime | None) -> int | None:
    """Where the piece ``text[start:end]`` is cut at an "after" phrase (``after_happening`` of
    ``lang/ar/event_dates.yaml``) governing a noun of its own
    (:func:`_governs_a_noun`) that holds every date of the piece, when the predicate before it is told in
    the present or the future (:func:`timeline.tense._reading`: ``يعاني الاقتصاد من تدهور | عقب سيطرة
    الجماعة على السلطة في سبتمبر 2014``، ``ويخوض الفريق المسابقة باحثا عن لقبه | بعد تتويجه العام
    الماضي``، ``سيغيب اللاعب | بعد إصابته في يوليو``) and the phrase's date ended before the publication
    day: a state now, or a plan, after a happening gone by — the date is that happening's, the predicate
    keeps none. With :data:`_PREDICATE_WORDS` content words before the phrase, no comma or relative
    pronoun between it and its date, no reaction (dated by what it reacts to). Not a predicate in the
    perfect (``توج الفريق باللقب إثر فوزه أمس``: the same day, most often) nor one read as none. None
    when nothing is cut."""
    if published is None:
        return None
    dates = dating.starting_in(start, end)
    if not dates:
        return None
    cues = _date_cues()
    day = _naive(published).replace(hour=0, minute=0, second=0, microsecond=0)
    first = dates[0]
    for m in cues.background_after.finditer(text, start, first.start):
        if spans.covers(m.start()) or spans.covers(m.end()) or first.start - m.end() > _RELATIVE_REACH \
                or fold(m.group()).split()[-1] in cues.before_nouns:
            continue  # (not "before": يليها شركة محققة أرباحا قبل الزكاة … بنهاية النصف الأول، a figure's term)
        before = _WORD.findall(text, max(start, m.start() - _NOUN_REACH), m.start())
        if before and (fold(before[-1]), fold(m.group()).split()[-1]) in cues.after_as_noun:
            continue  # the noun (ويعمل الموظفون عن بعد | عقب إغلاق المكاتب في يوليو: cut at عقب)
        words = _WORD.findall(text, m.end(), first.start)
        if (not words or _COMMA.search(text, m.end(), first.start) or cues.relative.search(text, m.end(), first.start)
                or dating.count_starting_in(m.end(), first.start)):
            continue
        if (any(t.interval is None or _naive(t.interval[1]) > day for t in dates)
                or _content_words(text, start, m.start(), spans, _PREDICATE_WORDS) < _PREDICATE_WORDS
                or _a_reaction(text, start, m.start()) or not _governs_a_noun(text, start, m, words, dating, cues)):
            return None
        reading = predicate_reading(_fold_window(text, start, m.start()))
        return m.start() if reading in ("present", "future") else None
    return None


_OPENING_VERB_WORDS = 4  # the first words of a clause where its past predicate stands (وقد أكد الوزير…)


def _opening_verb(opening: list[str], cues: _DateCues) -> str | None:
    """The kind of the first verb among a clause's first words (folded): ``"perfect"``
    (:func:`timeline.tense.perfect_verb`, ``plan_frames``, ``speech_verbs``) or ``"present"``; None
    without one. A noun passed over by :func:`timeline.verbs.nearest_first` (``الوقت``) is none,
    though it ends like ``أعلنت``."""
    shapes, past = load_shapes(), load_lexicon().later_past_words
    for _, _, bare, passed in reversed(list(nearest_first(opening))):
        if bare in past or bare in cues.plan_frames or bare in cues.speech_verbs:
            return "perfect"
        if passed:
            continue
        if shapes.perfect(bare):
            return "perfect"
        if shapes.is_present(bare, noun_endings=True):
            return "present"
    return None


def _opens_perfect(opening: list[str], cues: _DateCues) -> bool:
    """Whether the first verb among a clause's first words is a perfect (:func:`_opening_verb`): a
    present verb before it makes the predicate present (``يزور الرئيس بيروت``)."""
    return _opening_verb(opening, cues) == "perfect"


def _plan_opening(text: str, start: int, verb: int, bare: str, cues: _DateCues) -> int | None:
    """Where the plan whose verb (``bare``, folded, without و/ف) starts at ``verb`` opens: at the
    antecedent of a relative pronoun right before it, at a word of ``plan_openers`` right before it,
    or, the verb holding its antecedent's pronoun (:meth:`timeline.verbs.Shapes.holds_pronoun`), at the indefinite words
    right before it (at most :data:`_PLAN_NOUNS`); None when none."""
    before = list(_WORD.finditer(text, max(start, verb - 48), verb))
    if not before:
        return None
    last = fold(before[-1].group())
    if last in relative_pronouns():  # not a dual's, nor one after و (والتي، والذين): it may go back further
        return None if _DUAL_PRONOUN.fullmatch(last) else _antecedent(text, start, before[-1].start(), cues)
    if last[1:] in relative_pronouns() and last[0] == "و":
        return None
    folded = tuple(fold(w.group()) for w in before)
    for opener in cues.plan_openers:
        if folded[-len(opener):] == opener:
            return before[-len(opener)].start()
    if not load_shapes().holds_pronoun(bare):
        return None
    head = None
    for w in reversed(before[-_PLAN_NOUNS:]):
        word = fold(w.group())
        if _DEFINITE_WORD.match(word) or word in cues.function_words or unjoined(word) in cues.function_words \
                or word[1:] in cues.function_words and word[0] in clitic_prefixes().conjunctions or _DIGIT.search(word) or len(word) < 3 \
                or text[w.end():head if head is not None else verb].strip():
            break
        head = w.start()
    return head


def _names_apart(text: str, start: int, head: int, pronoun: re.Match[str], end: int,
                 dating: SpanIndex[Timex], cues: _DateCues) -> bool:
    """Whether the antecedent ``text[head:pronoun]`` names a happening (``lang/ar/triggers.yaml``) of
    another group than the main clause ``text[start:head]``, no reaction, and its relative clause holds
    a date (:func:`_told_before_date`) and opens with a verb, not a pronoun or a preposition (``الاتفاق
    الذي وقعته الحكومة في 20 مايو``: the agreement's day): read only beside a date of the main clause."""
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    if not told or told[0] in cues.function_words or _DEFINITE_WORD.match(told[0]):
        return False
    lexicon = load_triggers()
    named = lexicon.happening(_fold_window(text, head, pronoun.start()))
    main = lexicon.happening(_fold_window(text, start, head))
    return named is not None and not lexicon.is_reaction(named) and (
        main is None or not (lexicon.is_reaction(main) or lexicon.group(main) == lexicon.group(named)))


_TRILITERAL = 3  # letters of a masculine perfect of the simple verb, which has no shape of its own (وصل، زار)


@functools.lru_cache(maxsize=None)
def _present_letters(code: str = "ar") -> tuple[str, ...]:
    """The letters a verb in the present opens with (``verb_shapes`` of ``lang/<code>/relative.yaml``:
    ``present``, ``present_opening``), folded: a word of three letters opening with one is no
    masculine perfect (تصفه، يعده)."""
    shapes = load_language_yaml(code, "relative.yaml")["verb_shapes"]
    return tuple(fold(str(x)) for key in ("present", "present_opening") for x in shapes[key]["first"])


def _resumed_apart(text: str, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex], cues: _DateCues) -> bool:
    """Whether the relative clause opening at ``pronoun`` opens with a perfect verb (after
    ``auxiliaries``) holding its antecedent's pronoun, or followed by a preposition holding it
    (``resumptive_pronouns``, ``resumptive_prepositions`` of ``lang/ar/event_dates.yaml``: التي →
    وصلها، وصل إليها; الذي → أقرته), and holds a date (:func:`_told_before_date`): an act done to the
    antecedent at its own time (``في الدوحة التي وصلها مساء الأحد``), whatever its verb; read only beside
    a date of the main clause. The verb is a perfect of ``later.past_words``, by its ending or form
    (:func:`timeline.tense.perfect_verb`: أقرته، افتتحه) or of three letters; not a preposition or
    ``resumptive_adverbs`` holding the pronoun (``التي عليها``، ``الذي لديه``: a clause of no verb)."""
    verb = _resumed_verb(text, pronoun, end, dating, cues)
    return bool(verb) and (perfect_verb(verb) or load_shapes().perfect(verb, derived=True)
                           or len(verb) == _TRILITERAL and not verb.startswith(_present_letters()))


def _resumed_verb(text: str, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex], cues: _DateCues) -> str | None:
    """The first word (folded, after ``auxiliaries``, its pronoun taken off) of the relative clause
    opening at ``pronoun`` that holds a date (:func:`_told_before_date`), when it holds its
    antecedent's pronoun or a preposition right after it does (``resumptive_pronouns``,
    ``resumptive_prepositions``: وصلها، تقدم به); None when not, or when it is a preposition or one of
    ``resumptive_adverbs`` (``التي عليها``، ``الذي لديه``: a clause of no verb)."""
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    k = next((i for i, w in enumerate(told or ()) if w not in cues.auxiliaries), None)
    ending = cues.resumptive.get(fold(pronoun.group()).removeprefix("و"))
    if k is None or told is None or ending is None:
        return None
    verb = told[k]
    if verb in cues.resumptive_prepositions or verb in cues.resumptive_adverbs:
        return None  # التي عليها، الذي لديه: a clause of no verb
    if verb.endswith(ending):
        return verb[:-len(ending)] or None
    if k + 1 < len(told) and told[k + 1] in cues.resumptive_prepositions and told[k + 1].endswith(ending):
        return verb
    return None


_BRACKET = kept(r"[()\[\]]")  # a bracket, opening or closing


def _resumed_before(text: str, head: int, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex],
                    cues: _DateCues, published: dt.datetime | None) -> bool:
    """Whether the relative clause at ``pronoun`` (its antecedent at ``head``), holding its sentence's
    only date, tells an act done to its antecedent (:func:`_resumed_verb`, whatever its tense: ``القرار
    الذي تقدم به``، ``الاتفاق الذي توصلت إليه إيران``، ``خارطة الطريق التي وقعتها الوكالة``) at a date
    ended before the day before the publication: a thing's making told of a report's act on it (``وقع النواب القرار الذي
    تقدم به في يوليو الماضي``: the signing is not in July), which does not take its date. Not a date of
    the publication's day or the day before (``حضر الحفل الذي أقامته السفارة أمس``: the host act is
    mostly the same day), nor after one of ``verb_occasions`` (``شارك في المؤتمر الذي عقدته الجامعة
    الأحد``: held at it), nor past a number, a bracket, a complementizer or a second verb after و holding
    the pronoun between the pronoun and the date: the relative clause may end before them and the date
    be the host's (``وجنى الفيلم الذي أنتجته الشركة 20 مليون دولار يوم الجمعة``)."""
    verb = _resumed_verb(text, pronoun, end, dating, cues) if published is not None else None
    if published is None or verb is None or len(verb) < _TRILITERAL or _DIGIT.search(verb) \
            or _DEFINITE_WORD.match(verb) or verb in cues.function_words:
        return False
    before = _WORD.findall(_fold_window(text, max(0, head - 16), head))
    if before and unjoined(before[-1]) in cues.verb_occasions:
        return False
    dated = dating.starting_in(pronoun.end(), end)
    if not dated or _DIGIT.search(text, pronoun.end(), dated[0].start) \
            or _BRACKET.search(text, pronoun.end(), dated[0].start):
        return False  # … التي تلقتها الصين 8 في المائة في النصف الأول، (متوسط … الذين تنجبهم المرأة) من 7.3 إلى 2.3
        # في 2011: what follows the number or the bracket is the host's, and so is the date
    ending = cues.resumptive.get(fold(pronoun.group()).removeprefix("و"), "")
    told = _WORD.findall(_fold_window(text, pronoun.end(), dated[0].start))
    if cues.complementizers.intersection(map(unjoined, told)) \
            or any(w.startswith("و") and w.endswith(ending) for w in told[1:]):
        return False  # الذي تصفه أنقرة بأنه منظمة إرهابية تمرده عام 1984، التي دربتها الولايات المتحدة ونشرتها
        # في شمال سوريا للنيران يوم الجمعة: a long relative clause, the host's words may follow it
    eve = _naive(published).replace(hour=0, minute=0, second=0, microsecond=0) - dt.timedelta(days=1)
    return dated[0].interval is not None and _naive(dated[0].interval[1]) <= eve


def _no_edition_years(text: str, start: int, end: int, s_start: int, s_end: int, dating: SpanIndex[Timex],
                      published: dt.datetime | None) -> list[Timex]:
    """The dates of ``text[start:end]`` but, given the ``published`` date, a year naming an edition
    (:func:`_names_an_edition`: ``كأس العالم 2022``), which the dating drops and so cuts no clause."""
    own = dating.starting_in(start, end)
    if published is None:
        return own
    clause, cues = Clause(start, end, text[start:end], 0, s_start, s_end), _date_cues()
    return [t for t in own if not _names_an_edition(text, clause, t, cues, published)]


def _each_dated(text: str, start: int, cut: int, at: int, end: int, s_start: int, s_end: int,
                dating: SpanIndex[Timex], published: dt.datetime | None = None) -> bool:
    """Whether, cut at ``cut``, the piece ``text[start:cut]`` keeps a date of its own and the piece
    ``text[cut:end]`` keeps the first date after ``at`` (:func:`_dating`): a relative clause's date
    the uncut piece drops beside the main clause's (:func:`_secondary`) dates its own piece."""
    def dated(a: int, b: int) -> list[Timex]:
        return _dating(text, Clause(a, b, text[a:b], 0, s_start, s_end),
                       _no_edition_years(text, a, b, s_start, s_end, dating, published))
    after = dating.starting_in(at, end)
    return bool(after) and bool(dated(start, cut)) and after[0] in dated(cut, end)


_AND_AFTER_COMMA = kept(marks(COMMAS) + r"\s*و(?=\w)")  # a comma and a و opening the next clause


def _reacts_to(text: str, start: int, head: int, pronoun: re.Match[str], end: int, spans: SpanIndex[Timex],
               dating: SpanIndex[Timex], cues: _DateCues) -> int | None:
    """Where the object of a reaction starts when the relative clause opening at ``pronoun`` (its
    antecedent taken from ``head``, :func:`_antecedent`) holds the date of what the reaction reacts to,
    not the reaction's; else None. What comes before the object tells a reaction
    (``lang/ar/triggers.yaml``: ``أدانت المملكة``، ``أعرب عن إدانته``، ``رحبت الجامعة``) in
    :data:`_PREDICATE_WORDS` content words or more, and the relative clause holds the sentence's date
    (:func:`_told_before_date`: before a comma, no date after it in the sentence up to a comma and a و
    opening the next clause, no since: ``أدانت الحكومة الهجوم الذي استهدف السوق، أمس`` may be the
    condemnation's day; ``…، وأكدت في تصريح له أمس`` is another clause's). The object starts at the
    first happening word of the antecedent (``أدانت البرلمان العربي | التفجير الإرهابي الذي``: the
    reaction's actor may end in definite words too; ``استنكر الأزهر بشدة | الهجوم الذي``), else at its
    first word with the predicate's words before it (``أدانت الحكومة | الهجوم الذي``). What the
    relative clause tells is dated by it
    (``الجريمة التي نفذها مستوطنون فجر أمس``: the crime at dawn); the reaction, told later, keeps the
    date of its own predicate: none here (:func:`_reaction_window`)."""
    lexicon = load_triggers()
    words = list(_WORD.finditer(text, head, pronoun.start()))
    told = next((k for k, w in enumerate(words) if (kind := lexicon.happening(fold(w.group()))) is not None
                 and not lexicon.is_reaction(kind)), None)
    starts = [w.start() for w in words] if told is None else [words[told].start()]
    at = next((p for p in starts if _content_words(text, max(start, p - _PREDICATE_REACH), p, spans,
                                                   _PREDICATE_WORDS) >= _PREDICATE_WORDS), None)
    joined = _AND_AFTER_COMMA.search(text, pronoun.end(), end)  # …، وأكدت في تصريح له أمس: another clause's
    bound = joined.start() if joined else end
    vehicle = _vehicle_after(text, pronoun.end(), bound, cues)  # …، في بيان أصدرته مساء أمس: the reaction's
    if at is None or _told_before_date(text, pronoun.end(), bound if vehicle is None else vehicle.start(), dating,
                                       cues, nested=True) is None:
        return None
    main = lexicon.happening(_fold_window(text, start, at))
    return at if main is not None and lexicon.is_reaction(main) else None


def _reaction_resumed(text: str, at: int, end: int, dating: SpanIndex[Timex]) -> int | None:
    """Where the reactor's next act opens after a reaction's object (its relative clause opening at
    ``at``, :func:`_reacts_to`): its first comma and a و (:data:`_AND_AFTER_COMMA`) before a perfect verb
    (:func:`timeline.tense.perfect_verb`) whose words, up to the next comma or stop, tell a reaction
    again and hold no date (``الهجوم الذي وقع أمس، | ودعت إلى ضبط النفس``: the call is the reactor's,
    not the attack's; ``، وأسفر عن مقتل`` goes on telling the attack); else None."""
    joined = _AND_AFTER_COMMA.search(text, at, end)
    comma = _COMMA.search(text, at, end)
    if joined is None or comma is None or comma.start() != joined.start():
        return None  # (only at the relative clause's own comma: …، في بيان أصدرته مساء أمس، ودعت: the statement's)
    pos = joined.end() - 1  # the و
    stop = _TAIL_END.search(text, pos, end)
    upto = stop.start() if stop else end
    first = _WORD.match(_fold_window(text, pos, upto))
    lexicon = load_triggers()
    bare = unjoined(first.group()) if first is not None else ""
    if first is None or dating.count_starting_in(pos, upto):
        return None
    if _reaction_perfect(bare, lexicon):  # ، وطالب بفتح تحقيق: the verb tells the reaction itself
        return pos
    return pos if perfect_verb(bare) and lexicon.is_reaction(lexicon.happening(_fold_window(text, pos, upto))) \
        else None


def _reaction_perfect(bare: str, lexicon: TriggerLexicon) -> bool:
    """Whether a folded word, its و dropped, is a masculine perfect of a reaction (``طالب``،
    ``دعا``، ``أدان``، ``استنكر``), which :func:`timeline.tense.perfect_verb` reads by no ending: the
    trigger lexicon lists another of its perfect persons (:func:`timeline.leads.perfect_forms`) whole
    as a reaction (``طالبت``، ``دعت``، ``حثت``); or it reads the word as a reaction and either lists
    its present whole (:func:`timeline.happenings.verb_forms`: ``يستنكر``، ``يندد``) or the word has
    the perfect shape افعل/افتعل (``أدان``، ``أشاد``; :meth:`timeline.verbs.Shapes.perfect`). Not a
    noun of a reaction (``تعازي``، ``ترحيب``: neither)."""
    persons = perfect_persons(bare)
    if any(lexicon.is_reaction(lexicon.exact.get(form)) and load_shapes().perfect(form) for form in persons - {bare}):
        return True
    cls = lexicon.happening(bare)
    return lexicon.is_reaction(cls) and (load_shapes().perfect(bare, derived=True) or any(
        lexicon.exact.get(form) == cls for form in verb_forms(bare) - persons))


def _vehicle_after(text: str, at: int, end: int, cues: _DateCues) -> re.Match[str] | None:
    """The first comma after ``at`` (before ``end``) when the phrase after it, up to the next comma
    or stop, names the occasion of a telling (``telling_venues`` of ``lang/ar/event_dates.yaml``: ``،
    في بيان أصدرته مساء أمس``، ``، في اتصال``... :func:`_names_a_venue`) or opens with a speech verb
    (``speech_verbs``: ``، قالت الوزارة أمس``), not with و (another clause): after a reaction's object,
    that is the reaction's own vehicle, and a date in it the reaction's (:func:`_reacts_to`,
    :func:`_reaction_window`); else None."""
    comma = _COMMA.search(text, at, end)
    after = _after_comma(text, comma.end()) if comma is not None else None
    if comma is None or after is None or after >= end or _AND_AFTER_COMMA.match(text, comma.start()):
        return None  # …، وقالت في بيان أمس: another clause, with its own date
    first = _WORD.match(_fold_window(text, after, after + 24))
    said = first is not None and unjoined(first.group()) in cues.speech_verbs
    return comma if said or _names_a_venue(text, after) else None


def _object_after_own_date(text: str, start: int, pronoun: re.Match[str], end: int, spans: SpanIndex[Timex],
                           dating: SpanIndex[Timex], cues: _DateCues) -> int | None:
    """Where the object of a reaction dated by its own predicate starts when the relative clause opening
    at ``pronoun`` holds another date, what the reaction reacts to (``أدان الرئيس مساء أمس | الهجوم الذي
    وقع الجمعة``: the evening is the condemnation's, Friday the attack's): as :func:`_reacts_to`, the
    reaction's dates all told before the object, and no relative clause before this one (``أشادت
    بالكتاب الذي يحكي عن العام المنصرم، خلال لقاء في مقر النادي الذي أقيم أمس``: the reaction's object
    lies far before), and the object's date ends before the reaction's day begins: a reaction does not
    come before what it reacts to, and an object told on the reaction's own day (``تلقى اتصالا أمس
    أعرب خلاله عن إدانته للتفجير الذي استهدف أمس المسجد``) is dated right by the sentence as it is,
    where two "yesterdays" may share one reference (a statement's, copied); else None. Never for a
    call's object that is what it asks for (:func:`_asked_for`: ``طالبت النقابة أمس الوزير بإقالة
    المديرين الذين يثبت تورطهم … أقرتها الحكومة أول أمس``): it is still to be done."""
    if cues.relative.search(text, start, pronoun.start()):
        return None
    head = _antecedent(text, start, pronoun.start(), cues)
    touched = spans.touching(head, pronoun.start()) if head is not None else []
    if touched:  # مساء أمس الهجوم: the antecedent read back into the reaction's date starts after it
        head = max(t.end for t in touched)
    if head is None or spans.touching(head, pronoun.start()) or not _WORD.search(text, head, pronoun.start()):
        return None
    at = _reacts_to(text, start, head, pronoun, end, spans, dating, cues)
    if at is None or dating.count_starting_in(at, pronoun.start()):
        return None
    if _asked_for(text, start, at):
        return None  # طالبت النقابة أمس الوزير بإقالة المديرين الذين…: what is asked for is still to come
    own = [t.interval for t in dating.starting_in(start, at) if t.interval is not None]
    told = dating.starting_in(pronoun.end(), end)
    if not own or not told or told[0].interval is None:
        return None
    first_day = min(_naive(i[0]) for i in own).replace(hour=0, minute=0, second=0, microsecond=0)
    return at if _naive(told[0].interval[1]) <= first_day else None


def _asked_for(text: str, start: int, at: int) -> bool:
    """Whether the happening word at ``at`` is what the reaction told in ``text[start:at]`` asks for: the
    reaction is of an ``asking`` class (``lang/ar/triggers.yaml``: a call, a demand) and the word follows
    one of its prepositions (``بإقالة``، ``إلى الإفراج``), not another word (``بمحاسبة المسؤولين عن
    الحريق``: the fire is named, not asked for)."""
    lexicon = load_triggers()
    if not lexicon.asks(lexicon.happening(_fold_window(text, start, at))):
        return False
    word = _WORD.match(text, at)
    before = list(_WORD.finditer(text, max(start, at - 24), at))
    return word is not None and lexicon.asked(fold(word.group()), fold(before[-1].group()) if before else "")


def _a_reaction(text: str, start: int, pronoun: int) -> bool:
    """Whether what ``text[start:pronoun]`` tells, antecedent included, is a reaction (``أعرب خلاله عن
    إدانته التفجير الذي استهدف أمس المسجد``: the antecedent's reaction noun makes the rest name none):
    its relative clause is not cut off as a happening apart, only at the reaction's object
    (:func:`_reacts_to`)."""
    main = load_triggers().happening(_fold_window(text, start, pronoun))
    return main is not None and load_triggers().is_reaction(main)


def _told_before_date(text: str, at: int, end: int, dating: SpanIndex[Timex], cues: _DateCues,
                      nested: bool = False) -> list[str] | None:
    """The folded words of the subordinate or relative clause that begins at ``at``, up to the
    first date that starts in it and is no "since" (before ``end``, the next comma and
    :data:`_RELATIVE_REACH` characters); None without one, with a date after the clause in the
    sentence (``رفعت السلطات جلسات المحاكمة التي انطلقت أمس، إلى يوم غد الخميس``: that one is the
    adjournment's) or when another subordinate or relative clause opens before it (``الحزام
    الذي يزن 40 كيلوغراما قبل توصيله للمسجد ظهر الجمعة``: the date is the delivery's;
    ``subordinate`` of ``lang/ar/event_dates.yaml``). With ``nested``, a subordinate clause (not a
    relative one) opening inside it before the date still describes what this one does (the object
    of a reaction, :func:`_reacts_to`: ``الهجوم الذي استهدف المسجد أثناء صلاة ظهر أمس``: the attack's
    noon; ``العمل الذي يعتبر خرقا لاتفاقية الهدنة التي أنهت الحرب عام 1953``: the armistice's year)."""
    comma = _COMMA.search(text, at, end)
    limit = min(end, comma.start() if comma else end, at + _RELATIVE_REACH)
    dated = dating.starting_in(at, limit)
    if not dated or dated[0].mod == "ON_OR_AFTER" or dating.count_starting_in(limit, end):
        return None
    told = _WORD.findall(_fold_window(text, at, dated[0].start))
    bare = [unjoined(w) for w in told]
    inner = cues.subordinate.intersection(bare)
    if (inner and not (nested and inner.isdisjoint(relative_pronouns()))) or cues.since.intersection(
            bare[-1:] + _WORD.findall(fold(dated[0].text))[:1]):
        return None
    return told


def _dated_antecedent(text: str, start: int, pronoun: re.Match[str], end: int, dating: SpanIndex[Timex],
                      cues: _DateCues) -> bool:
    """Whether the relative clause at ``pronoun`` follows a date of ``text[start:pronoun]`` right before it (spaces
    between only: the antecedent is a dated happening) and tells a day of its own: a perfect verb opening it, then
    a date of its own before the next comma, within :data:`_RELATIVE_REACH` characters and before any other date
    of the sentence, no "since" ("موجة هبوط 20 يوليو | التي نزلت به إلى 1077 دولارا في 24 من الشهر نفسه": another
    day of that story, not the antecedent's)."""
    before = dating.touching(start, pronoun.start())
    if not before or text[before[-1].end:pronoun.start()].strip():
        return False
    comma = _COMMA.search(text, pronoun.end(), end)
    limit = min(end, comma.start() if comma else end, pronoun.end() + _RELATIVE_REACH)
    own = dating.starting_in(pronoun.end(), limit)
    if not own or own[0].mod == "ON_OR_AFTER":
        return False
    words = [unjoined(w) for w in _WORD.findall(_fold_window(text, pronoun.end(), own[0].start))]
    return len(words) >= 2 and perfect_verb(words[0]) and cues.since.isdisjoint(
        words[-1:] + _WORD.findall(fold(own[0].text))[:1])


def _tells_apart(text: str, start: int, cut: int, at: int, end: int, dating: SpanIndex[Timex],
                 cues: _DateCues, relative: bool = True) -> bool:
    """Whether the subordinate (``relative`` False) or relative clause opening at ``at``, cut
    off at ``cut``, holds the date of a happening of its own, apart from the main clause
    ``text[start:cut]``. It holds a date (:func:`_told_before_date`) and tells a happening
    before it: a happening word (``lang/ar/triggers.yaml``) among its first
    :data:`_TOLD_WORDS` words (``بعد أن عثر عليها``، ``التي اختفت``) or one of
    ``relative_verbs`` first (``التي فقدت``; not after ``verb_occasions``: ``خسر الفريق في
    المباراة التي أقيمت أمس``); a relative clause telling none describes
    (``التي تعرف باسم «أرباكيس» في وقت متأخر من ليل أمس``: the date after it is the main
    clause's). A subordinate clause may also be told apart by the main clause's happening
    word alone (``أقدم على قتل العقيد بعد أن تجاوز سيارته ليلة الخميس``); with none on either
    side it restates the same act (``منح النادي مدربه جرعة ثقة بعد أن أعلن اليوم تمديد عقده``:
    whose names the merge needs). The main clause tells no happening of the same group
    (``ويأتي اللقاء لاستكمال ما تم التوصل إليه في القمة التي التقى فيها القادة في مايو``: one
    meeting) and no reaction (``أعربت الحكومة عن إدانتها للهجوم الذي استهدف أمس السوق``: a
    reaction is what its clause tells, :meth:`~timeline.happenings.TriggerLexicon.happening`; its
    object's relative clause is cut off at the object instead, :func:`_reacts_to`). A relative clause
    told by its verb alone is told apart by its antecedent: one naming a happening of another class than the main
    clause's (``أطلق الرئيس حملة على الجماعة المتهمة بالوقوف خلف العملية الانتحارية التي وقعت في 20
    يوليو``), or naming none while no happening word stands among the words right before it
    (``… أن تعلن استئناف عملية السلام التي بدأت عام 2012``; not ``في مهرجان العسل بمنطقة الجبل الذي
    انطلقت فعالياته أمس``); never after a comma or a bound (``subordinate`` of ``lang/ar/event_dates.yaml``)."""
    told = _told_before_date(text, at, end, dating, cues)
    if told is None:
        return False
    lexicon = load_triggers()
    verb = next((w for w in told if w not in cues.auxiliaries), "")  # الذي كان قد انطلق: انطلق
    if relative and verb in cues.witness_verbs and _witnessed(
            text, start, cut, at, told[told.index(verb) + 1:] + _after_date(text, at, end, dating), cues, lexicon):
        return True
    kind = lexicon.happening(" ".join(told[:_TOLD_WORDS]))
    tells = kind is not None or verb in cues.relative_verbs
    if relative and not tells:
        return _happening_described(text, start, cut, at, verb, lexicon, cues)
    if relative and kind is None and verb not in cues.founding_verbs:  # خسر الفريق في المباراة التي
        before = _WORD.findall(_fold_window(text, max(start, cut - 16), cut))  # أقيمت أمس: held, and lost in it
        if before and unjoined(before[-1]) in cues.verb_occasions:
            return False
    main = lexicon.happening(_fold_window(text, start, cut))
    if main is None:
        return tells
    if kind is None and not relative:
        return True
    if kind is None:  # a relative clause told by its verb alone: its antecedent names the happening,
        # maybe the main clause's (في مهرجان العسل بمنطقة الجبل الذي انطلقت فعالياته أمس); told apart
        # only by an antecedent that follows no comma (then the pronoun may go back further) nor a
        # bound (عقب اختتام أعمال الحوار الذي عقد اليوم: right after it, mostly that day)
        near = _WORD.findall(_fold_window(text, max(start, cut - 48), cut))[-_TOLD_WORDS:]
        if _COMMA.search(text, cut, at) or cues.subordinate.intersection(map(unjoined, near[-3:])):
            return False
        kind = lexicon.happening(_fold_window(text, cut, at))  # its own (العملية الانتحارية التي وقعت في 20 يوليو)
        if kind is None:  # or none, with the main clause's far from it (… استئناف عملية السلام التي
            # بدأت عام 2012) or inside what a saying says (أعلن مصدر أن المرحلة الأخيرة من خطة تأمين
            # حفل الافتتاح التي بدأت أول الشهر: the saying is the main clause's act, not the opening)
            return not (lexicon.is_reaction(main) or (lexicon.happening(" ".join(near)) is not None
                                                      and not _said_before(text, start, cut, len(near), cues)))
        return not (lexicon.is_reaction(main) or main == kind)
    return not (lexicon.is_reaction(main) or lexicon.group(main) == lexicon.group(kind))


def _happening_described(text: str, start: int, cut: int, at: int, verb: str, lexicon: TriggerLexicon,
                         cues: _DateCues) -> bool:
    """Whether a relative clause telling no happening of its own (its first word ``verb``, folded) describes
    the happening its antecedent ``text[cut:at]`` names, told done: the date in it is that happening's, not
    the main clause's (``وزار الرئيس موقع الانفجار الذي هز العاصمة يوم الخميس``: the explosion's Thursday,
    not the visit's). The antecedent names a happening (``lang/ar/triggers.yaml``) of another group than
    the main clause ``text[start:cut]``, which tells one and no reaction (a reaction's object is cut off
    by :func:`_reacts_to`); the relative clause opens on no present or future (``التي تعرف باسم…``
    describes; a date after it is mostly the main clause's) nor a word of ``function_words``; no comma
    before the pronoun, no ``verb_occasions`` word right before the antecedent (``خسر الفريق في
    المباراة التي…``: the loss is held in it)."""
    own = lexicon.happening(_fold_window(text, cut, at))
    main = lexicon.happening(_fold_window(text, start, cut))
    if (own is None or main is None or lexicon.is_reaction(own) or lexicon.is_reaction(main)
            or lexicon.group(own) == lexicon.group(main) or _COMMA.search(text, cut, at)):
        return False
    shapes = load_shapes()
    if (len(verb) < 2 or verb in cues.function_words or future_verb(verb) or shapes.is_present(verb)
            or (shapes.present_opens(verb) and not verb.endswith("ت"))):
        return False
    before = _WORD.findall(_fold_window(text, max(start, cut - 16), cut))
    return not (before and unjoined(before[-1]) in cues.verb_occasions)


def _witness_apart(text: str, start: int, head: int, pronoun: re.Match[str], end: int,
                   dating: SpanIndex[Timex], cues: _DateCues) -> bool:
    """Whether the relative clause opening at ``pronoun`` (its antecedent at ``head``) opens with one of
    ``witness_verbs`` and tells a happening of its own (:func:`_witnessed`), named before its date or in
    the words right after it (:func:`_after_date`): beside a date of the main clause (``احتشدوا أمس في الشارع
    الذي شهد أعمال الشغب الصيف الماضي``) or after a name :func:`_antecedent` does not take (``في بغداد التي``)."""
    opening = _WORD.findall(_fold_window(text, pronoun.end(), min(end, pronoun.end() + 24)))[:3]
    if next((w for w in opening if w not in cues.auxiliaries), "") not in cues.witness_verbs:
        return False  # a quick no: no verb of witness_verbs opens it
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    verb = next((w for w in told or () if w not in cues.auxiliaries), "")
    return (told is not None and verb in cues.witness_verbs
            and _witnessed(text, start, head, pronoun.end(),
                           told[told.index(verb) + 1:] + _after_date(text, pronoun.end(), end, dating),
                           cues, load_triggers()))


def _witness_ends(text: str, at: int, end: int, dating: SpanIndex[Timex], cuts: dict[int, bool]) -> None:
    """Cut where a relative clause of ``witness_verbs`` opening at ``at`` ends, at the first comma after
    its date (``الذي شهد أعمال الشغب الصيف الماضي، | وبدأ المحتجون…``): what follows goes back to the main
    clause's telling, not dated by the happening the antecedent saw."""
    dated = dating.starting_in(at, end)
    comma = _COMMA.search(text, dated[0].end, end) if dated else None
    if comma is not None and _WORD.search(text, comma.end(), end):
        cuts.setdefault(comma.start(), False)


def _after_date(text: str, at: int, end: int, dating: SpanIndex[Timex]) -> list[str]:
    """The first :data:`_TOLD_WORDS` folded words after the first date from ``at`` (to ``end``, up to a
    comma or another date): a verb's object told after its date (``التي شهدت الأربعاء الماضي أكبر
    مظاهرة``)."""
    dated = dating.starting_in(at, end)
    if not dated:
        return []
    comma = _COMMA.search(text, dated[0].end, end)
    stop = min([comma.start() if comma else end, *(t.start for t in dating.starting_in(dated[0].end, end))])
    return _WORD.findall(_fold_window(text, dated[0].end, stop))[:_TOLD_WORDS]


def _witnessed(text: str, start: int, cut: int, at: int, told: list[str], cues: _DateCues,
               lexicon: TriggerLexicon) -> bool:
    """Whether a relative clause opening with one of ``witness_verbs`` (``lang/ar/event_dates.yaml``),
    its words ``told`` after the verb, tells a happening of its own: one it names (``witnessed_nouns``
    or a happening word of ``triggers.yaml``: ``الشارع الذي شهد أعمال الشغب الصيف الماضي``، ``الشاب الذي
    أشعل مقتله في 9 أغسطس 2014``) that its antecedent ``text[cut:at]``, naming none, saw, sparked or
    followed; whatever the main clause ``text[start:cut]`` tells, but a reaction. An antecedent naming a
    happening (``الاشتباكات التي أعقبت مقتل الشاب``) is left to :func:`_tells_apart`'s other tests."""
    named = bool(cues.witnessed.intersection(w.removeprefix("و") for w in told)) or (
        bool(told) and lexicon.happening(" ".join(told)) is not None)
    if not named or lexicon.happening(_fold_window(text, cut, at)) is not None:
        return False
    main = lexicon.happening(_fold_window(text, start, cut))
    return main is None or not lexicon.is_reaction(main)


def _said_before(text: str, start: int, cut: int, last: int, cues: _DateCues) -> bool:
    """Whether ``text[start:cut]`` opens what a saying says before its ``last`` words: a speech
    verb (``speech_verbs`` of ``lang/ar/event_dates.yaml``) and after it a complementizer
    (``أعلن مصدر أمني أن``، ``وقال إن``): a happening named after them is what is said, not the
    act the clause tells."""
    words = _WORD.findall(_fold_window(text, start, cut))[:-last or None]
    said = False
    for word in words:
        if said and word in cues.complementizers:
            return True
        said = said or unjoined(word) in cues.speech_verbs
    return False


def _after_a_preposition(text: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` (from ``start``) is a function word (``عن حطام``): the
    word at ``at`` is then a noun."""
    before = _WORD.findall(_fold_window(text, max(start, at - 16), at))
    return bool(before) and before[-1] in _date_cues().function_words


def _antecedent(text: str, start: int, pronoun: int, cues: _DateCues) -> int | None:
    """Where the antecedent of the relative pronoun at ``pronoun`` starts: the definite
    words right before it (at most :data:`_ANTECEDENT_WORDS`, ``الطائرة الماليزية``; back to one
    with a preposition glued, ``للبطولة``) and the noun they complete when it ends in ``ة`` or
    follows a preposition (``طائرة الركاب``، ``عن حطام السفينة``; another word there may be a
    verb: ``استهدفت الطائرة``) or is the plural of such a noun (:func:`_feminine_plural`: ``ودفعت
    بيانات الوظائف التي…``), or the two nouns before them after a preposition (``في ميناء
    عدن الجنوبي``); None when no definite word stands there (the pronoun of
    ``في الوقت الذي``, a time noun of ``not_antecedents``), after a word of ``occasions``
    (``وقال المدرب خلال المؤتمر الصحفي الذي عقد اليوم``: the main happening took place at it) or
    when nothing comes before it in the sentence from ``start`` (a relative clause of the
    subject frames its sentence)."""
    words = list(_WORD.finditer(text, max(start, pronoun - 64), pronoun))
    head: int | None = None
    taken = 0
    nearest = ""
    for m in reversed(words):
        gap = text[m.end():pronoun if head is None else head]
        if gap.strip(" \u00a0-–" + ("،," if head is None else "")):  # المصري - الأميركي
            break
        word = fold(m.group())
        if word in relative_pronouns():  # العمل الذي المحرم الذي: not a word of the antecedent
            break
        if _DEFINITE_WORD.match(word) and taken < _ANTECEDENT_WORDS:
            nearest = nearest if taken else word  # the definite word right before the pronoun
            head, taken = m.start(), taken + 1
            if _GOVERNED.match(word):  # للبطولة، بالطائرة: a preposition opens the phrase
                break
            continue
        if taken and word not in cues.function_words:
            feminine = m.group().endswith("ة") or _feminine_plural(word)
            if (feminine or _after_a_preposition(text, start, m.start())
                    or _glued_construct(word, nearest, text[pronoun:pronoun + 8], cues)):
                head = _happening_head(text, start, m.start()) if feminine else m.start()
                head = _quantified(text, start, head, cues)
            else:  # في ميناء عدن الجنوبي: two nouns after a preposition
                before = _WORD.findall(text, max(start, m.start() - 32), m.start())[-2:]
                if (len(before) == 2 and fold(before[1]) not in cues.function_words
                        and not _DEFINITE_WORD.match(fold(before[1])) and fold(before[0]) in cues.function_words):
                    head = text.rindex(before[1], 0, m.start())
        break
    if head is None or head <= start or not _WORD.search(text, start, head):
        return None
    before = _WORD.findall(_fold_window(text, max(start, head - 24), head))
    if before and unjoined(before[-1]) in cues.occasions:  # خلال المؤتمر الذي عقد اليوم: said there, then
        return None
    first = _DEFINITE_WORD.sub("", fold(text[head:pronoun].split()[0]))
    return None if first in cues.not_antecedents or fold(text[head:pronoun].split()[0]) in cues.function_words else head


# how many nouns a construct may chain before an antecedent's definite words (اتفاق وقف إطلاق النار)
_CONSTRUCT_WORDS = 3


def _construct_cut(text: str, start: int, head: int, cues: _DateCues, spans: SpanIndex[Timex]) -> int:
    """Where a piece is cut off at the antecedent starting at ``head`` (:func:`_antecedent`): at the
    construct whose nouns its definite words complete (:func:`_construct_start`: ``أفلت | مطلق النار الذي…``،
    ``لم يسترد | لقب الدوري الذي…``), else at ``head``. Whether to cut is read at ``head``; this moves the cut only.
    Only an antecedent opening on a definite word without clitics does: one opening with a preposition or و/ف
    (``للدوري الذي``، ``ومقررات الاجتماع الذي``) opens the phrase there, and a noun :func:`_antecedent` took
    before the definite words (``استئناف | عملية الحوار التي``) is the antecedent's own head already."""
    first = _WORD.match(text, head)
    folded = fold(first.group()) if first else ""
    before = list(_WORD.finditer(text, max(start, head - 24), head))
    if (not before or text[before[-1].end():head].strip() or unjoined(folded) != folded
            or not _DEFINITE_WORD.match(folded) or _GOVERNED.match(folded)):
        return head
    found = _construct_start(text, start, before[-1], cues, spans)
    return head if found is None or found <= start else found


def _construct_start(text: str, start: int, word: re.Match[str], cues: _DateCues,
                     spans: SpanIndex[Timex]) -> int | None:
    """Where the construct starts whose last noun ``word`` stands right before an antecedent's definite
    words (:func:`_construct_head`: ``أفلت مطلق النار الذي…``، ``لم يسترد لقب الدوري الذي…``، ``بشأن
    تطبيق اتفاق وقف إطلاق النار الذي…``), up to :data:`_CONSTRUCT_WORDS` nouns, none before a noun with a
    preposition glued (``بجولة لموقع التفجير الذي``: the phrase opens there); None when ``word`` is none or
    the chain stops at a noun it does not take: one with a preposition glued (``ورفض بشكل قاطع الاتفاق الذي``:
    the word is that noun's adjective) or one refused only for the word before it (``…، أول مشاريع الخطة
    التي``: the construct goes on past the comma's word). A word of an expression (``spans``) ends the chain:
    the construct opens after it (``تفقد المحافظ طوال ساعتين | موقع الحريق الذي``)."""
    found: int | None = None
    for _ in range(_CONSTRUCT_WORDS):
        if spans.touches(word.start(), word.end()):
            return found
        if not _construct_head(text, start, word, cues):
            # بشكل قاطع الاتفاق: the word after a noun with a preposition glued is its own; أول مشاريع الخطة:
            # a noun the chain cannot take (after a comma) may head it still
            refused = found is not None and (_GLUED.match(fold(word.group())) or _construct_noun(word, cues))
            return None if refused else found
        found = word.start()
        before = list(_WORD.finditer(text, max(start, found - 24), found))
        if not before or _GLUED.match(fold(word.group())):
            break
        word = before[-1]
    return found


def _construct_head(text: str, start: int, word: re.Match[str], cues: _DateCues) -> bool:
    """Whether ``word``, right before an antecedent's definite words (or a noun they complete), is a noun
    they complete (a construct: ``مطلق النار``، ``لقب الدوري``، ``مجلس الوزراء``): no word of
    ``function_words``, ``construct_stops``, ``subordinate``, ``auxiliaries`` or ``occasions`` (``قرب
    الموقع الذي``، ``كان أثناء القفزة التي``), no و/ف glued, three letters or more, no verb by its shape
    (told done, a present or a future: ``اعتقلت الشرطة…``، ``تتضمن``، ``لم تكن``), no accusative in ا
    (``رسميا القرار الذي``), no possessive pronoun (``رفضه خوض الدورة التي``), no article (``للأعضاء
    خارطة الطريق التي``); after a word of the sentence from ``start``, nothing but a space between, that
    is no definite word (a verb before its subject; ``الجيش قتل المسلح الذي…`` puts the
    verb after its subject) nor a given name or title of :func:`timeline._persons.person_reader` (``بن سعود
    المسجد الذي``: a name, then the object)."""
    if not _construct_noun(word, cues):
        return False
    before = list(_WORD.finditer(text, max(start, word.start() - 24), word.start()))
    if not before or text[before[-1].end():word.start()].strip():
        return False
    previous = fold(before[-1].group())
    return not (_DEFINITE_WORD.match(previous) or previous in person_reader().openers)


def _construct_noun(word: re.Match[str], cues: _DateCues) -> bool:
    """Whether ``word`` may be a construct's noun by itself (:func:`_construct_head`'s word tests); none with
    a preposition glued (``إحياء لذكرى | الطالب الذي``: the relative clause may be the genitive's alone)."""
    folded = fold(word.group())
    shapes = load_shapes()
    return not (unjoined(folded) != folded or _letters_count(folded) < 3 or folded.endswith("ا")
                or word.group().endswith(attached_pronouns()) or _DEFINITE_WORD.match(folded) or _GOVERNED.match(folded)
                or _GLUED.match(folded)
                or any(folded in words for words in (cues.function_words, cues.construct_stops, cues.subordinate,
                                                     cues.auxiliaries, cues.occasions))
                or shapes.told_done(folded) or shapes.is_present(folded) or shapes.present_opens(folded)
                or shapes.opening_verb(folded, folded) or future_verb(folded))


def _quantified(text: str, start: int, head: int, cues: _DateCues) -> int:
    """Where an antecedent starting at ``head`` begins once a quantifier of ``quantifiers``
    (``lang/ar/event_dates.yaml``) right before it is taken in (``احدى جماعات المعارضة التي…``)."""
    before = list(_WORD.finditer(text, max(start, head - 16), head))
    if before and not text[before[-1].end():head].strip() and unjoined(fold(before[-1].group())) in cues.quantifiers:
        return before[-1].start()
    return head


def _feminine_plural(word: str) -> bool:
    """Whether the folded ``word`` has the shape of a sound feminine plural (``بيانات``، ``تصريحات``، و glued
    or not): ``ات`` after three letters or more, no perfect verb by its shape (not ``مات``، ``وبات``)."""
    return word.endswith("ات") and _letters_count(word) >= 5 and not load_shapes().perfect(word)


def _happening_head(text: str, start: int, noun: int) -> int:
    """Where an antecedent whose construct noun in ``ة`` starts at ``noun`` begins: at the
    happening noun heading that chain right before it (``انتخابات رئاسة الاتحاد التي ستجري…``: the
    elections are held, not the presidency; a happening word of ``lang/ar/triggers.yaml``, no
    article, no preposition glued, not a verb by its shape) or at a plural in ``ات`` heading it
    (:func:`_feminine_plural`: ``وعدلت الشركة توقعات مبيعات العام الذي…``), else at ``noun``."""
    before = list(_WORD.finditer(text, max(start, noun - 24), noun))
    if not before or text[before[-1].end():noun].strip():
        return noun
    word = fold(before[-1].group())
    if _DEFINITE_WORD.match(word) or _GOVERNED.match(word) or word in _date_cues().function_words:
        return noun
    shapes = load_shapes()
    if shapes.perfect(word) or shapes.is_present(word) or (load_triggers().word_class(word) is None
                                                           and not _feminine_plural(word)):
        return noun
    return before[-1].start()


def _glued_construct(word: str, nearest: str, pronoun: str, cues: _DateCues) -> bool:
    """Whether the folded ``word`` before the antecedent's definite words is a noun with a preposition
    glued to it, the head they complete (``لتسجيل الناخبين، الذي سيبدأ``): a preposition then three
    letters or more (:data:`_GLUED`), not a verb by its shape (a perfect ``بدأت``; a present after لـ,
    ``ليتم``، ``لتصبح``: one in ت or ن only of the form تفعيل, ``تسجيل``), nor a time noun of
    ``not_antecedents`` (``ليوم``), while the definite word right before the ``pronoun`` (the text
    from it) cannot be its antecedent (``disagreeing_endings`` of ``lang/ar/event_dates.yaml``: a plural
    or a feminine before الذي; a sound plural on a stem of four letters or more: not ``القانون``، ``التأمين``;
    not ``لاستكمال الدورة التي بدأت``: the pronoun is the دورة's)."""
    first = _WORD.match(fold(pronoun))
    endings = cues.disagreeing.get(unjoined(first.group())) if first else None
    bare_nearest = _DEFINITE_WORD.sub("", nearest)
    if not endings or not _GLUED.match(word) or not any(
            bare_nearest.endswith(e) and len(bare_nearest) - len(e) >= (4 if len(e) == 2 else 2) for e in endings):
        return False
    shapes = load_shapes()
    bare = unjoined(word)[1:]
    if shapes.perfect(unjoined(word)) or shapes.is_present(bare, short=True) or bare in cues.not_antecedents:
        return False
    return not shapes.present_opening.fullmatch(bare) or bare[-2:-1] == "ي"


class _PurposeCues(NamedTuple):
    preparations: frozenset[str]  # استعدادا، تمهيدا...: before a word glued to the lam of purpose
    opening: frozenset[str]  # لانطلاق، لمواجهة...: open the purpose phrase themselves
    before: frozenset[str]  # قبيل: before a verbal noun or a happening word (not قبيل موسم الحج)
    nouns: frozenset[str]  # the verbal nouns, bare and definite
    preparing: frozenset[str]  # يستعد، تتأهب...: a present of preparing (their و/ف dropped)
    stems: tuple[str, ...]  # استعداد، تمهيد...: a preparation noun's start (استعداداته، الاستعدادات)


@functools.lru_cache(maxsize=None)
def _purpose_cues(code: str = "ar") -> _PurposeCues:
    """The folded words opening a purpose phrase dated ahead (``preparations``, ``nouns`` and
    ``before`` of ``purpose`` in ``lang/<code>/event_dates.yaml``), their forms derived: a preparation's
    accusative (``استعدادا``), a verbal noun after the lam of purpose, bare or definite
    (``لانطلاق``، ``للانطلاق``), each after an optional و or ف; ``قبيل`` counts before a verbal
    noun or a happening word (``lang/ar/triggers.yaml``) only; the presents of ``preparing``
    (استعد → يستعد، تستعد) and the preparation nouns' starts tell a report of preparing."""
    data = load_language_yaml(code, "event_dates.yaml")["purpose"]
    preparations = conjoined((f for w in data["preparations"] for f in accusative(str(w))[1:]), code)
    nouns = [fold(str(w)) for w in data["nouns"]]
    article = clitic_prefixes(code).article
    opening = conjoined(("ل" + f for n in nouns for f in (n, after_lam(article + n)) if f), code)  # لانطلاق، للانطلاق، للقاء
    before = conjoined((str(w) for w in data["before"]), code)
    preparing = {p + (v[1:] if v.startswith("ا") else v) for v in map(fold, map(str, data["preparing"]))
                 for p in "يتن"}
    return _PurposeCues(preparations, opening, before,
                        frozenset(nouns + ["ال" + n for n in nouns]), frozenset(preparing),
                        tuple(fold(str(w)) for w in data["preparations"]))


def _ahead(t: Timex, published: dt.datetime) -> bool:
    """Whether ``t`` starts after the publication's day, or later that day when finer than a day
    (``مساء اليوم``): a time a purpose may aim at."""
    if t.interval is None:
        return False
    begins, told = _naive(t.interval[0]), _naive(published)
    return begins.date() > told.date() or (
        t.grain is not None and t.grain.rank < Grain.DAY.rank and begins > told)


def _purpose_cut(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                 published: dt.datetime | None) -> int | None:
    """Where the piece ``text[start:end]`` is cut at a purpose phrase (:func:`_purpose_cues`) whose
    date, the first after it (within :data:`_RELATIVE_REACH` characters, no comma between), is ahead
    of the publication (:func:`_ahead`): the date is the purpose's (``أنهت لجنة الانتخابات في المنطقة
    تجهيزاتها | لانطلاق المرحلة الأولى في السابع من ذي القعدة المقبل``: the start, told kingdom-wide,
    not the committee's report). Two content words at least stand before it, and no date of the piece
    (a report dated itself keeps its names with the purpose: ``أنهى الفريق مساء أمس تحضيراته تأهبا
    لملاقاة ضيفه مساء غد``). A report whose clause (from its last comma) opens with a present verb is
    cut at a bare purpose only when it tells a preparation (``يستعد الفريق لملاقاة…``; not ``يزور الرئيس
    بيروت لافتتاح المعرض الذي يقام غدا``: the visit is the opening's time). None without one, or without
    ``published``."""
    if published is None:
        return None
    cues = _purpose_cues()
    lexicon = load_triggers()
    before = start
    for date in dating.starting_in(start, end):  # each date ahead, then the words before it
        opened, before = before, max(before, date.end)
        if opened > start:  # the report has a date of its own: the piece, cut, would lose the report's
            return None  # names the merge reads it by (يختتم الفريق تحضيراته اليوم تأهبا لملاقاة…)
        if not _ahead(date, published):
            continue
        comma = None
        for comma in _COMMA.finditer(text, max(opened, date.start - _RELATIVE_REACH), date.start):
            pass
        reach = comma.end() if comma else max(opened, date.start - _RELATIVE_REACH)
        for m in _WORD.finditer(text, reach, date.start):
            word = fold(m.group())
            nxt = _WORD.search(text, m.end(), end)  # (لموسم الحج: the date may start inside it)
            following = fold(nxt.group()) if nxt else ""
            if word in cues.preparations:
                if not following.startswith("ل") or len(following) < 4:
                    continue
            elif word in cues.before:  # قبيل صدور البيانات، قبيل اجتماع: what it comes before is a happening
                if following not in cues.nouns and lexicon.word_class(following) is None:
                    continue
            elif word not in cues.opening:
                continue
            at = m.start()
            told = list(_WORD.finditer(text, max(start, at - 16), at))  # استعدادا | للقاء: the
            if told and fold(told[-1].group()) in cues.preparations:  # preparation before it opens it
                at = told[-1].start()
            if spans.covers(at) or _content_words(text, start, at, spans, 2) < 2:
                continue
            told_from = start  # the report's own clause: from the last comma before the purpose
            for comma in _COMMA.finditer(text, start, at):
                told_from = comma.end()
            report = [w for w in _WORD.findall(_fold_window(text, told_from, at)) if w]
            prepared = fold(_WORD.search(text, at).group()) in cues.preparations or any(
                w in cues.preparing or w.removeprefix("ال").startswith(cues.stems) for w in map(unjoined, report))
            if not prepared and _opening_verb(report[:_OPENING_VERB_WORDS], _date_cues()) == "present":
                return None  # يزور الرئيس بيروت لافتتاح المعرض غداً: a present visit is at the purpose's
            return at  # time (but يواصل الفريق تدريباته استعداداً لمواجهة…: the preparation is before it)
    return None


def split_clauses(text: str, timexes: Iterable[Timex] = (), published: dt.datetime | None = None) -> list[Clause]:
    """Cut ``text`` into clauses; a new clause starts where a new expression starts a new
    event, or where a connective opens another happening in a dated sentence
    (:func:`_happening_cuts`); given the ``published`` date, also where a plan told with a date
    from the publication day on follows a past predicate (:func:`_plan_apart`), or at a purpose
    phrase dated ahead (:func:`_purpose_cut`), or at an "after" phrase holding the only dates, gone by,
    after a predicate in the present or the future (:func:`_present_apart`)."""
    ordered = sorted(timexes, key=lambda t: t.start)
    spans = SpanIndex(ordered)
    dating = SpanIndex([t for t in ordered if t.interval is not None])
    clauses: list[Clause] = []
    for index, (s_start, s_end) in enumerate(split_sentences(text, spans)):
        dated = dating.count_starting_in(s_start, s_end)
        reacted: set[int] = set()  # where a reaction's object opens, cut off with its date
        resumed: set[int] = set()  # where the reactor's next act opens after that object
        joints = _happening_cuts(text, s_start, s_end, spans, dating, published, reacted, resumed) if dated else {}
        if dated < 2 and not joints:
            # a sentence is cut only between two dated pieces, at a connective opening another
            # happening, before a plan with its own date or at a purpose phrase dated ahead:
            # otherwise it stays whole
            plan = _plan_apart(text, s_start, s_end, spans, dating, published) if dated else None
            at = _purpose_cut(text, s_start, s_end, spans, dating, published) if dated and plan is None else None
            state = _present_apart(text, s_start, s_end, spans, dating, published) \
                if dated and plan is None and at is None else None
            cut = plan if plan is not None else at if at is not None else state
            parts = [(s_start, s_end)] if cut is None else [(s_start, cut), (cut, s_end)]
            since = _since_apart(text, *parts[0], spans, dating, s_start) if dated else None
            if since is not None:  # ومنذ اندلاع الأزمة في 2012، | امتنع…: the since phrase is its own clause
                parts[:1] = [(parts[0][0], since), (since, parts[0][1])]
            said_on = _participle_cut(text, *parts[-1], spans, dating) if dated else None
            if said_on is not None:  # …، مشيرًا إلى أن: another statement, undated
                parts[-1:] = [(parts[-1][0], said_on), (said_on, s_end)]
            for c_start, c_end in parts:
                c_start, c_end = _strip_span(text, c_start, c_end)
                if c_start < c_end:
                    clauses.append(Clause(c_start, c_end, text[c_start:c_end], index, s_start, s_end,
                                          purpose=at is not None and c_start == at))
            continue
        cuts = {s_start} | set(joints)
        for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
            pos = m.end()
            if spans.covers(m.start()) or spans.covers(pos) or pos >= s_end:
                continue
            if text[pos] == "و" and text[m.start() - 1] not in "،," and not _is_connective_waw(text, pos):
                continue  # a root و (وزير، وفاة) is no connective; after a comma the comma cuts anyway
            if m.group("after_number") is not None and (
                    spans.starting_in(pos, pos + 1) or _restates(text, pos)
                    or _subject_before_verb(text, max(c for c in cuts if c <= m.start()), m.start(), pos)
                    or not _content_words(text, max(c for c in cuts if c <= m.start()), m.start(), spans, 1)):
                continue  # a comma after a number: not before a date (في عام 1945، أمس السبت: what comes
                # before is dated by it), nor before a gloss of the number (منذ عام 1992، أي قبل 23 عاما),
                # nor between a subject and its verb (أن السفينة المفقودة منذ 2014، وصلت أمس),
                # nor after a piece holding nothing but a date (وخلال عام 2014، أعلنت)
            cuts.add(pos)
        _read_asides(text, s_start, cuts, joints, spans, dating)  # …ستبدأ، اليوم، تشغيل…
        said = _said_cuts(text, s_start, s_end, cuts, spans, dating)
        ordered_cuts = sorted(cuts | said | {s_end})
        pieces = list(zip(ordered_cuts, ordered_cuts[1:]))
        bounds: list[list[int]] = [list(pieces[0])]
        for p_start, p_end in pieces[1:]:
            current = bounds[-1]
            if p_start in said:  # what a saying told with its own date says, with a date of its own
                cut = True
            elif (p_start not in joints and dating.count_starting_in(current[0], current[1])
                  and _attribution_tail(text, p_start)):  # …، بحسب ما أفاد مصدر الاثنين: the telling
                cut = False  # of the dated clause before it, no event of its own
            elif p_start in joints:  # a connective: what it opens, up to the next one, tells a happening
                upto = min([j for j in joints if j > p_start] + [s_end])
                cut = _content_words(text, p_start, upto, spans, 2) >= 2
            else:  # a new date starting a new event (a second happening shares the day before it)
                cut = bool((dating.count_starting_in(current[0], current[1])
                            or (joints.get(current[0]) and _opens_second(text, current[0]))
                            or (current[0] in joints and _opens_ahead(text, current[0])))
                           and _dates_anew(text, p_start, p_end, dating, published)
                           and _content_words(text, p_start, p_end, spans, 1) > 0)
            if cut and _content_words(text, current[0], current[1], spans, 1) > 0:
                said_at = _said_relative(text, current, p_start, p_end, dating)
                if said_at is not None:  # what a dated saying says keeps its day; the relative clause its own
                    current[1] = said_at
                    bounds.append([said_at, p_end])
                else:
                    bounds.append([p_start, p_end])
            else:
                current[1] = p_end
        for piece in bounds:  # a piece dated before a relative clause or an "after" phrase with a
            at = _dated_apart(text, piece[0], piece[1], s_start, s_end, spans, dating, published)  # its own date
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # a since phrase naming a happening and its date, then a comma: cut there
            at = _since_apart(text, piece[0], piece[1], spans, dating, s_start)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # a plan with its own date after a past predicate: cut off
            at = _plan_apart(text, piece[0], piece[1], spans, dating, published)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # a state now or a plan after a happening gone by, dated in its phrase
            at = _present_apart(text, piece[0], piece[1], spans, dating, published)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # the day a decision told with its own day takes effect: cut off
            at = effective_cut(text, piece[0], piece[1], s_start, s_end, dating)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        for piece in list(bounds):  # another statement after a saying participle: cut off, undated
            at = _participle_cut(text, piece[0], piece[1], spans, dating)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
        purposes = set()
        for piece in bounds:  # a purpose phrase dated ahead: the purpose's date, not the report's
            at = _purpose_cut(text, piece[0], piece[1], spans, dating, published)
            if at is not None:
                bounds.append([at, piece[1]])
                piece[1] = at
                purposes.add(at)
        recut = set()  # a piece cut off at its own date may open with a predicate whose relative
        for piece in bounds[1:]:  # clause holds that date: the predicate is told undated (not a piece an
            if joints.get(piece[0]) is False:  # antecedent, a since, an "after" or an aside opens)
                continue
            head = _relative_head(text, piece[0], piece[1], spans, dating)
            if head is not None:
                bounds.append([head, piece[1]])
                piece[1] = head
                recut.add(piece[0])
        bounds.sort()
        for c_start, c_end in bounds:
            joint = joints.get(c_start, False) and c_start not in recut  # (it shares no date either)
            purpose = c_start in purposes
            reacts = c_end in reacted or c_start in resumed
            c_start, c_end = _strip_span(text, c_start, c_end)
            if c_start < c_end:
                clauses.append(Clause(c_start, c_end, text[c_start:c_end], index, s_start, s_end, joint, purpose,
                                      reacts))
    return clauses


def _read_asides(text: str, s_start: int, cuts: set[int], joints: Mapping[int, bool], spans: SpanIndex[Timex],
                 dating: SpanIndex[Timex]) -> None:
    """Drop from ``cuts`` (a sentence's from ``s_start``) the cuts a date alone between commas
    (:func:`_date_aside`) does not make: it is an aside of the piece before it, which it dates
    (``ستبدأ، اليوم، تشغيل``), unless that piece is a relative clause (the rules for a relative clause's
    date read it) or holds a date of its own (``…عام 2012، في عام 2014، فاز``: the comma rules read it);
    after a piece with no word to date (``، وبعد ذلك، يوم الأحد، أعلنت``، ``، ثم، أمس، عثر``) it opens
    what follows, and the cut after it goes."""
    for pos in sorted(cuts):
        if pos not in cuts or pos == s_start or not _date_aside(text, pos, dating):
            continue
        held = max(c for c in cuts if c < pos)
        if dating.count_starting_in(held, pos):
            continue
        if not _content_words(text, held, pos, spans, 1):
            after = [c for c in cuts if c > pos]
            if after and after[0] not in joints and not _content_words(text, pos, after[0], spans, 1):
                cuts.discard(after[0])
            continue
        opening = _WORD.search(_fold_window(text, held, pos))
        if opening is None or unjoined(opening.group()) not in relative_pronouns():
            cuts.discard(pos)


_ASIDE_GAP = kept(r"\s*")  # the spaces between an aside's preposition and its date


def _date_aside(text: str, pos: int, dating: SpanIndex[Timex]) -> bool:
    """Whether a date alone, set off by commas, stands at ``pos`` (``أن الشركة ستبدأ، اليوم، تشغيل المفاعل``):
    the date of the words before it, not a piece of its own, after a preposition of ``aside_prepositions``
    too (``أعلنت الشركة، في 3 أغسطس، نتائجها``). Not a date opening what follows (``، وأمس،``,
    ``، وفي يوم الجمعة،``: those open with a connective, not with the date), nor a since or an until
    (``since``, ``cut_off`` of ``event_dates.yaml``: ``، حتى يوم الخميس،``)."""
    before = pos - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before < 0 or text[before] not in COMMAS:
        return False
    cues = _date_cues()
    opening = _WORD.match(text, pos)  # ، في 3 أغسطس،: the date after a preposition is an aside alike
    if opening is not None and fold(opening.group()) in cues.aside_prepositions:
        pos = _ASIDE_GAP.match(text, opening.end()).end()
    found = dating.starting_in(pos, pos + 1)
    if not found:
        return False
    first = _WORD.search(_fold_window(text, pos, pos + 16))
    if first is not None and (first.group() in cues.since or first.group() in cues.cut_off):
        return False  # …، حتى يوم الخميس، …: a bound of a term, read with the term (story42's cut-off)
    end = max(t.end for t in found)
    after = text[end:end + 3].lstrip()
    return after[:1] != "" and after[0] in COMMAS


def _said_relative(text: str, current: list[int], start: int, end: int, dating: SpanIndex[Timex]) -> int | None:
    """Where to cut the piece ``text[start:end]``, cut off for its date after a comma, when
    it is what the dated saying ``current`` says (a speech verb there, ``speech_verbs``) and
    its dates lie in a relative clause telling a happening of its own (a happening word among
    its first words, or one of ``relative_happening_verbs`` first: قضى، فقدت; not ``يقام``, which
    may tell the very happening announced): at that clause's antecedent (:func:`_antecedent`). What the
    saying says, a happening named before the antecedent, keeps the saying's day (``أعلن مسؤول
    اليوم، وفاة الأب | والد الطفل الذي قضى قبل أسبوع في حريق``: the father died now, the child a
    week ago). None otherwise."""
    if text[max(0, start - 2):start].strip() not in ("،", ","):
        return None
    cues = _date_cues()
    dates = dating.starting_in(start, end)
    pronoun = cues.relative.search(text, start, dates[0].start) if dates else None
    if pronoun is None or not any(unjoined(w) in cues.speech_verbs
                                  for w in _WORD.findall(_fold_window(text, current[0], current[1]))):
        return None
    head = _antecedent(text, start, pronoun.start(), cues)
    if head is None or load_triggers().happening(_fold_window(text, start, head)) is None:
        return None
    told = _told_before_date(text, pronoun.end(), end, dating, cues)
    if not told or not (load_triggers().happening(" ".join(told[:_TOLD_WORDS])) or told[0] in _happening_verbs()):
        return None
    return head


@functools.lru_cache(maxsize=None)
def _happening_verbs(code: str = "ar") -> frozenset[str]:
    """``relative_happening_verbs`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["relative_happening_verbs"])


def _said_cuts(text: str, start: int, end: int, cuts: set[int], spans: SpanIndex[Timex],
               dating: SpanIndex[Timex]) -> set[int]:
    """Where in the sentence ``text[start:end]`` a complementizer opens what a saying says,
    both with a date of their own (``أعلن المتحدث أمس | أن القوات سيطرت على البلدة
    السبت``): the piece before it (from the last cut) holds a speech verb (``speech_verbs``
    of ``lang/ar/event_dates.yaml``) and a dated expression (or follows a date fronted before a comma
    at the sentence's start: ``ولاحقا في المساء، أعلنت الوزارة أن …``), the piece after it (to the next
    cut) a dated expression, not only a relative clause's (``أعلنت ماليزيا اليوم الاثنين أنها
    أرسلت فريقا ... لطائرة الخطوط الماليزية التي فقدت العام الماضي``: the sending is told
    with the announcement's day, the plane's loss is no date of it)."""
    cues = _date_cues()
    verbs = cues.speech_verbs
    found: set[int] = set()
    for m in cues.said_break.finditer(text, start, end):
        pos = m.end()
        if pos >= end or pos in cuts or spans.covers(m.start()):
            continue
        before = max([c for c in cuts | found if c < pos] + [start])
        if before > start and not dating.count_starting_in(before, pos) \
                and not _content_words(text, start, before, spans, 1):  # a date fronted before a comma at
            before = start  # the sentence's start is the saying's (ولاحقا في المساء، أعلنت الوزارة أن…)
        after = min([c for c in cuts if c > pos] + [end])
        if (dating.count_starting_in(before, pos)
                and any(not _secondary_from(text, pos, t, cues) for t in dating.starting_in(pos, after))
                and any(unjoined(w) in verbs for w in _WORD.findall(_fold_window(text, before, pos)))):
            found.add(pos)
    return found


# what may stand before a fronted since: a phrase's end (a line's end is stripped before), a dash, an
# opening bracket or quote; a set, so no mark (the piece's start) is none of them
_FRONTING = frozenset(COMMAS + SEMICOLONS + COLONS + SENTENCE_ENDS + '-(«"')


@functools.lru_cache(maxsize=None)
def _since_opener(code: str = "ar") -> re.Pattern[str]:
    """``since_openers`` of ``lang/<code>/event_dates.yaml`` opening a piece, و glued or not, a whole word."""
    words = sorted({str(w) for w in load_language_yaml(code, "event_dates.yaml")["since_openers"]}, key=len, reverse=True)
    return re.compile(r"\s*و?(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def _since_apart(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex],
                 s_start: int) -> int | None:
    """Where the piece ``text[start:end]`` opening with a since that names a happening and its date
    before the piece's first comma (``since_openers``: ``ومنذ اندلاع الاحتجاجات في آذار 2011، | غادر آلاف
    السكان المدينة``) is cut: after that comma. The since phrase keeps the date of the happening it names;
    the main clause after it is not dated by it. Only a since fronted: at the sentence's start (``s_start``)
    or after a punctuation mark; one a connective cut off mid-sentence only when a verb opens what follows
    the comma (:func:`_verb_word`: ``أنه منذ العثور عليه في 29 يوليو، | تم التعرف…``), not otherwise (``أنهت
    الإدارة منذ بداية الحملة حتى أمس، إجراءات…``: what follows goes on with the verb before it). None for a since that is
    itself the expression (``منذ 20 يوليو، قتل``), without a comma after the date, without words after the
    comma, or before a relative pronoun after it (``منذ الهجوم على الفندق في 26 يونيو، الذي أسفر عن…``: the
    since's happening told on)."""
    opener = _since_opener().match(text, start, end)
    if opener is None:
        return None
    fronted = start <= s_start or text[max(s_start, start - 8):start].rstrip()[-1:] in _FRONTING
    dates = dating.starting_in(opener.end(), min(end, opener.end() + _SINCE_REACH))
    if not dates or _content_words(text, opener.end(), dates[0].start, spans, 1) == 0:
        return None
    comma = next((m for m in _COMMA.finditer(text, opener.end(), end) if not spans.covers(m.start())), None)
    if comma is None or comma.start() < dates[0].end:
        return None
    at = _after_comma(text, comma.end())
    if at is None or at >= end or _content_words(text, at, end, spans, 1) == 0:
        return None
    following = _WORD.match(_fold_window(text, at, min(end, at + 16)))
    if following is None:
        return at if fronted else None
    if following.group() in relative_pronouns():
        return None
    return at if fronted or _verb_word(following.group(), opening=True) else None


@functools.lru_cache(maxsize=None)
def _known_verbs(code: str = "ar") -> frozenset[str]:
    """The verbs (and verb particles) the project's data lists, folded, alone and after a glued و/ف
    (:func:`timeline.lexicon.conjoined`): for :func:`_verb_word`."""
    cues, triggers, lex = _date_cues(code), load_triggers(code), load_lexicon(code)
    return conjoined(lex.later_past_words | cues.speech_verbs | cues.plan_frames | cues.witness_verbs
                     | cues.auxiliaries | set(lex.past_cues) | triggers.verbal | triggers.done_verbs, code)


def _verb_word(word: str, opening: bool = False) -> bool:
    """Whether one folded word, و/ف glued or not, is a verb (or a particle opening a verb: لم، قد) by
    the project's verb data: a perfect of ``later.past_words``, ``speech_verbs``, ``plan_frames``,
    ``witness_verbs``, ``auxiliaries``, a past cue, a happening's verb of ``triggers.yaml`` in any person
    (قتل، يقتل), a verb of doing (تم), or a verb by its shape (:class:`timeline.verbs.Shapes`: a
    perfect by its ending or of the form افتعل, امتنع؛ a present يـ, or a long present تـ/نـ). A noun
    :func:`timeline.verbs.nearest_first` passes over (``الوقت``) is none. With ``opening`` (the first
    word after a since phrase's comma) the short shapes too (:meth:`timeline.verbs.Shapes.opening_verb`:
    وحصل، تضع، ونأمل، وتولى), but never a word a preposition, a tally, a function word or a و of the root
    opens (``نحو``، ``وعدد``، ``ذلك``، ``وزير``)."""
    ((_, _, bare, passed),) = nearest_first([word])
    if word in _known_verbs() or bare in _known_verbs():
        return True
    if passed:
        return False
    shapes = load_shapes()
    if shapes.perfect(bare, derived=True) or shapes.is_present(bare, noun_endings=True) \
            or shapes.present_opening.fullmatch(bare) is not None and shapes.long_present(bare):
        return True
    if not opening or word.startswith(_root_waw().starts):
        return False
    cues = _date_cues()
    return shapes.opening_verb(word, bare) and not {word, bare} & (cues.function_words | cues.held_prepositions | cues.tally)


@functools.lru_cache(maxsize=None)
def _saying_participles(code: str = "ar") -> frozenset[str]:
    """``saying_participles`` of ``lang/<code>/event_dates.yaml`` with each of ``participle_endings``,
    folded (مشيرا، مشيره، مشيرين)."""
    data = load_language_yaml(code, "event_dates.yaml")
    return frozenset(fold(str(w) + str(e)) for w in data["saying_participles"] for e in data["participle_endings"])


def _said_on(text: str, at: int) -> bool:
    """Whether ``at``, after a comma, opens with a saying participle (:func:`_saying_participles`)."""
    if _after_comma(text, at) != at:
        return False
    word = _WORD.match(_fold_window(text, at, at + 16))
    return word is not None and word.group() in _saying_participles()


def _participle_cut(text: str, start: int, end: int, spans: SpanIndex[Timex], dating: SpanIndex[Timex]) -> int | None:
    """Where the piece ``text[start:end]`` is cut at a comma before a saying participle
    (:func:`_saying_participles`) after a date of the piece, with no date after it: what follows is
    another statement of the speaker, cut off undated (``وتسجيل المرشحين يوم 15/11/1436هـ | مشيرًا إلى
    أن اللجنة حددت مركزين بتبوك``: its words and its town are not the registration's); it inherits no
    date either (``inherit``), and what follows it "while" shares the day of the clause before it. The
    other way round, a piece whose dates all follow such a participle is cut at the last one before
    them when what comes before says something of its own (a complementizer or a quotation): the
    statement keeps its dates, the saying before it is told undated (``وقال المتحدث إن الهجمات ليست
    جديدة، | مشيرًا إلى أنها بلغت ذروتها في ثمانينات القرن الماضي``: the peak's decade, not the saying's;
    not ``وقال المدير، مشيرا إلى أن…``: the participle tells all that is said). None without one."""
    dates = dating.starting_in(start, end)
    if not dates:
        return None
    for m in _COMMA.finditer(text, dates[0].end, end):
        at = _after_comma(text, m.end())
        if at is not None and at < end and _said_on(text, at) and not spans.covers(m.start()) and not dating.count_starting_in(at, end):
            return at
    said = None
    for m in _COMMA.finditer(text, start, dates[0].start):
        at = _after_comma(text, m.end())
        if at is not None and at < dates[0].start and _said_on(text, at) and not spans.covers(m.start()):
            said = at
    if said is None:
        return None
    if any(unjoined(w) in _date_cues().complementizers for w in _WORD.findall(_fold_window(text, dates[0].end, end))) \
            and not any(q in text[said:dates[0].start] for q in OPENING_QUOTES) \
            and not any(unjoined(w) in _date_cues().complementizers
                        for w in _WORD.findall(_fold_window(text, said, dates[0].start))):
        return None  # مشددا أثناء لقائه الوزير أمس على أن…: the date before what is said is the saying's own day
    before = text[start:said]
    says = any(q in before for q in OPENING_QUOTES) or not _date_cues().complementizers.isdisjoint(
        map(unjoined, _WORD.findall(_fold_window(text, start, said))))
    return said if says else None
