import { Controller, ForbiddenException, Get, Header, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, StaffAccess } from '@concord/auth';
import { Public } from '@concord/platform';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AckLinks } from '../ack-links';
import { type Acknowledgement, AcknowledgeThreadUseCase } from '../use-cases/acknowledge-thread.use-case';

class ThreadParams extends createZodDto(z.object({ threadId: z.uuid() })) {}
class AckTokenParams extends createZodDto(z.object({ token: z.string().min(10).max(1_000) })) {}

@Controller('v1')
export class AcknowledgementsController {
  constructor(
    private readonly acknowledge: AcknowledgeThreadUseCase,
    private readonly ackLinks: AckLinks,
    private readonly access: StaffAccess,
    private readonly dataSource: DataSource,
  ) {}

  /** From the console or the API, as the logged-in staff member, for a thread of an enterprise in scope. */
  @Post('threads/:threadId/acknowledge')
  @Roles('admin', 'federation_staff')
  async fromConsole(@Param() params: ThreadParams, @CurrentStaff() staff: StaffClaims): Promise<Acknowledgement> {
    const [thread] = await this.dataSource.query<{ enterprise_id: string }[]>(`SELECT enterprise_id FROM threads WHERE id = $1`, [params.threadId]);
    if (!thread) throw new NotFoundException(`no notification thread ${params.threadId}`);
    await this.access.assertEnterprise(staff, thread.enterprise_id);
    return this.acknowledge.execute(params.threadId, `staff:${staff.sub}`);
  }

  /**
   * The signed link in a message opens a confirmation page: a GET must not acknowledge, since
   * mail scanners and chat link previews fetch every link they see.
   */
  @Public()
  @Get('ack/:token')
  @Header('content-type', 'text/html; charset=utf-8')
  confirmPage(@Param() params: AckTokenParams): string {
    if (!this.ackLinks.verify(params.token, new Date())) throw new ForbiddenException('this acknowledge link is not valid or has expired');
    return `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Concord</title>
<form method="post"><p>确认已收到此预警并负责跟进？ / Acknowledge this alert and take it on?</p><button type="submit">确认 / Acknowledge</button></form>`;
  }

  /** Acknowledges from the signed link: no login, the link is the credential (see AckLinks). */
  @Public()
  @Post('ack/:token')
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async fromLink(@Param() params: AckTokenParams): Promise<string> {
    const grant = this.ackLinks.verify(params.token, new Date());
    if (!grant) throw new ForbiddenException('this acknowledge link is not valid or has expired');
    const result = await this.acknowledge.execute(grant.threadId, grant.personId ? `link:${grant.personId}` : 'link:group-chat');
    return result.first ? 'Acknowledged. 已确认。' : 'Already acknowledged. 已有人确认。';
  }
}
