/** Keys of a kubeconfig-like secret whose values are names, not secrets. */
const PLAIN_KEYS = new Set([
  'name',
  'namespace',
  'cluster',
  'user',
  'context',
  'current-context',
  'kind',
  'apiVersion',
  'preferences',
]);
/** Keys whose values are credentials however short they are. */
const SECRET_KEYS =
  /^(token|password|secret|client-key-data|client-certificate-data|certificate-authority-data|refresh-token|id-token|access-token)$/i;

/**
 * Replaces registered secrets with `***` in anything about to be printed.
 * Multi-line secrets (kubeconfigs, keys) are also masked line by line, as the runner does.
 */
export class Masker {
  private readonly secrets = new Set<string>();
  private readonly listeners: Array<(secret: string) => void> = [];

  /** Called for each newly added secret piece (the action logger emits `::add-mask::`). */
  onAdd(listener: (secret: string) => void): void {
    this.listeners.push(listener);
    for (const s of this.secrets) listener(s);
  }

  add(secret: string | undefined): void {
    if (!secret) return;
    const pieces = new Set<string>([secret.trim()]);
    for (const line of secret.split(/\r?\n/)) {
      // The value of a `key: value` line (a kubeconfig's token, server, certificate data)
      // leaks on its own when a tool prints it in another shape. Bare keys and short values
      // (`cluster:`, `kind: Config`) are not secret, and masking them would garble logs.
      const kv = /^\s*-?\s*([\w.-]+):(?:\s+(\S.*))?$/.exec(line);
      if (kv) {
        // Quotes and a trailing comment are YAML, not part of the value that may leak.
        const value = (kv[2] ?? '')
          .replace(/\s+#.*$/, '')
          .trim()
          .replace(/^(["'])(.*)\1$/, '$2');
        if (SECRET_KEYS.test(kv[1]) || (value.length >= 8 && !PLAIN_KEYS.has(kv[1]))) pieces.add(value);
      } else if (line.trim().length >= 4) pieces.add(line.trim());
    }
    // URL-encoded and base64 forms leak just as well (basic auth headers, query strings).
    pieces.add(encodeURIComponent(secret));
    pieces.add(Buffer.from(secret).toString('base64'));
    for (const p of pieces) {
      if (p.length < 3 || this.secrets.has(p)) continue;
      this.secrets.add(p);
      for (const l of this.listeners) l(p);
    }
  }

  get size(): number {
    return this.secrets.size;
  }

  mask(text: string): string {
    if (this.secrets.size === 0 || !text) return text;
    let out = text;
    // Longest first, so a secret containing another is replaced whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(s)) out = out.split(s).join('***');
    }
    return out;
  }
}
