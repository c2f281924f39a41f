// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../package.json') as { version: string };

/** How Warden names itself in the findings it emits (OCSF metadata.product). */
export const PRODUCT = { name: 'Warden', vendorName: 'Warden', version: pkg.version } as const;
