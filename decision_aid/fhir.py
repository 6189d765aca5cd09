"""The patient's answers as FHIR R4 resources: a Questionnaire (the aid's questions) and a
QuestionnaireResponse (one patient's answers, with the clinician's next step if given).

Plain dicts, ready for ``json.dumps``; tests validate them with the ``fhir.resources``
package (R4B models). Choices are codings in the aid's own code systems; ratings are
integers 0-4; yes/no answers are booleans; free text is a string, kept as typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.consult import Consult
from decision_aid.models import Content
from decision_aid.situation_items import SITUATION, Item

BASE = "https://example.invalid/spine-decision-aid"
QUESTIONNAIRE_URL = f"{BASE}/Questionnaire/spine-decision-aid"
AFTER = (
    Item("leaning", "choice", "q_leaning", "leanings"),
    Item("own_questions", "texts", "own_questions_header"),
    Item("notes", "text", "notes_label"),
)
NEXT_STEP = Item("next_step", "choice", "note_next_step", "next_steps")


def _system(kind: str) -> str:
    return f"{BASE}/CodeSystem/{kind.replace('_', '-')}"


def _coding(content: Content, kind: str, code: str) -> dict[str, str]:
    if kind == "conditions":
        display = content.conditions[code].label
    else:
        display = Choices(content).options(kind)[code]
    return {"system": _system(kind), "code": code, "display": display}


def _question(content: Content, item: Item) -> dict[str, Any]:
    q: dict[str, Any] = {"linkId": item.field, "text": content.texts[item.label]}
    if item.kind in ("choice", "choices", "condition"):
        kind = "conditions" if item.kind == "condition" else item.choices
        codes = content.conditions if kind == "conditions" else Choices(content).options(kind)
        q["type"] = "choice"
        q["answerOption"] = [{"valueCoding": _coding(content, kind, c)} for c in codes]
        q["repeats"] = item.kind == "choices"
    else:
        q["type"] = {"boolean": "boolean", "text": "text", "texts": "string"}[item.kind]
        q["repeats"] = item.kind == "texts"
    return q


def _groups(content: Content) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(linkId, title, questions) of every group, in the order of the journey."""
    t = content.texts
    ratings = [{"valueInteger": i} for i in range(len(Choices(content).ratings()))]
    priorities = [
        {
            "linkId": f"priorities.{p.id}",
            "text": p.label,
            "type": "integer",
            "answerOption": ratings,
        }
        for p in content.priorities
    ]
    quiz = [
        {
            "linkId": f"quiz.{q.id}",
            "text": q.question,
            "type": "integer",
            "answerOption": [{"valueInteger": i} for i in range(len(q.choices))],
        }
        for q in content.quiz
    ]
    sure = [{"linkId": f"sure.{s.id}", "text": s.question, "type": "boolean"} for s in content.sure]
    return [
        ("situation", t["step_situation"], [_question(content, i) for i in SITUATION]),
        ("priorities", t["step_priorities"], priorities),
        ("quiz", t["step_quiz"], quiz),
        ("stand", t["step_stand"], [_question(content, AFTER[0]), *sure]),
        ("questions", t["step_questions"], [_question(content, i) for i in AFTER[1:]]),
        ("clinician", t["clinician_heading"], [_question(content, NEXT_STEP)]),
    ]


def questionnaire(content: Content) -> dict[str, Any]:
    """The aid's questions as a FHIR R4 Questionnaire."""
    return {
        "resourceType": "Questionnaire",
        "url": QUESTIONNAIRE_URL,
        "version": content.meta.content_version,
        "name": "SpineSurgeryDecisionAid",
        "title": content.texts["app_title"],
        "status": "draft",
        "item": [
            {"linkId": link, "text": title, "type": "group", "item": items}
            for link, title, items in _groups(content)
        ],
    }


def _answer(content: Content, item: Item, value: Any) -> list[dict[str, Any]]:
    if item.kind == "condition":
        return [{"valueCoding": _coding(content, "conditions", value)}] if value else []
    if item.kind == "choice":
        return [{"valueCoding": _coding(content, item.choices, value)}] if value else []
    if item.kind == "choices":
        return [{"valueCoding": _coding(content, item.choices, v)} for v in value]
    if item.kind == "boolean":
        return [{"valueBoolean": bool(value)}]
    if item.kind == "texts":
        return [{"valueString": v} for v in value]
    return [{"valueString": value}] if value else []


def questionnaire_response(
    content: Content,
    answers: Answers,
    consult: Consult | None = None,
    authored: dt.datetime | None = None,
) -> dict[str, Any]:
    """One patient's answers (and the clinician's next step) as a QuestionnaireResponse."""
    consult = consult or Consult()
    authored = authored or dt.datetime.now(dt.UTC)

    def item(it: Item, value: Any) -> dict[str, Any] | None:
        found = _answer(content, it, value)
        text = content.texts[it.label]
        return {"linkId": it.field, "text": text, "answer": found} if found else None

    groups: dict[str, list[dict[str, Any] | None]] = {
        "situation": [item(i, getattr(answers, i.field)) for i in SITUATION],
        "priorities": [
            {"linkId": f"priorities.{p.id}", "answer": [{"valueInteger": answers.priorities[p.id]}]}
            for p in content.priorities
            if p.id in answers.priorities
        ],
        "quiz": [
            {"linkId": f"quiz.{q.id}", "answer": [{"valueInteger": answers.quiz[q.id]}]}
            for q in content.quiz
            if q.id in answers.quiz
        ],
        "stand": [item(AFTER[0], answers.leaning)]
        + [
            {"linkId": f"sure.{s.id}", "answer": [{"valueBoolean": answers.sure[s.id]}]}
            for s in content.sure
            if s.id in answers.sure
        ],
        "questions": [item(i, getattr(answers, i.field)) for i in AFTER[1:]],
        "clinician": [item(NEXT_STEP, consult.next_step)],
    }
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{QUESTIONNAIRE_URL}|{content.meta.content_version}",
        "status": "completed",
        "authored": authored.replace(microsecond=0).isoformat(),
        "item": [
            {"linkId": link, "item": [i for i in items if i]}
            for link, items in groups.items()
            if any(items)
        ],
    }


def answers_from_response(response: dict[str, Any]) -> tuple[Answers, Consult]:
    """Read the answers back from a QuestionnaireResponse made by this module."""
    flat: dict[str, list[dict[str, Any]]] = {}
    for group in response.get("item", []):
        for it in group.get("item", []):
            flat[it["linkId"]] = it.get("answer", [])
    data: dict[str, Any] = {"priorities": {}, "quiz": {}, "sure": {}}
    consult: dict[str, Any] = {}
    for link, found in flat.items():
        head, _, sub = link.partition(".")
        values = [next(iter(a.values())) for a in found]
        values = [v["code"] if isinstance(v, dict) else v for v in values]
        if sub:
            data[head][sub] = values[0]
        elif link == NEXT_STEP.field:
            consult["next_step"] = values[0]
        else:
            spec = next(i for i in (*SITUATION, *AFTER) if i.field == link)
            data[link] = values if spec.kind in ("choices", "texts") else values[0]
    return Answers.model_validate(data), Consult.model_validate(consult)
