import { ApprovalMatcher, approvalProblems } from './approvals';

describe('ApprovalMatcher', () => {
  const m = new ApprovalMatcher({
    tools: ['tax_filing.*', 'Stripe.create_payment_link', '*.list_disputes'],
    destinations: ['filepoint-1099.example', '*.hmrc.gov.uk', 'auditor@kpmg.example', 'GB33BUKB20201555555555', '#partner-*'],
  });

  test('tools by name or pattern, any case; a named namespace approves its data domain', () => {
    expect(m.tool('tax_filing.submit_1099_batch')).toBe(true);
    expect(m.tool('stripe.create_payment_link')).toBe(true);
    expect(m.tool('stripe.refund')).toBe(false);
    expect(m.tool('chargebee.list_disputes')).toBe(true);
    expect(m.tool('tax_filingx.submit')).toBe(false);
    expect(m.dataDomain('tax_filing')).toBe(true);
    expect(m.dataDomain('stripe')).toBe(true);
    // "*.list_disputes" names no namespace, so it approves no domain.
    expect(m.dataDomain('chargebee')).toBe(false);
  });

  test('a domain approves its hosts and addresses; anything else must match whole', () => {
    expect(m.destination({ kind: 'host', value: 'api.filepoint-1099.example' })).toBe(true);
    expect(m.destination({ kind: 'email', value: 'ops@filepoint-1099.example' })).toBe(true);
    expect(m.destination({ kind: 'host', value: 'filepoint-1099.example.evil.example' })).toBe(false);
    expect(m.destination({ kind: 'host', value: 'api.tax.service.hmrc.gov.uk' })).toBe(true);
    expect(m.destination({ kind: 'email', value: 'auditor@kpmg.example' })).toBe(true);
    expect(m.destination({ kind: 'email', value: 'someone@kpmg.example' })).toBe(false);
    expect(m.destination({ kind: 'account', value: 'gb33bukb20201555555555' })).toBe(true);
    expect(m.destination({ kind: 'account', value: 'GB94BARC10201530093459' })).toBe(false);
    expect(m.destination({ kind: 'channel', value: '#partner-northwind' })).toBe(true);
    expect(m.destination({ kind: 'channel', value: '#general' })).toBe(false);
  });

  test('no approvals match nothing', () => {
    const none = new ApprovalMatcher({ tools: [], destinations: [] });
    expect(none.tool('anything.at_all')).toBe(false);
    expect(none.destination({ kind: 'host', value: 'x.example' })).toBe(false);
  });

  test('problems name the setting and refuse a bare *', () => {
    expect(approvalProblems({ tools: ['*'], destinations: [] })).toEqual([expect.stringContaining('approvedTools')]);
    expect(approvalProblems({ tools: [], destinations: ['ok.example', ' '] })).toEqual([expect.stringContaining('approvedDestinations')]);
    expect(approvalProblems({ tools: ['a.*'], destinations: ['b.example'] })).toEqual([]);
  });
});
