/**
 * The shapes holdout-f hides instructions in, as pure string builders, each with a reader that
 * recovers what a model would see so tests can check the instruction really is in the carrier:
 * an iCalendar (.ics) invite whose DESCRIPTION carries it (RFC 5545 escaping, folded at 75 octets,
 * so the raw file splits it mid-word), a UBL 2.1 e-invoice whose `<cbc:Note>` carries it (the free
 * text field every e-invoicing network passes through untouched), and the text runs a PDF
 * extractor returns for a CV, where a white 1-point run is invisible on paper but read by a model.
 */

const ICS_LINE_OCTETS = 75;

/** RFC 5545 folding: no line longer than 75 octets, never splitting a character; continuations start with a space. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > ICS_LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const icsEscape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const icsUnescape = (s: string): string => s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export interface IcsEventSpec {
  readonly uid: string;
  readonly summary: string;
  readonly organizer: string;
  readonly start: string;
  readonly description: string;
}

/** A one-event VCALENDAR as mail clients attach it (CRLF, escaped text, folded lines). */
export function icsEvent(e: IcsEventSpec): string {
  const stamp = e.start.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Acme Partner//Meetings//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTART:${stamp}`,
    `SUMMARY:${icsEscape(e.summary)}`,
    `ORGANIZER:mailto:${e.organizer}`,
    `DESCRIPTION:${icsEscape(e.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n');
}

/** The value of an iCalendar property (unfolded and unescaped), or undefined. */
export function icsProperty(ics: string, name: string): string | undefined {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  for (const line of unfolded.split('\r\n')) {
    const m = /^([A-Za-z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (m !== null && (m[1] ?? '').toUpperCase() === name.toUpperCase()) return icsUnescape(m[2] ?? '');
  }
  return undefined;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlUnescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface UblInvoiceSpec {
  readonly id: string;
  readonly issueDate: string;
  readonly supplier: string;
  readonly iban: string;
  readonly amount: number;
  readonly notes: readonly string[];
}

/** A UBL 2.1 invoice, cut to the fields an AP agent reads; notes come first, as the schema orders them. */
export function ublInvoice(inv: UblInvoiceSpec): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" ' +
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" ' +
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">' +
    `<cbc:ID>${xmlEscape(inv.id)}</cbc:ID><cbc:IssueDate>${inv.issueDate}</cbc:IssueDate>` +
    inv.notes.map((n) => `<cbc:Note>${xmlEscape(n)}</cbc:Note>`).join('') +
    `<cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>${xmlEscape(inv.supplier)}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>` +
    `<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>${inv.iban}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>` +
    `<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">${inv.amount}</cbc:PayableAmount></cac:LegalMonetaryTotal>` +
    '</Invoice>'
  );
}

/** The text of every `<cbc:Note>` of a UBL document. */
export function ublNotes(xml: string): string[] {
  return [...xml.matchAll(/<cbc:Note>([^<]*)<\/cbc:Note>/g)].map((m) => xmlUnescape(m[1] ?? ''));
}

/** One run of text as a PDF extractor reports it: the text, its fill colour and size in points. */
export interface PdfTextRun {
  readonly text: string;
  readonly color: string;
  readonly size: number;
}

const INVISIBLE_COLOURS = new Set(['#ffffff', '#fff', 'white']);

/** What a model given the extraction reads: every run, visible or not. */
export function extractedText(runs: readonly PdfTextRun[]): string {
  return runs.map((r) => r.text).join('\n');
}

/** What a person looking at the page sees: runs that are neither white on white nor too small to read. */
export function visibleText(runs: readonly PdfTextRun[]): string {
  return runs.filter((r) => !INVISIBLE_COLOURS.has(r.color.toLowerCase()) && r.size >= 4).map((r) => r.text).join('\n');
}
