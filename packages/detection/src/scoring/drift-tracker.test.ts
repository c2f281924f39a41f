import { jensenShannon } from '../signals/drift';
import { driftNeeded } from './drift-tracker';

const profile = { 'db.query': 31, 'metrics.query': 19, 'slack.post_message': 20, 'incidents.get': 15, 'deploys.list': 15 };

describe('driftNeeded', () => {
  test('few calls need more divergence than many: sampling alone diverges', () => {
    expect(driftNeeded({ 'db.query': 5 }, profile, 5, 0.12)).toBeGreaterThan(driftNeeded({ 'db.query': 50 }, profile, 50, 0.12));
    expect(driftNeeded({ 'db.query': 500 }, profile, 500, 0.12)).toBe(0.12);
  });

  test('seven calls that all go to one tool the profile used a third of the time are drift', () => {
    const mix = { 'db.query': 7 };
    expect(jensenShannon(mix, profile)).toBeGreaterThan(driftNeeded(mix, profile, 7, 0.12));
  });

  test('twelve calls drawn roughly as the profile draws them are not', () => {
    const mix = { 'db.query': 4, 'metrics.query': 3, 'slack.post_message': 2, 'incidents.get': 2, 'deploys.list': 1 };
    expect(jensenShannon(mix, profile)).toBeLessThan(driftNeeded(mix, profile, 12, 0.12));
  });

  test('a tool the profile never used counts among the tools in play', () => {
    const withNew = driftNeeded({ 'db.query': 3, 'k8s.exec': 3 }, profile, 6, 0.12);
    const without = driftNeeded({ 'db.query': 6 }, profile, 6, 0.12);
    expect(withNew).toBeGreaterThan(without);
  });
});
