import { CommandNotFoundError, formatCommand, type ExecResult } from '../core/exec.js';
import type { ToolContext } from '../core/tool.js';
import { ExternalError } from '../core/errors.js';

/** The apply a deploy makes (server-side, shipline's field manager); a dry run prints the same. */
export const APPLY = ['apply', '--server-side', '--field-manager=shipline', '--force-conflicts', '--validate=false'];

/** kubectl failed: `line` is its own one-line message (e.g. `Error from server (NotFound): …`). */
export class KubectlError extends ExternalError {
  override readonly name = 'KubectlError';
  constructor(
    readonly line: string,
    readonly result: ExecResult,
  ) {
    super(line);
  }
  get notFound(): boolean {
    return /\(NotFound\)|not found/i.test(this.line);
  }
}

export class KubectlMissingError extends ExternalError {
  override readonly name = 'KubectlMissingError';
}

/** The last meaningful line kubectl printed on stderr (its error), or a fallback. */
export function kubectlErrorLine(r: Pick<ExecResult, 'stderr' | 'stdout' | 'exitCode' | 'timedOut'>): string {
  if (r.timedOut) return 'kubectl timed out';
  const lines = r.stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^[IW]\d{4} /.test(l) && !l.startsWith('Usage:'));
  const err = lines.filter((l) => /^(error|Error from server)/i.test(l) || /^E\d{4} /.test(l));
  const pick = (err.length ? err[err.length - 1] : lines[lines.length - 1]) ?? r.stdout.trim().split('\n').pop() ?? '';
  // klog prefixes ("E1121 13:07:53.1 123 memcache.go:265] ") carry nothing for the reader.
  return (
    pick.replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] /, '').replace(/^error: /, '') ||
    `kubectl exited with code ${r.exitCode}`
  );
}

export interface KubectlConfig {
  kubeconfigPath?: string;
  context?: string;
  namespace?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Don't repeat this command in the debug log. */
  quiet?: boolean;
  /** Run even after the run is cancelled (an undo in the grace period); bounded by timeoutMs. */
  afterCancel?: boolean;
  /** Standard input (`-f -`). */
  input?: string;
}

/** Every kubectl call of the deploy: argv arrays through ctx.exec, never a shell. */
export class Kubectl {
  constructor(
    private readonly ctx: ToolContext,
    private readonly config: KubectlConfig,
  ) {}

  /** The same kubectl, in another namespace (a manifest's own metadata.namespace). */
  inNamespace(namespace: string | undefined): Kubectl {
    return namespace && namespace !== this.config.namespace
      ? new Kubectl(this.ctx, { ...this.config, namespace })
      : this;
  }

  /** The global flags every call carries. */
  get globals(): string[] {
    const g: string[] = [];
    if (this.config.kubeconfigPath) g.push('--kubeconfig', this.config.kubeconfigPath);
    if (this.config.context) g.push('--context', this.config.context);
    if (this.config.namespace) g.push('--namespace', this.config.namespace);
    return g;
  }

  /** How a command reads in the log: the kubeconfig path is a temp file, shown by its role. */
  display(args: string[]): string {
    const g = this.globals.map((a) => (a === this.config.kubeconfigPath ? '$RUNNER_TEMP/kubeconfig' : a));
    return formatCommand(['kubectl', ...g, ...args]);
  }

  async run(args: string[], opts: CallOptions = {}): Promise<ExecResult> {
    if (!opts.quiet) this.ctx.logger.debug(this.display(args));
    try {
      return await this.ctx.exec('kubectl', [...this.globals, '--request-timeout=30s', ...args], {
        env: this.ctx.env,
        timeoutMs: opts.timeoutMs ?? 60_000,
        signal: opts.signal,
        afterCancel: opts.afterCancel,
        input: opts.input,
        maxOutputBytes: 16 * 1024 * 1024,
      });
    } catch (e) {
      if (e instanceof CommandNotFoundError)
        throw new KubectlMissingError(
          'kubectl is not installed on this runner (not found on PATH); install it first, e.g. with azure/setup-kubectl',
        );
      throw e;
    }
  }

  /** Run and return stdout; a non-zero exit throws KubectlError with kubectl's own message. */
  async text(args: string[], opts: CallOptions = {}): Promise<string> {
    const r = await this.run(args, opts);
    if (r.exitCode !== 0) throw new KubectlError(kubectlErrorLine(r), r);
    return r.stdout;
  }

  /**
   * `kubectl proxy` on an ephemeral loopback port, for reaching Services through the API
   * server's service proxy with the run's own credentials; stopped by aborting `signal`.
   */
  async proxy(signal: AbortSignal): Promise<string> {
    let found: (url: string) => void = () => undefined;
    const url = new Promise<string>((resolve) => (found = resolve));
    const running = this.ctx
      .exec('kubectl', [...this.globals, 'proxy', '--port=0', '--address=127.0.0.1'], {
        env: this.ctx.env,
        signal,
        timeoutMs: 30 * 60_000,
        onLine: (line) => {
          const m = /Starting to serve on ([\d.]+:\d+)/.exec(line);
          if (m) found(`http://${m[1]}`);
        },
      })
      .then((r) => {
        if (!signal.aborted) throw new KubectlError(kubectlErrorLine(r), r);
        return '';
      });
    const first = await Promise.race([url, running]);
    if (!first) throw new Error('kubectl proxy stopped before it served');
    return first;
  }

  async json<T = unknown>(args: string[], opts: CallOptions = {}): Promise<T> {
    const out = await this.text([...args, '-o', 'json'], opts);
    try {
      return JSON.parse(out) as T;
    } catch {
      throw new Error(`kubectl ${args.join(' ')} printed something that is not JSON: ${out.slice(0, 200)}`);
    }
  }
}
