/** holdout-ab's variants start with `holdout-ab-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AB_VARIANT_PREFIX = 'holdout-ab-';
export const holdoutAbCampaign = heldOutCampaign(HOLDOUT_AB_VARIANT_PREFIX);
