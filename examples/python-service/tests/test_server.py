import json
import threading
import unittest
from urllib.error import HTTPError
from urllib.request import urlopen

from app.server import make_server


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = make_server(0)
        cls.base = f"http://127.0.0.1:{cls.server.server_address[1]}"
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def get(self, path):
        try:
            with urlopen(self.base + path, timeout=5) as r:
                return r.status, json.load(r)
        except HTTPError as e:
            return e.code, json.load(e)

    def test_healthz(self):
        self.assertEqual(self.get("/healthz"), (200, {"ok": True}))

    def test_price(self):
        status, body = self.get("/price?sku=pear&qty=2")
        self.assertEqual(status, 200)
        self.assertEqual(body["total"], 190)

    def test_bad_request(self):
        self.assertEqual(self.get("/price?sku=kiwi")[0], 400)

    def test_not_found(self):
        self.assertEqual(self.get("/nope")[0], 404)
