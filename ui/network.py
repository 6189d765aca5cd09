"""Turn off Nagle's algorithm on the server's TCP sockets, once per process.

Streamlit 1.67 serves with uvicorn on a listening socket it creates itself as
``socket.socket(family)``, whose ``proto`` is 0. asyncio only sets ``TCP_NODELAY`` on a
connection whose ``proto`` is ``IPPROTO_TCP``, so every websocket is left with Nagle's
algorithm on. A rerun writes several small messages back to back; with Nagle on, the
later ones wait for the browser's delayed acknowledgement, up to 40 ms on Linux (and
more on some systems). Measured with ``benchmarks/load.py``: a hello-world rerun took
44 ms when reruns followed each other and 9 ms after a pause; with ``TCP_NODELAY`` it
takes 5 to 9 ms either way, and Compare and Weigh lost a 40 ms stall.

On Linux a connection accepted from a listening socket inherits ``TCP_NODELAY``, so
setting it on the listening socket covers every later connection; connections already
open are set too. Where ``/proc/self/fd`` does not exist this does nothing.
Nothing here touches patient data.
"""

from __future__ import annotations

import functools
import logging
import os
import socket
from pathlib import Path

FD_DIR = Path("/proc/self/fd")
log = logging.getLogger("decision_aid")


def set_nodelay(fds: list[int]) -> int:
    """Set ``TCP_NODELAY`` on those of ``fds`` that are TCP sockets; how many were set."""
    count = 0
    for fd in fds:
        try:
            sock = socket.socket(fileno=fd)  # finds family and type; not a socket: OSError
        except OSError:
            continue
        try:
            if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                count += 1
        except OSError:
            pass
        finally:
            sock.detach()  # the descriptor stays open: it belongs to the server
    return count


def open_fds() -> list[int]:
    try:
        return sorted(int(name) for name in os.listdir(FD_DIR) if name.isdigit())
    except OSError:
        return []


@functools.cache
def nodelay_once() -> int:
    """Run :func:`set_nodelay` on this process's descriptors the first time only. It is
    a speed-up and nothing more: whatever goes wrong, the app goes on (0 sockets set)."""
    try:
        return set_nodelay(open_fds())
    except Exception:  # never let this stop a page from drawing
        log.debug("TCP_NODELAY not set", exc_info=True)
        return 0
