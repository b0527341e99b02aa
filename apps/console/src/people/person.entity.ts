import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonLanguage } from './person-language';

@Entity({ name: 'people' })
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Lowercased; unique when set. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text' })
  language!: PersonLanguage;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
