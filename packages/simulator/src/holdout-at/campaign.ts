/** holdout-at's variants start with `holdout-at-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AT_VARIANT_PREFIX = 'holdout-at-';
export const holdoutAtCampaign = heldOutCampaign(HOLDOUT_AT_VARIANT_PREFIX);
