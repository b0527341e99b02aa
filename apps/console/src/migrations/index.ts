import { DirectoryTables1795340000000 } from './1795340000000-directory-tables';
import { DirectoryViewsV11795340000001 } from './1795340000001-directory-views-v1';
import { EnterpriseContactsV21797100000000 } from './1797100000000-enterprise-contacts-v2';
import { MediatorRosterV21797200000000 } from './1797200000000-mediator-roster-v2';
import { RegionPathsViewV11798000000000 } from './1798000000000-region-paths-view-v1';
import { StaffAuditLog1798100000000 } from './1798100000000-staff-audit-log';
import { StaffAccountStatusViewV11798300000000 } from './1798300000000-staff-account-status-view-v1';
import { EnterpriseContactsV2IndexLookups1798600000000 } from './1798600000000-enterprise-contacts-v2-index-lookups';
import { EnterpriseFactsViewV11798700000000 } from './1798700000000-enterprise-facts-view-v1';

/** In order; the bundle has no file system to glob, so every migration is listed here. */
export const DIRECTORY_MIGRATIONS = [DirectoryTables1795340000000, DirectoryViewsV11795340000001, EnterpriseContactsV21797100000000, MediatorRosterV21797200000000, RegionPathsViewV11798000000000, StaffAuditLog1798100000000, StaffAccountStatusViewV11798300000000, EnterpriseContactsV2IndexLookups1798600000000, EnterpriseFactsViewV11798700000000];
