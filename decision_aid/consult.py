"""The consultation: the clinician's notes and the agreed next step, and the plain-text
note for the patient record. Nothing here is stored: it lives in the browser session and
in the files the clinician downloads."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from decision_aid.answers import MAX_TEXT, Answers, _clean_text
from decision_aid.bidi import close_open, isolate
from decision_aid.choices import Choices
from decision_aid.models import Content
from decision_aid.summary import Summary, summarise
from decision_aid.summary_words import excerpt, matters_most_words, quiz_words, sure_open

NextStep = Literal["", "mis", "open", "not_now", "more_tests", "think_it_over", "second_opinion"]


class Consult(BaseModel):
    """What the clinician adds during the visit."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    notes: str = ""
    next_step: NextStep = ""

    @field_validator("notes")
    @classmethod
    def _text(cls, v: str) -> str:
        return _clean_text(v)


def record_note(
    content: Content, answers: Answers, consult: Consult, summary: Summary | None = None
) -> str:
    """A short, structured plain-text note to paste into the patient record. ``summary``:
    these answers' summary, if the caller has made it already."""
    t = content.texts
    s = summary or summarise(content, answers)
    words = Choices(content)
    no_flags = t["consult_no_flags"]
    lines = [t["note_title"], f"{t['note_warning']}: {s.warning_record}"]
    family = s.family or t["glance_family_unknown"]
    lines += [
        f"{t['glance_condition']}: {s.condition}. {family}",
        f"{t['glance_leaning']}: {s.leaning}",
        f"{t['glance_sure']}: {sure_line(content, s)}",
        f"{t['glance_priorities']}: {matters_most_words(content, s)}",
        f"{t['glance_flags']}: "
        + ("; ".join(f"{f.title} [{', '.join(f.sources)}]" for f in s.flags) or no_flags),
        f"{t['glance_quiz']}: {quiz_words(content, s, answers=False)}",
        f"{t['glance_questions']}: {len(s.questions)}",
    ]
    if s.leaning_note_clinician:
        lines.append(f"{t['note_mismatch']}: {s.leaning_note_clinician}")
    lines.append(f"{t['note_next_step']}: {words.one('next_steps', consult.next_step)}")
    # the free texts last, the patient's own words after the clinician's
    free: list[tuple[str, list[str]]] = []
    if consult.notes.strip():
        free.append((t["note_clinician"], [consult.notes]))
    if s.own_questions:  # the rest are the tool's suggestions, the same for many patients
        free.append((t["consult_own_questions"].format(n=len(s.own_questions)), s.own_questions))
    for label, text in ((t["consult_worry"], s.worries), (t["consult_patient_notes"], s.notes)):
        if text.strip():
            free.append((label, [text]))
    footer = t["note_footer"].format(version=content.meta.content_version)
    room = MAX_TEXT * 2 - len(footer) - 1
    # every free text gets its line: a long one is shortened, and says so, rather than
    # the last ones dropped, label and all
    share = max(300, (room - len("\n".join(lines)) - 100 * len(free)) // max(1, len(free)))
    lines += [f"{label}: {_free_line(texts, share, t['note_cut'])}" for label, texts in free]
    body = "\n".join(lines)
    if len(body) > room:  # said where it is cut: a cut text never looks complete
        cut = " " + t["note_cut"]
        body = close_open(body[: room - len(cut) - 2].rstrip()) + cut
    return body + "\n" + footer


def _free_line(texts: list[str], share: int, cut_words: str) -> str:
    """Free texts on one line, each a bidi isolate, joined by " | "; longer than
    ``share`` characters in all, each is shortened in proportion and says it was cut."""
    flat = [" ".join(x.split()) for x in texts]
    each = share // len(flat) if sum(map(len, flat)) > share else 0
    parts = []
    for x in flat:
        start, cut = excerpt(x, each) if each else (x, False)
        # the app's words after the patient's isolate, never inside it
        parts.append(f"{isolate(start)} {cut_words}" if cut else isolate(start))
    return " | ".join(parts)


def answered_situation(content: Content, s: Summary) -> list[tuple[str, str]]:
    """The situation's answered lines (label, answer): "Not answered" and a plain "No"
    are left out, as they tell a surgeon nothing they would act on."""
    unanswered = (content.texts["answer_none"], Choices(content).yes_no(False))
    return [(k, v) for k, v in s.situation if v not in unanswered]


def situation_lines(content: Content, s: Summary) -> list[tuple[str, str]]:
    """The answered situation without the lines the consult screen shows on their own
    (warning signs, condition, the family whose figures are shown)."""
    t = content.texts
    own_rows = {t["situation_warning_signs"], t["situation_condition"], t["situation_families"]}
    return [(k, v) for k, v in answered_situation(content, s) if k not in own_rows]


def question_groups(s: Summary) -> tuple[list[str], list[str]]:
    """The patient's own questions, and the tool's suggestions they did not remove
    (``Summary.questions`` lists the own ones first)."""
    own = list(s.own_questions)
    return own, s.questions[len(own) :]


def sure_noes(content: Content, s: Summary) -> list[str]:
    """The SURE items the patient answered "no" to (what to talk over), in words that
    speak of the patient ("Not sure of the best choice"), not the question they read."""
    no = Choices(content).yes_no(False)
    return [content.texts[f"consult_sure_{item.id}"] for item, said in s.sure_items if said == no]


def sure_line(content: Content, s: Summary) -> str:
    """The SURE result for the clinician: "2 of 4 answered yes.", then the noes."""
    t = content.texts
    if not s.sure.answered:
        return t["not_answered"]
    said = t["x_of_y"].format(x=s.sure.yes, y=s.sure.total) + " " + t["sure_answered_yes"]
    said += sure_open(content, s)
    noes = sure_noes(content, s)
    return said + (f" {t['consult_sure_no']} " + "; ".join(noes) + "." if noes else "")
