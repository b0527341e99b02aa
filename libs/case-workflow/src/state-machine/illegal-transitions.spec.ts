import { CASE_STAGES } from './case-stage.model';
import { ALLOWED_FROM, CASE_COMMAND_TYPES } from './transition-table';
import { COMMAND_PHRASES } from './command-phrase';
import { applyTransition } from './apply-transition';
import { HOUR, T0, caseIn, wellFormed } from '../../test/case.fixture';

const at = new Date(T0.getTime() + 100 * HOUR);
const pairs = CASE_STAGES.flatMap((stage) => CASE_COMMAND_TYPES.map((command) => ({ stage, command, allowed: ALLOWED_FROM[command].includes(stage) })));

describe('every stage × command pair', () => {
  it('covers all 11 stages and 16 commands, and every stage but closed allows something', () => {
    expect(pairs).toHaveLength(11 * 16);
    for (const stage of CASE_STAGES) expect(pairs.some((p) => p.stage === stage && p.allowed)).toBe(stage !== 'closed');
  });

  it.each(pairs.filter((p) => !p.allowed))("refuses $command in stage '$stage', naming both", ({ stage, command }) => {
    const state = caseIn(stage);
    const result = applyTransition(state, wellFormed(command, state, at), at);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'illegal_transition',
        stage,
        command,
        message: `cannot ${COMMAND_PHRASES[command]} a case in stage '${stage}' (${command}); allowed from: ${ALLOWED_FROM[command].join(', ')}`,
      },
    });
  });

  it.each(pairs.filter((p) => p.allowed))("accepts a well-formed $command in stage '$stage'", ({ stage, command }) => {
    const state = caseIn(stage);
    const result = applyTransition(state, wellFormed(command, state, at), at);
    expect(result.ok ? result.transition : result.error).toMatchObject({ command, from: stage, at });
  });

  it('says it as the brief asks', () => {
    const result = applyTransition(caseIn('closed'), { type: 'accept', mediatorId: 'm-1' }, at);
    expect(!result.ok && result.error.message).toBe("cannot accept a case in stage 'closed' (accept); allowed from: assigned");
  });
});
