#!/usr/bin/env python3
"""Self-test of verify_jws.py: throwaway PKI, hand-built JWS documents, good and bad.

Run: python3 tests/interop/selftest.py   (exit 0 when every case behaves)
"""
import base64
import datetime
import json
import os
import subprocess
import sys
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

VERIFIER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "verify_jws.py")
NOW = datetime.datetime.now(datetime.timezone.utc)
DOC = {"type": "phc-attachment-request", "version": 1, "x": "é"}


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def cert(subject, key, issuer_name, issuer_key, ca):
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name or name)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(NOW - datetime.timedelta(days=1))
         .not_valid_after(NOW + datetime.timedelta(days=30))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    return b.sign(issuer_key, hashes.SHA256())


def pki(label):
    """Root CA and issuing CA (both P-256); returns (root cert, issuing cert, issuing key)."""
    rk, ik = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    root = cert(f"{label} root", rk, None, rk, True)
    return root, cert(f"{label} issuing", ik, root.subject, rk, True), ik


def sign(alg, key, data):
    if alg == "ES256":
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")
    if alg == "EdDSA":
        return key.sign(data)
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def jws(alg, key, chain, payload_bytes, typ="phc-attachment-request+jws", header=None):
    h = {"alg": alg, "typ": typ, "sigT": NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),
         "x5c": [base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode()
                 for c in chain]}
    h.update(header or {})
    protected, payload = b64u(json.dumps(h).encode()), b64u(payload_bytes)
    sig = sign(alg, key, f"{protected}.{payload}".encode())
    return {"protected": protected, "payload": payload, "signature": b64u(sig)}


def canon(doc):  # the JCS form of DOC-like documents (ASCII keys only)
    return json.dumps(doc, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode()


def run(tmp, doc, root):
    sp, rp = os.path.join(tmp, "signed.json"), os.path.join(tmp, "root.pem")
    with open(sp, "w") as f:
        json.dump(doc, f)
    with open(rp, "wb") as f:
        f.write(root.public_bytes(serialization.Encoding.PEM))
    p = subprocess.run([sys.executable, VERIFIER, sp, rp], capture_output=True, text=True)
    return p.returncode, (p.stdout + p.stderr).strip()


def main():
    root, ca, ca_key = pki("test")
    _, other_ca, other_ca_key = pki("test")  # same names as the real PKI, other keys
    leaves = {"ES256": ec.generate_private_key(ec.SECP256R1()),
              "EdDSA": ed25519.Ed25519PrivateKey.generate(),
              "RS256": rsa.generate_private_key(public_exponent=65537, key_size=2048)}
    cases = []  # (name, document, root, expect_ok)
    for alg, key in leaves.items():
        leaf = cert(f"leaf {alg}", key, ca.subject, ca_key, False)
        good = jws(alg, key, [leaf, ca], canon(DOC))
        cases.append((f"{alg} good", good, root, True))
        tampered = dict(good, payload=b64u(canon(dict(DOC, x="è"))))
        cases.append((f"{alg} tampered payload", tampered, root, False))
        sig = bytearray(base64.urlsafe_b64decode(good["signature"] + "=="))
        sig[len(sig) // 2] ^= 1
        cases.append((f"{alg} tampered signature", dict(good, signature=b64u(bytes(sig))),
                      root, False))
        spaced = json.dumps(DOC, sort_keys=True, ensure_ascii=False).encode()
        cases.append((f"{alg} non-JCS payload (spaces)", jws(alg, key, [leaf, ca], spaced),
                      root, False))
        foreign = cert(f"leaf {alg} other", key, other_ca.subject, other_ca_key, False)
        cases.append((f"{alg} leaf from another root", jws(alg, key, [foreign, other_ca],
                                                          canon(DOC)), root, False))
    es_key = leaves["ES256"]
    es_leaf = cert("leaf ES256", es_key, ca.subject, ca_key, False)
    ticket = dict(DOC, type="phc-attachment-ticket")
    # JCS edge cases, written by hand: keys in UTF-16 order (U+1F600 is D83D DE00, so it
    # sorts before U+FFFF), minimal string escapes, \u0001 in lower case, U+2028 literal.
    edge = ('{"a":[1,{"b":[]}],"f":false,"s":"a\\u0001\\n\\"\\\\\u2028/\u20ac","t":true,'
            '"type":"phc-attachment-request","z":null,"\U0001f600":2,"\uffff":1}').encode()
    by_code_point = edge.replace('"\U0001f600":2,"\uffff":1'.encode(),
                                 '"\uffff":1,"\U0001f600":2'.encode())
    more = [
        ("ticket wrapped in a result", {"request_id": "r1", "outcome": "attached",
         "ticket": jws("ES256", es_key, [es_leaf, ca], canon(ticket),
                       typ="phc-attachment-ticket+jws")}, True),
        ("JCS edge cases", jws("ES256", es_key, [es_leaf, ca], edge), True),
        ("keys in code point order (not JCS)", jws("ES256", es_key, [es_leaf, ca],
                                                  by_code_point), False),
        ("escaped non-ASCII (not JCS)", jws("ES256", es_key, [es_leaf, ca],
         json.dumps(DOC, separators=(",", ":"), sort_keys=True).encode()), False),
        ("unsorted keys (not JCS)", jws("ES256", es_key, [es_leaf, ca],
         b'{"version":1,"type":"phc-attachment-request","x":"\xc3\xa9"}'), False),
        ("type does not match typ", jws("ES256", es_key, [es_leaf, ca], canon(ticket)), False),
        ("alg does not match key", jws("EdDSA", leaves["EdDSA"], [cert(
            "ed", leaves["EdDSA"], ca.subject, ca_key, False), ca], canon(DOC),
            header={"alg": "ES256"}), False),
        ("alg none", jws("ES256", es_key, [es_leaf, ca], canon(DOC), header={"alg": "none"}),
         False),
        ("root inside x5c", jws("ES256", es_key, [es_leaf, root], canon(DOC)), False),
        ("sigT not UTC", jws("ES256", es_key, [es_leaf, ca], canon(DOC),
                             header={"sigT": "2025-01-01T10:00:00+05:00"}), False),
    ]
    cases += [(n, d, root, ok) for n, d, ok in more]

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, doc, trust, expect_ok in cases:
            rc, out = run(tmp, doc, trust)
            good = (rc == 0 and out.startswith("ok ")) if expect_ok else rc == 1
            failures += not good
            print(f"{'pass' if good else 'FAIL'}  {name:40} rc={rc}  {out}")
    print(f"{len(cases) - failures}/{len(cases)} cases as expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
