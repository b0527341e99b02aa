/** Slots are whole multiples of the interval since the epoch: every instance computes the same ones. */
export function slotAtOrAfter(instant: Date, intervalMinutes: number): Date {
  const ms = intervalMinutes * 60_000;
  return new Date(Math.ceil(instant.getTime() / ms) * ms);
}

export function nextSlot(slot: Date, intervalMinutes: number): Date {
  return new Date(slot.getTime() + intervalMinutes * 60_000);
}

/** BullMQ job ids may not contain ':', so the slot's instant is written with '-' instead. */
export function slotJobId(slot: Date): string {
  return `reevaluate-${slot.toISOString().replace(/:/g, '-')}`;
}
