/** holdout-h's variants start with `holdout-h-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_H_VARIANT_PREFIX = 'holdout-h-';
export const holdoutHCampaign = heldOutCampaign(HOLDOUT_H_VARIANT_PREFIX);
