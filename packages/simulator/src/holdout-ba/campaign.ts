/** holdout-ba's variants start with `holdout-ba-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_BA_VARIANT_PREFIX = 'holdout-ba-';
export const holdoutBaCampaign = heldOutCampaign(HOLDOUT_BA_VARIANT_PREFIX);
