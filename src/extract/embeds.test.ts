import { describe, expect, it } from 'vitest';
import { embedLine, embedPlatform } from './embeds.js';
import { parseTree, type El } from './tree.js';

const el = (html: string): El => parseTree(html).children[0] as El;

describe('embedded posts', () => {
  it('writes a tweet as "Name on X: “text”", without the emoji after the name, the handle or the date', () => {
    const tweet = el('<blockquote class="twitter-tweet"><p lang="en">Club statement <a href="https://t.co/x">pic.twitter.com/x</a></p>— Harbour FC ⚓ (@harbourfc) <a href="#">May 2, 2024</a></blockquote>');
    expect(embedPlatform(tweet)).toBe('X');
    expect(embedLine(tweet, 'X')).toBe('Harbour FC on X: “Club statement pic.twitter.com/x”');
  });

  it('reads the author of an Instagram post from its "shared by" line', () => {
    const post = el('<blockquote class="instagram-media"><div><p>Sunset over the bay</p><p>A post shared by Lena Ortiz (@lena.ortiz)</p></div></blockquote>');
    expect(embedLine(post, embedPlatform(post)!)).toBe('Lena Ortiz on Instagram: “Sunset over the bay”');
  });

  it('gives null for a post whose author cannot be read, and no platform for an ordinary quote', () => {
    expect(embedLine(el('<blockquote class="twitter-tweet"><p>Loading…</p></blockquote>'), 'X')).toBeNull();
    expect(embedPlatform(el('<blockquote><p>A quote</p></blockquote>'))).toBeNull();
  });
});
