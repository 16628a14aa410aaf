/** The connector as configured: the client from JOBINDSATS_TOKEN and JOBINDSATS_URL, the mapping file. */
import type { Config } from '../config.js';
import { AppError } from '../domain/errors.js';
import { createJobindsatsClient, type JobindsatsClient } from './api.js';

export class NotConfiguredError extends AppError {
  constructor() {
    super(
      503,
      'Jobindsats is not configured',
      'JOBINDSATS_TOKEN is not set, so no figures are fetched from Jobindsats. Ask STAR for a key (jobindsats@star.dk) and set it (in Azure: a Key Vault reference, see README). / JOBINDSATS_TOKEN er ikke sat, så der hentes ingen tal fra Jobindsats.',
    );
  }
}

export function clientFromConfig(config: Pick<Config, 'jobindsats'>): JobindsatsClient {
  if (!config.jobindsats.token) throw new NotConfiguredError();
  return createJobindsatsClient({ token: config.jobindsats.token, baseUrl: config.jobindsats.baseUrl });
}
