/** holdout-af's variants start with `holdout-af-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AF_VARIANT_PREFIX = 'holdout-af-';
export const holdoutAfCampaign = heldOutCampaign(HOLDOUT_AF_VARIANT_PREFIX);
