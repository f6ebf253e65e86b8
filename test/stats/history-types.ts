/** The simulated history: workflows, runs with their attempts and jobs, deployments. */
export interface HStep {
  name: string;
  conclusion: string;
  seconds: number;
}
export interface HJob {
  name: string;
  conclusion: string;
  queueS?: number;
  seconds: number;
  steps?: HStep[];
}
export interface HAttempt {
  /** Seconds after the run was created that this attempt started. */
  startS: number;
  seconds: number;
  conclusion: string;
  jobs: HJob[];
}
export interface HRun {
  id: number;
  workflowId: number;
  sha: string;
  branch?: string;
  event?: string;
  createdMs: number;
  commitMs?: number;
  attempts: HAttempt[];
}
export interface HDeployment {
  id: number;
  sha: string;
  environment: string;
  createdMs: number;
  task?: string;
  statuses: Array<{ state: string; atMs: number; description?: string }>;
}
export interface HWorkflow {
  id: number;
  name: string;
  path: string;
  state?: string;
}
