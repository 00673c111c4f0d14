// Collects benchmark rows and prints them as one Markdown table at the end of a file's run.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Row {
  benchmark: string;
  measure: string;
  value: string;
  goal: string;
}

const rows: Row[] = [];

export const record = (row: Row) => rows.push(row);

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** Prints the table and appends it to the run's report file (see web-test-runner.bench.config.mjs). */
export async function flush(title: string) {
  const table = [`### ${title}`, '', '| benchmark | measure | value | goal |', '| --- | --- | ---: | --- |', ...rows.map((r) => `| ${r.benchmark} | ${r.measure} | ${r.value} | ${r.goal} |`), ''].join('\n');
  console.log(`\n${table}`);
  await executeServerCommand('bench-report', table);
  rows.length = 0;
}

/** Records every main-thread task over 50 ms (the Long Tasks API) until stopped; returns the longest. */
export function watchLongTasks() {
  let longest = 0;
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longest = Math.max(longest, entry.duration);
      count++;
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    observer.disconnect();
    return { longest, count };
  };
}

/** Resolves after the next frame is painted. */
export const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
