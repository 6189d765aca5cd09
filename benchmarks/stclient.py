"""A minimal Streamlit client: one browser tab's worth of protocol, over a websocket.

It speaks what the Streamlit frontend speaks on ``/_stcore/stream``: ``BackMsg`` protobufs
up (``rerun_script`` with the page to show and the widget values that changed), and
``ForwardMsg`` protobufs down (``new_session``, ``navigation``, deltas, ``script_finished``).
A rerun's latency is the time from sending its ``BackMsg`` until its ``script_finished``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.runtime.state.common import user_key_from_element_id
from websockets.asyncio.client import ClientConnection, connect

FINISHED = ForwardMsg.ScriptFinishedStatus
WIDGET_TYPES = ("selectbox", "radio", "checkbox", "multiselect", "text_area", "button")


class RerunError(Exception):
    """The server answered a rerun with an error (a traceback, an error box, ...)."""


class Session:
    """One browser session: connect, rerun pages, change widgets, read widget ids back."""

    def __init__(self, port: int, timeout: float = 120.0) -> None:
        self.url = f"ws://127.0.0.1:{port}/_stcore/stream"
        self.timeout = timeout
        self.ws: ClientConnection | None = None
        self.pages: dict[str, str] = {}  # page name ("4. Compare") -> page_script_hash
        self.page_hash = ""  # the page now shown
        self.widgets: dict[str, Any] = {}  # user key -> widget proto drawn in the last run
        self.fragments: dict[str, str] = {}  # widget id -> id of the fragment it is drawn in
        self._cached: set[str] = set()  # hashes of cacheable messages, as the browser keeps

    async def connect(self) -> None:
        # the first subprotocol entry is the one the server selects; no Origin header is
        # sent, which the server accepts (it is not a browser)
        self.ws = await connect(self.url, subprotocols=["streamlit"], max_size=None)  # type: ignore[list-item]

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    async def rerun(self, page: str | None = None, widget: WidgetState | None = None) -> float:
        """Rerun ``page`` (a name from :attr:`pages`; default: the current page) and
        return the latency in ms. ``widget`` is a changed widget value to send with it."""
        msg = BackMsg()
        state = msg.rerun_script
        state.page_script_hash = self.pages[page] if page else self.page_hash
        state.cached_message_hashes.extend(sorted(self._cached))
        if widget is not None:
            state.widget_states.widgets.append(widget)
            # as the browser does: a widget drawn inside a fragment reruns that fragment
            state.fragment_id = self.fragments.get(widget.id, "")
        assert self.ws is not None, "connect() first"
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        errors = await asyncio.wait_for(self._read_run(), self.timeout)
        ms = (time.perf_counter() - start) * 1000
        if errors:
            raise RerunError("; ".join(errors))
        return ms

    def choose(self, key: str, option: str | int) -> WidgetState:
        """The new state of the selectbox or radio with ``key`` drawn in the last run, set
        to ``option``: its label, or its position in the list."""
        proto = self.widgets[key]
        label = proto.options[option] if isinstance(option, int) else option
        if label not in proto.options:
            raise RerunError(f"{label!r} is not an option of {key!r}")
        return WidgetState(id=proto.id, string_value=label)

    async def _read_run(self) -> list[str]:
        assert self.ws is not None
        errors: list[str] = []
        self.widgets, self.fragments = {}, {}
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(await self.ws.recv())
            if fwd.metadata.cacheable:
                self._cached.add(fwd.hash)
            kind = fwd.WhichOneof("type")
            if kind == "delta":
                self._read_delta(fwd, errors)
            elif kind == "new_session":
                self.page_hash = fwd.new_session.page_script_hash
            elif kind == "navigation":
                self.page_hash = fwd.navigation.page_script_hash
                self.pages.update(
                    (p.page_name, p.page_script_hash) for p in fwd.navigation.app_pages
                )
            elif kind == "page_not_found":
                errors.append(f"page not found: {fwd.page_not_found.page_name}")
            elif kind == "script_finished":
                status = fwd.script_finished
                if status == FINISHED.FINISHED_WITH_COMPILE_ERROR:
                    errors.append("script did not compile")
                if status != FINISHED.FINISHED_EARLY_FOR_RERUN:  # else a rerun follows
                    return errors

    def _read_delta(self, fwd: ForwardMsg, errors: list[str]) -> None:
        if fwd.delta.WhichOneof("type") != "new_element":
            return
        element = fwd.delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            errors.append(f"exception: {element.exception.type}")
        elif kind == "alert" and element.alert.format == Alert.ERROR:
            errors.append(f"error box: {element.alert.body[:60]}")
        elif kind in WIDGET_TYPES:
            proto = getattr(element, kind)
            key = user_key_from_element_id(proto.id)  # ids end with the key: "...-w:condition"
            if key:
                self.widgets[key] = proto
            if fwd.delta.fragment_id:
                self.fragments[proto.id] = fwd.delta.fragment_id
