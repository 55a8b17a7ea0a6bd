#!/usr/bin/env bash
# Makes the GOST fixtures of tests/it/keystores.rs with OpenSSL's gost engine (Debian's
# libengine-gost-openssl), which `attach` must name as unsupported: a GOST R 34.10-2012 key and
# its self-signed certificate in the national profile, and the two in a PKCS#12 keystore with
# legacy encryption (password `gost-pass`). Run once; the outputs are committed, so the tests
# need no engine. Their dates do not matter: a GOST certificate is refused before its validity
# is looked at.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl genpkey -engine gost -algorithm gost2012_256 -pkeyopt paramset:A -out "$work/key.pem" 2>/dev/null
openssl req -engine gost -new -x509 -key "$work/key.pem" -md_gost12_256 -days 7300 -utf8 \
    -subj "/CN=ГОСТОВ ГОСТ/SN=ГОСТОВ/serialNumber=IIN900101300453/C=KZ/GN=ГОСТОВИЧ" \
    -addext "basicConstraints=critical,CA:FALSE" -addext "keyUsage=critical,digitalSignature,nonRepudiation" \
    -addext "extendedKeyUsage=emailProtection,1.2.398.3.3.4.1.1" \
    -out ru-gost2012.pem 2>/dev/null
openssl pkcs12 -engine gost -export -legacy -certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1 \
    -inkey "$work/key.pem" -in ru-gost2012.pem -passout pass:gost-pass -out ru-gost2012.p12 2>/dev/null
