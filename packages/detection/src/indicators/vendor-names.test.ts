import { serviceOfToolAndHost, vendorNamesIn } from './vendor-names';

describe('vendorNamesIn', () => {
  it('keeps the names a document writes as names, and runs of them joined', () => {
    const names = vendorNamesIn('From 4 December returns are created in Loop Returns; refunds of Riverty orders go through DATEV and SumUp (Paddle for subscriptions).');
    expect(names).toEqual(expect.arrayContaining(['loopreturns', 'loop', 'returns', 'riverty', 'datev', 'sumup', 'paddle']));
  });

  it('skips lower-case words, a capital that only opens a sentence or a quoted value, and short initials', () => {
    const names = vendorNamesIn('"Payments" are refunded to the card. Refunds take a week. payments go out on Fridays via the ERP.');
    expect(names).not.toContain('payments');
    expect(names).not.toContain('refunds');
    expect(names).not.toContain('erp');
  });
});

describe('serviceOfToolAndHost', () => {
  it("names the service when the tool's namespace is the host's registered name", () => {
    expect(serviceOfToolAndHost('paddle.create_adjustment', 'api.paddle.com')).toBe('paddle');
    expect(serviceOfToolAndHost('loop_returns.create_return', 'api.loopreturns.com')).toBe('loopreturns');
    expect(serviceOfToolAndHost('bank.pay', 'api.bank.co.uk')).toBe('bank');
  });

  it('refuses a vendor name in a subdomain, beside another name, an address, or a namespace of initials', () => {
    expect(serviceOfToolAndHost('paddle.create_adjustment', 'paddle.attacker.example')).toBeUndefined();
    expect(serviceOfToolAndHost('paddle.create_adjustment', 'api.paddle-mcp.example')).toBeUndefined();
    expect(serviceOfToolAndHost('paddle.create_adjustment', '203.0.113.7')).toBeUndefined();
    expect(serviceOfToolAndHost('paddle.create_adjustment', 'billing@paddle.com')).toBeUndefined();
    expect(serviceOfToolAndHost('crm.create_contact', 'api.crm.example')).toBeUndefined();
    expect(serviceOfToolAndHost('create_adjustment', 'api.paddle.com')).toBeUndefined();
  });
});
