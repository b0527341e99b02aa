import { ApiKey } from './api-keys/api-key.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { EnterpriseContact } from './enterprises/enterprise-contact.entity';
import { Enterprise } from './enterprises/enterprise.entity';
import { Mediator } from './mediators/mediator.entity';
import { Person } from './people/person.entity';
import { StaffAccount } from './people/staff-account.entity';
import { RegionContact } from './regions/region-contact.entity';
import { Region } from './regions/region.entity';

export const DIRECTORY_SCHEMA = 'directory';

/** Every table of the `directory` schema, for the app's data source and the seed's. */
export const DIRECTORY_ENTITIES = [Region, RegionContact, Person, StaffAccount, Enterprise, EnterpriseContact, Mediator, ApiKey, AuditEntry];
