import { createHash } from 'node:crypto';
import { GENESIS_HASH, chainAuditEntry, verifyAuditLog } from './audit-chain';
import { canonicalJson } from './canonical-json';
import type { AuditEntry } from './response-types';

const T = 1_795_340_000_000;

function buildLog(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    entries.push(
      chainAuditEntry(entries[entries.length - 1], {
        atMs: T + i * 1000,
        type: i % 2 === 0 ? 'decision' : 'approval_vote',
        actor: i % 2 === 0 ? 'warden' : 'alice',
        data: { decisionId: `fnd-${i}/quarantine`, reason: 'Bestätigt: exfiltration', n: i, nested: { ok: true, list: [1, 'two'] } },
      }),
    );
  }
  return entries;
}

const toText = (lines: readonly string[]) => lines.map((l) => `${l}\n`).join('');
const linesOf = (entries: readonly AuditEntry[]) => entries.map((e) => JSON.stringify(e));

describe('canonicalJson', () => {
  it('writes the same text whatever the key order, at every depth', () => {
    const a = { b: 1, a: { y: [3, { q: 1, p: 2 }], x: 'é' }, c: null };
    const b = { c: null, a: { x: 'é', y: [3, { p: 2, q: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"é","y":[3,{"p":2,"q":1}]},"b":1,"c":null}');
  });

  it('drops undefined members like JSON does and keeps array order', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 2, 1] })).toBe('{"b":[null,2,1]}');
    expect(canonicalJson('x"y')).toBe('"x\\"y"');
    expect(canonicalJson(new Date(T))).toBe(JSON.stringify(new Date(T)));
  });
});

describe('chainAuditEntry', () => {
  it('starts at seq 1 from the genesis hash and links each entry to the one before', () => {
    const [first, second] = buildLog(2);
    expect(first?.seq).toBe(1);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(second?.seq).toBe(2);
    expect(second?.prevHash).toBe(first?.hash);
  });

  it('hashes the canonical JSON of every field but the hash', () => {
    const [entry] = buildLog(1);
    if (entry === undefined) throw new Error('no entry');
    const { hash, ...rest } = entry;
    expect(hash).toBe(createHash('sha256').update(canonicalJson(rest)).digest('hex'));
  });

  it('stores data as it will read back, so undefined members do not break verification', () => {
    const entry = chainAuditEntry(undefined, { atMs: T, type: 'finding', actor: 'warden', data: { a: undefined, b: 1 } });
    expect(entry.data).toEqual({ b: 1 });
    expect(verifyAuditLog(JSON.stringify(entry))).toEqual({ ok: true, entries: 1, lastHash: entry.hash });
  });
});

describe('verifyAuditLog', () => {
  const entries = buildLog(4);
  const lines = linesOf(entries);
  const last = entries[entries.length - 1] as AuditEntry;

  it('accepts an intact chain, with or without a final newline, and in canonical form', () => {
    expect(verifyAuditLog(toText(lines))).toEqual({ ok: true, entries: 4, lastHash: last.hash });
    expect(verifyAuditLog(lines.join('\n'))).toEqual({ ok: true, entries: 4, lastHash: last.hash });
    expect(verifyAuditLog(toText(entries.map((e) => canonicalJson(e))))).toEqual({ ok: true, entries: 4, lastHash: last.hash });
  });

  it('accepts an empty log', () => {
    expect(verifyAuditLog('')).toEqual({ ok: true, entries: 0, lastHash: GENESIS_HASH });
  });

  it('finds every single-byte edit anywhere in the log and names the edited line', () => {
    const small = linesOf(buildLog(3));
    const text = Buffer.from(toText(small), 'utf8');
    const originals = small.map((l) => JSON.parse(l) as unknown);
    // Line of each byte: the newline ending a line belongs to that line.
    const lineAt: number[] = [];
    let line = 1;
    for (const byte of text) {
      lineAt.push(line);
      if (byte === 0x0a) line++;
    }
    let checked = 0;
    for (let pos = 0; pos < text.length; pos++) {
      for (const replacement of [0x30 ^ 1, 0x61, 0x7d, 0x0a, text[pos]! ^ 0x01]) {
        if (replacement === text[pos]) continue;
        const edited = Buffer.from(text);
        edited[pos] = replacement;
        const editedText = edited.toString('utf8');
        if (sameJson(editedText, originals)) continue;
        const result = verifyAuditLog(editedText);
        if (result.ok) throw new Error(`edit at byte ${pos} (${String.fromCharCode(replacement)}) went unnoticed`);
        expect(result.line).toBe(lineAt[pos]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(text.length * 3);
  });

  it('finds a removed entry at the line where it is missing', () => {
    for (const removed of [0, 1, 3]) {
      const text = toText(lines.filter((_, i) => i !== removed));
      if (removed === 3) {
        // Removing the last entry leaves a valid shorter chain: only its last hash tells (see below).
        expect(verifyAuditLog(text)).toMatchObject({ ok: true, entries: 3 });
        expect(verifyAuditLog(text)).not.toMatchObject({ lastHash: last.hash });
        continue;
      }
      expect(verifyAuditLog(text)).toMatchObject({ ok: false, line: removed + 1, seq: removed + 2 });
    }
  });

  it('finds two swapped entries at the first of them', () => {
    const swapped = [lines[0], lines[2], lines[1], lines[3]] as string[];
    expect(verifyAuditLog(toText(swapped))).toMatchObject({ ok: false, line: 2, seq: 3, problem: expect.stringContaining('seq 3 follows seq 1') });
  });

  it('finds a duplicated entry at the copy', () => {
    const duplicated = [lines[0], lines[1], lines[1], lines[2], lines[3]] as string[];
    expect(verifyAuditLog(toText(duplicated))).toMatchObject({ ok: false, line: 3, seq: 2 });
  });

  it('finds an entry re-chained to a different history by its prevHash', () => {
    const other = chainAuditEntry({ seq: 1, hash: 'f'.repeat(64) }, { atMs: T, type: 'kill_switch', actor: 'mallory', data: {} });
    const spliced = [lines[0], JSON.stringify(other)] as string[];
    expect(verifyAuditLog(toText(spliced))).toMatchObject({ ok: false, line: 2, seq: 2, problem: expect.stringContaining('prevHash') });
  });

  it('finds an added field, a blank line and a line that is not an entry', () => {
    const extra = JSON.stringify({ ...entries[1], note: 'harmless?' });
    expect(verifyAuditLog(toText([lines[0] as string, extra]))).toMatchObject({ ok: false, line: 2, problem: expect.stringContaining('edited') });
    expect(verifyAuditLog(`${lines[0]}\n\n${lines[1]}\n`)).toMatchObject({ ok: false, line: 2, problem: 'blank line inside the log' });
    expect(verifyAuditLog(`${lines[0]}\n[1,2]\n`)).toMatchObject({ ok: false, line: 2 });
    const { actor: _actor, ...noActor } = entries[1] as AuditEntry;
    expect(verifyAuditLog(toText([lines[0] as string, JSON.stringify(noActor)]))).toMatchObject({ ok: false, line: 2, seq: 2, problem: expect.stringContaining('actor') });
  });
});

/** True when every line of `text` still parses to the original entries (an edit JSON cannot see). */
function sameJson(text: string, originals: readonly unknown[]): boolean {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  if (parts.length !== originals.length) return false;
  try {
    return parts.every((p, i) => canonicalJson(JSON.parse(p)) === canonicalJson(originals[i]));
  } catch {
    return false;
  }
}
