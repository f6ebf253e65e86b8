"""HTTP surface: GET /healthz and GET /price?sku=apple&qty=3 (JSON)."""

import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from app.pricing import PricingError, quote


class Handler(BaseHTTPRequestHandler):
    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        url = urlparse(self.path)
        if url.path == "/healthz":
            return self._send(200, {"ok": True})
        if url.path == "/price":
            args = parse_qs(url.query)
            try:
                qty = int(args.get("qty", ["1"])[0])
                return self._send(200, quote(args.get("sku", [""])[0], qty))
            except (PricingError, ValueError) as e:
                return self._send(400, {"error": str(e)})
        return self._send(404, {"error": "not found"})

    def log_message(self, format: str, *args) -> None:  # quiet in tests
        pass


def make_server(port: int = 0) -> ThreadingHTTPServer:
    host = "127.0.0.1" if port == 0 else "0.0.0.0"  # nosec B104: in a pod
    return ThreadingHTTPServer((host, port), Handler)


if __name__ == "__main__":
    make_server(int(os.environ.get("PORT", "8080"))).serve_forever()
