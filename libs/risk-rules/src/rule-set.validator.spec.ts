import { DEFAULT_RULE_SET } from './default.rule-set';
import type { RuleSet } from './rule-set.model';
import { validateRuleSet } from './rule-set.validator';

function edit(change: (draft: RuleSet) => void): RuleSet {
  const draft = structuredClone<RuleSet>(DEFAULT_RULE_SET);
  change(draft);
  return draft;
}

describe('validateRuleSet', () => {
  it('accepts the default rule set', () => {
    expect(validateRuleSet(DEFAULT_RULE_SET)).toEqual([]);
  });

  it('accepts a three-band region', () => {
    const threeBands = edit((r) => {
      r.bands = [
        { level: 'GREEN', minScore: 0 },
        { level: 'YELLOW', minScore: 30 },
        { level: 'RED', minScore: 70 },
      ];
    });
    expect(validateRuleSet(threeBands)).toEqual([]);
  });

  it('names the band whose threshold does not rise', () => {
    expect(validateRuleSet(edit((r) => (r.bands[2].minScore = 20)))).toEqual([
      'bands[2].minScore: must be greater than bands[1].minScore',
    ]);
  });

  it('requires bands to rise in severity and to start at 0', () => {
    const errors = validateRuleSet(
      edit((r) => {
        r.bands[0].minScore = 5;
        r.bands[3].level = 'BLUE';
      }),
    );
    expect(errors).toEqual(['bands[0].minScore: must be 0', 'bands[3].level: must be more severe than bands[2].level']);
  });

  it('rejects unknown levels, empty bands and a missing identity', () => {
    expect(validateRuleSet(edit((r) => (r.bands[1].level = 'AMBER' as never)))).toContain(
      'bands[1].level: must be one of GREEN, BLUE, YELLOW, ORANGE, RED',
    );
    expect(validateRuleSet(edit((r) => (r.bands = [])))).toEqual(['bands: must list at least one band']);
    expect(
      validateRuleSet(
        edit((r) => {
          r.id = ' ';
          r.version = 1.5;
          r.wageCap = 0;
        }),
      ),
    ).toEqual(['id: must be a non-empty string', 'version: must be a positive integer', 'wageCap: must be a positive number']);
  });

  it('refuses W1 tiers that would let later payment score lower', () => {
    const errors = validateRuleSet(
      edit((r) => {
        r.w1.tiers[1] = { daysLateAbove: 0, points: 5, floor: null };
        r.w1.tiers[0].floor = 'BLUE';
      }),
    );
    expect(errors).toEqual([
      'w1.tiers[1].daysLateAbove: must be greater than w1.tiers[0].daysLateAbove',
      'w1.tiers[1].points: must not be less than w1.tiers[0].points',
      'w1.tiers[1].floor: must not be lower than w1.tiers[0].floor',
    ]);
  });

  it('checks W3 thresholds and the legal basis', () => {
    const errors = validateRuleSet(
      edit((r) => {
        r.w3.minShareOwed = 1.5;
        r.w3.minWorkersOwed = 0;
        r.w3.floor = 'CRIMSON' as never;
        r.w3.legalBasis = '';
        r.w1.tiers = [];
      }),
    );
    expect(errors).toEqual([
      'w1.tiers: must list at least one tier',
      'w3.minWorkersOwed: must be a positive integer',
      'w3.minShareOwed: must be a share greater than 0 and at most 1',
      'w3.floor: must be one of GREEN, BLUE, YELLOW, ORANGE, RED',
      'w3.legalBasis: must be a non-empty string',
    ]);
  });

  it('keeps the default rule set immutable', () => {
    expect(() => {
      (DEFAULT_RULE_SET.bands as { minScore: number }[])[1].minScore = 1;
    }).toThrow(TypeError);
  });
});
