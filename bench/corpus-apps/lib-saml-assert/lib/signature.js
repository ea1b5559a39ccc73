'use strict';

const crypto = require('crypto');
const { SignedXml } = require('xml-crypto');
const { selectAll, parseXml } = require('./xml');

const SIGNATURE_XPATH = ".//*[local-name(.)='Signature' and namespace-uri(.)='http://www.w3.org/2000/09/xmldsig#']";

const REDIRECT_ALGORITHMS = {
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256': 'RSA-SHA256',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512': 'RSA-SHA512',
};

function newVerifier(cert) {
  return new SignedXml({ publicCert: cert, getCertFromKeyInfo: () => null });
}

/**
 * True when some XML signature in the document validates against the identity provider's
 * certificate.
 */
function verifyDocumentSignature(doc, xml, cert) {
  const signatures = selectAll(doc, SIGNATURE_XPATH);
  for (const signature of signatures) {
    const sig = newVerifier(cert);
    sig.loadSignature(signature);
    try {
      if (sig.checkSignature(xml)) return true;
    } catch (err) {
      // try the next signature
    }
  }
  return false;
}

/**
 * Verifies the enveloped signature of `element` (a direct ds:Signature child whose single
 * reference points at the element's own ID) and returns the element re-parsed from the bytes the
 * signature covers, or null.
 */
function verifyElementSignature(element, xml, cert) {
  const id = element.getAttribute('ID');
  const own = selectAll(element, "./*[local-name(.)='Signature' and namespace-uri(.)='http://www.w3.org/2000/09/xmldsig#']");
  if (!id || own.length !== 1) return null;
  const sig = newVerifier(cert);
  sig.loadSignature(own[0]);
  let valid = false;
  try {
    valid = sig.checkSignature(xml);
  } catch (err) {
    valid = false;
  }
  if (!valid) return null;
  const refs = sig.getSignedReferences();
  if (refs.length !== 1) return null;
  const signed = parseXml(refs[0]).documentElement;
  if (signed.localName !== element.localName || signed.getAttribute('ID') !== id) return null;
  return signed;
}

/**
 * HTTP-Redirect binding: the signature covers `SAMLRequest=…&RelayState=…&SigAlg=…` exactly as
 * the values appear (still URL-encoded) in the query string.
 */
function verifyRedirectSignature(rawQuery, cert) {
  const pairs = String(rawQuery).replace(/^\?/, '').split('&').map((p) => {
    const i = p.indexOf('=');
    return i === -1 ? [p, ''] : [p.slice(0, i), p.slice(i + 1)];
  });
  const get = (name) => {
    const hit = pairs.find(([k]) => k === name);
    return hit ? hit[1] : undefined;
  };
  const sigAlg = decodeURIComponent(get('SigAlg') || '');
  const algorithm = REDIRECT_ALGORITHMS[sigAlg];
  if (!algorithm) return false;
  const messageKey = get('SAMLRequest') !== undefined ? 'SAMLRequest' : 'SAMLResponse';
  const signedParts = [`${messageKey}=${get(messageKey)}`];
  if (get('RelayState') !== undefined) signedParts.push(`RelayState=${get('RelayState')}`);
  signedParts.push(`SigAlg=${get('SigAlg')}`);
  const signature = Buffer.from(decodeURIComponent(get('Signature') || ''), 'base64');
  return crypto.createVerify(algorithm).update(signedParts.join('&')).verify(cert, signature);
}

module.exports = { verifyDocumentSignature, verifyElementSignature, verifyRedirectSignature };
