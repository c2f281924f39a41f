import { InvalidInputError } from '@warden/core';
import { exportRequest, span } from '../testdata/builder';
import * as genai from '../testdata/otel-genai';
import { normalizeExportRequest, TraceContextCache, type NormalizeContext } from './index';

const ctx = (extra: Partial<NormalizeContext> = {}): NormalizeContext => ({ tenant: 'acme', receivedAtMs: 1, ...extra });
const supportRequest = (...spans: ReturnType<typeof span>[]) =>
  exportRequest({ resource: genai.resource, scope: 'opentelemetry.instrumentation.openai_v2', spans });

describe('identity inherited from ancestors in the same request', () => {
  it('falls back to service.name when the tool span arrives alone', () => {
    const [e] = normalizeExportRequest(supportRequest(genai.tool), ctx()).events;
    expect(e).toMatchObject({ agentId: 'support-svc', agentType: 'support-svc', agentVersion: '1.4.0' });
    expect(e?.agentName).toBeUndefined();
  });

  it('takes agent id, name and version from the root invoke_agent span, wherever it sits in the request', () => {
    const events = normalizeExportRequest(supportRequest(genai.tool, genai.http, genai.statusTool, genai.root), ctx()).events;
    for (const e of events) {
      expect(e).toMatchObject({
        agentId: 'agt_support_01',
        agentType: 'support-agent',
        agentName: 'support-agent',
        agentVersion: '3.2.0',
        sessionId: genai.CONVERSATION_ID,
      });
    }
  });

  it('lets the nearest agent win for a nested sub-agent', () => {
    const traceId = 'aaaabbbbccccddddeeeeffff00001111';
    const events = normalizeExportRequest(
      exportRequest({
        resource: { 'service.name': 'crew' },
        spans: [
          span({ traceId, spanId: '1000000000000001', name: 'invoke_agent supervisor', startMs: 0, endMs: 10, attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'supervisor' } }),
          span({ traceId, spanId: '1000000000000002', parentSpanId: '1000000000000001', name: 'invoke_agent researcher', startMs: 1, endMs: 9, attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'researcher' } }),
          span({ traceId, spanId: '1000000000000003', parentSpanId: '1000000000000002', name: 'execute_tool web.search', startMs: 2, endMs: 3, attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'web.search' } }),
        ],
      }),
      ctx(),
    ).events;
    expect(events.map((e) => [e.spanId, e.agentId, e.agentType])).toEqual([
      ['1000000000000001', 'crew/supervisor', 'supervisor'],
      ['1000000000000002', 'crew/researcher', 'researcher'],
      ['1000000000000003', 'crew/researcher', 'researcher'],
    ]);
  });

  it('survives a parent cycle in hostile input', () => {
    const traceId = 'aaaabbbbccccddddeeeeffff00002222';
    const result = normalizeExportRequest(
      exportRequest({
        resource: { 'service.name': 'loop' },
        spans: [
          span({ traceId, spanId: '2000000000000001', parentSpanId: '2000000000000002', name: 'a', startMs: 0, endMs: 1 }),
          span({ traceId, spanId: '2000000000000002', parentSpanId: '2000000000000001', name: 'b', startMs: 0, endMs: 1, attributes: { 'gen_ai.agent.name': 'looped' } }),
        ],
      }),
      ctx(),
    );
    expect(result.events.map((e) => e.agentType)).toEqual(['looped', 'looped']);
  });
});

describe('TraceContextCache across requests', () => {
  it('gives a child the identity of a root that arrived in an earlier request', () => {
    const cache = new TraceContextCache();
    normalizeExportRequest(supportRequest(genai.root), ctx({ traceContext: cache }));
    const [e] = normalizeExportRequest(supportRequest(genai.tool), ctx({ traceContext: cache })).events;
    expect(e).toMatchObject({ agentId: 'agt_support_01', agentType: 'support-agent', agentVersion: '3.2.0' });
  });

  it('fills from a child when the root comes later, then lets the root win', () => {
    const cache = new TraceContextCache();
    const traceId = '0123456789abcdef0123456789abcdef';
    const rootId = '3000000000000001';
    const child = (spanId: string, attributes: Record<string, string>) =>
      span({ traceId, spanId, parentSpanId: rootId, name: 'chat m', startMs: 1, endMs: 2, attributes: { 'gen_ai.operation.name': 'chat', ...attributes } });
    const req = (...spans: ReturnType<typeof span>[]) => exportRequest({ resource: { 'service.name': 'svc' }, spans });

    // Request 1: an LLM child that carries the agent name and conversation; its sibling has nothing.
    const first = normalizeExportRequest(
      req(child('3000000000000002', { 'gen_ai.agent.name': 'child-said', 'gen_ai.conversation.id': 'c-1' }), child('3000000000000003', {})),
      ctx({ traceContext: cache }),
    ).events;
    expect(first.map((e) => [e.agentType, e.sessionId])).toEqual([
      ['child-said', 'c-1'],
      ['child-said', 'c-1'],
    ]);

    // Request 2: another child, nothing on it; the cache answers.
    const [second] = normalizeExportRequest(req(child('3000000000000004', {})), ctx({ traceContext: cache })).events;
    expect(second).toMatchObject({ agentType: 'child-said', sessionId: 'c-1', sessionIdSource: 'conversation' });

    // Request 3: the root, with the authoritative id and name.
    const root = span({ traceId, spanId: rootId, name: 'invoke_agent', startMs: 0, endMs: 3, attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.id': 'agt-9', 'gen_ai.agent.name': 'root-said' } });
    normalizeExportRequest(req(root), ctx({ traceContext: cache }));

    // Request 4: a late child with a conflicting name of its own keeps it, but cannot overwrite the root's.
    const late = normalizeExportRequest(
      req(child('3000000000000005', { 'gen_ai.agent.name': 'late-child' }), child('3000000000000006', {})),
      ctx({ traceContext: cache }),
    ).events;
    expect(late.map((e) => [e.agentId, e.agentType])).toEqual([
      ['agt-9', 'late-child'],
      ['agt-9', 'root-said'],
    ]);
  });

  it('never shares trace context between tenants', () => {
    const cache = new TraceContextCache();
    normalizeExportRequest(supportRequest(genai.root), ctx({ traceContext: cache }));
    const [other] = normalizeExportRequest(supportRequest(genai.tool), ctx({ tenant: 'globex', traceContext: cache })).events;
    expect(other).toMatchObject({ tenant: 'globex', agentId: 'support-svc', agentType: 'support-svc' });
  });

  it('forgets the least recently used trace beyond maxTraces', () => {
    const cache = new TraceContextCache({ maxTraces: 2 });
    cache.remember('t', 'a', { 'gen_ai.agent.name': 'A' }, true);
    cache.remember('t', 'b', { 'gen_ai.agent.name': 'B' }, true);
    expect(cache.lookup('t', 'a')).toEqual({ 'gen_ai.agent.name': 'A' }); // a is now the most recent
    cache.remember('t', 'c', { 'gen_ai.agent.name': 'C' }, true);
    expect(cache.size).toBe(2);
    expect(cache.lookup('t', 'b')).toBeUndefined();
    expect(cache.lookup('t', 'a')).toEqual({ 'gen_ai.agent.name': 'A' });
    expect(cache.lookup('t', 'c')).toEqual({ 'gen_ai.agent.name': 'C' });
  });

  it('rejects an unusable size', () => {
    expect(() => new TraceContextCache({ maxTraces: 0 })).toThrow(InvalidInputError);
  });
});

describe('agent type and session precedence', () => {
  const traceId = 'fedcba9876543210fedcba9876543210';
  const one = (resource: Record<string, string>, attributes: Record<string, string>) =>
    normalizeExportRequest(
      exportRequest({ resource, spans: [span({ traceId, spanId: '4000000000000001', name: 'x', startMs: 0, endMs: 1, attributes })] }),
      ctx(),
    ).events[0];

  it('prefers warden.agent.type, then gen_ai.agent.name, agent.name, traceloop.workflow.name, service.name', () => {
    expect(one({ 'service.name': 's', 'warden.agent.type': 'declared' }, { 'gen_ai.agent.name': 'n' })?.agentType).toBe('declared');
    expect(one({ 'service.name': 's' }, { 'gen_ai.agent.name': 'n', 'agent.name': 'oi' })?.agentType).toBe('n');
    expect(one({ 'service.name': 's' }, { 'agent.name': 'oi', 'traceloop.workflow.name': 'wf' })?.agentType).toBe('oi');
    expect(one({ 'service.name': 's' }, { 'traceloop.workflow.name': 'wf' })?.agentType).toBe('wf');
    expect(one({ 'service.name': 's' }, {})?.agentType).toBe('s');
  });

  it('prefers gen_ai.agent.id, then gen_ai.main_agent.id, then service/name', () => {
    expect(one({ 'service.name': 's' }, { 'gen_ai.agent.id': 'id', 'gen_ai.main_agent.id': 'main', 'gen_ai.agent.name': 'n' })?.agentId).toBe('id');
    expect(one({ 'service.name': 's' }, { 'gen_ai.main_agent.id': 'main', 'gen_ai.agent.name': 'n' })?.agentId).toBe('main');
    expect(one({ 'service.name': 's' }, { 'gen_ai.agent.name': 'n' })?.agentId).toBe('s/n');
  });

  it('lets warden.agent.id override, and reads agent_id from OpenInference metadata', () => {
    expect(one({ 'service.name': 's', 'warden.agent.id': 'ops-declared' }, { 'gen_ai.agent.id': 'id' })?.agentId).toBe('ops-declared');
    expect(one({ 'service.name': 'hr' }, { 'agent.name': 'hr-agent', metadata: '{"agent_id":"hr-agent-2","env":"prod"}' })?.agentId).toBe('hr-agent-2');
    expect(one({ 'service.name': 'hr' }, { 'agent.name': 'hr-agent', metadata: 'not json' })?.agentId).toBe('hr/hr-agent');
    // service.instance.id changes at every restart: it must not split the agent.
    expect(one({ 'service.name': 'hr', 'service.instance.id': 'pod-7f9' }, { 'agent.name': 'hr-agent' })?.agentId).toBe('hr/hr-agent');
  });

  it('prefers conversation id, then session.id, then the Traceloop session property, then the trace', () => {
    const pick = (attributes: Record<string, string>) => {
      const e = one({ 'service.name': 's' }, attributes);
      return [e?.sessionId, e?.sessionIdSource];
    };
    expect(pick({ 'gen_ai.conversation.id': 'c', 'session.id': 's' })).toEqual(['c', 'conversation']);
    expect(pick({ 'session.id': 's', 'traceloop.association.properties.session_id': 't' })).toEqual(['s', 'session']);
    expect(pick({ 'traceloop.association.properties.session_id': 't' })).toEqual(['t', 'session']);
    expect(pick({})).toEqual([traceId, 'trace']);
  });
});

describe('tenant', () => {
  it('comes from the context only, never from span or resource attributes', () => {
    const result = normalizeExportRequest(
      exportRequest({
        resource: { 'service.name': 's', tenant: 'evil', 'tenant.id': 'evil', 'warden.tenant': 'evil' },
        spans: [
          span({
            traceId: '11111111111111111111111111111111',
            spanId: '5000000000000001',
            name: 'x',
            startMs: 0,
            endMs: 1,
            attributes: { tenant: 'evil', 'warden.tenant': 'evil', 'traceloop.association.properties.customer_id': 'evil' },
          }),
        ],
      }),
      ctx({ tenant: 'acme' }),
    );
    expect(result.events.map((e) => e.tenant)).toEqual(['acme']);
    expect(JSON.stringify(result.events[0]?.attributes)).not.toContain('evil');
  });

  it('is required', () => {
    expect(() => normalizeExportRequest(supportRequest(genai.root), ctx({ tenant: '' }))).toThrow(
      expect.objectContaining({ code: 'WARDEN_NORMALIZE_TENANT_MISSING' }),
    );
  });
});
