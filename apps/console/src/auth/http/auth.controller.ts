import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { CurrentStaff, type StaffClaims } from '@concord/auth';
import { Public } from '@concord/platform';
import type { Request } from 'express';
import { GetMeUseCase, type Me } from '../use-cases/get-me.use-case';
import { LogInUseCase, type Session } from '../use-cases/log-in.use-case';
import { LogInDto } from './log-in.dto';

@Controller('v1')
export class AuthController {
  constructor(
    private readonly logIn: LogInUseCase,
    private readonly getMe: GetMeUseCase,
  ) {}

  /** Rate-limited per email and per client address (failures only); 429 with Retry-After. */
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  login(@Body() body: LogInDto, @Req() req: Request): Promise<Session> {
    return this.logIn.execute(body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
  }

  @Get('me')
  me(@CurrentStaff() staff: StaffClaims): Promise<Me> {
    return this.getMe.execute(staff);
  }
}
