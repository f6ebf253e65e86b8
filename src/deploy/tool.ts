import { defineTool } from '../core/tool.js';
import { parseOptions } from './parse.js';
import type { DeployOptions } from './types.js';

export type { DeployOptions, DeployTarget, DryRunMode } from './types.js';
export { IMAGE_REF, parseDuration, parseTarget } from './parse.js';

export const tool = defineTool<DeployOptions>({
  inputs: [
    {
      name: 'kubeconfig',
      description:
        "Kubeconfig file content (a secret: written to a 0600 file in RUNNER_TEMP, removed afterwards, never printed). Empty: the runner's current kubectl context.",
      default: '',
      secret: true,
      env: 'SHIPLINE_KUBECONFIG',
    },
    { name: 'context', description: 'Kubeconfig context to use (default: its current context).', default: '' },
    { name: 'namespace', description: "Namespace of the deployments (default: the context's namespace).", default: '' },
    {
      name: 'deployments',
      description:
        'Deployments to update with image, one a line: name, or name/container when the pod has several containers. Several roll out in parallel.',
      default: '',
      kind: 'list',
    },
    {
      name: 'image',
      description: 'Image reference to roll out to deployments, ideally name@sha256:digest.',
      default: '',
    },
    {
      name: 'manifests',
      description:
        'Manifest files or globs to apply instead (server-side apply), one a line; their Deployments are watched and rolled back.',
      default: '',
      kind: 'list',
    },
    {
      name: 'images',
      description:
        'Image substitutions for manifests, one repository=reference a line (e.g. ghcr.io/acme/api=ghcr.io/acme/api@sha256:...).',
      default: '',
      kind: 'list',
    },
    {
      name: 'timeout',
      description:
        'How long the rollout may take before it fails, in seconds (or 90s, 5m); a rollback gets as long again to become healthy.',
      default: '300',
    },
    {
      name: 'rollback',
      description:
        'On failure, undo every deployment this run changed to its recorded revision and wait until it is healthy.',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'fail-fast',
      description: 'Stop watching the other deployments as soon as one fails.',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'change-cause',
      description: 'Recorded in the kubernetes.io/change-cause annotation (default: the commit SHA and the run URL).',
      default: '',
    },
    {
      name: 'unschedulable-grace',
      description: 'How long a new pod may stay unschedulable before the rollout fails, in seconds.',
      default: '60',
    },
    {
      name: 'dry-run',
      description:
        'auto, true, false or server: true prints the commands and validates them with --dry-run=server where the cluster allows it (else client); server insists on server; auto is dry under act.',
      default: 'auto',
    },
    {
      name: 'strategy',
      description:
        'rolling (update the Deployment in place), blue-green (a second Deployment, then a one-patch Service switch) or canary (a canary Deployment taking a share of pods, step by step).',
      default: 'rolling',
    },
    {
      name: 'action',
      description:
        'deploy; or, for blue-green and canary, promote (switch to / go to 100 % with what an earlier deploy left waiting) or reject (remove it, keep the old version live).',
      default: 'deploy',
    },
    {
      name: 'service',
      description:
        'The live Service (blue-green, canary). Default: the one in the manifests, or in the namespace, whose selector matches the Deployment.',
      default: '',
    },
    {
      name: 'canary-steps',
      description: 'Canary shares of the pods in percent, rising and ending at 100 (e.g. 10,50,100).',
      default: '10,50,100',
    },
    {
      name: 'canary-pause',
      description:
        'How long each canary step is watched (pods failing fast, verification) before the next, in seconds.',
      default: '30',
    },
    {
      name: 'baseline',
      description:
        'Canary: run a baseline Deployment of the old image beside the canary, with as many pods, for comparison.',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'scale-down-delay',
      description:
        'Blue-green: how long the old colour keeps running (and the new one is watched, switching back on failure) after the switch, in seconds.',
      default: '30',
    },
    {
      name: 'promotion',
      description:
        'auto: switch (blue-green) or complete the canary as soon as it is healthy and verified; manual: stop there and wait for a later run with action promote or reject.',
      default: 'auto',
    },
    {
      name: 'verify-url',
      description:
        "HTTP check of the new version: an http(s) URL is fetched from the runner; a path such as /healthz is fetched through the API server's service proxy on the preview Service (blue-green, canary) or the live one (rolling).",
      default: '',
    },
    { name: 'verify-port', description: 'Service port for a path verify-url (default: its first port).', default: '' },
    { name: 'verify-status', description: 'The HTTP status a healthy answer has.', default: '200' },
    { name: 'verify-body', description: 'A regular expression a healthy body matches (optional).', default: '' },
    {
      name: 'verify-successes',
      description: 'Consecutive healthy answers needed to pass verification.',
      default: '3',
    },
    { name: 'verify-timeout', description: 'How long verification may take, in seconds.', default: '60' },
    { name: 'verify-interval', description: 'Time between checks, in seconds.', default: '1' },
    {
      name: 'imagepullsecrets',
      description:
        'Secret names added to imagePullSecrets of every pod template deployed (one a line or comma-separated).',
      default: '',
      kind: 'list',
    },
    {
      name: 'annotate',
      description: 'Write the run URL, commit and actor as annotations on every object applied.',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'on-conflict',
      description:
        'When another run is rolling the same Deployment out (its lease annotation not expired): fail at once, or wait for it.',
      default: 'fail',
    },
    {
      name: 'lease',
      description:
        "How long this run's lease on a Deployment lasts if it is never released (a killed runner), in seconds.",
      default: '900',
    },
    {
      name: 'environment',
      description:
        'GitHub environment to record a GitHub Deployment for (in_progress, then success or failure; the replaced one inactive). Empty: none. Needs permissions: deployments: write, else skipped.',
      default: '',
    },
    {
      name: 'environment-url',
      description: 'URL shown on the GitHub environment page for this deployment.',
      default: '',
    },
    {
      name: 'github-token',
      description: 'Token for GitHub Deployments.',
      default: '${{ github.token }}',
      cliDefault: '',
      secret: true,
      env: 'GITHUB_TOKEN',
    },
  ],
  outputs: [
    {
      name: 'result',
      description: 'deployed, rolled-back, promoted, rejected or failed (dry-run in a dry run).',
    },
    { name: 'live', description: 'The Deployment the live Service now selects (blue-green, canary).' },
    {
      name: 'revision',
      description: 'The revision now rolled out (one name=revision a line when several deployments).',
    },
    {
      name: 'previous-revision',
      description: 'The revision recorded before the rollout (one name=revision a line when several deployments).',
    },
    { name: 'reason', description: 'Why the rollout failed, in one line (empty on success).' },
  ],
  parse: parseOptions,
  run: async (options, ctx) => (await import('./engine.js')).run(options, ctx),
});
