/**
 * The shapes holdout-e hides instructions in, as pure string builders, each with a reader that
 * recovers what a model would see so tests can check the instruction really is in the carrier:
 * a CSV whose *header row* carries it (RFC 4180 quoting), an SVG's `<desc>` (read by screen readers
 * and by models given the file, never drawn), a vCard's NOTE (RFC 6350 escaping, and folding at 75
 * octets, so the text is split mid-word in the raw file), and a Confluence page's info panel in
 * storage format (the "instructions for AI assistants" box some teams now add to their pages).
 */

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file as spreadsheet tools export it: CRLF line ends, fields quoted only when they must be. */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n');
}

/** Every record of a CSV file, quotes and doubled quotes undone. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  record.push(field);
  records.push(record);
  return records;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlUnescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** An SVG image with an accessible title and description; `body` is the drawing itself. */
export function svgImage(title: string, description: string, body: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img">' +
    `<title>${xmlEscape(title)}</title><desc>${xmlEscape(description)}</desc>${body}</svg>`
  );
}

/** The text of an SVG's `<desc>` elements. */
export function svgDescriptions(svg: string): string[] {
  return [...svg.matchAll(/<desc>([^<]*)<\/desc>/g)].map((m) => xmlUnescape(m[1] ?? ''));
}

const VCARD_LINE_OCTETS = 75;

/** RFC 6350 folding: no line longer than 75 octets, never splitting a character; continuations start with a space. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > VCARD_LINE_OCTETS) {
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

const vcardEscape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
const vcardUnescape = (s: string): string => s.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export interface VCardSpec {
  readonly fullName: string;
  readonly org: string;
  readonly email: string;
  readonly tel: string;
  readonly note?: string;
}

/** A vCard 4.0 as mail clients attach it (CRLF, escaped text values, folded lines). */
export function vCard(card: VCardSpec): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${vcardEscape(card.fullName)}`, `ORG:${vcardEscape(card.org)}`, `EMAIL;TYPE=work:${card.email}`, `TEL;TYPE=work,voice:${card.tel}`];
  if (card.note !== undefined) lines.push(`NOTE:${vcardEscape(card.note)}`);
  lines.push('END:VCARD');
  return lines.map(fold).join('\r\n');
}

/** The value of a vCard property (unfolded and unescaped), or undefined. */
export function vCardProperty(card: string, name: string): string | undefined {
  const unfolded = card.replace(/\r\n[ \t]/g, '');
  for (const line of unfolded.split('\r\n')) {
    const m = /^([A-Za-z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (m !== null && (m[1] ?? '').toUpperCase() === name.toUpperCase()) return vcardUnescape(m[2] ?? '');
  }
  return undefined;
}

/** A Confluence page body in storage format: paragraphs, then a titled info panel. */
export function confluencePage(paragraphs: readonly string[], panel: { readonly title: string; readonly body: string }): string {
  return (
    paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join('') +
    '<ac:structured-macro ac:name="info" ac:schema-version="1">' +
    `<ac:parameter ac:name="title">${xmlEscape(panel.title)}</ac:parameter>` +
    `<ac:rich-text-body><p>${xmlEscape(panel.body)}</p></ac:rich-text-body></ac:structured-macro>`
  );
}

/** The info panels of a storage-format body: title and text. */
export function confluencePanels(storage: string): { title: string; text: string }[] {
  const re = /<ac:structured-macro ac:name="info"[^>]*><ac:parameter ac:name="title">([^<]*)<\/ac:parameter><ac:rich-text-body>(.*?)<\/ac:rich-text-body><\/ac:structured-macro>/g;
  return [...storage.matchAll(re)].map((m) => ({ title: xmlUnescape(m[1] ?? ''), text: xmlUnescape((m[2] ?? '').replace(/<[^>]+>/g, '')) }));
}
