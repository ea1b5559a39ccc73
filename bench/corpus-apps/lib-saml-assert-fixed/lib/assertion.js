'use strict';

const { selectAll, selectOne, text } = require('./xml');
const { SamlError } = require('./errors');

const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';

function checkStatus(response) {
  const code = selectOne(response, './samlp:Status/samlp:StatusCode/@Value');
  if (!code || code.value !== SUCCESS) {
    throw new SamlError(`identity provider returned ${code ? code.value : 'no status'}`, 'ERR_SAML_STATUS');
  }
}

function checkConditions(assertion, options, now = Date.now()) {
  const conditions = selectOne(assertion, './saml:Conditions');
  if (!conditions) throw new SamlError('assertion has no Conditions', 'ERR_SAML_CONDITIONS');
  const skew = options.acceptedClockSkewMs;
  const notBefore = conditions.getAttribute('NotBefore');
  const notOnOrAfter = conditions.getAttribute('NotOnOrAfter');
  if (notBefore && now + skew < Date.parse(notBefore)) throw new SamlError('assertion not yet valid', 'ERR_SAML_NOT_BEFORE');
  if (!notOnOrAfter || !(now - skew < Date.parse(notOnOrAfter))) throw new SamlError('assertion expired', 'ERR_SAML_EXPIRED');
  const audiences = selectAll(conditions, './saml:AudienceRestriction/saml:Audience').map((n) => n.textContent.trim());
  if (!audiences.includes(options.audience)) throw new SamlError('audience mismatch', 'ERR_SAML_AUDIENCE');
}

function checkIssuer(node, options) {
  const issuer = text(node, './saml:Issuer');
  if (issuer !== options.idpIssuer) throw new SamlError(`unexpected issuer ${issuer}`, 'ERR_SAML_ISSUER');
  return issuer;
}

function readProfile(assertion, options) {
  const issuer = checkIssuer(assertion, options);
  const nameIdNode = selectOne(assertion, './saml:Subject/saml:NameID');
  if (!nameIdNode) throw new SamlError('assertion has no NameID', 'ERR_SAML_SUBJECT');
  const attributes = {};
  for (const attr of selectAll(assertion, './saml:AttributeStatement/saml:Attribute')) {
    const name = attr.getAttribute('Name');
    const values = selectAll(attr, './saml:AttributeValue').map((v) => v.textContent.trim());
    if (name) attributes[name] = values.length === 1 ? values[0] : values;
  }
  const authn = selectOne(assertion, './saml:AuthnStatement');
  return {
    issuer,
    nameID: nameIdNode.textContent.trim(),
    nameIDFormat: nameIdNode.getAttribute('Format') || undefined,
    sessionIndex: authn ? authn.getAttribute('SessionIndex') || undefined : undefined,
    attributes,
  };
}

function readLogoutRequest(request, options) {
  if (!request || request.localName !== 'LogoutRequest') throw new SamlError('not a LogoutRequest', 'ERR_SAML_LOGOUT');
  return {
    id: request.getAttribute('ID'),
    issuer: checkIssuer(request, options),
    nameID: text(request, './saml:NameID'),
    sessionIndex: text(request, './samlp:SessionIndex') || undefined,
  };
}

module.exports = { checkStatus, checkConditions, readProfile, readLogoutRequest };
