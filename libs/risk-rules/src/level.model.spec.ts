import { LEVELS, levelRank, maxLevel } from './level.model';

describe('levels', () => {
  it('ranks levels in ascending severity', () => {
    expect(LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
    expect(levelRank('GREEN')).toBe(0);
    expect(levelRank('RED')).toBe(4);
  });

  it('takes the most severe level, GREEN when given none', () => {
    expect(maxLevel('BLUE', 'ORANGE', 'YELLOW')).toBe('ORANGE');
    expect(maxLevel()).toBe('GREEN');
  });

  it('refuses an unknown level rather than ranking it as GREEN', () => {
    expect(() => levelRank('PURPLE' as never)).toThrow('Unknown level: PURPLE');
  });
});
