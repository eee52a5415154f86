import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A benchmark process: its pid for /proc, what it printed after READY, and a way to end it. */
export interface Child {
  pid: number;
  ready: string;
  stop(): Promise<void>;
}

/** Starts bench/gateways/<file> under tsx with `env` added, and waits (at most `timeoutMs`) for its "READY …" line. */
export function startChild(file: string, env: Record<string, string>, timeoutMs = 180_000): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))], {
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4_000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${file} was not ready within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    let out = '';
    const onData = (c: Buffer) => {
      out += c.toString();
      const line = /^READY (.*)$/m.exec(out);
      if (!line) return;
      clearTimeout(timer);
      // What it prints after (the hub's request log lines) is read and dropped, never kept.
      child.stdout!.off('data', onData).resume();
      resolve({
        pid: child.pid!,
        ready: line[1],
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (${code}) before it was ready: ${stderr}`));
    });
  });
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU time a process has used so far (user + system), in milliseconds, from /proc/<pid>/stat. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime 14 and stime 15 (proc(5)).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** A process's resident memory now, in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kib ?? 0) / 1024);
}

/** Samples a process's RSS every 100 ms until stopped; returns the highest seen. */
export function watchRss(pid: number): () => number {
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 100);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMiB(pid));
  };
}
