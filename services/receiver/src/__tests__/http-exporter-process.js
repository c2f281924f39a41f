'use strict';
/**
 * Runs the official OTLP/HTTP trace exporters (protobuf and JSON) in a plain Node process.
 * They load node:http with a dynamic import(), which Jest's module sandbox cannot run, so the
 * tests drive them from here: one JSON command per stdin line, one JSON result per stdout line.
 *
 * Command: { id, encoding: 'protobuf'|'json', url, headers, gzip, service, spans: [{ name,
 *            startMs, attributes }] }
 * Result:  { id, code, error, spanIds }
 */
const readline = require('node:readline');
const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const { CompressionAlgorithm } = require('@opentelemetry/otlp-exporter-base');
const { OTLPTraceExporter: ProtoExporter } = require('@opentelemetry/exporter-trace-otlp-proto');
const { OTLPTraceExporter: JsonExporter } = require('@opentelemetry/exporter-trace-otlp-http');

function makeSpans(service, specs) {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [new SimpleSpanProcessor(memory)],
  });
  const tracer = provider.getTracer('warden-receiver-test');
  for (const spec of specs) {
    const span = tracer.startSpan(spec.name, { startTime: spec.startMs, attributes: spec.attributes || {} });
    span.end(spec.startMs + 5);
  }
  return memory.getFinishedSpans();
}

async function run(command) {
  const spans = makeSpans(command.service || 'support-agent', command.spans);
  const Exporter = command.encoding === 'json' ? JsonExporter : ProtoExporter;
  const exporter = new Exporter({
    url: command.url,
    headers: command.headers || {},
    ...(command.gzip ? { compression: CompressionAlgorithm.GZIP } : {}),
  });
  const result = await new Promise((resolve) => exporter.export(spans, resolve));
  await exporter.shutdown();
  return {
    id: command.id,
    code: result.code,
    error: result.error ? String(result.error.message || result.error) : null,
    spanIds: spans.map((s) => s.spanContext().spanId),
  };
}

const lines = readline.createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = JSON.parse(line);
  run(command).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (err) => process.stdout.write(`${JSON.stringify({ id: command.id, code: -1, error: String(err), spanIds: [] })}\n`),
  );
});
