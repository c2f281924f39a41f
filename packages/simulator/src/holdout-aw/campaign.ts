/** holdout-aw's variants start with `holdout-aw-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AW_VARIANT_PREFIX = 'holdout-aw-';
export const holdoutAwCampaign = heldOutCampaign(HOLDOUT_AW_VARIANT_PREFIX);
