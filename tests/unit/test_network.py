"""ui/network.py: TCP_NODELAY on the server's TCP sockets, and nothing else touched."""

from __future__ import annotations

import os
import socket
import sys

import pytest

from ui.network import open_fds, set_nodelay

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="inheritance checked on Linux")


def nodelay(sock: socket.socket) -> int:
    return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def test_listening_socket_made_like_streamlits_passes_nodelay_to_new_connections() -> None:
    with socket.socket(socket.AF_INET) as listener:  # proto 0, as Streamlit 1.67 makes it
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        assert listener.proto == 0 and nodelay(listener) == 0
        assert set_nodelay([listener.fileno()]) == 1
        assert nodelay(listener) == 1
        with socket.create_connection(listener.getsockname()) as client:
            accepted, _ = listener.accept()
            with accepted:
                assert nodelay(accepted) == 1
                accepted.sendall(b"x")  # the descriptor is still open and usable
                assert client.recv(1) == b"x"


def test_open_connections_are_set_and_other_descriptors_left_alone(tmp_path) -> None:
    read, write = os.pipe()
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    unix_a, unix_b = socket.socketpair(socket.AF_UNIX)
    with open(tmp_path / "f", "w") as f, socket.socket(socket.AF_INET) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()) as client:
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)
            fds = [read, write, udp.fileno(), unix_a.fileno(), f.fileno(), client.fileno()]
            assert set_nodelay(fds) == 1  # only the TCP connection
            assert nodelay(client) == 1
            os.write(write, b"ok")  # the others are still open
            assert os.read(read, 2) == b"ok"
            f.write("still open")
    for s in (udp, unix_a, unix_b):
        s.close()
    os.close(read)
    os.close(write)


def test_open_fds_lists_this_processs_descriptors() -> None:
    with socket.socket(socket.AF_INET) as s:
        assert s.fileno() in open_fds()
    assert set_nodelay([10**6]) == 0  # not open: skipped without error


def test_nodelay_once_never_stops_the_app(monkeypatch) -> None:
    import ui.network as network

    def broken() -> list[int]:
        raise RuntimeError("no descriptors today")

    monkeypatch.setattr(network, "open_fds", broken)
    network.nodelay_once.cache_clear()
    try:
        assert network.nodelay_once() == 0
    finally:
        network.nodelay_once.cache_clear()
