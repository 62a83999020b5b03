import { readFileSync } from 'node:fs';

/**
 * Who owns a lock or a stage folder: a process id and a time. The process id alone is not enough:
 * after a crash or a reboot the same number can belong to an unrelated process, and a build would
 * wait for it (30 minutes) or keep its leftovers forever. The owner still runs only if a process
 * with that id exists *and* started before the time the owner wrote.
 */
export interface Owner {
  pid: number;
  /** When the owner wrote this record (ms since the epoch); its process started before. */
  time: number;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Start time of a process (ms since the epoch) from Linux's /proc, or undefined elsewhere.
 * /proc/<pid>/stat gives it in clock ticks after boot (USER_HZ, 100 on every Linux build Node runs
 * on), /proc/stat the boot time in whole seconds: the result is exact to about a second.
 */
export function processStartedAt(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(btime)) return undefined;
    return btime * 1000 + (ticks / 100) * 1000;
  } catch {
    return undefined;
  }
}

/** Does the recorded owner still run? (A live process that started after the record is another one.) */
export function ownerRuns(owner: Owner): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || !alive(owner.pid)) return false;
  const started = processStartedAt(owner.pid);
  // 1 s of slack: the boot time in /proc/stat is in whole seconds.
  return started === undefined || started <= owner.time + 1000;
}

export function readOwner(path: string): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>;
    return typeof o.pid === 'number' && typeof o.time === 'number' ? { pid: o.pid, time: o.time } : undefined;
  } catch {
    return undefined;
  }
}

export function ownRecord(): string {
  return JSON.stringify({ pid: process.pid, time: Date.now() } satisfies Owner);
}
