import { IdentityCipher } from './security/identity-cipher';

/** The complaint keys from the config, as one injectable: nothing else sees the raw secrets. */
export class ComplaintSecrets {
  constructor(
    readonly cipher: IdentityCipher,
    readonly pseudonymKey: string,
  ) {}
}
