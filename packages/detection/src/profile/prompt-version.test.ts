import type { AgentEvent } from '@warden/core';
import { promptVersionOf } from './prompt-version';

const llm = (system: string, promptVersion?: string): Pick<AgentEvent, 'kind' | 'promptVersion' | 'contents'> => ({
  kind: 'llm',
  contents: [
    { origin: 'system', text: system },
    { origin: 'user', text: 'hello' },
  ],
  ...(promptVersion === undefined ? {} : { promptVersion }),
});

describe('promptVersionOf', () => {
  test('a declared version wins over the system text', () => {
    expect(promptVersionOf(llm('You are the assistant.', 'v7'))).toBe('v7');
  });

  test('without one, the opening paragraph of the system prompt is the version: context appended after it does not change it, new template text does', () => {
    const v2 = promptVersionOf(llm('You are a personal assistant. Manage the calendar.'));
    expect(v2).toMatch(/^system-prompt:[0-9a-f]{12}$/);
    expect(promptVersionOf(llm('You are a personal assistant.  Manage the calendar.\n\nRelevant memories:\n- likes tea'))).toBe(v2);
    expect(promptVersionOf(llm('You are a personal assistant. Manage the calendar. Check the inbox first.'))).not.toBe(v2);
  });

  test('spans other than model calls, and model calls without a system prompt, have none', () => {
    expect(promptVersionOf({ kind: 'tool', contents: [{ origin: 'system', text: 'x' }] })).toBeUndefined();
    expect(promptVersionOf({ kind: 'llm', contents: [{ origin: 'user', text: 'hi' }] })).toBeUndefined();
  });
});
