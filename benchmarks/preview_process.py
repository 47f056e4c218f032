"""The preview (`python -m plugins.site.preview`) as a child process, for the benchmark and tests.

It reads the preview's output lines in a thread, so that a caller can wait for "Preview on",
"Rebuilt …" or a problem line while a browser looks at the served pages.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from pathlib import Path

from plugins.kit.i18n import translate
from plugins.site.preview import WATCHING

ROOT = Path(__file__).resolve().parent.parent
# True once livereload.js in the page has shaken hands with the preview server.
CONNECTED = "() => window.LiveReload && window.LiveReload.connector.protocol > 0"


class PreviewError(RuntimeError):
    pass


def _full(path: Path) -> str:
    return str(Path(path).resolve())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PreviewProcess:
    """The preview of `content`, built into `output`, served on a free port of 127.0.0.1."""

    def __init__(
        self,
        content: Path,
        output: Path,
        cwd: Path,
        build_date: str | None = None,
        cache: Path | None = None,
    ):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # absolute paths: the preview runs in `cwd`
        command = [sys.executable, "-m", "plugins.site.preview", "--content", _full(content)]
        command += ["--output", _full(output), "--port", str(self.port)]
        if cache is not None:
            command += ["--cache", _full(cache)]
        # Callers parse the lines ("Rebuilt 4 pages in 0.61 s"): English, whatever the shell's
        # EDITOR_LANGUAGE says.
        env = {**os.environ, "PYTHONPATH": str(ROOT), "EDITOR_LANGUAGE": "en"}
        if build_date:
            env["SITE_BUILD_DATE"] = build_date
        self.process = subprocess.Popen(
            command,
            cwd=cwd,  # the build cache (.cache) goes there unless `cache` says where
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, start: str, timeout: float = 120) -> str:
        """The next output line starting with `start` (lines before it are skipped)."""
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                message = f"no line {start!r} within {timeout} s; output: {seen}"
                raise PreviewError(message) from None
            seen.append(line)
            if line.startswith(start):
                return line

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def __enter__(self) -> PreviewProcess:
        try:
            self.wait_for(translate(WATCHING, "en"))
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
