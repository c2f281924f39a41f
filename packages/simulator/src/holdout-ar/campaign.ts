/** holdout-ar's variants start with `holdout-ar-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AR_VARIANT_PREFIX = 'holdout-ar-';
export const holdoutArCampaign = heldOutCampaign(HOLDOUT_AR_VARIANT_PREFIX);
