/** holdout-ac's variants start with `holdout-ac-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AC_VARIANT_PREFIX = 'holdout-ac-';
export const holdoutAcCampaign = heldOutCampaign(HOLDOUT_AC_VARIANT_PREFIX);
