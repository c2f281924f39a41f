import { partialSuccessFor } from './partial-success';

const rejected = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ traceId: 'ab'.repeat(16), spanId: String(i).padStart(16, '0'), reason: `reason ${i}` }));

describe('partialSuccessFor', () => {
  test('nothing rejected: undefined, so partial_success stays unset', () => {
    expect(partialSuccessFor([])).toBeUndefined();
  });

  test('counts every rejected span and names the first few with their reasons', () => {
    const partial = partialSuccessFor(rejected(8));
    expect(partial?.rejectedSpans).toBe(8);
    expect(partial?.errorMessage).toMatch(/^8 spans rejected: /);
    expect(partial?.errorMessage).toContain(`span ${'ab'.repeat(16)}/0000000000000000: reason 0`);
    expect(partial?.errorMessage).toContain('reason 4');
    expect(partial?.errorMessage).not.toContain('reason 5');
    expect(partial?.errorMessage).toMatch(/and 3 more$/);
  });

  test('one span: singular, no "more"', () => {
    expect(partialSuccessFor(rejected(1))?.errorMessage).toBe(`1 span rejected: span ${'ab'.repeat(16)}/0000000000000000: reason 0`);
  });

  test('client-controlled ids and long reasons are clipped', () => {
    const partial = partialSuccessFor([{ traceId: 'f'.repeat(5000), spanId: '', reason: 'x'.repeat(5000) }]);
    expect(partial?.errorMessage.length).toBeLessThan(400);
    expect(partial?.errorMessage).toContain('(no span id)');
  });
});
