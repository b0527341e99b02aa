-- Test stand-in for the console's directory schema: flat tables behind the published views, with
-- exactly the views' column names and types. Only the views are the contract; the tables here are
-- whatever makes seeding a test easy. The end-to-end suite runs against the real views.
CREATE SCHEMA directory;

CREATE TABLE directory.fixture_enterprises (
  enterprise_id uuid PRIMARY KEY,
  name text NOT NULL,
  registered_code text NOT NULL,
  region_id uuid NOT NULL,
  region_path uuid[] NOT NULL,
  industry text NOT NULL,
  headcount integer NOT NULL,
  group_id uuid,
  liaison_person_id uuid NOT NULL,
  jurisdiction text NOT NULL DEFAULT 'CN');

CREATE TABLE directory.fixture_contacts (
  enterprise_id uuid NOT NULL,
  person_id uuid NOT NULL,
  role text NOT NULL,
  name text NOT NULL,
  email text,
  phone text,
  language text NOT NULL DEFAULT 'zh-CN',
  PRIMARY KEY (enterprise_id, person_id, role));

CREATE TABLE directory.fixture_mediators (
  mediator_id uuid PRIMARY KEY,
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  unavailable boolean NOT NULL DEFAULT false,
  tiers text[] NOT NULL,
  region_ids uuid[] NOT NULL,
  languages text[] NOT NULL,
  expertise text[] NOT NULL DEFAULT '{}',
  industries text[] NOT NULL DEFAULT '{}',
  capacity integer NOT NULL,
  conflict_enterprise_ids uuid[] NOT NULL DEFAULT '{}',
  affiliation text,
  employment_history jsonb NOT NULL DEFAULT '[]',
  email text,
  phone text,
  language text NOT NULL DEFAULT 'zh-CN');

CREATE TABLE directory.fixture_api_keys (
  key_id uuid PRIMARY KEY,
  enterprise_id uuid NOT NULL,
  key_hash text NOT NULL,
  active boolean NOT NULL DEFAULT true);

CREATE VIEW directory.enterprise_profile_v1 AS
  SELECT enterprise_id, name, registered_code, region_id, region_path, industry, headcount, group_id, liaison_person_id, jurisdiction
    FROM directory.fixture_enterprises;

CREATE VIEW directory.enterprise_facts_v1 AS
  SELECT enterprise_id, name, registered_code, region_id, industry, headcount, group_id, liaison_person_id, jurisdiction
    FROM directory.fixture_enterprises;

CREATE VIEW directory.enterprise_contacts_v1 AS
  SELECT enterprise_id, person_id, role, name, email, language
    FROM directory.fixture_contacts;

CREATE VIEW directory.enterprise_contacts_v2 AS
  SELECT enterprise_id, person_id, role, name, email, phone, language
    FROM directory.fixture_contacts;

CREATE VIEW directory.mediator_roster_v1 AS
  SELECT mediator_id, name, active, unavailable, tiers, region_ids, languages, expertise, industries, capacity, conflict_enterprise_ids
    FROM directory.fixture_mediators;

CREATE VIEW directory.mediator_roster_v2 AS
  SELECT mediator_id, name, active, unavailable, tiers, region_ids, languages, expertise, industries, capacity, conflict_enterprise_ids,
         affiliation, employment_history, email, phone, language
    FROM directory.fixture_mediators;

CREATE VIEW directory.api_key_credentials_v1 AS
  SELECT key_id, enterprise_id, key_hash, active
    FROM directory.fixture_api_keys;

-- Every region on a fixture enterprise's path, named after its id and tiered by its depth.
CREATE VIEW directory.region_paths_v1 AS
  SELECT DISTINCT ON (prefix.path[cardinality(prefix.path)])
         prefix.path[cardinality(prefix.path)] AS region_id,
         prefix.path[cardinality(prefix.path) - 1] AS parent_id,
         prefix.path[cardinality(prefix.path)]::text AS name,
         (ARRAY['county', 'street', 'community'])[LEAST(cardinality(prefix.path), 3)] AS tier,
         prefix.path
    FROM (SELECT e.region_path[1:n] AS path
            FROM directory.fixture_enterprises e, generate_series(1, cardinality(e.region_path)) AS n) prefix;

-- Staff accounts the guard must refuse; a test marks one disabled, every other token's account is in good standing.
CREATE TABLE directory.fixture_staff_accounts (
  account_id uuid PRIMARY KEY,
  disabled boolean NOT NULL DEFAULT false);

CREATE VIEW directory.staff_account_status_v1 AS
  SELECT account_id, disabled
    FROM directory.fixture_staff_accounts;
