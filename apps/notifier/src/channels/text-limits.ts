const ELLIPSIS = '…';

/** Cuts `text` to at most `maxCharacters` code points, ending with an ellipsis when it was cut. */
export function truncateCharacters(text: string, maxCharacters: number): string {
  // Code points, not UTF-16 units, so a character outside the BMP is never split in half.
  const characters = Array.from(text);
  if (characters.length <= maxCharacters) return text;
  return characters.slice(0, maxCharacters - 1).join('') + ELLIPSIS;
}

/** Cuts `text` to at most `maxBytes` bytes of UTF-8, ending with an ellipsis when it was cut. */
export function truncateUtf8Bytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(ELLIPSIS, 'utf8');
  let kept = '';
  let used = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character, 'utf8');
    if (used + size > budget) break;
    kept += character;
    used += size;
  }
  return kept + ELLIPSIS;
}
