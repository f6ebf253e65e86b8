// HTTP stand-ins for the versions under test: one small server per image, answering what that
// version would (the simulator's service proxy forwards to the stand-in of a selected pod's image).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface StandIn {
  url: string;
  hits: number;
}

const open: Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server answering every request with `status` and `body`. */
export async function standIn(status: number, body: string): Promise<StandIn> {
  const me: StandIn = { url: '', hits: 0 };
  const server = createServer((_req, res) => {
    me.hits++;
    res.writeHead(status, { 'Content-Type': 'text/plain' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  open.push(server);
  me.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return me;
}
