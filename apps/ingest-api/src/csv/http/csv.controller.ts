import { Body, Controller, Get, HttpCode, Param, Post, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse } from '@nestjs/swagger';
import { HR_CSV_SPECS, type HrEventType, csvTemplate, isHrEventType } from '@concord/contracts';
import { DomainError } from '@concord/platform';
import type { AuthenticatedRequest } from '../../auth/api-key.guard';
import { ApiErrorResponses } from '../../openapi/api-error-responses.decorator';
import { csvImportReportSchema } from '../../openapi/csv-import-report.schema';
import { componentRef } from '../../openapi/openapi-components';
import { RateLimitGuard } from '../../rate-limit/rate-limit.guard';
import { type CsvImportReport, ImportCsvUseCase } from '../use-cases/import-csv.use-case';

/**
 * CSV intake for HR departments without an integration. Both routes need the enterprise API key
 * (the global ApiKeyGuard) and spend the key's rate budget, like the JSON intake.
 */
@Controller('v1/csv')
@UseGuards(RateLimitGuard)
@ApiBearerAuth()
@ApiErrorResponses(401, 404, 429, 503)
export class CsvController {
  constructor(private readonly importCsv: ImportCsvUseCase) {}

  /** The header line and one example row of the type, as a file to fill in. */
  @Get('templates/:type')
  @ApiOkResponse({ description: 'The template file', content: { 'text/csv': { schema: { type: 'string' } } } })
  template(@Param('type') type: string): StreamableFile {
    const known = knownType(type);
    return new StreamableFile(Buffer.from(csvTemplate(known), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename=${known}.csv`,
    });
  }

  /** Always 200 once the file is read: each row's outcome is in `rows` (like the batch endpoint). */
  @Post(':type')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'The CSV file: the header line of the type\'s template, then up to 1,000 data rows' } })
  @ApiOkResponse({ description: 'The file was read: the outcome of each row', schema: componentRef(csvImportReportSchema) })
  @ApiErrorResponses(400, 413, 415)
  upload(@Param('type') type: string, @Body() body: unknown, @Req() request: AuthenticatedRequest): Promise<CsvImportReport> {
    const known = knownType(type);
    if (typeof body !== 'string') throw new DomainError('unsupported_media_type', 'Send the CSV file as the request body with content-type: text/csv');
    return this.importCsv.execute(known, body, request.keyOwner);
  }
}

function knownType(type: string): HrEventType {
  if (isHrEventType(type)) return type;
  throw new DomainError('not_found', `Unknown event type '${type}'; known types: ${Object.keys(HR_CSV_SPECS).join(', ')}`);
}
