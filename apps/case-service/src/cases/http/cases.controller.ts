import { Body, Controller, Get, Headers, Param, Post, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import { ZodValidationPipe } from 'nestjs-zod';
import { type CaseDocumentView, AddCaseDocumentUseCase } from '../use-cases/add-case-document.use-case';
import { type CaseNoteView, AddCaseNoteUseCase } from '../use-cases/add-case-note.use-case';
import { type AppliedTransition, ApplyCaseTransitionUseCase } from '../use-cases/apply-case-transition.use-case';
import { GetCaseDocumentUseCase } from '../use-cases/get-case-document.use-case';
import { type CaseView, GetCaseUseCase } from '../use-cases/get-case.use-case';
import { type CaseSummaryView, ListCasesUseCase } from '../use-cases/list-cases.use-case';
import { type OpenedByStaff, OpenCaseByStaffUseCase } from '../use-cases/open-case-by-staff.use-case';
import { CASE_ACTORS, CASE_READERS } from '../case-access.policy';
import { CaseDocumentBody, CaseDocumentParams, CaseNoteBody } from './case-file.dto';
import { CaseTransitionRefusedFilter } from './case-transition-refused.filter';
import { type CaseTransitionCommand, caseTransitionCommand } from './case-transition.dto';
import { CaseParams, CasesQuery } from './cases.dto';
import { OpenCaseBody, idempotencyKeyOf } from './open-case.dto';

/**
 * Cases for the roles with duties on them; every read and command is also checked against the
 * caller's scope (see case-access.policy): lists omit what is out of scope, one case answers 403.
 */
@Controller('v1/cases')
@Roles(...CASE_READERS)
export class CasesController {
  constructor(
    private readonly listCases: ListCasesUseCase,
    private readonly getCase: GetCaseUseCase,
    private readonly openCaseByStaff: OpenCaseByStaffUseCase,
    private readonly applyCaseTransition: ApplyCaseTransitionUseCase,
    private readonly addCaseNote: AddCaseNoteUseCase,
    private readonly addCaseDocument: AddCaseDocumentUseCase,
    private readonly getCaseDocument: GetCaseDocumentUseCase,
  ) {}

  @Get()
  list(@Query() query: CasesQuery, @CurrentStaff() staff: StaffClaims): Promise<{ items: CaseSummaryView[] }> {
    return this.listCases.execute(query, staff);
  }

  /**
   * Opens a case by hand (e.g. from a worker's complaint): 201 with the case id and its assignment.
   * A retry with the same `Idempotency-Key` answers with the case the first request opened (`replayed`).
   */
  @Post()
  @Roles('admin', 'federation_staff')
  open(@Body() body: OpenCaseBody, @Headers('idempotency-key') key: string | undefined, @CurrentStaff() staff: StaffClaims): Promise<OpenedByStaff> {
    return this.openCaseByStaff.execute(body, staff, idempotencyKeyOf(key));
  }

  @Get(':id')
  get(@Param() params: CaseParams, @CurrentStaff() staff: StaffClaims): Promise<CaseView> {
    return this.getCase.execute(params.id, staff);
  }

  /** One case-workflow command: 201 with the transition, 409 with the workflow's code when refused. */
  @Post(':id/transitions')
  @Roles(...CASE_ACTORS)
  @UseFilters(CaseTransitionRefusedFilter)
  transition(
    @Param() params: CaseParams,
    // A union has no DTO class for the global pipe to read, so the body names its schema here.
    @Body(new ZodValidationPipe(caseTransitionCommand)) command: CaseTransitionCommand,
    @CurrentStaff() staff: StaffClaims,
  ): Promise<AppliedTransition> {
    return this.applyCaseTransition.execute(params.id, command, staff);
  }

  /** Staff or the case's own mediators. */
  @Post(':id/notes')
  @Roles(...CASE_ACTORS)
  addNote(@Param() params: CaseParams, @Body() note: CaseNoteBody, @CurrentStaff() staff: StaffClaims): Promise<CaseNoteView> {
    return this.addCaseNote.execute(params.id, note.body, staff);
  }

  /** Staff or the case's own mediators; JSON with the bytes base64 in `content`, at most 5 MiB decoded (413). */
  @Post(':id/documents')
  @Roles(...CASE_ACTORS)
  addDocument(@Param() params: CaseParams, @Body() document: CaseDocumentBody, @CurrentStaff() staff: StaffClaims): Promise<CaseDocumentView> {
    return this.addCaseDocument.execute(params.id, document, staff);
  }

  /** The document's bytes with its media type, as an attachment. */
  @Get(':id/documents/:docId')
  async document(@Param() params: CaseDocumentParams, @CurrentStaff() staff: StaffClaims): Promise<StreamableFile> {
    const file = await this.getCaseDocument.execute(params.id, params.docId, staff);
    return new StreamableFile(file.content, {
      type: file.mediaType,
      length: file.content.length,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    });
  }
}
