import { ingestedEvents } from '@concord/platform';
import { countIngested } from './ingest-metrics';

async function counted(type: string, outcome: string): Promise<number> {
  const { values } = await ingestedEvents.get();
  return values.find((v) => v.labels.type === type && v.labels.outcome === outcome)?.value ?? 0;
}

describe('countIngested', () => {
  beforeEach(() => ingestedEvents.reset());

  it('counts each answered event under its contract type and outcome', async () => {
    const wage = { type: 'concord.hr.wage_payment.v1' };
    const complaint = { type: 'concord.hr.complaint.v1' };
    countIngested([wage, wage, complaint, wage], [
      { index: 0, outcome: 'accepted' },
      { index: 1, outcome: 'accepted' },
      { index: 2, outcome: 'duplicate' },
      { index: 3, outcome: 'rejected' },
    ]);
    expect(await counted('concord.hr.wage_payment.v1', 'accepted')).toBe(2);
    expect(await counted('concord.hr.complaint.v1', 'duplicate')).toBe(1);
    expect(await counted('concord.hr.wage_payment.v1', 'rejected')).toBe(1);
  });

  it('labels a type no contract has, or a body without one, "unknown"', async () => {
    countIngested([{ type: 'made.up.v9' }, 'not an object', { type: 42 }], [0, 1, 2].map((index) => ({ index, outcome: 'rejected' })));
    expect(await counted('unknown', 'rejected')).toBe(3);
    expect(await counted('made.up.v9', 'rejected')).toBe(0);
  });
});
