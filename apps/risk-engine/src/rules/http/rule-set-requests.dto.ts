import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** The rule set itself is checked by validateRuleSet, which names every problem's path. */
export const saveDraftRequest = z.object({ ruleSet: z.record(z.string(), z.unknown()) }).strict();
export class SaveDraftRequestDto extends createZodDto(saveDraftRequest) {}

export const publishRequest = z.object({ reason: z.string().trim().min(3).max(2_000) }).strict();
export class PublishRequestDto extends createZodDto(publishRequest) {}

export const rollbackRequest = z.object({ toVersion: z.int().min(1), reason: z.string().trim().min(3).max(2_000) }).strict();
export class RollbackRequestDto extends createZodDto(rollbackRequest) {}

export const versionParams = z.object({ version: z.union([z.enum(['published', 'draft']), z.coerce.number().int().min(1)]) });
export class VersionParamsDto extends createZodDto(versionParams) {}

export const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
export class AuditQueryDto extends createZodDto(auditQuery) {}
