import { CONTACT_ROLES, isValidClockTime, isValidTimeZone } from '@concord/routing';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const interrupting = z.array(z.enum(['email', 'sms'])).max(2);

export class RegionParams extends createZodDto(z.object({ regionId: z.uuid() })) {}
export class PersonParams extends createZodDto(z.object({ personId: z.uuid() })) {}
export class EndpointParams extends createZodDto(z.object({ endpointId: z.uuid() })) {}

/** Every role's lowest level; a role left out keeps its default. */
export class RoutingTableBody extends createZodDto(
  z.object({ minLevelByRole: z.partialRecord(z.enum(CONTACT_ROLES), z.enum(['BLUE', 'YELLOW', 'ORANGE', 'RED'])) }),
) {}

export class PreferencesBody extends createZodDto(
  z.object({
    channelsByLevel: z.object({ BLUE: interrupting, YELLOW: interrupting, ORANGE: interrupting, RED: interrupting }).partial(),
    quietHours: z
      .object({
        start: z.string().refine(isValidClockTime, 'must be a clock time HH:MM'),
        end: z.string().refine(isValidClockTime, 'must be a clock time HH:MM'),
        timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone, e.g. Asia/Shanghai'),
      })
      .nullable(),
  }),
) {}

export class WebhookEndpointBody extends createZodDto(
  z.object({
    regionId: z.uuid(),
    url: z.url({ protocol: /^https?$/, message: 'must be an http or https URL' }),
    format: z.enum(['json', 'markdown']),
    secret: z.string().min(16, 'must be at least 16 characters'),
  }),
) {}
