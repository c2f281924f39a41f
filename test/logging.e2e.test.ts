/**
 * What an operator's log pipeline receives: JSON lines, one per delivered finding with its id,
 * and nothing an attacker or an agent put in a prompt, nor the credentials clients send.
 */
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { createEmbeddedWarden, createLogger, loadConfig, type EmbeddedWarden } from '@warden/cli';
import { runAttackedAgent } from './support/attacked-agent';

jest.setTimeout(60_000);

const TOKEN = 'tok_9f8e7d6c5b4a39281706';

describe('logs', () => {
  const lines: string[] = [];
  let warden: EmbeddedWarden;

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const { config } = loadConfig({
      WARDEN_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'warden-logs-')),
      WARDEN_OTLP_GRPC_PORT: '0',
      WARDEN_OTLP_HTTP_PORT: '0',
      WARDEN_ADMIN_PORT: '0',
      WARDEN_RECEIVER_TOKENS: `${TOKEN}=acme`,
    });
    warden = createEmbeddedWarden(config, { logger: createLogger('info', stream), tickMs: 100 });
    await warden.start();
    await runAttackedAgent({ protocol: 'grpc', endpoint: `127.0.0.1:${warden.grpcPort()}`, agentId: 'support-agent-7', sessionId: 'log-check-1', attacker: 'attacker@evil.example', token: TOKEN });
    const deadline = Date.now() + 10_000;
    while (!lines.some((l) => l.includes('"finding delivered"')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await warden.stop();
  });

  it('are JSON lines, one per delivered finding record (revision or response step) with its id', () => {
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const delivered = records.filter((r) => r.msg === 'finding delivered');
    expect(delivered.length).toBeGreaterThan(0);
    for (const r of delivered) {
      expect(r).toMatchObject({ level: 'info', tenant: 'acme', agentId: 'support-agent-7', sessionId: 'log-check-1' });
      expect(r.findingId).toEqual(expect.any(String));
    }
    const ids = delivered.map((r) => String(r.recordId));
    expect(new Set(ids).size).toBe(ids.length);
    // The record id is the OCSF metadata.uid: the revision, plus the step for a response note.
    for (const r of delivered) {
      const response = r.response as { seq: number } | undefined;
      expect(r.recordId).toBe(`${String(r.findingId)}:${String(r.revision)}${response ? `:response:${response.seq}` : ''}`);
    }
  });

  it('never carry the bearer token, prompts, tool payloads or the data that leaked', () => {
    const all = lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all.toLowerCase()).not.toContain('ignore all previous instructions');
    expect(all).not.toContain('customer0@example.com');
    expect(all).not.toContain('invoice question');
    expect(all).not.toContain('ticket 4411');
  });
});
