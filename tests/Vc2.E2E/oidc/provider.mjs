// A real OpenID provider for VC2's login tests: panva/oidc-provider (OpenID Certified), with its own development
// login pages. The tests start it with node; accounts, the client and the port come from the environment:
//   PORT                 the port to listen on (127.0.0.1)
//   CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS, POST_LOGOUT_REDIRECT_URIS (comma-separated)
//   ACCOUNTS             JSON: { "login": { "name": "…", "email": "…", "roles": ["koordinerende-sagsbehandler:751"] } }
//                        A MitID Erhverv account (as NemLog-in answers it) carries the two professional claims instead
//                        of roles: { "https://data.gov.dk/model/core/eid/professional/cvr": "12345678",
//                        "https://data.gov.dk/model/core/eid/professional/uuid/persistent": "urn:uuid:…" }.
// Like a conformant provider, it puts name, e-mail and roles in the userinfo answer, not in the id_token; the professional
// claims are released under the scope "nemlogin" (Oidc:Scopes = "roles nemlogin").
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.ACCOUNTS ?? '{}');
// NemLog-in's names for MitID Erhverv's claims (VC2's defaults for Oidc:CvrClaim and Oidc:ProfessionalIdClaim).
const professionalCvr = 'https://data.gov.dk/model/core/eid/professional/cvr';
const professionalId = 'https://data.gov.dk/model/core/eid/professional/uuid/persistent';
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
  scopes: ['openid', 'profile', 'email', 'roles', 'nemlogin'],
  claims: {
    openid: ['sub'], profile: ['name'], email: ['email'], roles: ['roles'],
    nemlogin: [professionalCvr, professionalId],
  },
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
