"""A small read-only HTTP API over the record, with the standard library only.

Run: ``python examples/serve.py --port 8080``, then ``curl 127.0.0.1:8080/sessions``.
Endpoints: ``/sessions``, ``/resolutions?topic=firearms``, ``/party-count?instrument=convention
&as_of=2015-01-01``. Every answer is JSON ``{"data": ..., "sources": [...]}``, the citations of
what it returns; a bad query is a 400 or 404 with untoc's own message. It listens on 127.0.0.1
only. Only untoc's public API is used.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import untoc


def answer(path: str, query: dict[str, str]) -> Any:
    """The untoc answer for one request: a record, a count or a collection."""
    if path == "/sessions":
        return untoc.sessions()
    if path == "/resolutions":
        return untoc.resolutions(topic=query.get("topic"), session=query.get("session"))
    if path == "/party-count":
        return untoc.party_count(query.get("instrument", "convention"), as_of=query.get("as_of"))
    raise untoc.NotFoundError("endpoint", path, valid="/sessions, /resolutions, /party-count")


class Handler(BaseHTTPRequestHandler):
    """GET only; one JSON object per answer."""

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        try:
            found = answer(url.path, query)
            body = {"data": json.loads(untoc.to_json(found)), "sources": untoc.cite(found)}
            status = 200
        except untoc.NotFoundError as error:
            body, status = {"error": str(error)}, 404
        except untoc.UntocError as error:
            body, status = {"error": str(error)}, 400
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: a tool's own output is its answers


def server(port: int = 0) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (``port=0``: any free port, read ``server_address``)."""
    return ThreadingHTTPServer(("127.0.0.1", port), Handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    with server(args.port) as httpd:
        print(f"untoc {untoc.__version__} on http://127.0.0.1:{httpd.server_address[1]}/sessions")
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C stops it
            httpd.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
