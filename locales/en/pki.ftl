# English messages of attach's certificates, keys, CRLs and OCSP (src/pki, cert, ocsp).

## A certification path: why it was refused

path-no-issuer = no issuer of `{ $cert }` among the trusted certificates and x5c (another authority?)
path-untrusted-root = the chain ends at `{ $cert }`, a root that is not trusted
path-alg-mismatch = `{ $cert }` is signed with { $alg }, which does not fit the key of `{ $issuer }`
path-bad-signature = the signature on `{ $cert }` does not verify with the key of `{ $issuer }`
path-signer-is-ca = `{ $cert }` is a CA certificate: a CA never signs documents
path-not-ca = `{ $cert }` is not a certification authority (basicConstraints cA not set)
path-no-cert-sign = `{ $cert }` may not sign certificates: its keyUsage lacks keyCertSign
path-len = `{ $cert }` allows { $len } CA certificate(s) below it (pathLenConstraint), and { $found } follow
path-unknown-critical = `{ $cert }` carries the critical extension { $oid }, which is not processed
path-profile = `{ $cert }` breaks the certificate profile: { $fault }
path-name-constraints = `{ $cert }` violates the name constraints of `{ $ca }`: { $violation }
path-too-long = the path would hold more than { $max } CA certificates, or { $total } certificates
path-too-many-candidates = no path found within { $count } issuer candidates
path-not-valid = { $cert } is valid from { $from } to { $to }, not at { $at }
path-issuer-unknown = the issuing CA is not in x5c, so no CRL can be checked
path-no-crl = no CRL of `{ $issuer }` (the CRL is from another authority)
path-crl-not-signed = the CRL is not signed by `{ $issuer }`
path-no-crl-sign = `{ $issuer }` may not sign CRLs: its keyUsage lacks cRLSign
path-crl-unusable = the CRL of `{ $issuer }` is unusable: { $fault }
path-crl-scope = the CRL of `{ $issuer }` does not cover { $what ->
    [CA] CA
   *[other] end-entity
} certificates
path-crl-future = the CRL is dated in the future ({ $this_update })
path-crl-stale = the CRL is stale: its nextUpdate { $next_update } has passed
path-crl-no-next-update = the CRL has no nextUpdate, so its freshness is unknown
path-revoked = { $cert } was revoked at { $revoked }, no later than the time checked ({ $at })
path-ocsp = OCSP: { $fault } (asked { $responder })
path-ocsp-revoked = OCSP: { $cert } was revoked at { $revoked }, no later than the time checked ({ $at }) (answered by `{ $responder }`)
path-ocsp-unreachable = OCSP unreachable ({ $why }); CRL: { $crl }
path-label-serial = serial { $serial }
path-no-aki = it has no authorityKeyIdentifier

## BER and DER, as a file is read

ber-trailing = { $count ->
    [one] { $count } byte follows
   *[other] { $count } bytes follow
} the element
ber-too-deep = elements nested over { $depth } deep
ber-short = the data ends inside an element
ber-tag-too-long = a tag number too long
ber-indefinite-primitive = a primitive element of indefinite length
ber-length-too-long = a length too long
ber-empty-bit-string-piece = an empty piece of a BIT STRING
ber-piece-type = a piece of a string of another type

## The certification authority

ca-csr = certificate signing request: { $why }
ca-no-randomness = no randomness available
ca-uri-unwritable = `{ $text }` cannot be written in a certificate: { $why }
ca-not-csr = not a PKCS#10 certificate request: { $why }
ca-csr-supported = supported: ECDSA P-256, Ed25519, RSA of 2048 bits or more
ca-csr-rsa-bits = its key is RSA of { $bits } bits; { $supported }
ca-csr-ec-curve = an EC key on curve { $curve }
ca-csr-key-alg = a key of algorithm { $oid }
ca-csr-key = its key is { $what }; { $supported }
ca-ed25519-layout = an Ed25519 key not in the PKCS#8 layout ring writes

## How a certificate breaks the RFC 5280 profile

ext-signature-alg-differs = its signatureAlgorithm differs from the signature algorithm inside it
ext-issuer-empty = its issuer name is empty
ext-repeated = extension { $oid } appears more than once
ext-malformed = its { $name } extension is malformed
ext-eku-empty = its extendedKeyUsage lists no purpose
ext-san-empty = its subjectAltName is empty
ext-san-not-critical = its subject is empty and its subjectAltName is not critical
ext-name-constraints = its name constraints are unusable: { $why }
ext-policy-constraints-not-critical = its policyConstraints extension is not critical
ext-policy-constraints = it carries policyConstraints, and certificate policies are not processed
ext-policy-mappings = it carries policyMappings, and certificate policies are not processed
ext-inhibit-any-policy-not-critical = its inhibitAnyPolicy extension is not critical
ext-critical = its { $name } extension is critical
ext-name-constraints-not-critical = its nameConstraints extension is not critical
ext-no-subject-no-san = its subject is empty and it has no subjectAltName
ext-cert-sign-not-ca = its keyUsage asserts keyCertSign, but it is not a CA
ext-path-len-not-ca = it has a pathLenConstraint without being a CA that signs certificates
ext-name-constraints-not-ca = it carries name constraints, which only a CA may
ext-basic-not-critical = it is a CA and its basicConstraints is not critical
ext-ca-no-ski = it is a CA without a subjectKeyIdentifier
ext-ca-empty-subject = it is a CA with an empty subject
ext-serial-unencodable = its serial number cannot be encoded
ext-serial-negative = its serial number is negative
ext-serial-zero = its serial number is zero
ext-serial-long = its serial number is { $count } octets long (20 at most)

## Name constraints

names-empty-subtrees = its { $which } subtrees are an empty sequence
names-no-subtrees = it has neither permitted nor excluded subtrees
names-subtree-bounds = a subtree has a minimum or maximum (RFC 5280: minimum 0, no maximum)
names-no-mailbox = `{ $text }` is no mailbox
names-no-domain = `{ $text }` is no domain
names-no-host = `{ $text }` is no host name
names-dns-not-domain = dNSName constraint `{ $text }` is not a domain name
names-ip-length = an iPAddress constraint of { $count } bytes (8 or 32: address and mask)
names-ip-mask = iPAddress constraint mask { $mask } is not a prefix
names-malformed = the malformed { $form } `{ $text }`
names-unprocessed = an { $form }
names-not-permitted = { $name } is in none of its permitted subtrees
names-excluded = { $name } is in one of its excluded subtrees
names-malformed-violation = it constrains names of that form, and { $name } cannot be placed among them
names-unprocessed-violation = it constrains { $form } names, which are not processed, and the certificate holds one
names-too-many = checking it would take over { $count } name comparisons, more than a validation is allowed

## CRLs

crl-signature-alg-differs = its signatureAlgorithm differs from the one inside it
crl-no-number = it has no CRLNumber
crl-number-critical = its CRLNumber is marked critical
crl-numbers = it has more than one CRLNumber
crl-indirect = it is an indirect or partial (by reasons) CRL, which is not processed
crl-attribute-certs = it covers attribute certificates only
crl-idp-malformed = its issuingDistributionPoint is malformed
crl-unknown-critical = it carries the critical extension { $oid }, which is not processed
crl-entry-unknown-critical = an entry carries the critical extension { $oid }, which is not processed
crl-not-x509 = not an X.509 CRL: { $why }
crl-no-tbs = CRL has no to-be-signed part

## Certificates

cert-not-x509 = not an X.509 certificate: { $why }
cert-no-tbs = certificate has no to-be-signed part
cert-no-key-usage = certificate has no key usage extension
cert-auth-cannot-sign = an authentication certificate (clientAuth / keyEncipherment) cannot sign documents
cert-lacks-signing-usage = key usage lacks digitalSignature and nonRepudiation
cert-signing-cannot-authenticate = a signing certificate cannot prove identity: use the authentication certificate (clientAuth)
cert-lacks-digital-signature = key usage lacks digitalSignature

## GOST algorithms

gost-unsupported = { $what } is { $name } ({ $oid }): GOST keys and signatures are not supported (only ECDSA P-256, Ed25519 and RSA)
gost-the-key = the key
gost-its-key = its key
gost-its-signature = its signature
gost-its-encryption = its encryption

## Keys

key-rsa-too-short = the RSA key is shorter than 2048 bits
key-unreadable = not a PKCS#8 P-256, Ed25519 or RSA private key, nor a PKCS#1 RSA key
key-no-pem-block = no PRIVATE KEY PEM block
key-encrypted-pkcs8 = encrypted PKCS#8 keys are not read: decrypt it with `openssl pkey -in KEY -out plain.pem` (it asks for the password), or use a PKCS#12 file with ATTACH_KEY_PASSWORD
key-sec1 = SEC1 EC keys are not read; convert with `openssl pkcs8 -topk8 -nocrypt`
key-pem-block = unsupported PEM block `{ $label }`
key-pkcs12-no-key = holds no private key
key-no-randomness = no randomness

## PKCS#12 keystores

p12-wrong-password = cannot open (wrong password?): its MAC does not verify with this password
p12-cannot-open = cannot open: { $why }
p12-not-keystore = not a PKCS#12 keystore: { $why }
p12-not-ber = not BER nor DER: { $why }
p12-not-sequence = not a SEQUENCE
p12-no-safe = no authenticated safe
p12-safe-not-data = its authenticated safe is not data
p12-safe = its authenticated safe: { $why }
p12-data-without-octets = a data ContentInfo without octets
p12-encrypted-data-shape = an EncryptedData of another shape
p12-mac-data = its MAC is not a PKCS#12 MacData
p12-mac-iterations = its MAC takes { $count } iterations
p12-mac-digest = cannot open: its MAC uses the digest { $digest }

## PEM

pem-not-utf8 = PEM text is not UTF-8
pem-no-end = PEM block `{ $label }` has no END line
pem-base64 = PEM block `{ $label }` is not valid base64: { $why }
pem-no-block = no `{ $label }` PEM block

## OCSP responses

ocsp-malformed = the response is not an OCSP response: { $why }
ocsp-status = the responder answered `{ $status }` instead of a status
ocsp-not-basic = the response is of type { $kind }, not a basic OCSP response
ocsp-unverifiable = the response is signed with { $alg }, which cannot be verified here{ $what }
ocsp-unverifiable-gost = {" "}(GOST signatures are not supported)
ocsp-unverifiable-key = {" "}with the key of `{ $signer }`
ocsp-bad-signature = the response's signature does not verify with the key of `{ $signer }`
ocsp-unauthorized = the response is signed by { $responder }, which is neither `{ $issuer }` nor a responder it delegated OCSP signing to
ocsp-responder-invalid = the responder `{ $responder }` { $why }
ocsp-responder-not-valid = is valid from { $from } to { $to }, not now
ocsp-responder-no-digital-signature = may not sign: its keyUsage lacks digitalSignature
ocsp-responder-revoked = is revoked by its issuer's CRL
ocsp-responder-named = a responder named { $name }
ocsp-responder-by-key = key SHA-1 { $hash }
ocsp-other-certificate = the response does not name this certificate (serial { $serial } of `{ $issuer }`): it is for another
ocsp-nonce-other = the response carries another nonce than the one sent (a replay?)
ocsp-nonce-missing = the response carries no nonce, and one was sent (a replay?)
ocsp-future = the response is dated in the future (thisUpdate { $this_update })
ocsp-stale = the response is stale: { $why }
ocsp-stale-next-update = its nextUpdate { $next } has passed
ocsp-stale-no-next-update = it has no nextUpdate and its thisUpdate { $this } is over an hour old
ocsp-unknown = the responder does not know the certificate (status unknown)
ocsp-no-randomness = no randomness for the OCSP nonce
ocsp-empty = successful, but empty
ocsp-no-data = no response data
ocsp-signing-key = the OCSP signing key is not a P-256 key: { $why }

## cert info

cert-info-field = field
cert-info-value = value
cert-info-subject = subject
cert-info-iin = IIN
cert-info-bin = BIN
cert-info-surname = surname
cert-info-given-name = given name
cert-info-patronymic = patronymic
cert-info-organization = organization
cert-info-role = role
cert-info-purpose = purpose
cert-info-key = key
cert-info-signature = signature
cert-info-valid = valid
cert-info-issuer = issuer
cert-info-serial = serial
cert-info-crl = CRL
cert-info-ocsp = OCSP
cert-info-ca-issuers = CA issuers
cert-info-invalid-number = { $value } (INVALID: { $why })
cert-info-fails-check = fails its check
cert-info-key-unsupported = { $key } — not supported
cert-info-valid-range = { $from } to { $to }
cert-info-role-value = { $role ->
    [individual] individual
    [head] head
    [signer] signer
   *[employee] employee
}
cert-info-purpose-value = { $purpose ->
    [ca] ca
    [ocsp] ocsp
    [authentication] authentication
    [signing] signing
    [server] server
   *[other] other
}

## cert ocsp

cert-ocsp-not-checked = not checked: { $detail }
cert-ocsp-not-der = is not a DER OCSP response: { $why }
cert-ocsp-no-signed-data = the response carries no signed data
cert-ocsp-responder-cert-missing = the responder's certificate is neither in the response nor given with --trust
cert-ocsp-responder-unknown = the responder is unknown
cert-ocsp-verifies = verifies with the key of `{ $signer }`
cert-ocsp-unverifiable = signed with { $alg }, which cannot be verified here{ $what }
cert-ocsp-signature-not-checked = the signature was not checked
cert-ocsp-signature-bad = the signature does not verify
cert-ocsp-pass-issuer = pass the issuing CA of the certificate asked about with --trust
cert-ocsp-issuer-itself = the issuing CA `{ $issuer }` itself
cert-ocsp-delegated = `{ $signer }`, delegated by `{ $issuer }` (id-kp-OCSPSigning)
cert-ocsp-yes = yes
cert-ocsp-no = NO
cert-ocsp-not-checked-word = not checked
cert-ocsp-verdict = { $word }: { $detail }
cert-ocsp-response-status = response status
cert-ocsp-produced-at = produced at
cert-ocsp-responder = responder
cert-ocsp-nonce = nonce
cert-ocsp-signed-with = signed with
cert-ocsp-certificate = certificate
cert-ocsp-certificate-id = serial { $serial } ({ $hash })
cert-ocsp-issuer-hashes = issuer hashes
cert-ocsp-hashes = name { $name }, key { $key }
cert-ocsp-revoked-at = revoked at { $at }
cert-ocsp-status = status
cert-ocsp-status-value = { $status ->
    [good] good
    [revoked] revoked
   *[unknown] unknown
}
cert-ocsp-this-update = this update
cert-ocsp-next-update = next update
cert-ocsp-signature = signature
cert-ocsp-responder-authority = responder authority

## cert verify

cert-verify-gost = cannot be verified: { $why }
cert-verify-purpose-any = a certificate for { $purpose } (no --purpose asked)
cert-verify-auth-ok = digitalSignature with clientAuth: an authentication certificate
cert-verify-not-auth = a certificate for { $purpose }, not authentication (digitalSignature with clientAuth)
cert-verify-at = `{ $text }` is not now or an RFC 3339 time
cert-verify-headline = { $valid ->
    [yes] VALID
   *[no] INVALID
}
cert-verify-check = check
cert-verify-ok = ok
cert-verify-detail = detail
cert-verify-no-portal = no portal to ask: use --portal URL, a home that holds an embedded portal, or --ocsp-url URL
cert-none-in-file = holds no certificate

## Asking an OCSP responder

ocsp-portal-responder = the responder of the portal ({ $portal })
ocsp-url-responder = the responder at { $url }
ocsp-url-scheme = `{ $url }` is not an http:// or https:// URL
ocsp-url-http-status = { $url } answered HTTP { $status }
