"""A clause's verbs told by their shape, and the walk back over its words to the nearest one.

The tagger (a bare weekday told ahead, a clock time today's, "later" told in the past), a
happening's tense (:mod:`timeline.tense`) and a plan cut off after a past predicate
(:mod:`timeline.events`) read the predicate of a date the same way: the words
before it, nearest first, nouns (an ``ال`` word, ``later.not_verbs``), given names and place
adjectives passed over, a verb known by its shape: a perfect by its feminine ت or plural وا or the
form افتعل, a present by يـ. The letters and lengths are ``verb_shapes`` of ``lang/<code>/relative.yaml``
(beside ``present_shape``, whose ``not_verb_starts`` no present verb begins with); a reader's own
variant is a named parameter (a short present for a clock or a weekday, a noun's ending for the tense)
or a named shape (a long present opening a clause, a plan's verb, a present holding a pronoun).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from timeline._programs import kept
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import attached_pronouns, load_lexicon, unjoined
from timeline.normalize import fold
from timeline.places import place_adjectives

__all__ = ["ObjectShape", "Shapes", "load_shapes", "nearest_first", "preload", "shape_letters"]

_LETTER = r"[^\W\d_]"


class ObjectShape(NamedTuple):
    """``verb_shapes.object`` of ``relative.yaml`` read (:meth:`Shapes.perfect_with_object`)."""

    pronouns: tuple[str, ...]  # the attached pronouns, longest first
    least: int  # the fewest letters left once the pronoun is off
    final: str  # a final letter (folded: ى) ...
    final_before: str  # ... as written before a pronoun (ا: التقاها)
    plural_before: str  # the plural's ending before a pronoun (و: زاروه)
    feminine: str  # the feminine's ending (ت: زارته)
    plural: str  # the plural's ending alone (وا: نفذوا, read back from نفذوها)


class Shapes(NamedTuple):
    """The verb shapes of one language (:func:`load_shapes`), as patterns of a whole folded word.

    Built at import as a named tuple, not a dataclass (its generated methods cost ~1 ms of every
    start): immutable and compared field by field all the same; nothing hashes or copies it."""

    perfect_ending: re.Pattern[str]  # a feminine or plural perfect: أعلنت، توفيت؛ قتلوا، تظاهروا
    perfect_or_derived: re.Pattern[str]  # ... or one of the form افتعل/افعل: اتضح، ارتفع
    present: re.Pattern[str]  # ينتظر، يعود
    present_short: re.Pattern[str]  # يصل، يبدأ (a clock's or a weekday's verb is often short)
    present_not_noun: re.Pattern[str]  # يعقد; not يمنية, يوميات (ة/ه, ات endings)
    present_opening: re.Pattern[str]  # تبدأ، ننتظر
    opening_not: tuple[str, str]  # نائب؛ تواصل (present_opening.not_second, .not_third_long)
    long_present_spec: tuple[int, str, tuple[str, ...], str, str]  # letters, not_fourth, endings, infix_fourth, infix_third
    plan: re.Pattern[str]  # يقام، تبدأ، سيعقد (a plan's verb)
    resumed: re.Pattern[str]  # يستكملها (a present holding its antecedent's pronoun)
    participle: re.Pattern[str]  # الصادر، الواقعة
    opening_conjoined: int  # وحصل: a perfect's letters after a glued و/ف (opening.conjoined)
    opening_present: re.Pattern[str]  # تضع، نامل، تولي (opening.present)
    not_verb_starts: tuple[str, ...]  # يوم، يونيو (present_shape.not_verb_starts)
    not_predicates: frozenset[tuple[str, ...]]  # (فيما, يتصل)
    directions: frozenset[str]  # القادم، المقبل (relative.yaml directions)
    past_words: frozenset[str]  # أعلن، قال، التقى (later.past_words: masculine perfects no shape tells)
    not_verbs: frozenset[str]  # وقت، عادة (later.not_verbs: a perfect's shape, no verb)
    object_spec: ObjectShape  # verb_shapes.object: a perfect carrying an object pronoun
    noun_endings: tuple[str, ...]  # ة، ات, written and folded (verb_shapes.noun_endings): a feminine noun's

    def perfect(self, bare: str, *, derived: bool = False) -> bool:
        """Whether ``bare`` is a perfect by its feminine or plural ending (or, with ``derived``, by
        the form افتعل/افعل)."""
        return (self.perfect_or_derived if derived else self.perfect_ending).fullmatch(bare) is not None

    def perfect_with_object(self, bare: str, *, derived: bool = False, feminine: bool = False) -> bool:
        """Whether ``bare`` (folded, its و/ف off) is a perfect carrying an object pronoun (``verb_shapes.object``
        of ``relative.yaml``): with the pronoun off, a masculine perfect of ``past_words`` (``زاره``،
        ``استقبلهم``، ``التقاها``), its feminine (``زارته``) or plural (``زاروه``), or, with ``derived``, of
        the form افتعل/افعل by its shape before a pronoun other than ه (``أبلغنا``; ``إصابة`` folds to ``اصابه``);
        a plural perfect by its shape, its ا unwritten, before a pronoun other than ه (``نفذوها``: ``نفذوا``;
        ``علاوة`` folds to ``علاوه``); with ``feminine`` (where no noun
        stands: right after a relative pronoun), a feminine perfect by its shape (``وضعتها``، ``اتخذته``: a noun
        in ة is written so too, ``حكومتها``); never a word ``not_verbs`` holds, with or without its pronoun
        (``عادة``، ``أمامه``)."""
        shape = self.object_spec
        if bare in self.not_verbs:
            return False
        for pronoun, stem, bases in self.object_stems(bare):
            if stem in self.not_verbs:
                continue
            if not bases.isdisjoint(self.past_words):
                return True
            if len(pronoun) > 1 and stem.endswith(shape.plural_before) \
                    and self.perfect_ending.fullmatch(stem[:-len(shape.plural_before)] + shape.plural) is not None:
                return True  # نفذوها
            if feminine and stem.endswith(shape.feminine) and self.perfect_or_derived.fullmatch(stem) is not None:
                return True  # "التي وضعتها", "الذي اتخذته"
            if derived and len(pronoun) > 1 and not stem.endswith(shape.feminine) \
                    and self.perfect_or_derived.fullmatch(stem) is not None:
                return True
        return False

    def object_stems(self, bare: str) -> Iterator[tuple[str, str, set[str]]]:
        """``(pronoun, stem, bases)`` for each attached pronoun ``bare`` (folded) ends with, ``least`` letters
        or more left (``verb_shapes.object``): ``stem`` the word without it, ``bases`` the masculine perfects it
        may be (a final ى restored, a feminine ت or a plural و read off: ``حددته`` → حددت، حدد)."""
        shape = self.object_spec
        for pronoun in shape.pronouns:
            stem = bare[:-len(pronoun)]
            if not bare.endswith(pronoun) or len(stem) < shape.least:
                continue
            bases = {stem, stem[:-len(shape.final_before)] + shape.final if stem.endswith(shape.final_before) else stem}
            for ending in (shape.feminine, shape.plural_before):
                if stem.endswith(ending):
                    bases.add(stem[:-len(ending)])
            yield pronoun, stem, bases

    def told_done(self, bare: str) -> bool:
        """Whether ``bare`` (folded, its و/ف off) is a verb told done: a perfect by its shape, the form
        افتعل/افعل too (``أفرجت``، ``اعتقلوا``، ``اتضح``), or a masculine one no shape tells (``past_words``:
        ``أعلن``، ``التقى``). The one reading of "a deed told done right after a day" of the schedule's
        weekday (:func:`timeline._tense.told_after`) and of yesterday set against today (deictic rules)."""
        return bare in self.past_words or self.perfect(bare, derived=True)

    def is_present(self, bare: str, *, short: bool = False, noun_endings: bool = False) -> bool:
        """Whether ``bare`` is a present verb يـ (not one of ``not_verb_starts``): of the stem's
        letters or more, or one fewer when ``short``; with ``noun_endings``, not ending ة/ه or ات."""
        shape = self.present_short if short else self.present_not_noun if noun_endings else self.present
        return shape.fullmatch(bare) is not None and not bare.startswith(self.not_verb_starts)

    def long_present(self, word: str) -> bool:
        """Whether ``word``, of تـ/نـ opening a clause, is a present verb by its length and letters
        (``long_present`` of ``verb_shapes``: ``تنطلق``, ``تستأنف``, ``نتوقع``; not ``تنظيم``, ``تنمية``,
        ``تركيا``, ``تلفزيون``, ``تكرار``, ``نجران``; a perfect of تـ has four letters: ``توقع``)."""
        least, not_fourth, endings, infix_fourth, infix_third = self.long_present_spec
        return len(word) >= least and word[3] not in not_fourth and not word.endswith(endings) \
            and not (len(word) == least and word[3] in infix_fourth and word[2] not in infix_third)

    def present_opens(self, bare: str) -> bool:
        """Whether ``bare``, the first word of its clause, is a present تـ/نـ by its shape
        (``present_opening``: ``تبدأ``، ``تقام``، ``ننتظر``): not a noun with a ``not_second`` letter
        second (``نائب``), nor a word of ``long_present``'s letters or more with a ``not_third_long``
        letter third (a perfect of تفاعل: ``تواصل``، ``تراجع``)."""
        not_second, not_third = self.opening_not
        return self.present_opening.fullmatch(bare) is not None and bare[1] not in not_second \
            and not (len(bare) >= self.long_present_spec[0] and bare[2] in not_third)

    def opening_verb(self, word: str, bare: str) -> bool:
        """Whether ``word`` (folded; ``bare`` without its و/ف) is a verb by the short shapes of
        ``opening``, read only on a clause's first word after a since phrase's comma: a bare perfect
        of the simple form after a glued و/ف (``وحصل``), a short present or a perfect of تفعّل
        (``تضع``، ``نامل``، ``تولي``)."""
        return (word != bare and len(bare) == self.opening_conjoined) or self.opening_present.fullmatch(bare) is not None

    def plan_verb(self, bare: str) -> bool:
        """Whether ``bare`` is a plan's verb by its shape (``plan``: a present or a future, ``يقام``،
        ``تبدأ``، ``سيعقد``; not one of ``not_verb_starts``)."""
        return self.plan.fullmatch(bare) is not None and not bare.startswith(self.not_verb_starts)

    def holds_pronoun(self, bare: str) -> bool:
        """Whether ``bare`` is a present verb holding its antecedent's pronoun (``resumed``: ``يستكملها``)."""
        return self.resumed.fullmatch(bare) is not None

    def no_predicate(self, words: Sequence[str], i: int, bare: str) -> bool:
        """Whether ``words[i]`` (``bare``: without و/ف) ends a fixed phrase whose present verb names no
        happening (``not_predicates``: فيما يتصل بـ)."""
        return any(i >= len(p) - 1 and p[-1] == bare and all(
            head in (words[j], unjoined(words[j])) for j, head in enumerate(p[:-1], i - len(p) + 1))
            for p in self.not_predicates)

    def adjective_participle(self, words: Sequence[str], i: int) -> bool:
        """Whether ``words[i]`` is an adjective participle of the simple verb after a definite noun
        (``الحكم الصادر``: its noun's day follows), no direction (``القادم``), agreeing with it: ending
        ة after a word ending ة or ات (``الحادثة الواقعة``), bare after one ending neither; else a noun
        of that shape, an object (``يزور الرئيس القاهرة``، ``تستقبل الجامعة الطالب``)."""
        if i <= 0:
            return False
        word, head = unjoined(words[i]), unjoined(words[i - 1])
        return self.participle.fullmatch(word) is not None and word not in self.directions \
            and head.startswith("ال") and word.endswith("ه") == head.endswith(("ه", "ات"))


def _endings(spec: dict[str, object], key: str) -> tuple[str, ...]:
    """The endings of ``key`` in ``spec``, as written and folded (ة and ه)."""
    value = spec.get(key) or []
    if not isinstance(value, list):
        raise LanguageDataError(f"{key}: a list of endings, not {value!r}")
    return tuple(dict.fromkeys(form for e in map(str, value) for form in (e, fold(e))))


def shape_letters(spec: dict[str, object], key: str) -> str:
    """The letters of ``key`` in ``spec``, folded, as one string ("" for none)."""
    value = spec.get(key) or []
    if not isinstance(value, list):
        raise LanguageDataError(f"{key}: a list of letters, not {value!r}")
    return "".join(fold(str(v)) for v in value)


def _object_spec(spec: dict[str, object], feminine: str, plural: str, code: str) -> ObjectShape:
    """``verb_shapes.object`` read (:class:`ObjectShape`), the feminine's and the plural's endings given."""
    finals = spec["final_before"]
    if not isinstance(finals, dict) or len(finals) != 1:
        raise LanguageDataError(f"object.final_before: one letter and how it is written, not {finals!r}")
    ((final, before),) = finals.items()
    return ObjectShape(attached_pronouns(code), int(str(spec["least"])), fold(str(final)), fold(str(before)),
                       fold(str(spec["plural_before"])), feminine, plural)


@functools.lru_cache(maxsize=None)
def load_shapes(code: str = "ar") -> Shapes:
    """Read ``verb_shapes`` of ``lang/<code>/relative.yaml`` and build its patterns (cached)."""
    where = f"timeline.lang.{code}/relative.yaml: verb_shapes"
    data = load_language_yaml(code, "relative.yaml").get("verb_shapes")
    try:
        fem, plural, derived = data["perfect_feminine"], data["perfect_plural"], data["perfect_derived"]
        present, opening, part = data["present"], data["present_opening"], data["participle"]
        esc = re.escape
        feminine_shape = rf"\w{{{int(fem['stem'])},}}(?<![{shape_letters(fem, 'not_before')}]){esc(fold(fem['ending']))}"
        plural_shape = rf"(?![{shape_letters(plural, 'not_first')}])\w{{{int(plural['stem'])},}}{esc(fold(plural['ending']))}"
        noun = derived.get("noun")
        not_noun = rf"(?![{shape_letters(derived, 'first')}][^\W{shape_letters(noun, 'second')}][^\W{shape_letters(noun, 'third')}]" \
            rf"[{shape_letters(noun, 'fourth')}]\w\Z)" if noun else ""  # إطلاق، أسعار: a verbal noun, a plural
        derived_shape = not_noun + rf"[{shape_letters(derived, 'first')}]\w{{{int(derived['stem'])},{int(derived['most'])}}}"
        first, stem = shape_letters(present, "first"), int(present["stem"])
        phrases = [tuple(fold(str(p)).split()) for p in data["not_predicates"]]
        nouns, long, plan, resumed = _endings(data, "noun_endings"), data["long_present"], data["plan"], data["resumed"]
        pronouns = "|".join(map(esc, _endings(resumed, "pronouns")))
        shapes = Shapes(
            perfect_ending=kept(f"{feminine_shape}|{plural_shape}"),
            perfect_or_derived=kept(f"{feminine_shape}|{plural_shape}|{derived_shape}"),
            present=kept(rf"[{first}]{_LETTER}{{{stem},}}"),
            present_short=kept(rf"[{first}]{_LETTER}{{{stem - 1},}}"),
            present_not_noun=kept(rf"[{first}]\w{{{stem},}}" + "".join(f"(?<!{esc(e)})" for e in nouns)),
            present_opening=kept(rf"[{shape_letters(opening, 'first')}]{_LETTER}{{{int(opening['stem'])},}}"),
            opening_not=(shape_letters(opening, "not_second"), shape_letters(opening, "not_third_long")),
            participle=kept(rf"ال{_LETTER}[{shape_letters(part, 'second')}]{_LETTER}{{{int(part['letters']) - 2}}}"
                            rf"(?<![{shape_letters(part, 'not_last')}])ه?"),
            long_present_spec=(int(long["letters"]), shape_letters(long, "not_fourth"), nouns + _endings(long, "not_endings"),
                               shape_letters(long, "infix_fourth"), shape_letters(long, "infix_third")),
            plan=kept(rf"(?:[{shape_letters(plan, 'first')}]\w{{{int(plan['stem'])},}}|{esc(fold(plan['future']))}"
                      rf"[{shape_letters(plan, 'future_first')}]\w{{{int(plan['stem'])},}})"),
            resumed=kept(rf"[{shape_letters(resumed, 'first')}]\w{{{int(resumed['stem'])},}}(?:{pronouns})"),
            opening_conjoined=int(data["opening"]["conjoined"]),
            opening_present=kept(
                rf"[{shape_letters(opening, 'first')}]{_LETTER}{{{min(data['opening']['present']) - 1},"
                rf"{max(data['opening']['present']) - 1}}}" + "".join(f"(?<!{esc(e)})" for e in nouns)),
            not_verb_starts=load_lexicon(code).present_not_verb_starts,
            not_predicates=frozenset(phrases),
            directions=frozenset(load_lexicon(code).directions),
            past_words=frozenset(load_lexicon(code).later_past_words),
            not_verbs=frozenset(load_lexicon(code).later_not_verbs),
            object_spec=_object_spec(data["object"], fold(str(fem["ending"])), fold(str(plural["ending"])), code),
            noun_endings=nouns)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise LanguageDataError(f"{where}: {exc}") from exc
    return shapes


def nearest_first(words: Sequence[str], code: str = "ar") -> Iterator[tuple[int, str, str, bool]]:
    """The ``words`` (folded) of a clause before a date, nearest first, as ``(index, word, bare,
    passed)``: ``bare`` the word without a leading و or ف (a word opening with في kept whole: فيها،
    فيسبوك، فيديو are no verbs), ``passed`` whether the reader passes it over as no verb: a noun (an
    ``ال`` word, one of ``later.not_verbs``, a number), a given name (يوسف) or a place's adjective
    (يمني), which the present's shape would take for a verb."""
    lex = load_lexicon(code)
    adjectives = place_adjectives(code)
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        bare = word if word.startswith("في") else unjoined(word)
        passed = bare.startswith("ال") or bare in lex.later_not_verbs or bare.isdigit() \
            or word in lex.surname_before or bare in adjectives
        yield i, word, bare, passed


def preload() -> None:
    """Build now what the merge builds on first use, called as it calls it (see
    :func:`timeline.wording.preload`)."""
    load_shapes()
