/**
 * The shapes holdout-g hides instructions in, as pure string builders, each with a reader that
 * recovers what a model would see, so tests can check the instruction really is in the carrier:
 * Unicode tag characters (the "ASCII smuggling" block, U+E0020-U+E007E: invisible in every UI,
 * still tokens to a model), a Markdown link-reference comment (`[//]: # (...)`, which renderers
 * drop), a multipart/alternative e-mail whose text/plain half says more than the HTML half a
 * person sees, the comments part of a Word document, a PDF page whose white text a reader never
 * sees but text extraction returns, and an Estonian e-invoice's AdditionalInformation field.
 */

const TAG_BASE = 0xe0000;

/** Each printable ASCII character as its invisible tag twin. */
export function tagSmuggle(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0) as number;
      if (code < 0x20 || code > 0x7e) throw new Error(`tagSmuggle encodes printable ASCII only, got U+${code.toString(16).toUpperCase()}; write the hidden text in ASCII`);
      return String.fromCodePoint(TAG_BASE + code);
    })
    .join('');
}

/** The ASCII text tag characters carry, in order (what the model reads). */
export function revealTags(text: string): string {
  return [...text]
    .map((ch) => ch.codePointAt(0) as number)
    .filter((code) => code >= TAG_BASE + 0x20 && code <= TAG_BASE + 0x7e)
    .map((code) => String.fromCharCode(code - TAG_BASE))
    .join('');
}

/** What a person sees: the text without its tag characters. */
export function visibleText(text: string): string {
  return [...text].filter((ch) => { const c = ch.codePointAt(0) as number; return c < TAG_BASE || c > TAG_BASE + 0x7f; }).join('');
}

/** A Markdown comment line: a link reference nobody links to, so no renderer shows it. */
export function markdownComment(text: string): string {
  if (/[)\n]/.test(text)) throw new Error('markdownComment text must not contain ")" or a line break: either would end the comment early');
  return `[//]: # (${text})`;
}

/** The text of every Markdown comment line. */
export function markdownComments(markdown: string): string[] {
  return [...markdown.matchAll(/^\[\/\/\]: # \((.*)\)$/gm)].map((m) => m[1] ?? '');
}

/** The Markdown a renderer shows: comment lines dropped. */
export function renderedMarkdown(markdown: string): string {
  return markdown.split('\n').filter((l) => !/^\[\/\/\]: # \(/.test(l)).join('\n');
}

export interface AlternativeMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly date: string;
  readonly boundary: string;
  readonly plain: string;
  readonly html: string;
}

/** An RFC 2046 multipart/alternative message, as a raw .eml (CRLF line ends). */
export function multipartAlternative(mail: AlternativeMail): string {
  const part = (type: string, body: string): string => [`--${mail.boundary}`, `Content-Type: ${type}; charset="utf-8"`, 'Content-Transfer-Encoding: 8bit', '', body].join('\r\n');
  return [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${mail.subject}`,
    `Date: ${mail.date}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${mail.boundary}"`,
    '',
    part('text/plain', mail.plain),
    part('text/html', mail.html),
    `--${mail.boundary}--`,
    '',
  ].join('\r\n');
}

/** The body of the first part of a multipart message with the given content type, or undefined. */
export function mimePart(raw: string, contentType: string): string | undefined {
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  if (boundary === undefined) return undefined;
  for (const chunk of raw.split(`--${boundary}`).slice(1)) {
    const split = chunk.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const headers = chunk.slice(0, split);
    if (new RegExp(`^Content-Type: ${contentType.replace('/', '\\/')}\\b`, 'im').test(headers)) return chunk.slice(split + 4).replace(/\r\n$/, '');
  }
  return undefined;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlUnescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export interface WordComment {
  readonly author: string;
  readonly initials: string;
  readonly date: string;
  readonly text: string;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** `word/comments.xml` of a .docx: one paragraph per comment. */
export function docxCommentsPart(comments: readonly WordComment[]): string {
  const body = comments
    .map((c, id) => `<w:comment w:id="${id}" w:author="${xmlEscape(c.author)}" w:date="${c.date}" w:initials="${xmlEscape(c.initials)}"><w:p><w:r><w:t xml:space="preserve">${xmlEscape(c.text)}</w:t></w:r></w:p></w:comment>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W_NS}">${body}</w:comments>`;
}

/** Every comment of a comments part: author and text. */
export function docxComments(part: string): { author: string; text: string }[] {
  const re = /<w:comment [^>]*w:author="([^"]*)"[^>]*>(.*?)<\/w:comment>/g;
  return [...part.matchAll(re)].map((m) => ({ author: xmlUnescape(m[1] ?? ''), text: [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => xmlUnescape(t[1] ?? '')).join('') }));
}

export interface PdfTextRun {
  readonly text: string;
  /** Fill colour, 0-1 per channel; [1, 1, 1] is white, invisible on a white page. */
  readonly rgb: readonly [number, number, number];
  readonly size: number;
  readonly x: number;
  readonly y: number;
}

const pdfString = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');

/** A page content stream: one text object per run, its colour set with `rg` before `Tj` draws it. */
export function pdfContentStream(runs: readonly PdfTextRun[]): string {
  return runs.map((r) => `BT /F1 ${r.size} Tf ${r.rgb.join(' ')} rg ${r.x} ${r.y} Td (${pdfString(r.text)}) Tj ET`).join('\n');
}

/** The runs of a content stream with their colour: what text extraction returns, and whether a reader could see it. */
export function pdfTextRuns(stream: string): { text: string; rgb: [number, number, number] }[] {
  const re = /BT \/F1 [\d.]+ Tf ([\d.]+) ([\d.]+) ([\d.]+) rg [\d.]+ [\d.]+ Td \(((?:\\.|[^\\)])*)\) Tj ET/g;
  return [...stream.matchAll(re)].map((m) => ({ text: (m[4] ?? '').replace(/\\(.)/g, '$1'), rgb: [Number(m[1]), Number(m[2]), Number(m[3])] }));
}

export interface EstonianEInvoice {
  readonly invoiceNumber: string;
  readonly sellerName: string;
  readonly sellerRegNumber: string;
  readonly buyerName: string;
  readonly totalSum: number;
  readonly currency: string;
  readonly payToAccount: string;
  readonly dueDate: string;
  /** Free-text fields (InformationName, InformationContent), as the standard allows on any invoice. */
  readonly additionalInformation: readonly { readonly name: string; readonly content: string }[];
}

/** An e-invoice in the shape of the Estonian standard (E_Invoice), as Estonian accounting software sends it. */
export function estonianEInvoice(inv: EstonianEInvoice): string {
  const info = inv.additionalInformation
    .map((i) => `<AdditionalInformation><InformationName>${xmlEscape(i.name)}</InformationName><InformationContent>${xmlEscape(i.content)}</InformationContent></AdditionalInformation>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?><E_Invoice><Header><FileId>1</FileId><Version>1.2</Version></Header>' +
    `<Invoice invoiceId="${xmlEscape(inv.invoiceNumber)}" sellerRegnumber="${inv.sellerRegNumber}">` +
    `<InvoiceParties><SellerParty><Name>${xmlEscape(inv.sellerName)}</Name><RegNumber>${inv.sellerRegNumber}</RegNumber></SellerParty>` +
    `<BuyerParty><Name>${xmlEscape(inv.buyerName)}</Name></BuyerParty></InvoiceParties>` +
    `<InvoiceInformation><Type type="DEB"/><InvoiceNumber>${xmlEscape(inv.invoiceNumber)}</InvoiceNumber><DueDate>${inv.dueDate}</DueDate></InvoiceInformation>` +
    `<InvoiceSumGroup><TotalSum>${inv.totalSum.toFixed(2)}</TotalSum><Currency>${inv.currency}</Currency></InvoiceSumGroup>` +
    `${info}<PaymentInfo><Currency>${inv.currency}</Currency><PaymentTotalSum>${inv.totalSum.toFixed(2)}</PaymentTotalSum>` +
    `<PayDueDate>${inv.dueDate}</PayDueDate><PayToAccount>${inv.payToAccount}</PayToAccount><PayToName>${xmlEscape(inv.sellerName)}</PayToName></PaymentInfo>` +
    '</Invoice></E_Invoice>'
  );
}

/** The AdditionalInformation fields of an e-invoice, and the account its PaymentInfo names. */
export function eInvoiceFields(xml: string): { info: { name: string; content: string }[]; payToAccount: string | undefined } {
  const info = [...xml.matchAll(/<AdditionalInformation><InformationName>([^<]*)<\/InformationName><InformationContent>([^<]*)<\/InformationContent><\/AdditionalInformation>/g)].map((m) => ({
    name: xmlUnescape(m[1] ?? ''),
    content: xmlUnescape(m[2] ?? ''),
  }));
  return { info, payToAccount: /<PayToAccount>([^<]*)<\/PayToAccount>/.exec(xml)?.[1] };
}
