// One place for input and output names: each tool's spec (src/<tool>/tool.ts), and one list of
// tools: the registry (src/tools.ts). This script writes every actions/<id>/action.yml and the README's usage tables from those specs;
// `--check` fails when a committed file differs (run by the test suite and CI).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { TOOLS } from '../src/tools.js';
import type { Tool } from '../src/core/tool.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
/** Where shipline lives (owner/name), from package.json `repository`; `npm run set-home` changes it. */
export const HOME =
  /github\.com[/:]([^/]+\/[^/.]+)/.exec(
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: { url?: string } }).repository
      ?.url ?? '',
  )?.[1] ?? 'shipline/shipline';

export function actionYaml(tool: Tool): string {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const i of tool.inputs.filter((x) => !x.cliOnly)) {
    inputs[i.name] = {
      description: i.description,
      required: i.required ?? false,
      ...(i.default !== undefined ? { default: i.default } : {}),
    };
  }
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const o of tool.outputs) outputs[o.name] = { description: o.description };
  const doc = {
    name: `shipline ${tool.id}`,
    description: tool.summary.charAt(0).toUpperCase() + tool.summary.slice(1),
    author: 'shipline',
    branding: { icon: tool.icon, color: tool.color },
    inputs,
    outputs,
    runs: { using: 'node24', main: `../../dist/${tool.id}/index.mjs` },
  };
  return `# Generated from src/ by \`npm run docs\`: edit the tool's spec, not this file.\n${dump(doc, { lineWidth: -1, noRefs: true })}`;
}

function md(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function usageSection(tool: Tool): string {
  const lines = [
    `### \`${tool.id}\` — ${tool.summary}`,
    '',
    `\`uses: ${HOME}/actions/${tool.id}@v1\` · CLI: \`shipline ${tool.command}\``,
    '',
    '| input | default | description |',
    '| --- | --- | --- |',
  ];
  for (const i of tool.inputs.filter((x) => !x.cliOnly))
    lines.push(
      `| \`${i.name}\`${i.required ? ' (required)' : ''} | ${i.default ? `\`${md(i.default)}\`` : ''} | ${md(i.description)} |`,
    );
  lines.push('', '| output | description |', '| --- | --- |');
  for (const o of tool.outputs) lines.push(`| \`${o.name}\` | ${md(o.description)} |`);
  for (const [name, sub] of Object.entries(tool.subcommands ?? {})) {
    lines.push(
      '',
      `CLI only: \`shipline ${tool.command} ${name}\` — ${sub.summary}`,
      '',
      '| flag | default | description |',
    );
    lines.push('| --- | --- | --- |');
    for (const i of sub.inputs)
      lines.push(
        `| \`--${i.name}\`${i.required ? ' (required)' : ''} | ${i.default ? `\`${md(i.default)}\`` : ''} | ${md(i.description)} |`,
      );
  }
  return lines.join('\n') + '\n';
}

/** The generated part of docs/<tool>.md: every input and output, from the spec. */
export function referenceSection(tool: Tool): string {
  const lines = [
    '## Inputs and outputs',
    '',
    `As an action: \`uses: ${HOME}/actions/${tool.id}@v1\`. On the CLI: \`shipline ${tool.command} --<input> value\` (each input is a flag of the same name; booleans as \`--flag\` / \`--no-flag\`).`,
    '',
    '| input | default | CLI | description |',
    '| --- | --- | --- | --- |',
  ];
  for (const i of tool.inputs) {
    const def = i.cliOnly ? '' : i.default ? `\`${md(i.default)}\`` : '';
    const cli = [
      `\`--${i.name}\``,
      i.cliDefault !== undefined ? (i.cliDefault ? `default \`${md(i.cliDefault)}\`` : 'no default') : '',
      i.env ? `or \`$${i.env}\`` : '',
      i.cliOnly ? 'CLI only' : '',
    ]
      .filter(Boolean)
      .join(' ');
    lines.push(
      `| \`${i.name}\`${i.required ? ' (required)' : ''}${i.secret ? ' (secret)' : ''} | ${def} | ${cli} | ${md(i.description)} |`,
    );
  }
  lines.push('', '| output | description |', '| --- | --- |');
  for (const o of tool.outputs) lines.push(`| \`${o.name}\` | ${md(o.description)} |`);
  return lines.join('\n') + '\n';
}

const PAGE_BEGIN = '<!-- BEGIN GENERATED: reference (npm run docs) -->';
const PAGE_END = '<!-- END GENERATED: reference -->';

/** A page for a tool: an existing page keeps its text and gets (or refreshes) the generated part. */
export function toolPage(tool: Tool, current: string | undefined): string {
  const block = `${PAGE_BEGIN}\n\n${referenceSection(tool)}\n${PAGE_END}`;
  if (current === undefined) return `# ${tool.id}\n\n${tool.summary}.\n\n${block}\n`;
  const a = current.indexOf(PAGE_BEGIN);
  const b = current.indexOf(PAGE_END);
  if (a >= 0 && b > a) return `${current.slice(0, a)}${block}${current.slice(b + PAGE_END.length)}`;
  return `${current.trimEnd()}\n\n${block}\n`;
}

const BEGIN = '<!-- BEGIN GENERATED: actions (npm run docs) -->';
const END = '<!-- END GENERATED: actions -->';

async function main(): Promise<void> {
  const drift: string[] = [];
  const sync = (path: string, text: string) => {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === text) return;
    if (check) drift.push(path.slice(root.length + 1));
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  };
  const sections: string[] = [];
  for (const entry of TOOLS) {
    const tool = await entry.load();
    sync(join(root, 'actions', tool.id, 'action.yml'), actionYaml(tool));
    sections.push(usageSection(tool));
    const page = join(root, 'docs', `${tool.id}.md`);
    sync(page, toolPage(tool, existsSync(page) ? readFileSync(page, 'utf8') : undefined));
  }
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const a = readme.indexOf(BEGIN);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${BEGIN} … ${END} markers`);
  sync(readmePath, `${readme.slice(0, a + BEGIN.length)}\n\n${sections.join('\n')}\n${readme.slice(b)}`);
  if (drift.length) {
    console.error(`generated docs are stale: ${drift.join(', ')}; run npm run docs and commit`);
    process.exitCode = 1;
  } else
    console.log(
      check ? 'action.yml files and README tables are up to date' : 'wrote action.yml files and README tables',
    );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
