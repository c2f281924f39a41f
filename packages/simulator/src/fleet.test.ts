import { AGENT_TYPE_PROFILES, systemPromptFor } from './fleet';

describe('systemPromptFor', () => {
  test('the template version the fleet runs renders its system prompt; another version renders other text in the opening paragraph', () => {
    const profile = AGENT_TYPE_PROFILES['assistant-agent'];
    expect(systemPromptFor(profile, profile.promptVersion)).toBe(profile.systemPrompt);
    const changed = systemPromptFor(profile, 'v3');
    expect(changed).not.toBe(profile.systemPrompt);
    expect(changed.startsWith(profile.systemPrompt)).toBe(true);
    expect(changed).not.toContain('\n\n');
  });
});
