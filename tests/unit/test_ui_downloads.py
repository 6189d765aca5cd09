"""A download that fails logs the error's type only, never its message (which could hold
a patient's answer), and the app's own words reach Streamlit instead."""

from __future__ import annotations

import logging

import pytest

from ui.layout import quiet


def test_a_failed_download_logs_no_patient_text(caplog: pytest.LogCaptureFixture) -> None:
    def build() -> bytes:
        raise KeyError("my secret worry")

    with caplog.at_level(logging.ERROR), pytest.raises(RuntimeError) as info:
        quiet(build)()
    assert "secret" not in str(info.value) and info.value.__cause__ is None
    assert "download error: KeyError" in caplog.text and "secret" not in caplog.text


def test_a_working_download_is_unchanged() -> None:
    assert quiet(lambda: b"%PDF")() == b"%PDF"
