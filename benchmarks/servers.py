"""Start Streamlit servers for a benchmark, wait until they are healthy, always stop them."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO


@dataclass
class Server:
    script: str
    port: int
    process: subprocess.Popen[bytes]
    log: IO[bytes]

    def rss_mb(self) -> float:
        """Resident memory of the server process (``streamlit run`` is one process)."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kib = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
        return int(kib) / 1024

    def cpu_seconds(self) -> float:
        """User plus system CPU time the server process has used so far."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def log_tail(self, lines: int = 20) -> str:
        self.log.flush()
        return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(script: str, cwd: Path, options: list[str]) -> Server:
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="streamlit-", suffix=".log", delete=False)  # noqa: SIM115
    # the same command line for every app; run from cwd so that they all read the same
    # .streamlit/config.toml. Own process group: Ctrl-C reaches only us, and we stop them.
    cmd = [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true"]
    cmd += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    cmd += ["--browser.gatherUsageStats", "false", *options]
    process = subprocess.Popen(
        cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    return Server(script, port, process, log)


def _wait_healthy(server: Server, timeout: float = 60.0) -> None:
    url = f"http://127.0.0.1:{server.port}/_stcore/health"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:
            if response.read().strip() == b"ok":
                return
        time.sleep(0.2)
    raise RuntimeError(f"{server.script} did not become healthy:\n{server.log_tail()}")


def _stop(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()
    server.log.close()
    Path(server.log.name).unlink(missing_ok=True)


@contextlib.contextmanager
def running(scripts: list[str], cwd: Path, options: list[str]) -> Iterator[list[Server]]:
    """Start one server per script, yield them once all are healthy, stop them on exit
    (also on error, Ctrl-C or SIGTERM). ``options``: more command-line flags for all."""
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    servers: list[Server] = []
    try:
        for script in scripts:
            servers.append(_start(script, cwd, options))
        for server in servers:
            _wait_healthy(server)
        yield servers
    finally:
        for server in servers:
            _stop(server)
        signal.signal(signal.SIGTERM, previous)
