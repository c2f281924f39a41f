import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { verifyAuditLog } from '@warden/response';
import { parseCommandLine, UsageError } from '../cli';

const AUDIT_USAGE = 'warden audit verify [--file path/to/audit.jsonl]';

/** Where the responder writes the log: `$WARDEN_DATA_DIR/audit/audit.jsonl` (data dir ./data by default). */
export function defaultAuditLogFile(env: NodeJS.ProcessEnv): string {
  return path.join(env.WARDEN_DATA_DIR || './data', 'audit', 'audit.jsonl');
}

/**
 * `warden audit verify`: checks the hash chain offline, so it works on a copy taken off the host
 * and does not trust the running Warden. Exit 0 when intact, 1 naming the first bad entry.
 */
export async function runAudit(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { file: { type: 'string' } });
  const [sub, ...extra] = positionals;
  if (sub !== 'verify' || extra.length > 0) {
    throw new UsageError(sub === undefined || sub === 'verify' ? `usage: ${AUDIT_USAGE}` : `unknown audit command "${[sub, ...extra].join(' ')}"; usage: ${AUDIT_USAGE}`);
  }
  const file = typeof values.file === 'string' ? values.file : defaultAuditLogFile(process.env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    process.stderr.write(`warden: cannot read the audit log ${file} (${code}); pass --file or set WARDEN_DATA_DIR to the data directory Warden runs with\n`);
    return 1;
  }
  const result = verifyAuditLog(text);
  if (result.ok) {
    process.stdout.write(`audit log intact: ${result.entries} entries, head ${result.lastHash}\n`);
    return 0;
  }
  const seq = result.seq === undefined ? '' : ` (entry seq ${result.seq})`;
  process.stdout.write(`audit log broken at line ${result.line}${seq}: ${result.problem}\n`);
  return 1;
}
