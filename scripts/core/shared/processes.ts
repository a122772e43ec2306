// Waiting without an event loop, and telling whether a process of this machine still runs: what
// the store's lock and the hooks' short waits share.

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread for `ms` (hooks wait for a file another process writes, in a few ms). */
export function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Whether a process with this pid runs on this machine (EPERM: it runs, as somebody else). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
