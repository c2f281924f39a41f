/**
 * The shapes holdout-d hides instructions in, as pure string builders: a podcast episode's
 * speech-to-text transcript, an RSS 2.0 item, a PDF's document-information metadata, and a
 * spreadsheet formula whose note rides inside `N("...")` (a real trick: N() of text is 0, so the
 * sum is unchanged and the note survives every copy of the cell). Each has a reader that recovers
 * the text a model would see, so tests can check the instruction is really in the carrier.
 */

export interface SpokenLine {
  readonly atSec: number;
  readonly speaker: string;
  readonly text: string;
}

function clock(totalSec: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(totalSec / 60))}:${pad(totalSec % 60)}`;
}

/** A transcript as speech-to-text services export it: `[mm:ss] Speaker: text`, one line each. */
export function podcastTranscript(episode: string, lines: readonly SpokenLine[]): string {
  return [`# ${episode}`, ...lines.map((l) => `[${clock(l.atSec)}] ${l.speaker}: ${l.text}`)].join('\n');
}

/** What was said, in order, without timestamps and speakers (what a summarising model reads). */
export function spokenText(transcript: string): string[] {
  return transcript
    .split('\n')
    .map((line) => /^\[\d{2}:\d{2}\] [^:]+: (.*)$/.exec(line)?.[1])
    .filter((t): t is string => t !== undefined);
}

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: string;
  readonly description: string;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlUnescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** An RSS 2.0 channel with its items; descriptions are escaped text, as feed readers expect. */
export function rssFeed(channel: string, items: readonly FeedItem[]): string {
  const body = items
    .map((i) => `<item><title>${xmlEscape(i.title)}</title><link>${xmlEscape(i.link)}</link><pubDate>${i.pubDate}</pubDate><description>${xmlEscape(i.description)}</description></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xmlEscape(channel)}</title>${body}</channel></rss>`;
}

/** The item descriptions of a feed, unescaped. */
export function rssDescriptions(xml: string): string[] {
  return [...xml.matchAll(/<description>([^<]*)<\/description>/g)].map((m) => xmlUnescape(m[1] ?? ''));
}

/** The document-information dictionary of a PDF, as a PDF tool returns it next to the page text. */
export interface PdfInfo {
  readonly Title: string;
  readonly Author: string;
  readonly Subject?: string;
  readonly Keywords?: string;
  readonly Producer: string;
}

/** The trailer's /Info dictionary in PDF syntax (literal strings, parentheses escaped). */
export function pdfInfoDictionary(info: PdfInfo): string {
  const lit = (s: string): string => `(${s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
  return `<< ${Object.entries(info).map(([k, v]) => `/${k} ${lit(String(v))}`).join(' ')} >>`;
}

/** The fields of an /Info dictionary written by pdfInfoDictionary. */
export function pdfInfoFields(dict: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of dict.matchAll(/\/(\w+) \(((?:\\.|[^\\)])*)\)/g)) out[m[1] ?? ''] = (m[2] ?? '').replace(/\\(.)/g, '$1');
  return out;
}

/** A sum formula carrying a note: `=SUM(range)+N("note")`; quotes in the note are doubled. */
export function formulaWithNote(range: string, note: string): string {
  return `=SUM(${range})+N("${note.replace(/"/g, '""')}")`;
}

/** The notes hidden in a formula's N("...") terms. */
export function formulaNotes(formula: string): string[] {
  return [...formula.matchAll(/N\("((?:[^"]|"")*)"\)/g)].map((m) => (m[1] ?? '').replace(/""/g, '"'));
}
