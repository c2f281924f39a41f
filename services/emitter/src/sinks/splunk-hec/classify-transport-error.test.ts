import { classifySplunkHecTransportError } from './classify-transport-error';

/** What undici's fetch throws: a TypeError whose cause is the socket or TLS error. */
function fetchFailed(code: string, message: string): Error {
  const cause = Object.assign(new Error(message), { code });
  return new TypeError('fetch failed', { cause });
}

describe('classifySplunkHecTransportError', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['connection refused', fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8088'), 'retry', /could not reach Splunk HEC \(fetch failed: connect ECONNREFUSED/],
    ['connection reset', fetchFailed('ECONNRESET', 'read ECONNRESET'), 'retry', /ECONNRESET/],
    ['socket closed', fetchFailed('UND_ERR_SOCKET', 'other side closed'), 'retry', /other side closed/],
    ['DNS hiccup', fetchFailed('EAI_AGAIN', 'getaddrinfo EAI_AGAIN splunk'), 'retry', /EAI_AGAIN/],
    ['timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'retry', /did not answer in time/],
    ['abort', new DOMException('This operation was aborted', 'AbortError'), 'retry', /aborted/],
    ['unknown host', fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND splunk.nowhere'), 'misconfigured', /host name does not resolve.*check splunk\.url/],
    ['self-signed certificate', fetchFailed('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), 'misconfigured', /NODE_EXTRA_CA_CERTS/],
    ['expired certificate', fetchFailed('CERT_HAS_EXPIRED', 'certificate has expired'), 'misconfigured', /CERT_HAS_EXPIRED/],
    ['wrong host name', fetchFailed('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"), 'misconfigured', /fix the host name/],
    ['https to a plain port', fetchFailed('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'), 'misconfigured', /speaks plain HTTP/],
    ['a string', 'boom', 'retry', /boom/],
    ['undefined', undefined, 'retry', /unknown network error/],
  ])('%s → %s', (_case, err, kind, reason) => {
    const outcome = classifySplunkHecTransportError(err);
    expect(outcome.kind).toBe(kind);
    expect(outcome.kind !== 'delivered' && outcome.reason).toMatch(reason);
  });

  it('survives a circular cause chain', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    const b: Error & { cause?: unknown } = new Error('b');
    a.cause = b;
    b.cause = a;
    expect(classifySplunkHecTransportError(a).kind).toBe('retry');
  });
});
