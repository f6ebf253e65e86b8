import type { Format } from './types.js';
import { formatDuration, type Facts, type FailedJob, type Link } from './facts.js';

/** Slack's documented limits: a section's text, a header's text, a field, blocks a message. */
export const SLACK = { textBlock: 3000, header: 150, field: 2000, blocks: 50, name: 300 } as const;
/** Discord's: content, embed title, description, field value, fields. */
export const DISCORD = { content: 2000, title: 256, description: 4096, field: 1024, fields: 25 } as const;
/** Teams: a card's size cap is 28 KB; 50 job lines keep it well under. */
export const TEAMS_MAX_JOBS = 50;

/** Cut to `max` characters with an ellipsis (code points, so an emoji is never split). */
export function clamp(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slackLink = (l: Link, max: number = SLACK.name) =>
  l.url ? `<${l.url}|${slackEscape(clamp(l.text, max))}>` : slackEscape(clamp(l.text, max));
const mdEscape = (s: string) => s.replace(/([[\]*_`\\|])/g, '\\$1');
const mdLink = (l: Link, max = 300) =>
  l.url ? `[${mdEscape(clamp(l.text, max))}](${l.url})` : mdEscape(clamp(l.text, max));

function icon(f: Facts): string {
  if (f.recovered) return '✅';
  return { success: '✅', failure: '❌', cancelled: '⚪', unknown: '❔' }[f.status];
}

function jobWhat(j: FailedJob): string {
  return j.conclusion === 'cancelled' ? 'cancelled' : j.conclusion === 'timed_out' ? 'timed out' : 'failed';
}

/** The label/value facts shared by every format, with links rendered by `link`. */
function factRows(
  f: Facts,
  link: (l: Link, max?: number) => string,
  esc: (s: string) => string,
): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['Repository', link(f.repository)],
    ['Workflow', `${esc(f.workflow)} ${link(f.run)}`],
  ];
  if (f.ref) rows.push([f.ref.kind === 'pr' ? 'Pull request' : f.ref.kind === 'tag' ? 'Tag' : 'Branch', link(f.ref)]);
  rows.push(['Event', esc(f.event || 'unknown')]);
  if (f.commit)
    rows.push(['Commit', `${link(f.commit)}${f.commit.message ? ` ${esc(clamp(f.commit.message, 200))}` : ''}`]);
  if (f.actor) rows.push(['Triggered by', link(f.actor)]);
  if (f.durationMs !== undefined) rows.push(['Duration', formatDuration(f.durationMs)]);
  return rows;
}

function slackJob(j: FailedJob): string {
  const step = j.step ? ` at step ${j.step.number} *${slackEscape(clamp(j.step.name, SLACK.name))}*` : '';
  const log = j.url ? ` (<${j.url}|log>)` : '';
  return clamp(
    `${j.conclusion === 'cancelled' ? '⚪' : '❌'} *${slackEscape(clamp(j.name, SLACK.name))}* ${jobWhat(j)}${step}${log}`,
    SLACK.textBlock,
  );
}

/** Slack Block Kit, inside Slack's limits: 3,000 characters a text block, 50 blocks, "+N more". */
export function slackPayload(f: Facts): Record<string, unknown> {
  const head = `${icon(f)} ${f.title}`;
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: clamp(head, SLACK.header), emoji: true } },
  ];
  if (f.mention)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clamp(`${f.mention} ${slackEscape(f.title)}`, SLACK.textBlock) },
    });
  const fields = factRows(f, slackLink, slackEscape).map(([k, v]) => ({
    type: 'mrkdwn',
    text: clamp(`*${k}*\n${v}`, SLACK.field),
  }));
  blocks.push({ type: 'section', fields: fields.slice(0, 10) });
  if (f.note)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: clamp(`⚠️ ${slackEscape(f.note)}`, SLACK.textBlock) }],
    });
  const room = SLACK.blocks - blocks.length;
  const jobs = f.failedJobs;
  // All jobs fit, or keep one block back for the "+N more" line.
  const shown = jobs.length <= room ? jobs : jobs.slice(0, room - 1);
  for (const j of shown) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackJob(j) } });
  if (shown.length < jobs.length) {
    const more = jobs.length - shown.length;
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `+${more} more failed job${more > 1 ? 's' : ''}: ${f.run.url ? `<${f.run.url}|see the run>` : 'see the run'}`,
        },
      ],
    });
  }
  return { text: clamp(`${f.mention ? `${f.mention} ` : ''}${head}`, SLACK.textBlock), blocks };
}

function mdJob(j: FailedJob): string {
  const step = j.step ? ` at step ${j.step.number} **${mdEscape(clamp(j.step.name, 300))}**` : '';
  const log = j.url ? ` ([log](${j.url}))` : '';
  return `${j.conclusion === 'cancelled' ? '⚪' : '❌'} **${mdEscape(clamp(j.name, 300))}** ${jobWhat(j)}${step}${log}`;
}

/** Markdown lines for the failed jobs, at most `max` characters in all, "+N more" beyond. */
export function jobLines(f: Facts, maxChars: number, maxJobs = Infinity): string[] {
  const lines: string[] = [];
  let used = 0;
  for (const [i, j] of f.failedJobs.entries()) {
    const line = mdJob(j);
    const rest = f.failedJobs.length - i;
    const reserve = rest > 1 ? 60 : 0;
    if (i >= maxJobs || used + line.length + 1 + reserve > maxChars) {
      lines.push(`+${rest} more failed job${rest > 1 ? 's' : ''}${f.run.url ? `: [see the run](${f.run.url})` : ''}`);
      break;
    }
    lines.push(line);
    used += line.length + 1;
  }
  return lines;
}

/** Microsoft Teams (Workflows webhook): an Adaptive Card with the same facts. */
export function teamsPayload(f: Facts): Record<string, unknown> {
  const color = f.recovered || f.status === 'success' ? 'Good' : f.status === 'failure' ? 'Attention' : 'Default';
  const body: Array<Record<string, unknown>> = [
    { type: 'TextBlock', text: `${icon(f)} ${f.title}`, size: 'Large', weight: 'Bolder', color, wrap: true },
  ];
  if (f.mention) body.push({ type: 'TextBlock', text: f.mention, wrap: true });
  body.push({ type: 'FactSet', facts: factRows(f, mdLink, mdEscape).map(([title, value]) => ({ title, value })) });
  if (f.note) body.push({ type: 'TextBlock', text: `⚠️ ${f.note}`, wrap: true, isSubtle: true });
  for (const line of jobLines(f, 20_000, TEAMS_MAX_JOBS)) body.push({ type: 'TextBlock', text: line, wrap: true });
  const card = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    actions: f.run.url ? [{ type: 'Action.OpenUrl', title: 'View run', url: f.run.url }] : [],
  };
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
  };
}

/** Discord: content for the mention, one embed for the facts and failed jobs. */
export function discordPayload(f: Facts): Record<string, unknown> {
  const color = f.recovered || f.status === 'success' ? 0x2ea043 : f.status === 'failure' ? 0xcf222e : 0x8c959f;
  const fields = factRows(f, mdLink, mdEscape)
    .slice(0, DISCORD.fields)
    .map(([name, value]) => ({ name, value: clamp(value, DISCORD.field), inline: true }));
  const lines = jobLines(f, DISCORD.description - (f.note ? 300 : 0));
  const description = [f.note ? `⚠️ ${clamp(f.note, 280)}` : '', ...lines].filter(Boolean).join('\n');
  const embed: Record<string, unknown> = { title: clamp(`${icon(f)} ${f.title}`, DISCORD.title), color, fields };
  if (f.run.url) embed.url = f.run.url;
  if (description) embed.description = clamp(description, DISCORD.description);
  return { content: clamp(`${f.mention ? `${f.mention} ` : ''}${f.title}`, DISCORD.content), embeds: [embed] };
}

/** A generic webhook: the facts as JSON, plus a one-line `text` for chat bridges. */
export function jsonPayload(f: Facts): Record<string, unknown> {
  return {
    text: `${icon(f)} ${f.title}`,
    status: f.status,
    recovered: f.recovered,
    title: f.title,
    repository: f.repository.text,
    workflow: f.workflow,
    run: { number: f.run.number, attempt: f.run.attempt, url: f.run.url },
    ref: f.ref ? { kind: f.ref.kind, name: f.ref.text, url: f.ref.url } : undefined,
    event: f.event,
    commit: f.commit ? { sha: f.commit.sha, url: f.commit.url, message: f.commit.message } : undefined,
    actor: f.actor?.text,
    durationMs: f.durationMs,
    mention: f.mention,
    note: f.note,
    failedJobs: f.failedJobs,
  };
}

export function render(format: Format, f: Facts): Record<string, unknown> {
  switch (format) {
    case 'slack':
      return slackPayload(f);
    case 'teams':
      return teamsPayload(f);
    case 'discord':
      return discordPayload(f);
    case 'json':
      return jsonPayload(f);
  }
}

/** The summary's Markdown: the same facts, for people reading the run page. */
export function summaryMarkdown(f: Facts): { facts: Array<[string, string]>; jobs: string[] } {
  return { facts: factRows(f, mdLink, mdEscape), jobs: jobLines(f, 200_000, 500) };
}
