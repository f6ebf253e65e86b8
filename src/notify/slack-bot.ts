import { HttpError, request } from '../core/http.js';
import type { ToolContext } from '../core/tool.js';
import type { Facts, FailedJob } from './facts.js';
import { slackJob } from './formats.js';
import type { SlackBotOptions } from './types.js';

/** What Slack answered for the message: the outputs of bot-token mode. */
export interface BotResult {
  ts: string;
  threadTs: string;
  channelId: string;
  /** Thread replies that could not be posted, one line each. */
  replyProblems: string[];
}

/** Slack's error codes (https://api.slack.com/methods/chat.postMessage#errors), each with its fix. */
const FIXES: Record<string, string> = {
  not_in_channel: 'the bot is not a member of the channel: invite it (/invite @your-bot) or give it chat:write.public',
  channel_not_found:
    'no channel by that id or name is visible to the bot: check channel (an id like C0123… is safest), and invite the bot to a private channel',
  ratelimited: 'Slack rate-limited the bot and kept doing so after waiting its Retry-After: send fewer messages',
  invalid_auth: 'the token is not valid (revoked, or not a bot token of this workspace): pass the Bot User OAuth Token',
  not_authed: 'no token reached Slack: pass slack-bot-token from a secret',
  token_revoked: 'the token was revoked: reinstall the app and update the secret',
  account_inactive: "the bot's user or app was deactivated: reinstall the app",
  missing_scope: 'the app lacks the chat:write scope: add it and reinstall the app',
  is_archived: 'the channel is archived: unarchive it or pick another channel',
  message_not_found:
    'update-ts names no message in this channel: pass the ts output of the step that posted it, with the same channel',
  cant_update_message: 'only messages this bot posted can be updated: pass the ts of a message it posted',
  msg_too_long: 'the message is too long for Slack',
  invalid_blocks: 'Slack rejected the blocks',
};

export class SlackApiError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(
      `Slack ${method} answered ${code}${status !== 200 ? ` (HTTP ${status})` : ''}; ${FIXES[code] ?? 'see https://api.slack.com/methods/' + method + '#errors'}`,
    );
  }
}

interface SlackAnswer {
  ok?: boolean;
  error?: string;
  channel?: string;
  ts?: string;
}

async function call(
  o: SlackBotOptions,
  ctx: ToolContext,
  method: string,
  body: Record<string, unknown>,
  timeoutMs: number,
): Promise<SlackAnswer> {
  const res = await request(
    {
      url: `${o.apiUrl}/${method}`,
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        authorization: `Bearer ${o.token}`,
        'user-agent': 'shipline-notify',
      },
      body: JSON.stringify(body),
      timeoutMs,
      retries: 3,
      label: `Slack ${method}`,
    },
    { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal },
  );
  let answer: SlackAnswer = {};
  try {
    answer = JSON.parse(res.body) as SlackAnswer;
  } catch {
    /* a proxy's HTML page: the status says it */
  }
  if (res.status === 429) throw new SlackApiError(method, answer.error ?? 'ratelimited', res.status);
  if (!answer.ok) throw new SlackApiError(method, answer.error ?? `HTTP ${res.status}`, res.status);
  return answer;
}

function replyText(j: FailedJob): string {
  return slackJob(j);
}

/**
 * Bot-token mode: chat.update of `updateTs` (the "running" message) or chat.postMessage, then
 * one thread reply per failed job. Throws SlackApiError / HttpError for the message itself;
 * a failed reply is reported, not fatal (the alert is out).
 */
export async function deliverBot(
  o: SlackBotOptions,
  ctx: ToolContext,
  f: Facts,
  message: Record<string, unknown>,
  timeoutMs: number,
): Promise<BotResult> {
  const main = o.updateTs
    ? await call(o, ctx, 'chat.update', { channel: o.channel, ts: o.updateTs, ...message }, timeoutMs)
    : await call(o, ctx, 'chat.postMessage', { channel: o.channel, unfurl_links: false, ...message }, timeoutMs);
  const channelId = main.channel ?? o.channel;
  const ts = main.ts ?? o.updateTs ?? '';
  const replyProblems: string[] = [];
  if (o.threadReplies && f.status !== 'running') {
    for (const j of f.failedJobs) {
      try {
        await call(
          o,
          ctx,
          'chat.postMessage',
          { channel: channelId, thread_ts: ts, text: replyText(j), unfurl_links: false },
          timeoutMs,
        );
      } catch (e) {
        if (!(e instanceof SlackApiError || e instanceof HttpError)) throw e;
        replyProblems.push(`the thread reply for job "${j.name}" was not posted: ${e.message}`);
      }
    }
  }
  return { ts, threadTs: ts, channelId, replyProblems };
}
