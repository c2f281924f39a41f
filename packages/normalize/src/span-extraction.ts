import { recordsReturned, type RequestedToolCall } from '@warden/core';
import { boundText } from './bounded-text';
import { ContentCollector } from './content-collector';
import type { NormalizeLimits } from './limits';
import { ResourceSet } from './resource-set';

/**
 * Everything the content extractors find on one span. Several conventions may describe the same
 * fact (tool arguments in `gen_ai.tool.call.arguments`, `input.value` and
 * `traceloop.entity.input`); extractors run in priority order and the first value wins.
 */
export class SpanExtraction {
  readonly content: ContentCollector;
  readonly resources: ResourceSet;
  /** Tool-call id → tool name, so a tool result in a message list can name its tool. */
  readonly toolNamesById = new Map<string, string>();
  private readonly calls: RequestedToolCall[] = [];
  private droppedCalls = 0;
  toolArguments: string | undefined;
  toolResult: string | undefined;
  recordCount: number | undefined;

  constructor(readonly limits: NormalizeLimits) {
    this.content = new ContentCollector(limits);
    this.resources = new ResourceSet(limits);
  }

  setToolArguments(text: string): void {
    if (this.toolArguments === undefined && text.trim() !== '') {
      this.toolArguments = boundText(text, this.limits.maxTextChars);
    }
  }

  setToolResult(text: string): void {
    if (this.toolResult === undefined && text.trim() !== '') {
      // A bulk export is exactly the result that gets cut to size, and its count field often comes
      // after the list: count the records while the result is still whole.
      if (text.length > this.limits.maxTextChars) this.setRecordCount(recordsReturned(text));
      this.toolResult = boundText(text, this.limits.maxTextChars);
    }
  }

  setRecordCount(count: number | undefined): void {
    if (this.recordCount === undefined && count !== undefined && count >= 0) this.recordCount = Math.floor(count);
  }

  rememberToolName(id: string | undefined, name: string | undefined): void {
    if (id === undefined || name === undefined) return;
    if (this.toolNamesById.size < this.limits.maxToolCalls * 4) this.toolNamesById.set(id, name);
  }

  addRequestedToolCall(call: { id?: string; name: string; arguments?: string }): void {
    if (this.calls.length >= this.limits.maxToolCalls) {
      this.droppedCalls++;
      return;
    }
    const bounded: RequestedToolCall = {
      ...(call.id === undefined ? {} : { id: boundText(call.id, this.limits.maxIdentityChars) }),
      name: boundText(call.name, this.limits.maxIdentityChars),
      ...(call.arguments === undefined ? {} : { arguments: boundText(call.arguments, this.limits.maxTextChars) }),
    };
    if (this.calls.some((c) => c.id === bounded.id && c.name === bounded.name && c.arguments === bounded.arguments)) {
      return;
    }
    this.calls.push(bounded);
  }

  get requestedToolCalls(): readonly RequestedToolCall[] {
    return this.calls;
  }

  get droppedToolCalls(): number {
    return this.droppedCalls;
  }
}
