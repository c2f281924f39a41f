import { parseSplunkHecAckStatus, parseSplunkHecReply } from './splunk-hec-reply';

describe('parseSplunkHecReply', () => {
  it.each<[string, ReturnType<typeof parseSplunkHecReply>]>([
    ['{"text":"Success","code":0}', { text: 'Success', code: 0 }],
    ['{"text":"Success","code":0,"ackId":12}', { text: 'Success', code: 0, ackId: 12 }],
    ['{"text":"Invalid data format","code":6,"invalid-event-number":3}', { text: 'Invalid data format', code: 6, invalidEventNumber: 3 }],
    ['{"code":9}', { code: 9 }],
    ['{"ok":true}', undefined],
    ['[{"code":0}]', undefined],
    ['<html></html>', undefined],
    ['', undefined],
    ['{"text":"x","code":"0"}', { text: 'x' }],
  ])('%s', (body, expected) => {
    expect(parseSplunkHecReply(body)).toEqual(expected);
  });
});

describe('parseSplunkHecAckStatus', () => {
  it('reads ack ids and whether each is indexed', () => {
    expect(parseSplunkHecAckStatus('{"acks":{"0":true,"1":false,"x":true}}')).toEqual(
      new Map([
        [0, true],
        [1, false],
      ]),
    );
  });

  it.each(['{"text":"Success","code":0}', '{"acks":[true]}', 'null', 'nope'])('is undefined for %s', (body) => {
    expect(parseSplunkHecAckStatus(body)).toBeUndefined();
  });
});
