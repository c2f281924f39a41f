import * as http from 'node:http';
import * as net from 'node:net';

/**
 * `count` distinct free ports on 127.0.0.1. All are held open until every one is chosen: a port
 * closed at once can be handed out again by the next request, and two listeners of one process
 * would then collide.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const s = net.createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/**
 * Polls `check` (a failing check counts as "not yet") until it holds; `giveUp` names a reason to
 * stop early, such as the process being waited for having exited.
 */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs: number, giveUp?: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    const reason = giveUp?.();
    if (reason !== undefined) throw new Error(reason);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
