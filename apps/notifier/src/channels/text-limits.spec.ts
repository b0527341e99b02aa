import { truncateCharacters, truncateUtf8Bytes } from './text-limits';

describe('text limits', () => {
  it('leaves text within the limit alone', () => {
    expect(truncateCharacters('hello', 5)).toBe('hello');
    expect(truncateUtf8Bytes('预警', 6)).toBe('预警');
  });

  it('cuts to the character limit, ellipsis included', () => {
    expect(truncateCharacters('abcdefgh', 5)).toBe('abcd…');
    expect(truncateCharacters('abcdefgh', 5)).toHaveLength(5);
  });

  it('never splits a character outside the BMP', () => {
    expect(truncateCharacters('😀😀😀', 2)).toBe('😀…');
  });

  it('cuts to the byte limit on a character boundary, ellipsis included', () => {
    // 预 and 警 are 3 bytes each, the ellipsis 3: 10 bytes leave room for two characters.
    const cut = truncateUtf8Bytes('预警预警预警', 10);
    expect(cut).toBe('预警…');
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(10);
  });
});
