// Peer for bench/notify: what an octokit-based notifier pays — load @actions/github, list the
// run attempt's jobs (paginated) from the simulator, POST one message to the receiver.
const { getOctokit } = await import('@actions/github');
const octokit = getOctokit(process.env.PEER_TOKEN, { baseUrl: process.env.PEER_API });
const jobs = await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
  owner: 'acme',
  repo: 'api',
  run_id: Number(process.env.PEER_RUN),
  attempt_number: 1,
  per_page: 100,
});
const failed = jobs.filter((j) => j.conclusion === 'failure').map((j) => j.name);
await fetch(process.env.PEER_HOOK, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ text: `failed: ${failed.join(', ')}` }),
});
