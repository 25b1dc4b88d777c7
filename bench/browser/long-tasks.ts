/**
 * The main-thread tasks over 50 ms (the Long Tasks API) while some work runs in the
 * page: what a visitor feels as the page freezing.
 *
 *   const { value, longest, count } = await watchLongTasks(() => store.put(entry));
 */
export interface LongTasks {
  /** Duration of the longest task, in ms; 0 when none took over 50 ms. */
  longest: number;
  count: number;
  /** Sum of the part of each long task beyond 50 ms (Total Blocking Time). */
  blocking: number;
}

export function longTasksOf(entries: readonly PerformanceEntry[]): LongTasks {
  return {
    longest: Math.max(0, ...entries.map((entry) => entry.duration)),
    count: entries.length,
    blocking: entries.reduce((sum, entry) => sum + Math.max(0, entry.duration - 50), 0),
  };
}

export async function watchLongTasks<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number } & LongTasks> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  // A task already running when the observer starts is not reported: start the work in a fresh task.
  await new Promise((resume) => setTimeout(resume, 0));
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  // Entries are delivered after the task ends; give the observer a turn, then take the rest.
  await new Promise((resume) => setTimeout(resume, 50));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  return { value, ms, ...longTasksOf(entries.filter((entry) => entry.startTime >= started - 1)) };
}
