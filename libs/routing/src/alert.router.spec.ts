import fc from 'fast-check';
import { LEVELS, levelRank, type Level } from '@concord/risk-rules';
import { routeAlert } from './alert.router';
import { CONTACT_ROLES, type Contact } from './contact.model';
import { DEFAULT_ROUTING, type RoutingTable } from './routing-table.model';

const contacts: Contact[] = [
  { personId: 'p-liaison', role: 'liaison' },
  { personId: 'p-chair', role: 'grassroots_union_chair' },
  { personId: 'p-chair', role: 'committee_union' },
  { personId: 'p-street', role: 'street_union' },
  { personId: 'p-mgmt', role: 'committee_management' },
  { personId: 'p-worker', role: 'committee_employee' },
  { personId: 'p-county', role: 'county_federation' },
  { personId: 'p-inspect', role: 'labor_inspection_liaison' },
  { personId: 'p-mediation', role: 'mediation_centre' },
  { personId: 'p-leader', role: 'federation_leadership' },
];

const ids = (level: Level, table?: RoutingTable) => routeAlert(level, contacts, table).map((r) => r.personId);

describe('routeAlert', () => {
  it('routes GREEN to nobody', () => {
    expect(routeAlert('GREEN', contacts)).toEqual([]);
  });

  it('routes BLUE to the liaison and the grassroots union chair', () => {
    expect(routeAlert('BLUE', contacts)).toEqual([
      { personId: 'p-chair', roles: ['grassroots_union_chair'] },
      { personId: 'p-liaison', roles: ['liaison'] },
    ]);
  });

  it('adds the street union and the consultation committee at YELLOW, merging one person’s roles', () => {
    expect(routeAlert('YELLOW', contacts)).toEqual([
      { personId: 'p-chair', roles: ['grassroots_union_chair', 'committee_union'] },
      { personId: 'p-liaison', roles: ['liaison'] },
      { personId: 'p-mgmt', roles: ['committee_management'] },
      { personId: 'p-street', roles: ['street_union'] },
      { personId: 'p-worker', roles: ['committee_employee'] },
    ]);
  });

  it('adds county, inspection and mediation at ORANGE, and leadership only at RED', () => {
    expect(ids('ORANGE')).toEqual(['p-chair', 'p-county', 'p-inspect', 'p-liaison', 'p-mediation', 'p-mgmt', 'p-street', 'p-worker']);
    expect(ids('RED')).toContain('p-leader');
    expect(ids('ORANGE')).not.toContain('p-leader');
  });

  it('follows a custom table', () => {
    const table: RoutingTable = { minLevelByRole: { ...DEFAULT_ROUTING.minLevelByRole, federation_leadership: 'ORANGE' } };
    expect(ids('ORANGE', table)).toContain('p-leader');
  });

  it('lists a person once even when the same contact is given twice', () => {
    const doubled = [...contacts, { personId: 'p-liaison', role: 'liaison' as const }];
    expect(routeAlert('BLUE', doubled)).toEqual(routeAlert('BLUE', contacts));
  });

  describe('invariants', () => {
    const levelArb = fc.constantFrom(...LEVELS);
    const contactsArb = fc.array(
      fc.record({ personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), role: fc.constantFrom(...CONTACT_ROLES) }),
      { maxLength: 25 },
    );
    const tableArb = fc
      .array(levelArb, { minLength: CONTACT_ROLES.length, maxLength: CONTACT_ROLES.length })
      .map((levels): RoutingTable => ({
        minLevelByRole: Object.fromEntries(CONTACT_ROLES.map((role, i) => [role, levels[i]])) as RoutingTable['minLevelByRole'],
      }));

    it('only routes to people holding a qualifying role, each role backed by a contact', () => {
      fc.assert(
        fc.property(levelArb, contactsArb, tableArb, (level, cs, table) => {
          for (const recipient of routeAlert(level, cs, table)) {
            for (const role of recipient.roles) {
              expect(levelRank(table.minLevelByRole[role])).toBeLessThanOrEqual(levelRank(level));
              expect(cs).toContainEqual({ personId: recipient.personId, role });
            }
          }
        }),
      );
    });

    it('never drops a recipient or a role when the level rises', () => {
      fc.assert(
        fc.property(levelArb, levelArb, contactsArb, tableArb, (a, b, cs, table) => {
          const [low, high] = levelRank(a) <= levelRank(b) ? [a, b] : [b, a];
          const higher = new Map(routeAlert(high, cs, table).map((r) => [r.personId, r.roles]));
          for (const recipient of routeAlert(low, cs, table)) {
            expect(higher.get(recipient.personId)).toEqual(expect.arrayContaining(recipient.roles));
          }
        }),
      );
    });

    it('lists each person once, sorted by personId, with no repeated role', () => {
      fc.assert(
        fc.property(levelArb, contactsArb, tableArb, (level, cs, table) => {
          const recipients = routeAlert(level, cs, table);
          const personIds = recipients.map((r) => r.personId);
          expect(personIds).toEqual([...new Set(personIds)].sort());
          for (const { roles } of recipients) expect(roles).toEqual([...new Set(roles)]);
        }),
      );
    });

    it('reaches every contact whose role qualifies', () => {
      fc.assert(
        fc.property(levelArb, contactsArb, (level, cs) => {
          const recipients = routeAlert(level, cs);
          for (const { personId, role } of cs) {
            const qualifies = level !== 'GREEN' && levelRank(DEFAULT_ROUTING.minLevelByRole[role]) <= levelRank(level);
            expect(recipients.some((r) => r.personId === personId && r.roles.includes(role))).toBe(qualifies);
          }
        }),
      );
    });
  });
});
