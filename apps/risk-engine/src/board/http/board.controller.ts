import { Controller, Get, Query } from '@nestjs/common';
import { CurrentStaff, type StaffClaims } from '@concord/auth';
import { createZodDto } from 'nestjs-zod';
import { boardQuery } from '../board-query';
import { type Board, GetBoardUseCase } from '../use-cases/get-board.use-case';

class BoardQueryDto extends createZodDto(boardQuery) {}

/** The console's risk board: any staff token; what it shows is decided by the token's scope. */
@Controller('v1/board')
export class BoardController {
  constructor(private readonly board: GetBoardUseCase) {}

  @Get()
  get(@CurrentStaff() staff: StaffClaims, @Query() query: BoardQueryDto): Promise<Board> {
    return this.board.execute(staff, query);
  }
}
