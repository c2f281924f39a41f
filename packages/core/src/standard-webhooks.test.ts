import { createHmac, randomBytes } from 'node:crypto';
import { InvalidInputError } from './errors';
import {
  STANDARD_WEBHOOK_HEADERS,
  signStandardWebhook,
  verifyStandardWebhook,
  webhookSigningKey,
} from './standard-webhooks';

// The reference vector of the Standard Webhooks test suites (values only): a whsec_ secret, an id,
// a timestamp, a body and the signature every conforming implementation produces for them.
const REFERENCE = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestampSeconds: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const OTHER_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const NOW = 1_795_340_010;
const ID = 'fnd-0123456789abcdef:3';
const BODY = '{"type":"warden.finding.create","data":{"x":1}}';

/** An independent HMAC over the spec's signed string, so the module is not checked against itself. */
function independentSignature(secret: string, id: string, ts: number, body: string): string {
  const key = secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8');
  return `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;
}

function headersFor(signature: string, ts = NOW, id = ID): Record<string, string> {
  return { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signature };
}

const window = { toleranceSeconds: 300, nowSeconds: NOW };

describe('signStandardWebhook', () => {
  it('reproduces the Standard Webhooks reference vector', () => {
    expect(signStandardWebhook(REFERENCE)).toBe(REFERENCE.signature);
  });

  it('matches an independent HMAC-SHA256 over "{id}.{timestamp}.{body}" with the decoded whsec_ key', () => {
    expect(signStandardWebhook({ id: ID, timestampSeconds: NOW, body: BODY, secret: SECRET })).toBe(
      independentSignature(SECRET, ID, NOW, BODY),
    );
  });

  it('uses a raw secret as its UTF-8 bytes', () => {
    const raw = 'a plain shared secret of 33 bytes';
    expect(signStandardWebhook({ id: ID, timestampSeconds: NOW, body: BODY, secret: raw })).toBe(independentSignature(raw, ID, NOW, BODY));
  });

  it('signs bytes and the equal string alike, and a different timestamp differently', () => {
    const asString = signStandardWebhook({ id: ID, timestampSeconds: NOW, body: BODY, secret: SECRET });
    expect(signStandardWebhook({ id: ID, timestampSeconds: NOW, body: Buffer.from(BODY), secret: SECRET })).toBe(asString);
    expect(signStandardWebhook({ id: ID, timestampSeconds: NOW + 1, body: BODY, secret: SECRET })).not.toBe(asString);
  });

  it('refuses ids that could shift the signed fields, and non-integer timestamps', () => {
    expect(() => signStandardWebhook({ id: 'a.b', timestampSeconds: NOW, body: BODY, secret: SECRET })).toThrow(InvalidInputError);
    expect(() => signStandardWebhook({ id: 'a b', timestampSeconds: NOW, body: BODY, secret: SECRET })).toThrow(/without dots or spaces/);
    expect(() => signStandardWebhook({ id: '', timestampSeconds: NOW, body: BODY, secret: SECRET })).toThrow(InvalidInputError);
    expect(() => signStandardWebhook({ id: ID, timestampSeconds: NOW + 0.5, body: BODY, secret: SECRET })).toThrow(/whole/);
  });
});

describe('webhookSigningKey', () => {
  it('decodes whsec_ secrets and keeps raw ones as UTF-8', () => {
    expect(webhookSigningKey(REFERENCE.secret)).toHaveLength(24);
    expect(webhookSigningKey('x'.repeat(24)).toString('utf8')).toBe('x'.repeat(24));
  });

  it.each([
    ['a raw secret under 24 bytes', 'too-short-secret', /at least 24/],
    ['a whsec_ secret decoding to under 24 bytes', `whsec_${Buffer.alloc(16, 7).toString('base64')}`, /decodes to 16 bytes/],
    ['a whsec_ secret that is not base64', 'whsec_not*base64*at*all*at*all*at*all*!', /base64/],
    ['an empty whsec_ secret', 'whsec_', /base64/],
  ])('rejects %s without quoting it', (_label, secret, message) => {
    let error: unknown;
    try {
      webhookSigningKey(secret);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toMatch(message);
    const secretPart = secret.replace(/^whsec_/, '');
    if (secretPart !== '') expect((error as Error).message).not.toContain(secretPart);
  });
});

describe('verifyStandardWebhook', () => {
  const signed = signStandardWebhook({ id: ID, timestampSeconds: NOW, body: BODY, secret: SECRET });

  it('accepts the reference vector at its own time', () => {
    const result = verifyStandardWebhook(
      headersFor(REFERENCE.signature, REFERENCE.timestampSeconds, REFERENCE.id),
      REFERENCE.body,
      [REFERENCE.secret],
      { toleranceSeconds: 300, nowSeconds: REFERENCE.timestampSeconds + 10 },
    );
    expect(result).toEqual({ ok: true, id: REFERENCE.id, timestampSeconds: REFERENCE.timestampSeconds });
  });

  it('accepts a valid signature from Node headers and from fetch Headers', () => {
    expect(verifyStandardWebhook(headersFor(signed), BODY, [SECRET], window).ok).toBe(true);
    expect(verifyStandardWebhook(new Headers(headersFor(signed)), Buffer.from(BODY), [SECRET], window).ok).toBe(true);
    const mixedCase = { 'Webhook-Id': ID, 'Webhook-Timestamp': String(NOW), 'Webhook-Signature': signed };
    expect(verifyStandardWebhook(mixedCase, BODY, [SECRET], window).ok).toBe(true);
  });

  it('rejects a tampered body, a changed id and a wrong secret', () => {
    expect(verifyStandardWebhook(headersFor(signed), BODY.replace('1', '2'), [SECRET], window)).toMatchObject({
      ok: false,
      failure: 'no_matching_signature',
    });
    expect(verifyStandardWebhook(headersFor(signed, NOW, 'fnd-other:1'), BODY, [SECRET], window)).toMatchObject({
      failure: 'no_matching_signature',
    });
    expect(verifyStandardWebhook(headersFor(signed), BODY, [OTHER_SECRET], window)).toMatchObject({ failure: 'no_matching_signature' });
  });

  it('rejects a timestamp outside the replay window either way, and one the signature was not made for', () => {
    const old = signStandardWebhook({ id: ID, timestampSeconds: NOW - 301, body: BODY, secret: SECRET });
    expect(verifyStandardWebhook(headersFor(old, NOW - 301), BODY, [SECRET], window)).toMatchObject({ failure: 'timestamp_too_old' });
    const edge = signStandardWebhook({ id: ID, timestampSeconds: NOW - 300, body: BODY, secret: SECRET });
    expect(verifyStandardWebhook(headersFor(edge, NOW - 300), BODY, [SECRET], window).ok).toBe(true);
    const future = signStandardWebhook({ id: ID, timestampSeconds: NOW + 301, body: BODY, secret: SECRET });
    expect(verifyStandardWebhook(headersFor(future, NOW + 301), BODY, [SECRET], window)).toMatchObject({ failure: 'timestamp_too_new' });
    // Replaying the old signature with a fresh timestamp must not pass.
    expect(verifyStandardWebhook(headersFor(old, NOW), BODY, [SECRET], window)).toMatchObject({ failure: 'no_matching_signature' });
  });

  it('rejects missing headers and non-numeric timestamps', () => {
    const { 'webhook-signature': _omitted, ...unsigned } = headersFor(signed);
    expect(verifyStandardWebhook(unsigned, BODY, [SECRET], window)).toMatchObject({ failure: 'missing_header' });
    expect(verifyStandardWebhook({ ...headersFor(signed), 'webhook-id': ['a', 'b'] }, BODY, [SECRET], window)).toMatchObject({
      failure: 'missing_header',
    });
    expect(verifyStandardWebhook(headersFor(signed, '1e9' as unknown as number), BODY, [SECRET], window)).toMatchObject({
      failure: 'invalid_timestamp',
    });
  });

  it('supports rotation: two signatures in the header, or two secrets at the receiver', () => {
    const byNew = signStandardWebhook({ id: ID, timestampSeconds: NOW, body: BODY, secret: OTHER_SECRET });
    // Sender rotating: signs with old and new; a receiver on either secret verifies.
    const both = `${signed} ${byNew}`;
    expect(verifyStandardWebhook(headersFor(both), BODY, [SECRET], window).ok).toBe(true);
    expect(verifyStandardWebhook(headersFor(both), BODY, [OTHER_SECRET], window).ok).toBe(true);
    // Receiver rotating: accepts either secret.
    expect(verifyStandardWebhook(headersFor(byNew), BODY, [SECRET, OTHER_SECRET], window).ok).toBe(true);
  });

  it('ignores other signature versions and malformed entries instead of failing on them', () => {
    const header = `v1a,${Buffer.alloc(64).toString('base64')} v1,not-base64!! v2,abc ${signed}`;
    expect(verifyStandardWebhook(headersFor(header), BODY, [SECRET], window).ok).toBe(true);
    expect(verifyStandardWebhook(headersFor('v1,AAAA'), BODY, [SECRET], window)).toMatchObject({ failure: 'no_matching_signature' });
  });

  it('throws when the receiver has no usable secret', () => {
    expect(() => verifyStandardWebhook(headersFor(signed), BODY, [], window)).toThrow(/at least one secret/);
    expect(() => verifyStandardWebhook(headersFor(signed), BODY, ['short'], window)).toThrow(InvalidInputError);
  });

  it('exposes the header names', () => {
    expect(STANDARD_WEBHOOK_HEADERS).toEqual({ id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' });
  });
});
