/** How many tasks may run at once, in all and per host. */
export interface Limits {
  /** Tasks running at once over all hosts. */
  overall: number;
  /** Tasks running at once against one host: kept low to be polite to the site. */
  perHost: number;
}

/** Runs a task for a host when both limits allow; resolves to the task's result. */
export type Limiter = <T>(host: string, task: () => Promise<T>) => Promise<T>;

/**
 * A queue that runs tasks in the order they were given, as soon as the overall limit and the limit
 * of their host allow. A task for a busy host does not hold up tasks for other hosts.
 * @example const limit = createLimiter({ overall: 4, perHost: 2 }); await limit('a.example', () => get(url))
 */
export function createLimiter(limits: Limits): Limiter {
  const overall = Math.max(1, limits.overall);
  const perHost = Math.max(1, limits.perHost);
  const running = new Map<string, number>();
  const waiting: { host: string; start: () => void }[] = [];
  let total = 0;

  const next = (): void => {
    for (let i = 0; i < waiting.length && total < overall; ) {
      const job = waiting[i]!;
      if ((running.get(job.host) ?? 0) >= perHost) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      total++;
      running.set(job.host, (running.get(job.host) ?? 0) + 1);
      job.start();
    }
  };

  return <T>(host: string, task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        task()
          .then(resolve, reject)
          .finally(() => {
            total--;
            running.set(host, (running.get(host) ?? 1) - 1);
            next();
          });
      };
      waiting.push({ host, start });
      next();
    });
}
