import json
import threading
import unittest
from http.client import HTTPConnection

from app.server import make_server


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = make_server(0)
        cls.port = cls.server.server_address[1]
        serve = cls.server.serve_forever
        threading.Thread(target=serve, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def get(self, path):
        conn = HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            return r.status, json.loads(r.read())
        finally:
            conn.close()

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
