import { decodeTraceRequestJson } from '@warden/otlp';
import { isRecord, scalarNumber, scalarString } from './values';

describe('attribute values as the OTLP decoder produces them', () => {
  const attrs = decodeTraceRequestJson(
    JSON.stringify({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '0af7651916cd43dd8448eb211c80319c',
                  spanId: 'b7ad6b7169203331',
                  name: 's',
                  attributes: [
                    { key: 'big', value: { intValue: '9007199254740993' } },
                    // A kvlist whose only key happens to be "int64" is data, not a number.
                    { key: 'kv', value: { kvlistValue: { values: [{ key: 'int64', value: { stringValue: '12' } }] } } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    }),
  ).resourceSpans[0]!.scopeSpans[0]!.spans[0]!.attributes;

  it('reads an int64 beyond 2^53 as its decimal text', () => {
    expect(isRecord(attrs.big)).toBe(false);
    expect(scalarString(attrs.big)).toBe('9007199254740993');
  });

  it('keeps a kvlist with a single "int64" key as a record', () => {
    expect(isRecord(attrs.kv)).toBe(true);
    expect(scalarNumber(attrs.kv)).toBeUndefined();
  });
});
