/** holdout-g's variants start with `holdout-g-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_G_VARIANT_PREFIX = 'holdout-g-';
export const holdoutGCampaign = heldOutCampaign(HOLDOUT_G_VARIANT_PREFIX);
