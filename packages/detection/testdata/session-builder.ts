/**
 * A small deterministic builder of normalized AgentEvents, shaped like the spans the simulator
 * and real agents emit (docs/scenarios.md): one agent root span per turn, LLM spans whose input
 * repeats the user message and earlier tool results, tool spans with JSON arguments and results,
 * HTTP client child spans for plugins, retrieval and memory spans.
 */
import type { AgentEvent, AgentEventKind, ContentPart, TelemetryConvention } from '@warden/core';

/** Deterministic PRNG (mulberry32) so every run builds the same fleet. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export interface AgentIdentity {
  readonly tenant: string;
  readonly agentId: string;
  readonly agentType: string;
  readonly convention: TelemetryConvention;
}

let spanCounter = 0;
function nextId(width: number): string {
  spanCounter += 1;
  return spanCounter.toString(16).padStart(width, '0');
}

/** The normalizer truncates long text; the builder does the same so truncated JSON is exercised. */
export const TEXT_LIMIT = 8_192;
const bound = (s: string): string => (s.length > TEXT_LIMIT ? s.slice(0, TEXT_LIMIT) : s);

export class SessionBuilder {
  readonly events: AgentEvent[] = [];
  private t: number;
  private traceId = '';
  private rootSpan = '';
  private pendingToolResults: ContentPart[] = [];
  private history: ContentPart[] = [];
  private system: string | undefined;

  constructor(
    readonly agent: AgentIdentity,
    readonly sessionId: string,
    startMs: number,
    private readonly model = 'gpt-4o-2024-08-06',
    private readonly promptVersion?: string,
  ) {
    this.t = startMs;
  }

  get nowMs(): number {
    return this.t;
  }

  advance(ms: number): this {
    this.t += ms;
    return this;
  }

  private base(kind: AgentEventKind, name: string, durationMs: number, parent?: string): Omit<AgentEvent, 'contents' | 'resources' | 'attributes'> & { startTimeMs: number } {
    const start = this.t;
    this.t += durationMs;
    return {
      tenant: this.agent.tenant,
      agentId: this.agent.agentId,
      agentType: this.agent.agentType,
      agentName: this.agent.agentType,
      sessionId: this.sessionId,
      sessionIdSource: this.agent.convention === 'openinference' ? 'session' : 'conversation',
      traceId: this.traceId,
      spanId: nextId(16),
      ...(parent === undefined ? {} : { parentSpanId: parent }),
      kind,
      name,
      convention: this.agent.convention,
      startTimeMs: start,
      endTimeMs: start + durationMs,
      status: 'ok',
    };
  }

  /** A user turn: root agent span plus the first LLM call that reads the message. */
  turn(userText: string): this {
    this.traceId = nextId(32);
    const root = this.base('agent', `invoke_agent ${this.agent.agentType}`, 1);
    this.rootSpan = root.spanId;
    this.events.push({ ...root, contents: [{ origin: 'user', text: userText }], resources: [], attributes: {}, inputText: userText });
    this.history.push({ origin: 'user', text: userText });
    this.llm();
    return this;
  }

  /** Replaces the system prompt of later LLM calls (a prompt change that declares no version). */
  systemPrompt(text: string): this {
    this.system = text;
    return this;
  }

  /** An LLM call whose input is the conversation so far (system prompt, user turns, tool results). */
  llm(output = 'OK'): this {
    const ev = this.base('llm', this.model, 800, this.rootSpan);
    const contents: ContentPart[] = [
      { origin: 'system', text: this.system ?? `You are the ${this.agent.agentType}. Use tools to help the user.` },
      ...this.history.slice(-6),
      ...this.pendingToolResults,
      { origin: 'assistant', text: output },
    ];
    this.history.push(...this.pendingToolResults);
    this.pendingToolResults = [];
    this.events.push({
      ...ev,
      contents,
      resources: [],
      attributes: { 'gen_ai.operation.name': 'chat' },
      model: this.model,
      provider: 'openai',
      peerHost: 'api.openai.com',
      ...(this.promptVersion === undefined ? {} : { promptVersion: this.promptVersion }),
    });
    return this;
  }

  tool(
    name: string,
    args: unknown,
    result: unknown,
    opts: { httpHost?: string; httpMethod?: string; status?: 'ok' | 'error'; durationMs?: number } = {},
  ): this {
    const ev = this.base('tool', name, opts.durationMs ?? 300, this.rootSpan);
    const argText = bound(JSON.stringify(args));
    const resultText = bound(typeof result === 'string' ? result : JSON.stringify(result));
    const child =
      opts.httpHost === undefined
        ? undefined
        : ({
            ...ev,
            spanId: nextId(16),
            parentSpanId: ev.spanId,
            kind: 'other',
            name: opts.httpMethod ?? 'GET',
            startTimeMs: ev.startTimeMs + 10,
            endTimeMs: ev.endTimeMs - 10,
            contents: [],
            resources: [],
            attributes: { 'server.address': opts.httpHost, 'url.full': `https://${opts.httpHost}/v1/check`, 'http.request.method': opts.httpMethod ?? 'GET' },
            peerHost: opts.httpHost,
          } satisfies AgentEvent);
    // Children end first, so exporters send them first.
    if (child !== undefined) this.events.push(child);
    this.events.push({
      ...ev,
      status: opts.status ?? 'ok',
      toolName: name,
      toolArguments: argText,
      toolResult: resultText,
      contents: [
        { origin: 'tool_arguments', text: argText, toolName: name },
        { origin: 'tool_result', text: resultText, toolName: name },
      ],
      resources: [],
      attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': name },
    });
    this.pendingToolResults.push({ origin: 'tool_result', text: resultText, toolName: name });
    return this;
  }

  retrieval(name: string, query: string, docs: readonly { id: string; text: string }[]): this {
    const ev = this.base('retrieval', name, 200, this.rootSpan);
    const parts: ContentPart[] = docs.map((d) => ({ origin: 'retrieved_document', text: d.text, ref: d.id }));
    this.events.push({
      ...ev,
      toolName: name,
      toolArguments: JSON.stringify({ query }),
      contents: [{ origin: 'user', text: query }, ...parts],
      resources: docs.map((d) => d.id),
      recordCount: docs.length,
      attributes: { 'gen_ai.operation.name': 'retrieval' },
    });
    this.pendingToolResults.push(...parts);
    return this;
  }

  memoryRead(query: string, records: readonly { id: string; text: string }[]): this {
    const ev = this.base('memory_read', 'search_memory', 120, this.rootSpan);
    const parts: ContentPart[] = records.map((r) => ({ origin: 'memory_record', text: r.text, ref: r.id }));
    this.events.push({
      ...ev,
      operation: 'search_memory',
      contents: parts,
      resources: ['memory-store:assistant', ...records.map((r) => r.id)],
      recordCount: records.length,
      attributes: { 'gen_ai.operation.name': 'search_memory', 'gen_ai.memory.query.text': query },
    });
    this.pendingToolResults.push(...parts);
    return this;
  }

  memoryWrite(recordId: string, text: string): this {
    const ev = this.base('memory_write', 'create_memory', 120, this.rootSpan);
    this.events.push({
      ...ev,
      operation: 'create_memory',
      contents: [{ origin: 'memory_record', text, ref: recordId }],
      resources: ['memory-store:assistant', recordId],
      recordCount: 1,
      attributes: { 'gen_ai.operation.name': 'create_memory', 'gen_ai.memory.record.id': recordId },
    });
    return this;
  }
}
