import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** 5 MiB: documents live in Postgres (no object store beside this service); the table checks it too. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** What a case file may hold: scans, photos, office documents and plain text. */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

export class CaseNoteBody extends createZodDto(z.object({ body: z.string().trim().min(1).max(4000) })) {}

/**
 * A document as JSON, its bytes base64-encoded in `content`. The decoded size is checked by the
 * use case (413 on `content`), since the encoded length only bounds it.
 */
export class CaseDocumentBody extends createZodDto(
  z.object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .refine((name) => ![...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
        message: 'a file name without path separators or control characters',
      }),
    mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
    content: z.base64().min(1),
  }),
) {}

export class CaseDocumentParams extends createZodDto(z.object({ id: z.uuid(), docId: z.uuid() })) {}
