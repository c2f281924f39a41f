/** holdout-j's variants start with `holdout-j-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_J_VARIANT_PREFIX = 'holdout-j-';
export const holdoutJCampaign = heldOutCampaign(HOLDOUT_J_VARIANT_PREFIX);
