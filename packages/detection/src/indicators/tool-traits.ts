import type { AgentEvent } from '@warden/core';
import type { ArgumentField } from './arguments';
import { hasGranteeDomainArgument, hasRecipientArgument, hasUrlArgument } from './indicators';
import { opensToAnyone } from './public-audience';

/** What a tool call is, as far as risk goes: where data can leave, what changes, what is read. */
export interface ToolTraits {
  /** Sends data out of the agent's boundary (mail, chat, webhook, HTTP POST, transfer). */
  readonly egress: boolean;
  /** Changes state somewhere (approve, update, delete, transfer, create, write). */
  readonly stateChanging: boolean;
  /** A state change with consequences beyond the record (approve, pay, delete, grant, execute). */
  readonly highImpact: boolean;
  /**
   * Gives someone standing access rather than sending once: a mailbox forwarding rule or
   * delegate, a workspace or repository invitation, a share, a webhook subscription, a new API
   * key or OAuth grant. Every later message or record flows to the grantee, so an outsider on the
   * receiving end is worse than a single send.
   */
  readonly grantsAccess: boolean;
  /** Makes what it creates readable by anyone (a public page, gist, sandbox or object). */
  readonly publishes: boolean;
  /** Reads customer, employee, financial or secret records. */
  readonly sensitiveRead: boolean;
  /** Tool-name prefix before the first dot (`finance` for `finance.get_ledger`). */
  readonly dataDomain: string;
}

// A copy or replica goes wherever its destination says: another account's bucket is as outside as
// an upload (copy_object, replicate_bucket, mirror_repo).
const EGRESS_VERBS = /(?:^|[._\s-])(send|post|publish|upload|webhook|reply|forward|share|notify|transfer|wire|tweet|sms|broadcast|submit|push|copy|replicate|replication|mirror)(?:$|[._\s-]|_)/i;
// "Request" is a verb only where the call starts with it (http.request, request_signature); after
// another verb it is the thing acted on (returns.get_request, pto.list_requests).
const REQUEST_VERB = /^(?:http_?)?request(?:$|[._\s-])/i;
const READ_VERBS = /(?:^|[._\s-])(get|search|query|read|export|list|fetch|lookup|find|download|dump|select|scan|retrieve|browse|open)(?:$|[._\s-]|_)/i;
const READ_FIRST = /^(?:get|list|search|read|fetch|lookup|find|query|retrieve|browse|describe|show|view)(?:$|[_\s-])/i;
// AWS names attaching one thing to another AssociateX (a policy to a principal, an address to a
// machine), always followed by what it attaches; `get_associate`, a retailer's word for a member
// of its staff, is a noun.
const STATE_VERBS = /(?:^|[._\s-])(approve|update|delete|remove|transfer|create|write|insert|upsert|modify|grant|revoke|pay|exec|execute|deploy|drop|put|patch|set|add|invite|enable|register|rotate|assign|associate(?=_))(?:$|[._\s-]|_)/i;
const HIGH_IMPACT_VERBS = /(?:^|[._\s-])(approve|transfer|pay|payment|wire|delete|remove|drop|grant|revoke|exec|execute|deploy|refund)(?:$|[._\s-]|_)/i;
// Stems, not whole words (a resource policy names who else may read: put_bucket_policy,
// set_repository_policy): create_forwarding_rule, add_delegate, invite_member, add_collaborator,
// update_subscription, create_api_key, authorize_app, set_visibility public, transfer_ownership
// (the new owner can then revoke everyone else), assign_partner (an outside business made a partner
// of a page or an ad account works it as its own), and trust in an outside identity provider (a
// federated credential, an OIDC or SAML provider, a role's trust policy): whoever that issuer vouches
// for signs in from then on. An EKS access entry makes an IAM principal a user of the cluster, and
// the access policy associated with it says how much of the cluster that principal runs.
const GRANT_VERBS = /(?:^|[._\s-])(?:(?:bucket|resource|access|key|repository|repo|topic|queue|registry|secret|vault)_policy|forwarding|forward_rule|redirect_rule|inbox_rule|mail_rule|delegate|delegation|invite|invitation|add_member|add_user|add_collaborator|collaborator|(?:add|assign|invite)_(?:[a-z]+_)?partners?|grant|share|permission|acl|subscription|subscribe|webhook|logpush|log_?sink|log_?drain|api_key|access_key|access_token|personal_access_token|deploy_key|ssh_key|authori[sz]e_app|oauth|consent|make_public|set_visibility|ownership|change_owner|set_owner|federated(?:_identity)?_credential|oidc_provider|saml_provider|identity_provider|workload_identity|assume_role_policy|trust_policy|access_entry)/i;
const GRANTING_VERBS = /(?:^|[._\s-])(?:invite|share|delegate|consent|subscribe|authori[sz]e|make_public)/i;
const REVOKE_VERBS = /(?:^|[._\s-])(?:revoke|remove|delete|disable|unsubscribe|unshare)(?:$|[._\s-])/i;
// Finance is named by its functions as often as by the word (treasury and cash management,
// receivables and payables, accounting, the general ledger, FP&A, controlling, tax, billing), and
// by the products that hold it: the common finance, payroll and HR systems, as tool prefixes.
// People's pay beyond salary (commissions, payouts, bonuses) and the cases an organisation keeps
// confidential (ethics hotline reports, investigations, grievances, disciplinary files) too, and
// recorded conversations (call transcripts and recordings, conversation-intelligence products:
// customers' own words, names and prices) and everyone's private messages (eDiscovery and legal-hold
// exports, direct messages).
const SENSITIVE_DOMAINS =
  /(customer|crm|employee|transcripts?|recordings?|hr|salary|salaries|payroll|commissions?|payouts?|bonus(?:es)?|compensation|ethics|whistleblow\w*|hotline|investigations?|grievances?|disciplinary|finance|ledger|invoice|payment|bank|secret|credential|password|vault|users?|patient|ssn|personal|pii|contacts?|treasury|cash|receivable|payable|accounting|trial_balance|balance_sheet|income_statement|consolidation|fpa|fp&a|controlling|revenue|budget|expense|billing|supplier_payment|identity|active_directory|authenticator)|(?:^|[._-])(?:gl|ar|ap|tax|netsuite|quickbooks|xero|kyriba|coupa|anaplan|blackline|concur|expensify|tipalti|workday|adp|gusto|bamboohr|gong|chorus|ediscovery|discovery|legal_holds?|direct_messages|private_messages|okta|auth0|onelogin|jumpcloud|duo|keycloak|entra|azuread|aad|ldap|iam|sso|mfa|scim)(?:$|[._-])/i;

// Field names of financial and personal records, as APIs spell them in JSON.
// A field in a currency (`amount_eur`, `open_usd`) is money whatever it is called, except a price
// or a fare: what a seller asks everyone (a ticket's `price_eur`, a restaurant's `average_price_eur`,
// a campsite's `price_per_night_eur`) is on its public page, not in anyone's records. The price is a
// word of the name, so `welfare_eur` stays money.
const SENSITIVE_FIELD =
  /"(?:[a-z0-9]+_)*(?:balance|debit|credit|revenue|salary|salaries|wages?|net_pay|gross_pay|iban|bic|account_number|budget|ssn|date_of_birth|dob|passport|national_id|tax_id)(?:_[a-z0-9]+)*"\s*:|"(?!(?:[a-z0-9]+_)*(?:price|fare)s?_(?:[a-z0-9]+_)*[a-z]{3}")[a-z0-9_]*_(?:eur|usd|gbp|chf|jpy|sek|nok|dkk|pln|inr|cny)"\s*:/i;

/**
 * A result whose records carry money or personal fields reads sensitive data, whatever the tool
 * is called: a new tool's name says little, its records say what it is.
 */
export function returnsSensitiveFields(result: string | undefined): boolean {
  return result !== undefined && SENSITIVE_FIELD.test(result.slice(0, 4_000));
}

// A variable named the way credentials are, as a string value (`"variable": "AWS_SECRET_ACCESS_KEY"`),
// also inside JSON carried as a string (the quotes then escaped).
const CREDENTIAL_NAME = /"((?:[A-Z][A-Z0-9]*_)+(?:SECRET(?:_ACCESS)?_KEY|SECRET|TOKEN|PASSWORD|API_KEY|PRIVATE_KEY|ACCESS_KEY(?:_ID)?))\\?"/g;

/**
 * A listing of secrets by name (a CI context's variables, a vault's keys): the values may be masked,
 * but the names say what each unlocks, and such a listing is how a turned agent picks what to take.
 * Two different names make it a listing rather than one mention.
 */
export function listsCredentials(result: string | undefined): boolean {
  if (result === undefined) return false;
  const names = new Set<string>();
  for (const m of result.slice(0, 4_000).matchAll(CREDENTIAL_NAME)) {
    names.add(m[1] as string);
    if (names.size >= 2) return true;
  }
  return false;
}

// The object of a call that reads keys, tokens or secrets (list_auth_keys, get_api_keys, list_secrets),
// last in its name: in get_secret_scanning_alert the secret only says what the alert is about.
const CREDENTIAL_OBJECT = /(?:^|[._-])(?:auth_?keys?|api_?keys?|access_?keys?|access_?tokens?|tokens|secrets?|credentials?|passwords?|ssh_?keys?|deploy_?keys?|private_?keys?)$/i;

/**
 * A call whose name says it reads credentials (a tailnet's auth keys, a project's API keys): what it
 * returns unlocks something even when the listing shows only ids and scopes.
 */
export function readsCredentialsByName(tool: string): boolean {
  const action = readAction(tool);
  return action !== undefined && CREDENTIAL_OBJECT.test(action);
}

// Records an organisation keeps from all but a few, whichever system holds them: recorded
// conversations, pay, identity documents, HR cases, health. Customers and contacts are not here:
// reading them in a new helpdesk is a support agent's ordinary work.
const CONFIDENTIAL_RECORDS =
  /^(?:transcripts?|recordings?|salary|salaries|payroll|payslips?|compensation|commissions?|bonus(?:es)?|passports?|ssns?|investigations?|grievances?|disciplinary|whistleblow\w*|medical|diagnos[ie]s)$/i;

/**
 * A call whose name says it reads confidential records, named last as its object (`get_transcript`,
 * `list_recordings`, `list_employee_compensation`): in `get_secret_scanning_alert` the object is an alert.
 */
export function readsConfidentialRecordsByName(tool: string): boolean {
  const action = readAction(tool);
  return action !== undefined && CONFIDENTIAL_RECORDS.test(action.split(/[._-]/).pop() ?? '');
}

/** The call's action (after the domain) when it only reads: `list_auth_keys` of `tailscale_admin.list_auth_keys`. */
function readAction(tool: string): string | undefined {
  const action = tool.slice(tool.indexOf('.') + 1);
  return READ_VERBS.test(action) && !STATE_VERBS.test(action) ? action : undefined;
}

// Where an organisation keeps what it wrote down for itself, as the service a tool belongs to: a
// knowledge base, a wiki, a policy, runbook or contract collection, a document store. A document
// read through any other service (an invoice inbox's `get_document`, a bucket's or an IAM policy,
// a shared drive's file) may come from anyone, and inboxes, tickets, chats and pages are where
// strangers write.
const ORGANISATION_STORE = /^(?:kb|knowledge(?:_?base)?|[a-z0-9]+_knowledge|docs|dms|wiki|confluence|intranet|handbooks?|polic(?:y|ies)|runbooks?|playbooks?|procedures?|contracts?)$/i;
// What a store of another name holds when the call names it: a knowledge article, a contract or an
// engagement letter (`servicenow.search_knowledge`, `ironclad.get_contract`).
const ORGANISATION_RECORD = /(?:^|_)(?:knowledge|contracts?|engagement_letters?|runbooks?|handbooks?)$/i;

/**
 * A read of the organisation's own documents (`kb.search`, `docs.search`, `dms.get_document`,
 * `confluence.get_page`, `ironclad.get_contract`): the destinations such a document names are where
 * the organisation itself says its data goes, unless the text also speaks to the model.
 */
export function readsOrganisationDocuments(tool: string): boolean {
  const action = readAction(tool);
  if (action === undefined) return false;
  const dot = tool.indexOf('.');
  return (dot > 0 && ORGANISATION_STORE.test(tool.slice(0, dot))) || ORGANISATION_RECORD.test(action);
}

/** Last words of a method that name no particular thing (`get_details`, `list_items`, `get_by_id`). */
const GENERIC_HEAD = /^(?:data|details?|info|information|items?|lists?|records?|status|results?|entries|entry|objects?|resources?|all|by|ids?|one|many|latest|recent|summary|page|used|created|updated|modified|v\d+)$/;

/**
 * What a read's method names last, the thing it returns: `receivables.get_customer_ledger` reads a
 * "ledger", `benefits.list_bonuses` "bonuses". A request that asks about the ledger asked for that
 * read even when the service has another name.
 */
export function headNounOf(tool: string): string | undefined {
  const dot = tool.indexOf('.');
  if (dot <= 0) return undefined;
  const words = tool.slice(dot + 1).split(/[_.-]+|(?<=[a-z0-9])(?=[A-Z])/).map((x) => x.toLowerCase());
  const head = words[words.length - 1];
  return words.length > 1 && head !== undefined && head.length >= 4 && !GENERIC_HEAD.test(head) ? head : undefined;
}

export function dataDomainOf(e: Pick<AgentEvent, 'kind' | 'name' | 'toolName'>): string {
  if (e.kind === 'memory_read' || e.kind === 'memory_write') return 'memory';
  const name = (e.toolName ?? e.name).toLowerCase();
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * `resultFields`: what the call returned, flattened like its arguments (asked for only when the
 * call writes); a created page or post often says only there that it is public.
 */
export function toolTraits(
  e: Pick<AgentEvent, 'kind' | 'name' | 'toolName'>,
  fields: readonly ArgumentField[],
  resources: readonly string[] = [],
  resultFields: () => readonly ArgumentField[] = () => [],
): ToolTraits {
  const name = (e.toolName ?? e.name).toLowerCase();
  const dataDomain = dataDomainOf(e);
  const sends = EGRESS_VERBS.test(name) || REQUEST_VERB.test(name.slice(name.lastIndexOf('.') + 1));
  const readLike = READ_VERBS.test(name) && !sends;
  const methodWrites = fields.some((f) => f.key === 'method' && /^(post|put|patch)$/i.test(f.value));
  // Reading a list of forwarding rules or webhooks grants nothing; creating or changing one does.
  // `webhook.post` sends once; a grant creates, changes or consents to something that stays.
  const grantsAccess =
    e.kind === 'tool' &&
    !readLike &&
    !REVOKE_VERBS.test(name) &&
    ((GRANT_VERBS.test(name) && (STATE_VERBS.test(name) || GRANTING_VERBS.test(name))) || (STATE_VERBS.test(name) && grantsByArguments(name, fields)));
  // Reading a public board or workspace publishes nothing; creating or changing something public does.
  const publishes = e.kind === 'tool' && !readLike && (STATE_VERBS.test(name) || sends) && (opensToAnyone(fields) || opensToAnyone(resultFields()));
  // The service's name is a noun: `insurance_register.get_policy` and `payment_run.get` read. A
  // method that starts with a read verb leaves only its own words to say it changes something.
  const dot = name.indexOf('.');
  const verbs = dot > 0 && READ_FIRST.test(name.slice(dot + 1)) ? name.slice(dot + 1) : name;
  const stateChanging = e.kind === 'memory_write' || (e.kind === 'tool' && (STATE_VERBS.test(verbs) || grantsAccess));
  // Removing a recipient, a member or a webhook names the address it stops sending to.
  const revokes = REVOKE_VERBS.test(name);
  const egress =
    e.kind === 'tool' &&
    ((sends && !revokes) ||
      grantsAccess ||
      publishes ||
      (!readLike && !revokes && hasRecipientArgument(fields)) ||
      (hasUrlArgument(fields) && ((!readLike && !revokes) || methodWrites)));
  const highImpact = e.kind === 'tool' && (HIGH_IMPACT_VERBS.test(verbs) || grantsAccess);
  const sensitiveRead =
    (e.kind === 'tool' || e.kind === 'retrieval') &&
    READ_VERBS.test(name) &&
    (SENSITIVE_DOMAINS.test(name) || resources.some((r) => SENSITIVE_DOMAINS.test(r)));
  return { egress, stateChanging, highImpact, grantsAccess, publishes, sensitiveRead, dataDomain };
}

// What a grant makes its grantee: a role or access level that runs the thing (`admin`,
// `installer_admin`, `Owner`, `superuser`), or a permission over who else gets in (`users`,
// `manage_members`).
const ROLE_FIELD = /^(?:roles?|role_?name|access_?level|access|level|permission_?level|permissions?|privileges?|scopes?|rights)$/;
const ADMINISTRATIVE_VALUE = /^(?:[a-z]+[_ -])?(?:admin|admins|administrator|owner|co[_ -]?owner|superuser|super[_ -]?admin|root|full[_ -]?control)(?:[_ -][a-z]+)?$/i;
const PEOPLE_PERMISSION = /^(?:(?:manage|admin|edit)[_ -])?(?:users|members|user[_ -]management|member[_ -]management|team[_ -]management)$/i;

/**
 * A grant that makes its grantee an administrator of what it opens: whoever holds it can read
 * everything there and let others in, so handing it to a stranger is handing over the thing.
 */
export function grantsAdministration(fields: readonly ArgumentField[]): boolean {
  return fields.some((f) => ROLE_FIELD.test(f.key) && (ADMINISTRATIVE_VALUE.test(f.value.trim()) || PEOPLE_PERMISSION.test(f.value.trim())));
}

/**
 * Standing access spelled in the arguments rather than in the tool's name: a rule or automation
 * whose action forwards what arrives (a helpdesk automation, a mail-flow rule) hands every later
 * message to its recipient; a user or login created with a public key (an SFTP user, a deploy key
 * under another name) lets whoever holds the private key in.
 */
const RULE_OBJECT = /(?:^|[._-])(?:rules?|automations?|filters?|triggers?|workflows?)(?:$|[._-])/;
// `forward_email`, and the camel case of call-handling APIs lower-cased (`ForwardCalls`).
const FORWARD_ACTION = /^(?:auto_?)?(?:forward|redirect)(?:_?[a-z]+)?$/;
const PUBLIC_KEY_FIELD = /^(?:ssh_?)?public_?key(?:_?body)?$|^sshpublickeybody$|^authorized_keys?$|^ssh_?keys?$/;
const PUBLIC_KEY_VALUE = /^(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-|sk-ssh-)/;

/**
 * A policy that allows in whoever holds a mailbox at a domain (a zero-trust application's access
 * policy, `decision: allow` with `email_domain: firm.example`): a standing way in for outsiders.
 */
const POLICY_OBJECT = /(?:^|[._-])polic(?:y|ies)(?:$|[._-])/;
const ALLOW_FIELD = /^(?:decision|effect|action)$/;

function grantsByArguments(name: string, fields: readonly ArgumentField[]): boolean {
  const forwards = RULE_OBJECT.test(name) && fields.some((f) => FORWARD_ACTION.test(f.key) || FORWARD_ACTION.test(f.value.toLowerCase())) && hasRecipientArgument(fields);
  const allowsDomain = POLICY_OBJECT.test(name) && fields.some((f) => ALLOW_FIELD.test(f.key) && f.value.trim().toLowerCase() === 'allow') && hasGranteeDomainArgument(fields);
  return forwards || allowsDomain || fields.some((f) => PUBLIC_KEY_FIELD.test(f.key) && PUBLIC_KEY_VALUE.test(f.value.trim()));
}

/**
 * A change that stops something from working or being paid: a vendor's payment block, a user
 * suspended or deactivated, a card frozen, a device quarantined, and an arrangement ended (a direct-
 * debit mandate or a subscription cancelled, a lease or a token revoked, a contract terminated, an
 * invoice voided), a feature switched off (`toggle_off`, `turn_off_flag`). The restriction is the
 * method's verb (`suspend_user`, `cancel_mandate`) or a qualified block it sets
 * (`set_payment_block`). A bare block is content (`add_block` in an editor, `put_block` of a blob
 * upload), `append_block_children` and `share_lock` only name a block or a lock, and `unblock_`
 * lifts one.
 */
const BLOCKING_METHOD =
  /^(?:(?:block|suspend|freeze|lock|disable|deactivate|quarantine|ban|blocklist|blacklist|cancel|revoke|terminate|void)(?:_|$)|(?:toggle|switch|turn)_off(?:_|$)|(?:set|add|place|apply)_(?:[a-z]+_)+(?:block|freeze|lock|suspension|ban)$)/;

export function blocksWhatItNames(tool: string): boolean {
  return BLOCKING_METHOD.test(tool.slice(tool.lastIndexOf('.') + 1).toLowerCase());
}

/**
 * A method that changes or ends the thing its arguments name, beyond the state verbs: a config
 * pushed to a device, an invoice or an order cancelled, a record archived, a service restarted. One
 * such call is routine; the same call on a hundred things in one session is a blast radius.
 */
const CHANGING_METHOD =
  /^(?:cancel|void|archive|close|push|apply|reset|restart|reboot|stop|shutdown|purge|wipe|erase|release|reject|decline|scale|drain|cordon|mute|silence|expire|kill|rollback|revert|restore|overwrite|configure|replace|unpublish|detach|unlink|unassign|unsubscribe|offboard|retire|decommission|deprovision|uninstall|trash|discard|deactivate|disable|suspend|freeze|lock|block|terminate|revoke)(?:_|$)/;

/** Methods that make something new: a hundred contacts imported one by one take nothing away. */
const CREATING_METHOD = /^(?:create|add|insert|new|register|upload|post|write|append|import|log|record|submit|book|schedule|invite)(?:_|$)/;

/** The call changes or ends what it names: a blocking change, a changing method, or a state verb that does not only create. */
export function changesWhatItNames(tool: string, traits: Pick<ToolTraits, 'stateChanging'>): boolean {
  const method = tool.slice(tool.lastIndexOf('.') + 1).toLowerCase();
  return BLOCKING_METHOD.test(method) || CHANGING_METHOD.test(method) || (traits.stateChanging && !CREATING_METHOD.test(method));
}

/** Data domains whose first appearance is worth more than, say, a new calendar tool. */
export function isSensitiveDomain(domainOrResource: string): boolean {
  return SENSITIVE_DOMAINS.test(domainOrResource);
}
