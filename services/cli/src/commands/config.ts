import { SETTINGS, fileKey, type SettingSpec } from '../config/settings';
import { parseOptions } from '../cli';

/** `warden config`: every setting with its variable, file key, default and current value. */
export function printConfig(args: readonly string[]): number {
  const opts = parseOptions(args, { markdown: { type: 'boolean' } });
  const specs = Object.values(SETTINGS) as SettingSpec[];
  if (opts.markdown) {
    process.stdout.write('| variable | file key | default | meaning |\n|---|---|---|---|\n');
    for (const s of specs) process.stdout.write(`| \`${s.env}\` | \`${fileKey(s)}\` | ${s.defaultText} | ${s.description} |\n`);
    return 0;
  }
  for (const s of specs) {
    const current = process.env[s.env];
    const shown = current === undefined ? `(default: ${s.defaultText})` : s.secret ? '(set, hidden)' : current;
    process.stdout.write(`${s.env} = ${shown}\n    ${s.description}\n`);
  }
  return 0;
}
