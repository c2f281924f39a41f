/**
 * Microsoft 365 as every Acme Textiles agent reaches it through Graph: Outlook mail, SharePoint (the
 * procedure libraries and the document shares) and Teams. One module, because the desks, HR, finance,
 * the on-call and the assistant all call the same tools with their own mailboxes and libraries.
 */
import type { Prng } from '../../prng';
import type { RetrievedDocument, ToolCall } from '../../script';

export const GRAPH = 'https://graph.microsoft.example/v1.0';

const withMark = (call: ToolCall, mark?: string): ToolCall => (mark === undefined ? call : { ...call, mark });

/** One message read from a mailbox. */
export function mailCall(rng: Prng, mailbox: string, from: string, subject: string, body: string, attachments: readonly string[] = []): ToolCall {
  const id = `AAMk${rng.hex(20)}`;
  return {
    tool: 'outlook.get_message',
    args: { user: mailbox, message_id: id },
    result: { id, from: { address: from }, to: [mailbox], subject, received: 'today', body: { contentType: 'text', content: body }, attachments },
    http: [{ method: 'GET', url: `${GRAPH}/users/${mailbox}/messages/${id}`, statusCode: 200 }],
  };
}

/** A message sent from a mailbox; `extra` carries attachments and the like. */
export function sendMailCall(rng: Prng, from: string, to: string | readonly string[], subject: string, body: string, extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return withMark({
    tool: 'outlook.send_mail',
    args: { user: from, to: typeof to === 'string' ? [to] : [...to], subject, body, ...extra },
    result: { status: 202, id: `AAMk${rng.hex(20)}` },
    http: [{ method: 'POST', url: `${GRAPH}/users/${from}/sendMail`, statusCode: 202 }],
  }, mark);
}

/** An attachment's text, as the agent extracts it. */
export function attachmentCall(rng: Prng, mailbox: string, from: string, filename: string, text: string): ToolCall {
  const id = `AAMk${rng.hex(20)}`;
  return {
    tool: 'outlook.get_attachment',
    args: { user: mailbox, message_id: id, name: filename, extract: 'text' },
    result: { from: { address: from }, name: filename, text },
    http: [{ method: 'GET', url: `${GRAPH}/users/${mailbox}/messages/${id}/attachments`, statusCode: 200 }],
  };
}

/** A search of a SharePoint library (procedures, the HR handbook): `first` leads when given, then one or two others. */
export function sharepointSearch(rng: Prng, library: string, dataSource: string, docs: readonly Omit<RetrievedDocument, 'score'>[], query: string, first?: string): ToolCall {
  const lead = first === undefined ? [] : docs.filter((d) => d.id === first);
  const rest = rng.sample(docs.filter((d) => d.id !== first), lead.length > 0 ? 1 : rng.int(1, 2));
  const documents = [...lead, ...rest].map((d, i) => ({ ...d, score: Math.round((0.93 - i * 0.08) * 100) / 100 }));
  return { tool: 'sharepoint.search', args: { library, query }, result: { documents }, retrieval: { dataSource, query, documents } };
}

/** A file or folder shared from SharePoint with people outside or inside, read-only unless said. */
export function shareFileCall(rng: Prng, site: string, path: string, recipients: readonly string[], extra: Record<string, unknown> = {}, mark?: string): ToolCall {
  return withMark({
    tool: 'sharepoint.share_file',
    args: { site, path, recipients: [...recipients], role: 'read', ...extra },
    result: { link: `https://acmetekstil.sharepoint.example/:f:/s/${site}/${rng.hex(12)}`, granted: recipients.length },
    http: [{ method: 'POST', url: `${GRAPH}/sites/acmetekstil.sharepoint.example:/sites/${site}/drive/root:/${encodeURIComponent(path)}:/invite`, statusCode: 200 }],
  }, mark);
}

/** A document's text read from SharePoint (a signed contract, an agreement). */
export function getFileCall(site: string, path: string, text: string): ToolCall {
  return {
    tool: 'sharepoint.get_file',
    args: { site, path, format: 'text' },
    result: { name: path.split('/').pop(), text },
    http: [{ method: 'GET', url: `${GRAPH}/sites/acmetekstil.sharepoint.example:/sites/${site}/drive/root:/${encodeURIComponent(path)}:/content`, statusCode: 200 }],
  };
}

/** A message posted to a Teams channel. */
export function teamsPostCall(rng: Prng, channel: { readonly team: string; readonly channel: string; readonly name: string }, text: string, mark?: string): ToolCall {
  return withMark({
    tool: 'teams.post_message',
    args: { team_id: channel.team, channel_id: channel.channel, channel_name: channel.name, body: text },
    result: { id: String(rng.int(1_700_000_000_000, 1_799_999_999_999)) },
    http: [{ method: 'POST', url: `${GRAPH}/teams/${channel.team}/channels/${channel.channel}/messages`, statusCode: 201 }],
  }, mark);
}
