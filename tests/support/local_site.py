"""A built site on 127.0.0.1, and the Chromium that reads it: shared by the browser tests
(tests/test_browser.py) and `make bench` (tools/bench.py)."""

from __future__ import annotations

import gzip
import http.server
import os
import shutil
import threading
import urllib.parse
from functools import partial
from pathlib import Path

#: No background traffic of Chromium's own (updates, sync, field trials): every request seen
#: comes from the page.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Text GitHub Pages serves compressed.
_COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


#: Chromium's headless shell (Debian: chromium-headless-shell), the build Playwright itself runs
#: headless tests in: the same Blink and V8 without the full browser's machinery. The browser
#: tests prefer it: the suite's CPU is two-thirds browser, and it takes about 6 % off `make test`.
HEADLESS_SHELL = "chromium-headless-shell"
_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def chromium(headless_shell: bool = False) -> str | None:
    """The system Chromium (or Chrome), `$CHROMIUM` first; None lets Playwright use its own.

    With ``headless_shell``, Chromium's headless shell where it is installed (the browser tests);
    Lighthouse in `make bench` measures the full browser, as readers run it."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    for name in ((HEADLESS_SHELL,) if headless_shell else ()) + _BROWSERS:
        if path := shutil.which(name):
            return path
    return None


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under ``prefix``, quietly; with ``gzip``, compresses text as GitHub Pages
    does (http.server alone sends it raw, which makes simulated slow networks look several times
    slower than the published site)."""

    prefix = "/"
    gzip = False

    def translate_path(self, path):
        path = urllib.parse.urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix) :])

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if not (
            self.gzip
            and "gzip" in self.headers.get("Accept-Encoding", "")
            and path.suffix in _COMPRESSED
            and path.is_file()
        ):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (http.server API)
        pass

    def copyfile(self, source, outputfile):
        try:
            super().copyfile(source, outputfile)
        except (BrokenPipeError, ConnectionResetError):  # the browser moved on to another page
            pass


def serve(
    folder: Path, prefix: str = "/", compress: bool = False
) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve `folder` on a free port in a background thread.

    Returns the server (call ``shutdown()``) and the site's URL, ending in `prefix`.
    """
    handler = type("Handler", (_Handler,), {"prefix": prefix, "gzip": compress})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(handler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"
