/*
 * Why hand-written rather than a generic proto3-JSON mapper: OTLP/JSON differs from proto3 JSON
 * (hex ids, enum names tolerated, snake_case keys tolerated as the collector does), and walking the
 * parsed tree with one switch per message gives each type error the exact path of the offending
 * field, ignores unknown fields, and caps AnyValue nesting so hostile documents stay bounded.
 */
import { InvalidInputError } from '@warden/core';
import { RecordBudget } from './decode-limits';
import type { DecodeLimits } from './decode-limits';
import { FieldPath } from './field-path';
import { MAX_ANY_VALUE_DEPTH, copyBytes, int64Value, newAttributeMap } from './otlp-value';
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

/** Decodes an OTLP/JSON ExportTraceServiceRequest body. */
export function decodeTraceRequestJson(text: string, limits?: DecodeLimits): ExportTraceRequest {
  let document: unknown;
  try {
    // A leading byte-order mark is legal in a JSON file but not for JSON.parse.
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new InvalidInputError(
      'OTLP_MALFORMED_JSON',
      `Request body is not valid JSON: ${reason}. Send an OTLP/JSON ExportTraceServiceRequest with Content-Type application/json.`,
    );
  }
  return new JsonTraceDecoder(RecordBudget.of(limits)).decode(document);
}

type JsonObject = Record<string, unknown>;
type Attributes = Record<string, OtlpValue>;

class MalformedJson extends Error {}

const SPAN_KIND_NAMES: Readonly<Record<string, OtlpSpanKind>> = {
  SPAN_KIND_UNSPECIFIED: 0,
  SPAN_KIND_INTERNAL: 1,
  SPAN_KIND_SERVER: 2,
  SPAN_KIND_CLIENT: 3,
  SPAN_KIND_PRODUCER: 4,
  SPAN_KIND_CONSUMER: 5,
};

const STATUS_CODE_NAMES: Readonly<Record<string, OtlpStatusCode>> = {
  STATUS_CODE_UNSET: 0,
  STATUS_CODE_OK: 1,
  STATUS_CODE_ERROR: 2,
};

const DECIMAL = /^-?[0-9]+$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
const BASE64_URL = /^[A-Za-z0-9_-]*={0,2}$/;
const UINT64_MAX = (1n << 64n) - 1n;
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;

class JsonTraceDecoder {
  private readonly path = new FieldPath();

  constructor(private readonly budget: RecordBudget) {}

  decode(document: unknown): ExportTraceRequest {
    try {
      return this.request(document);
    } catch (err) {
      if (!(err instanceof MalformedJson)) throw err;
      const where = this.path.toString();
      throw new InvalidInputError(
        'OTLP_MALFORMED_JSON',
        `${where}: ${err.message}. The body must be an OTLP/JSON ExportTraceServiceRequest.`,
        { path: where },
      );
    }
  }

  private request(document: unknown): ExportTraceRequest {
    if (!isObject(document)) throw new MalformedJson(`expected an object, got ${describe(document)}`);
    let resourceSpans: OtlpResourceSpans[] = [];
    for (const key of Object.keys(document)) {
      if (key === 'resourceSpans' || key === 'resource_spans') {
        resourceSpans = this.repeated(document[key], 'resourceSpans', (v) => this.resourceSpans(v));
      }
    }
    return { resourceSpans };
  }

  private resourceSpans(value: JsonObject): OtlpResourceSpans {
    let attributes: Attributes = newAttributeMap();
    let scopeSpans: OtlpScopeSpans[] = [];
    let schemaUrl = '';
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'resource':
          attributes = this.message(field, 'resource', (v) => this.resource(v)) ?? attributes;
          break;
        case 'scopeSpans':
        case 'scope_spans':
          scopeSpans = this.repeated(field, 'scopeSpans', (v) => this.scopeSpans(v));
          break;
        case 'schemaUrl':
        case 'schema_url':
          schemaUrl = this.string(field, 'schemaUrl');
          break;
      }
    }
    return { resource: { attributes }, scopeSpans, schemaUrl };
  }

  private resource(value: JsonObject): Attributes {
    let attributes = newAttributeMap();
    for (const key of Object.keys(value)) {
      if (key === 'attributes') attributes = this.attributes(value[key], 'attributes', 1);
    }
    return attributes;
  }

  private scopeSpans(value: JsonObject): OtlpScopeSpans {
    let scope: OtlpScope = { name: '', version: '', attributes: newAttributeMap() };
    let spans: OtlpSpan[] = [];
    let schemaUrl = '';
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'scope':
          scope = this.message(field, 'scope', (v) => this.scope(v)) ?? scope;
          break;
        case 'spans':
          spans = this.repeated(field, 'spans', (v) => this.span(v));
          break;
        case 'schemaUrl':
        case 'schema_url':
          schemaUrl = this.string(field, 'schemaUrl');
          break;
      }
    }
    return { scope, spans, schemaUrl };
  }

  private scope(value: JsonObject): OtlpScope {
    let name = '';
    let version = '';
    let attributes = newAttributeMap();
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'name':
          name = this.string(field, 'name');
          break;
        case 'version':
          version = this.string(field, 'version');
          break;
        case 'attributes':
          attributes = this.attributes(field, 'attributes', 1);
          break;
      }
    }
    return { name, version, attributes };
  }

  private span(value: JsonObject): OtlpSpan {
    this.budget.take();
    let traceId = '';
    let spanId = '';
    let parentSpanId = '';
    let traceState = '';
    let name = '';
    let kind: OtlpSpanKind = 0;
    let startTimeUnixNano = 0n;
    let endTimeUnixNano = 0n;
    let attributes = newAttributeMap();
    let events: OtlpSpanEvent[] = [];
    let links: OtlpSpanLink[] = [];
    let status: { code: OtlpStatusCode; message: string } = { code: 0, message: '' };
    let flags = 0;
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'traceId':
        case 'trace_id':
          traceId = this.id(field, 'traceId');
          break;
        case 'spanId':
        case 'span_id':
          spanId = this.id(field, 'spanId');
          break;
        case 'parentSpanId':
        case 'parent_span_id':
          parentSpanId = this.id(field, 'parentSpanId');
          break;
        case 'traceState':
        case 'trace_state':
          traceState = this.string(field, 'traceState');
          break;
        case 'name':
          name = this.string(field, 'name');
          break;
        case 'kind':
          kind = this.enumValue(field, 'kind', SPAN_KIND_NAMES, 5) as OtlpSpanKind;
          break;
        case 'startTimeUnixNano':
        case 'start_time_unix_nano':
          startTimeUnixNano = this.uint64(field, 'startTimeUnixNano');
          break;
        case 'endTimeUnixNano':
        case 'end_time_unix_nano':
          endTimeUnixNano = this.uint64(field, 'endTimeUnixNano');
          break;
        case 'attributes':
          attributes = this.attributes(field, 'attributes', 1);
          break;
        case 'events':
          events = this.repeated(field, 'events', (v) => this.event(v));
          break;
        case 'links':
          links = this.repeated(field, 'links', (v) => this.link(v));
          break;
        case 'status':
          status = this.message(field, 'status', (v) => this.status(v)) ?? status;
          break;
        case 'flags':
          flags = this.uint32(field, 'flags');
          break;
      }
    }
    return {
      traceId,
      spanId,
      parentSpanId,
      traceState,
      name,
      kind,
      startTimeUnixNano,
      endTimeUnixNano,
      attributes,
      events,
      links,
      status,
      flags,
    };
  }

  private event(value: JsonObject): OtlpSpanEvent {
    this.budget.take();
    let timeUnixNano = 0n;
    let name = '';
    let attributes = newAttributeMap();
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'timeUnixNano':
        case 'time_unix_nano':
          timeUnixNano = this.uint64(field, 'timeUnixNano');
          break;
        case 'name':
          name = this.string(field, 'name');
          break;
        case 'attributes':
          attributes = this.attributes(field, 'attributes', 1);
          break;
      }
    }
    return { timeUnixNano, name, attributes };
  }

  private link(value: JsonObject): OtlpSpanLink {
    this.budget.take();
    let traceId = '';
    let spanId = '';
    let attributes = newAttributeMap();
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'traceId':
        case 'trace_id':
          traceId = this.id(field, 'traceId');
          break;
        case 'spanId':
        case 'span_id':
          spanId = this.id(field, 'spanId');
          break;
        case 'attributes':
          attributes = this.attributes(field, 'attributes', 1);
          break;
      }
    }
    return { traceId, spanId, attributes };
  }

  private status(value: JsonObject): { code: OtlpStatusCode; message: string } {
    let code: OtlpStatusCode = 0;
    let message = '';
    for (const key of Object.keys(value)) {
      const field = value[key];
      switch (key) {
        case 'code':
          code = this.enumValue(field, 'code', STATUS_CODE_NAMES, 2) as OtlpStatusCode;
          break;
        case 'message':
          message = this.string(field, 'message');
          break;
      }
    }
    return { code, message };
  }

  /** A repeated KeyValue (`attributes`, kvlist `values`); last duplicate key wins. */
  private attributes(value: unknown, name: string, depth: number): Attributes {
    const target = newAttributeMap();
    this.repeated(value, name, (keyValue) => {
      let key = '';
      let item: OtlpValue | undefined;
      for (const k of Object.keys(keyValue)) {
        const field = keyValue[k];
        if (k === 'key') key = this.string(field, 'key');
        else if (k === 'value') item = this.message(field, 'value', (v) => this.anyValue(v, depth));
      }
      // An empty AnyValue is "no value": the key is left out rather than invented as "" or 0.
      if (item !== undefined) target[key] = item;
      return undefined;
    });
    return target;
  }

  /** AnyValue; undefined when no value field is set. `depth` 1 is an attribute's own value. */
  private anyValue(value: JsonObject, depth: number): OtlpValue | undefined {
    if (depth > MAX_ANY_VALUE_DEPTH) throw new MalformedJson(`AnyValue nested deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
    let result: OtlpValue | undefined;
    for (const key of Object.keys(value)) {
      const field = value[key];
      if (field === null || field === undefined) continue;
      switch (key) {
        case 'stringValue':
        case 'string_value':
          result = this.string(field, 'stringValue');
          break;
        case 'boolValue':
        case 'bool_value':
          result = this.bool(field, 'boolValue');
          break;
        case 'intValue':
        case 'int_value':
          result = this.int64(field, 'intValue');
          break;
        case 'doubleValue':
        case 'double_value':
          result = this.double(field, 'doubleValue');
          break;
        case 'bytesValue':
        case 'bytes_value':
          result = this.bytes(field, 'bytesValue');
          break;
        case 'arrayValue':
        case 'array_value':
          result = this.message(field, 'arrayValue', (array) => {
            let values: OtlpValue[] = [];
            for (const k of Object.keys(array)) {
              if (k !== 'values') continue;
              values = this.repeated(array[k], 'values', (v) => this.anyValue(v, depth + 1)).filter(isPresent);
            }
            return values;
          });
          break;
        case 'kvlistValue':
        case 'kvlist_value':
          result = this.message(field, 'kvlistValue', (kvlist) => {
            let values = newAttributeMap();
            for (const k of Object.keys(kvlist)) {
              if (k === 'values') values = this.attributes(kvlist[k], 'values', depth + 1);
            }
            return values;
          });
          break;
      }
    }
    return result;
  }

  // ---- field helpers: each enters its field so that an error names it ----

  /** An embedded message; null or absent means "not set". */
  private message<T>(value: unknown, name: string, body: (value: JsonObject) => T): T | undefined {
    if (value === null || value === undefined) return undefined;
    this.path.enter(name);
    if (!isObject(value)) throw new MalformedJson(`expected an object, got ${describe(value)}`);
    const result = body(value);
    this.path.leave();
    return result;
  }

  private repeated<T>(value: unknown, name: string, body: (value: JsonObject) => T): T[] {
    if (value === null || value === undefined) return [];
    this.path.enter(name);
    if (!Array.isArray(value)) throw new MalformedJson(`expected an array, got ${describe(value)}`);
    const out: T[] = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      this.path.index(i);
      if (!isObject(item)) throw new MalformedJson(`expected an object, got ${describe(item)}`);
      out[i] = body(item);
      this.path.leave();
    }
    this.path.leave();
    return out;
  }

  private fail(name: string, expected: string, value: unknown): never {
    this.path.enter(name);
    throw new MalformedJson(`expected ${expected}, got ${describe(value)}`);
  }

  private string(value: unknown, name: string): string {
    if (typeof value === 'string') return value;
    if (value === null) return '';
    return this.fail(name, 'a string', value);
  }

  private bool(value: unknown, name: string): boolean {
    if (typeof value === 'boolean') return value;
    return this.fail(name, 'a boolean', value);
  }

  private id(value: unknown, name: string): string {
    if (value === null) return '';
    if (typeof value === 'string' && HEX.test(value)) return value.toLowerCase();
    return this.fail(name, 'a hex string (pairs of 0-9a-f, not base64)', value);
  }

  private uint64(value: unknown, name: string): bigint {
    if (value === null) return 0n;
    const n = integer(value);
    if (n !== undefined && n >= 0n && n <= UINT64_MAX) return n;
    return this.fail(name, 'an unsigned 64-bit integer (decimal string or number)', value);
  }

  private int64(value: unknown, name: string): OtlpValue {
    // The JS SDK's JSON exporter sends every integral number as intValue, 1e300 included; such a
    // number cannot have been an int64, so it is kept as the double it is rather than rejected.
    if (typeof value === 'number' && Number.isInteger(value) && (value < -(2 ** 63) || value >= 2 ** 63)) return value;
    const n = integer(value);
    if (n !== undefined && n >= INT64_MIN && n <= INT64_MAX) return int64Value(n);
    return this.fail(name, 'a 64-bit integer (decimal string or number)', value);
  }

  private uint32(value: unknown, name: string): number {
    if (value === null) return 0;
    const n = integer(value);
    if (n !== undefined && n >= 0n && n <= 0xffffffffn) return Number(n);
    return this.fail(name, 'an unsigned 32-bit integer (decimal string or number)', value);
  }

  private double(value: unknown, name: string): number {
    if (typeof value === 'number') return value;
    if (typeof value === 'string') {
      // proto3 JSON spells the non-finite doubles as strings and allows numbers in quotes.
      if (value === 'NaN') return Number.NaN;
      if (value === 'Infinity') return Number.POSITIVE_INFINITY;
      if (value === '-Infinity') return Number.NEGATIVE_INFINITY;
      const n = value.trim() === '' ? Number.NaN : Number(value);
      if (Number.isFinite(n)) return n;
    }
    return this.fail(name, 'a number (or "NaN", "Infinity", "-Infinity")', value);
  }

  private bytes(value: unknown, name: string): Uint8Array {
    if (typeof value === 'string') {
      if (BASE64.test(value)) return copyBytes(Buffer.from(value, 'base64'));
      if (BASE64_URL.test(value)) return copyBytes(Buffer.from(value, 'base64url'));
    }
    return this.fail(name, 'a base64 string', value);
  }

  /** An enum as its integer or its name; integers this version does not know read as 0. */
  private enumValue(value: unknown, name: string, names: Readonly<Record<string, number>>, max: number): number {
    if (value === null) return 0;
    if (typeof value === 'string' && Object.hasOwn(names, value)) return names[value] ?? 0;
    const n = integer(value);
    if (n !== undefined && n >= -0x80000000n && n <= 0x7fffffffn) return n >= 0n && n <= BigInt(max) ? Number(n) : 0;
    return this.fail(name, `an enum integer or one of ${Object.keys(names).join(', ')}`, value);
  }
}

/** An integer from a decimal string or a JSON number; undefined for anything else. */
function integer(value: unknown): bigint | undefined {
  if (typeof value === 'number') {
    // Numbers above 2^53 were already rounded by JSON.parse; senders should use strings (proto3 JSON).
    return Number.isInteger(value) ? BigInt(value) : undefined;
  }
  if (typeof value === 'string' && value.length <= 21 && DECIMAL.test(value)) return BigInt(value);
  return undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPresent<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** A short, safe rendering of an offending value for an error message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
