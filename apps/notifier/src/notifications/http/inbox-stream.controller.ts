import { Controller, type MessageEvent, Sse } from '@nestjs/common';
import { CurrentStaff, type StaffClaims } from '@concord/auth';
import type { Observable } from 'rxjs';
import { InboxEvents } from '../inbox-events';

@Controller('v1/me/inbox')
export class InboxStreamController {
  constructor(private readonly inbox: InboxEvents) {}

  /** Server-sent events: each in-app entry for the logged-in person as it is delivered. */
  @Sse('stream')
  stream(@CurrentStaff() staff: StaffClaims): Observable<MessageEvent> {
    return this.inbox.stream(staff.sub);
  }
}
