import { alertCategory } from './thread-category';
import { inhibitingThread } from './inhibition';
import { decideNotice } from './notice-decision';
import { type Silence, mutingSilence, silenceMatches, silenceProblems } from './silence';

const COUNTY = 'c0000000-0000-4000-8000-000000000001';
const STREET = 'c0000000-0000-4000-8000-000000000002';
const OTHER_STREET = 'c0000000-0000-4000-8000-000000000003';
const ENTERPRISE = 'e0000000-0000-4000-8000-000000000001';
const NOW = new Date('2026-05-01T08:00:00Z');

function silence(overrides: Partial<Silence> = {}): Silence {
  return {
    id: 's1',
    enterpriseId: null,
    regionId: STREET,
    category: null,
    maxLevel: null,
    startsAt: new Date('2026-05-01T00:00:00Z'),
    endsAt: new Date('2026-05-02T00:00:00Z'),
    reason: 'known dispute, mediation under way',
    createdBy: 'staff-1',
    ...overrides,
  };
}

const target = { enterpriseId: ENTERPRISE, regionPath: [COUNTY, STREET], category: 'labor_risk' as const, level: 'YELLOW' as const };

describe('alertCategory', () => {
  it('is a collective incident only while an incident rule triggers', () => {
    expect(alertCategory([{ category: 'incidents', trigger: true }, { category: 'wages' }])).toBe('collective_incident');
    expect(alertCategory([{ category: 'incidents', trigger: false }])).toBe('labor_risk');
    expect(alertCategory([{ category: 'wages', trigger: true }, {}])).toBe('labor_risk');
  });
});

describe('silences', () => {
  it('match inside their window and scope only', () => {
    expect(silenceMatches(silence(), target, NOW)).toBe(true);
    expect(silenceMatches(silence(), target, new Date('2026-05-02T00:00:00Z'))).toBe(false); // expired at endsAt
    expect(silenceMatches(silence(), target, new Date('2026-04-30T23:59:59Z'))).toBe(false); // not started
    expect(silenceMatches(silence({ regionId: COUNTY }), target, NOW)).toBe(true); // a county silences its streets
    expect(silenceMatches(silence({ regionId: OTHER_STREET }), target, NOW)).toBe(false);
    expect(silenceMatches(silence({ regionId: null, enterpriseId: ENTERPRISE }), target, NOW)).toBe(true);
    expect(silenceMatches(silence({ category: 'collective_incident' }), target, NOW)).toBe(false);
    expect(silenceMatches(silence({ maxLevel: 'BLUE' }), target, NOW)).toBe(false);
    expect(silenceMatches(silence({ maxLevel: 'YELLOW' }), target, NOW)).toBe(true);
  });

  it('pick the matching silence that ends last', () => {
    const later = silence({ id: 's2', endsAt: new Date('2026-05-03T00:00:00Z') });
    expect(mutingSilence([silence(), later, silence({ id: 's3', regionId: OTHER_STREET })], target, NOW)?.id).toBe('s2');
    expect(mutingSilence([], target, NOW)).toBeUndefined();
  });

  it('refuse a silence of everything, an empty reason and an end before the start', () => {
    const { id: _id, ...unscoped } = silence({ regionId: null, reason: ' ', endsAt: new Date('2026-04-30T00:00:00Z') });
    expect(silenceProblems(unscoped).map((p) => p.path)).toEqual(['enterpriseId', 'endsAt', 'reason']);
    const { id: _valid, ...valid } = silence();
    expect(silenceProblems(valid)).toEqual([]);
  });
});

describe('inhibitingThread', () => {
  const incident = { threadId: 't-incident', category: 'collective_incident' as const, level: 'RED' as const };
  const wages = { threadId: 't-wages', category: 'labor_risk' as const, level: 'ORANGE' as const };

  it('mutes the same enterprise’s lower threads while a RED collective incident is open', () => {
    expect(inhibitingThread(wages, [incident, wages])).toEqual(incident);
  });

  it('does not mute the incident itself, a RED thread, or anything when the incident is below RED', () => {
    expect(inhibitingThread(incident, [incident, wages])).toBeUndefined();
    expect(inhibitingThread({ ...wages, level: 'RED' }, [incident, { ...wages, level: 'RED' }])).toBeUndefined();
    expect(inhibitingThread(wages, [{ ...incident, level: 'ORANGE' }, wages])).toBeUndefined();
  });
});

describe('decideNotice', () => {
  const open = { status: 'open' as const, revision: 2, notifiedRevision: 1, acknowledged: false };

  it('delivers a new revision, and skips one already told', () => {
    expect(decideNotice({ reason: 'raised', thread: open, silence: undefined, inhibitor: undefined })).toEqual({ action: 'deliver' });
    expect(decideNotice({ reason: 'raised', thread: { ...open, notifiedRevision: 2 }, silence: undefined, inhibitor: undefined })).toEqual({ action: 'skip', why: 'unchanged' });
  });

  it('tells nobody about a closed thread, and stops repeats and escalations once acknowledged', () => {
    expect(decideNotice({ reason: 'opened', thread: { ...open, status: 'closed' }, silence: undefined, inhibitor: undefined })).toEqual({ action: 'skip', why: 'closed' });
    expect(decideNotice({ reason: 'repeat', thread: { ...open, acknowledged: true }, silence: undefined, inhibitor: undefined })).toEqual({ action: 'skip', why: 'acknowledged' });
    expect(decideNotice({ reason: 'escalated', thread: { ...open, acknowledged: true }, silence: undefined, inhibitor: undefined })).toEqual({ action: 'skip', why: 'acknowledged' });
  });

  it('suppresses under a silence before an inhibition', () => {
    const by = { threadId: 't', category: 'collective_incident' as const, level: 'RED' as const };
    expect(decideNotice({ reason: 'repeat', thread: open, silence: silence(), inhibitor: by })).toMatchObject({ action: 'suppress', reason: 'silenced' });
    expect(decideNotice({ reason: 'repeat', thread: open, silence: undefined, inhibitor: by })).toMatchObject({ action: 'suppress', reason: 'inhibited' });
  });
});
