"""Privacy: after a full journey with the patient's own words, none of them is in a cache
shared by sessions (content-only caches: charts per family, the results store)."""

from __future__ import annotations

import contextlib
import pickle

import streamlit.runtime.caching.cache_data_api as data_api
import streamlit.runtime.caching.cache_resource_api as resource_api
from streamlit.testing.v1 import AppTest

from decision_aid.answers import Answers
from tests.app.conftest import PAGES, go, open_details

SECRET = "Zebra-7f3c worry about my sister's wedding"


def _cached_values() -> list[object]:
    values: list[object] = []
    for caches in (resource_api._resource_caches, data_api._data_caches):
        scopes = list(vars(caches)["_function_caches"].values())
        found = [c for s in scopes for c in (s.values() if isinstance(s, dict) else [s])]
        for cache in found:
            for attr in ("_mem_cache", "_cache"):
                store = getattr(cache, attr, None)
                if store is not None and hasattr(store, "values"):
                    values.extend(getattr(v, "value", v) for v in list(store.values()))
    return values


def test_no_patient_words_in_any_shared_cache(at: AppTest) -> None:
    at.session_state["answers"] = Answers(
        condition="herniated_disc", worries=SECRET, notes=SECRET, own_questions=[SECRET]
    )
    for page in PAGES:
        go(at, page)
    open_details(go(at, "compare"))
    at.switch_page("app_pages/consult.py").run()
    values = _cached_values()
    assert values, "the content caches were filled, so the scan looked at something"
    for value in values:
        blob = repr(value)
        with contextlib.suppress(Exception):  # not every cached object pickles (an engine)
            blob += pickle.dumps(value).decode("latin-1")
        assert "Zebra-7f3c" not in blob
