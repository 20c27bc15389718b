import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../ingest/decode.js';
import { extractArticle } from './index.js';

/** The path an HTML file takes: bytes decoded by ingest (BOM, `<meta charset>`, guess), then extracted. */
function extractBytes(bytes: Uint8Array): { text: string; reasons: string[] } {
  const decoded = decodeBytes(bytes, 'page.html');
  if ('skipped' in decoded) throw new Error(decoded.skipped.reason);
  return { text: extractArticle(decoded.text, 'page.html').input.text ?? '', reasons: decoded.messages.map((m) => m.reason) };
}

const page = (head: string, body: string): string => `<html><head>${head}<title>T</title></head><body><article>${body}</article></body></html>`;
const russian = '<p>Городской совет в понедельник утвердил строительство нового пешеходного моста через реку, завершив спор, который длился четыре года.</p>';
const french = "<p>Le conseil municipal a approuvé lundi la construction d'une passerelle au-dessus de la rivière, après quatre années de débats.</p>";

describe('HTML in legacy encodings', () => {
  it('reads a windows-1251 page by its <meta charset>', () => {
    const { text, reasons } = extractBytes(iconv.encode(page('<meta charset="windows-1251">', russian), 'windows-1251'));
    expect(text).toMatch(/^Городской совет в понедельник утвердил/);
    expect(reasons).toEqual(['page.html is not valid UTF-8; read it as windows-1251 (as the page declares)']);
  });

  it('reads an ISO-8859-1 page declared by http-equiv, as its windows-1252 superset', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">';
    const { text, reasons } = extractBytes(iconv.encode(page(head, french), 'latin1'));
    expect(text).toMatch(/a approuvé lundi la construction d'une passerelle au-dessus de la rivière/);
    expect(reasons[0]).toContain('windows-1252');
  });

  it('reads a UTF-16 page by its byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', russian), 'utf-16le')]);
    expect(extractBytes(bytes).text).toMatch(/^Городской совет/);
  });
});
