import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from './decode.js';

const FRENCH = 'Le président a déclaré à la presse que l’accord était « très important » pour l’économie française et ses régions.';
const GERMAN = 'Der Präsident sagte, die Gespräche über die Waffenruhe würden nächste Woche in München fortgesetzt.';
const RUSSIAN = 'Президент заявил журналистам, что переговоры о перемирии продолжатся на следующей неделе в столице.';

function text(result: ReturnType<typeof decodeBytes>): string {
  if ('skipped' in result) throw new Error(`skipped: ${result.skipped.reason}`);
  return result.text;
}

describe('decodeBytes', () => {
  it('skips an empty or blank file with INPUT_EMPTY naming the file', () => {
    for (const bytes of [new Uint8Array(0), Buffer.from(' \n\t\n')]) {
      const result = decodeBytes(bytes, 'empty.txt');
      expect(result).toMatchObject({ skipped: { code: 'INPUT_EMPTY', file: 'empty.txt' } });
    }
  });

  it('skips binary data: NUL bytes, or mostly control characters', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeBytes(png, 'img.png')).toMatchObject({ skipped: { code: 'INPUT_BINARY', file: 'img.png', severity: 'error' } });
    const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x02 : 0x41)));
    expect(looksBinary(controls)).toBe(true);
    expect(looksBinary(Buffer.from('plain\ttext\r\nwith\fbreaks'))).toBe(false);
  });

  it('reads UTF-8 as is, with no message, and drops a byte-order mark', () => {
    const result = decodeBytes(Buffer.from(`\uFEFF${FRENCH}`, 'utf8'), 'a.txt');
    expect(result).toEqual({ text: FRENCH, messages: [] });
  });

  it('reads UTF-16 with a byte-order mark although it holds NUL bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GERMAN, 'utf16le')]);
    expect(text(decodeBytes(bytes, 'a.txt'))).toBe(GERMAN);
  });

  it.each([
    ['windows-1252', FRENCH],
    ['ISO-8859-1', GERMAN],
    ['windows-1251', RUSSIAN],
  ])('reads a %s file right and says the encoding was guessed', (encoding, original) => {
    const result = decodeBytes(iconv.encode(original, encoding), 'old.txt');
    expect(text(result)).toBe(original);
    expect(result).toMatchObject({ messages: [{ code: 'ENCODING_GUESSED', file: 'old.txt' }] });
  });

  it('reads windows-1252 curly quotes and dashes in 0x80–0x9F, not as control characters', () => {
    const original = 'The mayor said: “It’s over” – and left the café. The council’s statement followed an hour later.';
    expect(text(decodeBytes(iconv.encode(original, 'windows-1252'), 'quotes.txt'))).toBe(original);
  });
});

describe('decodeBytes on pages', () => {
  it('reads a non-UTF-8 page in the charset it declares', () => {
    const page = `<html><head><meta charset="windows-1251"></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = decodeBytes(iconv.encode(page, 'windows-1251'), 'ru.html');
    expect(text(result)).toBe(page);
    expect(result).toMatchObject({ messages: [{ reason: 'ru.html is not valid UTF-8; read it as windows-1251 (as the page declares)' }] });
  });

  it('ignores a declared UTF-8 that the bytes belie, and guesses instead', () => {
    const page = `<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><p>${FRENCH}</p>`;
    expect(text(decodeBytes(iconv.encode(page, 'windows-1252'), 'fr.html'))).toBe(page);
  });
});

describe('decodeBytes with a server charset', () => {
  it('reads bytes in the charset of the Content-Type header, as info, before the page and a guess', () => {
    const page = `<html><head><meta charset="iso-8859-1"></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = decodeBytes(iconv.encode(page, 'windows-1251'), 'https://ru.example/', { charset: 'windows-1251' });
    expect(text(result)).toBe(page);
    expect(result).toMatchObject({ messages: [{ severity: 'info', reason: 'https://ru.example/ is not valid UTF-8; read it as windows-1251 (as the server declares)' }] });
  });

  it('reads ISO-8859-1 and US-ASCII labels as windows-1252, and valid UTF-8 as UTF-8 whatever the header says', () => {
    const quotes = 'The mayor said: “It’s over” – and left.';
    expect(text(decodeBytes(iconv.encode(quotes, 'windows-1252'), 'a', { charset: 'ISO-8859-1' }))).toBe(quotes);
    expect(text(decodeBytes(iconv.encode(quotes, 'windows-1252'), 'a', { charset: 'us-ascii' }))).toBe(quotes);
    expect(decodeBytes(Buffer.from(FRENCH, 'utf8'), 'a', { charset: 'iso-8859-1' })).toEqual({ text: FRENCH, messages: [] });
  });

  it('reads the encoding an XML prolog declares (a feed)', () => {
    const feed = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`;
    expect(text(decodeBytes(iconv.encode(feed, 'windows-1251'), 'ru.rss'))).toBe(feed);
  });
});
