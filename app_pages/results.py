from decision_aid.answers import Answers
from decision_aid.models import Content
from ui.layout import clinician_page
from ui.results_view import results_page

PATH = "app_pages/results.py"


def body(c: Content, a: Answers) -> None:
    results_page(c)


clinician_page(PATH, body)
