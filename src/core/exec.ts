import { spawn } from 'node:child_process';
import type { Masker } from './mask.js';
import { ExternalError } from './errors.js';
import type { CpuPriority } from './priority.js';

export interface ExecOptions {
  cwd?: string;
  /** Full environment for the child; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Kill the whole process group after this many ms. */
  timeoutMs?: number;
  /** Kill the whole process group when aborted (fail-fast, budgets). */
  signal?: AbortSignal;
  /**
   * Keep running when the run is cancelled: an undo in the cancellation grace period (the
   * deploy's rollback). Give it a short timeoutMs; `signal` still applies.
   */
  afterCancel?: boolean;
  input?: string | Buffer;
  /** Called with each complete, masked line of output as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Bytes of each stream kept in the result (head and tail); default 8 MiB. */
  maxOutputBytes?: number;
  masker?: Masker;
  /**
   * End when the command itself exits: if a background process it left still holds the output
   * pipes this many ms later, stop reading and resolve (`pipesHeld`) instead of waiting for it.
   */
  endWithLeaderMs?: number;
  /**
   * The CPU priority the command runs at (a lowered one: work that should only use what other
   * commands leave of the cores), which its owner may raise while it runs. Default: normal.
   */
  priority?: CpuPriority;
}

export interface ExecResult {
  argv: string[];
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  aborted: boolean;
  /** True when output past maxOutputBytes was dropped from the middle. */
  truncated: boolean;
  /** With `endWithLeaderMs`: the command exited but something it started still held its output. */
  pipesHeld?: boolean;
  durationMs: number;
}

export type ExecFn = (command: string, args: string[], options?: ExecOptions) => Promise<ExecResult>;

/** The command is not installed (ENOENT): callers turn it into a ConfigError with a fix. */
export class CommandNotFoundError extends ExternalError {
  override readonly name = 'CommandNotFoundError';
  constructor(readonly command: string) {
    super(`${command} not found`);
  }
}

const DEFAULT_MAX = 8 * 1024 * 1024;
/** Milliseconds on a monotonic clock (the `performance` global would load perf_hooks at every start). */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
const KILL_GRACE_MS = 2000;

/** Keeps the first and last `max/2` bytes of a stream. */
class Capture {
  private head: Buffer[] = [];
  private headLen = 0;
  private tail: Buffer[] = [];
  private tailLen = 0;
  truncated = false;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    const half = this.max / 2;
    if (this.headLen < half) {
      const take = chunk.subarray(0, half - this.headLen);
      this.head.push(take);
      this.headLen += take.length;
      chunk = chunk.subarray(take.length);
    }
    if (!chunk.length) return;
    this.tail.push(chunk);
    this.tailLen += chunk.length;
    while (this.tailLen > half && this.tail.length) {
      const over = this.tailLen - half;
      const first = this.tail[0];
      this.truncated = true;
      if (first.length <= over) {
        this.tail.shift();
        this.tailLen -= first.length;
      } else {
        this.tail[0] = first.subarray(over);
        this.tailLen -= over;
      }
    }
  }
  text(): string {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = Buffer.concat(this.tail).toString('utf8');
    return this.truncated ? `${head}\n… [output truncated by shipline] …\n${tail}` : head + tail;
  }
}

/** Splits a byte stream into lines for streaming, masking each. */
class LineSplitter {
  private rest = '';
  private readonly decoder = new TextDecoder('utf-8');
  constructor(private readonly emit: (line: string) => void) {}
  push(chunk: Buffer): void {
    const text = this.rest + this.decoder.decode(chunk, { stream: true });
    const lines = text.split(/\r?\n/);
    this.rest = lines.pop() ?? '';
    // Very long lines are flushed in pieces so a tool printing one huge line can't hold memory.
    if (this.rest.length > 64 * 1024) {
      lines.push(this.rest);
      this.rest = '';
    }
    for (const l of lines) this.emit(l);
  }
  end(): void {
    const last = this.rest + this.decoder.decode();
    if (last) this.emit(last);
    this.rest = '';
  }
}

/** Quote an argv for display only; commands are never run through a shell by this helper. */
export function formatCommand(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

function killGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Run a command with an argv array (never a shell string). The child leads its own process
 * group so a timeout or abort kills everything it started. Never throws on a non-zero exit;
 * throws CommandNotFoundError when the binary is missing.
 */
export const exec: ExecFn = (command, args, options = {}) => {
  const start = monotonicMs();
  const max = options.maxOutputBytes ?? DEFAULT_MAX;
  const mask = (s: string) => (options.masker ? options.masker.mask(s) : s);
  return new Promise<ExecResult>((resolve, reject) => {
    if (options.signal?.aborted) {
      resolve({
        argv: [command, ...args],
        exitCode: null,
        signal: 'SIGTERM',
        stdout: '',
        stderr: '',
        timedOut: false,
        aborted: true,
        truncated: false,
        durationMs: 0,
      });
      return;
    }
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: process.platform !== 'win32',
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    // Before its input ends, so a command that reads its input first already has its priority.
    const pid = child.pid;
    if (pid) options.priority?.attach(pid);
    const out = new Capture(max);
    const err = new Capture(max);
    const lineOut = options.onLine ? new LineSplitter((l) => options.onLine!(mask(l), 'stdout')) : undefined;
    const lineErr = options.onLine ? new LineSplitter((l) => options.onLine!(mask(l), 'stderr')) : undefined;
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const terminate = () => {
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          terminate();
        }, options.timeoutMs)
      : undefined;
    const onAbort = () => {
      aborted = true;
      terminate();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      lineOut?.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      err.push(c);
      lineErr?.push(c);
    });
    child.stdin.on('error', () => {
      /* the child may exit without reading its input */
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();

    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      if (pid) options.priority?.detach(pid);
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (e.code === 'ENOENT') reject(new CommandNotFoundError(command));
      else reject(e);
    });
    // 'close' waits for the pipes, which a grandchild may hold open; 'exit' plus the group
    // kill above bounds that.
    let pipesHeld = false;
    const finish = (code: number | null, sig: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (killTimer && !timedOut && !aborted) clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      lineOut?.end();
      lineErr?.end();
      resolve({
        argv: [command, ...args],
        exitCode: code,
        signal: sig,
        stdout: mask(out.text()),
        stderr: mask(err.text()),
        timedOut,
        aborted,
        truncated: out.truncated || err.truncated,
        durationMs: Math.round(monotonicMs() - start),
        ...(pipesHeld ? { pipesHeld } : {}),
      });
    };
    child.on('close', finish);
    child.on('exit', (code, sig) => {
      // Its pid may go to another process from now on.
      if (pid) options.priority?.detach(pid);
      // Kill leftovers of the group (background grandchildren holding our pipes) once the
      // leader is gone after a timeout or abort.
      if (timedOut || aborted) killGroup(child.pid, 'SIGKILL');
      if (options.endWithLeaderMs === undefined) return;
      const grace = setTimeout(() => {
        pipesHeld = true;
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code, sig);
      }, options.endWithLeaderMs);
      grace.unref();
      child.once('close', () => clearTimeout(grace));
    });
  });
};
