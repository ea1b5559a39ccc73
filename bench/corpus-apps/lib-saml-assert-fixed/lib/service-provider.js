'use strict';

const crypto = require('crypto');
const zlib = require('zlib');
const { normalizeOptions } = require('./options');
const { SamlError } = require('./errors');
const { parseXml, selectAll, decodePost, decodeRedirect } = require('./xml');
const { verifyElementSignature, verifyRedirectSignature } = require('./signature');
const { checkStatus, checkConditions, readProfile, readLogoutRequest } = require('./assertion');

function escapeXml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

class ServiceProvider {
  constructor(options) {
    this.options = normalizeOptions(options);
  }

  /** Redirect-binding AuthnRequest URL for the identity provider. */
  getAuthorizeUrl(relayState) {
    const id = `_${crypto.randomBytes(21).toString('hex')}`;
    const xml =
      `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"` +
      ` ID="${id}" Version="2.0" IssueInstant="${new Date().toISOString()}"` +
      ` AssertionConsumerServiceURL="${escapeXml(this.options.assertionConsumerServiceUrl)}">` +
      `<saml:Issuer>${escapeXml(this.options.entityId)}</saml:Issuer></samlp:AuthnRequest>`;
    const params = new URLSearchParams({ SAMLRequest: zlib.deflateRawSync(xml).toString('base64') });
    if (relayState) params.set('RelayState', relayState);
    if (this.options.privateKey) {
      params.set('SigAlg', 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
      const signature = crypto.createSign('RSA-SHA256').update(params.toString()).sign(this.options.privateKey, 'base64');
      params.set('Signature', signature);
    }
    const url = new URL(this.options.idpSsoUrl);
    for (const [k, v] of params) url.searchParams.set(k, v);
    return { id, url: url.toString() };
  }

  /** POST binding: `req.body.SAMLResponse` from the assertion consumer service route. */
  validatePostResponse(body) {
    const xml = decodePost(body && body.SAMLResponse);
    const doc = parseXml(xml);
    const response = doc.documentElement;
    if (response.localName !== 'Response') throw new SamlError('not a SAML Response', 'ERR_SAML_RESPONSE');
    checkStatus(response);
    const candidates = selectAll(doc, '//saml:Assertion');
    if (candidates.length !== 1 || candidates[0].parentNode !== response) {
      throw new SamlError('response must hold exactly one assertion', 'ERR_SAML_ASSERTION');
    }
    const assertion = verifyElementSignature(candidates[0], xml, this.options.idpCert);
    if (!assertion) throw new SamlError('invalid signature', 'ERR_SAML_SIGNATURE');
    checkConditions(assertion, this.options);
    // safe: CWE-347
    return readProfile(assertion, this.options);
  }

  /** POST binding single logout: the LogoutRequest must carry its own enveloped signature. */
  validatePostLogoutRequest(body) {
    const xml = decodePost(body && body.SAMLRequest);
    const doc = parseXml(xml);
    const signed = verifyElementSignature(doc.documentElement, xml, this.options.idpCert);
    if (!signed) throw new SamlError('invalid signature', 'ERR_SAML_SIGNATURE');
    // safe: CWE-347
    return readLogoutRequest(signed, this.options);
  }

  /**
   * Redirect binding single logout: pass the raw query string (`req.originalUrl.split('?')[1]`)
   * so the signature can be checked over the bytes the identity provider signed.
   */
  validateRedirect(rawQuery) {
    const params = new URLSearchParams(rawQuery);
    const message = params.get('SAMLRequest');
    if (!message) throw new SamlError('missing SAMLRequest', 'ERR_SAML_LOGOUT');
    if (!params.has('Signature') || !verifyRedirectSignature(rawQuery, this.options.idpCert)) {
      throw new SamlError('missing or invalid signature', 'ERR_SAML_SIGNATURE');
    }
    const doc = parseXml(decodeRedirect(message));
    // safe: CWE-347
    return readLogoutRequest(doc.documentElement, this.options);
  }
}

module.exports = { ServiceProvider };
