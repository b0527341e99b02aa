/**
 * Thrown by a handler when retrying cannot help (the message is valid but can never be applied):
 * the consumer dead-letters it at once instead of retrying.
 */
export class PermanentFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentFailure';
  }
}
