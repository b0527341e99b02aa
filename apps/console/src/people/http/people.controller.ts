import { Body, Controller, Get, Post } from '@nestjs/common';
import { Roles } from '@concord/auth';
import type { PersonView } from '../person.view';
import { CreatePersonUseCase } from '../use-cases/create-person.use-case';
import { ListPeopleUseCase } from '../use-cases/list-people.use-case';
import { CreatePersonDto } from './create-person.dto';

@Roles('admin')
@Controller('v1/people')
export class PeopleController {
  constructor(
    private readonly createPerson: CreatePersonUseCase,
    private readonly listPeople: ListPeopleUseCase,
  ) {}

  @Post()
  create(@Body() body: CreatePersonDto): Promise<PersonView> {
    return this.createPerson.execute(body);
  }

  @Get()
  list(): Promise<PersonView[]> {
    return this.listPeople.execute();
  }
}
