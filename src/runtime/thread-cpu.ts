import { readFileSync, readlinkSync } from "node:fs";

// Linux reports times in /proc in USER_HZ, which is 100 on every architecture it runs on.
const MS_PER_TICK = 10;

/**
 * The kernel's id of the calling thread, for `threadCpuMs` in another thread of this process;
 * null where there is no /proc (macOS, Windows).
 */
export function currentThreadId(): number | null {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>".
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    return Number.isInteger(tid) ? tid : null;
  } catch {
    return null;
  }
}

/**
 * CPU time (user and system) a thread of this process has used, in ms at 10 ms resolution.
 * Node 20 measures only the whole process, and a thread busy in a loop cannot measure itself.
 */
export function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // The command name in parentheses may hold spaces; the fields after it are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}
