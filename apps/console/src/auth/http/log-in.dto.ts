import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const logInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export class LogInDto extends createZodDto(logInSchema) {}
