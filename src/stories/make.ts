import { createClusterer, type ClusterInput, type Clusterer, type ClustererState } from '../cluster/index.js';
import type { Store, StoryAssignment } from '../store/types.js';

/** Where the clusterer's checkpoint is kept: its state and the last assignment it includes. */
const CHECKPOINT = 'clusterer-checkpoint';

/** A checkpoint is written once this many assignments were made since the last one, and when an ingest ends. */
export const CHECKPOINT_EVERY = 5000;

interface Checkpoint {
  assigned: number;
  state: ClustererState;
}

/** What making stories did. */
export interface MadeStories {
  /** Articles put into stories. */
  assigned: number;
  /** Stories they started. */
  newStories: number;
}

/**
 * One process's view of the clusterer. The store is the truth: assignments are recorded in order,
 * and a process catches up by replaying those made since it last looked (by another worker, or
 * before a checkpoint it loaded), so every process clusters from the same state.
 */
export interface StoryMaker {
  /**
   * Puts the stored batches into stories, in the order of their numbers, up to the first batch
   * still queued. Call inside a transaction holding the ingest lock. `cache` holds articles this
   * process has at hand, to spare reading them back.
   */
  run(tx: Store, cache?: Map<string, ClusterInput>): Promise<MadeStories>;
  /** Writes a checkpoint if assignments were made since the last one (`force`) or many were. */
  checkpoint(tx: Store, force?: boolean): Promise<void>;
}

/** A story maker for one process; it loads the checkpoint on first use. */
export function storyMaker(): StoryMaker {
  let clusterer: Clusterer | null = null;
  let known = 0;
  let saved = 0;

  async function catchUp(tx: Store): Promise<Clusterer> {
    if (!clusterer) {
      const point = await tx.getState<Checkpoint>(CHECKPOINT);
      clusterer = point?.state?.version === 1 ? createClusterer({}, point.state) : createClusterer();
      known = saved = point?.state?.version === 1 ? point.assigned : 0;
    }
    for (let done = await tx.assignmentsSince(known); done.length; done = await tx.assignmentsSince(known)) {
      const articles = new Map((await tx.getArticles(done.map((d) => d.article))).map((a) => [a.id, a]));
      for (const d of done) {
        const a = articles.get(d.article);
        if (a) clusterer.place(toInput(a), d.story, d.score);
        known = d.seq;
      }
    }
    return clusterer;
  }

  return {
    async run(tx, cache) {
      const c = await catchUp(tx);
      const made: MadeStories = { assigned: 0, newStories: 0 };
      for (let batch = await tx.nextBatch(); batch && batch.state === 'stored'; batch = await tx.nextBatch()) {
        const ids = await tx.batchArticles(batch.n);
        const missing = ids.filter((id) => !cache?.has(id));
        const read = new Map((await tx.getArticles(missing)).map((a) => [a.id, toInput(a)]));
        const assignments: StoryAssignment[] = [];
        for (const id of ids) {
          const a = cache?.get(id) ?? read.get(id);
          if (!a) continue;
          const placed = c.add(a);
          made.assigned++;
          if (placed.isNew) made.newStories++;
          assignments.push({ article: id, story: placed.story, score: placed.score, title: placed.isNew ? (a.title ?? headline(a.text)) : undefined });
        }
        if (assignments.length) known = await tx.assign(assignments);
        await tx.setBatch(batch.n, 'clustered');
      }
      return made;
    },
    async checkpoint(tx, force = false) {
      if (!clusterer || known === saved || (!force && known - saved < CHECKPOINT_EVERY)) return;
      await tx.putState(CHECKPOINT, { assigned: known, state: clusterer.state() } satisfies Checkpoint);
      saved = known;
    },
  };
}

function toInput(a: { id: string; title: string | null; text: string; date: string | null; outlet: string }): ClusterInput {
  return { id: a.id, title: a.title, text: a.text, date: a.date, outlet: a.outlet };
}

/** A title for an untitled article: its first line, cut to a headline's length at a word. */
export function headline(text: string): string {
  const line = text.trim().split('\n')[0].replace(/\s+/g, ' ');
  if (line.length <= 90) return line;
  return `${line.slice(0, line.lastIndexOf(' ', 90))}…`;
}
