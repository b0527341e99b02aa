import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class EnterpriseParamsDto extends createZodDto(z.object({ id: z.uuid() })) {}
