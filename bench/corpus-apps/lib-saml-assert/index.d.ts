export interface ServiceProviderOptions {
  entityId: string;
  assertionConsumerServiceUrl: string;
  idpSsoUrl: string;
  idpSloUrl?: string;
  idpIssuer: string;
  /** PEM certificate of the identity provider. */
  idpCert: string;
  /** PEM private key used to sign AuthnRequests (optional). */
  privateKey?: string;
  acceptedClockSkewMs?: number;
  audience?: string;
}

export interface Profile {
  issuer: string;
  nameID: string;
  nameIDFormat?: string;
  sessionIndex?: string;
  attributes: Record<string, string | string[]>;
}

export interface LogoutRequest {
  id: string;
  issuer: string;
  nameID: string;
  sessionIndex?: string;
}

export declare class SamlError extends Error {
  code: string;
}

export declare class ServiceProvider {
  constructor(options: ServiceProviderOptions);
  getAuthorizeUrl(relayState?: string): { id: string; url: string };
  validatePostResponse(body: { SAMLResponse: string; RelayState?: string }): Profile;
  validatePostLogoutRequest(body: { SAMLRequest: string }): LogoutRequest;
  validateRedirect(rawQuery: string): LogoutRequest;
}

export declare function createServiceProvider(options: ServiceProviderOptions): ServiceProvider;
