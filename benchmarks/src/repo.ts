import * as path from 'node:path';

/** The Warden checkout this benchmark belongs to (benchmarks/dist/ → ../..). */
export const REPO = path.join(__dirname, '..', '..');
