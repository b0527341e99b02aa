import { z } from 'zod';
import { alertIdFor } from './alert-id';

const enterpriseId = '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10';

describe('alertIdFor', () => {
  it('is a version-5 UUID the alert contract accepts', () => {
    const id = alertIdFor(enterpriseId, 'evt-1');
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(id[14]).toBe('5');
  });

  it('is the same for the same enterprise and trigger, and differs otherwise', () => {
    expect(alertIdFor(enterpriseId, 'evt-1')).toBe(alertIdFor(enterpriseId, 'evt-1'));
    expect(alertIdFor(enterpriseId, 'evt-2')).not.toBe(alertIdFor(enterpriseId, 'evt-1'));
    expect(alertIdFor('1b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10', 'evt-1')).not.toBe(alertIdFor(enterpriseId, 'evt-1'));
  });
});
