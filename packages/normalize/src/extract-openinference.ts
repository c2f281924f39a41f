import type { AgentEventKind, ContentOrigin } from '@warden/core';
import type { OtlpSpan } from '@warden/otlp';
import { CREWAI_MEMORY_EVENT } from './classify';
import { Section } from './content-collector';
import { addMessageList } from './messages';
import type { SpanExtraction } from './span-extraction';
import { unflattenIndexed } from './unflatten';
import { attr, isRecord, presentString, renderText, scalarString } from './values';

/**
 * OpenInference content: flattened `llm.input_messages` / `llm.output_messages`,
 * `input.value` / `output.value` (on TOOL spans the call's arguments and result),
 * `retrieval.documents` and reranker output, and CrewAI memory span events.
 */
export function extractOpenInference(
  x: SpanExtraction,
  span: OtlpSpan,
  kind: AgentEventKind,
  isRoot: boolean,
  toolName: string | undefined,
): void {
  const a = span.attributes;
  const outputMessages = unflattenIndexed(a, 'llm.output_messages').map(toMessage);
  if (outputMessages.length > 0) {
    addMessageList(x, outputMessages, {
      side: 'output',
      section: Section.output,
      defaultOrigin: 'assistant',
      requestsToolCalls: true,
    });
  }
  const inputMessages = unflattenIndexed(a, 'llm.input_messages').map(toMessage);
  if (inputMessages.length > 0) {
    addMessageList(x, inputMessages, { side: 'input', section: Section.input, defaultOrigin: 'other', requestsToolCalls: false });
  }

  const documents = [
    ...unflattenIndexed(a, 'retrieval.documents'),
    ...unflattenIndexed(a, 'reranker.output_documents'),
  ];
  addDocuments(x, documents, kind);

  const toolCallId = presentString(attr(a, 'tool.id'));
  const inputValue = attr(a, 'input.value');
  const outputValue = attr(a, 'output.value');
  if (kind === 'tool') {
    const tool = {
      ...(toolCallId === undefined ? {} : { ref: toolCallId }),
      ...(toolName === undefined ? {} : { toolName }),
    };
    if (inputValue !== undefined && inputValue !== null) {
      const text = renderText(inputValue, x.limits);
      x.setToolArguments(text);
      x.content.add('tool_arguments', text, { side: 'input', section: Section.toolArguments, ...tool });
    }
    if (outputValue !== undefined && outputValue !== null) {
      const text = renderText(outputValue, x.limits);
      x.setToolResult(text);
      x.content.add('tool_result', text, { side: 'output', section: Section.toolResult, ...tool });
    }
  } else {
    // The root agent/chain span's input is what the user sent; deeper down it was written by
    // another agent or by code, so it is not trusted as user input.
    const inputOrigin: ContentOrigin = kind === 'agent' && isRoot ? 'user' : 'other';
    const outputOrigin: ContentOrigin = kind === 'agent' || kind === 'llm' ? 'assistant' : 'other';
    // Raw request/response JSON repeats the flattened messages; only use it when they are absent.
    if (inputValue !== undefined && inputValue !== null && (kind !== 'llm' || inputMessages.length === 0)) {
      x.content.add(inputOrigin, renderText(inputValue, x.limits), { side: 'input', section: Section.input });
    }
    const hasOutputElsewhere = kind === 'llm' ? outputMessages.length > 0 : documents.length > 0;
    if (outputValue !== undefined && outputValue !== null && !hasOutputElsewhere) {
      const origin: ContentOrigin = kind === 'retrieval' ? 'retrieved_document' : outputOrigin;
      x.content.add(origin, renderText(outputValue, x.limits), { side: 'output', section: Section.output });
    }
  }

  extractCrewAiMemoryEvents(x, span);
}

/** `{message:{role, content, contents:[{message_content:{type,text}}], tool_calls:[{tool_call:{...}}]}}` → chat message. */
function toMessage(item: unknown): unknown {
  const m = isRecord(item) && isRecord(item['message']) ? item['message'] : undefined;
  if (m === undefined) return undefined;
  const contents = Array.isArray(m['contents']) ? m['contents'] : [];
  const toolCalls = Array.isArray(m['tool_calls']) ? m['tool_calls'] : [];
  return {
    role: m['role'],
    name: m['name'],
    tool_call_id: m['tool_call_id'],
    content: m['content'],
    parts: contents.map((c) => {
      const mc = isRecord(c) && isRecord(c['message_content']) ? c['message_content'] : {};
      return { type: mc['type'] ?? 'text', text: mc['text'] };
    }),
    tool_calls: toolCalls.map((t) => (isRecord(t) && isRecord(t['tool_call']) ? t['tool_call'] : {})),
  };
}

function addDocuments(x: SpanExtraction, documents: readonly unknown[], kind: AgentEventKind): void {
  if (documents.length === 0) return;
  x.setRecordCount(documents.length);
  const origin: ContentOrigin = kind === 'memory_read' ? 'memory_record' : 'retrieved_document';
  documents.slice(0, x.limits.maxContentParts).forEach((item, i) => {
    const doc = isRecord(item) && isRecord(item['document']) ? item['document'] : undefined;
    if (doc === undefined) return;
    const id = presentString(doc['id']);
    x.resources.add(origin === 'memory_record' ? 'memory_record' : 'document', id);
    const content = doc['content'];
    if (content === undefined || content === null) return;
    x.content.add(origin, renderText(content, x.limits), {
      side: 'output',
      section: Section.documents,
      index: i,
      ...(id === undefined ? {} : { ref: id }),
    });
  });
}

// Which event attributes carry the remembered text; CrewAI has used several names.
const SAVED_VALUE_KEYS = ['value', 'content', 'memory', 'data', 'item'];
const SEARCH_RESULT_KEYS = ['results', 'result', 'memories'];

function extractCrewAiMemoryEvents(x: SpanExtraction, span: OtlpSpan): void {
  for (const event of span.events) {
    const m = CREWAI_MEMORY_EVENT.exec(event.name);
    if (m === null) continue;
    const store = m[1] as string;
    x.resources.add('memory_store', store);
    const e = event.attributes;
    if (m[2] === 'save') {
      for (const key of SAVED_VALUE_KEYS) {
        const v = attr(e, key);
        if (v === undefined || v === null) continue;
        x.content.add('memory_record', renderText(v, x.limits), { side: 'input', section: Section.documents });
        break;
      }
      continue;
    }
    const query = scalarString(attr(e, 'query'));
    if (query !== undefined) x.content.add('other', query, { side: 'input', section: Section.input });
    for (const key of SEARCH_RESULT_KEYS) {
      const v = attr(e, key);
      if (v === undefined || v === null) continue;
      x.content.add('memory_record', renderText(v, x.limits), { side: 'output', section: Section.documents });
      break;
    }
  }
}
