/** holdout-az's variants start with `holdout-az-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AZ_VARIANT_PREFIX = 'holdout-az-';
export const holdoutAzCampaign = heldOutCampaign(HOLDOUT_AZ_VARIANT_PREFIX);
