import { parseFindingLine, parseFindingLines } from './detection-eval-findings';

/** The fields the harness reads, as packages/ocsf's toDetectionFinding writes them. */
function record(overrides: { severity_id?: number; category?: string; session?: string; response?: object; class_uid?: number; evidences?: object[] } = {}): string {
  return JSON.stringify({
    ...(overrides.evidences ? { evidences: overrides.evidences } : {}),
    class_uid: overrides.class_uid ?? 2004,
    severity_id: overrides.severity_id ?? 4,
    severity: 'High',
    risk_score: 72,
    finding_info: { uid: 'f-1' },
    metadata: { correlation_uid: overrides.session ?? 'conv_1', uid: 'f-1:1' },
    unmapped: { finding_category: overrides.category ?? 'security', revision: 1, ...(overrides.response ? { response: overrides.response } : {}) },
  });
}

describe('parseFindingLine', () => {
  it('reads the session, severity and category of a Detection Finding, stamped with when it was seen', () => {
    expect(parseFindingLine({ text: record({ severity_id: 5, session: 'thread_9' }), seenAtMs: 42 })).toEqual({
      sessionId: 'thread_9',
      severity: 'critical',
      category: 'security',
      seenAtMs: 42,
      signals: [],
    });
    expect(parseFindingLine({ text: record({ severity_id: 2, category: 'reliability' }), seenAtMs: 1 })).toMatchObject({ severity: 'low', category: 'reliability' });
  });

  it('reads the rule, contribution and span of each evidence, largest first, skipping evidence without a rule', () => {
    const evidences = [
      { data: { signal_id: 'a', rule: 'scope.new_data_domain', contribution: 12.5 } },
      { data: { signal_id: 'b', rule: 'provenance.content_named_destination', contribution: 40, span_name: 'sap.post_payment' } },
      { data: { signal_id: 'c' } },
      { uid: 'no-data' },
    ];
    expect(parseFindingLine({ text: record({ evidences }), seenAtMs: 1 })?.signals).toEqual([
      { rule: 'provenance.content_named_destination', contribution: 40, span: 'sap.post_payment' },
      { rule: 'scope.new_data_domain', contribution: 12.5 },
    ]);
  });

  it('skips response records, which copy a revision already reported', () => {
    expect(parseFindingLine({ text: record({ response: { seq: 1, action: 'throttle' } }), seenAtMs: 1 })).toBeUndefined();
  });

  it('names the problem when the file is not a Warden findings file', () => {
    expect(() => parseFindingLine({ text: '{"class_uid":2004', seenAtMs: 1 })).toThrow(/not JSON/);
    expect(() => parseFindingLine({ text: record({ class_uid: 2001 }), seenAtMs: 1 })).toThrow(/not a Warden OCSF Detection Finding.*--alerts-file/);
    expect(() => parseFindingLine({ text: record({ severity_id: 9 }), seenAtMs: 1 })).toThrow(/severity_id 1-5/);
    expect(() => parseFindingLine({ text: record({ category: 'other' }), seenAtMs: 1 })).toThrow(/finding_category/);
  });

  it('keeps the order of the lines and drops blank ones', () => {
    const got = parseFindingLines([
      { text: record({ session: 'a' }), seenAtMs: 1 },
      { text: '   ', seenAtMs: 2 },
      { text: record({ session: 'b' }), seenAtMs: 3 },
    ]);
    expect(got.map((f) => f.sessionId)).toEqual(['a', 'b']);
  });
});
