// A real OpenID provider for VC2's login tests: panva/oidc-provider (OpenID Certified), with its own development
// login pages. The tests start it with node; accounts, the client and the port come from the environment:
//   PORT                 the port to listen on (127.0.0.1)
//   CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS, POST_LOGOUT_REDIRECT_URIS (comma-separated)
//   ACCOUNTS             JSON: { "login": { "name": "…", "email": "…", "roles": ["koordinerende-sagsbehandler:751"] } }
// Like a conformant provider, it puts name, e-mail and roles in the userinfo answer, not in the id_token.
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.ACCOUNTS ?? '{}');
const split = (value) => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);

const provider = new Provider(issuer, {
  clients: [{
    client_id: process.env.CLIENT_ID,
    client_secret: process.env.CLIENT_SECRET,
    redirect_uris: split(process.env.REDIRECT_URIS),
    post_logout_redirect_uris: split(process.env.POST_LOGOUT_REDIRECT_URIS),
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  scopes: ['openid', 'profile', 'email', 'roles'],
  claims: { openid: ['sub'], profile: ['name'], email: ['email'], roles: ['roles'] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  cookies: { keys: ['vc2-test-cookie-key'] },
  async findAccount(ctx, id) {
    const account = accounts[id];
    if (!account) {
      return undefined;
    }

    return { accountId: id, async claims() { return { sub: id, ...account }; } };
  },
});

provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
