import * as http from 'node:http';
import { silentLogger } from '@warden/core';
import { Counter, Registry } from 'prom-client';
import { createAdminServer, type AdminServer } from './admin-server';

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('admin endpoint', () => {
  const registry = new Registry();
  new Counter({ name: 'warden_test_total', help: 'test', registers: [registry] }).inc(3);
  const components: Record<string, boolean> = { receiver: false };
  let admin: AdminServer;

  beforeAll(async () => {
    admin = createAdminServer({ host: '127.0.0.1', port: 0 }, { registry, components: () => components, logger: silentLogger });
    await admin.start();
  });
  afterAll(async () => admin.stop());

  it('serves the registry in the Prometheus text format', async () => {
    const r = await get(admin.port(), '/metrics');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/plain');
    expect(r.body).toContain('warden_test_total 3');
  });

  it('is healthy at once, and ready only once every component has started', async () => {
    expect((await get(admin.port(), '/healthz')).status).toBe(200);
    const starting = await get(admin.port(), '/readyz');
    expect(starting.status).toBe(503);
    expect(JSON.parse(starting.body)).toEqual({ status: 'starting', components: { receiver: false } });
    components.receiver = true;
    expect((await get(admin.port(), '/readyz')).status).toBe(200);
  });

  it('answers unknown paths with 404 and other methods with 405', async () => {
    expect((await get(admin.port(), '/nope')).status).toBe(404);
    expect((await get(admin.port(), '/metrics', 'POST')).status).toBe(405);
  });

  it('names the setting to change when its port is taken', async () => {
    const second = createAdminServer({ host: '127.0.0.1', port: admin.port() }, { registry, components: () => components, logger: silentLogger });
    await expect(second.start()).rejects.toThrow(/WARDEN_ADMIN_PORT/);
    await second.stop();
  });
});
