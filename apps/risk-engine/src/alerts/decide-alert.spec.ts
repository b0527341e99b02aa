import { LEVELS, type Level } from '@concord/risk-rules';
import { decideAlert } from './decide-alert';

describe('decideAlert', () => {
  it.each<Level>(['BLUE', 'YELLOW', 'ORANGE', 'RED'])('opens revision 1 when an enterprise without an alert reaches %s', (level) => {
    expect(decideAlert({ openAlert: null, previousLevel: 'GREEN', level })).toEqual({ action: 'open', revision: 1, level, previousLevel: 'GREEN' });
  });

  it('carries the enterprise previous level on open', () => {
    expect(decideAlert({ openAlert: null, previousLevel: 'BLUE', level: 'ORANGE' })).toMatchObject({ action: 'open', previousLevel: 'BLUE' });
  });

  it('does nothing while an enterprise without an alert stays GREEN', () => {
    expect(decideAlert({ openAlert: null, previousLevel: 'GREEN', level: 'GREEN' })).toEqual({ action: 'none' });
  });

  it('updates with the next revision when the level rises above the alert level', () => {
    expect(decideAlert({ openAlert: { level: 'YELLOW', revision: 2 }, previousLevel: 'YELLOW', level: 'RED' })).toEqual({
      action: 'updated',
      revision: 3,
      level: 'RED',
      previousLevel: 'YELLOW',
    });
  });

  it('resolves with the next revision when the level falls back to GREEN', () => {
    expect(decideAlert({ openAlert: { level: 'ORANGE', revision: 1 }, previousLevel: 'YELLOW', level: 'GREEN' })).toEqual({
      action: 'resolved',
      revision: 2,
      level: 'GREEN',
      previousLevel: 'ORANGE',
    });
  });

  it.each<[Level, Level]>([
    ['ORANGE', 'ORANGE'],
    ['ORANGE', 'YELLOW'],
    ['ORANGE', 'BLUE'],
    ['BLUE', 'BLUE'],
  ])('leaves an open %s alert alone at %s', (alertLevel, level) => {
    expect(decideAlert({ openAlert: { level: alertLevel, revision: 4 }, previousLevel: alertLevel, level })).toEqual({ action: 'none' });
  });

  it('never re-opens while an alert is open, and every change moves the revision by exactly one', () => {
    for (const alertLevel of LEVELS.filter((l) => l !== 'GREEN')) {
      for (const level of LEVELS) {
        const decision = decideAlert({ openAlert: { level: alertLevel, revision: 7 }, previousLevel: alertLevel, level });
        expect(decision.action).not.toBe('open');
        if (decision.action !== 'none') expect(decision.revision).toBe(8);
      }
    }
  });

  it('updates an open alert at the same level when a new trigger fires, keeping the higher level', () => {
    expect(decideAlert({ openAlert: { level: 'RED', revision: 2 }, previousLevel: 'RED', level: 'RED', newTrigger: true })).toEqual({
      action: 'updated',
      revision: 3,
      level: 'RED',
      previousLevel: 'RED',
    });
    expect(decideAlert({ openAlert: { level: 'RED', revision: 2 }, previousLevel: 'RED', level: 'ORANGE', newTrigger: true })).toMatchObject({ action: 'updated', level: 'RED' });
    expect(decideAlert({ openAlert: { level: 'RED', revision: 2 }, previousLevel: 'RED', level: 'GREEN', newTrigger: false })).toMatchObject({ action: 'resolved' });
  });
});
