/** holdout-ax's variants start with `holdout-ax-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AX_VARIANT_PREFIX = 'holdout-ax-';
export const holdoutAxCampaign = heldOutCampaign(HOLDOUT_AX_VARIANT_PREFIX);
