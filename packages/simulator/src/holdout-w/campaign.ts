/** holdout-w's variants start with `holdout-w-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_W_VARIANT_PREFIX = 'holdout-w-';
export const holdoutWCampaign = heldOutCampaign(HOLDOUT_W_VARIANT_PREFIX);
