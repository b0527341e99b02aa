import type { MigrationInterface, QueryRunner } from 'typeorm';

const UP = [
  // Every recipient of a notice reads the same title and body: kept once with the notice instead
  // of once per inbox entry, which was most of what a notice wrote.
  `ALTER TABLE notices ADD COLUMN title text, ADD COLUMN body jsonb`,
  `UPDATE notices x SET title = f.title, body = f.body
     FROM (SELECT DISTINCT ON (notice_id) notice_id, title, body FROM notifications ORDER BY notice_id, created_at) f
    WHERE x.id = f.notice_id`,
  // A delivered notice of an earlier version whose audience was empty has no entry to take content from.
  `UPDATE notices SET title = '', body = '{}' WHERE outcome = 'delivered' AND body IS NULL`,
  `ALTER TABLE notices ADD CONSTRAINT notices_content_when_delivered CHECK (outcome <> 'delivered' OR (title IS NOT NULL AND body IS NOT NULL))`,
  `ALTER TABLE notifications DROP COLUMN title, DROP COLUMN body`,
];

const DOWN = [
  `ALTER TABLE notifications ADD COLUMN title text, ADD COLUMN body jsonb`,
  `UPDATE notifications n SET title = x.title, body = x.body FROM notices x WHERE x.id = n.notice_id`,
  `ALTER TABLE notifications ALTER COLUMN title SET NOT NULL, ALTER COLUMN body SET NOT NULL`,
  `ALTER TABLE notices DROP CONSTRAINT notices_content_when_delivered, DROP COLUMN body, DROP COLUMN title`,
];

/** A notice's title and body live on the notice, shared by its inbox entries (notifications). */
export class NoticeContent1798400000000 implements MigrationInterface {
  name = 'NoticeContent1798400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
