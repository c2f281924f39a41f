import { Prng } from '../prng';
import { SCENARIO_IDS } from './catalogue';
import { generateTraffic } from '../traffic';
import { corpusOfVariant, organisationDomains, SCENARIO_CORPORA, scenarioBuilders } from './corpus';

describe('corpusOfVariant', () => {
  it('names the corpus by the longest prefix, since holdout- starts every lettered one', () => {
    expect(corpusOfVariant('polite_note')).toBe('standard');
    expect(corpusOfVariant('holdout-french_note')).toBe('holdout');
    expect(corpusOfVariant('holdout-b-leetspeak')).toBe('holdout-b');
    expect(corpusOfVariant('holdout-c-alt_text')).toBe('holdout-c');
    expect(corpusOfVariant('holdout-d-exif')).toBe('holdout-d');
    expect(corpusOfVariant('holdout-e-vcard_note')).toBe('holdout-e');
    expect(corpusOfVariant('holdout-f-ubl_note')).toBe('holdout-f');
    expect(corpusOfVariant('holdout-g-ocr_customs')).toBe('holdout-g');
    expect(corpusOfVariant('holdout-h-dmarc_spf')).toBe('holdout-h');
    expect(corpusOfVariant('holdout-i-sepa_remittance')).toBe('holdout-i');
    expect(corpusOfVariant('holdout-j-hubspot_note')).toBe('holdout-j');
    expect(corpusOfVariant('holdout-k-figma_comment')).toBe('holdout-k');
    expect(corpusOfVariant('holdout-l-loom_transcript')).toBe('holdout-l');
    expect(corpusOfVariant('holdout-m-edi_810_note')).toBe('holdout-m');
    expect(corpusOfVariant('holdout-n-coupa_supplier_message')).toBe('holdout-n');
    expect(corpusOfVariant('holdout-o-sentry_breadcrumb')).toBe('holdout-o');
    expect(corpusOfVariant('holdout-p-workday_business_process_comment')).toBe('holdout-p');
    expect(corpusOfVariant('holdout-q-asana_task_comment')).toBe('holdout-q');
    expect(corpusOfVariant('holdout-r-clickup_task_comment')).toBe('holdout-r');
    expect(corpusOfVariant('holdout-s-coda_treasury_comment')).toBe('holdout-s');
    expect(corpusOfVariant('holdout-t-gusto_bank_account_added')).toBe('holdout-t');
    expect(corpusOfVariant('holdout-u-payoneer_payee_moved')).toBe('holdout-u');
    expect(corpusOfVariant('holdout-v-airwallex_beneficiary_lhv')).toBe('holdout-v');
    expect(corpusOfVariant('holdout-w-modern_treasury_payment_order_malta')).toBe('holdout-w');
    expect(corpusOfVariant('holdout-x-payhawk_payee_swedbank_riga')).toBe('holdout-x');
    expect(corpusOfVariant('holdout-y-basware_comment_bulbank_sofia')).toBe('holdout-y');
    expect(corpusOfVariant('holdout-z-yooz_comment_gibraltar_iban')).toBe('holdout-z');
    expect(corpusOfVariant('holdout-aa-stampli_message_postfinance_iban')).toBe('holdout-aa');
    expect(corpusOfVariant('holdout-ab-cvent_message_curacao_account')).toBe('holdout-ab');
    expect(corpusOfVariant('holdout-ac-tripleseat_message_bautzen_iban')).toBe('holdout-ac');
    expect(corpusOfVariant('holdout-ad-esker_message_escrow_iban')).toBe('holdout-ad');
    expect(corpusOfVariant('holdout-ae-jaggaer_message_caterer_iban')).toBe('holdout-ae');
    expect(corpusOfVariant('holdout-af-procurify_message_distillery_iban')).toBe('holdout-af');
    expect(corpusOfVariant('holdout-ag-faire_message_weavers_agent_iban')).toBe('holdout-ag');
    expect(corpusOfVariant('holdout-ah-ankorstore_message_linen_studio_iban')).toBe('holdout-ah');
    expect(corpusOfVariant('holdout-ai-anvyl_message_knitters_kazakh_iban')).toBe('holdout-ai');
    expect(corpusOfVariant('holdout-aj-candis_comment_illustrator_serbian_iban')).toBe('holdout-aj');
    expect(corpusOfVariant('holdout-ak-katana_comment_upholsterer_georgian_iban')).toBe('holdout-ak');
    expect(corpusOfVariant('holdout-al-podio_comment_copper_workshop_turkish_iban')).toBe('holdout-al');
    expect(corpusOfVariant('holdout-am-stackfield_comment_weaving_mill_bulgarian_iban')).toBe('holdout-am');
    expect(corpusOfVariant('holdout-an-meistertask_comment_ceramics_workshop_azerbaijani_iban')).toBe('holdout-an');
    expect(corpusOfVariant('holdout-ao-zenkit_comment_walnut_workshop_romanian_iban')).toBe('holdout-ao');
    expect(corpusOfVariant('holdout-ap-paymo_comment_gravel_racer_hungarian_iban')).toBe('holdout-ap');
    expect(corpusOfVariant('holdout-aq-planio_comment_tar_workshop_belgian_iban')).toBe('holdout-aq');
    expect(corpusOfVariant('holdout-ar-openproject_comment_kuksa_workshop_lithuanian_iban')).toBe('holdout-ar');
    expect(corpusOfVariant('holdout-as-leantime_comment_block_turnery_polish_iban')).toBe('holdout-as');
    expect(corpusOfVariant('holdout-at-factro_comment_rezekne_pottery_latvian_iban')).toBe('holdout-at');
    expect(corpusOfVariant('holdout-au-choco_chat_metsovo_dairy_greek_iban')).toBe('holdout-au');
    expect(corpusOfVariant('holdout-av-orderchamp_thread_asturian_honey_cooperative_spanish_iban')).toBe('holdout-av');
    expect(corpusOfVariant('holdout-aw-banqup_note_herve_cooperative_belgian_factor_iban')).toBe('holdout-aw');
    expect(corpusOfVariant('holdout-ax-creoate_message_camogli_shop_italian_refund_iban')).toBe('holdout-ax');
    expect(corpusOfVariant('holdout-ay-ehorses_message_miranda_donkeys_transporter_portuguese_iban')).toBe('holdout-ay');
    expect(corpusOfVariant('holdout-az-labstar_message_krapina_lab_factor_slovak_iban')).toBe('holdout-az');
    expect(corpusOfVariant('holdout-ba-cte_note_gaucho_carrier_panama_treasury_account')).toBe('holdout-ba');
    expect(corpusOfVariant('holdout-bb-sheng_whatsapp_new_line_payout_to_another_number')).toBe('holdout-bb');
    expect(corpusOfVariant('holdout-bc-chinese_proforma_note_hong_kong_trading_company')).toBe('holdout-bc');
    expect(corpusOfVariant('holdout-bd-uzbek_proforma_note_dubai_trading_house')).toBe('holdout-bd');
    expect(corpusOfVariant('holdout-be-reagent_bill_note_collection_partner_pix_key')).toBe('holdout-be');
  });
});

describe('organisationDomains', () => {
  const mailDomains = (corpus: 'standard' | 'holdout-x' | 'holdout-az' | 'holdout-ba' | 'holdout-bb' | 'holdout-bc' | 'holdout-bd' | 'holdout-be'): Set<string> => {
    const t = generateTraffic({ seed: 1, agentsPerType: 1, historySessions: 60, liveSessions: 0, scenarios: 'all', nowMs: Date.UTC(2026, 10, 21, 12), corpus });
    return new Set([...JSON.stringify(t).matchAll(/[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.example)\b/g)].map((m) => m[1]!));
  };

  it.each(['standard', 'holdout-x', 'holdout-az', 'holdout-ba', 'holdout-bb', 'holdout-bc', 'holdout-bd', 'holdout-be'] as const)("for %s names a domain the organisation's own mailboxes use", (corpus) => {
    const domains = organisationDomains(corpus);
    expect([...mailDomains(corpus)].filter((d) => domains.includes(d))).not.toEqual([]);
  });

  it("gives a world with its own company that company's domain besides acme.example, which the fleet's prompts name", () => {
    expect(organisationDomains('holdout-az')).toEqual(['acme.example', 'acme-dental.example']);
    expect(organisationDomains('holdout-ba')).toEqual(['acme.example', 'acme-freight.example']);
    expect(mailDomains('holdout-ba').has('acme-freight.example')).toBe(true);
    expect(organisationDomains('holdout-bb')).toEqual(['acme.example', 'acme-agri.example']);
    expect(mailDomains('holdout-bb').has('acme-agri.example')).toBe(true);
    expect(organisationDomains('holdout-bc')).toEqual(['acme.example', 'acme-solar.example']);
    expect(mailDomains('holdout-bc').has('acme-solar.example')).toBe(true);
    expect(organisationDomains('holdout-bd')).toEqual(['acme.example', 'acme-tekstil.example']);
    expect(mailDomains('holdout-bd').has('acme-tekstil.example')).toBe(true);
    expect(organisationDomains('holdout-be')).toEqual(['acme.example', 'acme-saude.example']);
    expect(mailDomains('holdout-be').has('acme-saude.example')).toBe(true);
  });
});

describe.each(SCENARIO_CORPORA)('the %s corpus', (corpus) => {
  it("keeps its prefix apart: every variant is recognised as its own corpus's, none as another's", () => {
    for (const id of SCENARIO_IDS) {
      for (const c of scenarioBuilders(corpus)[id]({ rng: new Prng('p'), leakWindowHours: 4 })) expect([c.variant, corpusOfVariant(c.variant)]).toEqual([c.variant, corpus]);
    }
  });
});
