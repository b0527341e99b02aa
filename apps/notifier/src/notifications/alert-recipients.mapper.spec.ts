import { alertRecipients } from './alert-recipients.mapper';

const rows = [
  { personId: 'p-liaison', role: 'liaison' },
  { personId: 'p-chair', role: 'grassroots_union_chair' },
  { personId: 'p-chair', role: 'committee_union' },
  { personId: 'p-mgmt', role: 'committee_management' },
  { personId: 'p-worker', role: 'committee_employee' },
  { personId: 'p-street', role: 'street_union' },
  { personId: 'p-county', role: 'county_federation' },
  { personId: 'p-inspect', role: 'labor_inspection_liaison' },
  { personId: 'p-mediation', role: 'mediation_centre' },
  { personId: 'p-leader', role: 'federation_leadership' },
  { personId: 'p-new', role: 'safety_officer' },
];

describe('alertRecipients', () => {
  it('reaches the liaison, the committee of three, the union chair and the county tier at ORANGE, not leadership', () => {
    expect(alertRecipients('ORANGE', rows).map((r) => r.personId)).toEqual([
      'p-chair',
      'p-county',
      'p-inspect',
      'p-liaison',
      'p-mediation',
      'p-mgmt',
      'p-street',
      'p-worker',
    ]);
  });

  it('merges one person’s roles into one recipient', () => {
    expect(alertRecipients('YELLOW', rows).find((r) => r.personId === 'p-chair')).toEqual({
      personId: 'p-chair',
      roles: ['grassroots_union_chair', 'committee_union'],
    });
  });

  it('adds leadership at RED and ignores roles the routing table does not know', () => {
    const red = alertRecipients('RED', rows).map((r) => r.personId);
    expect(red).toContain('p-leader');
    expect(red).not.toContain('p-new');
  });

  it('reaches nobody for GREEN or without contacts', () => {
    expect(alertRecipients('GREEN', rows)).toEqual([]);
    expect(alertRecipients('RED', [])).toEqual([]);
  });
});
