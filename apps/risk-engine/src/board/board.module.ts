import { Module } from '@nestjs/common';
import { BoardController } from './http/board.controller';
import { GetBoardUseCase } from './use-cases/get-board.use-case';

/** The risk board: current levels, their trend and today's changes, per the caller's scope. */
@Module({ controllers: [BoardController], providers: [GetBoardUseCase] })
export class BoardModule {}
