/**
 * A convention-neutral description of what an agent did in a session. Workflows and attack
 * scenarios write scripts; the convention renderers turn them into spans. Keeping the two apart
 * means every scenario plays in whichever convention its agent type uses.
 */

export interface HttpCall {
  readonly method: string;
  readonly url: string;
  readonly statusCode: number;
}

export interface RetrievedDocument {
  readonly id: string;
  readonly title: string;
  readonly content: string;
  readonly score: number;
}

export interface RetrievalCall {
  readonly dataSource: string;
  readonly query: string;
  readonly documents: readonly RetrievedDocument[];
}

export interface ToolCall {
  readonly tool: string;
  readonly args: Readonly<Record<string, unknown>>;
  /** JSON-serializable result, or plain text. Ignored when `error` is set. */
  readonly result: unknown;
  /** Low-cardinality error class; the tool span ends with status ERROR. */
  readonly error?: string;
  /** Outbound HTTP calls the tool made (CLIENT child spans). */
  readonly http?: readonly HttpCall[];
  /** A retrieval the tool performed (retrieval child span carrying the documents). */
  readonly retrieval?: RetrievalCall;
  /** Names this call's span in the session's marks (labels point at marked spans). */
  readonly mark?: string;
}

export interface MemoryRecord {
  readonly id: string;
  readonly content: string;
  readonly score?: number;
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface MemoryOperation {
  readonly operation: 'search_memory' | 'create_memory';
  readonly storeId: string;
  readonly query?: string;
  readonly records: readonly MemoryRecord[];
  readonly mark?: string;
}

export interface TurnScript {
  readonly userMessage: string;
  /** Memory searched before the model is called; the records join the model's context. */
  readonly memoryBefore?: readonly MemoryOperation[];
  /** Each round: the model asks for these calls, they run, then the model is called again. */
  readonly rounds: readonly (readonly ToolCall[])[];
  readonly finalAnswer: string;
  /** Memory written after the answer. */
  readonly memoryAfter?: readonly MemoryOperation[];
}

export interface SessionScript {
  readonly turns: readonly TurnScript[];
  /** The human (or upstream system) on whose behalf the agent runs. */
  readonly userId: string;
  /** Overrides the agent type's model (scenario 9). */
  readonly model?: string;
  /** Overrides the agent type's prompt version (scenario 9). */
  readonly promptVersion?: string;
}
