import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** GitHub rejects a step summary over 1 MiB; stay under it with room for the truncation note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export type Cell = string | number;

/** Escape text for a Markdown table cell. */
export function cell(value: Cell): string {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Builds the Markdown of a job summary. Pure: writing is done by a SummarySink. */
export class Summary {
  private readonly parts: string[] = [];

  heading(text: string, level = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }
  paragraph(text: string): this {
    this.parts.push(`${text}\n`);
    return this;
  }
  raw(markdown: string): this {
    this.parts.push(markdown.endsWith('\n') ? markdown : markdown + '\n');
    return this;
  }
  list(items: string[]): this {
    if (items.length) this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
    return this;
  }
  table(header: string[], rows: Cell[][]): this {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
    this.parts.push(lines.join('\n') + '\n');
    return this;
  }
  code(text: string, lang = ''): this {
    const fence = text.includes('```') ? '````' : '```';
    this.parts.push(`${fence}${lang}\n${text}\n${fence}\n`);
    return this;
  }
  details(summary: string, body: string): this {
    this.parts.push(`<details><summary>${summary}</summary>\n\n${body}\n\n</details>\n`);
    return this;
  }
  get isEmpty(): boolean {
    return this.parts.length === 0;
  }
  toString(): string {
    return this.parts.join('\n');
  }
}

/** Cut markdown to `limit` UTF-8 bytes on a line boundary, saying what was cut. */
export function truncateMarkdown(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes <= limit) return markdown;
  let cut = Buffer.from(markdown, 'utf8').subarray(0, limit).toString('utf8');
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const dropped = bytes - Buffer.byteLength(cut, 'utf8');
  return `${cut}\n\n> ✂️ summary truncated: ${dropped} bytes cut to stay under GitHub's 1 MiB step-summary limit; the full data is in the tool's report file.\n`;
}

export interface SummarySink {
  /** Where the summary went, for the log (a path, or 'terminal'). */
  readonly target: string;
  write(markdown: string): void;
}

/** Appends to GITHUB_STEP_SUMMARY (or any file), masked and capped. */
export function fileSummarySink(path: string, mask: (s: string) => string = (s) => s, append = true): SummarySink {
  return {
    target: path,
    write(markdown) {
      mkdirSync(dirname(path), { recursive: true });
      const text = truncateMarkdown(mask(markdown)) + '\n';
      if (append) appendFileSync(path, text, 'utf8');
      else writeFileSync(path, text, 'utf8');
    },
  };
}

/** For the CLI with no summary file: the Markdown goes to the terminal. */
export function terminalSummarySink(write: (s: string) => void, mask: (s: string) => string = (s) => s): SummarySink {
  return {
    target: 'terminal',
    write(markdown) {
      write(truncateMarkdown(mask(markdown)) + '\n');
    },
  };
}

/** Choose the sink: GITHUB_STEP_SUMMARY under a runner, else an explicit file, else the terminal. */
export function chooseSummarySink(
  env: NodeJS.ProcessEnv,
  file: string | undefined,
  mask: (s: string) => string,
  write: (s: string) => void,
): SummarySink {
  if (file) return fileSummarySink(file, mask, true);
  if (env.GITHUB_STEP_SUMMARY) return fileSummarySink(env.GITHUB_STEP_SUMMARY, mask, true);
  return terminalSummarySink(write, mask);
}
