import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/** Linux's USER_HZ: /proc reports CPU time in ticks of 1/100 s on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 1_000;

/** What the processes of one name used between two instants. */
export interface Usage {
  cpuSeconds: number;
  peakRssMb: number;
}

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields are counted after its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used so far, in seconds. */
export function cpuSecondsOf(pid: number): number {
  const stat = procStat(pid);
  if (!stat) throw new Error(`process ${pid} is gone`);
  return stat.ticks / TICKS_PER_SECOND;
}

/**
 * Resident memory without shared memory (VmRSS − RssShmem): Postgres backends all map the same
 * shared buffers, which VmRSS would count once per backend. For node processes the two are equal.
 */
function privateRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1] ?? 0);
    return (kb('VmRSS') - kb('RssShmem')) / 1024;
  } catch {
    return 0;
  }
}

function allProcesses(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => procStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== undefined);
}

/** The pid and all its descendants (ingest-api's HTTP workers are children of its primary). */
function tree(root: number, processes: readonly ProcStat[]): ProcStat[] {
  const members = processes.filter((p) => p.pid === root);
  for (let i = 0; i < members.length; i++) members.push(...processes.filter((p) => p.ppid === members[i].pid));
  return members;
}

interface Totals {
  ticks: Map<number, number>;
  rssMb: number;
}

/**
 * CPU time (utime + stime from /proc/<pid>/stat) and resident memory (from /proc/<pid>/status)
 * of named groups of processes, sampled once a second: each service with its children, the broker,
 * and whatever `extraPids` names at each sample (Postgres backends of the run's database). CPU
 * counts per pid from the first sample that saw it, so a process that appears later (a new
 * backend) counts from then; peak RSS is the highest sum of a group's processes at one sample.
 */
export class ProcessUsage {
  private readonly first = new Map<string, Totals>();
  private readonly last = new Map<string, Totals>();
  private readonly peakRss = new Map<string, number>();
  private running = true;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly roots: Record<string, number>,
    private readonly extraPids: () => Promise<Record<string, number[]>>,
  ) {}

  async start(): Promise<void> {
    await this.sample();
    this.loop = this.sampleEverySecond();
  }

  /** Stops sampling after one last sample; returns each group's usage since start. */
  async stop(): Promise<Record<string, Usage>> {
    this.running = false;
    await this.loop;
    await this.sample();
    const usage: Record<string, Usage> = {};
    for (const [name, last] of this.last) {
      const first = this.first.get(name)?.ticks ?? new Map<number, number>();
      let ticks = 0;
      for (const [pid, now] of last.ticks) ticks += now - (first.get(pid) ?? 0);
      usage[name] = { cpuSeconds: ticks / TICKS_PER_SECOND, peakRssMb: this.peakRss.get(name) ?? 0 };
    }
    return usage;
  }

  private async sampleEverySecond(): Promise<void> {
    while (this.running) {
      await delay(SAMPLE_MS);
      if (this.running) await this.sample();
    }
  }

  private async sample(): Promise<void> {
    const processes = allProcesses();
    const groups: Record<string, ProcStat[]> = {};
    for (const [name, pid] of Object.entries(this.roots)) groups[name] = tree(pid, processes);
    for (const [name, pids] of Object.entries(await this.extraPids())) groups[name] = processes.filter((p) => pids.includes(p.pid));
    for (const [name, members] of Object.entries(groups)) {
      const totals = { ticks: new Map(members.map((p) => [p.pid, p.ticks])), rssMb: members.reduce((n, p) => n + privateRssMb(p.pid), 0) };
      const first = this.first.get(name);
      if (!first) this.first.set(name, totals);
      // A process first seen now counts from now: its earlier CPU was not spent in the run.
      else for (const [pid, ticks] of totals.ticks) if (!first.ticks.has(pid)) first.ticks.set(pid, ticks);
      // A process gone since keeps what it used until its last sample.
      const previous = this.last.get(name);
      if (previous) for (const [pid, ticks] of previous.ticks) if (!totals.ticks.has(pid)) totals.ticks.set(pid, ticks);
      this.last.set(name, totals);
      this.peakRss.set(name, Math.max(this.peakRss.get(name) ?? 0, totals.rssMb));
    }
  }
}

/** CPU time of the whole machine (every process, ours or not) from /proc/stat's first line. */
export function machineCpu(): { busySeconds: number; totalSeconds: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busySeconds: busy / TICKS_PER_SECOND, totalSeconds: (busy + idle + iowait) / TICKS_PER_SECOND };
}
