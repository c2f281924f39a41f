/**
 * The official OpenTelemetry JS exporters as clients: what agents actually run. Each test checks
 * both ends — the exporter's verdict and what reached the bus. The gRPC exporter runs in-process;
 * the HTTP ones run in a child process (see HttpExporterProcess).
 */
import { Metadata } from '@grpc/grpc-js';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter as GrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { agentKey } from '@warden/core';
import {
  FIXED_NOW_MS,
  HttpExporterProcess,
  makeSpans,
  startReceiver,
  type ChildExportResult,
  type Running,
  type SpanSpec,
} from './__tests__/harness';

const TOKENS = { 'tok-acme-1': 'acme', 'tok-globex-2': 'globex' };

// Exporters send in end order: here the tool span is listed (and ends) first but began last.
const TURN: SpanSpec[] = [
  { name: 'execute_tool crm.get_customer', agentId: 'agent-a', startOffsetMs: 20 },
  { name: 'chat gpt-4o', agentId: 'agent-b', startOffsetMs: 5 },
  { name: 'invoke_agent support', agentId: 'agent-a', startOffsetMs: 0 },
  { name: 'chat gpt-4o', agentId: 'agent-a', startOffsetMs: 10 },
];

type Client = 'grpc' | 'grpc-gzip' | 'http-protobuf' | 'http-protobuf-gzip' | 'http-json';

let httpExporters: HttpExporterProcess;

beforeAll(() => {
  httpExporters = new HttpExporterProcess();
});

afterAll(async () => {
  await httpExporters.close();
});

/** Exports `specs` with the named official exporter, authenticating with `token`. */
async function exportWith(client: Client, running: Running, specs: readonly SpanSpec[], token: string): Promise<ChildExportResult> {
  if (client === 'grpc' || client === 'grpc-gzip') {
    const metadata = new Metadata();
    metadata.set('authorization', `Bearer ${token}`);
    const exporter = new GrpcTraceExporter({
      url: `http://127.0.0.1:${running.receiver.grpcPort()}`,
      metadata,
      ...(client === 'grpc-gzip' ? { compression: CompressionAlgorithm.GZIP } : {}),
    });
    const spans = makeSpans(specs);
    const result = await new Promise<ExportResult>((resolve) => exporter.export(spans, resolve));
    await exporter.shutdown();
    return { code: result.code, error: result.error?.message ?? null, spanIds: spans.map((s) => s.spanContext().spanId) };
  }
  return httpExporters.export({
    encoding: client === 'http-json' ? 'json' : 'protobuf',
    url: `http://127.0.0.1:${running.receiver.httpPort()}/v1/traces`,
    headers: { Authorization: `Bearer ${token}` },
    gzip: client === 'http-protobuf-gzip',
    spans: specs,
  });
}

const protocolOf = (client: Client) => (client.startsWith('grpc') ? 'grpc' : 'http');

describe('official OTLP exporters against the receiver', () => {
  let running: Running;

  beforeEach(async () => {
    running = await startReceiver({ tokens: TOKENS });
  });

  afterEach(async () => {
    await running.receiver.stop();
  });

  test.each<[Client, string, string]>([
    ['grpc', 'tok-acme-1', 'acme'],
    ['grpc-gzip', 'tok-globex-2', 'globex'],
    ['http-protobuf', 'tok-acme-1', 'acme'],
    ['http-protobuf-gzip', 'tok-globex-2', 'globex'],
    ['http-json', 'tok-globex-2', 'globex'],
  ])('%s: success, tenant from the token, one publish in start order per agent', async (client, token, tenant) => {
    const result = await exportWith(client, running, TURN, token);
    expect(result.error).toBeNull();
    expect(result.code).toBe(ExportResultCode.SUCCESS);

    const { calls } = running.publisher;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.topic).toBe('events');
    const records = calls[0]?.records ?? [];
    expect(records).toHaveLength(TURN.length);
    for (const { key, value } of records) {
      expect(value.tenant).toBe(tenant);
      expect(key).toBe(agentKey(value));
      expect(value.receivedAtMs).toBe(FIXED_NOW_MS);
    }
    // The ids the SDK generated arrived intact.
    expect(new Set(records.map((r) => r.value.spanId))).toEqual(new Set(result.spanIds));
    const namesOf = (agent: string) => records.filter((r) => r.value.agentId === agent).map((r) => r.value.name);
    expect(namesOf('agent-a')).toEqual(['invoke_agent support', 'chat gpt-4o', 'execute_tool crm.get_customer']);
    expect(namesOf('agent-b')).toEqual(['chat gpt-4o']);

    const stats = running.receiver.stats()[protocolOf(client)];
    expect(stats.requests.accepted).toBe(1);
    expect(stats.spansReceived).toBe(TURN.length);
    expect(stats.spansAccepted).toBe(TURN.length);
    expect(stats.decodedBytes).toBeGreaterThan(0);
  });

  test.each<Client>(['grpc', 'http-protobuf', 'http-json'])('%s: a wrong token fails at once (no retries) and publishes nothing', async (client) => {
    const result = await exportWith(client, running, TURN, 'not-a-token');
    expect(result.code).toBe(ExportResultCode.FAILED);
    expect(running.publisher.calls).toHaveLength(0);
    // Exactly one request: 401 / UNAUTHENTICATED are not retryable.
    expect(running.receiver.stats()[protocolOf(client)].requests.unauthenticated).toBe(1);
  });

  test.each<Client>(['http-protobuf', 'http-json'])('%s: backpressure is retried by the exporter and the batch then lands once, whole', async (client) => {
    running.publisher.refuseNextWithBackpressure(200);
    const result = await exportWith(client, running, TURN, 'tok-acme-1');
    expect(result.code).toBe(ExportResultCode.SUCCESS);
    expect(running.publisher.calls).toHaveLength(1);
    expect(running.publisher.calls[0]?.records).toHaveLength(TURN.length);
    const stats = running.receiver.stats()[protocolOf(client)];
    expect(stats.requests.backpressure).toBe(1);
    expect(stats.spansRejected.backpressure).toBe(TURN.length);
    expect(stats.requests.accepted).toBe(1);
    expect(stats.spansAccepted).toBe(TURN.length);
  });
  test('grpc: backpressure reaches the exporter as UNAVAILABLE, nothing is half-stored, the next export lands', async () => {
    // The JS gRPC exporter does not retry by itself (its transport reports every error as final);
    // what matters here is that the refusal is the retryable code and the bus holds nothing.
    running.publisher.refuseNextWithBackpressure(1_000);
    const refused = await exportWith('grpc', running, TURN, 'tok-acme-1');
    expect(refused.code).toBe(ExportResultCode.FAILED);
    expect(refused.error).toMatch(/^14 UNAVAILABLE/);
    expect(running.publisher.calls).toHaveLength(0);

    const retried = await exportWith('grpc', running, TURN, 'tok-acme-1');
    expect(retried.code).toBe(ExportResultCode.SUCCESS);
    expect(running.publisher.events).toHaveLength(TURN.length);
    expect(running.receiver.stats().grpc.requests).toMatchObject({ backpressure: 1, accepted: 1 });
  });
});

describe('official exporters with the real normalizer', () => {
  const GENAI_TURN: SpanSpec[] = [
    {
      name: 'invoke_agent support-agent',
      startOffsetMs: 0,
      attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.id': 'support-7', 'gen_ai.agent.name': 'support-agent' },
    },
    {
      name: 'execute_tool tickets.get',
      startOffsetMs: 10,
      attributes: {
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': 'tickets.get',
        'gen_ai.agent.id': 'support-7',
        'gen_ai.agent.name': 'support-agent',
      },
    },
  ];

  test.each<Client>(['grpc', 'http-protobuf', 'http-json'])('%s: GenAI spans become agent events of the token tenant', async (client) => {
    const running = await startReceiver({ tokens: TOKENS }, { normalize: 'real' });
    try {
      const result = await exportWith(client, running, GENAI_TURN, 'tok-acme-1');
      expect(result.code).toBe(ExportResultCode.SUCCESS);
      const events = running.publisher.events;
      expect(events).toHaveLength(2);
      expect(events.every((e) => e.tenant === 'acme' && e.agentId === 'support-7')).toBe(true);
      expect(events.map((e) => e.kind)).toEqual(['agent', 'tool']);
      expect(events[1]?.toolName).toBe('tickets.get');
    } finally {
      await running.receiver.stop();
    }
  });
});
