"""What the summary says, decided once: the Summary step and the PDF both render it.

:func:`summarise` turns answers + content into a :class:`Summary`: the situation in
words, the points to talk over, the ranked priorities, the comparison rows for the
patient's operation families, the weigh-up, the quiz and SURE results, the questions,
the patient's own words and one list of sources. Renderers choose layout only.
"""

from __future__ import annotations

from dataclasses import dataclass

from decision_aid.answers import MAX_QUESTIONS, MAX_TEXT, Answers
from decision_aid.choices import Choices
from decision_aid.compare import Row, comparison, figure_sources
from decision_aid.evidence import inline_citations
from decision_aid.flags import pulling_flags, raised_flags, surgeon_questions
from decision_aid.models import Content, FamilyInfo, Flag, Meta, Priority, Source, SureItem
from decision_aid.not_now import findings as not_now_findings
from decision_aid.patient import families_for, primary_family, quiz_for
from decision_aid.situation_items import SITUATION, in_words, shown
from decision_aid.weighing import Change, Weighing, factor_specs, sensitivity, weigh


@dataclass(frozen=True)
class QuizResult:
    right: int
    answered: int
    total: int


@dataclass(frozen=True)
class SureResult:
    answered: int
    yes: int
    total: int

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    @property
    def conflict(self) -> bool:
        """True if any answered item is "no": the patient may need more help."""
        return self.yes < self.answered


@dataclass(frozen=True)
class FamilyComparison:
    family: FamilyInfo
    rows: list[Row]


@dataclass(frozen=True)
class Summary:
    warning: list[str]  # warning signs ticked, in words (empty: none or not answered)
    warning_answer: str  # the signs ticked, "None of these" or "Not answered yet."
    warning_record: str  # the same, as a clinician's record says it (of the patient)
    emergency: bool  # a ticked sign needs an emergency department now (answers.EMERGENCY_SIGNS)
    # No condition, or "not sure": no family's figures and no weigh-up apply to them.
    diagnosis_unknown: bool
    situation: list[tuple[str, str]]
    caveat: str
    worries: str
    notes: str
    own_questions: list[str]
    flags: list[Flag]
    priorities: list[tuple[Priority, int, str]]  # priority, rating, rating in words
    comparisons: list[FamilyComparison]
    weighing: Weighing
    changes: list[Change]
    mirror: str
    leaning_note: str  # said gently when the leaning differs from what the ratings mirror
    leaning_note_clinician: str  # the same, in words about the patient (consult, record)
    quiz: QuizResult
    leaning: str
    sure: SureResult
    sure_items: list[tuple[SureItem, str]]  # item, the answer in words
    questions: list[str]
    sources: list[Source]
    meta: Meta
    condition: str = ""  # the condition in words
    family: str = ""  # the operation family in words ("" when not known)
    # quiz points worth another look: (question, the answer studies or pages give)
    quiz_review: tuple[tuple[str, str], ...] = ()
    shortened: str = ""  # what was shortened when the answers were loaded, if anything

    def matters_most(self, n: int) -> list[tuple[Priority, int, str]]:
        """The ``n`` highest-rated points; a point rated "not at all" is not one that
        matters, however few others were rated."""
        return [x for x in self.priorities if x[1] > 0][:n]


def situation(content: Content, answers: Answers) -> list[tuple[str, str]]:
    """The patient's situation as (label, answer in words) lines, in the page's order."""
    t = content.texts
    lines = [(t[i.summary], in_words(content, i, answers)) for i in SITUATION if shown(i, answers)]
    if primary_family(content, answers) is None:  # no figures are shown yet (Compare)
        fams = t["situation_families_none"]
    else:
        fams = ", ".join(content.families[f].label for f in families_for(content, answers))
    lines.insert(2, (t["situation_families"], fams))  # after the warning signs and condition
    return lines


def ranked_priorities(content: Content, answers: Answers) -> list[tuple[Priority, int]]:
    """Rated priorities, most important first (ties keep the content's order)."""
    rated = [
        (p, answers.priorities[p.id]) for p in content.priorities if p.id in answers.priorities
    ]
    return sorted(rated, key=lambda pr: -pr[1])


def quiz_result(content: Content, answers: Answers) -> QuizResult:
    asked = quiz_for(content, answers)
    answered = [q for q in asked if q.id in answers.quiz]
    right = sum(1 for q in answered if answers.quiz[q.id] == q.answer)
    return QuizResult(right, len(answered), len(asked))


def quiz_review(content: Content, answers: Answers) -> tuple[tuple[str, str], ...]:
    """Quiz points worth another look: the questions answered, but not as the evidence
    says, each with its answer. (A point not yet answered is not a mistake.)"""
    return tuple(
        (q.question, q.choices[q.answer])
        for q in quiz_for(content, answers)
        if q.id in answers.quiz and answers.quiz[q.id] != q.answer
    )


def sure_result(content: Content, answers: Answers) -> SureResult:
    ids = [s.id for s in content.sure]
    answered = [i for i in ids if i in answers.sure]
    return SureResult(len(answered), sum(1 for i in answered if answers.sure[i]), len(ids))


def questions_to_ask(content: Content, answers: Answers) -> list[str]:
    """The patient's own questions first (what they most want to ask), then the
    suggested questions they kept."""
    generated = [
        q.text for q in surgeon_questions(content, answers) if q.id not in answers.skipped_questions
    ]
    return list(answers.own_questions) + generated


def weighing(content: Content, answers: Answers) -> tuple[Weighing, list[Change]]:
    """The weigh-up for the patient's operation family, and the smallest changes that
    would alter it. With no known family there is no weigh-up (no pooled leaning across
    operations): every rating counts as not yet matched to evidence. Ratings of points
    the content no longer has (an older save file) are left out rather than failing."""
    family = primary_family(content, answers)
    if family is None:
        return weigh({}, []), []
    specs = factor_specs(content, family)
    known = {s.id for s in specs}
    ratings = {k: v for k, v in answers.priorities.items() if k in known}
    return weigh(ratings, specs), sensitivity(ratings, specs)


def mirror_sentence(content: Content, w: Weighing, pulls: list[Flag] | None = None) -> str:
    """The overall picture as a mirror of the patient's ratings (never advice).

    Where a flag from the patient's situation points the other way, the same sentence
    says so: the weigh-up never contradicts a flag in silence."""
    t = content.texts
    if not w.rated:
        return t["weigh_none"]
    against = [f for f in pulls or [] if w.leader in ("mis", "open") and f.leans != w.leader]
    if not against:
        return t[f"weigh_{w.leader}"]
    return t[f"weigh_{w.leader}_but"].format(
        flags=", ".join(f.title.lower() for f in against),
        other=t[f"leader_{against[0].leans}"],
    )


def leaning_note(
    content: Content, answers: Answers, w: Weighing, key: str = "leaning_differs"
) -> str:
    """A gentle word when the patient leans one way and their ratings mirror the other
    (``key``: the text, to the patient or, for clinicians, about them)."""
    if not w.rated or answers.leaning not in ("mis", "open") or w.leader not in ("mis", "open"):
        return ""
    if answers.leaning == w.leader:
        return ""
    t = content.texts
    return t[key].format(leaning=t[f"leader_{answers.leaning}"], leader=t[f"leader_{w.leader}"])


def change_sentence(content: Content, ch: Change, rated: bool = True) -> str:
    """What would change the picture, worded for a rated or a not-yet-rated point."""
    words = Choices(content)
    key = "weigh_change" if rated else "weigh_change_unrated"
    return content.texts[key].format(
        label=ch.factor.label,
        new=words.rating(ch.new).lower(),
        old=words.rating(ch.old).lower(),
        leader=content.texts[f"leader_{ch.leader_after}"],
    )


def shortened_note(
    content: Content, fields: tuple[str, ...] | list[str], cleaned: tuple[str, ...] = ()
) -> str:
    """What was changed when a file was loaded: free text longer than the aid keeps, and
    characters no page can show (``cleaned``). Empty when nothing was."""
    t = content.texts
    notes = []
    if fields:
        names = ", ".join(t[f"text_field_{f}"] for f in fields)
        notes.append(
            t["text_shortened"].format(fields=names, max=f"{MAX_TEXT:,}", questions=MAX_QUESTIONS)
        )
    if cleaned:
        notes.append(
            t["text_cleaned"].format(fields=", ".join(t[f"text_field_{f}"] for f in cleaned))
        )
    return " ".join(notes)


def cited_sources(
    content: Content, answers: Answers, comparisons: list[FamilyComparison], flags: list[Flag]
) -> list[Source]:
    """The one list of sources behind a summary: the source documents behind the
    trade-offs and the patient's condition, the studies whose figures were shown (their
    families only) and the sources of the raised flags. S documents first, then E studies.
    """
    ids: set[str] = {s for fl in flags for s in fl.sources}
    for t in content.tradeoffs.values():
        ids.update(s for s in t.sources if s.startswith("S"))
    cond = content.conditions.get(answers.condition)
    if cond:
        ids.update(cond.sources)
    for fc in comparisons:
        ids.update(figure_sources(fc.rows))
        for r in fc.rows:  # a study cited in a row's note, e.g. "[E51]"
            ids.update(inline_citations(r.evidence.note))
        ids.update(f.source for f in not_now_findings(content, fc.family.id, answers.condition))
    ordered = sorted((i for i in ids if i in content.sources), key=_source_order)
    return [content.sources[i] for i in ordered]


def _source_order(sid: str) -> tuple[bool, int]:
    return (sid[0] != "S", int(sid[1:]))


def summarise(content: Content, answers: Answers, shortened: tuple[str, ...] = ()) -> Summary:
    """Everything the summary says, for the Summary step and the PDF alike.

    ``shortened`` names free-text fields that a loaded file had longer than the aid keeps."""
    words = Choices(content)
    flags = raised_flags(content, answers)
    family = primary_family(content, answers)
    comparisons = (
        [FamilyComparison(content.families[family], comparison(content, family))] if family else []
    )
    w, changes = weighing(content, answers)
    cond = content.conditions.get(answers.condition)
    sure_items = [
        (item, words.yes_no(answers.sure[item.id]) if item.id in answers.sure else words.none)
        for item in content.sure
    ]
    signs = words.options("warning_signs")
    record = words.options("warning_signs_record")
    return Summary(
        warning=[signs[s] for s in answers.warning],
        warning_answer="; ".join(signs[s] for s in answers.warning)
        or (signs["none"] if "none" in answers.warning_signs else content.texts["not_answered"]),
        warning_record="; ".join(record[s] for s in answers.warning)
        or (signs["none"] if "none" in answers.warning_signs else content.texts["not_answered"]),
        emergency=answers.emergency,
        situation=situation(content, answers),
        caveat=cond.caveat or "" if cond else "",
        worries=answers.worries,
        notes=answers.notes,
        own_questions=list(answers.own_questions),
        flags=flags,
        priorities=[(p, r, words.rating(r)) for p, r in ranked_priorities(content, answers)],
        comparisons=comparisons,
        diagnosis_unknown=family is None,
        weighing=w,
        changes=changes,
        mirror=mirror_sentence(content, w, pulling_flags(content, answers, family)),
        leaning_note=leaning_note(content, answers, w),
        leaning_note_clinician=leaning_note(content, answers, w, "consult_leaning_differs"),
        quiz=quiz_result(content, answers),
        leaning=words.one("leanings", answers.leaning),
        sure=sure_result(content, answers),
        sure_items=sure_items,
        questions=questions_to_ask(content, answers),
        sources=cited_sources(content, answers, comparisons, flags),
        meta=content.meta,
        condition=cond.label if cond else words.none,
        family=content.families[family].label if family else "",
        quiz_review=quiz_review(content, answers),
        shortened=shortened_note(content, shortened),
    )
