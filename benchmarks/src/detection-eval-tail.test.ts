import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileTail } from './detection-eval-tail';

describe('FileTail', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'warden-tail-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads only lines written after it started, each whole line once, stamped when first seen', async () => {
    const file = path.join(dir, 'alerts.jsonl');
    writeFileSync(file, '{"before":1}\n');
    const tail = await FileTail.follow(file, 5);
    try {
      const before = Date.now();
      // A line cut in the middle of a multi-byte character waits for its end.
      const line = Buffer.from('{"who":"Zoë"}\n');
      appendFileSync(file, line.subarray(0, 11));
      expect(await tail.caughtUp()).toBe(false);
      expect(tail.lines()).toEqual([]);
      appendFileSync(file, Buffer.concat([line.subarray(11), Buffer.from('{"n":2}\n')]));
      expect(await tail.caughtUp()).toBe(true);
      expect(tail.lines().map((l) => l.text)).toEqual(['{"who":"Zoë"}', '{"n":2}']);
      expect(tail.lines()[0]?.seenAtMs).toBeGreaterThanOrEqual(before);
    } finally {
      await tail.stop();
    }
  });

  it('waits for a file that does not exist yet and starts over when the file is truncated', async () => {
    const file = path.join(dir, 'later.jsonl');
    const tail = await FileTail.follow(file, 5);
    try {
      expect(await tail.caughtUp()).toBe(true);
      writeFileSync(file, '{"a":1}\n{"b":2}\n');
      await tail.caughtUp();
      truncateSync(file, 0);
      appendFileSync(file, '{"c":3}\n');
      await tail.caughtUp();
      expect(tail.lines().map((l) => l.text)).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
    } finally {
      await tail.stop();
    }
  });
});
