/** holdout-f's variants start with `holdout-f-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_F_VARIANT_PREFIX = 'holdout-f-';
export const holdoutFCampaign = heldOutCampaign(HOLDOUT_F_VARIANT_PREFIX);
