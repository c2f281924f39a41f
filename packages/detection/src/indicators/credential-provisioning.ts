import type { ArgumentField } from './arguments';

/**
 * Provisioning an integration: a credential created at the service that issues it (an API key, a
 * token, an app password, an integration key), then put into the organisation's secret store.
 * It is how teams hand a service its key without anyone seeing it, and it reads no records: what
 * the issuer is sent is the key's settings, and a store write adds a secret without reading any.
 * Where the credential goes after that is the question, and a send, a grant or a payload judges it.
 */

/** A method that creates a credential its issuer hands back (`create_api_key`, `add_application_password`, `rotate_role_password`). */
const CREATES_CREDENTIAL =
  /^(?:create|add|generate|rotate|regenerate|issue|mint|roll|new)_(?:[a-z0-9]+_){0,3}(?:api_?keys?|keys?|tokens?|passwords?|credentials?|client_secrets?|access_keys?|secret_keys?)$/;
/**
 * A key or credential someone else holds, registered here: a deploy or SSH key, a federated
 * credential trusting an outside issuer. That grants the holder a way in; nothing is issued.
 */
const REGISTERS_OUTSIDE_KEY = /(?:deploy|ssh|gpg|pgp|public|federated|federated_identity)_(?:keys?|credentials?)$/;
/** A creating method whose result names the credential it issued (`integration_key`, `ApiTokens`, `secret`). */
const CREATING_METHOD = /^(?:create|add|generate|issue|new|register)_/;
/**
 * People get passwords too, a webhook or a subscription comes with its signing secret, and a public
 * dashboard or a share link with its access token: a new account, invitation, delivery target or
 * public page is a grant to whoever is on the other end, not a key for a service.
 */
const GRANTS_SOMEONE = /(?:^|_)(?:users?|members?|accounts?|logins?|guests?|invit(?:e|es|ation|ations)|people|persons?|employees?|customers?|webhooks?|hooks?|subscriptions?|shares?|sharing|links?|public|forward(?:ing)?|delegates?)(?:$|_)/;
const ISSUED_CREDENTIAL_FIELD = /^(?:api_?keys?|api_?secret|api_?tokens?|apitokens|secret|secret_?key|secrettext|client_?secret|token|access_?token|access_?key|integration_?key|routing_?key|app_?password|private_?key)$/;

/**
 * Products whose whole purpose is keeping secrets: a write there stores one. Generic words (`op`,
 * `esc`) are left out; their methods still count when they name a secret.
 */
const SECRET_STORES =
  /^(?:vault|hashicorp_vault|hcp_vault|openbao|keyvault|key_vault|azure_keyvault|secretmanager|secret_manager|secrets_manager|secretsmanager|gcp_secretmanager|aws_secretsmanager|parameter_store|conjur|delinea|secret_server|thycotic|bws|bitwarden|bitwarden_sm|vaultwarden|psono|protonpass|proton_pass|keeper|keeper_sm|onepassword|1password|lastpass|passbolt|dashlane|doppler|infisical|akeyless|cyberark|pulumi_esc|teampass|keepass)$/;
const STORE_WRITE = /^(?:set|put|add|create|write|update|upsert|store|save|import|kv_put|create_or_update)(?:_|$)/;
/** `set_actions_secret`, `create_or_update_repo_secret`, `add_secret_version`: a secret written wherever it lives. */
const WRITES_A_SECRET = /^(?:set|put|add|create|write|update|upsert|store|save|create_or_update)_(?:[a-z0-9]+_){0,2}secrets?(?:_versions?)?$/;

function split(tool: string): { service: string; method: string } {
  const name = tool.toLowerCase();
  const dot = name.indexOf('.');
  return dot > 0 ? { service: name.slice(0, dot), method: name.slice(dot + 1) } : { service: '', method: name };
}

/**
 * The call creates a credential that its issuer hands back: by the method's name, or (when the
 * result is known) by a creating method whose result carries a credential field.
 */
export function createsCredential(tool: string, resultFields: () => readonly ArgumentField[] = () => []): boolean {
  const { service, method } = split(tool);
  if (SECRET_STORES.test(service) || REGISTERS_OUTSIDE_KEY.test(method) || GRANTS_SOMEONE.test(method)) return false;
  return CREATES_CREDENTIAL.test(method) || (CREATING_METHOD.test(method) && resultFields().some((f) => ISSUED_CREDENTIAL_FIELD.test(f.key)));
}

/** The call writes a value into a secret store (a vault, a password manager, a CI system's secrets). */
export function storesSecret(tool: string): boolean {
  const { service, method } = split(tool);
  return (SECRET_STORES.test(service) && STORE_WRITE.test(method)) || WRITES_A_SECRET.test(method);
}
