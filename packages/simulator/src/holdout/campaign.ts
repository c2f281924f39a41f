/** The first held-out corpus's variants start with `holdout-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign, liveTrigger } from '../scenarios/held-out-campaign';

export const HOLDOUT_VARIANT_PREFIX = 'holdout-';
export const holdoutCampaign = heldOutCampaign(HOLDOUT_VARIANT_PREFIX);
export const triggerSession = liveTrigger;
