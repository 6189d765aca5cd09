from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.summary import summarise
from ui import session
from ui import summary_view as view
from ui.figures import confirm_diagnosis
from ui.layout import page

PATH = "app_pages/summary.py"


def body(c: Content, a: Answers) -> None:
    shortened = tuple(session.get_flag("shortened") or ())
    s = summarise(c, a, shortened)
    if s.diagnosis_unknown:
        confirm_diagnosis(c)
    view.downloads(c, a, shortened)
    view.situation_section(c, s)
    view.priorities_section(c, s)
    view.comparison_section(c, s)
    view.stand_section(c, s)
    view.questions_section(c, s)
    view.sources_section(c, s)


page(PATH, body)
