import { parseArgumentFields } from './arguments';
import { createsCredential, storesSecret } from './credential-provisioning';

const result = (json: unknown) => () => parseArgumentFields(JSON.stringify(json));

describe('createsCredential', () => {
  test('a method that creates, rotates or adds a key, token or password for a service creates a credential', () => {
    for (const t of ['algolia.create_api_key', 'cloudflare.create_api_token', 'stripe.create_restricted_key', 'npm.create_granular_access_token', 'azure_ad.add_application_password', 'db.rotate_role_password', 'gitlab.create_project_access_token', 'scaleway.create_api_key']) {
      expect([t, createsCredential(t)]).toEqual([t, true]);
    }
  });

  test('a creating method whose result carries the issued credential creates one, whatever the method calls it', () => {
    expect(createsCredential('pagerduty.create_service_integration', result({ integration: { id: 'P1', integration_key: '<returned once>' } }))).toBe(true);
    expect(createsCredential('postmark.create_server', result({ ID: 3, ApiTokens: ['<returned once>'] }))).toBe(true);
    expect(createsCredential('dhl_developer.create_app', result({ app_id: 'a1', api_key: '<returned once>' }))).toBe(true);
    expect(createsCredential('postmark.create_server', result({ ID: 3, Name: 'order-mail' }))).toBe(false);
    // Reading a secret back is not creating one.
    expect(createsCredential('secrets.get_secret', result({ secret: 's3cr3t' }))).toBe(false);
  });

  test("registering someone else's key, or creating a person, a webhook or a share, grants access and creates no service credential", () => {
    for (const t of ['git.add_deploy_key', 'github.create_deploy_key', 'users.add_ssh_key', 'azure_ad.create_federated_identity_credential', 'okta.create_user_password', 'idp.rotate_user_password']) {
      expect([t, createsCredential(t)]).toEqual([t, false]);
    }
    expect(createsCredential('github.create_webhook', result({ id: 1, config: { secret: 'whsec' } }))).toBe(false);
    expect(createsCredential('grafana.create_public_dashboard', result({ uid: 'd1', accessToken: 'a357d8b9' }))).toBe(false);
    expect(createsCredential('drive.create_share_link', result({ url: 'https://d.example/s/1', token: 'x1' }))).toBe(false);
    expect(createsCredential('admin.create_user', result({ login: 'jo', password: 'Temp-1234' }))).toBe(false);
  });

  test('a secret store creating an entry stores a secret; it does not create one', () => {
    expect(createsCredential('delinea.create_secret')).toBe(false);
    expect(storesSecret('delinea.create_secret')).toBe(true);
  });
});

describe('storesSecret', () => {
  test('a write into a vault, a password manager or a CI system\'s secrets stores a secret', () => {
    for (const t of ['hashicorp_vault.kv_put', 'keyvault.set_secret', 'gcp_secretmanager.add_secret_version', 'conjur.set_variable', 'protonpass.create_item', 'keeper_sm.create_record', 'pulumi_esc.set_value', 'github.set_actions_secret', 'github.create_or_update_repo_secret', 'k8s.create_secret']) {
      expect([t, storesSecret(t)]).toEqual([t, true]);
    }
  });

  test('reading, listing or sharing a store is not a write', () => {
    for (const t of ['vault.read_secret', 'secrets.get_secret', 'doppler.get_secrets', 'onepassword.share_item', 'onepassword.grant_group_vault_access', 'vault.list', 'github.get_secret_scanning_alert']) {
      expect([t, storesSecret(t)]).toEqual([t, false]);
    }
  });
});
