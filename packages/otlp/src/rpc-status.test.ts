import { InvalidInputError, WardenError } from '@warden/core';
import { BAD_REQUEST_TYPE_URL, RETRY_INFO_TYPE_URL, decodeRpcStatus, encodeRpcStatus } from './rpc-status';
import type { RpcStatus } from './rpc-status';
import { rpcType } from './__tests__/reference-codec';

const statusType = rpcType('Status');
const retryInfoType = rpcType('RetryInfo');
const badRequestType = rpcType('BadRequest');

/** Decodes with protobufjs reflection over testdata/google-rpc-status-subset.proto. */
function independentDecode(bytes: Uint8Array): { code: number; message: string; details: { typeUrl: string; value: unknown }[] } {
  const status = statusType.toObject(statusType.decode(bytes), { defaults: true }) as {
    code: number;
    message: string;
    details: { typeUrl: string; value: Uint8Array }[];
  };
  return {
    code: status.code,
    message: status.message,
    details: status.details.map((d) => ({
      typeUrl: d.typeUrl,
      value:
        d.typeUrl === RETRY_INFO_TYPE_URL
          ? retryInfoType.toObject(retryInfoType.decode(d.value), { longs: Number, defaults: true })
          : badRequestType.toObject(badRequestType.decode(d.value), { defaults: true }),
    })),
  };
}

const throttled: RpcStatus = { code: 14, message: 'queue full, retry later', retryDelayMs: 1500 };
const invalid: RpcStatus = {
  code: 3,
  message: 'request rejected',
  fieldViolations: [
    { field: 'resourceSpans[0].scopeSpans[0].spans[2].startTimeUnixNano', description: 'expected an integer' },
    { field: 'body', description: 'second problem' },
  ],
};

describe('encodeRpcStatus (protobuf)', () => {
  it('writes code, message and a RetryInfo detail with its Duration', () => {
    expect(independentDecode(encodeRpcStatus(throttled, 'protobuf'))).toEqual({
      code: 14,
      message: 'queue full, retry later',
      details: [{ typeUrl: RETRY_INFO_TYPE_URL, value: { retryDelay: { seconds: 1, nanos: 500_000_000 } } }],
    });
  });

  it('writes a BadRequest detail with every field violation', () => {
    expect(independentDecode(encodeRpcStatus(invalid, 'protobuf'))).toEqual({
      code: 3,
      message: 'request rejected',
      details: [
        {
          typeUrl: BAD_REQUEST_TYPE_URL,
          value: { fieldViolations: invalid.fieldViolations?.map((v) => ({ field: v.field, description: v.description })) },
        },
      ],
    });
  });

  it('writes no details when there are none', () => {
    expect(independentDecode(encodeRpcStatus({ code: 13, message: 'internal' }, 'protobuf'))).toEqual({
      code: 13,
      message: 'internal',
      details: [],
    });
  });

  it.each<RpcStatus>([
    throttled,
    invalid,
    { code: 8, message: 'slow down', retryDelayMs: 0, fieldViolations: [{ field: 'a', description: 'b' }] },
    { code: 14, message: '', retryDelayMs: 123_456.789 },
    { code: 0, message: '' },
  ])('decodeRpcStatus reads back what encodeRpcStatus wrote (%#)', (status) => {
    const decoded = decodeRpcStatus(encodeRpcStatus(status, 'protobuf'));
    expect(decoded.code).toBe(status.code);
    expect(decoded.message).toBe(status.message);
    expect(decoded.fieldViolations).toEqual(status.fieldViolations);
    if (status.retryDelayMs === undefined) expect(decoded.retryDelayMs).toBeUndefined();
    else expect(decoded.retryDelayMs).toBeCloseTo(status.retryDelayMs, 6);
  });

  it('decodeRpcStatus rejects broken bytes with InvalidInputError', () => {
    expect(() => decodeRpcStatus(Uint8Array.from([0x1a, 0x10, 0x0a]))).toThrow(InvalidInputError);
  });
});

describe('encodeRpcStatus (json)', () => {
  it('writes Any details in the proto3 JSON form with @type', () => {
    expect(JSON.parse(encodeRpcStatus({ ...throttled, fieldViolations: invalid.fieldViolations }, 'json'))).toEqual({
      code: 14,
      message: 'queue full, retry later',
      details: [
        { '@type': RETRY_INFO_TYPE_URL, retryDelay: '1.500s' },
        { '@type': BAD_REQUEST_TYPE_URL, fieldViolations: invalid.fieldViolations },
      ],
    });
  });

  it('writes no details member when there are none', () => {
    expect(encodeRpcStatus({ code: 3, message: 'bad' }, 'json')).toBe('{"code":3,"message":"bad"}');
  });

  it.each<[number, string, number, number]>([
    [0, '0s', 0, 0],
    [2000, '2s', 2, 0],
    [1500, '1.500s', 1, 500_000_000],
    [1, '0.001s', 0, 1_000_000],
    [0.5, '0.000500s', 0, 500_000],
    [1.0005, '0.001000500s', 0, 1_000_500],
    [60_250, '60.250s', 60, 250_000_000],
  ])('writes a retry delay of %p ms as the Duration %p (%p s, %p ns)', (retryDelayMs, json, seconds, nanos) => {
    const parsed = JSON.parse(encodeRpcStatus({ code: 14, message: '', retryDelayMs }, 'json')) as {
      details: { retryDelay: string }[];
    };
    expect(parsed.details[0]?.retryDelay).toBe(json);
    const [detail] = independentDecode(encodeRpcStatus({ code: 14, message: '', retryDelayMs }, 'protobuf')).details;
    expect(detail?.value).toEqual({ retryDelay: { seconds, nanos } });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a retry delay of %p', (retryDelayMs) => {
    expect(() => encodeRpcStatus({ code: 14, message: '', retryDelayMs }, 'json')).toThrow(WardenError);
  });

  it('refuses a code that is not a gRPC code number', () => {
    expect(() => encodeRpcStatus({ code: 1.5, message: '' }, 'protobuf')).toThrow(/status code/);
  });
});
