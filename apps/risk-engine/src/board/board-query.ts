import { riskLevel } from '@concord/contracts';
import { z } from 'zod';

export const BOARD_SORTS = ['severity', 'score', 'name'] as const;

/** The board's filters and page; `level` narrows the enterprise list only (see GetBoardUseCase). */
export const boardQuery = z.object({
  regionId: z.uuid().optional(),
  industry: z.string().trim().min(1).max(100).optional(),
  level: riskLevel.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  sort: z.enum(BOARD_SORTS).default('severity'),
});

export type BoardQuery = z.infer<typeof boardQuery>;
export type BoardSort = (typeof BOARD_SORTS)[number];
