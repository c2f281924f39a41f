/*
 * Why a hand-written decoder instead of generated code or protobufjs reflection: the request shape
 * is small and fixed, a field switch per message over protobufjs' Reader is as fast as generated
 * code, and it lets every failure become one bounded, explained InvalidInputError: lengths are
 * checked against the enclosing message, known fields must have their declared wire type, AnyValue
 * nesting is capped, the number of decoded records is budgeted, and unknown fields are skipped by
 * wire type as proto3 requires.
 */
import { InvalidInputError } from '@warden/core';
import { Reader } from 'protobufjs/minimal';
import { RecordBudget } from './decode-limits';
import type { DecodeLimits } from './decode-limits';
import { FieldPath } from './field-path';
import { MAX_ANY_VALUE_DEPTH, bytesToHex, copyBytes, int64Value, newAttributeMap } from './otlp-value';
import type {
  ExportTraceRequest,
  OtlpResourceSpans,
  OtlpScope,
  OtlpScopeSpans,
  OtlpSpan,
  OtlpSpanEvent,
  OtlpSpanKind,
  OtlpSpanLink,
  OtlpStatusCode,
  OtlpValue,
} from './trace-request';

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const WIRE_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'varint',
  1: '64-bit',
  2: 'length-delimited',
  3: 'start-group',
  4: 'end-group',
  5: '32-bit',
};

/** Decodes a binary ExportTraceServiceRequest (opentelemetry.proto.collector.trace.v1). */
export function decodeTraceRequestProtobuf(bytes: Uint8Array, limits?: DecodeLimits): ExportTraceRequest {
  return new ProtobufTraceDecoder(bytes, RecordBudget.of(limits)).decode();
}

/** Thrown inside the decoder; turned into InvalidInputError with the path and byte offset. */
class MalformedProtobuf extends Error {}

type Attributes = Record<string, OtlpValue>;

interface MutableSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  traceState: string;
  name: string;
  kind: OtlpSpanKind;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  attributes: Attributes;
  events: OtlpSpanEvent[];
  links: OtlpSpanLink[];
  status: { code: OtlpStatusCode; message: string };
  flags: number;
}

class ProtobufTraceDecoder {
  private readonly reader: Reader;
  private readonly path = new FieldPath();
  /** Limits of the enclosing messages, innermost last. */
  private readonly outerLimits: number[] = [];

  constructor(
    bytes: Uint8Array,
    private readonly budget: RecordBudget,
  ) {
    // A Buffer view gets protobufjs' BufferReader, which decodes strings natively (no copy).
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.reader = Reader.create(buffer);
  }

  decode(): ExportTraceRequest {
    try {
      return this.request();
    } catch (err) {
      if (err instanceof InvalidInputError) throw err;
      // Reader errors (RangeError "index out of range", "invalid varint encoding"...) and our own.
      const problem = err instanceof Error ? err.message : String(err);
      throw new InvalidInputError(
        'OTLP_MALFORMED_PROTOBUF',
        `${this.path.toString()}: ${problem} (at byte ${this.reader.pos}). ` +
          'The body must be a binary opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest ' +
          '(check Content-Type and Content-Encoding).',
        { path: this.path.toString(), offset: this.reader.pos },
      );
    }
  }

  private request(): ExportTraceRequest {
    const resourceSpans: OtlpResourceSpans[] = [];
    const r = this.reader;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field === 1) {
        resourceSpans.push(this.embedded(wire, 'resourceSpans', resourceSpans.length, () => this.resourceSpans()));
      } else {
        this.skip(field, wire);
      }
    }
    return { resourceSpans };
  }

  private resourceSpans(): OtlpResourceSpans {
    const r = this.reader;
    const resourceAttributes = newAttributeMap();
    const scopeSpans: OtlpScopeSpans[] = [];
    let schemaUrl = '';
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          this.embedded(wire, 'resource', undefined, () => this.resource(resourceAttributes));
          break;
        case 2:
          scopeSpans.push(this.embedded(wire, 'scopeSpans', scopeSpans.length, () => this.scopeSpans()));
          break;
        case 3:
          schemaUrl = this.string(wire, 'schemaUrl');
          break;
        default:
          this.skip(field, wire);
      }
    }
    return { resource: { attributes: resourceAttributes }, scopeSpans, schemaUrl };
  }

  /** Merges into `attributes`: a repeated embedded message merges, as protobuf parsers do. */
  private resource(attributes: Attributes): void {
    const r = this.reader;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          this.keyValue(wire, 'attributes', attributes);
          break;
        case 2:
          this.uint32(wire, 'droppedAttributesCount');
          break;
        default:
          this.skip(field, wire);
      }
    }
  }

  private scopeSpans(): OtlpScopeSpans {
    const r = this.reader;
    const scope = { name: '', version: '', attributes: newAttributeMap() };
    const spans: OtlpSpan[] = [];
    let schemaUrl = '';
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          this.embedded(wire, 'scope', undefined, () => this.scope(scope));
          break;
        case 2:
          spans.push(this.embedded(wire, 'spans', spans.length, () => this.span()));
          break;
        case 3:
          schemaUrl = this.string(wire, 'schemaUrl');
          break;
        default:
          this.skip(field, wire);
      }
    }
    return { scope, spans, schemaUrl };
  }

  private scope(scope: { name: string; version: string; attributes: Attributes }): OtlpScope {
    const r = this.reader;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          scope.name = this.string(wire, 'name');
          break;
        case 2:
          scope.version = this.string(wire, 'version');
          break;
        case 3:
          this.keyValue(wire, 'attributes', scope.attributes);
          break;
        case 4:
          this.uint32(wire, 'droppedAttributesCount');
          break;
        default:
          this.skip(field, wire);
      }
    }
    return scope;
  }

  private span(): OtlpSpan {
    const r = this.reader;
    this.budget.take();
    const span: MutableSpan = {
      traceId: '',
      spanId: '',
      parentSpanId: '',
      traceState: '',
      name: '',
      kind: 0,
      startTimeUnixNano: 0n,
      endTimeUnixNano: 0n,
      attributes: newAttributeMap(),
      events: [],
      links: [],
      status: { code: 0, message: '' },
      flags: 0,
    };
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          span.traceId = this.id(wire, 'traceId');
          break;
        case 2:
          span.spanId = this.id(wire, 'spanId');
          break;
        case 3:
          span.traceState = this.string(wire, 'traceState');
          break;
        case 4:
          span.parentSpanId = this.id(wire, 'parentSpanId');
          break;
        case 5:
          span.name = this.string(wire, 'name');
          break;
        case 6:
          span.kind = spanKind(this.enumValue(wire, 'kind'));
          break;
        case 7:
          span.startTimeUnixNano = this.fixed64(wire, 'startTimeUnixNano');
          break;
        case 8:
          span.endTimeUnixNano = this.fixed64(wire, 'endTimeUnixNano');
          break;
        case 9:
          this.keyValue(wire, 'attributes', span.attributes);
          break;
        case 11:
          span.events.push(this.embedded(wire, 'events', span.events.length, () => this.event()));
          break;
        case 13:
          span.links.push(this.embedded(wire, 'links', span.links.length, () => this.link()));
          break;
        case 15:
          this.embedded(wire, 'status', undefined, () => this.status(span.status));
          break;
        case 16:
          this.expect(wire, FIXED32, 'flags');
          span.flags = r.fixed32();
          break;
        case 10:
          this.uint32(wire, 'droppedAttributesCount');
          break;
        case 12:
          this.uint32(wire, 'droppedEventsCount');
          break;
        case 14:
          this.uint32(wire, 'droppedLinksCount');
          break;
        default:
          this.skip(field, wire);
      }
    }
    return span;
  }

  private event(): OtlpSpanEvent {
    const r = this.reader;
    this.budget.take();
    let timeUnixNano = 0n;
    let name = '';
    const attributes = newAttributeMap();
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          timeUnixNano = this.fixed64(wire, 'timeUnixNano');
          break;
        case 2:
          name = this.string(wire, 'name');
          break;
        case 3:
          this.keyValue(wire, 'attributes', attributes);
          break;
        case 4:
          this.uint32(wire, 'droppedAttributesCount');
          break;
        default:
          this.skip(field, wire);
      }
    }
    return { timeUnixNano, name, attributes };
  }

  private link(): OtlpSpanLink {
    const r = this.reader;
    this.budget.take();
    let traceId = '';
    let spanId = '';
    const attributes = newAttributeMap();
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          traceId = this.id(wire, 'traceId');
          break;
        case 2:
          spanId = this.id(wire, 'spanId');
          break;
        case 3:
          this.string(wire, 'traceState');
          break;
        case 4:
          this.keyValue(wire, 'attributes', attributes);
          break;
        case 5:
          this.uint32(wire, 'droppedAttributesCount');
          break;
        case 6:
          this.expect(wire, FIXED32, 'flags');
          r.fixed32();
          break;
        default:
          this.skip(field, wire);
      }
    }
    return { traceId, spanId, attributes };
  }

  private status(status: { code: OtlpStatusCode; message: string }): void {
    const r = this.reader;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 2:
          status.message = this.string(wire, 'message');
          break;
        case 3:
          status.code = statusCode(this.enumValue(wire, 'code'));
          break;
        default:
          // Field 1 is reserved (the deprecated code); skipped like any unknown field.
          this.skip(field, wire);
      }
    }
  }

  /** One KeyValue (a repeated `attributes`/`values` element) into `target`; last duplicate key wins. */
  private keyValue(keyValueWire: number, name: string, target: Attributes, depth = 1): void {
    this.expect(keyValueWire, LENGTH_DELIMITED, name);
    this.path.enter(name);
    this.enterMessage();
    const r = this.reader;
    let key = '';
    let value: OtlpValue | undefined;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          key = this.string(wire, 'key');
          break;
        case 2:
          this.expect(wire, LENGTH_DELIMITED, 'value');
          this.path.key(key);
          this.enterMessage();
          value = this.anyValue(depth);
          this.leaveMessage();
          this.path.leaveKey();
          break;
        case 3:
          this.uint32(wire, 'keyStrindex');
          break;
        default:
          this.skip(field, wire);
      }
    }
    // An empty AnyValue is "no value": the key is left out rather than invented as "" or 0.
    if (value !== undefined) target[key] = value;
    this.leaveMessage();
    this.path.leave();
  }

  /** AnyValue; undefined when no value field is set. `depth` 1 is an attribute's own value. */
  private anyValue(depth: number): OtlpValue | undefined {
    if (depth > MAX_ANY_VALUE_DEPTH) {
      throw new MalformedProtobuf(`AnyValue nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
    }
    const r = this.reader;
    let value: OtlpValue | undefined;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      switch (field) {
        case 1:
          value = this.string(wire, 'stringValue');
          break;
        case 2:
          this.expect(wire, VARINT, 'boolValue');
          value = r.bool();
          break;
        case 3:
          this.expect(wire, VARINT, 'intValue');
          value = this.int64();
          break;
        case 4:
          this.expect(wire, FIXED64, 'doubleValue');
          value = r.double();
          break;
        case 5:
          value = this.embedded(wire, 'arrayValue', undefined, () => this.arrayValue(depth));
          break;
        case 6:
          value = this.embedded(wire, 'kvlistValue', undefined, () => this.kvlistValue(depth));
          break;
        case 7:
          this.expect(wire, LENGTH_DELIMITED, 'bytesValue');
          value = copyBytes(r.bytes());
          break;
        case 8:
          this.uint32(wire, 'stringValueStrindex');
          break;
        default:
          this.skip(field, wire);
      }
    }
    return value;
  }

  private arrayValue(depth: number): OtlpValue[] {
    const r = this.reader;
    const values: OtlpValue[] = [];
    let index = 0;
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field === 1) {
        const value = this.embedded(wire, 'values', index++, () => this.anyValue(depth + 1));
        // Empty elements (an SDK's null) are dropped, as empty values are for keys.
        if (value !== undefined) values.push(value);
      } else {
        this.skip(field, wire);
      }
    }
    return values;
  }

  private kvlistValue(depth: number): Attributes {
    const r = this.reader;
    const values = newAttributeMap();
    while (r.pos < r.len) {
      const tag = this.tag();
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field === 1) this.keyValue(wire, 'values', values, depth + 1);
      else this.skip(field, wire);
    }
    return values;
  }

  // ---- wire-level helpers ----

  /**
   * Starts one length-delimited embedded message: the reader's limit is narrowed to the message so
   * nothing inside can read past it; the enclosing limit is kept for leaveMessage.
   */
  /**
   * One embedded message field: checks its wire type, bounds the reader to its length, reads it
   * with `read` and names it in the error path (as element `index` of a repeated field, if given).
   */
  private embedded<T>(wire: number, name: string, index: number | undefined, read: () => T): T {
    this.expect(wire, LENGTH_DELIMITED, name);
    this.path.enter(name);
    if (index !== undefined) this.path.index(index);
    this.enterMessage();
    const value = read();
    this.leaveMessage();
    if (index !== undefined) this.path.leave();
    this.path.leave();
    return value;
  }

  private enterMessage(): void {
    const r = this.reader;
    const length = r.size();
    const end = r.pos + length;
    if (end > r.len) {
      throw new MalformedProtobuf(`length ${length} exceeds the ${r.len - r.pos} bytes left in the enclosing message`);
    }
    this.outerLimits.push(r.len);
    r.len = end;
  }

  /** Restores the enclosing message's limit (the body has consumed its message exactly). */
  private leaveMessage(): void {
    this.reader.len = this.outerLimits.pop() ?? this.reader.buf.length;
  }

  /** The next tag (field number << 3 | wire type); field number 0 is never valid. */
  private tag(): number {
    const tag = this.reader.tag();
    if (tag >>> 3 === 0) throw new MalformedProtobuf('field number 0 is not valid');
    return tag;
  }

  private expect(wire: number, expected: number, name: string): void {
    if (wire !== expected) {
      this.path.enter(name);
      throw new MalformedProtobuf(
        `wire type ${wire} (${WIRE_TYPE_NAMES[wire] ?? 'invalid'}), expected ${expected} (${WIRE_TYPE_NAMES[expected]})`,
      );
    }
  }

  private skip(field: number, wire: number): void {
    if (wire === 4) throw new MalformedProtobuf(`unexpected end-group tag for field ${field}`);
    // skipType bounds group nesting by Reader.recursionLimit and rejects unknown wire types.
    this.reader.skipType(wire, 0, field);
  }

  private string(wire: number, name: string): string {
    this.expect(wire, LENGTH_DELIMITED, name);
    return this.reader.string();
  }

  private id(wire: number, name: string): string {
    this.expect(wire, LENGTH_DELIMITED, name);
    return bytesToHex(this.reader.bytes());
  }

  private uint32(wire: number, name: string): number {
    this.expect(wire, VARINT, name);
    return this.reader.uint32();
  }

  private enumValue(wire: number, name: string): number {
    this.expect(wire, VARINT, name);
    return this.reader.int32();
  }

  private fixed64(wire: number, name: string): bigint {
    this.expect(wire, FIXED64, name);
    const low = this.reader.fixed32();
    const high = this.reader.fixed32();
    return high < 0x200000 ? BigInt(high * 0x100000000 + low) : (BigInt(high) << 32n) | BigInt(low);
  }

  private int64(): OtlpValue {
    // protobufjs returns a Long (low/high as signed 32-bit halves) when `long` is loaded, which it
    // depends on; the number fallback is only reached in a stripped-down build.
    const raw = this.reader.int64() as unknown as { low: number; high: number } | number;
    if (typeof raw === 'number') return raw;
    const approx = raw.high * 0x100000000 + (raw.low >>> 0);
    if (Number.isSafeInteger(approx)) return approx;
    return int64Value(BigInt.asIntN(64, (BigInt(raw.high >>> 0) << 32n) | BigInt(raw.low >>> 0)));
  }
}

function spanKind(value: number): OtlpSpanKind {
  // Proto3 enums are open; values this version does not know read as UNSPECIFIED.
  return value >= 0 && value <= 5 ? (value as OtlpSpanKind) : 0;
}

function statusCode(value: number): OtlpStatusCode {
  return value >= 0 && value <= 2 ? (value as OtlpStatusCode) : 0;
}
