import type { Destination } from '../indicators/indicators';

/**
 * Changes the operator approved ahead of time, as Falco's rule exceptions are: a new tool rolled out
 * to a fleet, a contracted outside service. What a rule can only see as new (a tool, its data
 * domain, its host, a destination) stops being new once approved; everything else about the session
 * (injections, what third-party content asked for, secrets leaving) is judged as before.
 *
 * Patterns are case-insensitive with `*` for any run of characters. A tool pattern approves its
 * data domain too when it names one (`tax_filing.*` approves the tax_filing domain). A destination
 * pattern that is a bare domain approves it like WARDEN_INTERNAL_DOMAINS does (its subdomains, and
 * e-mail addresses there); anything else (an account, a channel, a phone number, one address) must
 * match whole.
 */
export interface Approvals {
  readonly tools: readonly string[];
  readonly destinations: readonly string[];
}

function globRegExp(pattern: string): RegExp {
  const body = pattern
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

const DOMAIN = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** Compiled once per configuration: the scorer asks these for every call. */
export class ApprovalMatcher {
  private readonly tools: readonly RegExp[];
  private readonly toolDomains: ReadonlySet<string>;
  private readonly exact: readonly RegExp[];
  private readonly domains: readonly string[];

  constructor(approvals: Approvals) {
    this.tools = approvals.tools.map(globRegExp);
    this.toolDomains = new Set(
      approvals.tools.map((p) => p.toLowerCase()).filter((p) => p.includes('.') && !p.slice(0, p.indexOf('.')).includes('*')).map((p) => p.slice(0, p.indexOf('.'))),
    );
    const lower = approvals.destinations.map((p) => p.toLowerCase());
    this.domains = lower.filter((p) => DOMAIN.test(p)).map((p) => p.replace(/^\*\./, ''));
    this.exact = lower.filter((p) => !DOMAIN.test(p)).map(globRegExp);
  }

  tool(name: string): boolean {
    const n = name.toLowerCase();
    return this.tools.some((r) => r.test(n));
  }

  dataDomain(domain: string): boolean {
    return this.toolDomains.has(domain.toLowerCase());
  }

  destination(d: Destination): boolean {
    const v = d.value.toLowerCase();
    if (this.exact.some((r) => r.test(v))) return true;
    if (d.kind !== 'host' && d.kind !== 'email' && d.kind !== 'email_domain') return false;
    const domain = v.includes('@') ? v.slice(v.indexOf('@') + 1) : v;
    return this.domains.some((a) => domain === a || domain.endsWith(`.${a}`));
  }
}

export const NO_APPROVALS = new ApprovalMatcher({ tools: [], destinations: [] });

/** Problems with approval patterns, named for the setting they came from. */
export function approvalProblems(approvals: Approvals): string[] {
  const problems: string[] = [];
  const check = (list: unknown, name: string, example: string): void => {
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '' || /^\*+$/.test(p.trim()))) {
      problems.push(`detection.${name} must be a list of non-empty patterns, not a bare "*" (which would approve everything), e.g. ${example}`);
    }
  };
  check(approvals.tools, 'approvedTools', '["tax_filing.*", "stripe.create_payment_link"]');
  check(approvals.destinations, 'approvedDestinations', '["filepoint-1099.example", "auditor@kpmg.example", "GB33BUKB20201555555555"]');
  return problems;
}
