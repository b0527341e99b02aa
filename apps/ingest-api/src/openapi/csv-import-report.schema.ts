import type { CsvCellError } from '@concord/contracts';
import { z } from 'zod';
import { OUTCOME_COUNTS, eventStatusSchema } from './event-answers.schema';
import { OPENAPI_COMPONENTS } from './openapi-components';

export const csvCellErrorSchema = z
  .object({
    column: z.string().describe('The CSV column at fault, or `(row)` when no single column is'),
    message: z.string(),
  })
  .describe('A problem with one row, named by its column')
  .register(OPENAPI_COMPONENTS, { id: 'CsvCellError' }) satisfies z.ZodType<CsvCellError>;

export const csvRowReportSchema = z
  .object({
    row: z.int().min(1).describe('1-based number of the data row (the header line is not counted)'),
    id: z.string().nullable().describe("The row's event id; null when the row has none"),
    status: eventStatusSchema,
    acceptedAt: z.iso.datetime().optional().describe('When Kafka first acknowledged this id (accepted and duplicate)'),
    problems: z.array(csvCellErrorSchema),
  })
  .describe('The outcome of one data row')
  .register(OPENAPI_COMPONENTS, { id: 'CsvRowReport' });

export const csvImportReportSchema = z
  .object({ rows: z.array(csvRowReportSchema).describe('One per data row, in file order'), ...OUTCOME_COUNTS })
  .describe('The outcome of every row of an uploaded file; good rows are accepted even when others are refused')
  .register(OPENAPI_COMPONENTS, { id: 'CsvImportReport' });
