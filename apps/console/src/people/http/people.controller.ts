import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import type { PersonView } from '../person.view';
import { CreatePersonUseCase } from '../use-cases/create-person.use-case';
import { ListPeopleUseCase } from '../use-cases/list-people.use-case';
import { SetAccountStatusUseCase } from '../use-cases/set-account-status.use-case';
import { AccountStatusDto } from './account-status.dto';
import { CreatePersonDto } from './create-person.dto';

@Roles('admin')
@Controller('v1/people')
export class PeopleController {
  constructor(
    private readonly createPerson: CreatePersonUseCase,
    private readonly listPeople: ListPeopleUseCase,
    private readonly setAccountStatus: SetAccountStatusUseCase,
  ) {}

  @Post()
  create(@Body() body: CreatePersonDto): Promise<PersonView> {
    return this.createPerson.execute(body);
  }

  @Get()
  list(): Promise<PersonView[]> {
    return this.listPeople.execute();
  }

  /** Disables or re-enables the person's console account (audited like every staff change). */
  @Put(':id/account/status')
  setStatus(@Param('id', ParseUUIDPipe) id: string, @Body() body: AccountStatusDto, @CurrentStaff() staff: StaffClaims): Promise<PersonView> {
    return this.setAccountStatus.execute(id, body.disabled, staff.sub);
  }
}
