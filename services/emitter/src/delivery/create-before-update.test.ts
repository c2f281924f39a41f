import type { RiskFinding } from '@warden/core';
import { shapeForSink } from './create-before-update';

const f = (activity: RiskFinding['activity'], revision: number, severity: RiskFinding['severity'] = 'high') => ({ activity, revision, severity }) as RiskFinding;

describe('shapeForSink', () => {
  it('sends nothing below the sink minimum', () => {
    expect(shapeForSink(f('create', 1, 'medium'), 'high', undefined)).toBeUndefined();
    expect(shapeForSink(f('update', 3, 'medium'), 'high', 2)).toBeUndefined();
  });

  it('announces an incident with a Create, even when it first crosses the threshold on an update', () => {
    expect(shapeForSink(f('create', 1), 'high', undefined)).toEqual({ activity: 'create', announces: true });
    expect(shapeForSink(f('update', 4), 'high', undefined)).toEqual({ activity: 'create', announces: true });
  });

  it('passes updates and closes of an announced incident through', () => {
    expect(shapeForSink(f('update', 5), 'high', 4)).toEqual({ activity: 'update', announces: false });
    expect(shapeForSink(f('close', 6), 'high', 4)).toEqual({ activity: 'close', announces: false });
  });

  it('says nothing of closing an incident the sink never heard of', () => {
    expect(shapeForSink(f('close', 6), 'low', undefined)).toBeUndefined();
  });

  it('shapes a redelivered announcing revision as the same Create again', () => {
    expect(shapeForSink(f('update', 4), 'high', 4)).toEqual({ activity: 'create', announces: false });
  });
  it('sends a response note only to a sink that knows the incident, always as an Update', () => {
    const note = (revision: number) => ({ ...f('update', revision), response: { seq: 1, decisionId: 'x/quarantine', action: 'quarantine', status: 'executed', reason: 'r', atMs: 1 } }) as RiskFinding;
    expect(shapeForSink(note(2), 'high', undefined)).toBeUndefined();
    // Even when it carries the revision that announced the incident: the note is never the Create.
    expect(shapeForSink(note(2), 'high', 2)).toEqual({ activity: 'update', announces: false });
    expect(shapeForSink(note(3), 'high', 2)).toEqual({ activity: 'update', announces: false });
  });
});
