/** holdout-as's variants start with `holdout-as-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AS_VARIANT_PREFIX = 'holdout-as-';
export const holdoutAsCampaign = heldOutCampaign(HOLDOUT_AS_VARIANT_PREFIX);
