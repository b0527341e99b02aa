import { Injectable } from '@nestjs/common';
import { type CsvSpec, HR_CSV_SPECS, type HrEvent, type HrEventType } from '@concord/contracts';
import type { z } from 'zod';
import type { KeyOwner } from '../../auth/api-key.verifier';
import { type EventResult, type EventStatus, AcceptEventsUseCase } from '../../events/use-cases/accept-events.use-case';
import type { csvImportReportSchema, csvRowReportSchema } from '../../openapi/csv-import-report.schema';
import { readCsvRows } from '../csv-rows';
import { problemColumns } from '../problem-columns';

export type CsvRowReport = z.infer<typeof csvRowReportSchema>;
export type CsvImportReport = z.infer<typeof csvImportReportSchema>;

/**
 * Turns the rows of an uploaded CSV file into events of one type, for the key's own enterprise,
 * and hands every row that converts to the event pipeline in ONE call, so a file is judged like a
 * batch: good rows are accepted (one Kafka send), bad rows reported by column.
 */
@Injectable()
export class ImportCsvUseCase {
  constructor(private readonly acceptEvents: AcceptEventsUseCase) {}

  async execute(type: HrEventType, text: string, owner: KeyOwner): Promise<CsvImportReport> {
    const spec = HR_CSV_SPECS[type];
    const records = readCsvRows(text, spec.header);
    const source = `csv/${owner.keyId}`;
    const reports: CsvRowReport[] = [];
    const events: HrEvent[] = [];
    /** For each event handed to the pipeline, the index of its row. */
    const rowOfEvent: number[] = [];
    records.forEach((record, index) => {
      const converted = spec.toEvent(record, owner.enterpriseId, source);
      if (converted.ok) {
        rowOfEvent.push(index);
        events.push(converted.event);
      }
      const id = converted.ok ? converted.event.id : record.id || null;
      reports.push({ row: index + 1, id, status: 'rejected', problems: converted.ok ? [] : converted.errors });
    });
    if (events.length > 0) {
      const outcome = await this.acceptEvents.execute(events, owner);
      for (const result of outcome.results) reports[rowOfEvent[result.index]] = rowReport(rowOfEvent[result.index] + 1, result, spec);
    }
    const count = (status: EventStatus) => reports.filter((r) => r.status === status).length;
    return { rows: reports, accepted: count('accepted'), duplicates: count('duplicate'), rejected: count('rejected'), conflicts: count('conflict') };
  }
}

function rowReport(row: number, result: EventResult, spec: CsvSpec): CsvRowReport {
  const report: CsvRowReport = { row, id: result.id, status: result.status, problems: problemColumns(result, spec) };
  if (result.acceptedAt) report.acceptedAt = result.acceptedAt;
  return report;
}
