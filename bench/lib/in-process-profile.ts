import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

/**
 * Runs `work` under V8's sampling profiler and writes `DIR/NAME.cpuprofile` (open it in Chrome's
 * DevTools or speedscope). For benches that run the code they measure in their own process,
 * where `--cpu-prof` would mix their phases into one profile. Without a directory it just runs.
 */
export async function profiled<T>(dir: string | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (dir === undefined) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  // A tenth of the default millisecond: a phase of 20 changed feeds is only a few hundred ms of CPU.
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}
