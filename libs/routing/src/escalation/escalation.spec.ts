import type { Contact } from '../contact.model';
import { DEFAULT_ROUTING } from '../routing-table.model';
import { acknowledgementDeadline } from './acknowledgement-deadline';
import { escalationAudience } from './escalation-audience';

const contacts: Contact[] = [
  { personId: 'p-liaison', role: 'liaison' },
  { personId: 'p-chair', role: 'grassroots_union_chair' },
  { personId: 'p-street', role: 'street_union' },
  { personId: 'p-mgmt', role: 'committee_management' },
  { personId: 'p-county', role: 'county_federation' },
  { personId: 'p-mediation', role: 'mediation_centre' },
  { personId: 'p-leader', role: 'federation_leadership' },
];

const heard = (level: Parameters<typeof escalationAudience>[0], step: number) => escalationAudience(level, step, contacts, DEFAULT_ROUTING).map((r) => r.personId);

describe('escalationAudience', () => {
  it('takes each level one tier up the network', () => {
    expect(heard('BLUE', 1)).toEqual(['p-mgmt', 'p-street']);
    expect(heard('YELLOW', 1)).toEqual(['p-county', 'p-mediation']);
    expect(heard('ORANGE', 1)).toEqual(['p-leader']);
    expect(heard('BLUE', 2)).toEqual(['p-county', 'p-mediation']);
  });

  it('tells the leadership again once past the top, and nobody for GREEN or step 0', () => {
    expect(heard('RED', 1)).toEqual(['p-leader']);
    expect(heard('ORANGE', 3)).toEqual(['p-leader']);
    expect(heard('GREEN', 1)).toEqual([]);
    expect(heard('YELLOW', 0)).toEqual([]);
  });
});

describe('acknowledgementDeadline', () => {
  it('gives YELLOW 24 h, ORANGE 4 h and RED 1 h', () => {
    const at = new Date('2026-05-06T02:00:00Z');
    expect(acknowledgementDeadline('YELLOW', at, 'CN')).toEqual(new Date('2026-05-07T02:00:00Z'));
    expect(acknowledgementDeadline('ORANGE', at, 'CN')).toEqual(new Date('2026-05-06T06:00:00Z'));
    expect(acknowledgementDeadline('RED', at, 'CN')).toEqual(new Date('2026-05-06T03:00:00Z'));
  });

  it('counts BLUE’s 3 working days across National Day, including the Saturday make-up workday', () => {
    // Wed 30 Sep 2026, 10:00 in Shanghai; 1–7 Oct off; Thu 8, Fri 9 and the make-up Sat 10 Oct are worked.
    expect(acknowledgementDeadline('BLUE', new Date('2026-09-30T02:00:00Z'), 'CN')).toEqual(new Date('2026-10-10T02:00:00Z'));
  });

  it('counts from the local business day: late evening UTC is already the next day in Shanghai', () => {
    // Fri 4 Sep 2026 20:00 UTC is Sat 5 Sep 04:00 in Shanghai → Mon 7, Tue 8, Wed 9 Sep 04:00 there.
    expect(acknowledgementDeadline('BLUE', new Date('2026-09-04T20:00:00Z'), 'CN')).toEqual(new Date('2026-09-08T20:00:00Z'));
  });

  it('falls back to Monday–Friday for a year without holiday data, and honours an override', () => {
    // Thu 31 Dec 2026 → 2027 has no data yet: Fri 1 Jan, Mon 4, Tue 5 Jan.
    expect(acknowledgementDeadline('BLUE', new Date('2026-12-31T02:00:00Z'), 'CN')).toEqual(new Date('2027-01-05T02:00:00Z'));
    expect(acknowledgementDeadline('ORANGE', new Date('2026-05-06T02:00:00Z'), 'CN', 1_500)).toEqual(new Date('2026-05-06T02:00:01.500Z'));
  });
});
