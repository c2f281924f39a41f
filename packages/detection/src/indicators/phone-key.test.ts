import { phoneKey } from './phone-key';

describe('phoneKey', () => {
  it('gives one line one key, however it is spelled', () => {
    expect(new Set(['0768 555 314', '254768555314', '+254 768 555 314', '+254-768-555-314'].map(phoneKey))).toEqual(new Set(['tel:768555314']));
    expect(phoneKey('0768 555 315')).not.toBe(phoneKey('0768 555 314'));
  });

  it('keys nothing too short for a subscriber number, and nothing that is not a number', () => {
    expect(phoneKey('4172630')).toBeUndefined();
    expect(phoneKey('ops@acme.example')).toBeUndefined();
    expect(phoneKey('DE89370400440532013000')).toBeUndefined();
  });
});
