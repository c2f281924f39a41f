import type { AgentEvent } from '@warden/core';
import { newLiveSession } from './live-session';
import { parseArgumentFields } from '../indicators/arguments';
import { firstRequestNaming, looksUpRequest, notePrincipalRequest } from './principal-requests';

const first = { tenant: 'acme', agentId: 'fin-1', agentType: 'finance', sessionId: 's1', traceId: 't', spanId: 'a', kind: 'agent', name: 'invoke_agent', startTimeMs: 0, endTimeMs: 1, status: 'ok', contents: [], resources: [], attributes: {} } as unknown as AgentEvent;

describe('the principal requests of a session', () => {
  test('a domain is named however a person writes it, and only as a word', () => {
    const s = newLiveSession(first);
    notePrincipalRequest(s, 100, "Reconcile this week's settlements against the Bank Feed.");
    expect(firstRequestNaming(s, 'bank_feed')).toBe(100);
    notePrincipalRequest(s, 200, 'Check the payroll-bureau upload.');
    expect(firstRequestNaming(s, 'payroll_bureau')).toBe(200);
    expect(firstRequestNaming(s, 'bank')).toBe(100);
    expect(firstRequestNaming(s, 'feedback')).toBeUndefined();
    expect(firstRequestNaming(s, 'hr')).toBeUndefined();
  });

  test('a domain is named in the singular or the plural: "the invoice" names `invoices`, "expense report" `expenses`', () => {
    const s = newLiveSession(first);
    notePrincipalRequest(s, 100, 'Invoice order WS-2231 and audit expense report ER-77 against the travel policy.');
    expect(firstRequestNaming(s, 'invoices')).toBe(100);
    expect(firstRequestNaming(s, 'expenses')).toBe(100);
    expect(firstRequestNaming(s, 'policies')).toBe(100);
    expect(firstRequestNaming(s, 'orders')).toBe(100);
    expect(firstRequestNaming(s, 'reports_archive')).toBeUndefined();
    expect(firstRequestNaming(s, 'invoicing')).toBeUndefined();
  });

  test('the conversation repeated by every model call is kept once, at its earliest time, and does not crowd out later requests', () => {
    const s = newLiveSession(first);
    for (let call = 0; call < 30; call++) notePrincipalRequest(s, 500 - call, 'Summarise the open tickets.');
    notePrincipalRequest(s, 900, 'Now reconcile against the bank feed.');
    expect(s.principalRequests).toHaveLength(2);
    expect(s.principalRequests[0]?.timeMs).toBe(471);
    expect(firstRequestNaming(s, 'bank_feed')).toBe(900);
  });

  test('a lookup of what an earlier request named: every word of its arguments was in that request', () => {
    const s = newLiveSession(first);
    notePrincipalRequest(s, 100, 'Share my 2027 tax folder with Marta, my accountant.');
    const args = (o: unknown) => parseArgumentFields(JSON.stringify(o));
    expect(looksUpRequest(s, 200, args({ query: 'Marta accountant', limit: 5 }))).toBe(true);
    expect(looksUpRequest(s, 200, args({ query: 'Marta Ferreira' }))).toBe(false);
    // Not before the request was made, and not an id that names nothing.
    expect(looksUpRequest(s, 50, args({ query: 'Marta' }))).toBe(false);
    expect(looksUpRequest(s, 200, args({ contact_id: 48213 }))).toBe(false);
  });
});
