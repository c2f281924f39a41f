import { isActionKind, isAdvisory, isDisruptive, isMoreDisruptive, isReversible } from './action-order';
import { ACTION_KINDS } from './response-types';

describe('action order', () => {
  it('ranks record < notify < throttle < read_only < memory_rollback < quarantine', () => {
    for (let i = 0; i < ACTION_KINDS.length; i++) {
      for (let j = 0; j < ACTION_KINDS.length; j++) {
        expect(isMoreDisruptive(ACTION_KINDS[i]!, ACTION_KINDS[j]!)).toBe(i > j);
      }
    }
    expect(isMoreDisruptive('quarantine', 'read_only')).toBe(true);
    expect(isMoreDisruptive('read_only', 'quarantine')).toBe(false);
    expect(isMoreDisruptive('throttle', 'throttle')).toBe(false);
  });

  it('knows which steps can be undone, which always need a human, and which never touch the agent', () => {
    expect(ACTION_KINDS.filter(isReversible)).toEqual(['throttle', 'read_only', 'quarantine']);
    expect(ACTION_KINDS.filter(isDisruptive)).toEqual(['memory_rollback', 'quarantine']);
    expect(ACTION_KINDS.filter(isAdvisory)).toEqual(['record', 'notify']);
  });

  it('recognises action kinds', () => {
    expect(isActionKind('read_only')).toBe(true);
    expect(isActionKind('readonly')).toBe(false);
    expect(isActionKind(undefined)).toBe(false);
  });
});
