import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory: the three-tier region tree, people and their staff accounts, enterprises with
 * their consultation committees, region-level contacts, the mediator roster and API keys.
 *
 * Tier nesting (county → street → community) and "an enterprise sits in a community" are enforced
 * by the database itself: each row carries the tier it expects of its parent (region) or of its
 * region (enterprise), and a composite foreign key onto regions (id, tier) makes that claim true.
 */
export class DirectoryTables1795340000000 implements MigrationInterface {
  name = 'DirectoryTables1795340000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const UP = [
  `CREATE TABLE directory.regions (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     name text NOT NULL CHECK (btrim(name) <> ''),
     tier text NOT NULL CHECK (tier IN ('county', 'street', 'community')),
     parent_id uuid,
     parent_tier text,
     created_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT regions_id_tier_key UNIQUE (id, tier),
     CONSTRAINT regions_sibling_name_key UNIQUE NULLS NOT DISTINCT (parent_id, name),
     CONSTRAINT regions_parent_fkey FOREIGN KEY (parent_id, parent_tier) REFERENCES directory.regions (id, tier),
     CONSTRAINT regions_tier_nesting CHECK (
       (tier = 'county' AND parent_id IS NULL AND parent_tier IS NULL)
       OR (tier = 'street' AND parent_id IS NOT NULL AND parent_tier = 'county')
       OR (tier = 'community' AND parent_id IS NOT NULL AND parent_tier = 'street')))`,
  `CREATE INDEX regions_parent_idx ON directory.regions (parent_id)`,

  `CREATE TABLE directory.people (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     name text NOT NULL CHECK (btrim(name) <> ''),
     email text CHECK (email = lower(email)),
     phone text,
     language text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en')),
     created_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT people_email_key UNIQUE (email))`,

  `CREATE TABLE directory.enterprises (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     name text NOT NULL CHECK (btrim(name) <> ''),
     registered_code text NOT NULL,
     region_id uuid NOT NULL,
     region_tier text NOT NULL DEFAULT 'community' CHECK (region_tier = 'community'),
     industry text NOT NULL,
     headcount integer NOT NULL CHECK (headcount > 0),
     group_id uuid,
     liaison_person_id uuid NOT NULL REFERENCES directory.people (id),
     jurisdiction text NOT NULL DEFAULT 'CN',
     created_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT enterprises_registered_code_key UNIQUE (registered_code),
     CONSTRAINT enterprises_region_fkey FOREIGN KEY (region_id, region_tier) REFERENCES directory.regions (id, tier))`,
  `CREATE INDEX enterprises_region_idx ON directory.enterprises (region_id)`,
  `CREATE INDEX enterprises_group_idx ON directory.enterprises (group_id) WHERE group_id IS NOT NULL`,

  `CREATE TABLE directory.staff_accounts (
     person_id uuid PRIMARY KEY REFERENCES directory.people (id) ON DELETE CASCADE,
     email text NOT NULL CHECK (email = lower(email)),
     password_hash text NOT NULL,
     roles text[] NOT NULL CHECK (cardinality(roles) > 0),
     region_id uuid REFERENCES directory.regions (id),
     enterprise_id uuid REFERENCES directory.enterprises (id),
     disabled boolean NOT NULL DEFAULT false,
     created_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT staff_accounts_email_key UNIQUE (email))`,

  `CREATE TABLE directory.enterprise_contacts (
     enterprise_id uuid NOT NULL REFERENCES directory.enterprises (id) ON DELETE CASCADE,
     person_id uuid NOT NULL REFERENCES directory.people (id),
     role text NOT NULL CHECK (role IN ('committee_management', 'committee_union', 'committee_employee', 'grassroots_union_chair')),
     created_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (enterprise_id, person_id, role))`,

  `CREATE TABLE directory.region_contacts (
     region_id uuid NOT NULL REFERENCES directory.regions (id) ON DELETE CASCADE,
     person_id uuid NOT NULL REFERENCES directory.people (id),
     role text NOT NULL CHECK (role IN ('street_union', 'county_federation', 'labor_inspection_liaison', 'mediation_centre', 'federation_leadership')),
     created_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (region_id, person_id, role))`,

  `CREATE TABLE directory.mediators (
     person_id uuid PRIMARY KEY REFERENCES directory.people (id),
     active boolean NOT NULL DEFAULT true,
     unavailable boolean NOT NULL DEFAULT false,
     tiers text[] NOT NULL CHECK (cardinality(tiers) > 0 AND tiers <@ ARRAY['enterprise', 'street', 'county']),
     region_ids uuid[] NOT NULL DEFAULT '{}',
     languages text[] NOT NULL DEFAULT '{}',
     expertise text[] NOT NULL DEFAULT '{}',
     industries text[] NOT NULL DEFAULT '{}',
     capacity integer NOT NULL CHECK (capacity >= 0),
     conflict_enterprise_ids uuid[] NOT NULL DEFAULT '{}',
     created_at timestamptz NOT NULL DEFAULT now())`,

  `CREATE TABLE directory.api_keys (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     enterprise_id uuid NOT NULL REFERENCES directory.enterprises (id) ON DELETE CASCADE,
     key_hash text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
     key_prefix text NOT NULL,
     label text NOT NULL DEFAULT '',
     created_at timestamptz NOT NULL DEFAULT now(),
     created_by uuid REFERENCES directory.people (id),
     revoked_at timestamptz,
     -- Set when the key is rotated: the old key keeps working until then (the grace period).
     expires_at timestamptz,
     CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash))`,
  `CREATE INDEX api_keys_enterprise_idx ON directory.api_keys (enterprise_id)`,
];

const DOWN = [
  `DROP TABLE directory.api_keys`,
  `DROP TABLE directory.mediators`,
  `DROP TABLE directory.region_contacts`,
  `DROP TABLE directory.enterprise_contacts`,
  `DROP TABLE directory.staff_accounts`,
  `DROP TABLE directory.enterprises`,
  `DROP TABLE directory.people`,
  `DROP TABLE directory.regions`,
];
