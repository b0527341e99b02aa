import fc from 'fast-check';
import { type CustomRuleInput, compileCondition, conditionHolds, conditionProblem } from './custom-rule';

const MEASURED: CustomRuleInput = { W1: { value: 25, maxDaysLate: 25 }, W3: { value: 5, workersOwed: 5 }, W2: { value: 2, firstPeriod: '2024-01' }, headcount: 80, sector: 'construction' };
const SAMPLE: CustomRuleInput = { W1: { value: 1 }, W3: { value: 1 }, W5: { value: 1 }, headcount: 100, sector: 'other' };

describe('custom-rule conditions', () => {
  it.each`
    expression                                          | holds
    ${'W1.maxDaysLate >= 20 and W3.workersOwed >= 5'}   | ${true}
    ${'W1.maxDaysLate >= 26 and W3.workersOwed >= 5'}   | ${false}
    ${'W1.maxDaysLate >= 20 and W3.workersOwed >= 6'}   | ${false}
    ${'headcount < 100 and sector == "construction"'}   | ${true}
    ${'max(W1.value, W3.value) > 24'}                   | ${true}
    ${'if W1.value > 20 then W3.value >= 5 else false'} | ${true}
  `('evaluates $expression on measured values: $holds', ({ expression, holds }) => {
    expect(conditionHolds(expression as string, MEASURED)).toBe(holds);
  });

  it.each`
    expression                                    | holds
    ${'W5.value >= 1'}                            | ${false}
    ${'W5.value < 1'}                             | ${false}
    ${'W5.value == 0'}                            | ${false}
    ${'W5.value >= 1 or W1.maxDaysLate >= 20'}    | ${true}
    ${'W1.maxDaysLate >= 20 or W5.value >= 1'}    | ${true}
    ${'W5.value >= 1 and W1.maxDaysLate >= 20'}   | ${false}
    ${'W1.workersOwed > 0 or W3.workersOwed > 0'} | ${true}
    ${'W5.value != 0'}                            | ${true}
  `('reads an indicator or value that was not measured as NaN: $expression holds $holds', ({ expression, holds }) => {
    expect(conditionHolds(expression as string, MEASURED)).toBe(holds);
  });

  it.each(['W1.constructor', 'constructor of W1', 'W1.__proto__', 'W1.toString', 'constructor', 'toString', 'W1.value.constructor', "'constructor' of W1"])(
    'cannot reach a prototype: %s is NaN, not a function or object',
    (expression) => {
      const value = compileCondition(expression)(MEASURED);
      expect(typeof value).toBe('number');
      expect(value).toBeNaN();
      expect(conditionHolds(expression, MEASURED)).toBe(false);
    },
  );

  it('treats a runtime problem (a text compared as a number) as not holding, without throwing', () => {
    expect(compileCondition('W2.firstPeriod > 3')(MEASURED)).toBeInstanceOf(Error);
    expect(conditionHolds('W2.firstPeriod > 3', MEASURED)).toBe(false);
  });

  it('compiles each expression once', () => {
    expect(compileCondition('W1.value > 1')).toBe(compileCondition('W1.value > 1'));
  });

  describe('conditionProblem', () => {
    it.each`
      expression
      ${'W1.maxDaysLate >= 20 and W3.workersOwed >= 5'}
      ${'not (W1.value > 1)'}
      ${'W1.value in (1, 2, 3)'}
      ${'if (W1.value > 1) then 1 else 0'}
      ${'abs(W1.value) + ceil(1.5) + floor(1.5) + round(W1.value) + sqrt(4) + log(1) > min(1, 2)'}
      ${'exists(W9.value) or empty(sector)'}
      ${'sector == "median(x) % 2 ?"'}
      ${'W1.value mod 2 == 1'}
    `('accepts $expression', ({ expression }) => {
      expect(conditionProblem(expression as string, SAMPLE)).toBeNull();
    });

    it.each`
      expression                                        | problem
      ${'W1.value >'}                                   | ${"Parse error at line 1, character 11: Expecting '-', 'not', 'if', '(', 'Number', 'Symbol', 'String', got 'EndOfExpression'"}
      ${'(W1.value > 2'}                                | ${expect.stringMatching(/^Parse error at line 1, character 14: Expecting .*got 'EndOfExpression'$/)}
      ${'W1.value > 5 #'}                               | ${'Lexical error at line 1, character 14: Unrecognized text.'}
      ${''}                                             | ${expect.stringMatching(/^Parse error at line 1, character 1: /)}
      ${'median(W1.value) > 3'}                         | ${'Unknown function: median()'}
      ${'W1.value > 5 and median(W1.value) > 3'}        | ${'Unknown function: median()'}
      ${'W1.value > 0 or median(W1.value) > 3'}         | ${'Unknown function: median()'}
      ${'if W1.value > 5 then median(W1.value) else 0'} | ${'Unknown function: median()'}
      ${"'median'(W1.value) > 3"}                       | ${'Unknown function: median()'}
      ${'W1.value(2) > 1'}                              | ${'Unknown function: W1.value()'}
      ${'W1.value ~= "x"'}                              | ${'Expected a text, but got a number instead.'}
      ${'W1.value % 2 == 1'}                            | ${'write `a mod b` instead of the deprecated `a % b`'}
      ${'W1.value > 1 ? 10 : 0'}                        | ${'write `if a then b else c` instead of the deprecated `a ? b : c`'}
    `('names the problem of $expression', ({ expression, problem }) => {
      expect(conditionProblem(expression as string, SAMPLE)).toEqual(problem);
    });

    const tokens = fc.constantFrom('W1.value', 'W5.value', 'headcount', 'sector', '"construction"', '1', '20', '>', '>=', '==', '+', 'and', 'or', 'not', 'in', 'of', 'if', 'then', 'else', 'mod', '(', ')', ',', 'max', 'median', "'W1'", '#');
    const expressions = fc.oneof(fc.string(), fc.array(tokens, { maxLength: 12 }).map((parts) => parts.join(' ')));
    const inputs = fc.record({ W1: fc.option(fc.record({ value: fc.integer({ min: -5, max: 50 }) }), { nil: undefined }), headcount: fc.integer({ min: 1, max: 500 }) });

    it('never throws, and what it accepts never meets an unknown function or a syntax error when scored', () => {
      fc.assert(
        fc.property(expressions, inputs, (expression, input) => {
          if (conditionProblem(expression, SAMPLE) !== null) return;
          const result = compileCondition(expression)({ ...input, sector: 'other' } as CustomRuleInput);
          expect(result instanceof Error ? result.message : '').not.toMatch(/^Unknown function/);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
