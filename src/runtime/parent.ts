const CHECK_EVERY_MS = 1000;

/**
 * Calls `gone` once the process that started this one has exited. Node cannot ask the kernel
 * for a signal on the parent's death, so this checks whether the parent still exists, once a
 * second, without keeping the process alive.
 */
export function onParentExit(gone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (isAlive(parent)) return;
    clearInterval(timer);
    gone();
  }, CHECK_EVERY_MS);
  timer.unref();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, only under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
