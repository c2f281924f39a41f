import { httpRequest, startReceiver, type Running } from './__tests__/harness';

/** OTLP/JSON body with one span of trace `traceId`. */
function body(spanId: string, parentSpanId: string, attributes: Record<string, string>): string {
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'support-agent' } }] },
        scopeSpans: [
          {
            spans: [
              {
                traceId: '5b8efff798038103d269b633813fc60c',
                spanId,
                parentSpanId,
                name: 'span',
                startTimeUnixNano: '1763600000000000000',
                endTimeUnixNano: '1763600000005000000',
                attributes: Object.entries(attributes).map(([key, v]) => ({ key, value: { stringValue: v } })),
              },
            ],
          },
        ],
      },
    ],
  });
}

describe('agent identity across requests', () => {
  let running: Running;
  afterEach(async () => running.receiver.stop());

  it('keeps a later span of a trace under the agent and session an earlier request named', async () => {
    running = await startReceiver({}, { normalize: 'real' });
    const post = (b: string) =>
      httpRequest(running.receiver.httpPort(), { headers: { 'content-type': 'application/json' }, body: b });
    expect(
      (await post(body('eee19b7ec3c1b174', '', { 'gen_ai.agent.id': 'support-7', 'gen_ai.conversation.id': 'conv-1', 'gen_ai.operation.name': 'invoke_agent' }))).status,
    ).toBe(200);
    expect((await post(body('1111111111111111', 'eee19b7ec3c1b174', { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'email.send' }))).status).toBe(200);
    const [root, child] = running.publisher.events;
    expect(root).toMatchObject({ agentId: 'support-7', sessionId: 'conv-1' });
    expect(child).toMatchObject({ agentId: 'support-7', sessionId: 'conv-1', kind: 'tool', toolName: 'email.send' });
  });
});
