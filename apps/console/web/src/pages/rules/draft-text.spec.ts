import { DEFAULT_RULE_SET } from '@concord/risk-rules';
import { checkDraftText } from './draft-text';

describe('checkDraftText', () => {
  it('accepts the default rule set as JSON', () => {
    expect(checkDraftText(JSON.stringify(DEFAULT_RULE_SET, null, 2)).problems).toEqual([]);
  });

  it('refuses text that is not JSON, with the parser\'s own words', () => {
    const { ruleSet, problems } = checkDraftText('{\n  "id": "x",\n  "version": ,\n}');
    expect(ruleSet).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('(json)');
    expect(problems[0].message).toMatch(/JSON|token/);
  });

  it("reports the validator's problems by their field path, as the server's 400 does", () => {
    const broken = { ...DEFAULT_RULE_SET, hysteresisDays: -1, bands: [] };
    const paths = checkDraftText(JSON.stringify(broken)).problems.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['ruleSet.bands', 'ruleSet.hysteresisDays']));
  });
});
