import { getDomainWithoutSuffix } from 'tldts';

/**
 * A service named three times over: an organisation's document says the work is done in it
 * ("refund the duplicate in Paddle", "absences move to Kenjo"), the tool is that service's
 * (`paddle.create_adjustment`), and the host is the service's own registered domain
 * (`api.paddle.com`). That is the service the document chose, reached the way its API is reached.
 *
 * The host must be the service's registrable domain itself, read with the Public Suffix List
 * (tldts): anyone can put a vendor's name in a subdomain (`paddle.attacker.example`) or next to
 * their own (`paddle-mcp.example`), so neither counts. The document must write the name as a name
 * (capitalised, not only at a sentence's start), so a plugin called `payments` does not borrow
 * trust from every runbook that mentions payments.
 */

/** A bare host name: an address, a URL or an account is not one. */
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Shorter names are initials (`hr`, `crm`, `erp`) more often than a service. */
const MIN_NAME_LENGTH = 4;

function nameKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * A word with a capital in it (`Paddle`, `DATEV`, `SumUp`), or such words joined by a hyphen or a
 * space. Anchored at a word's start, so a long lower-case run is scanned once, not once per letter.
 */
const NAME_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)*/g;
/** What comes before a word that starts a sentence, a title or a quoted value. */
const SENTENCE_START = /(?:^\s*|[.!?:;"\n]\s*)$/;

/**
 * The names a document writes as names, as comparison keys: each capitalised word not opening a
 * sentence, and each run of them joined (`Loop Returns` gives `loopreturns`).
 */
export function vendorNamesIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/[ -]/);
    const opening = SENTENCE_START.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0));
    if (words.length > 1) out.add(nameKey(m[0]));
    words.forEach((w, i) => {
      if (i === 0 && opening) return;
      out.add(nameKey(w));
    });
  }
  return [...out].filter((n) => n.length >= MIN_NAME_LENGTH);
}

/**
 * The service a tool and the host it called both belong to: the tool's namespace when it is the
 * host's registrable name (`loop_returns.create_return` and `api.loopreturns.com` give
 * `loopreturns`); undefined otherwise.
 */
export function serviceOfToolAndHost(tool: string, host: string): string | undefined {
  const dot = tool.indexOf('.');
  if (dot <= 0 || !HOST_NAME.test(host)) return undefined;
  const service = nameKey(tool.slice(0, dot));
  const registered = getDomainWithoutSuffix(host);
  if (service.length < MIN_NAME_LENGTH || registered === null) return undefined;
  return nameKey(registered) === service ? service : undefined;
}
