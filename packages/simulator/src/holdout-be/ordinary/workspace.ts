/**
 * Google Workspace as every Acme Saúde agent reaches it: Gmail, Drive (the procedure manuals, the
 * contracts and the shared folders), Google Chat and Calendar. One module, because the patient desk,
 * HR, finance, the on-call and the medical director's assistant all call the same tools with their
 * own mailboxes and folders.
 */
import type { Prng } from '../../prng';
import type { RetrievedDocument, ToolCall } from '../../script';

export const GMAIL = 'https://gmail.googleapis.example/gmail/v1';
export const DRIVE = 'https://www.googleapis.example/drive/v3';
export const CHAT = 'https://chat.googleapis.example/v1';
export const CALENDAR = 'https://www.googleapis.example/calendar/v3';

const withMark = (call: ToolCall, mark?: string): ToolCall => (mark === undefined ? call : { ...call, mark });

/** One message read from a mailbox. */
export function mailCall(rng: Prng, mailbox: string, from: string, subject: string, body: string, attachments: readonly string[] = [], mark?: string): ToolCall {
  const id = rng.hex(16);
  return withMark({
    tool: 'gmail.get_message',
    args: { user_id: mailbox, id, format: 'full' },
    result: { id, threadId: rng.hex(16), from, to: mailbox, subject, date: 'today', body, attachments },
    http: [{ method: 'GET', url: `${GMAIL}/users/${mailbox}/messages/${id}`, statusCode: 200 }],
  }, mark);
}

/** A mailbox's unread or searched messages: sender, subject and snippet. */
export function listMailCall(mailbox: string, q: string, messages: readonly { from: string; subject: string; snippet: string }[]): ToolCall {
  return { tool: 'gmail.list_messages', args: { user_id: mailbox, q, max_results: 10 }, result: { messages, resultSizeEstimate: messages.length }, http: [{ method: 'GET', url: `${GMAIL}/users/${mailbox}/messages?q=${encodeURIComponent(q)}`, statusCode: 200 }] };
}

/** A message sent from a mailbox; `extra` carries attachments, cc and the like. */
export function sendMailCall(rng: Prng, from: string, to: string | readonly string[], subject: string, body: string, extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return withMark({
    tool: 'gmail.send_message',
    args: { user_id: from, to: typeof to === 'string' ? [to] : [...to], subject, body, ...extra },
    result: { id: rng.hex(16), labelIds: ['SENT'] },
    http: [{ method: 'POST', url: `${GMAIL}/users/${from}/messages/send`, statusCode: 200 }],
  }, mark);
}

/** An attachment's text, as the agent extracts it. */
export function attachmentCall(rng: Prng, mailbox: string, from: string, filename: string, text: string, mark?: string): ToolCall {
  const id = rng.hex(16);
  return withMark({
    tool: 'gmail.get_attachment',
    args: { user_id: mailbox, message_id: id, filename, extract: 'text' },
    result: { from, filename, text },
    http: [{ method: 'GET', url: `${GMAIL}/users/${mailbox}/messages/${id}/attachments`, statusCode: 200 }],
  }, mark);
}

/** A search of a Drive folder of manuals (procedures, the HR handbook): `first` leads when given, then one or two others. */
export function driveSearch(rng: Prng, folder: string, dataSource: string, docs: readonly Omit<RetrievedDocument, 'score'>[], query: string, first?: string, extraDocs: readonly RetrievedDocument[] = []): ToolCall {
  const lead = first === undefined ? [] : docs.filter((d) => d.id === first);
  const rest = rng.sample(docs.filter((d) => d.id !== first), lead.length > 0 ? 1 : rng.int(1, 2));
  const documents = [...extraDocs, ...[...lead, ...rest].map((d, i) => ({ ...d, score: Math.round((0.91 - i * 0.07) * 100) / 100 }))];
  return { tool: 'drive.search', args: { folder, query }, result: { documents }, retrieval: { dataSource, query, documents } };
}

/** A Drive file or folder shared with people, read-only unless said. */
export function shareFileCall(rng: Prng, path: string, recipients: readonly string[], extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  const fileId = rng.hex(22);
  return withMark({
    tool: 'drive.share_file',
    args: { path, recipients: [...recipients], role: 'reader', notify: true, ...extra },
    result: { fileId, link: `https://drive.google.example/file/d/${fileId}/view`, granted: recipients.length },
    http: [{ method: 'POST', url: `${DRIVE}/files/${fileId}/permissions`, statusCode: 200 }],
  }, mark);
}

/** A document's text read from Drive (a signed contract, a manual, a spreadsheet as text). */
export function getFileCall(rng: Prng, path: string, text: string, mark?: string): ToolCall {
  const fileId = rng.hex(22);
  return withMark({
    tool: 'drive.get_file',
    args: { path, export_as: 'text/plain' },
    result: { name: path.split('/').pop(), text },
    http: [{ method: 'GET', url: `${DRIVE}/files/${fileId}/export?mimeType=text/plain`, statusCode: 200 }],
  }, mark);
}

/** A message posted to a Google Chat space. */
export function chatPostCall(rng: Prng, space: { readonly id: string; readonly name: string }, text: string, mark?: string): ToolCall {
  return withMark({
    tool: 'gchat.post_message',
    args: { space: space.id, space_name: space.name, text },
    result: { name: `${space.id}/messages/${rng.hex(10)}` },
    http: [{ method: 'POST', url: `${CHAT}/${space.id}/messages`, statusCode: 200 }],
  }, mark);
}
