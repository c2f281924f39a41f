/**
 * An independent OTLP encoder for tests: protobufjs reflection over testdata/otlp-trace-subset.proto,
 * fed from the decoded ExportTraceRequest shape. It shares no code with the hand-written decoder.
 */
import * as path from 'node:path';
import * as protobuf from 'protobufjs';
import type { ExportTraceRequest, OtlpAttributes, OtlpValue } from '../trace-request';

const TESTDATA = path.join(__dirname, '..', '..', 'testdata');

export const traceProto = protobuf.loadSync(path.join(TESTDATA, 'otlp-trace-subset.proto'));
export const rpcProto = protobuf.loadSync(path.join(TESTDATA, 'google-rpc-status-subset.proto'));

export function traceType(name: string): protobuf.Type {
  return traceProto.lookupType(`warden.test.otlp.${name}`);
}

export function rpcType(name: string): protobuf.Type {
  return rpcProto.lookupType(`warden.test.rpc.${name}`);
}

function anyValue(value: OtlpValue): Record<string, unknown> {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') {
    const int64 = Number.isInteger(value) && value >= -(2 ** 63) && value < 2 ** 63;
    return int64 ? { intValue: value } : { doubleValue: value };
  }
  if (value instanceof Uint8Array) return { bytesValue: value };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(anyValue) } };
  const record = value as Record<string, OtlpValue>;
  if (Object.getPrototypeOf(record) === Object.prototype && typeof record.int64 === 'string') {
    return { intValue: record.int64 };
  }
  return { kvlistValue: { values: keyValues(record) } };
}

function keyValues(attributes: OtlpAttributes): Record<string, unknown>[] {
  return Object.keys(attributes).map((key) => ({ key, value: anyValue(attributes[key] as OtlpValue) }));
}

const id = (hex: string): Buffer => Buffer.from(hex, 'hex');

/** Binary ExportTraceServiceRequest for a decoded request (ids hex → bytes, times → fixed64). */
export function encodeReference(request: ExportTraceRequest): Uint8Array {
  const type = traceType('ExportTraceServiceRequest');
  const message = type.fromObject({
    resourceSpans: request.resourceSpans.map((rs) => ({
      resource: { attributes: keyValues(rs.resource.attributes) },
      schemaUrl: rs.schemaUrl,
      scopeSpans: rs.scopeSpans.map((ss) => ({
        scope: { name: ss.scope.name, version: ss.scope.version, attributes: keyValues(ss.scope.attributes) },
        schemaUrl: ss.schemaUrl,
        spans: ss.spans.map((s) => ({
          traceId: id(s.traceId),
          spanId: id(s.spanId),
          parentSpanId: id(s.parentSpanId),
          traceState: s.traceState,
          name: s.name,
          kind: s.kind,
          startTimeUnixNano: s.startTimeUnixNano.toString(),
          endTimeUnixNano: s.endTimeUnixNano.toString(),
          attributes: keyValues(s.attributes),
          events: s.events.map((e) => ({
            timeUnixNano: e.timeUnixNano.toString(),
            name: e.name,
            attributes: keyValues(e.attributes),
          })),
          links: s.links.map((l) => ({ traceId: id(l.traceId), spanId: id(l.spanId), attributes: keyValues(l.attributes) })),
          status: { code: s.status.code, message: s.status.message },
          flags: s.flags,
        })),
      })),
    })),
  });
  return type.encode(message).finish();
}
