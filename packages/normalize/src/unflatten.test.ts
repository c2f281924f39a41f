import { unflattenIndexed } from './unflatten';

describe('unflattenIndexed', () => {
  it('rebuilds indexed lists in numeric order, closing gaps', () => {
    expect(
      unflattenIndexed(
        {
          'llm.input_messages.10.message.role': 'tool',
          'llm.input_messages.2.message.role': 'user',
          'llm.input_messages.2.message.tool_calls.1.tool_call.id': 'b',
          'llm.input_messages.2.message.tool_calls.0.tool_call.id': 'a',
          'llm.input_messages_extra': 'ignored',
          'llm.model_name': 'ignored',
        },
        'llm.input_messages',
      ),
    ).toEqual([
      { message: { role: 'user', tool_calls: [{ tool_call: { id: 'a' } }, { tool_call: { id: 'b' } }] } },
      { message: { role: 'tool' } },
    ]);
  });

  it('only takes keys whose first segment is an index (gen_ai.prompt.name is not a prompt message)', () => {
    expect(unflattenIndexed({ 'gen_ai.prompt.name': 'p', 'gen_ai.prompt.0.content': 'hi' }, 'gen_ai.prompt')).toEqual([{ content: 'hi' }]);
  });

  it('ignores prototype-polluting segments and leaf/branch clashes', () => {
    const out = unflattenIndexed(
      { 'x.0.__proto__.polluted': 'yes', 'x.0.a': 'leaf', 'x.0.a.b': 'branch' },
      'x',
    );
    expect(out).toEqual([{ a: 'leaf' }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
