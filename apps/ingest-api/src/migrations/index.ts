import { CreateIngestSchema1795500000000 } from './1795500000000-create-ingest-schema';
import { CreateComplaintTables1795600000000 } from './1795600000000-create-complaint-tables';
import { CreateApiKeyUsage1795700000000 } from './1795700000000-create-api-key-usage';

/** Listed explicitly: the webpack bundle cannot glob a folder at run time. */
export const INGEST_MIGRATIONS = [CreateIngestSchema1795500000000, CreateComplaintTables1795600000000, CreateApiKeyUsage1795700000000];
