import * as net from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now, for a server in another process that must keep its
 * port across a restart (so port 0 will not do).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
