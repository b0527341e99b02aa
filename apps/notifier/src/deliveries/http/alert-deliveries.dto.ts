import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class AlertParams extends createZodDto(z.object({ alertId: z.uuid() })) {}
