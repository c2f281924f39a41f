import type { AgentEvent, AgentEventKind } from '@warden/core';
import { InvalidInputError } from '@warden/core';
import type { ExportTraceRequest, OtlpAttributes } from '@warden/otlp';
import { identityValues, resolveIdentity } from './identity';
import { resolveLimits } from './limits';
import type { NormalizeContext, NormalizeResult, RejectedSpan } from './normalize-context';
import { classifySpan } from './classify';
import { normalizeSpan, toolNameOf } from './normalize-span';
import { validateSpan, type SpanRecord } from './span-record';
import { TraceContextCache, type TraceContextValues } from './trace-context-cache';

/** How far up a parent chain identity is looked for; also what stops a hostile parent cycle. */
const MAX_ANCESTRY = 64;

interface Indexed {
  readonly record: SpanRecord;
  readonly own: TraceContextValues;
  readonly fromResource: TraceContextValues;
}

/**
 * Turn one decoded OTLP export request into AgentEvents, one per usable span. A span that cannot
 * be used (bad ids, impossible times, or content the normalizer chokes on) is listed in
 * `rejected` with the reason and the rest of the request goes on. Pure: no I/O, no clock; the
 * only state touched is the optional trace-context cache passed in.
 *
 * Throws InvalidInputError only for a bad context (no tenant, unusable limits): a caller bug.
 */
export function normalizeExportRequest(req: ExportTraceRequest, ctx: NormalizeContext): NormalizeResult {
  if (typeof ctx.tenant !== 'string' || ctx.tenant.trim() === '') {
    throw new InvalidInputError(
      'WARDEN_NORMALIZE_TENANT_MISSING',
      'normalizeExportRequest needs ctx.tenant, the tenant the receiver resolved from the caller’s credentials; it is never read from span attributes.',
    );
  }
  const limits = resolveLimits(ctx.limits);
  // Without a shared cache, spans still share trace context within this request.
  const cache = ctx.traceContext ?? new TraceContextCache();
  const tenant = ctx.tenant;
  const rejected: RejectedSpan[] = [];
  const indexed: Indexed[] = [];
  const byId = new Map<string, Indexed>();
  const resourceValues = new Map<OtlpAttributes, TraceContextValues>();

  for (const rs of req.resourceSpans) {
    const resource = rs.resource.attributes;
    let fromResource = resourceValues.get(resource);
    if (fromResource === undefined) {
      fromResource = identityValues(resource, limits);
      resourceValues.set(resource, fromResource);
    }
    for (const ss of rs.scopeSpans) {
      for (const span of ss.spans) {
        let v: ReturnType<typeof validateSpan>;
        try {
          v = validateSpan(span, limits);
        } catch (err) {
          // Only a span that breaks its declared shape gets here; it costs that span alone.
          v = { ok: false, reason: `span could not be read: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'}` };
        }
        if (!v.ok) {
          rejected.push({ traceId: shortId(span.traceId), spanId: shortId(span.spanId), reason: v.reason });
          continue;
        }
        const key = `${v.traceId}/${v.spanId}`;
        if (byId.has(key)) {
          rejected.push({ traceId: v.traceId, spanId: v.spanId, reason: 'duplicate span: the same trace and span id appear earlier in this request' });
          continue;
        }
        const record: SpanRecord = {
          span,
          resource,
          scopeName: typeof ss.scope.name === 'string' ? ss.scope.name : '',
          traceId: v.traceId,
          spanId: v.spanId,
          ...(v.parentSpanId === undefined ? {} : { parentSpanId: v.parentSpanId }),
          startTimeMs: v.startTimeMs,
          endTimeMs: v.endTimeMs,
        };
        const entry: Indexed = { record, own: identityValues(span.attributes ?? {}, limits), fromResource };
        indexed.push(entry);
        byId.set(key, entry);
      }
    }
  }

  // Fill the cache from every span first: a child may carry what its siblings lack.
  for (const { record, own, fromResource } of indexed) {
    cache.remember(tenant, record.traceId, { ...fromResource, ...own }, record.parentSpanId === undefined);
  }

  const kinds = new Map<Indexed, AgentEventKind>();
  const kindOf = (entry: Indexed): AgentEventKind => {
    let kind = kinds.get(entry);
    if (kind === undefined) {
      kind = classifySpan(entry.record.span, entry.record.scopeName).kind;
      kinds.set(entry, kind);
    }
    return kind;
  };

  const events: AgentEvent[] = [];
  for (const entry of indexed) {
    const { record } = entry;
    try {
      const ancestors = ancestorsOf(entry, byId);
      const identity = resolveIdentity(
        {
          chain: [entry.own, entry.fromResource, ...ancestors.map((p) => p.own)],
          cached: cache.lookup(tenant, record.traceId),
          resource: record.resource,
          traceId: record.traceId,
        },
        limits,
      );
      const toolAncestor = ancestors.find((p) => kindOf(p) === 'tool');
      const enclosingTool = toolAncestor === undefined ? undefined : toolNameOf(toolAncestor.record.span);
      events.push(normalizeSpan(record, identity, { tenant, receivedAtMs: ctx.receivedAtMs, limits }, enclosingTool));
    } catch (err) {
      // A defect or a pathological value must cost one span, never the whole request.
      const message = err instanceof Error ? err.message : String(err);
      rejected.push({
        traceId: record.traceId,
        spanId: record.spanId,
        reason: `span could not be normalized: ${message.slice(0, 200)}`,
      });
    }
  }
  return { events, rejected };
}

/** Ancestors present in this request, nearest first. */
function ancestorsOf(entry: Indexed, byId: ReadonlyMap<string, Indexed>): Indexed[] {
  const out: Indexed[] = [];
  const seen = new Set<string>([entry.record.spanId]);
  let parent = entry.record.parentSpanId;
  while (parent !== undefined && out.length < MAX_ANCESTRY && !seen.has(parent)) {
    seen.add(parent);
    const p = byId.get(`${entry.record.traceId}/${parent}`);
    if (p === undefined) break;
    out.push(p);
    parent = p.record.parentSpanId;
  }
  return out;
}

/** A rejected span's id as sent, but bounded and printable: it ends up in logs and responses. */
function shortId(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : '';
  const shown = s.length > 64 ? `${s.slice(0, 64)}…` : s;
  return shown.replace(/[^\x20-\x7e…]/g, '?');
}
