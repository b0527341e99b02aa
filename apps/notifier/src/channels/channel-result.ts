/** What one delivery attempt on a channel came to; senders say what happened instead of throwing. */
export type ChannelResult = { ok: true; detail: string } | { ok: false; error: string; httpStatus?: number | null };
