import { createHmac } from 'node:crypto';

export interface ComplainantContact {
  name?: string;
  phone?: string;
  email?: string;
}

/**
 * The one identifier of a contact used to link complaints: the phone (digits only) when given,
 * else the e-mail (lower case), else the name (Unicode-normalised, case and spacing folded).
 * Undefined when the contact holds nothing usable.
 */
export function normalisedContact(contact: ComplainantContact): string | undefined {
  const phone = contact.phone?.replace(/\D/g, '');
  if (phone) return `phone:${phone}`;
  const email = contact.email?.trim().toLowerCase();
  if (email) return `email:${email}`;
  const name = contact.name?.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (name) return `name:${name}`;
  return undefined;
}

/**
 * A keyed hash (HMAC-SHA256) of the normalised contact: the same person gets the same pseudonym,
 * so repeat complaints can be linked, while nobody without the key can test a guess of who it is.
 */
export function complainantPseudonym(key: string, contact: ComplainantContact): string | undefined {
  const normalised = normalisedContact(contact);
  return normalised === undefined ? undefined : `hmac1:${createHmac('sha256', key).update(normalised, 'utf8').digest('hex')}`;
}
