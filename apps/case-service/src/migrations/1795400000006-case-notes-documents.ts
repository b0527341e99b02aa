import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Largest stored document: 5 MiB, checked by the service first (413) and by the table. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const UP = [
  // Cases staff open by hand (e.g. from a worker's complaint) have no alert; these say where they came from.
  `ALTER TABLE cases ADD COLUMN opened_by text`,
  `ALTER TABLE cases ADD COLUMN summary text CHECK (char_length(summary) <= 2000)`,
  `ALTER TABLE cases ADD COLUMN source_complaint_id text`,
  `ALTER TABLE cases ADD COLUMN idempotency_key text`,
  // A retried POST /v1/cases with the same Idempotency-Key (per staff member) finds the case it opened.
  `CREATE UNIQUE INDEX cases_open_request ON cases (opened_by, idempotency_key) WHERE idempotency_key IS NOT NULL`,
  `CREATE TABLE case_notes (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     case_id uuid NOT NULL REFERENCES cases (id),
     author text NOT NULL,
     body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
     created_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  `CREATE INDEX case_notes_case ON case_notes (case_id, created_at)`,
  // No object store runs beside this service, so the bytes live in Postgres (bytea, TOASTed);
  // the size limit keeps that reasonable. Moving them out later only changes where content is read.
  `CREATE TABLE case_documents (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     case_id uuid NOT NULL REFERENCES cases (id),
     uploaded_by text NOT NULL,
     file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
     media_type text NOT NULL,
     size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND ${MAX_DOCUMENT_BYTES}),
     sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
     content bytea NOT NULL CHECK (octet_length(content) = size_bytes),
     created_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  `CREATE INDEX case_documents_case ON case_documents (case_id, created_at)`,
];

const DOWN = [
  `DROP TABLE case_documents`,
  `DROP TABLE case_notes`,
  `DROP INDEX cases_open_request`,
  `ALTER TABLE cases DROP COLUMN idempotency_key`,
  `ALTER TABLE cases DROP COLUMN source_complaint_id`,
  `ALTER TABLE cases DROP COLUMN summary`,
  `ALTER TABLE cases DROP COLUMN opened_by`,
];

/** Cases opened by staff (who, why, from which complaint, request key), and each case's notes and documents. */
export class CaseNotesDocuments1795400000006 implements MigrationInterface {
  name = 'CaseNotesDocuments1795400000006';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
