import type { ContentOrigin } from '@warden/core';
import { Section, type ContentSide } from './content-collector';
import type { SpanExtraction } from './span-extraction';
import { isRecord, presentString, renderText, structured } from './values';

/**
 * One reader for chat messages in every shape the conventions use:
 * - OTel GenAI `{role, parts:[{type:'text'|'tool_call'|'tool_call_response'|'reasoning'|...}]}`;
 * - OpenAI-style `{role, content, tool_calls:[{id, function:{name, arguments}}], tool_call_id}`
 *   (legacy GenAI span events, OpenLLMetry indexed attributes once re-nested);
 * - content blocks `{type:'text', text}` / `{type:'tool_use', ...}` / `{type:'tool_result', ...}`.
 * A role the reader does not know yields `other`: untrusted until proven otherwise.
 */

const ROLE_ORIGINS: Readonly<Record<string, ContentOrigin>> = {
  system: 'system',
  developer: 'system',
  user: 'user',
  human: 'user',
  assistant: 'assistant',
  model: 'assistant',
  ai: 'assistant',
  tool: 'tool_result',
  function: 'tool_result',
  ipython: 'tool_result',
};

export function originForRole(role: string | undefined, fallback: ContentOrigin): ContentOrigin {
  if (role === undefined) return fallback;
  return ROLE_ORIGINS[role.toLowerCase()] ?? 'other';
}

export interface MessageListOptions {
  readonly side: ContentSide;
  readonly section: number;
  /** Origin for messages without a role (output messages are the model's). */
  readonly defaultOrigin: ContentOrigin;
  /** Output messages: tool calls in them are calls this model asked for. */
  readonly requestsToolCalls: boolean;
}

/**
 * Add every message of `value` (a list, one message, or a JSON string of either). Long input
 * histories keep their newest messages: older turns were seen by earlier spans, and the newest
 * is where an injected tool result or document lands.
 */
export function addMessageList(x: SpanExtraction, value: unknown, options: MessageListOptions): void {
  const parsed = structured(value, x.limits);
  if (typeof parsed === 'string') {
    x.content.add(options.defaultOrigin === 'assistant' ? 'assistant' : 'other', parsed, {
      side: options.side,
      section: options.section,
    });
    return;
  }
  const messages: unknown[] = Array.isArray(parsed) ? parsed : isRecord(parsed) ? [parsed] : [];
  if (messages.length === 0) {
    if (parsed !== undefined && parsed !== null) {
      x.content.add('other', renderText(parsed, x.limits), { side: options.side, section: options.section });
    }
    return;
  }
  const window = Math.min(messages.length, x.limits.maxContentParts);
  x.content.skip(messages.length - window);
  // Output keeps the first choices; input keeps the newest messages.
  const first = options.side === 'output' ? 0 : messages.length - window;
  const end = first + window;
  // Tool names first, so a tool result can name the tool even when its call is older.
  for (let i = first; i < end; i++) collectToolNames(x, messages[i]);
  if (options.side === 'output') {
    for (let i = first; i < end; i++) addMessage(x, messages[i], i, options);
  } else {
    for (let i = end - 1; i >= first; i--) addMessage(x, messages[i], i, options);
  }
}

/** System instructions: a bare list of parts (or a string), no role. */
export function addSystemInstructions(x: SpanExtraction, value: unknown): void {
  const parsed = structured(value, x.limits);
  const parts = Array.isArray(parsed) ? parsed : [parsed];
  const options: MessageListOptions = {
    side: 'context',
    section: Section.system,
    defaultOrigin: 'system',
    requestsToolCalls: false,
  };
  parts.slice(0, x.limits.maxContentParts).forEach((part, i) => addPart(x, part, 'system', i, options, undefined));
}

function collectToolNames(x: SpanExtraction, message: unknown): void {
  if (!isRecord(message)) return;
  for (const call of toolCallsOf(message)) x.rememberToolName(call.id, call.name);
}

interface ToolCallShape {
  readonly id?: string;
  readonly name?: string;
  readonly args?: unknown;
}

/** Tool calls of a message, from `parts`, `content` blocks and OpenAI-style `tool_calls`. */
function toolCallsOf(message: Readonly<Record<string, unknown>>): ToolCallShape[] {
  const calls: ToolCallShape[] = [];
  const blocks = [...asList(message['parts']), ...asList(message['content'])];
  for (const b of blocks) {
    if (!isRecord(b)) continue;
    const type = presentString(b['type']);
    if (type === 'tool_call' || type === 'tool_use' || type === 'function_call' || type === 'server_tool_call') {
      calls.push(toolCallShape(b));
    }
  }
  for (const c of asList(message['tool_calls'])) if (isRecord(c)) calls.push(toolCallShape(c));
  return calls;
}

function toolCallShape(c: Readonly<Record<string, unknown>>): ToolCallShape {
  const fn = isRecord(c['function']) ? c['function'] : undefined;
  const id = presentString(c['id']) ?? presentString(c['call_id']);
  const name = presentString(fn?.['name']) ?? presentString(c['name']);
  const args = fn?.['arguments'] ?? c['arguments'] ?? c['input'] ?? c['server_tool_call'];
  return { ...(id === undefined ? {} : { id }), ...(name === undefined ? {} : { name }), args };
}

function asList(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

function addMessage(x: SpanExtraction, message: unknown, index: number, listOptions: MessageListOptions): void {
  if (typeof message === 'string') {
    x.content.add(listOptions.defaultOrigin, message, { side: listOptions.side, section: listOptions.section, index });
    return;
  }
  if (!isRecord(message)) return;
  const role = presentString(message['role']);
  const origin = originForRole(role, listOptions.defaultOrigin);
  // Role `tool` messages answer a call: name the tool when the list told us which.
  const answered = presentString(message['tool_call_id']) ?? presentString(message['id']);
  const toolName = presentString(message['name']) ?? (answered === undefined ? undefined : x.toolNamesById.get(answered));
  const messageTool = origin === 'tool_result' ? { ref: answered, toolName } : undefined;
  // System messages inside an input list are context, like gen_ai.system_instructions: they stay
  // in `contents` but out of `inputText`, which should show what this turn brought in.
  const options: MessageListOptions =
    origin === 'system' ? { ...listOptions, side: 'context', section: Section.system } : listOptions;

  const parts = asList(message['parts']).slice(0, x.limits.maxContentParts);
  parts.forEach((part) => addPart(x, part, origin, index, options, messageTool));
  const content = message['content'];
  if (Array.isArray(content)) {
    content.slice(0, x.limits.maxContentParts).forEach((part) => addPart(x, part, origin, index, options, messageTool));
  } else if (content !== undefined && content !== null) {
    addText(x, origin, renderText(content, x.limits), index, options, messageTool);
  }
  for (const c of asList(message['tool_calls']).slice(0, x.limits.maxToolCalls)) {
    if (isRecord(c)) addToolCall(x, toolCallShape(c), index, options);
  }
}

function addText(
  x: SpanExtraction,
  origin: ContentOrigin,
  text: string,
  index: number,
  options: MessageListOptions,
  tool: { ref: string | undefined; toolName: string | undefined } | undefined,
): void {
  x.content.add(origin, text, {
    side: options.side,
    section: options.section,
    index,
    ...(tool?.ref === undefined ? {} : { ref: tool.ref }),
    ...(tool?.toolName === undefined ? {} : { toolName: tool.toolName }),
  });
}

function addToolCall(x: SpanExtraction, call: ToolCallShape, index: number, options: MessageListOptions): void {
  const args = call.args === undefined || call.args === null ? undefined : renderText(call.args, x.limits);
  if (call.name !== undefined && options.requestsToolCalls) {
    x.addRequestedToolCall({
      ...(call.id === undefined ? {} : { id: call.id }),
      name: call.name,
      ...(args === undefined ? {} : { arguments: args }),
    });
  }
  if (args !== undefined) {
    x.content.add('tool_arguments', args, {
      side: options.side,
      section: options.section,
      index,
      ...(call.id === undefined ? {} : { ref: call.id }),
      ...(call.name === undefined ? {} : { toolName: call.name }),
    });
  }
}

function addPart(
  x: SpanExtraction,
  part: unknown,
  origin: ContentOrigin,
  index: number,
  options: MessageListOptions,
  tool: { ref: string | undefined; toolName: string | undefined } | undefined,
): void {
  if (typeof part === 'string') {
    addText(x, origin, part, index, options, tool);
    return;
  }
  if (!isRecord(part)) return;
  const type = presentString(part['type'])?.toLowerCase() ?? 'text';
  switch (type) {
    case 'tool_call':
    case 'tool_use':
    case 'function_call':
    case 'server_tool_call':
      addToolCall(x, toolCallShape(part), index, options);
      return;
    case 'tool_call_response':
    case 'tool_result':
    case 'function_call_output':
    case 'server_tool_call_response': {
      const id =
        presentString(part['id']) ?? presentString(part['tool_use_id']) ?? presentString(part['call_id']) ?? tool?.ref;
      const response =
        part['response'] ?? part['result'] ?? part['content'] ?? part['output'] ?? part['server_tool_call_response'];
      if (response === undefined || response === null) return;
      const toolName = (id === undefined ? undefined : x.toolNamesById.get(id)) ?? tool?.toolName;
      addText(x, 'tool_result', renderText(response, x.limits), index, options, { ref: id, toolName });
      return;
    }
    case 'blob':
    case 'file':
    case 'uri':
    case 'image':
    case 'image_url':
    case 'audio':
    case 'video':
      return; // binary or a pointer: nothing a text detector can read
    default: {
      // text, reasoning, compaction, generic and unknown types all carry their text in content/text.
      const text = part['content'] ?? part['text'];
      if (text === undefined || text === null) return;
      addText(x, origin, renderText(text, x.limits), index, options, tool);
    }
  }
}
