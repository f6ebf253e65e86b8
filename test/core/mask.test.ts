import { describe, expect, it } from 'vitest';
import { Masker } from '../../src/core/mask.js';
import { ActionsLogger, TerminalLogger } from '../../src/core/logger.js';

describe('Masker', () => {
  it('masks a secret, its URL-encoded and base64 forms, and each line of a multi-line secret', () => {
    const m = new Masker();
    const kubeconfig =
      'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: QUJDREVGRw==\n    server: https://k8s.example:6443\nusers:\n- user:\n    token: s3cr3t-t0k3n-value';
    m.add(kubeconfig);
    m.add('p@ss word/x');
    const out = m.mask(
      `server https://k8s.example:6443 token: s3cr3t-t0k3n-value; url ${encodeURIComponent('p@ss word/x')}; basic ${Buffer.from('p@ss word/x').toString('base64')}`,
    );
    expect(out).not.toContain('s3cr3t');
    expect(out).not.toContain('k8s.example');
    expect(out).not.toContain(encodeURIComponent('p@ss word/x'));
    expect(out).not.toContain(Buffer.from('p@ss word/x').toString('base64'));
  });

  it('ignores empty and tiny values (masking "a" would destroy the log)', () => {
    const m = new Masker();
    m.add('');
    m.add(undefined);
    m.add('ab');
    expect(m.mask('a b ab')).toBe('a b ab');
  });

  it('loggers mask everything they print, and the action logger registers ::add-mask:: first', () => {
    const m = new Masker();
    const out: string[] = [];
    const log = new ActionsLogger(m, { out: (s) => out.push(s), err: (s) => out.push(s) });
    log.setSecret('hooks.slack.com/services/T000/B000/XXXX');
    log.error('POST https://hooks.slack.com/services/T000/B000/XXXX failed', { file: 'a.ts', line: 3 });
    expect(out[0]).toMatch(/^::add-mask::/);
    expect(out.slice(1).join('')).not.toContain('T000/B000');
    expect(out.at(-1)).toBe('::error file=a.ts,line=3::POST https://*** failed\n');
    const term: string[] = [];
    new TerminalLogger(m, { out: (s) => term.push(s), err: (s) => term.push(s) }).info(
      'to hooks.slack.com/services/T000/B000/XXXX',
    );
    expect(term.join('')).toBe('to ***\n');
  });
});
