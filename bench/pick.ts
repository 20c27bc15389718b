import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** An AllSides article as the benchmark needs it. */
export interface AllsidesArticle {
  id: string;
  outlet: string;
  title: string;
  date: string;
  topic: string;
  text: string;
}

/** A benchmark story: `n` articles of one topic from distinct outlets, dated as close together as possible. */
export interface PickedStory {
  topic: string;
  from: string;
  to: string;
  articles: AllsidesArticle[];
}

/** Reads the gzip JSON Lines file, keeping articles with an ISO date and at least `minChars` of text. */
export async function readAllsides(file: string, minChars = 500): Promise<AllsidesArticle[]> {
  const out: AllsidesArticle[] = [];
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as Partial<AllsidesArticle>;
    if (!o.id || !o.outlet || !o.topic || !o.text || !/^\d{4}-\d{2}-\d{2}$/.test(o.date ?? '') || o.text.length < minChars) continue;
    out.push({ id: o.id, outlet: o.outlet, title: o.title ?? '', date: o.date!, topic: o.topic, text: o.text });
  }
  return out;
}

const day = (iso: string): number => Date.parse(iso) / 86_400_000;

/**
 * Deterministically picks `n` articles of one topic from distinct outlets whose dates are closest
 * together: for every topic and start date, take the next articles in date order (one per outlet)
 * until `n`, and keep the window with the smallest span (ties: topic name, then start date).
 */
export function pickStory(articles: AllsidesArticle[], n: number): PickedStory | null {
  const byTopic = new Map<string, AllsidesArticle[]>();
  for (const a of articles) {
    if (!byTopic.has(a.topic)) byTopic.set(a.topic, []);
    byTopic.get(a.topic)!.push(a);
  }
  let best: { span: number; story: PickedStory } | null = null;
  for (const topic of [...byTopic.keys()].sort()) {
    const list = byTopic.get(topic)!.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && list[i].date === list[i - 1].date) continue;
      const outlets = new Set<string>();
      const picked: AllsidesArticle[] = [];
      for (let j = i; j < list.length && picked.length < n; j++) {
        if (outlets.has(list[j].outlet)) continue;
        outlets.add(list[j].outlet);
        picked.push(list[j]);
      }
      if (picked.length < n) break;
      const span = day(picked[n - 1].date) - day(picked[0].date);
      if (!best || span < best.span) best = { span, story: { topic, from: picked[0].date, to: picked[n - 1].date, articles: picked } };
    }
  }
  return best?.story ?? null;
}
