import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SETTINGS, fileKey, type SettingSpec } from './settings';

describe('settings documentation', () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'README.md'), 'utf8');

  it.each((Object.values(SETTINGS) as SettingSpec[]).map((s) => [s.env, s]))('README documents %s as `warden config --markdown` prints it', (_env, spec) => {
    expect(readme).toContain(`| \`${spec.env}\` | \`${fileKey(spec)}\` | ${spec.defaultText} | ${spec.description} |`);
  });
});
